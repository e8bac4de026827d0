//! The generator on every vendored error-code page of the other cloud
//! services (`tests/fixtures/otc`): each page generates a module that
//! `syn` parses, or is rejected with a located diagnostic; a sample of the
//! modules is compiled as a `no_std` crate, tested, linted with clippy and
//! documented, warnings as errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::model::Policy;
use crate::{Builder, ErrorKind, Generated, Include};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("rst/tests/fixtures/otc")
}

fn pages() -> Vec<PathBuf> {
    let mut pages = Vec::new();
    for owner_repo in std::fs::read_dir(fixtures()).unwrap() {
        let owner_repo = owner_repo.unwrap().path();
        if !owner_repo.is_dir() {
            continue;
        }
        for commit in std::fs::read_dir(&owner_repo).unwrap() {
            for file in std::fs::read_dir(commit.unwrap().path()).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "rst") {
                    pages.push(file);
                }
            }
        }
    }
    pages.sort();
    pages
}

fn generate(page: &Path, policy: Policy) -> Result<Generated, crate::Error> {
    generate_with(page, policy, |builder| builder)
}

/// [`generate`] with more settings.
fn generate_with(
    page: &Path,
    policy: Policy,
    more: impl FnOnce(Builder) -> Builder,
) -> Result<Generated, crate::Error> {
    let shown = page.strip_prefix(fixtures()).unwrap().display().to_string();
    more(Builder::new())
        .spec(page)
        .display_path(shown)
        .enum_name("ServiceError")
        .policy(policy)
        .generate()
}

/// What happened to a page, for the summary table.
fn outcome(result: &Result<Generated, crate::Error>) -> String {
    match result {
        Ok(generated) if generated.warnings.is_empty() => "generates cleanly".to_string(),
        Ok(_) => "generates with warnings".to_string(),
        Err(err) => {
            let kind = format!("{:?}", err.kind());
            let kind = kind
                .split([' ', '{', '('])
                .next()
                .unwrap_or_default()
                .to_string();
            format!("rejected: {kind}")
        }
    }
}

#[test]
fn every_page_generates_or_is_rejected_with_a_location() {
    let pages = pages();
    assert_eq!(pages.len(), 51);
    let mut table: BTreeMap<(String, String), usize> = BTreeMap::new();
    for policy in [Policy::Strict, Policy::Lenient] {
        for page in &pages {
            let result = generate(page, policy);
            match &result {
                Ok(generated) => {
                    syn::parse_file(&generated.source).unwrap_or_else(|e| {
                        panic!("{}: output does not parse: {e}", page.display())
                    });
                    for warning in &generated.warnings {
                        assert!(warning.error.location().line > 0, "{warning}");
                        // docutils reports nothing in any cell of these pages.
                        assert!(
                            !matches!(warning.error.kind(), ErrorKind::CellMarkup { .. }),
                            "{warning}"
                        );
                    }
                }
                Err(err) => assert!(err.location().line > 0, "{err}"),
            }
            *table
                .entry((format!("{policy:?}"), outcome(&result)))
                .or_default() += 1;
        }
    }
    println!("| policy | outcome | pages |\n|---|---|---|");
    for ((policy, outcome), n) in &table {
        println!("| {policy} | {outcome} | {n} |");
    }
    let count = |policy: &str, outcome: &str| {
        table
            .get(&(policy.to_string(), outcome.to_string()))
            .copied()
            .unwrap_or(0)
    };
    // The corpus is fixed, so these numbers are too: a change shows here.
    // The 4 pages that document a code by several rows that differ
    // generate: every row is kept. So do the 2 DNS pages whose status
    // cells give several statuses (`404/500`): a row per status.
    assert_eq!(count("Strict", "generates cleanly"), 46);
    assert_eq!(count("Strict", "generates with warnings"), 2);
    assert_eq!(count("Strict", "rejected: InvalidStatus"), 0);
    assert_eq!(count("Strict", "rejected: InvalidCode"), 3);
    assert_eq!(count("Lenient", "generates cleanly"), 46);
    assert_eq!(count("Lenient", "generates with warnings"), 3);
    assert_eq!(count("Lenient", "rejected: NoRows"), 2);
}

