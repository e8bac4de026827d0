#!/usr/bin/env bash
# Packages both published crates (no publishing; kms-errors-tool is not one), unpacks them, and builds kms-errors
# from the packaged files alone with `--features regenerate`: the build
# script must find spec/ (the page, names.txt) and the committed table in
# the package. kms-errors-build is not on crates.io yet, so the unpacked
# package of it stands in for the registry's (a --config patch, no edits).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo package -p kms-errors -p kms-errors-build --quiet 2>&1 | grep -v '^warning: ignoring \(test\|example\)' || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf target/package/kms-errors-0.1.0.crate -C "$work"
tar -xzf target/package/kms-errors-build-0.1.0.crate -C "$work"
echo "kms-errors package contents:"
tar -tzf target/package/kms-errors-0.1.0.crate | sed 's/^/  /'
cd "$work/kms-errors-0.1.0"
export CARGO_TARGET_DIR="$work/target"
patch="patch.crates-io.kms-errors-build.path=\"$work/kms-errors-build-0.1.0\""
cargo build --quiet --features regenerate --config "$patch"
# The doctests run against the regenerated table.
cargo test --quiet --features regenerate --doc --config "$patch"
ls "$CARGO_TARGET_DIR"/debug/build/kms-errors-*/out/generated.rs >/dev/null
echo "packaged kms-errors builds and passes its doctests with --features regenerate"
