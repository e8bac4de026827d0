#!/usr/bin/env python3
"""Counts the public items of kms-errors-build as rustdoc sees them.

Usage (from the workspace root, nightly toolchain):

    cargo +nightly rustdoc -p kms-errors-build --lib -- -Zunstable-options --output-format json
    python3 kms-errors-build/tools/public_items.py target/doc/kms_errors_build.json

Prints each public item reachable from the crate root (not through a
`#[doc(hidden)]` module, which rustdoc leaves out) with its kind, then the
counts: modules, and items other than enum variants and struct fields.
"""
import json
import sys


def main(path):
    doc = json.load(open(path))
    index, paths = doc["index"], doc["paths"]
    root = doc["root"]
    seen = []

    def kind_of(item):
        return next(iter(item["inner"]))

    def walk(item_id, prefix):
        item = index.get(str(item_id))
        if item is None:
            return
        kind = kind_of(item)
        inner = item["inner"][kind]
        name = item.get("name") or ""
        here = f"{prefix}::{name}" if prefix else name
        if kind == "use":
            target = inner.get("id")
            if target is not None:
                walk(target, prefix)
            return
        if kind != "module" or item_id != root:
            seen.append((kind, here))
        if kind == "module":
            for child in inner["items"]:
                walk(child, here if item_id != root else "")
        elif kind in ("struct", "enum", "union", "trait"):
            for impl_id in inner.get("impls", []):
                impl = index.get(str(impl_id))
                if impl is None:
                    continue
                body = impl["inner"]["impl"]
                if body.get("trait") is not None or body.get("is_synthetic"):
                    continue
                for method in body["items"]:
                    m = index.get(str(method))
                    if m is not None and m.get("visibility") == "public":
                        seen.append((kind_of(m), f"{here}::{m['name']}"))
    walk(root, "")
    for kind, name in seen:
        print(f"{kind:10} {name}")
    modules = sum(1 for kind, _ in seen if kind == "module")
    items = sum(1 for kind, _ in seen if kind not in ("module", "variant", "struct_field"))
    print(f"public modules: {modules}")
    print(f"public items (not counting modules, variants, fields): {items}")


if __name__ == "__main__":
    main(sys.argv[1])
