#!/usr/bin/env bash
# What kms-errors adds to a no_std binary (opt-level "z", LTO, panic=abort):
# benches/footprint built without kms-errors, with from_code + message() +
# measure(), and with info() (the whole ERRORS table) too; the differences
# of the .text, .rodata and .data.rel.ro sections (size -A) are what the
# crate costs. The distinct string bytes come from the crate itself.
#
#   bash benches/footprint.sh
set -euo pipefail
cd "$(dirname "$0")"

build() { # features
  cargo build --quiet --release --manifest-path footprint/Cargo.toml --target-dir footprint/target ${1:+--features "$1"}
  size -A footprint/target/release/libkms_errors_footprint.so
}
section() { awk -v s="$2" 'BEGIN { n = 0 } $1 == s { n = $2 } END { print n }' <<<"$1"; }
function_size() { # feature-build-dir symbol
  local hex
  hex=$(nm -S --defined-only footprint/target/release/libkms_errors_footprint.so | awk -v f="$1" '$4 == f { print $2 }')
  echo $(( 16#${hex:-0} ))
}

base=$(build "")
base_lookup_fn=$(function_size footprint_lookup)
lookup=$(build lookup)
lookup_fn=$(function_size footprint_lookup)
info=$(build info)
cargo build --quiet --release --bin count
strings=$(target/release/count strings)

printf '%-14s %8s %8s %8s\n' section baseline +lookup +info
for s in .text .rodata .data.rel.ro; do
  b=$(section "$base" "$s"); l=$(section "$lookup" "$s"); i=$(section "$info" "$s")
  printf '%-14s %8d %8d %8d\n' "$s" "$b" $(( l - b )) $(( i - b ))
done
echo "from_code's code: footprint_lookup is $lookup_fn bytes with kms-errors, $base_lookup_fn without"
echo "distinct string bytes (codes and texts, each once): $strings"
l_data=$(( $(section "$lookup" .rodata) + $(section "$lookup" .data.rel.ro) - $(section "$base" .rodata) - $(section "$base" .data.rel.ro) ))
echo "lookup build: data added $l_data bytes; minus the strings, tables: $(( l_data - strings )) bytes = $(( (l_data - strings) * 100 / strings ))% of the string bytes"