/// The naming rule's figures on every page that reads (lenient): no name
/// over 40 characters, the median at most 24 (31 before the rule dropped
/// fillers, context and later clauses), every name unique on its page; on
/// the adversarial pages too (no median: their messages are generated).
#[test]
fn derived_names_are_short_and_unique_on_every_page() {
    let mut lengths = Vec::new();
    for (page, entries) in readable_pages() {
        let real = !page.starts_with("adversarial");
        let named = crate::naming::variants::derived("ServiceError", entries);
        let mut seen = std::collections::HashSet::new();
        for variant in &named.variants {
            assert!(variant.name.len() <= 40, "{page}: {}", variant.name);
            assert!(seen.insert(&variant.name), "{page}: {} twice", variant.name);
            if real {
                lengths.push(variant.name.len());
            }
        }
    }
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    println!(
        "{} derived names, median {median}, longest {}",
        lengths.len(),
        lengths[lengths.len() - 1]
    );
    assert_eq!(lengths.len(), 4935);
    assert!(median <= 24, "median {median}");
}

/// Pages for the compiled sample: different header layouts, the largest
/// table, and pages with markup, lists and shared messages.
const SAMPLE: &[&str] = &[
    "opentelekomcloud-docs__api-gateway/c0fe2d00a1f0/api-ref__source__appendix__error_codes.rst",
    "opentelekomcloud-docs__cloud-eye/0ef5555b8703/api-ref__source__common_parameters__error_codes.rst",
    "opentelekomcloud-docs__data-lake-insight/27d9963ddbf1/api-ref__source__permission-related_apis__checking_the_permissions_granted_to_a_user.rst",
    "opentelekomcloud-docs__identity-access-management/9d2eac9fd0f9/api-ref__source__appendix__error_codes.rst",
    "opentelekomcloud-docs__mapreduce-service/4baf7325c4b7/api-ref__source__appendix__error_code.rst",
    "opentelekomcloud-docs__relational-database-service/03eecfd0a7ee/api-ref__source__appendix__error_codes.rst",
    "opentelekomcloud-docs__web-application-firewall/66bba6c15f99/api-ref__source__appendix__cloud_mode_error_code.rst",
    "opentelekomcloud-docs__domain-name-service/83bb2792ec58/api-ref__source__appendix__error_code.rst",
    "opentelekomcloud-docs__elastic-volume-service/a50f1efe7ba5/api-ref__source__appendix__error_codes.rst",
    // CSBS.9009 is documented with 403 and with 400.
    "opentelekomcloud-docs__cloud-server-backup-service/8839849995ee/api-ref__source__appendixes__error_codes.rst",
];

/// The sample's own files, as files (see `corpus_sample/README.md`).
const SAMPLE_FILES: [(&str, &str); 7] = [
    (
        "near_misses.rs",
        include_str!("corpus_sample/near_misses.rs"),
    ),
    ("page_tests.rs", include_str!("corpus_sample/page_tests.rs")),
    (
        "adversarial_tests.rs",
        include_str!("corpus_sample/adversarial_tests.rs"),
    ),
    (
        "several_rows.rst",
        include_str!("corpus_sample/several_rows.rst"),
    ),
    (
        "several_rows_tests.rs",
        include_str!("corpus_sample/several_rows_tests.rs"),
    ),
    ("hostile.rst", include_str!("corpus_sample/hostile.rst")),
    (
        "hostile_tests.rs",
        include_str!("corpus_sample/hostile_tests.rs"),
    ),
];

/// The text of one of [`SAMPLE_FILES`].
fn sample_file(name: &str) -> &'static str {
    SAMPLE_FILES.iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn a_sample_compiles_passes_its_tests_and_documents_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/corpus-sample");
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        include_str!("corpus_sample/Cargo.toml.in"),
    )
    .unwrap();
    for (name, text) in SAMPLE_FILES {
        std::fs::write(src.join(name), text).unwrap();
    }
    let mut lib = String::from(include_str!("corpus_sample/lib_head.rs"));
    lib.push_str(&real_page_modules(&src));
    lib.push_str(&synthetic_page_modules(&src));
    std::fs::write(src.join("lib.rs"), lib).unwrap();
    // The modules are lint-clean too: a crate that includes one gets
    // clippy's warnings for it.
    cargo_passes(&dir, &["test", "--offline", "--quiet"], None);
    let clippy = [
        "clippy",
        "--offline",
        "--all-targets",
        "--quiet",
        "--",
        "-D",
        "warnings",
    ];
    cargo_passes(&dir, &clippy, None);
    cargo_passes(
        &dir,
        &["doc", "--offline", "--no-deps"],
        Some("-D warnings"),
    );
}

