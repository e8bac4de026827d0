//! The directives docutils 0.19 registers (and two of Sphinx's), what their
//! content is, and what a table cell shows for them: the one table both
//! `document` (where grid tables may start) and
//! `blocks` (cell text) read.
//!
//! | kind | directives | a cell shows |
//! |---|---|---|
//! | literal | `code`, `code-block`, `sourcecode`, `parsed-literal`, `math` | the content, line for line (`parsed-literal` without its inline markup; each `math` block on one line; `code :number-lines:` numbers the lines) |
//! | container | `container`, `compound`, `class`, `epigraph`, `highlights`, `pull-quote`, `line-block` | the content's blocks (a `line-block` line by line; an attribution `-- Author` gives `Author`) |
//! | admonition | `attention`, `caution`, `danger`, `error`, `hint`, `important`, `note`, `tip`, `warning` | `Note: ` and the content's blocks on one line |
//! | titled | `admonition`, `rubric`, `table`, `csv-table`, `list-table`, `image`, `figure` | the title (an image's `:alt:`), then the content's blocks (a table's cells in reading order, a figure's caption and legend) |
//! | hidden | `meta` | nothing |
//! | roles | `role`, `default-role` | nothing; the text after it reads with the role |
//! | substitution | `replace`, `unicode`, `image` in `.. \|name\| …::` | the definition shows nothing; a reference shows the text; anywhere else docutils reports an error |
//! | not in a cell | `topic`, `sidebar`, `contents` | nothing: docutils reports an error (they may not stand in a body element) |
//! | unsupported | `include`, `raw`, `csv-table :file:`/`:url:`, `date`, `title`, `header`, `footer`, `sectnum`, `section-numbering`, `target-notes`, `restructuredtext-test-directive` | an error: the text would come from a file or from the day of the build, or it leaves the cell |
//!
//! A directive docutils does not know (Sphinx's `highlight`, `toctree`,
//! `only` …) is an error in a cell, as docutils reports it.

/// What a directive's content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    /// Not allowed.
    None,
    /// reStructuredText, parsed as body elements.
    Body,
    /// Text that is not parsed as body elements (code, LaTeX, HTML, a
    /// substitution's text): grid-looking lines in it are not a table.
    Text,
}

/// What a table cell shows for a directive (the table in the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `code` and its aliases: the content's lines.
    Code,
    /// The content's lines with inline markup removed.
    ParsedLiteral,
    /// Each block of the content (separated by blank lines) on one line.
    Math,
    /// The content's body elements.
    Container,
    /// The content as a block quote (with an attribution).
    BlockQuote,
    /// Each content line on its own line.
    LineBlock,
    /// `Note: ` + the content's blocks.
    Admonition(&'static str),
    /// The title line, then the content's blocks.
    TitledAdmonition,
    /// The argument as one line.
    Rubric,
    /// The optional title, then the cells of exactly one table.
    Table,
    CsvTable,
    ListTable,
    /// The `:alt:` text.
    Image,
    /// The `:alt:` text, the caption, the legend.
    Figure,
    /// Nothing, without complaint.
    Hidden,
    /// Defines a role for the text after it (`name` or `name(base)`).
    Role,
    /// Sets the role of interpreted text without one, for the text after it.
    DefaultRole,
    /// Only valid in a substitution definition.
    SubstitutionOnly,
    /// docutils reports an error in a table cell: "may not be used within
    /// topics or body elements".
    NotInBody,
    /// Valid for docutils, but its text is not the cell's to show: an
    /// error (strict) or a warning (lenient) saying why.
    Unsupported(&'static str),
    /// Not a docutils directive (Sphinx's): an "unknown directive" in a cell.
    Sphinx,
}

/// A directive's signature and what a cell shows for it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Directive {
    /// The name as registered (compared in lower case).
    pub name: &'static str,
    pub kind: Kind,
    pub required_arguments: usize,
    pub optional_arguments: usize,
    /// Whether the last argument may contain spaces (it takes the rest).
    pub final_argument_whitespace: bool,
    pub content: Content,
    /// Whether content is required (`assert_has_content`).
    pub content_required: bool,
    /// The options it accepts; `None`: any field list is content.
    pub options: Option<&'static [&'static str]>,
}

