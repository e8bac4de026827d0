#!/usr/bin/env python3
"""Blocks given verbatim to docutils 0.19's GridTableParser, with what it
returns: cases of find_head_body_sep that docutils' own test suite lacks (a
separator on the first line counts as absent: `if self.head_body_sep:`).

    python3 tools/grid_parser_cases.py > tests/fixtures/docutils/grid_parser_cases.json

Records have the format of the GridTableParser records of grid_cases.json
(see tests/fixtures/docutils/README.md).
"""
import json
import sys

import docutils
from docutils.parsers.rst.tableparser import GridTableParser, TableMarkupError
from docutils.statemachine import StringList, string2lines

assert docutils.__version__ == "0.19", docutils.__version__

BLOCKS = {
    "separator on the first line and another below": """\
+=====+=====+
| A   | B   |
+=====+=====+
| C   | D   |
+-----+-----+
""",
    "separator on the first line only": """\
+=====+=====+
| A   | B   |
+-----+-----+
""",
    "separator on the first line and two below": """\
+=====+=====+
| A   | B   |
+=====+=====+
| C   | D   |
+=====+=====+
| E   | F   |
+-----+-----+
""",
    "separator on the first and the last line": """\
+=====+=====+
| A   | B   |
+-----+-----+
| C   | D   |
+=====+=====+
""",
    "separator on the first line, a cell spanning it below": """\
+=====+=====+
| A   | B   |
+=====+     |
| C   |     |
+-----+-----+
""",
}


def cell(c):
    if c is None:
        return None
    morerows, morecols, offset, lines = c
    return {
        "text": "\n".join(lines),
        "morerows": morerows,
        "morecols": morecols,
        "line_offset": offset,
    }


def main():
    records = []
    for name, block in BLOCKS.items():
        record = {
            "name": name,
            "source": "kms-errors-build/rst/tools/grid_parser_cases.py (docutils %s)"
            % docutils.__version__,
            "kind": "GridTableParser.parse (block given verbatim, no isolation)",
            "input": block,
        }
        try:
            colwidths, head, body = GridTableParser().parse(
                StringList(string2lines(block))
            )
            record["expect_error"] = False
            record["expected"] = {
                "colwidths": colwidths,
                "header": [[cell(c) for c in row] for row in head],
                "body": [[cell(c) for c in row] for row in body],
            }
        except TableMarkupError as e:
            record["expect_error"] = True
            record["expected"] = {
                "error_class": type(e).__name__,
                "error": str(e),
                "offset": e.offset,
            }
        records.append(record)
    json.dump(records, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
