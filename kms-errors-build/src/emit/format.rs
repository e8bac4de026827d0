//! Tokens to source text (`syn::parse2` → `prettyplease::unparse`), with
//! long lists formatted a chunk at a time.
//!
//! A page of 100,000 codes makes lists of 100,000 variants, table rows and
//! strings; their tokens and syntax trees all at once would take about 100
//! bytes of memory per byte of page. So a list longer than two chunks
//! enters the file as its first chunk and a sentinel element; the rest is
//! made, parsed and printed one chunk at a time, each chunk inside a frame
//! that puts its elements at the same indentation, and its lines replace
//! the sentinel's line. That is byte for byte what prettyplease prints for
//! the whole list, for lists it prints one element per line (enum
//! variants, and arrays that are not all plain literals: strings, paths,
//! struct literals): each element starts a line of its own at the same
//! indentation either way. Arrays of plain numbers, which prettyplease
//! fills into lines, are never split; each is formatted as an item of its
//! own instead (prettyplease prints items one after the other, with no
//! line between them, so that too is what it prints for the whole file).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Elements per chunk of a split list. A list that is split is more than
/// two chunks long, so it never fits on one line: split or whole, it is
/// printed broken. Small chunks also keep glibc's allocator fast: with
/// 1,024 the 20 MB page of `benches/memory.sh` took half again as long.
pub(crate) const CHUNK: usize = 128;

/// The name the sentinels start with: an identifier longer than a line, so
/// that a list holding one is printed one element per line.
const SENTINEL: &str = "__kms_errors_build_splice_this_identifier_is_longer_than_a_line_so_that_its_list_is_never_printed_on_one_line";

/// Where a list's elements stand, which fixes their indentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// Variants of a top-level enum.
    EnumVariants,
    /// Elements of an array in a top-level item.
    Array,
    /// Elements of an array in an item of a top-level `impl` block.
    ImplArray,
}

/// What replaces a sentinel line of the file.
enum Splice<'a> {
    /// The rest of a list that entered the file as its first chunk and a
    /// sentinel element.
    List {
        frame: Frame,
        /// Makes element `i`'s tokens.
        element: Box<dyn Fn(usize) -> TokenStream + 'a>,
        /// The elements after the first chunk.
        rest: std::ops::Range<usize>,
    },
    /// A top-level item formatted on its own (an array of plain numbers,
    /// which cannot be split): the file holds a sentinel item instead.
    Item(Box<dyn FnOnce() -> TokenStream + 'a>),
}

/// Collects the lists to split while the file's tokens are made.
pub(crate) struct Splicer<'a> {
    /// `None`: nothing is split (for comparison in tests).
    chunk: Option<usize>,
    /// Each splice with the line of the file it replaces.
    splices: Vec<(String, Splice<'a>)>,
}

impl<'a> Splicer<'a> {
    /// A splicer that splits lists longer than two chunks of `chunk`.
    pub(crate) fn new(chunk: usize) -> Self {
        Splicer {
            chunk: Some(chunk.max(1)),
            splices: Vec::new(),
        }
    }

    /// A splicer that splits nothing: the whole file is formatted at once.
    #[cfg(test)]
    pub(crate) fn whole() -> Self {
        Splicer {
            chunk: None,
            splices: Vec::new(),
        }
    }

