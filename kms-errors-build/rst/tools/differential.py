#!/usr/bin/env python3
"""Random inputs and docutils 0.19's answers for them: the fixtures of
tests/differential.rs.

Two kinds of case, both from one seeded random generator:

* tables: small RST documents holding a random grid table (column widths,
  row heights, rectangular row and column spans, an optional `===` header
  separator, cell text with East Asian wide characters, `+`, `|`, `-`, `=`
  and inline markup), a share of them with one character replaced, deleted
  or inserted, some with the border of a random rectangle drawn over them
  (overlapping cells), some after a paragraph, inside `.. table::` or
  before text.
  The answer is what docutils' RST state machine does with every grid table
  it meets, in document order (nested tables included): the table it builds
  (first line, colwidths, header and body rows), or the "Malformed table."
  error it reports (line and message), or an AssertionError it raises while
  parsing a table (docutils' own bug on some overlapping cells; the test
  counts a located rejection of that table as agreement). Lines are those
  of the document: docutils' own line numbers are off inside table cells
  (one too high per level of nesting) and after it cut a table's bottom
  (two too low, even before the document's first line); the harness below
  records the lines docutils means.
* cells: random cell texts mixing inline-markup tokens (emphasis, strong,
  literals, interpreted text, roles with and without explicit titles,
  unknown roles, role names with `.`, `-`, `+`, `:`, non-ASCII letters and
  combining marks, references, escapes, quotes and brackets of many
  scripts). The answer is the plain text docutils renders for the text as
  the one cell of a grid table (so section titles are not allowed, as in
  any cell), rendered as tools/plain_text_fixture.py renders a cell (Sphinx
  roles stubbed the same way), and the warnings and errors docutils reports
  for it (level >= 2).
* blocks: random cells of block constructs (every directive docutils
  registers but `date`, whose text is the day's, with valid and invalid
  arguments, options and content; footnotes, citations, substitution
  definitions; definition, field and option lists; doctest and line blocks;
  block quotes with attributions), nested in list items and block quotes,
  now and then without a blank line between blocks. The answer is as for
  cells. Cells on which docutils itself crashes are left out.

Usage (needs docutils 0.19: pip install docutils==0.19):

    python3 tools/differential.py --seed 1 --tables 3000 --cells 12000 \\
        --blocks 3000 --out tests/fixtures/differential

writes `tables.json`, `cells.json` and `blocks.json` into --out. The committed fixtures are
seed 1 with those counts. To try another seed, write elsewhere and replay:

    python3 tools/differential.py --seed 7 --out /tmp/diff7
    KMS_DIFFERENTIAL_DIR=/tmp/diff7 cargo test -p kms-errors-build \\
        --test differential -- --nocapture

The test prints how many cases it replayed and how many disagree.
"""
import argparse
import json
import os
import random
import sys
import unicodedata

import docutils
import docutils.utils
from docutils import nodes
from docutils.core import publish_doctree
from docutils.parsers.rst import states, tableparser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plain_text_fixture  # noqa: E402  (registers the Sphinx role stubs)

# ---------------------------------------------------------------------------
# What docutils does with the grid tables of a document.

EVENTS = []
# (is a grid table, line docutils' state machine is at) for each table
# being parsed, innermost last.
_GRID = []
# How far the line numbers of the state machine parsing the current text
# are from the document's: docutils parses a cell with an input offset one
# line too high (and, after cutting a table's bottom, two lines too low), so
# the lines it gives inside cells are shifted. One entry per nested parse.
_SHIFT = [0]
_table = states.Body.table
_build_table = states.Body.build_table
_malformed_table = states.Body.malformed_table


def cell_text(block):
    lines = [line.rstrip() for line in block]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def rows_json(rows):
    return [[None if c is None else [c[0], c[1], c[2], cell_text(c[3])] for c in row]
            for row in rows]


