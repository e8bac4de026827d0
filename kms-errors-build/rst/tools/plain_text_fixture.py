#!/usr/bin/env python3
"""Writes tests/fixtures/plain_text.json: cell texts and how a reader of the
rendered page sees them, as docutils 0.19 parses them.

Inputs: every distinct cell text of the error-code tables of the vendored
pages (tests/fixtures/otc, ../spec/error_code.rst) plus the hand-written
cases below, one per inline-markup rule. Expected values come from docutils'
doctree (publish_doctree), rendered to plain text by `render` below — the
same block rules kms-errors-build documents in `rst::inline`:

* a paragraph is one line: its text (markup removed, escapes resolved) with
  white space collapsed;
* a bullet list item is "- " + its blocks joined with a space;
* an enumerated list item is "N. " (its number in the list's style) + its
  blocks joined with a space;
* an admonition (`.. note::` …) is "Note: " + its blocks joined with a space;
* a literal block keeps its lines;
* an option list item is its options as written, then its description's
  blocks;
* blocks are joined with a newline.

Sphinx roles are registered as stubs (text only; cross-reference roles with
an explicit title `title <target>` give the title), as Sphinx renders them.

Usage: python3 tools/plain_text_fixture.py > tests/fixtures/plain_text.json
"""
import glob
import json
import os
import re
import sys

import docutils
from docutils import nodes, utils
from docutils.core import publish_doctree
from docutils.parsers.rst import roles

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "tests", "fixtures")

XREF_ROLES = [
    "ref", "doc", "term", "numref", "any", "download", "keyword", "option",
    "envvar", "token", "class", "func", "meth", "mod", "attr", "exc", "data",
    "obj", "const", "program",
]
TEXT_ROLES = [
    "abbr", "guilabel", "menuselection", "kbd", "command", "file", "samp",
    "dfn", "mimetype", "newsfeed", "regexp", "makevar", "manpage",
]
EXPLICIT_TITLE = re.compile(r"^(.+?)\s*(?<!\x00)<([^<]*?)>$", re.DOTALL)


def stub(is_xref):
    def role(name, rawtext, text, lineno, inliner, options=None, content=None):
        if is_xref:
            m = EXPLICIT_TITLE.match(text)
            if m:
                text = m.group(1)
        return [nodes.inline(rawtext, utils.unescape(text))], []
    return role


for name in XREF_ROLES:
    roles.register_local_role(name, stub(True))
for name in TEXT_ROLES:
    roles.register_local_role(name, stub(False))

HAND_WRITTEN = [
    "Set the key to **Enabled** first.",
    "An *emphasised* word.",
    "A ``literal \\*with* backslash`` stays.",
    "Interpreted `title text` renders as text.",
    "Role :ref:`Error Codes <error_codes>` gives its title.",
    "Role :ref:`error_codes` without title.",
    "Role :sup:`2` and suffix `x`:sub: forms.",
    "Link `the docs <https://example.com/docs>`__ and `named <https://example.com>`_.",
    "Reference `Some Section`_ and word_ references.",
    "Embedded alias `text <alias_>`_.",
    "A URL https://example.com/a_b_ stays.",
    "Escapes: \\*not emphasis\\*, back\\\\slash, \\`tick\\`, a\\ b.",
    "Unclosed *star and ``literal.",
    "Quoted '*' and (*) and \"**\" are not markup.",
    "Math 2*3*4 and a*b.",
    "Inline _`target` text.",
    "Substitution |name| stays.",
    "Footnote [1]_ reference.",
    "param_. ends a sentence.",
    "key_id and encryption_context stay.",
    "Line one\nline two\n  indented continuation.",
    "First paragraph.\n\nSecond paragraph.",
    "- item one\n- item two\n  continued",
    "Intro:\n\n-  first\n-  second",
    "#. Check the name.\n#. Check the format.",
    "1. One\n2. Two",
    "(a) alpha\n(b) beta",
    "Text.\n\n.. note::\n\n   Notes are kept.",
    "Example::\n\n   literal  block\n     kept",
    "**bold**text",
    "*a* *b*",
    "Strong **with *emphasis* inside**.",
    "Value < 10 and > 2 and a|b and [x].",
    "Trailing backslash \\",
    "Tabs\tand  spaces.",
    "Fullwidth （*x*） and 「*y*」 quotes.",
    "Wide 北*西*.",
    "*a**b*",
    "**a** *b*",
    "Text ::\n\n   literal",
    "::\n\n   only literal",
    "Expecting a literal::\n\nbut none follows.",
    "i. first\nii. second",
    "A. upper\nB. upper",
    "3. starts at three\n4. four",
    "- outer\n\n  - inner one\n  - inner two",
    "- a\n\n* b",
    ".. warning:: Inline warning text\n   continued.",
    ".. important::\n\n   - listed",
    ".. image:: picture.png",
    ".. _label:\n\nTarget then text.",
    "Empty *  * stars and ** ** too.",
    "`interpreted with \\` backslash`",
    ":ref:`title\n<target>` across lines",
    ":doc:`/path/to/doc`",
    "A `phrase ref with\nnewline <https://example.com/x>`__ here.",
    "Email me at user@example.com now.",
    "Path C:\\temp\\x and regex a\\d+",
    "Ends with ::",
    "1) right paren\n2) second",
    "Line\n\n\n\nafter blank lines",
    "**Status**: *Enabled* or *Disabled*",
    "Quoted «*x*» and “*y*”.",
    "x*y* and *y*x",
    ".. frobnicate:: argument\n   content line",
    ".. image:: picture.png\n   :alt: A picture",
]