/// Writes the generated `source` of module `name` to `src`; returns the
/// module for `lib.rs`, with the tests of `tests` (a file in `src`).
fn sample_module(src: &Path, name: &str, doc: &str, source: &str, tests: &str) -> String {
    std::fs::write(src.join(format!("{name}.rs")), source).unwrap();
    format!(
        "/// {doc}\npub mod {name} {{\n    include!(\"{name}.rs\");\n\n    #[cfg(test)]\n    mod tests {{\n        use super::*;\n        include!(\"near_misses.rs\");\n        include!(\"{tests}\");\n    }}\n}}\n"
    )
}

/// The sample's real pages, each with every optional part: serde impls,
/// `ApiError`, doc examples as doctests.
fn real_page_modules(src: &Path) -> String {
    let mut modules = String::new();
    for (i, page) in SAMPLE.iter().enumerate() {
        // Pages the strict policy rejects are generated leniently.
        let page = fixtures().join(page);
        let full = |policy| {
            generate_with(&page, policy, |builder| {
                builder
                    .serde(Include::Always)
                    .json(Include::Always)
                    .doctest_path(format!("corpus_sample::page{i}"))
            })
        };
        let generated = full(Policy::Strict)
            .or_else(|_| full(Policy::Lenient))
            .unwrap_or_else(|e| panic!("{e}"));
        let name = format!("page{i}");
        let doc = "Generated from a page.";
        modules.push_str(&sample_module(
            src,
            &name,
            doc,
            &generated.source,
            "page_tests.rs",
        ));
    }
    modules
}

/// The synthetic pages: codes made to defeat a lookup keyed on part of a
/// code (a lookup whose key takes a chosen middle word, and one that
/// hashes every byte), codes of several rows with optional statuses (the
/// doc examples run with the page's codes), and hostile names.
fn synthetic_page_modules(src: &Path) -> String {
    let mut modules = String::new();
    for (name, codes) in [
        ("adversarial_words", adversarial_codes(false)),
        ("adversarial_bytes", adversarial_codes(true)),
    ] {
        let source =
            super::generate_source(&format!("{name}.rst"), &grid_page(&codes), "ServiceError")
                .unwrap_or_else(|e| panic!("{e}"));
        let doc = "Generated from a synthetic page.";
        modules.push_str(&sample_module(
            src,
            name,
            doc,
            &source,
            "adversarial_tests.rs",
        ));
    }
    let several = Builder::new()
        .enum_name("ServiceError")
        .serde(Include::Always)
        .json(Include::Always)
        .doctest_path("corpus_sample::several_rows")
        .generate_from_text("several_rows.rst", sample_file("several_rows.rst"))
        .unwrap_or_else(|e| panic!("{e}"));
    let doc = "Generated from a page with codes of several rows, one without a status.";
    modules.push_str(&sample_module(
        src,
        "several_rows",
        doc,
        &several.source,
        "several_rows_tests.rs",
    ));
    let hostile =
        super::generate_source("hostile.rst", sample_file("hostile.rst"), "ServiceError").unwrap();
    let doc = "Generated from a page with hostile names.";
    modules.push_str(&sample_module(
        src,
        "hostile",
        doc,
        &hostile,
        "hostile_tests.rs",
    ));
    modules
}

