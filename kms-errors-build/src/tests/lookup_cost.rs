//! The cost of the generated lookup, not only its results: every table the
//! generator builds — every page of the corpus that generates, the KMS
//! pages, and synthetic tables made to defeat a lookup keyed on part of a
//! code — finds each of its codes by reading one slot, and rejects near
//! misses. `Tables::find` is the lookup the generated `code_index` runs;
//! `corpus.rs` compiles generated modules and checks them against a linear
//! scan, so the two agree.

use crate::emit::lookup::{tables, Tables};
use crate::model::Entry;
use crate::Location;

/// The most slots a lookup reads, for every code of `entries` and for a
/// one-byte change, a truncation and an extension of each; and that each
/// finds what a linear scan finds.
fn worst_probes(what: &str, entries: &[Entry]) -> usize {
    let t: Tables = tables(entries).unwrap_or_else(|e| panic!("{what}: {e}"));
    let linear = |code: &str| entries.iter().position(|e| e.code == code);
    let mut worst = 0;
    for (index, entry) in entries.iter().enumerate() {
        let code = entry.code.as_str();
        let (found, probes) = t.find(entries, code);
        assert_eq!(found, Some(index), "{what}: {code}");
        worst = worst.max(probes);
        let mut misses = vec![format!("{code}0"), code[..code.len() - 1].to_string()];
        let middle = code.len() / 2;
        for b in [b'0', b'Z', b'.'] {
            let mut m = code.as_bytes().to_vec();
            m[middle] = b;
            misses.push(String::from_utf8(m).unwrap());
        }
        for miss in &misses {
            let (found, probes) = t.find(entries, miss);
            assert_eq!(found, linear(miss), "{what}: {miss}");
            worst = worst.max(probes);
        }
    }
    assert_eq!(t.max_probes, 1, "{what}: the generator's own check");
    worst
}

/// The real pages: the repository's corpus, which the package does not
/// ship (see `tests/mod.rs`).
#[cfg(kms_errors_corpus)]
mod corpus_pages {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::model::{read_page, Options, Policy};

    fn entries_of(path: &Path) -> Option<Vec<Entry>> {
        let text = std::fs::read_to_string(path).unwrap();
        let options = Options {
            policy: Policy::Lenient,
            ..Options::default()
        };
        read_page(&path.display().to_string(), &text, &options)
            .ok()
            .map(|page| page.entries)
            .filter(|entries| !entries.is_empty())
    }

    fn rst_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rst_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rst") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_corpus_page_reads_one_slot() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pages = Vec::new();
        rst_files(&root.join("rst/tests/fixtures/otc"), &mut pages);
        rst_files(&root.join("../tests/fixtures/kms"), &mut pages);
        pages.sort();
        let mut count = 0;
        let mut extra_words = 0;
        let mut displaced = 0;
        println!("| page | codes | worst-case probes | key words beyond the first and last | buckets |\n|---|---|---|---|---|");
        for page in &pages {
            let Some(entries) = entries_of(page) else {
                continue;
            };
            let worst = worst_probes(&page.display().to_string(), &entries);
            let shown = page
                .strip_prefix(root)
                .unwrap_or(page)
                .display()
                .to_string();
            let t = tables(&entries).unwrap();
            let words = t.key_words.offsets.len();
            let buckets = t.hash.buckets.as_ref().map_or(0, |(_, bits, _)| 1 << bits);
            println!(
                "| {shown} | {} | {worst} | {words} | {buckets} |",
                entries.len()
            );
            extra_words += words;
            displaced += usize::from(buckets > 0);
            assert_eq!(worst, 1, "{shown}");
            count += 1;
        }
        // 49 corpus pages generate leniently, and the two KMS revisions.
        assert_eq!(count, 51);
        println!("{displaced} of {count} tables need displacements (a second load a lookup)");
        // The first and last 8 bytes separate the codes of every real page.
        assert_eq!(extra_words, 0);
    }
}

fn entry(code: String) -> Entry {
    Entry {
        code,
        status_code: Some(400),
        message: "Synthetic.".to_string(),
        description: String::new(),
        measure: String::new(),
        further_rows: Vec::new(),
        location: synthetic_location(),
    }
}

/// A location in `synthetic.rst`.
fn synthetic_location() -> Location {
    Location::new("synthetic.rst", 4, 3)
}

/// The `i`th code of `len` characters over `0-9A-Z`.
fn code_of_length(len: usize, mut i: usize) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut code = vec![b'x'; len];
    for byte in code.iter_mut().rev().take(4) {
        *byte = DIGITS[i % 36];
        i /= 36;
    }
    String::from_utf8(code).unwrap()
}

/// Codes that share a long prefix and suffix and differ in one middle
/// byte; codes sharing their first 8 bytes; lengths 1 to 64; several
/// prefixes; 10,000 codes.
#[test]
fn adversarial_tables_read_one_slot() {
    let middle: Vec<Entry> = (0..2_000)
        .map(|i| entry(format!("{}{i:04}{}", "P".repeat(30), "S".repeat(30))))
        .collect();
    let one_byte: Vec<Entry> = (0..36)
        .map(|i| {
            let c = char::from_digit(i, 36).unwrap().to_ascii_uppercase();
            entry(format!("{}{c}{}", "K".repeat(31), "K".repeat(32)))
        })
        .collect();
    let shared_eight: Vec<Entry> = (0..3_000)
        .map(|i| entry(format!("BackupService.{i:04}")))
        .collect();
    let lengths: Vec<Entry> = (1..=64)
        .flat_map(|len| (0..36).map(move |i| entry(code_of_length(len, i * 997 + len))))
        .collect();
    let prefixes: Vec<Entry> = (0..10_000)
        .map(|i| {
            entry(format!(
                "{}.{:04}",
                ["KMS", "CSMS", "DEW", "KPS"][i % 4],
                i / 4
            ))
        })
        .collect();
    let mut mixed: Vec<Entry> = Vec::new();
    for set in [&middle, &shared_eight, &lengths, &one_byte] {
        mixed.extend(set.iter().cloned());
    }
    mixed.extend(prefixes.iter().take(10_000 - mixed.len()).cloned());
    dedupe(&mut mixed);
    assert_eq!(mixed.len(), 10_000);
    for (what, entries) in [
        ("middle byte", &middle),
        ("one byte of 64", &one_byte),
        ("first 8 bytes shared", &shared_eight),
        ("lengths 1 to 64", &lengths),
        ("four prefixes, 10,000", &prefixes),
        ("all of them, 10,000", &mixed),
    ] {
        let worst = worst_probes(what, entries);
        let words = tables(entries).unwrap().key_words;
        println!(
            "{what}: {} codes, worst-case probes {worst}, key words at {:?}",
            entries.len(),
            words.offsets
        );
        assert_eq!(worst, 1, "{what}");
    }
}

fn dedupe(entries: &mut Vec<Entry>) {
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert(e.code.to_ascii_lowercase()));
}