def collapse(text):
    return " ".join(text.split())


def roman(n):
    out = ""
    for value, letters in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                           (5, "v"), (4, "iv"), (1, "i")]:
        while n >= value:
            out += letters
            n -= value
    return out


def label(enumtype, n):
    if enumtype == "arabic":
        return str(n)
    if enumtype == "loweralpha":
        return chr(ord("a") + n - 1)
    if enumtype == "upperalpha":
        return chr(ord("A") + n - 1)
    if enumtype == "lowerroman":
        return roman(n)
    if enumtype == "upperroman":
        return roman(n).upper()
    raise ValueError(enumtype)


def text_of(node):
    """`node.astext()` without the system messages docutils puts inside
    text elements (they are not part of the text a reader sees)."""
    if isinstance(node, nodes.system_message):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext()
    if isinstance(node, (nodes.image, nodes.raw)) or not node.children:
        return node.astext()
    return "".join(text_of(child) for child in node.children)


def render_children(node):
    out = []
    for child in node.children:
        out.extend(render(child))
    return out


def render(node):
    # Substitution definitions are shown where they are referenced.
    if isinstance(node, (nodes.system_message, nodes.comment, nodes.target,
                         nodes.substitution_definition)):
        return []
    if isinstance(node, nodes.paragraph):
        text = collapse(text_of(node))
        return [text] if text else []
    if isinstance(node, nodes.bullet_list):
        return ["- " + " ".join(render_children(item)) for item in node.children]
    if isinstance(node, nodes.enumerated_list):
        start = node.get("start", 1)
        return ["%s. %s" % (label(node["enumtype"], start + i), " ".join(render_children(item)))
                for i, item in enumerate(node.children)]
    if isinstance(node, nodes.Admonition) and not isinstance(node, nodes.admonition):
        title = node.__class__.__name__.capitalize()
        return ["%s: %s" % (title, " ".join(render_children(node)))]
    if isinstance(node, nodes.literal_block):
        return [text_of(node)]
    if isinstance(node, nodes.option_list_item):
        # "-o FILE, --output=FILE" as written, then the description's blocks.
        options = ", ".join(option.astext() for option in node[0])
        return [options] + render_children(node[1])
    if isinstance(node, nodes.TextElement):
        # A line of a line block, a field name, a term: its text on one
        # line, even when its only child is an element (an inline target).
        text = collapse(text_of(node))
        return [text] if text else []
    if isinstance(node, (nodes.block_quote, nodes.Element)) and node.children and \
            all(isinstance(c, nodes.Element) for c in node.children):
        return render_children(node)
    text = collapse(text_of(node))
    return [text] if text else []


def plain_text(cell):
    doc = publish_doctree(cell, settings_overrides={
        "report_level": 5, "halt_level": 5, "warning_stream": False})
    return "\n".join(render_children(doc))


def corpus_cells():
    cells = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "otc", "*", "*", "*.tables.json"))):
        for table in json.load(open(path, encoding="utf-8")):
            if not table.get("error_code_table"):
                continue
            for row in table["header"] + table["body"]:
                cells.extend(c["text"] for c in row if c and c["text"])
    return cells


def main():
    seen = set()
    cases = []
    for text in HAND_WRITTEN + corpus_cells():
        if text in seen:
            continue
        seen.add(text)
        cases.append({"input": text, "expected": plain_text(text)})
    json.dump({"docutils": docutils.__version__, "cases": cases}, sys.stdout,
              ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
