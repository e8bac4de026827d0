//! The one way a template becomes a page's code: placeholders, each a
//! whole word with a value for the page, replaced wherever they stand.
//!
//! - An identifier that is a placeholder becomes its value's tokens:
//!   `SvcError` the enum, `SvcStatus` the status type (`u16`, or
//!   `Option<u16>` for a page with a row without a status), `SvcRetry` what
//!   a documented status classifies as (`RetryKind`, or
//!   `Option<RetryKind>`). They are real names in the stubs, which compile
//!   the templates.
//! - In a string literal or a doc line, a word that is a placeholder
//!   becomes its value's text: those three, and `$name`s for the doc
//!   examples, written with the page's own codes (its first documented
//!   code, a code not on the page, its status and message), run as
//!   doctests where the builder knows the module's path (`$path`) and
//!   fenced `ignore` where it does not (`$fence`).
//!
//! Nothing else in a template changes: no line is dropped, no item
//! rewritten. (The serde and `ApiError` items are put under the user's
//! feature as they are: `runtime::items`.)

use proc_macro2::{Group, Literal, TokenStream, TokenTree};

use super::super::{Input, Statuses};

/// The enum's name in the templates.
const TEMPLATE_ENUM: &str = "SvcError";

/// What the placeholders stand for, for one page.
pub(super) struct Placeholders {
    /// `(placeholder, value)`: Rust source for an identifier, text in a
    /// string or doc line.
    pairs: Vec<(&'static str, String)>,
}

/// The page's example for the doc examples: its first documented code.
struct Example {
    /// `Enum::Variant`.
    variant: String,
    /// Its discriminant.
    index: usize,
    code: String,
    status: Option<u16>,
    message: String,
    /// The statuses of its rows.
    row_statuses: Vec<Option<u16>>,
}

impl Example {
    fn of(input: &Input<'_>) -> Self {
        // A page has a row (the model checks it), so a variant that is not
        // retired.
        let first = input.variants.iter().find(|v| !v.retired);
        Example {
            variant: first.map_or_else(String::new, |v| format!("{}::{}", input.enum_name, v.name)),
            index: first.map_or(0, |v| v.discriminant),
            code: first.map_or_else(String::new, |v| v.entry.code.clone()),
            status: first.and_then(|v| v.entry.status_code),
            message: first.map_or_else(String::new, |v| v.entry.message.clone()),
            row_statuses: first
                .map(|v| v.entry.rows().iter().map(|r| r.status_code).collect())
                .unwrap_or_default(),
        }
    }

    /// A code like the page's own, and certainly not one of them.
    fn unknown_code(&self, input: &Input<'_>) -> String {
        let mut unknown = format!("{}9", self.code);
        while input
            .variants
            .iter()
            .any(|v| v.entry.code.eq_ignore_ascii_case(&unknown))
        {
            unknown.push('9');
        }
        unknown
    }

    /// A status none of the code's rows has: the example of a status that
    /// differs.
    fn other_status(&self) -> u16 {
        [500, 400, 503, 404, 418, 599]
            .into_iter()
            .find(|s| !self.row_statuses.contains(&Some(*s)))
            .unwrap_or(599)
    }

    /// The status as the status type writes it.
    fn status_value(&self, statuses: Statuses) -> String {
        match (statuses, self.status) {
            (Statuses::Every, Some(s)) => s.to_string(),
            (_, Some(s)) => format!("Some({s})"),
            (_, None) => "None".to_string(),
        }
    }
}

/// What depends on the status type: the types and the doc prose.
fn by_statuses(statuses: Statuses) -> [(&'static str, &'static str); 5] {
    match statuses {
        Statuses::Every => [
            ("SvcStatus", "u16"),
            ("SvcRetry", "RetryKind"),
            ("$status_doc", "The HTTP status the API answers with."),
            (
                "$retry_doc",
                ": a status below 400 counts as a client error.",
            ),
            ("$no_status", ""),
        ],
        Statuses::Optional => [
            ("SvcStatus", "::core::option::Option<u16>"),
            ("SvcRetry", "::core::option::Option<RetryKind>"),
            (
                "$status_doc",
                "The HTTP status the API answers with, if the page gives one.",
            ),
            (
                "$retry_doc",
                "; `None` without one, a client error below 400.",
            ),
            (
                "$no_status",
                " (or a code the documentation gives no status)",
            ),
        ],
    }
}

impl Placeholders {
    pub(super) fn new(input: &Input<'_>) -> Self {
        let example = Example::of(input);
        let other_status = example.other_status();
        // A row without a status matches any status: no status differs
        // from such a code.
        let other_response = if example.row_statuses.iter().all(Option::is_some) {
            format!("ResponseCode::StatusDiffers {{ status: {other_status}, .. }}")
        } else {
            format!("ResponseCode::Documented {{ status: {other_status}, .. }}")
        };
        let path = input.settings.doctest_path.clone();
        let mut pairs = vec![
            (TEMPLATE_ENUM, input.enum_name.to_string()),
            ("$first", example.variant.clone()),
            ("$first_index", example.index.to_string()),
            ("$code", format!("{:?}", example.code)),
            (
                "$code_lower",
                format!("{:?}", example.code.to_ascii_lowercase()),
            ),
            ("$unknown", format!("{:?}", example.unknown_code(input))),
            ("$message", format!("{:?}", example.message)),
            ("$status_value", example.status_value(input.statuses)),
            ("$status", example.status.unwrap_or(400).to_string()),
            ("$other_status", other_status.to_string()),
            ("$other_response", other_response),
            (
                "$spec_path",
                format!("{:?}", input.provenance.spec_path.as_str()),
            ),
            // Without the module's path an example cannot run: it shows
            // the import as from the crate's root, where the docs advise
            // re-exporting the module.
            (
                "$fence",
                if path.is_some() { "" } else { "ignore" }.to_string(),
            ),
            ("$path", path.unwrap_or_else(|| "crate".to_string())),
        ];
        pairs.extend(
            by_statuses(input.statuses)
                .into_iter()
                .map(|(name, value)| (name, value.to_string())),
        );
        Placeholders { pairs }
    }