    /// The tokens of a list of `count` elements, element `i` made by
    /// `element(i)`, to put in the file where `frame` says: all of them, or
    /// for a long list the first chunk and a sentinel.
    pub(crate) fn list(
        &mut self,
        count: usize,
        frame: Frame,
        element: impl Fn(usize) -> TokenStream + 'a,
    ) -> Vec<TokenStream> {
        let Some(chunk) = self.chunk.filter(|&chunk| count > 2 * chunk) else {
            return (0..count).map(element).collect();
        };
        // Longer than a line, so that no list holding it fits on one.
        let sentinel = format_ident!("{SENTINEL}_{}", self.splices.len());
        let mut head: Vec<TokenStream> = (0..chunk).map(&element).collect();
        head.push(quote!(#sentinel));
        self.splices.push((
            format!("{sentinel},\n"),
            Splice::List {
                frame,
                element: Box::new(element),
                rest: chunk..count,
            },
        ));
        head
    }

    /// A top-level item to put in the file, made by `item` when it is
    /// formatted on its own (after the rest of the file), so that its
    /// tokens and syntax tree are never in memory with the file's.
    pub(crate) fn item(&mut self, item: impl FnOnce() -> TokenStream + 'a) -> TokenStream {
        if self.chunk.is_none() {
            return item();
        }
        let sentinel = format_ident!("{SENTINEL}_{}", self.splices.len());
        self.splices.push((
            format!("const {sentinel}: () = ();\n"),
            Splice::Item(Box::new(item)),
        ));
        quote!(const #sentinel: () = ();)
    }

    /// Formats `tokens` (a whole file) and puts the rest of each split list
    /// in place of its sentinel.
    ///
    /// # Errors
    /// syn's message if some tokens do not parse as Rust.
    pub(crate) fn format(self, tokens: TokenStream) -> Result<String, String> {
        let framed = unparse(tokens)?;
        // Where each sentinel's line is: (start, end) of the line.
        let mut places = Vec::with_capacity(self.splices.len());
        for (line, splice) in self.splices {
            let (before, after) = split_at_line(&framed, &line)
                .ok_or_else(|| format!("a sentinel was not printed: {}", line.trim_end()))?;
            places.push((before.len(), framed.len() - after.len(), splice));
        }
        places.sort_unstable_by_key(|&(start, _, _)| start);
        let mut out = String::with_capacity(framed.len());
        let mut copied = 0;
        for (start, end, splice) in places {
            out.push_str(framed.get(copied..start).unwrap_or_default());
            match splice {
                Splice::List {
                    frame,
                    element,
                    rest,
                } => {
                    let chunk = self.chunk.unwrap_or(usize::MAX);
                    let mut from = rest.start;
                    while from < rest.end {
                        let to = from.saturating_add(chunk).min(rest.end);
                        let elements: Vec<TokenStream> = (from..to).map(&element).collect();
                        out.push_str(&chunk_lines(frame, elements)?);
                        from = to;
                    }
                }
                Splice::Item(item) => out.push_str(&unparse(item())?),
            }
            copied = end;
        }
        out.push_str(framed.get(copied..).unwrap_or_default());
        Ok(out)
    }
}

fn unparse(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|err| err.to_string())?;
    Ok(prettyplease::unparse(&file))
}

/// `text` before and after the line that is `line` after its indentation.
fn split_at_line<'t>(text: &'t str, line: &str) -> Option<(&'t str, &'t str)> {
    let mut from = 0;
    while let Some(found) = text.get(from..)?.find(line) {
        let at = from + found;
        let line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
        if text.get(line_start..at)?.bytes().all(|b| b == b' ') {
            return Some((text.get(..line_start)?, text.get(at + line.len()..)?));
        }
        from = at + line.len();
    }
    None
}

/// The lines prettyplease prints for `elements` where `frame` puts them.
fn chunk_lines(frame: Frame, elements: Vec<TokenStream>) -> Result<String, String> {
    let (start, end) = (
        format_ident!("{SENTINEL}_start"),
        format_ident!("{SENTINEL}_end"),
    );
    let tokens = match frame {
        Frame::EnumVariants => quote! { enum Frame { #start, #(#elements,)* #end, } },
        Frame::Array => quote! { const FRAME: () = [#start, #(#elements,)* #end]; },
        Frame::ImplArray => {
            quote! { impl Frame { const FRAME: () = [#start, #(#elements,)* #end]; } }
        }
    };
    let text = unparse(tokens)?;
    let (_, after_start) = split_at_line(&text, &format!("{start},\n"))
        .ok_or("the chunk's start was not printed on a line of its own")?;
    let (lines, _) = split_at_line(after_start, &format!("{end},\n"))
        .ok_or("the chunk's end was not printed on a line of its own")?;
    Ok(lines.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Literal;

    fn file(splicer: &mut Splicer<'_>, n: usize) -> TokenStream {
        let variants = splicer.list(n, Frame::EnumVariants, |i| {
            let ident = format_ident!("V{i}");
            let doc = format!(" Variant {i}.");
            let i = Literal::usize_unsuffixed(i);
            quote!(#[doc = #doc] #ident = #i)
        });
        let strings = splicer.list(n, Frame::Array, |i| {
            let s = format!("code {i}");
            quote!(#s)
        });
        let rows = splicer.list(n, Frame::ImplArray, |i| {
            let s = "x".repeat(i % 90);
            quote!(Row { code: #s, index: #i })
        });
        let numbers = splicer.item(move || {
            let numbers = (0..n).map(|i| Literal::usize_unsuffixed(i * 7));
            quote! {
                /// Filled into lines.
                pub const N: [u32; #n] = [#(#numbers),*];
            }
        });
        quote! {
            pub enum E { #(#variants,)* }
            pub const S: &[&str] = &[#(#strings),*];
            #numbers
            impl E { pub const R: &[Row] = &[#(#rows),*]; }
        }
    }

    #[test]
    fn split_lists_print_as_whole_lists() {
        let mut whole = Splicer::whole();
        let tokens = file(&mut whole, 50);
        let expected = whole.format(tokens).unwrap();
        assert!(
            expected.contains("pub const N: [u32; 50usize] = [\n    0, 7, 14,"),
            "{expected}"
        );
        for chunk in [1, 3, 7, 16] {
            let mut splicer = Splicer::new(chunk);
            let tokens = file(&mut splicer, 50);
            assert_eq!(splicer.format(tokens).unwrap(), expected, "chunk {chunk}");
        }
    }
}
