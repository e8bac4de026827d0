#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind (repeatable, unlike time).
# For each table and method it runs `count` with 1 and 101 rounds of the 64
# inputs; (I(101) - I(1)) / (100 * 64) is the cost of one lookup plus the
# loop and the dynamic call around it, which the `none` method measures (a
# closure that only reads the input's length) and which is subtracted ("call
# overhead subtracted"). A lookup the compiler inlines into its closure is
# counted without a call; one it does not (kms-errors 0.2's `from_code`)
# with its call and return.
#
#   bash benches/callgrind.sh [TABLE...]   (needs valgrind; builds in release)
#
# TABLEs: kms (the shipped crate), seed, current, backup, synth200, synth10k,
# adversarial, random (all by default).
set -euo pipefail
cd "$(dirname "$0")"
cargo build --quiet --release --bin count
bin=target/release/count

instructions() {
  local out
  out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null)
  echo "$out" | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

per_lookup() { # table method
  local one many
  one=$(instructions "$1" "$2" 1)
  many=$(instructions "$1" "$2" 101)
  echo $(( (many - one) * 100 / (100 * 64) ))
}

printf '%-8s %-10s %s\n' table method 'instructions per lookup (loop and call overhead subtracted)'
tables=("$@")
[ ${#tables[@]} -gt 0 ] || tables=(kms seed current backup synth200 synth10k adversarial random)
for table in "${tables[@]}"; do
  overhead=$(per_lookup "$table" none)
  for method in fast hashmap phf match; do
    cost=$(per_lookup "$table" "$method")
    printf '%-8s %-10s %d.%02d\n' "$table" "$method" $(( (cost - overhead) / 100 )) $(( (cost - overhead) % 100 ))
  done
done
