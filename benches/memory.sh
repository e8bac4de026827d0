#!/usr/bin/env bash
# Peak memory and time of the generator (release CLI) on synthetic pages of
# about 1 MB, 5 MB and 20 MB (`benches/src/synthetic.rs`: four prefixes,
# five columns), measured with `/usr/bin/time -v`. Each page is generated
# into a fresh output file (an existing one is not read without a names
# file, but the measurement stays clean).
#
#   bash benches/memory.sh            # rows: 4300 21500 86000
#   bash benches/memory.sh 1000 10000 # other row counts
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --release -p kms-errors-build --features cli
cargo build --quiet --release --manifest-path benches/Cargo.toml --bin synthetic_page
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

printf '| rows | page | time | peak RSS | peak / page |\n|---|---|---|---|---|\n'
for rows in "${@:-4300 21500 86000}"; do
  for n in $rows; do
    benches/target/release/synthetic_page "$n" > "$scratch/page.rst"
    rm -f "$scratch/out.rs"
    /usr/bin/time -v target/release/kms-errors-build generate "$scratch/page.rst" --enum-name Synth -o "$scratch/out.rs" 2> "$scratch/time.txt"
    bytes=$(stat -c %s "$scratch/page.rst")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$scratch/time.txt")
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$scratch/time.txt")
    awk -v n="$n" -v b="$bytes" -v kb="$kb" -v t="$elapsed" 'BEGIN {
      printf "| %d | %.2f MB | %s | %.0f MB | %.1f× |\n", n, b / 1e6, t, kb * 1024 / 1e6, kb * 1024 / b
    }'
  done
done