const CLASS_NAME: &[&str] = &["class", "name"];
const CODE: &[&str] = &["class", "name", "number-lines"];
const TABLE: &[&str] = &["align", "class", "name", "width", "widths"];
const CSV_TABLE: &[&str] = &[
    "align",
    "class",
    "delim",
    "encoding",
    "escape",
    "file",
    "header",
    "header-rows",
    "keepspace",
    "name",
    "quote",
    "stub-columns",
    "url",
    "width",
    "widths",
];
const LIST_TABLE: &[&str] = &[
    "align",
    "class",
    "header-rows",
    "name",
    "stub-columns",
    "width",
    "widths",
];
const IMAGE: &[&str] = &[
    "align", "alt", "class", "height", "name", "scale", "target", "width",
];
const FIGURE: &[&str] = &[
    "align", "alt", "class", "figclass", "figwidth", "height", "name", "scale", "target", "width",
];
const INCLUDE: &[&str] = &[
    "class",
    "code",
    "encoding",
    "end-before",
    "end-line",
    "literal",
    "name",
    "number-lines",
    "parser",
    "start-after",
    "start-line",
    "tab-width",
];
const SECTNUM: &[&str] = &["depth", "prefix", "start", "suffix"];
const NONE: &[&str] = &[];

const fn directive(
    name: &'static str,
    kind: Kind,
    (required_arguments, optional_arguments, final_argument_whitespace): (usize, usize, bool),
    (content, content_required): (Content, bool),
    options: &'static [&'static str],
) -> Directive {
    Directive {
        name,
        kind,
        required_arguments,
        optional_arguments,
        final_argument_whitespace,
        content,
        content_required,
        options: Some(options),
    }
}

const fn admonition(name: &'static str, title: &'static str) -> Directive {
    directive(
        name,
        Kind::Admonition(title),
        (0, 0, true),
        (Content::Body, true),
        CLASS_NAME,
    )
}

const FROM_FILE: &str = "its text would be read from a file, which the generator never does";
const DECORATION: &str = "its text leaves the cell (it belongs to the whole document)";

