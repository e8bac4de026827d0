#!/usr/bin/env bash
# Cold build time of a fresh binary crate that depends on kms-errors
# (default features) against the same crate without the dependency, and
# against an empty crate with a build script of its own (`fn main() {}`:
# what any package with a build script costs, as kms-errors has one), in
# one run: 7 alternating cold builds each (fresh target directory), medians.
# CARGO_INCREMENTAL=0 for both, as cargo builds registry dependencies (a
# path dependency would otherwise be compiled incrementally).
#
#   bash benches/build_time.sh
#   BASELINE=/path/to/other/checkout bash benches/build_time.sh
#     also builds against another checkout of kms-errors in the same
#     rounds (a before/after pair measured in one run).
#   FLOOR=1 bash benches/build_time.sh
#     also builds against the floor: a package named kms-errors with the
#     same API for main.rs but nothing else, a one-line lib and a build
#     script like kms-errors' default one (it only prints rerun-if-changed),
#     in the same rounds. No content of kms-errors' lib can build faster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=(with without script)
[ -n "${BASELINE:-}" ] && names+=(baseline)
[ -n "${FLOOR:-}" ] && names+=(floor)
for name in "${names[@]}"; do
  mkdir -p "$work/$name/src"
  printf 'fn main() {\n    println!("{}", std::env::args().count());\n}\n' > "$work/$name/src/main.rs"
  printf '[package]\nname = "consumer-%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n' "$name" > "$work/$name/Cargo.toml"
done
printf 'kms-errors = { path = "%s" }\n' "$root" >> "$work/with/Cargo.toml"
if [ -n "${BASELINE:-}" ]; then
  printf 'kms-errors = { path = "%s" }\n' "$BASELINE" >> "$work/baseline/Cargo.toml"
fi
printf 'fn main() {\n    let e: Option<kms_errors::KmsError> = std::env::args().nth(1).and_then(|c| c.parse().ok());\n    println!("{:?}", e.map(|e| e.message()));\n}\n' > "$work/with/src/main.rs"
(cd "$work/with" && cargo generate-lockfile --offline -q)
if [ -n "${BASELINE:-}" ]; then
  cp "$work/with/src/main.rs" "$work/baseline/src/main.rs"
  (cd "$work/baseline" && cargo generate-lockfile --offline -q)
fi
if [ -n "${FLOOR:-}" ]; then
  mkdir -p "$work/floor-lib"
  printf '[package]\nname = "kms-errors"\nversion = "0.0.0"\nedition = "2021"\n\n[lib]\npath = "lib.rs"\n' > "$work/floor-lib/Cargo.toml"
  printf 'fn main() {\n    println!("cargo:rerun-if-changed=build.rs");\n}\n' > "$work/floor-lib/build.rs"
  printf '#![no_std]\n#[derive(Debug, Clone, Copy)]\npub enum KmsError {\n    A,\n}\nimpl KmsError {\n    pub fn message(self) -> &%sstatic str {\n        "a"\n    }\n}\nimpl core::str::FromStr for KmsError {\n    type Err = ();\n    fn from_str(s: &str) -> Result<Self, ()> {\n        if s == "a" { Ok(KmsError::A) } else { Err(()) }\n    }\n}\n' "'" > "$work/floor-lib/lib.rs"
  printf 'kms-errors = { path = "%s" }\n' "$work/floor-lib" >> "$work/floor/Cargo.toml"
  cp "$work/with/src/main.rs" "$work/floor/src/main.rs"
  (cd "$work/floor" && cargo generate-lockfile --offline -q)
fi
printf 'fn main() {}\n' > "$work/script/build.rs"
(cd "$work/without" && cargo generate-lockfile --offline -q)
(cd "$work/script" && cargo generate-lockfile --offline -q)

time_build() { # dir
  rm -rf "$1/target"
  local start end
  start=$(date +%s.%N)
  (cd "$1" && CARGO_INCREMENTAL=0 cargo build --offline -q)
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
with=(); without=(); script=(); baseline=(); floor=()
for _ in 1 2 3 4 5 6 7; do
  without+=("$(time_build "$work/without")")
  script+=("$(time_build "$work/script")")
  with+=("$(time_build "$work/with")")
  [ -n "${BASELINE:-}" ] && baseline+=("$(time_build "$work/baseline")")
  [ -n "${FLOOR:-}" ] && floor+=("$(time_build "$work/floor")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 4p; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}"); ms=$(median "${script[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "cold build, median of 7: without kms-errors ${mo}s, empty crate with a build script ${ms}s, with kms-errors ${mw}s"
echo "ratios: with / without $(ratio "$mw" "$mo"), with / empty crate with a build script $(ratio "$mw" "$ms")"
echo "all runs script:  ${script[*]}"
echo "all runs without: ${without[*]}"
echo "all runs with:    ${with[*]}"
if [ -n "${BASELINE:-}" ]; then
  mb=$(median "${baseline[@]}")
  echo "baseline ($BASELINE): ${mb}s; ratio with / empty crate with a build script $(ratio "$mb" "$ms")"
  echo "all runs baseline: ${baseline[*]}"
fi
if [ -n "${FLOOR:-}" ]; then
  mf=$(median "${floor[@]}")
  echo "floor (an empty lib with a build script): ${mf}s; ratio floor / empty crate with a build script $(ratio "$mf" "$ms")"
  echo "all runs floor: ${floor[*]}"
fi
