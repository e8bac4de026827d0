//! Doc examples of the generated items, written with the page's own codes:
//! doctests where the builder knows the module's path, shown but not run
//! where it does not.

use super::super::Input;

/// What the examples show: the first code of the page, a code the page
/// does not have, and how to import the module.
pub(in crate::emit) struct Examples {
    /// `use PATH::{…};` opens each example, if the path is known.
    path: Option<String>,
    /// The enum's name.
    pub(in crate::emit) enum_name: String,
    /// The first documented (not retired) variant's name.
    pub(in crate::emit) variant: String,
    /// Its discriminant.
    pub(in crate::emit) index: usize,
    /// Its code.
    pub(in crate::emit) code_text: String,
    /// Its status.
    pub(in crate::emit) status: Option<u16>,
    /// Its message.
    pub(in crate::emit) message: String,
    /// A code that is not on the page.
    pub(in crate::emit) unknown: String,
    /// A status that is not the first row's.
    pub(in crate::emit) other_status: u16,
}

impl Examples {
    pub(in crate::emit) fn new(input: &Input<'_>) -> Self {
        // A page has a row (the model checks it), so a variant that is
        // not retired.
        let index = input.retired.iter().position(|&r| !r).unwrap_or(0);
        let (code_text, status, message) = input.entries.get(index).map_or_else(
            || (String::new(), None, String::new()),
            |e| (e.code.clone(), e.status_code, e.message.clone()),
        );
        let variant = input.names.get(index).cloned().unwrap_or_default();
        // A code like the page's own, and certainly not one of them.
        let mut unknown = format!("{code_text}9");
        while input
            .entries
            .iter()
            .any(|e| e.code.eq_ignore_ascii_case(&unknown))
        {
            unknown.push('9');
        }
        Examples {
            path: input.settings.doctest_path.clone(),
            enum_name: input.enum_name.to_string(),
            variant,
            index,
            other_status: if status == Some(500) { 400 } else { 500 },
            code_text,
            status,
            message,
            unknown,
        }
    }

    /// `Enum::Variant` of the first documented row.
    pub(in crate::emit) fn first(&self) -> String {
        format!("{}::{}", self.enum_name, self.variant)
    }

    /// The first row's code as a Rust string literal.
    pub(in crate::emit) fn code(&self) -> String {
        format!("{:?}", self.code_text)
    }

    /// The undocumented code as a Rust string literal.
    pub(in crate::emit) fn unknown(&self) -> String {
        format!("{:?}", self.unknown)
    }

    /// A Markdown code block: `body` after the import of `items` from the
    /// module, a doctest if the module's path is known; else shown only
    /// (`ignore`), since it could not compile.
    pub(in crate::emit) fn block(&self, items: &[&str], body: &str) -> String {
        match &self.path {
            Some(path) => {
                let items = items.join(", ");
                let import = if items.contains(',') {
                    format!("use {path}::{{{items}}};")
                } else {
                    format!("use {path}::{items};")
                };
                format!("```\n{import}\n{body}\n```")
            }
            None => format!("```ignore\n{body}\n```"),
        }
    }
}