/// Every directive docutils 0.19 registers (English names), and Sphinx's
/// `highlight` and `literalinclude`, whose content is not
/// reStructuredText.
pub(crate) const DIRECTIVES: &[Directive] = &[
    admonition("attention", "Attention"),
    admonition("caution", "Caution"),
    admonition("danger", "Danger"),
    admonition("error", "Error"),
    admonition("hint", "Hint"),
    admonition("important", "Important"),
    admonition("note", "Note"),
    admonition("tip", "Tip"),
    admonition("warning", "Warning"),
    directive(
        "admonition",
        Kind::TitledAdmonition,
        (1, 0, true),
        (Content::Body, true),
        CLASS_NAME,
    ),
    directive(
        "code",
        Kind::Code,
        (0, 1, false),
        (Content::Text, true),
        CODE,
    ),
    directive(
        "code-block",
        Kind::Code,
        (0, 1, false),
        (Content::Text, true),
        CODE,
    ),
    directive(
        "sourcecode",
        Kind::Code,
        (0, 1, false),
        (Content::Text, true),
        CODE,
    ),
    directive(
        "parsed-literal",
        Kind::ParsedLiteral,
        (0, 0, false),
        (Content::Text, true),
        CLASS_NAME,
    ),
    directive(
        "math",
        Kind::Math,
        (0, 0, false),
        (Content::Text, true),
        CLASS_NAME,
    ),
    directive(
        "sidebar",
        Kind::NotInBody,
        (0, 1, true),
        (Content::Body, true),
        &["class", "name", "subtitle"],
    ),
    directive(
        "topic",
        Kind::NotInBody,
        (1, 0, true),
        (Content::Body, true),
        CLASS_NAME,
    ),
    directive(
        "contents",
        Kind::NotInBody,
        (0, 1, true),
        (Content::None, false),
        &["backlinks", "class", "depth", "local"],
    ),
    directive(
        "line-block",
        Kind::LineBlock,
        (0, 0, false),
        (Content::Body, true),
        CLASS_NAME,
    ),
    directive(
        "rubric",
        Kind::Rubric,
        (1, 0, true),
        (Content::None, false),
        CLASS_NAME,
    ),
    directive(
        "epigraph",
        Kind::BlockQuote,
        (0, 0, false),
        (Content::Body, true),
        NONE,
    ),
    directive(
        "highlights",
        Kind::BlockQuote,
        (0, 0, false),
        (Content::Body, true),
        NONE,
    ),
    directive(
        "pull-quote",
        Kind::BlockQuote,
        (0, 0, false),
        (Content::Body, true),
        NONE,
    ),
    directive(
        "compound",
        Kind::Container,
        (0, 0, false),
        (Content::Body, true),
        CLASS_NAME,
    ),
    directive(
        "container",
        Kind::Container,
        (0, 1, true),
        (Content::Body, true),
        &["name"],
    ),
    directive(
        "class",
        Kind::Container,
        (1, 0, true),
        (Content::Body, false),
        NONE,
    ),
    directive(
        "table",
        Kind::Table,
        (0, 1, true),
        (Content::Body, true),
        TABLE,
    ),
    directive(
        "csv-table",
        Kind::CsvTable,
        (0, 1, true),
        (Content::Text, false),
        CSV_TABLE,
    ),
    directive(
        "list-table",
        Kind::ListTable,
        (0, 1, true),
        (Content::Body, true),
        LIST_TABLE,
    ),
    directive(
        "image",
        Kind::Image,
        (1, 0, true),
        (Content::None, false),
        IMAGE,
    ),
    directive(
        "figure",
        Kind::Figure,
        (1, 0, true),
        (Content::Body, false),
        FIGURE,
    ),
    Directive {
        options: None,
        ..directive(
            "meta",
            Kind::Hidden,
            (0, 0, false),
            (Content::Body, true),
            NONE,
        )
    },
    directive(
        "replace",
        Kind::SubstitutionOnly,
        (0, 0, false),
        (Content::Text, true),
        NONE,
    ),
    directive(
        "unicode",
        Kind::SubstitutionOnly,
        (1, 0, true),
        (Content::None, false),
        &["ltrim", "rtrim", "trim"],
    ),
    Directive {
        options: None,
        ..directive(
            "date",
            Kind::Unsupported("its text is the day of the build, so the output would change daily"),
            (0, 0, false),
            (Content::Text, false),
            NONE,
        )
    },
    directive(
        "include",
        Kind::Unsupported(FROM_FILE),
        (1, 0, true),
        (Content::None, false),
        INCLUDE,
    ),
    directive(
        "raw",
        Kind::Unsupported("raw markup for one output format has no plain text"),
        (1, 0, true),
        (Content::Text, false),
        &["class", "encoding", "file", "url"],
    ),
    directive(
        "title",
        Kind::Unsupported(DECORATION),
        (1, 0, true),
        (Content::None, false),
        NONE,
    ),
    directive(
        "header",
        Kind::Unsupported(DECORATION),
        (0, 0, false),
        (Content::Body, true),
        NONE,
    ),
    directive(
        "footer",
        Kind::Unsupported(DECORATION),
        (0, 0, false),
        (Content::Body, true),
        NONE,
    ),
    directive(
        "sectnum",
        Kind::Unsupported(DECORATION),
        (0, 0, false),
        (Content::None, false),
        SECTNUM,
    ),
    directive(
        "section-numbering",
        Kind::Unsupported(DECORATION),
        (0, 0, false),
        (Content::None, false),
        SECTNUM,
    ),
    directive(
        "target-notes",
        Kind::Unsupported(DECORATION),
        (0, 0, false),
        (Content::None, false),
        CLASS_NAME,
    ),
    directive(
        "role",
        Kind::Role,
        (0, 0, false),
        (Content::Text, false),
        NONE,
    ),
    directive(
        "default-role",
        Kind::DefaultRole,
        (0, 1, false),
        (Content::None, false),
        NONE,
    ),
    directive(
        "restructuredtext-test-directive",
        Kind::Unsupported("it is docutils' test directive"),
        (0, 1, true),
        (Content::Text, false),
        &["option"],
    ),
    // Sphinx's, unknown to docutils; their content is code.
    directive(
        "highlight",
        Kind::Sphinx,
        (1, 0, false),
        (Content::Text, false),
        NONE,
    ),
    directive(
        "literalinclude",
        Kind::Sphinx,
        (1, 0, true),
        (Content::Text, false),
        NONE,
    ),
];

/// The directive called `name` (compared in lower case, as docutils does).
pub(crate) fn find(name: &str) -> Option<&'static Directive> {
    let name = name.to_lowercase();
    DIRECTIVES.iter().find(|d| d.name == name)
}

/// Whether the content of the directive `name` is text rather than body
/// elements (so no table starts in it). Unknown directives are read as
/// body elements: a Sphinx page may use directives docutils lacks.
pub(crate) fn content_is_text(name: &str) -> bool {
    find(name).is_some_and(|d| d.content == Content::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_lower_case() {
        for (i, d) in DIRECTIVES.iter().enumerate() {
            assert_eq!(d.name, d.name.to_lowercase());
            assert!(
                DIRECTIVES.iter().skip(i + 1).all(|e| e.name != d.name),
                "{}",
                d.name
            );
        }
        assert!(find("NOTE").is_some() && find("frobnicate").is_none());
    }
}