def table(self, isolate_function, parser_class):
    grid = parser_class is tableparser.GridTableParser
    # The top border is the current line (docutils' own `tableline` is off
    # after it cut a table's bottom).
    _GRID.append((grid, self.state_machine.abs_line_number()))
    try:
        return _table(self, isolate_function, parser_class)
    except AssertionError:
        if grid:
            EVENTS.append({"crash": _GRID[-1][1] - _SHIFT[-1]})
        raise
    finally:
        _GRID.pop()


def build_table(self, tabledata, tableline, *args, **kwargs):
    if not (_GRID and _GRID[-1][0]):
        return _build_table(self, tabledata, tableline, *args, **kwargs)
    colwidths, head, body = tabledata
    line = _GRID[-1][1]
    EVENTS.append({"table": line - _SHIFT[-1], "colwidths": colwidths,
                   "header": rows_json(head), "body": rows_json(body)})
    # Cells are parsed with input_offset = tableline + line_offset, one more
    # than the cell's first line.
    _SHIFT.append(_SHIFT[-1] + (tableline - line) + 1)
    try:
        return _build_table(self, tabledata, tableline, *args, **kwargs)
    finally:
        _SHIFT.pop()


def malformed_table(self, block, detail="", offset=0):
    messages = _malformed_table(self, block, detail, offset)
    if _GRID and _GRID[-1][0]:
        # Where docutils means (the block's first line + offset), not the
        # line it reports: after backing up, its state machine can give a
        # line before the document's start, which its reporter wraps around.
        line = _GRID[-1][1] + offset - _SHIFT[-1]
        EVENTS.append({"malformed": line, "message": messages[0][0].astext()})
    return messages


states.Body.table = table
states.Body.build_table = build_table
states.Body.malformed_table = malformed_table


def docutils_tables(document):
    EVENTS.clear()
    try:
        publish_doctree(document, settings_overrides={
            "report_level": 5, "halt_level": 5, "warning_stream": False})
    except AssertionError:
        pass  # recorded by `table`
    return list(EVENTS)


# ---------------------------------------------------------------------------
# Random grid tables.

WIDE = "北西東京日本語表エラー한국ＡＢ"
MARKUP = ["*em*", "**strong**", "``lit``", "`title`", ":ref:`T <t>`", "x_", "\\*", "|s|"]
WORDS = ["a", "bc", "KMS.0201", "400", "key", "ID", "x", "+", "|", "-", "=", "+-+",
         "--", "==", "|x|", "a+b", "-", "+==+", "1."]


def cell_lines(rng, width, height):
    """Random text for a cell `width` display columns wide, `height` lines."""
    lines = []
    kind = rng.random()
    for _ in range(height):
        if kind < 0.15 or rng.random() < 0.2:
            lines.append("")
            continue
        pieces = []
        budget = width - (1 if rng.random() < 0.9 else 0)
        while True:
            choice = rng.random()
            if choice < 0.5:
                token = rng.choice(WORDS)
            elif choice < 0.75:
                token = "".join(rng.choice(WIDE) for _ in range(rng.randint(1, 3)))
            else:
                token = rng.choice(MARKUP)
            cost = display_width(token) + (1 if pieces else 0)
            if cost > budget:
                break
            pieces.append(token)
            budget -= cost
            if rng.random() < 0.3:
                break
        lines.append(" ".join(pieces))
    return lines


def display_width(text):
    return sum(2 if c in WIDE else 1 for c in text)


def spans(rng, nrows, ncols):
    """owner[r][c]: the id of the cell covering grid position (r, c)."""
    owner = [[r * ncols + c for c in range(ncols)] for r in range(nrows)]
    merged = set()
    for _ in range(rng.randint(0, 3)):
        r0, c0 = rng.randrange(nrows), rng.randrange(ncols)
        r1 = min(nrows - 1, r0 + rng.choice([0, 0, 1, 2]))
        c1 = min(ncols - 1, c0 + rng.choice([0, 1, 1, 2]))
        area = [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]
        if len(area) == 1 or any(p in merged for p in area):
            continue
        for p in area:
            owner[p[0]][p[1]] = owner[r0][c0]
            merged.add(p)
    return owner