/// Runs `cargo ARGS` in `dir` (with `RUSTDOCFLAGS`, if given) and fails
/// with its output unless it succeeds.
fn cargo_passes(dir: &Path, args: &[&str], rustdocflags: Option<&str>) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(&cargo);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR");
    if let Some(flags) = rustdocflags {
        command.env("RUSTDOCFLAGS", flags);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Codes that share a 30-byte prefix and a 20-byte suffix around 4 digits,
/// share their first 14 bytes, have every length from 1 to 64, or carry a
/// prefix; with `every_byte`, also 40-byte codes one byte apart at every
/// position, which no 3 words separate.
fn adversarial_codes(every_byte: bool) -> Vec<String> {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut codes: Vec<String> = Vec::new();
    for i in 0..30 {
        codes.push(format!("{}{i:04}{}", "P".repeat(30), "S".repeat(20)));
        codes.push(format!("BackupService.{i:04}"));
        codes.push(format!("{}.{i:04}", ["KMS", "CSMS"][i % 2]));
    }
    for len in 1..=64 {
        for i in 0..2 {
            let mut code = vec![b'x'; len];
            code[len - 1] = DIGITS[(len * 7 + i) % 36];
            if len > 1 {
                code[0] = DIGITS[i];
            }
            codes.push(String::from_utf8(code).unwrap());
        }
    }
    if every_byte {
        let base = "Q".repeat(40);
        for position in 0..40 {
            let mut code = base.clone().into_bytes();
            code[position] = b'R';
            codes.push(String::from_utf8(code).unwrap());
        }
    }
    let mut seen = std::collections::HashSet::new();
    codes.retain(|c| seen.insert(c.to_ascii_lowercase()));
    codes
}

/// An "Error Code" page: one grid table with a row per code.
fn grid_page(codes: &[String]) -> String {
    let width = codes.iter().map(String::len).max().unwrap_or(0).max(10) + 2;
    let border = |fill: &str| format!("+{}+{}+\n", fill.repeat(8), fill.repeat(width));
    let row = |a: &str, b: &str| format!("| {a:<6} | {b:<w$} |\n", w = width - 2);
    let mut page = border("-") + &row("Status", "Error Code") + &border("=");
    for code in codes {
        page += &row("400", code);
        page += &border("-");
    }
    page
}

/// Every real page that reads (leniently), and the two adversarial ones.
fn readable_pages() -> Vec<(String, Vec<crate::model::Entry>)> {
    let lenient = crate::model::Options {
        policy: Policy::Lenient,
        ..Default::default()
    };
    let mut read: Vec<_> = pages()
        .iter()
        .filter_map(|page| {
            let name = page.strip_prefix(fixtures()).unwrap().display().to_string();
            let text = std::fs::read_to_string(page).ok()?;
            let entries = crate::model::read_page(&name, &text, &lenient)
                .ok()?
                .entries;
            Some((name, entries))
        })
        .collect();
    for every_byte in [false, true] {
        let page = grid_page(&adversarial_codes(every_byte));
        let entries = crate::model::read_page("adversarial.rst", &page, &Default::default())
            .unwrap()
            .entries;
        read.push((format!("adversarial (every byte: {every_byte})"), entries));
    }
    read
}

/// What the README and BENCHMARKS say of the real pages holds for all of
/// them, not only KMS's: every code fits `UnknownErrorCode` whole (the
/// longest has 18 bytes), and 40 pages give `u16` statuses, 9
/// `Option<u16>`.
#[test]
fn claims_about_the_real_pages() {
    let pages = readable_pages();
    let real: Vec<_> = pages
        .iter()
        .filter(|(name, _)| !name.starts_with("adversarial"))
        .collect();
    assert_eq!(real.len(), 49);
    let longest = real
        .iter()
        .flat_map(|(_, entries)| entries.iter().map(|e| e.code.len()))
        .max()
        .unwrap();
    assert_eq!(longest, 18);
    assert!(longest <= crate::emit::UNKNOWN_CODE_CAPACITY);
    let every = real
        .iter()
        .filter(|(_, entries)| entries.iter().all(|e| e.status_code.is_some()))
        .count();
    assert_eq!((every, real.len() - every), (40, 9));
}

/// Discriminants outlive revisions on every page, not only KMS's: with the
/// names file generating writes, a reversed page, a page with every third
/// code gone and a page with a code added give the same variants in the
/// same order — the gone codes retired in their place, the new one last.
#[test]
fn discriminants_outlive_revisions_on_every_page() {
    use crate::model::Entry;
    use crate::naming::{resolve, InputFile};

    fn file<'a>(path: &'a str, text: Option<&'a str>) -> Option<InputFile<'a>> {
        Some(InputFile { path, text })
    }
    for (name, entries) in readable_pages() {
        let first = resolve("E", entries.clone(), file("n", None), None, None).unwrap();
        let names = first.names_file.clone().unwrap();
        let pinned = file("n", Some(names.as_str()));

        let reversed: Vec<Entry> = entries.iter().rev().cloned().collect();
        let v = resolve("E", reversed, pinned, None, None).unwrap();
        assert_eq!(v.names(), first.names(), "{name}: reversed");
        assert!(v.retired().iter().all(|&r| !r), "{name}");
        assert_eq!(v.names_file, None, "{name}");

        let kept: Vec<Entry> = entries
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 1)
            .map(|(_, e)| e.clone())
            .collect();
        let previous = || Ok(entries.clone());
        let v = resolve("E", kept, pinned, file("r", None), Some(&previous)).unwrap();
        assert_eq!(v.names(), first.names(), "{name}: codes gone");
        let expected: Vec<bool> = (0..entries.len()).map(|i| i % 3 == 1).collect();
        assert_eq!(v.retired(), expected, "{name}");
        for (row, old) in v.variants.iter().map(|v| &v.entry).zip(&entries) {
            assert_eq!(row.code, old.code, "{name}: a retired row keeps its code");
        }

        let mut code = "NEW.0001".to_string();
        while entries.iter().any(|e| e.code == code) {
            code.push('1');
        }
        let mut added = vec![Entry {
            code: code.clone(),
            ..entries[0].clone()
        }];
        added.extend(entries.iter().cloned());
        let v = resolve("E", added, pinned, None, None).unwrap();
        assert_eq!(
            &v.names()[..entries.len()],
            &first.names()[..],
            "{name}: added"
        );
        assert_eq!(v.variants.last().unwrap().entry.code, code, "{name}");
    }
}