    /// No placeholders, for tests of what surrounds them.
    #[cfg(test)]
    pub(super) fn none() -> Self {
        Placeholders { pairs: Vec::new() }
    }

    /// The value of the placeholder `word`, if it is one.
    fn get(&self, word: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, value)| value.as_str())
    }

    /// `tokens` with every placeholder replaced: an identifier that is one
    /// by its value's tokens, a string literal (a doc line is one) by its
    /// text with the placeholders in it replaced ([`text`](Self::text)).
    pub(super) fn tokens(&self, tokens: TokenStream) -> Result<TokenStream, String> {
        let mut out = TokenStream::new();
        for tree in tokens {
            match tree {
                TokenTree::Group(group) => {
                    let mut replaced = Group::new(group.delimiter(), self.tokens(group.stream())?);
                    replaced.set_span(group.span());
                    out.extend([TokenTree::Group(replaced)]);
                }
                TokenTree::Ident(ident) => match self.get(&ident.to_string()) {
                    Some(value) => out.extend(
                        value
                            .parse::<TokenStream>()
                            .map_err(|err| format!("placeholder {ident}: {err}"))?,
                    ),
                    None => out.extend([TokenTree::Ident(ident)]),
                },
                TokenTree::Literal(literal) => {
                    let tree = TokenTree::Literal(literal.clone());
                    match syn::parse2::<syn::LitStr>(tree.clone().into()) {
                        Ok(text) => {
                            let mut replaced = Literal::string(&self.text(&text.value()));
                            replaced.set_span(literal.span());
                            out.extend([TokenTree::Literal(replaced)]);
                        }
                        // A number, a character, a byte string.
                        Err(_) => out.extend([tree]),
                    }
                }
                TokenTree::Punct(punct) => out.extend([TokenTree::Punct(punct)]),
            }
        }
        Ok(out)
    }

    /// `text` with every word that is a placeholder replaced by its value,
    /// in one pass (what they are replaced by is not read again). A word
    /// is a run of ASCII letters, digits and `_`, with a `$` before it for
    /// the examples' placeholders.
    pub(super) fn text(&self, text: &str) -> String {
        let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c == '$' || is_word(c)) {
            let (before, from) = rest.split_at(start);
            out.push_str(before);
            let len = from
                .char_indices()
                .skip(1)
                .find(|&(_, c)| !is_word(c))
                .map_or(from.len(), |(at, _)| at);
            let (word, after) = from.split_at(len);
            out.push_str(self.get(word).unwrap_or(word));
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders() -> Placeholders {
        Placeholders {
            pairs: vec![
                ("SvcError", "IamError".to_string()),
                ("SvcStatus", "::core::option::Option<u16>".to_string()),
                ("$code", "\"IAM.0001\"".to_string()),
                ("$first", "IamError::BadName".to_string()),
            ],
        }
    }

    /// Only whole words are placeholders, and a value is not read again.
    #[test]
    fn text_replaces_whole_words() {
        let p = placeholders();
        assert_eq!(
            p.text("[`SvcError::ALL`]: $first, $code. $firsts SvcErrors xSvcError 9SvcError $"),
            "[`IamError::ALL`]: IamError::BadName, \"IAM.0001\". $firsts SvcErrors xSvcError 9SvcError $"
        );
        assert_eq!(p.text("über SvcError—$code"), "über IamError—\"IAM.0001\"");
    }

    /// In code, an identifier becomes its value's tokens (a type here);
    /// strings and doc lines their text; other literals stay.
    #[test]
    fn tokens_replace_identifiers_strings_and_docs() {
        let source = include_str!("../../../testdata/runtime/placeholders.rs");
        let tokens = source.parse::<TokenStream>().unwrap();
        let item: syn::ItemFn = syn::parse2(placeholders().tokens(tokens).unwrap()).unwrap();
        let out = quote::ToTokens::to_token_stream(&item).to_string();
        assert!(
            out.contains("doc = \" See [`IamError`]: `\\\"IAM.0001\\\"`.\""),
            "{out}"
        );
        assert!(out.contains("e : IamError"), "{out}");
        assert!(out.contains(":: core :: option :: Option < u16 >"), "{out}");
        assert!(out.contains("b\"SvcError\""), "{out}");
        assert!(out.contains("\"IamError IamError::BadName\""), "{out}");
    }
}
