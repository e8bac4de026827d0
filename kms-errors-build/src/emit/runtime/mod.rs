//! The runtime API every generated module carries, whatever the page,
//! written once as Rust, in templates:
//!
//! - `api.rs`: the enum's methods and traits, `ErrorInfo`, `ERRORS`,
//!   `ErrorCode`, `UnknownErrorCode`, `ResponseCode`, `RetryKind`,
//!   `SpecRevision`, the lookup;
//! - one of `statuses_every.rs` (every row has a status: `u16`) and
//!   `statuses_optional.rs` (`Option<u16>`);
//! - one of `rows_one.rs` and `rows_several.rs` (a code documented by
//!   several rows that differ);
//! - `api_serde.rs`: the optional serde impls and `ErrorResponse`;
//! - `api_json.rs`: the optional `ApiError`;
//! - [`hash`]: the lookup's key and slot functions, which the generator
//!   runs too.
//!
//! The tests compile and lint the templates included into two small pages,
//! `stub.rs` (every status, one row a code) and `stub_optional.rs` (a row
//! without a status, a code with two rows), each with serde and
//! `ApiError`. For a page, this module parses the templates it needs with
//! `syn`, rejects a `#[cfg]` or a `use super::…` in them, and substitutes
//! the page's names, types and values ([`Substitution`]).

use proc_macro2::{Ident, Span, TokenStream};
use syn::visit_mut::VisitMut;
use syn::{Attribute, Expr, ExprLit, Item, Lit, LitStr, Meta, Visibility};

use super::{Include, Input, Statuses};

pub(crate) mod hash;
#[cfg(test)]
mod stub;
// Compiled (and linted) for the other variant of the templates; its tests
// exercise what differs, so the rest is unused there.
#[cfg(test)]
#[allow(dead_code)]
mod stub_optional;

mod values;

use values::Values;

/// The templates' sources, as the generator reads them.
const API: &str = include_str!("api.rs");
const API_SERDE: &str = include_str!("api_serde.rs");
const API_JSON: &str = include_str!("api_json.rs");
const HASH: &str = include_str!("hash.rs");
/// The parts of the API for a page's statuses and rows: one of each pair.
const STATUSES_EVERY: &str = include_str!("statuses_every.rs");
const STATUSES_OPTIONAL: &str = include_str!("statuses_optional.rs");
const ROWS_ONE: &str = include_str!("rows_one.rs");
const ROWS_SEVERAL: &str = include_str!("rows_several.rs");

/// The doc line of the lookup's first item: its functions' documentation
/// is their source's.
const HASH_NOTE: [&str; 2] = [
    " The lookup's key and slot functions, as kms-errors-build places the codes",
    " with them (documented in its `src/emit/runtime/hash.rs`).",
];

/// The enum's name in the templates.
const TEMPLATE_ENUM: &str = "SvcError";
/// The status type's name in the templates.
const TEMPLATE_STATUS: &str = "Status";
/// The type of a documented status's retry kind in the templates.
const TEMPLATE_RETRY: &str = "Retry";

/// The types a generated module defines besides the enum: the enum cannot
/// be named like them. (Its consts live in the value namespace, so an enum
/// may share their names.)
pub const DEFINED_TYPES: &[&str] = &[
    "ErrorInfo",
    "ErrorCode",
    "UnknownErrorCode",
    "ResponseCode",
    "RetryKind",
    "SpecRevision",
    "ErrorResponse",
    "ApiError",
    "ApiErrorFields",
    "KeyShape",
    "ExtraWords",
    "Placement",
    "Buckets",
];