/// The rows of `code` on the corpus page `page`: status, message, line.
fn rows_of(page: &str, code: &str) -> Vec<(Option<u16>, String, usize)> {
    let text = std::fs::read_to_string(fixtures().join(page)).unwrap();
    let read = crate::model::read_page(page, &text, &Default::default()).unwrap();
    let entry = read.entries.into_iter().find(|e| e.code == code).unwrap();
    entry
        .rows()
        .into_iter()
        .map(|r| (r.status_code, r.message, r.location.line))
        .collect()
}

/// Codes that real pages document by several rows keep every row, in page
/// order; the values are the pages' own (read off the `.rst` files).
#[test]
fn codes_documented_by_several_rows_keep_every_row() {
    let csbs = rows_of(
        "opentelekomcloud-docs__cloud-server-backup-service/8839849995ee/api-ref__source__appendixes__error_codes.rst",
        "CSBS.9009",
    );
    let statuses: Vec<_> = csbs.iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(statuses, [(Some(403), 50), (Some(400), 52)]);
    let evs = rows_of(
        "opentelekomcloud-docs__elastic-volume-service/a50f1efe7ba5/api-ref__source__appendix__error_codes.rst",
        "EVS.5400",
    );
    let messages: Vec<_> = evs.iter().map(|r| (r.1.as_str(), r.2)).collect();
    assert_eq!(
        messages,
        [
            ("Malformed request body.", 258),
            ("Malformed request url.", 260),
            ("Request body and URI mismatch.", 262),
            ("Invalid imageRef provided.", 264),
            ("Must specify a valid status.", 266),
            ("offset param must be an integer.", 268),
            ("limit param must be an integer.", 270),
            ("limit param must be positive.", 272),
        ]
    );
    assert!(evs.iter().all(|r| r.0 == Some(400)));
    let apig = rows_of(
        "opentelekomcloud-docs__api-gateway/c0fe2d00a1f0/umn__source__published_api_calling__error_codes.rst",
        "APIG.0101",
    );
    assert_eq!(
        apig[0].1,
        "The API does not exist or has not been published in the environment."
    );
    assert_eq!(
        (apig[1].1.as_str(), apig[1].2),
        ("The API does not exist.", 22)
    );
    let dns = rows_of(
        "opentelekomcloud-docs__domain-name-service/83bb2792ec58/api-ref__source__appendix__error_code.rst",
        "DNS.0205",
    );
    let statuses: Vec<Option<u16>> = dns.iter().map(|r| r.0).collect();
    assert_eq!(statuses, [Some(404), Some(500)]);
}

/// Over the corpus: which pages have codes documented by several rows, and
/// how many.
#[test]
fn the_corpus_has_codes_documented_by_several_rows() {
    let mut pages_with = 0;
    let mut codes_with = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let options = crate::model::Options {
            policy: Policy::Lenient,
            ..Default::default()
        };
        let Ok(read) = crate::model::read_page("p", &text, &options) else {
            continue;
        };
        let n = read
            .entries
            .iter()
            .filter(|e| !e.further_rows.is_empty())
            .count();
        codes_with += n;
        pages_with += usize::from(n > 0);
    }
    // The corpus is fixed, so these numbers are too: 9 codes on 4 pages
    // have rows that differ, 27 more on the 2 DNS pages a status cell with
    // several statuses (`404/500`).
    println!("codes with several rows: {codes_with} on {pages_with} pages");
    assert_eq!((codes_with, pages_with), (36, 6));
}
