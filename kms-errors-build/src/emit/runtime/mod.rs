//! The runtime API every generated module carries, whatever the page,
//! written once as Rust: [`api.rs`](api) (the enum's methods and traits,
//! `ErrorInfo`, `ERRORS`, `ErrorCode`, `UnknownErrorCode`, `ResponseCode`,
//! `RetryKind`, `SpecRevision`, the lookup), `api_serde.rs` (the optional
//! serde impls and `ErrorResponse`) and [`hash`] (the key and slot
//! functions, which the generator runs too). The tests compile and lint
//! the templates against the small table of `stub.rs`; for a page, this
//! module parses them with `syn` and substitutes the page's names, types
//! and values ([`Substitution`]).

use proc_macro2::{Ident, Span, TokenStream};
use syn::visit_mut::VisitMut;
use syn::{Attribute, Expr, ExprLit, Item, Lit, LitStr, Meta, Visibility};

use super::{Include, Input, Statuses};

#[cfg(test)]
mod api;
#[cfg(test)]
mod api_json;
#[cfg(test)]
mod api_serde;
pub(crate) mod hash;
#[cfg(test)]
mod stub;

mod values;

use values::Values;

/// The templates' sources, as the generator reads them.
const API: &str = include_str!("api.rs");
const API_SERDE: &str = include_str!("api_serde.rs");
const API_JSON: &str = include_str!("api_json.rs");
const HASH: &str = include_str!("hash.rs");

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
/// The configuration keys of template items that exist for some pages
/// only: `kms_statuses = "optional"` for a page with a row without a
/// status, `kms_rows = "several"` for one with a code documented by
/// several rows that differ.
const STATUSES_KEY: &str = "kms_statuses";
const ROWS_KEY: &str = "kms_rows";

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
    optional_statuses: bool,
    several_rows: bool,
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
            optional_statuses: input.statuses == Statuses::Optional,
            several_rows: input
                .variants
                .iter()
                .any(|v| !v.entry.further_rows.is_empty()),
            values: Values::new(input),
        }
    }

    /// The items of the template `source` for the page: the lines that
    /// bind it to the stub dropped, the status variant chosen, names, types
    /// and values substituted.
    fn instantiate(&mut self, source: &str) -> Result<Vec<Item>, String> {
        let file = syn::parse_file(source).map_err(|err| err.to_string())?;
        let mut items = Vec::new();
        for mut item in file.items {
            if matches!(&item, Item::Use(u) if is_template_binding(u)) {
                continue;
            }
            if !self.keep(&mut item) {
                continue;
            }
            self.visit_item_mut(&mut item);
            items.push(item);
        }
        Ok(items)
    }

    /// Whether an item is for this page (its statuses, its rows); its
    /// condition removed.
    fn keep(&self, item: &mut Item) -> bool {
        let Some(attrs) = item_attrs(item) else {
            return true;
        };
        let mut keep = true;
        attrs.retain(|attr| match self.page_condition(attr) {
            Some(holds) => {
                keep &= holds;
                false
            }
            None => true,
        });
        keep
    }

    /// Whether a `#[cfg(…)]` over the page's keys holds for this page;
    /// `None` for any other attribute.
    fn page_condition(&self, attr: &Attribute) -> Option<bool> {
        match &attr.meta {
            Meta::List(list) if list.path.is_ident("cfg") => {
                self.holds(&list.parse_args::<Meta>().ok()?)
            }
            _ => None,
        }
    }

    /// `not(…)` and `key = "value"` over the page's keys.
    fn holds(&self, meta: &Meta) -> Option<bool> {
        match meta {
            Meta::NameValue(nv) => {
                let Expr::Lit(ExprLit {
                    lit: Lit::Str(value),
                    ..
                }) = &nv.value
                else {
                    return None;
                };
                match (
                    nv.path.get_ident()?.to_string().as_str(),
                    value.value().as_str(),
                ) {
                    (STATUSES_KEY, "optional") => Some(self.optional_statuses),
                    (ROWS_KEY, "several") => Some(self.several_rows),
                    _ => None,
                }
            }
            Meta::List(list) if list.path.is_ident("not") => {
                let inner = list.parse_args::<Meta>().ok()?;
                self.holds(&inner).map(|holds| !holds)
            }
            Meta::List(_) => None,
            Meta::Path(_) => None,
        }
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

/// Whether a `use` binds the template to the stub or to its siblings
/// (`use super::…`): the generated module holds all of them.
fn is_template_binding(item: &syn::ItemUse) -> bool {
    matches!(&item.tree, syn::UseTree::Path(path) if path.ident == "super")
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
