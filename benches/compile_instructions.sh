#!/usr/bin/env bash
# Instructions rustc executes to compile kms-errors' lib the way cargo does
# in a consumer's cold build (debug profile, default features), against an
# empty `#![no_std]` lib compiled the same way. Counted by callgrind over
# the rustc process and its threads, so the figure repeats to about 0.1M,
# where the time of one compile moves by 20% on this machine.
#
#   bash benches/compile_instructions.sh [CHECKOUT...]
#     (needs valgrind; CHECKOUT defaults to this one; give several to
#     compare trees in one run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 0 ] && set -- "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

count() { # dir-of-package lib-path -> instructions of compiling that lib
  local package=$1 lib=$2 cmd
  mkdir -p "$work/consumer/src" "$work/out"
  printf '[package]\nname = "consumer"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nkms-errors = { path = "%s" }\n' "$package" > "$work/consumer/Cargo.toml"
  printf 'fn main() {}\n' > "$work/consumer/src/main.rs"
  rm -rf "$work/consumer/target" "$work/consumer/Cargo.lock"
  # The exact command cargo runs for the lib (its path, flags and cfgs).
  cmd=$(cd "$work/consumer" && CARGO_INCREMENTAL=0 cargo build --offline -v 2>&1 |
    sed -n 's/^ *Running `\(.*--crate-name kms_errors --edition.*\)`$/\1/p')
  [ -n "$cmd" ] || { echo "error: no rustc command for kms-errors' lib" >&2; exit 1; }
  cmd=${cmd/--error-format=json --json=diagnostic-rendered-ansi,artifacts,future-incompat/}
  cmd=$(printf '%s' "$cmd" | sed "s|--out-dir [^ ]*|--out-dir $work/out|; s|$package/kms-errors/lib.rs|$lib|; s|$package/lib.rs|$lib|")
  (cd "$package" && eval "CARGO_PKG_NAME=kms-errors CARGO_PKG_VERSION=0.0.0 CARGO_MANIFEST_DIR=$package \
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=$work/cg.%p $cmd" 2>&1) |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | awk '{ s += $1 } END { printf "%.1fM\n", s / 1e6 }'
  rm -f "$work"/cg.*
}

printf '#![no_std]\n' > "$work/empty.rs"
echo "empty #![no_std] lib: $(count "$root" "$work/empty.rs") instructions"
for tree in "$@"; do
  tree=$(cd "$tree" && pwd)
  echo "kms-errors lib ($tree): $(count "$tree" "$tree/kms-errors/lib.rs") instructions"
done