def render_table(rng):
    ncols = rng.randint(1, 4)
    nrows = rng.randint(1, 4)
    widths = [rng.randint(1, 9) for _ in range(ncols)]
    heights = [rng.choice([1, 1, 1, 2, 3]) for _ in range(nrows)]
    owner = spans(rng, nrows, ncols)
    header = rng.randint(1, nrows - 1) if nrows > 1 and rng.random() < 0.5 else None

    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 1)
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    canvas = [[" "] * (xs[-1] + 1) for _ in range(ys[-1] + 1)]

    def cell(r, c):
        return owner[r][c] if 0 <= r < nrows and 0 <= c < ncols else None

    for gr in range(nrows + 1):  # horizontal grid lines
        fill = "=" if header is not None and gr == header else "-"
        for c in range(ncols):
            if cell(gr - 1, c) != cell(gr, c):
                for x in range(xs[c] + 1, xs[c + 1]):
                    canvas[ys[gr]][x] = fill
    for gc in range(ncols + 1):  # vertical grid lines
        for r in range(nrows):
            if cell(r, gc - 1) != cell(r, gc):
                for y in range(ys[r] + 1, ys[r + 1]):
                    canvas[y][xs[gc]] = "|"
    for gr in range(nrows + 1):  # corners
        for gc in range(ncols + 1):
            h = any(cell(gr - 1, c) != cell(gr, c) for c in (gc - 1, gc) if 0 <= c < ncols)
            v = any(cell(r, gc - 1) != cell(r, gc) for r in (gr - 1, gr) if 0 <= r < nrows)
            if h and v:
                canvas[ys[gr]][xs[gc]] = "+"
            elif h:
                canvas[ys[gr]][xs[gc]] = canvas[ys[gr]][xs[gc] - 1 if gc else 1]
            elif v:
                canvas[ys[gr]][xs[gc]] = "|"

    done = set()
    for r in range(nrows):
        for c in range(ncols):
            if owner[r][c] in done:
                continue
            done.add(owner[r][c])
            r1 = max(rr for rr in range(nrows) if owner[rr][c] == owner[r][c])
            c1 = max(cc for cc in range(ncols) if owner[r][cc] == owner[r][c])
            left, right = xs[c] + 1, xs[c1 + 1]
            top, bottom = ys[r] + 1, ys[r1 + 1]
            width = right - left
            for y, text in zip(range(top, bottom), cell_lines(rng, width, bottom - top)):
                x = left + (1 if width > display_width(text) else 0)
                for ch in text:
                    canvas[y][x] = ch
                    if ch in WIDE:
                        canvas[y][x + 1] = None
                        x += 2
                    else:
                        x += 1
    return ["".join(ch for ch in row if ch is not None) for row in canvas]


CORRUPTIONS = [" ", "+", "|", "-", "=", "x", "北", "\t"]


def corrupt(rng, lines):
    y = rng.randrange(len(lines))
    line = lines[y]
    x = rng.randrange(len(line))
    how = rng.random()
    if how < 0.6:
        line = line[:x] + rng.choice(CORRUPTIONS) + line[x + 1:]
    elif how < 0.8:
        line = line[:x] + line[x + 1:]
    else:
        line = line[:x] + rng.choice(CORRUPTIONS) + line[x:]
    lines[y] = line


def overlay_rectangle(rng, lines):
    """Draws the border of a random rectangle over the table: cells that
    overlap or cross, some of which make docutils' parser fail."""
    height, width = len(lines), min(len(line) for line in lines)
    if height < 3 or width < 3:
        return
    top, left = rng.randrange(height - 2), rng.randrange(width - 2)
    bottom, right = rng.randint(top + 2, height - 1), rng.randint(left + 2, width - 1)
    rows = [list(line) for line in lines]
    for x in range(left, right + 1):
        for y in (top, bottom):
            rows[y][x] = "+" if x in (left, right) else "-"
    for y in range(top + 1, bottom):
        for x in (left, right):
            rows[y][x] = "|"
    lines[:] = ["".join(row) for row in rows]