/// The runtime's items for the page of `input`: the API, the serde part if
/// asked for, and the lookup's key and slot functions.
pub(super) fn items(input: &Input<'_>) -> Result<Vec<Item>, String> {
    let mut substitution = Substitution::new(input);
    let mut items = substitution.instantiate(API)?;
    let statuses = match input.statuses {
        Statuses::Every => STATUSES_EVERY,
        Statuses::Optional => STATUSES_OPTIONAL,
    };
    let rows = if input.several_rows {
        ROWS_SEVERAL
    } else {
        ROWS_ONE
    };
    items.extend(substitution.instantiate(statuses)?);
    items.extend(substitution.instantiate(rows)?);
    if let Some(condition) = condition(&input.settings.serde) {
        for item in substitution.instantiate(API_SERDE)? {
            items.push(under(&condition, item)?);
        }
    }
    if let Some(condition) = condition(&input.settings.json) {
        let json = substitution.instantiate(API_JSON)?;
        // A module of its own, so that its `extern crate alloc;` neither
        // needs nor collides with one at the crate's root.
        let module: Item = syn::parse_quote! {
            mod api_error {
                extern crate alloc;
                use super::*;
                #(#json)*
            }
        };
        items.push(under(&condition, module)?);
        items.push(under(
            &condition,
            syn::parse_quote!(
                pub use self::api_error::ApiError;
            ),
        )?);
    }
    for (i, mut item) in substitution.instantiate(HASH)?.into_iter().enumerate() {
        // Private in the generated module: what the generator shares with
        // the crate is not the generated module's API. Documented where it
        // is written once, which the first item says.
        private(&mut item);
        if i == 0 {
            if let Some(attrs) = item_attrs(&mut item) {
                let [first, second] = HASH_NOTE;
                attrs.splice(
                    0..0,
                    [
                        syn::parse_quote!(#[doc = #first]),
                        syn::parse_quote!(#[doc = #second]),
                    ],
                );
            }
        }
        items.push(item);
    }
    Ok(items)
}

/// The attribute an [`Include`] puts on its items (none for `Always`);
/// `None` for `Never`.
fn condition(include: &Include) -> Option<TokenStream> {
    match include {
        Include::Never => None,
        Include::Always => Some(TokenStream::new()),
        Include::IfFeature(feature) => Some(quote::quote!(#[cfg(feature = #feature)])),
    }
}

/// `item` with the attributes `condition` first.
fn under(condition: &TokenStream, mut item: Item) -> Result<Item, String> {
    if let Some(attrs) = item_attrs(&mut item) {
        let condition = syn::parse::Parser::parse2(Attribute::parse_outer, condition.clone())
            .map_err(|err| err.to_string())?;
        attrs.splice(0..0, condition);
    }
    Ok(item)
}

/// What a template becomes for one page.
struct Substitution {
    enum_ident: Ident,
    /// Tokens, since syn's types are not `Clone` without its `clone-impls`.
    status_type: TokenStream,
    retry_type: TokenStream,
    values: Values,
}

impl Substitution {
    fn new(input: &Input<'_>) -> Self {
        let status_type = match input.statuses {
            Statuses::Every => quote::quote!(u16),
            Statuses::Optional => quote::quote!(::core::option::Option<u16>),
        };
        let retry_type = match input.statuses {
            Statuses::Every => quote::quote!(RetryKind),
            Statuses::Optional => quote::quote!(::core::option::Option<RetryKind>),
        };
        Substitution {
            enum_ident: Ident::new(input.enum_name, Span::call_site()),
            status_type,
            retry_type,
            values: Values::new(input),
        }
    }

    /// The items of the template `source` for the page: names, types and
    /// values substituted. A template with a `#[cfg]` or a `use` of its
    /// neighbours is an error (see [`check_template`]).
    fn instantiate(&mut self, source: &str) -> Result<Vec<Item>, String> {
        let mut file = syn::parse_file(source).map_err(|err| err.to_string())?;
        check_template(&mut file)?;
        for item in &mut file.items {
            self.visit_item_mut(item);
        }
        Ok(file.items)
    }

    /// The doc lines of `attrs` for the page: values substituted, the
    /// examples fenced and imported as the doctest path allows.
    fn docs(&self, attrs: &mut Vec<Attribute>) {
        let mut in_code = false;
        attrs.retain_mut(|attr| {
            let Some(line) = doc_text(attr) else {
                return true;
            };
            let fence = line.trim() == "```";
            let line = match self.values.doc_line(&line, in_code) {
                Some(line) => line,
                None => return false,
            };
            in_code ^= fence;
            set_doc_text(attr, &line);
            true
        });
    }
}

impl VisitMut for Substitution {
    fn visit_ident_mut(&mut self, ident: &mut Ident) {
        if ident == TEMPLATE_ENUM {
            *ident = self.enum_ident.clone();
        }
    }

    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(path) = ty {
            let replacement = if path.qself.is_some() {
                None
            } else if path.path.is_ident(TEMPLATE_STATUS) {
                Some(&self.status_type)
            } else if path.path.is_ident(TEMPLATE_RETRY) {
                Some(&self.retry_type)
            } else {
                None
            };
            if let Some(tokens) = replacement {
                if let Ok(replaced) = syn::parse2(tokens.clone()) {
                    *ty = replaced;
                }
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }

    /// Attributes are left as they are: doc comments are done by
    /// [`docs`](Self::docs), with the lines around them in view.
    fn visit_attribute_mut(&mut self, _: &mut Attribute) {}

    fn visit_lit_str_mut(&mut self, lit: &mut LitStr) {
        let text = self.values.text(&lit.value());
        *lit = LitStr::new(&text, lit.span());
    }

    fn visit_item_mut(&mut self, item: &mut Item) {
        if let Some(attrs) = item_attrs(item) {
            self.docs(attrs);
        }
        syn::visit_mut::visit_item_mut(self, item);
    }

    fn visit_impl_item_mut(&mut self, item: &mut syn::ImplItem) {
        let attrs = match item {
            syn::ImplItem::Const(c) => Some(&mut c.attrs),
            syn::ImplItem::Fn(f) => Some(&mut f.attrs),
            syn::ImplItem::Type(t) => Some(&mut t.attrs),
            _ => None,
        };
        if let Some(attrs) = attrs {
            self.docs(attrs);
        }
        syn::visit_mut::visit_impl_item_mut(self, item);
    }

    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        self.docs(&mut field.attrs);
        syn::visit_mut::visit_field_mut(self, field);
    }

    fn visit_variant_mut(&mut self, variant: &mut syn::Variant) {
        self.docs(&mut variant.attrs);
        syn::visit_mut::visit_variant_mut(self, variant);
    }
}

/// Rejects what the generator cannot carry into a user's crate: a
/// `#[cfg]` or `#[cfg_attr]` anywhere in a template (on an item, on a
/// method inside an `impl`, on a field, an expression, …), whose condition
/// only the stubs' build knows, and a `use super::…`, which binds a
/// template to a stub. A template chooses its variants by file instead
/// (`statuses_*.rs`, `rows_*.rs`).
fn check_template(file: &mut syn::File) -> Result<(), String> {
    struct Check(Option<String>);
    // `VisitMut`, which the substitution needs anyway: syn's `visit`
    // feature would be one more for every build script to compile.
    impl VisitMut for Check {
        fn visit_attribute_mut(&mut self, attr: &mut Attribute) {
            let path = attr.path();
            if self.0.is_none() && (path.is_ident("cfg") || path.is_ident("cfg_attr")) {
                let tokens = quote::ToTokens::to_token_stream(attr).to_string();
                self.0 = Some(format!(
                    "a runtime template has `{tokens}`: the generator cannot tell whether it holds in the generated crate; give each variant a template file of its own"
                ));
            }
        }
        fn visit_item_use_mut(&mut self, item: &mut syn::ItemUse) {
            if self.0.is_none()
                && matches!(&item.tree, syn::UseTree::Path(path) if path.ident == "super")
            {
                self.0 = Some(
                    "a runtime template has a `use super::…`: the stubs include the templates, which need no imports of their neighbours".to_string(),
                );
            }
            syn::visit_mut::visit_item_use_mut(self, item);
        }
    }
    let mut check = Check(None);
    check.visit_file_mut(file);
    check.0.map_or(Ok(()), Err)
}

/// The text of a `#[doc = "…"]`.
fn doc_text(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

fn set_doc_text(attr: &mut Attribute, text: &str) {
    if let Meta::NameValue(nv) = &mut attr.meta {
        if let Expr::Lit(ExprLit {
            lit: Lit::Str(s), ..
        }) = &mut nv.value
        {
            *s = LitStr::new(text, s.span());
        }
    }
}

/// The attributes of an item, for the kinds the templates have.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    match item {
        Item::Const(i) => Some(&mut i.attrs),
        Item::Enum(i) => Some(&mut i.attrs),
        Item::Fn(i) => Some(&mut i.attrs),
        Item::Impl(i) => Some(&mut i.attrs),
        Item::Struct(i) => Some(&mut i.attrs),
        Item::Type(i) => Some(&mut i.attrs),
        Item::Mod(i) => Some(&mut i.attrs),
        Item::Use(i) => Some(&mut i.attrs),
        _ => None,
    }
}

/// `item` and its fields private (`pub(crate)` in the generator), without
/// docs (see [`HASH_NOTE`]), and a struct `Clone` and `Copy` only: the
/// generator's tests compare and print them, the generated module does not
/// (and need not compile the impls).
fn private(item: &mut Item) {
    let is_doc = |attr: &Attribute| attr.path().is_ident("doc");
    if let Some(attrs) = item_attrs(item) {
        attrs.retain(|attr| !is_doc(attr));
    }
    if let Item::Struct(i) = item {
        for field in i.fields.iter_mut() {
            field.attrs.retain(|attr| !is_doc(attr));
        }
    }
    let vis = match item {
        Item::Const(i) => &mut i.vis,
        Item::Fn(i) => &mut i.vis,
        Item::Struct(i) => {
            for field in i.fields.iter_mut() {
                field.vis = Visibility::Inherited;
            }
            for attr in &mut i.attrs {
                if attr.path().is_ident("derive") {
                    *attr = syn::parse_quote!(#[derive(Clone, Copy)]);
                }
            }
            &mut i.vis
        }
        _ => return,
    };
    *vis = Visibility::Inherited;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(source: &str) -> Result<(), String> {
        check_template(&mut syn::parse_file(source).map_err(|err| err.to_string())?)
    }

    #[test]
    fn every_template_is_accepted() {
        for source in [
            API,
            API_SERDE,
            API_JSON,
            HASH,
            STATUSES_EVERY,
            STATUSES_OPTIONAL,
            ROWS_ONE,
            ROWS_SEVERAL,
        ] {
            checked(source).unwrap();
        }
    }

    /// A `cfg` the generator cannot evaluate never passes into a user's
    /// crate, wherever it sits: a method in an `impl` (where the old
    /// evaluator did not look), `all`/`any`, a field, a statement.
    #[test]
    fn a_cfg_anywhere_in_a_template_is_an_error() {
        let in_impl = API.replacen(
            "impl SvcError {",
            "impl SvcError {\n    #[cfg(kms_statuses = \"optional\")]\n    pub fn probe(self) {}\n",
            1,
        );
        assert_ne!(in_impl, API);
        for source in [
            in_impl.as_str(),
            "#[cfg(all(a, b))] fn f() {}",
            "#[cfg_attr(any(a), derive(Debug))] struct S;",
            "struct S { #[cfg(a)] x: u8 }",
            "fn f() { #[cfg(a)] let x = 1; }",
            "#[cfg(not(kms_rows = \"several\"))] const X: u8 = 0;",
        ] {
            let err = checked(source).unwrap_err();
            assert!(err.contains("a runtime template has `# [cfg"), "{err}");
        }
    }

    #[test]
    fn a_template_that_imports_a_stub_is_an_error() {
        let err = checked("use super::stub::SvcError;").unwrap_err();
        assert!(err.contains("`use super::…`"), "{err}");
        checked("fn f() { use ::core::fmt; }").unwrap();
    }
}
