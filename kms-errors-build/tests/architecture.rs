//! Imports point one way: in the generator, the RST engine and xtask, no
//! module imports a module that imports it, directly or through others
//! (CONTRIBUTING.md, "Where things live"). A module's imports are the
//! `crate::…`, `super::…` and `self::…` paths in its code (doc comments
//! and its `mod tests` left out); a module and its own submodules are not
//! an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every module of the crate whose source root is `src`, by path
/// (`emit::runtime`), with its code.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            (
                parts.join("::"),
                code_of(&std::fs::read_to_string(&file).unwrap()),
            )
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `source` without its comments' lines and its `mod tests`.
fn code_of(source: &str) -> String {
    let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules `module`'s code names, among `known`.
fn imports(module: &str, code: &str, known: &BTreeSet<&str>) -> BTreeSet<String> {
    let here: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
    let mut out = BTreeSet::new();
    for (start, _) in code.match_indices(['c', 's']) {
        let rest = &code[start..];
        let before = code[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut words = path.split("::").filter(|w| !w.is_empty()).peekable();
        let mut base: Vec<&str> = match words.next() {
            Some("crate") => Vec::new(),
            Some("self") => here.clone(),
            Some("super") => here[..here.len().saturating_sub(1)].to_vec(),
            _ => continue,
        };
        while words.peek() == Some(&"super") {
            words.next();
            base.pop();
        }
        // `use super::{a, b}`: each name in the braces.
        let names: Vec<String> = match rest[path.len()..].strip_prefix('{') {
            Some(group) if path.ends_with("::") => group
                .split('}')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|name| {
                    name.trim()
                        .split([':', ' '])
                        .next()
                        .unwrap_or("")
                        .to_string()
                })
                .collect(),
            _ => vec![String::new()],
        };
        let tail: Vec<&str> = words.collect();
        for name in names {
            let mut full: Vec<&str> = base.iter().copied().chain(tail.iter().copied()).collect();
            if !name.is_empty() {
                full.push(&name);
            }
            // The longest prefix that is a module.
            if let Some(target) = (1..=full.len())
                .rev()
                .map(|n| full[..n].join("::"))
                .find(|m| known.contains(m.as_str()))
            {
                let related = target == module
                    || target.starts_with(&format!("{module}::"))
                    || module.starts_with(&format!("{target}::"));
                if !related {
                    out.insert(target);
                }
            }
        }
    }
    out
}

/// The circles of imports among `modules`, each as its modules.
fn circles(modules: &BTreeMap<String, String>) -> Vec<Vec<String>> {
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    let edges: BTreeMap<&str, BTreeSet<String>> = modules
        .iter()
        .map(|(module, code)| (module.as_str(), imports(module, code, &known)))
        .collect();
    // Modules that reach themselves, grouped by the set they reach each
    // other through.
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(m) = todo.pop() {
            for next in edges.get(m.as_str()).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&str, BTreeSet<String>> = known.iter().map(|&m| (m, reach(m))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for &m in &known {
        if !reached[m].contains(m) {
            continue;
        }
        let circle: Vec<String> = known
            .iter()
            .filter(|&&other| reached[m].contains(other) && reached[other].contains(m))
            .map(|s| s.to_string())
            .collect();
        if !out.contains(&circle) {
            out.push(circle);
        }
    }
    out
}

fn crate_dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn no_circles_of_imports() {
    for src in ["src", "rst/src", "xtask/src"] {
        let modules = modules(&crate_dir(src));
        assert!(modules.len() > 1, "{src}");
        assert_eq!(circles(&modules), Vec::<Vec<String>>::new(), "{src}");
    }
}

/// The check finds a circle where there is one.
#[test]
fn a_circle_is_found() {
    let modules: BTreeMap<String, String> = [
        ("a", "use crate::b::f;"),
        ("b", "use super::{c, d::X};"),
        ("c", "fn g() { crate::a::h() }"),
        ("d", ""),
        ("e", "use crate::d;"),
    ]
    .into_iter()
    .map(|(m, code)| (m.to_string(), code.to_string()))
    .collect();
    assert_eq!(circles(&modules), [["a", "b", "c"]]);
}