def random_document(rng):
    lines = render_table(rng)
    if rng.random() < 0.2:
        overlay_rectangle(rng, lines)
    if rng.random() < 0.35:
        corrupt(rng, lines)
    where = rng.random()
    if where < 0.15:
        lines = ["Intro paragraph.", ""] + lines
    elif where < 0.3:
        lines = [".. table:: Codes", ""] + ["   " + line for line in lines]
    elif where < 0.4:
        lines = ["- item", ""] + ["  " + line for line in lines]
    if rng.random() < 0.2:
        lines += ["", "Text after the table."]
    elif rng.random() < 0.1:
        lines += ["Text right after the table."]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Random cell texts.

ROLES = ["ref", "doc", "term", "sup", "sub", "emphasis", "strong", "literal", "code",
         "math", "title", "t", "abbr", "kbd", "guilabel", "pep", "rfc", "raw", "index",
         "Strong", "REF", "py:func", "py.func", "a-b", "a+b", "a_b", "x:y", "unknown",
         "rôle", "café", "Ünï", "ⓐ", "a\u0301", "e\u0301tat", "\u0301a", "日本",
         "x²", "٣", "ǅ", "ref:", "-ref", "ref-", "a..b", "ſtrong", "Kbd", "mathⅡ",
         "α.β", "1st", "a\u200db", "ab\u0651", "ⅰ"]
QUOTES = ["'", '"', "«", "»", "‹", "›", "“", "”", "„", "‘", "’", "‚", "「", "」", "『", "』",
          "（", "）", "(", ")", "[", "]", "{", "}", "<", ">", "《", "》", "〈", "〉", "¿", "¡",
          "⁅", "⁆", "⟨", "⟩", "‐", "–", "—", "/", "\\", ":", ";", ",", ".", "!", "?"]
ATOMS = ["word", "KMS.0201", "key_id", "a", "北西", "x", "2", "*", "**", "``", "`", "_", "__",
         "|", ":", "\\", "\\\\", "\\*", "\\`", "<", ">", "https://example.com/a_b", "user@ex.com",
         "[1]", "#", "-", "+", "="]


def role_token(rng):
    role = rng.choice(ROLES)
    body = rng.choice(["x", "Title <target>", "a b", "\\`", "北", "T <t>", "*", " x", "x ", ""])
    if rng.random() < 0.75:
        return ":%s:`%s`" % (role, body)
    return "`%s`:%s:" % (body, role)


def markup_token(rng):
    inner = rng.choice(["x", "bold text", "北西", "a*b", "k_id", " x", "x ", "\\*", "`"])
    kind = rng.random()
    if kind < 0.15:
        return "*%s*" % inner
    if kind < 0.3:
        return "**%s**" % inner
    if kind < 0.4:
        return "``%s``" % inner
    if kind < 0.5:
        return "`%s`" % inner
    if kind < 0.6:
        return "`%s <https://example.com/%s>`_%s" % (inner, rng.choice(["a", "b_"]),
                                                     rng.choice(["", "_"]))
    if kind < 0.7:
        return "`%s`_" % inner
    if kind < 0.8:
        return "_`%s`" % inner
    if kind < 0.9:
        return "|%s|" % inner
    return role_token(rng)


def random_cell(rng):
    parts = []
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        if choice < 0.35:
            token = rng.choice(ATOMS)
        elif choice < 0.55:
            token = role_token(rng)
        elif choice < 0.8:
            token = markup_token(rng)
        else:
            token = rng.choice(QUOTES)
        if rng.random() < 0.3:
            token = rng.choice(QUOTES) + token + rng.choice(QUOTES)
        parts.append(token)
        parts.append(rng.choice([" ", " ", " ", "", "\n", "  "]))
    return "".join(parts).strip(" \n")


