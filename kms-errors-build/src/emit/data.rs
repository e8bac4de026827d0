//! The data section of the generated module: the page's table and the
//! lookup's tables, written as unicode-ident's generator writes its tables
//! (`writeln!`, numbers up to 16 to a line, one text to a line) rather than
//! through prettyplease, which would give every value a line of its own.
//! Every datum is here once; `ERRORS` and the accessors read these arrays.

use std::fmt::Write as _;

use super::lookup::Tables;
use super::{index_type, Input, Provenance, Statuses};

/// How wide a line of packed values may get.
const WIDTH: usize = 100;
/// The most numbers to a line.
const NUMBERS_PER_LINE: usize = 16;

/// The data section for `input`, whose lookup tables are `t`.
pub(super) fn section(input: &Input<'_>, t: &Tables) -> String {
    let mut out = String::new();
    let e = input.enum_name;
    out.push_str("// The data: one row a variant, in the order of `ALL`.\n\n");
    let all: Vec<String> = input
        .variants
        .iter()
        .map(|v| format!("{e}::{}", v.name))
        .collect();
    array(
        &mut out,
        "Every variant, by discriminant.\n#[allow(deprecated)]",
        "ALL",
        e,
        &all,
        WIDTH,
    );
    let codes: Vec<String> = input
        .variants
        .iter()
        .map(|v| format!("{:?}", v.entry.code))
        .collect();
    array(
        &mut out,
        "Each variant's code.",
        "CODES",
        "&str",
        &codes,
        WIDTH,
    );
    let statuses: Vec<String> = input
        .variants
        .iter()
        .map(|v| v.entry.status_code.unwrap_or(0).to_string())
        .collect();
    let status_doc = match input.statuses {
        Statuses::Every => "Each variant's HTTP status.",
        Statuses::Optional => "Each variant's HTTP status, 0 for none.",
    };
    numbers(&mut out, status_doc, "STATUS_CODES", "u16", &statuses);
    let lower = input
        .variants
        .iter()
        .any(|v| v.entry.code.bytes().any(|b| b.is_ascii_lowercase()));
    let _ = writeln!(
        out,
        "/// Whether a code has an ASCII lower-case letter: then a case-insensitive\n/// lookup scans the codes instead of looking the upper-cased input up.\nconst CODES_HAVE_LOWER_CASE: bool = {lower};\n"
    );
    text_tables(&mut out, t);
    further_rows(&mut out, input, t);
    lookup_tables(&mut out, t);
    spec(&mut out, input.provenance);
    out
}

/// `TEXTS` and the per-variant indices into it.
fn text_tables(out: &mut String, t: &Tables) {
    let texts: Vec<String> = t.texts.iter().map(|text| format!("{text:?}")).collect();
    array(
        out,
        "Every distinct text of the table, once.",
        "TEXTS",
        "&str",
        &texts,
        WIDTH,
    );
    let index = index_type(t.texts.len()).to_string();
    for (name, what, indices) in [
        ("MESSAGES", "message", &t.message),
        ("DESCRIPTIONS", "description", &t.description),
        ("MEASURES", "measure", &t.measure),
    ] {
        let values: Vec<String> = indices.iter().map(usize::to_string).collect();
        numbers(
            out,
            &format!("Each variant's {what}: an index into `TEXTS`."),
            name,
            &index,
            &values,
        );
    }
}

/// The rows after each code's first, for a page that has any: where each
/// variant's start (`FURTHER_START[i]..FURTHER_START[i + 1]`), their
/// statuses and their texts.
fn further_rows(out: &mut String, input: &Input<'_>, t: &Tables) {
    if !input.several_rows {
        return;
    }
    let mut starts = vec!["0".to_string()];
    let mut statuses = Vec::new();
    let mut total = 0;
    for v in input.variants {
        total += v.entry.further_rows.len();
        starts.push(total.to_string());
        statuses.extend(
            v.entry
                .further_rows
                .iter()
                .map(|r| r.status_code.unwrap_or(0).to_string()),
        );
    }
    let count_type = index_type(total + 1).to_string();
    numbers(
        out,
        "Where each variant's further rows start (a code's rows after its\n/// first, in page order), and where the last ends.",
        "FURTHER_START",
        &count_type,
        &starts,
    );
    let status_doc = match input.statuses {
        Statuses::Every => "Each further row's HTTP status.",
        Statuses::Optional => "Each further row's HTTP status, 0 for none.",
    };
    numbers(out, status_doc, "FURTHER_STATUS_CODES", "u16", &statuses);
    let index = index_type(t.texts.len()).to_string();
    for (n, name, what) in [
        (0, "FURTHER_MESSAGES", "message"),
        (1, "FURTHER_DESCRIPTIONS", "description"),
        (2, "FURTHER_MEASURES", "measure"),
    ] {
        let values: Vec<String> = t
            .further
            .iter()
            .filter_map(|f| f.get(n).map(usize::to_string))
            .collect();
        numbers(
            out,
            &format!("Each further row's {what}: an index into `TEXTS`."),
            name,
            &index,
            &values,
        );
    }
}

