#!/usr/bin/env bash
# `kms-errors-build diff` against cargo-semver-checks, the semver oracle, on
# revisions of the seed page (tests/fixtures/kms/2022-12-14): for each, the
# kms-errors crate generated from the seed (with its names file) is the
# baseline, the crate generated from the revision (names as generating the
# seed left them, or edited) the current version. Fails when the two
# disagree on "major or not".
#
#   bash .ci/semver.sh        (needs cargo-semver-checks; installs it if
#                              missing: cargo install --locked, ~16 min)
#
# `.ci/run` runs it (KMS_ERRORS_SEMVER=0 skips it there): installing
# cargo-semver-checks on a fresh machine takes about 16 minutes, which with
# the rest of CI stays well inside its 90.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if ! command -v cargo-semver-checks >/dev/null; then
  echo "installing cargo-semver-checks (cargo install --locked, about 16 minutes)"
  cargo install --locked cargo-semver-checks || {
    echo "error: cannot install cargo-semver-checks: the semver check needs it and does not skip" >&2
    exit 1
  }
fi
cargo semver-checks --version
cargo build --quiet -p kms-errors-build --features cli
tool=$root/target/debug/kms-errors-build

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=$root/tests/fixtures/kms/2022-12-14
export CARGO_TARGET_DIR=$work/target

# A kms-errors package in $1 generated from page $2 with names file $3
# (copied), and $4 the previous page (or "").
package() {
  local dir=$1 page=$2 names=$3 previous=$4
  mkdir -p "$dir/kms-errors" "$dir/spec"
  cp "$root/kms-errors/lib.rs" "$dir/kms-errors/"
  cp "$page" "$dir/spec/error_code.rst"
  cp "$names" "$dir/spec/names.txt"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "kms-errors"
version = "0.2.0"
edition = "2021"
[lib]
path = "kms-errors/lib.rs"
[features]
regenerate = []
serde = []
http = []
json = []
[workspace]
TOML
  (cd "$dir" && "$tool" generate spec/error_code.rst -o kms-errors/generated.rs --enum-name KmsError \
      --doctest-path kms_errors --names spec/names.txt ${previous:+--previous "$previous"} >/dev/null 2>&1)
}

# The seed page with `sed` expression $1 applied.
revise() { sed "$1" "$seed/error_code.rst"; }

row_of() { grep -n "| $1 " "$seed/error_code.rst" | head -n 1 | cut -d: -f1; }

mkdir -p "$work/pages"
# Rows reordered: the KMS.0101 row (and its border) moved to the top.
r=$(row_of KMS.0101)
python3 - "$seed/error_code.rst" "$r" > "$work/pages/reordered.rst" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
r = int(sys.argv[2]) - 1
row, border = lines[r], lines[r + 1]
del lines[r:r + 2]
head = next(i for i, l in enumerate(lines) if l.startswith("+="))
lines[head + 1:head + 1] = [row, border]
print("\n".join(lines), end="")
PY
# One code removed: every row of KMS.0417.
python3 - "$seed/error_code.rst" > "$work/pages/removed.rst" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
out, skip = [], False
for l in lines:
    if "| KMS.0417 " in l:
        skip = True
        continue
    if skip:
        skip = False
        continue
    out.append(l)
print("\n".join(out), end="")
PY
# A row added to a code: KMS.0201 documented with 500 too.
r=$(row_of KMS.0201)
python3 - "$seed/error_code.rst" "$r" > "$work/pages/row.rst" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
r = int(sys.argv[2]) - 1
end = next(i for i in range(r, len(lines)) if lines[i].startswith("+"))
row = [l.replace("| 400 ", "| 500 ", 1) if i == r else l for i, l in enumerate(lines[r:end + 1], r)]
lines[end + 1:end + 1] = row
print("\n".join(lines), end="")
PY
# Codes added: the next revision (7 new codes, 3 reworded, 1 status, 1 retired).
cp "$root/tests/fixtures/error_code_next.rst" "$work/pages/next.rst"
# Text only: one message reworded (same width).
revise 's/| Invalid request URL\.  /| Invalid request URI.  /' > "$work/pages/text.rst"
# Seed to the current page.
cp "$root/tests/fixtures/kms/2025-12-09/error_code.rst" "$work/pages/current.rst"
# A pinned name changed: the seed page, KMS.0201's name edited.
cp "$seed/error_code.rst" "$work/pages/renamed.rst"
sed 's/^KMS.0201 InvalidRequestUrl$/KMS.0201 BadRequestUrl/' "$seed/names.txt" > "$work/renamed-names.txt"

package "$work/base" "$seed/error_code.rst" "$seed/names.txt" ""
status=0
printf '%-10s %-8s %-18s %s\n' revision diff cargo-semver-checks agree
for revision in reordered removed renamed row next text current; do
  names=$work/base/spec/names.txt
  [ "$revision" = renamed ] && names=$work/renamed-names.txt
  package "$work/$revision" "$work/pages/$revision.rst" "$names" "$seed/error_code.rst"
  new_names=()
  [ "$revision" = renamed ] && new_names=(--new-names "$names")
  verdict=$("$tool" diff "$seed/error_code.rst" "$work/pages/$revision.rst" --names "$seed/names.txt" \
      "${new_names[@]}" --enum-name KmsError | sed -n 's/^Semver: //p')
  checks=$(cargo semver-checks --default-features --baseline-root "$work/base" --manifest-path "$work/$revision/Cargo.toml" 2>&1 || true)
  if printf '%s' "$checks" | grep -q 'semver requires new major version'; then oracle=major
  elif printf '%s' "$checks" | grep -q 'semver requires new minor version'; then oracle=minor
  elif printf '%s' "$checks" | grep -q 'no semver update required'; then oracle=none
  else echo "$checks" >&2; oracle=unknown; fi
  agree=yes
  if [ "$oracle" = unknown ]; then agree=no
  elif [ "$verdict" = major ] && [ "$oracle" != major ]; then agree=no
  elif [ "$verdict" != major ] && [ "$oracle" = major ]; then agree=no
  fi
  printf '%-10s %-8s %-18s %s\n' "$revision" "$verdict" "$oracle" "$agree"
  if [ "$agree" = no ]; then
    printf '%s\n' "$checks" | grep -E '^--- failure|Summary' >&2 || true
    status=1
  fi
done
exit $status