def display_columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def cell_plain_text(text):
    """`text` as the only cell of a grid table: the cell text docutils
    extracts (not always `text`: a line with a combining character takes in
    the border after it, see `rst::grid`) and the plain text it renders."""
    assert "\t" not in text
    lines = text.split("\n")
    width = max(display_columns(line) for line in lines) + 2
    border = "+" + "-" * width + "+"
    rows = ["| " + line + " " * (width - 1 - display_columns(line)) + "|" for line in lines]
    EVENTS.clear()
    document = publish_doctree("\n".join([border] + rows + [border]) + "\n", settings_overrides={
        "report_level": 5, "halt_level": 5, "warning_stream": False})
    # The outer cell comes first (a simple table inside it has entries too).
    entry = next(iter(document.traverse(nodes.entry)))
    event = EVENTS[0]
    return event["body"][0][0][3], "\n".join(plain_text_fixture.render_children(entry))


# ---------------------------------------------------------------------------
# Random cells of block constructs: directives, footnotes, citations,
# substitutions, definition, field and option lists, doctest and line blocks,
# block quotes with attributions, nested in list items and block quotes.

WORDS_SAFE = ["key", "KMS.0201", "the", "value", "北西", "Enabled", "x", "2", "id"]
INLINE_EXTRA = ["*em*", "**strong**", "``lit``", "`title`", ":sup:`2`", "[1]_", "[#]_", "[*]_",
                "[CIT]_", "|s|", "|S|", "|nope|", "word_", "`x <https://e.com>`_", "*open",
                ":frob:`x`", "anon__", "[#n]_"]


def inline_line(rng):
    words = []
    for _ in range(rng.randint(1, 5)):
        words.append(rng.choice(INLINE_EXTRA) if rng.random() < 0.06 else rng.choice(WORDS_SAFE))
    return " ".join(words)


def paragraph(rng):
    return [inline_line(rng) for _ in range(rng.choice([1, 1, 2]))]


def indent(lines, n):
    return [(" " * n + line) if line else "" for line in lines]


def options_for(rng, name):
    opts = {
        "code": [":number-lines:", ":number-lines: 7", ":class: c", ":name: n"],
        "image": [":alt: An image", ":width: 10", ":target: https://e.com", ":alt:"],
        "figure": [":alt: Fig", ":figwidth: 10"],
        "csv-table": [":header: \"H1\", \"H2\"", ":delim: ;", ":keepspace:", ":widths: 1 1",
                      ":file: x.csv", ":header-rows: 1"],
        "list-table": [":header-rows: 1", ":widths: 1 2", ":stub-columns: 1"],
        "table": [":widths: auto", ":align: left"],
    }.get(name, [":class: c", ":name: n"])
    picked = []
    if rng.random() < 0.4:
        picked.append(rng.choice(opts))
    if rng.random() < 0.08:
        picked.append(":bogus: 1")
    return picked


DIRECTIVE_NAMES = ["note", "warning", "tip", "Note", "attention", "caution", "danger", "error",
                   "hint", "important", "admonition", "code", "code-block", "sourcecode",
                   "parsed-literal", "math", "container", "compound", "class", "rubric",
                   "line-block", "epigraph", "highlights", "pull-quote", "topic", "sidebar",
                   "table", "csv-table", "list-table", "image", "figure", "meta", "raw",
                   "include", "replace", "unicode", "title", "contents", "sectnum", "header",
                   "footer", "target-notes", "role", "default-role", "frobnicate", "highlight",
                   "restructuredtext-test-directive"]


