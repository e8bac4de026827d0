#!/usr/bin/env bash
# Packages the three published crates (no publishing; kms-errors-xtask is
# not one), unpacks them, and from the packaged files alone:
# - runs each crate's own tests, every feature on (what the package ships
#   must pass without the repository: the corpus tests and the integration
#   tests are not shipped, and the repository's --cfg kms_errors_corpus,
#   .cargo/config.toml, is not set there);
# - builds kms-errors with `--features regenerate` (the build script must
#   find spec/ and the committed table in the package) and runs its
#   doctests against the regenerated table;
# - installs the command as a user would (`cargo install kms-errors-build
#   --features cli`) and runs the command the committed header names, in a
#   copy of the package, which must give the committed file byte for byte.
# The crates are not on crates.io yet, so the unpacked packages stand in
# for the registry's (--config patches, no edits).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
cargo package -p kms-errors -p kms-errors-build -p kms-errors-rst --quiet 2>&1 | grep -v '^warning: ignoring \(test\|example\)' || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for crate in kms-errors kms-errors-build kms-errors-rst; do
  tar -xzf "target/package/$crate-$version.crate" -C "$work"
done
echo "kms-errors package contents:"
tar -tzf target/package/kms-errors-$version.crate | sed 's/^/  /'
patches=(
  --config "patch.crates-io.kms-errors-build.path=\"$work/kms-errors-build-$version\""
  --config "patch.crates-io.kms-errors-rst.path=\"$work/kms-errors-rst-$version\""
)
export CARGO_TARGET_DIR="$work/target"
(
  cd "$work/kms-errors-$version"
  cargo build --quiet --features regenerate "${patches[@]}"
  # The doctests run against the regenerated table.
  cargo test --quiet --features regenerate --doc "${patches[@]}"
  ls "$CARGO_TARGET_DIR"/debug/build/kms-errors-*/out/generated.rs >/dev/null
)
echo "packaged kms-errors builds and passes its doctests with --features regenerate"

for crate in kms-errors-rst kms-errors-build kms-errors; do
  (cd "$work/$crate-$version" && cargo test --quiet --all-features "${patches[@]}")
  echo "packaged $crate passes its own tests (--all-features)"
done

# The header's command, installed from the package.
cargo install --quiet --locked --path "$work/kms-errors-build-$version" --features cli \
  --root "$work/bin" "${patches[@]}" 2>/dev/null \
  || cargo install --quiet --path "$work/kms-errors-build-$version" --features cli \
    --root "$work/bin" "${patches[@]}"
command=$(sed -n '3s|^//     ||p' kms-errors/generated.rs)
case "$command" in
  kms-errors-build\ generate\ *) ;;
  *) echo "the header's third line is not the command: $command" >&2; exit 1 ;;
esac
grep -q '^// (installed by `cargo install kms-errors-build --features cli`)$' kms-errors/generated.rs
copy="$work/copy"
mkdir -p "$copy/spec" "$copy/kms-errors"
cp spec/error_code.rst spec/names.txt "$copy/spec/"
[ -f spec/retired.txt ] && cp spec/retired.txt "$copy/spec/"
cd "$copy"
# shellcheck disable=SC2086 # the command's words, as the header gives them
PATH="$work/bin/bin:$PATH" $command
cmp "$copy/kms-errors/generated.rs" "$root/kms-errors/generated.rs"
echo "the installed kms-errors-build runs the header's command: $command"
echo "and makes kms-errors/generated.rs byte for byte"
