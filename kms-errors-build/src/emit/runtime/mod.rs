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
//! - `hash.rs`: the lookup's key and slot functions, which the generator
//!   runs too.
//!
//! The tests compile and lint the templates included into two small pages,
//! `stub.rs` (every status, one row a code) and `stub_optional.rs` (a row
//! without a status, a code with two rows), each with serde and
//! `ApiError`, and both with the lookup's tables of `stub_lookup.rs`. For
//! a page, this module replaces the placeholders of the templates it needs
//! with the page's names, types and values (the one mechanism:
//! [`Placeholders`]), parses them with `syn`, and rejects a `#[cfg]` or a
//! `use super::…` in them. `hash.rs` has no placeholders: it is emitted as
//! written, and the generator includes it where it places the codes
//! (`emit/lookup.rs`).

use proc_macro2::TokenStream;
use syn::visit::Visit;
use syn::{Attribute, Item};

use super::{Include, Input, Statuses};

#[cfg(test)]
mod stub;
// Compiled (and linted) for the other variant of the templates; its tests
// exercise what differs, so the rest is unused there.
#[cfg(test)]
#[allow(dead_code)]
mod stub_optional;

mod placeholders;

use placeholders::Placeholders;

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
    let placeholders = Placeholders::new(input);
    let instantiate = |source: &str| instantiate(&placeholders, source);
    let mut items = instantiate(API)?;
    let statuses = match input.statuses {
        Statuses::Every => STATUSES_EVERY,
        Statuses::Optional => STATUSES_OPTIONAL,
    };
    let rows = if input.several_rows {
        ROWS_SEVERAL
    } else {
        ROWS_ONE
    };
    items.extend(instantiate(statuses)?);
    items.extend(instantiate(rows)?);
    if let Some(condition) = condition(&input.settings.serde) {
        for item in instantiate(API_SERDE)? {
            items.push(under(&condition, item)?);
        }
    }
    if let Some(condition) = condition(&input.settings.json) {
        let json = instantiate(API_JSON)?;
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
    items.extend(instantiate(HASH)?);
    Ok(items)
}

/// The items of the template `source` for a page: lexed, its placeholders
/// replaced, parsed once, and checked (see [`check_template`]; replacing
/// placeholders neither adds nor removes a `cfg` or a `use`).
fn instantiate(placeholders: &Placeholders, source: &str) -> Result<Vec<Item>, String> {
    let tokens = source
        .parse::<TokenStream>()
        .map_err(|err| err.to_string())?;
    let file: syn::File = syn::parse2(placeholders.tokens(tokens)?)
        .map_err(|err| format!("a runtime template with its placeholders replaced: {err}"))?;
    check_template(&file)?;
    Ok(file.items)
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

/// Rejects what the generator cannot carry into a user's crate: a
/// `#[cfg]` or `#[cfg_attr]` anywhere in a template (on an item, on a
/// method inside an `impl`, on a field, an expression, …), whose condition
/// only the stubs' build knows, and a `use super::…`, which binds a
/// template to a stub. A template chooses its variants by file instead
/// (`statuses_*.rs`, `rows_*.rs`).
fn check_template(file: &syn::File) -> Result<(), String> {
    struct Check(Option<String>);
    impl Visit<'_> for Check {
        fn visit_attribute(&mut self, attr: &Attribute) {
            let path = attr.path();
            if self.0.is_none() && (path.is_ident("cfg") || path.is_ident("cfg_attr")) {
                let tokens = quote::ToTokens::to_token_stream(attr).to_string();
                self.0 = Some(format!(
                    "a runtime template has `{tokens}`: the generator cannot tell whether it holds in the generated crate; give each variant a template file of its own"
                ));
            }
        }
        fn visit_item_use(&mut self, item: &syn::ItemUse) {
            if self.0.is_none()
                && matches!(&item.tree, syn::UseTree::Path(path) if path.ident == "super")
            {
                self.0 = Some(
                    "a runtime template has a `use super::…`: the stubs include the templates, which need no imports of their neighbours".to_string(),
                );
            }
            syn::visit::visit_item_use(self, item);
        }
    }
    let mut check = Check(None);
    check.visit_file(file);
    check.0.map_or(Ok(()), Err)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(source: &str) -> Result<(), String> {
        check_template(&syn::parse_file(source).map_err(|err| err.to_string())?)
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
        let in_impl = format!(
            "{API}\n{}",
            include_str!("../../../testdata/runtime/cfg_in_impl.rs")
        );
        for source in [
            in_impl.as_str(),
            include_str!("../../../testdata/runtime/cfg_all.rs"),
            include_str!("../../../testdata/runtime/cfg_attr_any.rs"),
            include_str!("../../../testdata/runtime/cfg_field.rs"),
            include_str!("../../../testdata/runtime/cfg_statement.rs"),
            include_str!("../../../testdata/runtime/cfg_not.rs"),
        ] {
            let err = checked(source).unwrap_err();
            assert!(err.contains("a runtime template has `# [cfg"), "{err}");
            // And instantiating one checks it.
            let Err(err) = instantiate(&Placeholders::none(), source) else {
                panic!("instantiated: {source}");
            };
            assert!(err.contains("a runtime template has `# [cfg"), "{err}");
        }
    }

    /// `hash.rs` is emitted as written: nothing of it may be API of a
    /// generated module.
    #[test]
    fn the_hash_template_is_private() {
        let private = |vis: &syn::Visibility| matches!(vis, syn::Visibility::Inherited);
        for item in syn::parse_file(HASH).unwrap().items {
            match item {
                Item::Fn(f) => assert!(private(&f.vis), "{}", f.sig.ident),
                Item::Const(c) => assert!(private(&c.vis), "{}", c.ident),
                Item::Struct(s) => {
                    assert!(private(&s.vis), "{}", s.ident);
                    assert!(s.fields.iter().all(|f| private(&f.vis)), "{}", s.ident);
                }
                other => panic!(
                    "an item hash.rs should not have: {}",
                    quote::ToTokens::to_token_stream(&other)
                ),
            }
        }
    }

    #[test]
    fn a_template_that_imports_a_stub_is_an_error() {
        let err = checked(include_str!("../../../testdata/runtime/use_super.rs")).unwrap_err();
        assert!(err.contains("`use super::…`"), "{err}");
        checked(include_str!("../../../testdata/runtime/use_inside_fn.rs")).unwrap();
    }
}