def directive(rng, depth):
    name = rng.choice(DIRECTIVE_NAMES)
    base = name.lower()
    argument = ""
    if base in ("admonition", "topic", "rubric", "sidebar"):
        argument = inline_line(rng) if rng.random() < 0.9 else ""
    elif base in ("code", "code-block", "sourcecode"):
        argument = rng.choice(["", "json", "python"])
    elif base in ("image", "figure", "include"):
        argument = rng.choice(["picture.png", "x.rst", ""]) if rng.random() < 0.95 else ""
    elif base in ("table", "csv-table", "list-table"):
        argument = inline_line(rng) if rng.random() < 0.5 else ""
    elif base in ("class", "container"):
        argument = rng.choice(["special", "a b", ""])
    elif base == "raw":
        argument = rng.choice(["html", ""])
    elif base == "unicode":
        argument = rng.choice(["U+00A9", "0x41 x42", ""])
    elif base == "default-role":
        argument = rng.choice(["", "literal", "strong", "nope"])
    elif base == "title":
        argument = "T"
    elif rng.random() < 0.3:
        argument = inline_line(rng)
    head = ".. %s::%s" % (name, (" " + argument) if argument else "")
    lines = [head] + indent(options_for(rng, base), 3)
    content = []
    if base in ("code", "code-block", "sourcecode", "parsed-literal", "raw"):
        content = rng.choice([['{"key_id": "<uuid>"}'], ["a = 1", "  b  *c*", "", "d"], []])
    elif base == "math":
        content = rng.choice([["a^2 + b^2"], ["x", "", "y  z"], []])
    elif base == "csv-table":
        content = rng.choice([["1, \"two, 2\"", "3, 4"], ["a;b", "c"], ["x, \"y\"z"], []])
    elif base == "list-table":
        content = rng.choice([["* - a", "  - b", "* - c", "  - *d*"], ["* - a", "* - b", "  - c"],
                              ["Not a list."], []])
    elif base == "table":
        content = rng.choice([["===  ===", "a    b", "===  ==="],
                              ["+---+---+", "| a | b |", "+---+---+"], ["Not a table."], []])
    elif base == "line-block":
        content = rng.choice([["first", "  indented *x*", "third"], []])
    elif base == "meta":
        content = rng.choice([[":keywords: a"], []])
    elif base == "role":
        content = []
        lines[0] = ".. role:: " + rng.choice(["custom", "custom(emphasis)", "r(raw)", "bad(nope)", ""])
    elif base in ("image", "rubric", "unicode", "include", "title", "contents", "sectnum",
                  "target-notes", "default-role"):
        content = [] if rng.random() < 0.9 else ["stray content"]
    elif rng.random() < 0.92:
        content = blocks(rng, depth + 1, rng.randint(1, 2))
    if content:
        lines += [""] + indent(content, 3)
    return lines


def footnote_or_citation(rng):
    label = rng.choice(["1", "2", "#", "#n", "*", "CIT", "cit", "3"])
    return [".. [%s] %s" % (label, inline_line(rng))] + (
        indent(paragraph(rng), 3) if rng.random() < 0.3 else [])


def substitution(rng):
    name = rng.choice(["s", "S", "u", "i", "x"])
    body = rng.choice(["replace:: " + inline_line(rng), "unicode:: U+00A9 0x41",
                       "image:: x.png", "image:: x.png\n   :alt: pic", "replace::",
                       "frobnicate:: y", "note:: n"])
    return (".. |%s| %s" % (name, body)).split("\n")


def definition_list(rng):
    lines = []
    for _ in range(rng.randint(1, 2)):
        term = inline_line(rng)
        if rng.random() < 0.5:
            term += " : " + rng.choice(["classifier", "*cls*", "a : b"])
        lines += [term] + indent(paragraph(rng), 3)
    return lines


def field_list(rng):
    return [":%s: %s" % (rng.choice(["field", "Other name", "f"]), inline_line(rng))
            for _ in range(rng.randint(1, 2))]


def option_list(rng):
    return ["%s  %s" % (rng.choice(["-a", "--long=X", "-b FILE", "/V"]), inline_line(rng))
            for _ in range(rng.randint(1, 2))]