/// The lookup's constants and tables (see `emit::lookup`).
fn lookup_tables(out: &mut String, t: &Tables) {
    if t.key_words.keeps_keys() {
        let keys: Vec<String> = t.keys.iter().map(|&k| hex(k)).collect();
        lookup_numbers(
            out,
            "Each variant's lookup key (see `code_key`), compared with the\n/// input's.",
            "KEY_LIST",
            "u64",
            &keys,
        );
        out.push_str("const KEYS: Option<&[u64]> = Some(&KEY_LIST);\n\n");
    } else {
        out.push_str("/// No keys to compare with: every key is a hash, so `code_index`\n/// compares the codes byte by byte.\nconst KEYS: Option<&[u64]> = None;\n\n");
    }
    let words = &t.key_words;
    let extra = if !words.extra {
        "None".to_string()
    } else {
        let offsets: Vec<String> = words.offsets.iter().map(usize::to_string).collect();
        format!(
            "Some(ExtraWords {{ seed: {}, offsets: &[{}] }})",
            hex(words.seed),
            offsets.join(", ")
        )
    };
    let _ = writeln!(
        out,
        "/// How the lookup keys a code (see `code_key`).\nconst KEY_SHAPE: KeyShape<'static> = KeyShape {{\n    min_len: {},\n    max_len: {},\n    extra: {extra},\n}};\n",
        words.min_len, words.max_len
    );
    let buckets = match &t.hash.buckets {
        None => "None".to_string(),
        Some((multiplier, bits, displacements)) => {
            let values: Vec<String> = displacements.iter().map(u32::to_string).collect();
            lookup_numbers(
                out,
                "Each bucket's displacement (see `slot_of`).",
                "DISPLACEMENTS",
                "u32",
                &values,
            );
            format!(
                "Some(Buckets {{\n        multiplier: {},\n        bits: {bits},\n        displacements: &DISPLACEMENTS,\n    }})",
                hex(*multiplier)
            )
        }
    };
    let _ = writeln!(
        out,
        "/// Where a key goes (see `slot_of`).\nconst PLACEMENT: Placement<'static> = Placement {{\n    multiplier: {},\n    slot_bits: {},\n    buckets: {buckets},\n}};\n",
        hex(t.hash.multiplier),
        t.hash.slot_bits
    );
    let slot_type = index_type(t.keys.len() + 1);
    let empty = match slot_type.to_string().as_str() {
        "u8" => u64::from(u8::MAX),
        "u16" => u64::from(u16::MAX),
        _ => u64::from(u32::MAX),
    };
    let slots: Vec<String> = t
        .slots
        .iter()
        .map(|slot| slot.map_or(empty, |i| i as u64).to_string())
        .collect();
    lookup_numbers(
        out,
        &format!("The hash table: a discriminant per slot, {empty} for none."),
        "SLOTS",
        &slot_type.to_string(),
        &slots,
    );
}

/// `SPEC`, the page's revision.
fn spec(out: &mut String, provenance: &Provenance) {
    let _ = writeln!(
        out,
        "/// The documentation revision the table was generated from (see\n/// [`SpecRevision`]): log it to know which page a build says what it says\n/// from.\npub const SPEC: SpecRevision = SpecRevision {{\n    path: {:?},\n    sha256: {:?},\n}};",
        provenance.spec_path, provenance.spec_sha256
    );
}

/// A numeric array, up to [`NUMBERS_PER_LINE`] values to a line, as a
/// reference: a `const` that other constants read (`ERRORS` reads the page's
/// tables at compile time) is then copied as a pointer, not as a whole array
/// at each use (that copying was 9% of compiling kms-errors).
fn numbers(out: &mut String, doc: &str, name: &str, ty: &str, values: &[String]) {
    packed(
        out,
        doc,
        &format!("{name}: &[{ty}; {}] = &", values.len()),
        values,
    );
}

/// A numeric array of the lookup, by value: only the lookup reads it, at
/// run time, and as references these tables cost the synthetic 10,000 and
/// adversarial benchmark tables 0.4 instructions a lookup.
fn lookup_numbers(out: &mut String, doc: &str, name: &str, ty: &str, values: &[String]) {
    packed(
        out,
        doc,
        &format!("{name}: [{ty}; {}] = ", values.len()),
        values,
    );
}

/// `/// doc` and `const {head}[values];`, up to [`NUMBERS_PER_LINE`] values
/// to a line.
fn packed(out: &mut String, doc: &str, head: &str, values: &[String]) {
    let widest = values.iter().map(String::len).max().unwrap_or(1);
    let per_line = (WIDTH / (widest + 2)).clamp(1, NUMBERS_PER_LINE);
    let _ = writeln!(out, "/// {doc}\nconst {head}[");
    for line in values.chunks(per_line) {
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    out.push_str("];\n\n");
}

/// An array of `values` (Rust expressions), packed into lines up to
/// `width` wide (0: one to a line). `doc` is its doc comment, whose last
/// line may be an attribute.
fn array(out: &mut String, doc: &str, name: &str, ty: &str, values: &[String], width: usize) {
    for line in doc.lines() {
        if line.starts_with("#[") {
            let _ = writeln!(out, "{line}");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
    let _ = writeln!(out, "const {name}: &[{ty}; {}] = &[", values.len());
    let mut line = String::new();
    for value in values {
        if !line.is_empty() && line.len() + value.len() + 2 > width {
            let _ = writeln!(out, "   {line}");
            line.clear();
        }
        line.push(' ');
        line.push_str(value);
        line.push(',');
    }
    if !line.is_empty() {
        let _ = writeln!(out, "   {line}");
    }
    out.push_str("];\n\n");
}

/// `n` as a 16-digit hex literal (a key shows its code's bytes).
fn hex(n: u64) -> String {
    format!("0x{n:016x}")
}
