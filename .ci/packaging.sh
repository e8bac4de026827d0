#!/usr/bin/env bash
# Packages both published crates (no publishing; kms-errors-tool is not one), unpacks them, and builds kms-errors
# from the packaged files alone with `--features regenerate`: the build
# script must find spec/ (the page, names.txt) and the committed table in
# the package. kms-errors-build is not on crates.io yet, so the unpacked
# package of it stands in for the registry's (a --config patch, no edits).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
cargo package -p kms-errors -p kms-errors-build --quiet 2>&1 | grep -v '^warning: ignoring \(test\|example\)' || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf target/package/kms-errors-$version.crate -C "$work"
tar -xzf target/package/kms-errors-build-$version.crate -C "$work"
echo "kms-errors package contents:"
tar -tzf target/package/kms-errors-$version.crate | sed 's/^/  /'
cd "$work/kms-errors-$version"
export CARGO_TARGET_DIR="$work/target"
patch="patch.crates-io.kms-errors-build.path=\"$work/kms-errors-build-$version\""
cargo build --quiet --features regenerate --config "$patch"
# The doctests run against the regenerated table.
cargo test --quiet --features regenerate --doc --config "$patch"
ls "$CARGO_TARGET_DIR"/debug/build/kms-errors-*/out/generated.rs >/dev/null
echo "packaged kms-errors builds and passes its doctests with --features regenerate"