def block(rng, depth):
    kind = rng.random()
    if depth < 2 and kind < 0.35:
        return directive(rng, depth)
    if kind < 0.45:
        return footnote_or_citation(rng)
    if kind < 0.52:
        return substitution(rng)
    if kind < 0.58:
        return definition_list(rng)
    if kind < 0.62:
        return field_list(rng)
    if kind < 0.65:
        return option_list(rng)
    if kind < 0.68:
        return [">>> print(1)", "1"]
    if kind < 0.71:
        return ["| " + inline_line(rng), "| " + inline_line(rng)]
    if depth < 2 and kind < 0.8:
        inner = blocks(rng, depth + 1, rng.randint(1, 2))
        return ["- " + inner[0]] + indent(inner[1:], 2) if inner else ["- item"]
    if depth < 2 and kind < 0.86:
        # A block quote (after a paragraph, so that it stays indented),
        # sometimes with an attribution.
        quote = indent(blocks(rng, depth + 1, 1), 3)
        if rng.random() < 0.5:
            quote += ["", "   -- " + inline_line(rng)]
        return paragraph(rng) + [""] + quote
    if kind < 0.9:
        return [".. _n: https://e.com"] if rng.random() < 0.5 else ["__ https://e.com"]
    return paragraph(rng)


def blocks(rng, depth, count):
    lines = []
    for i in range(count):
        if i:
            # Now and then no blank line between blocks.
            if rng.random() < 0.9:
                lines.append("")
        lines += block(rng, depth)
    return lines


def random_block_cell(rng):
    return "\n".join(blocks(rng, 0, rng.randint(1, 3))).strip("\n")


MESSAGES = []
_system_message = docutils.utils.Reporter.system_message


def system_message(self, level, message, *children, **kwargs):
    msg = _system_message(self, level, message, *children, **kwargs)
    if level >= 2:
        MESSAGES.append([level, str(message)])
    return msg


def block_cell_case(rng):
    text = random_block_cell(rng)
    docutils.utils.Reporter.system_message = system_message
    MESSAGES.clear()
    try:
        cell, expected = cell_plain_text(text)
    except Exception:  # noqa: BLE001  docutils' own crashes: no answer to compare
        return None
    finally:
        docutils.utils.Reporter.system_message = _system_message
    return {"input": cell, "expected": expected, "messages": list(MESSAGES)}


# ---------------------------------------------------------------------------

def write(path, seed, cases):
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"docutils": %s, "seed": %d, "cases": [\n'
                  % (json.dumps(docutils.__version__), seed))
        out.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":"))
                             for c in cases))
        out.write("\n]}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tables", type=int, default=3000)
    parser.add_argument("--cells", type=int, default=12000)
    parser.add_argument("--blocks", type=int, default=3000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    rng = random.Random(args.seed)
    tables = []
    for _ in range(args.tables):
        document = random_document(rng)
        tables.append({"document": document, "expected": docutils_tables(document)})
    write(os.path.join(args.out, "tables.json"), args.seed, tables)

    rng = random.Random(args.seed)
    cells, seen = [], set()
    while len(cells) < args.cells:
        text = random_cell(rng)
        docutils.utils.Reporter.system_message = system_message
        MESSAGES.clear()
        try:
            text, expected = cell_plain_text(text)
        finally:
            docutils.utils.Reporter.system_message = _system_message
        if text in seen:
            continue
        seen.add(text)
        cells.append({"input": text, "expected": expected, "messages": list(MESSAGES)})
    write(os.path.join(args.out, "cells.json"), args.seed, cells)

    rng = random.Random(args.seed)
    constructs, seen = [], set()
    while len(constructs) < args.blocks:
        case = block_cell_case(rng)
        if case is None or case["input"] in seen:
            continue
        seen.add(case["input"])
        constructs.append(case)
    write(os.path.join(args.out, "blocks.json"), args.seed, constructs)


if __name__ == "__main__":
    main()
