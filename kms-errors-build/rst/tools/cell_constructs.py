#!/usr/bin/env python3
"""Writes tests/fixtures/docutils/cell_constructs.json: block constructs in a
table cell (every directive docutils 0.19 registers, footnotes, citations,
substitutions, definition lists with classifiers, field and option lists,
doctest blocks, attributions) and the inline and block cases the unit tests
of `rst::inline` and `rst::blocks` used to type by hand, with what docutils
makes of each as the one cell of a grid table:

* `expected`: the plain text, rendered as tools/plain_text_fixture.py
  renders a cell (the rule of CONFORMANCE.md);
* `messages`: every warning or error docutils reports for it (level >= 2),
  as `[level, message]`.

Needs docutils 0.19 and Pygments (the `code` directive highlights with it;
without it docutils warns): pip install docutils==0.19 pygments

Usage: python3 tools/cell_constructs.py > tests/fixtures/docutils/cell_constructs.json
"""
import json
import os
import re
import sys

import docutils
from docutils import utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import differential  # noqa: E402  (cell_plain_text, Sphinx role stubs)

MESSAGES = []
_system_message = utils.Reporter.system_message


def system_message(self, level, message, *children, **kwargs):
    msg = _system_message(self, level, message, *children, **kwargs)
    if level >= 2:
        MESSAGES.append([level, str(message)])
    return msg


utils.Reporter.system_message = system_message

# One or more cases per directive docutils registers (tools/directives below
# checks that), then the other constructs.
DIRECTIVES = [
    ".. attention:: Look.", ".. caution:: Careful\n   now.", ".. danger::\n\n   Danger *x*.",
    ".. error:: E.", ".. hint:: H.", ".. important::\n\n   - listed", ".. note:: N.",
    ".. tip:: T.", ".. warning:: Inline warning text\n   continued.", ".. NOTE:: upper",
    ".. Note:: Mixed case.\n\n   Second paragraph.", ".. note::", ".. note:: x\n   :class: c",
    ".. note::\n   :frobnicate: x\n\n   Text.",
    ".. code-block:: json\n\n   {\"key_id\": \"<uuid>\"}",
    ".. code:: python\n   :number-lines:\n\n   a = 1\n     b",
    ".. code::\n   :number-lines: 9\n\n   a\n   b\n\n   c",
    ".. sourcecode::\n\n   x  y\n\n\n     z", ".. code::", ".. code-block::\n\n   x",
    ".. code:: json extra\n\n   {}",
    "Before.\n\n.. code-block:: json\n\n   {\"a\": 1}\n\nAfter.",
    ".. admonition:: My *title*\n\n   Body text.", ".. admonition::\n\n   No title.",
    ".. admonition:: Title only",
    ".. sidebar:: Side\n   :subtitle: Sub\n\n   Body.", ".. topic:: Topic title\n\n   Body.",
    ".. line-block::\n\n   first\n     indented *x*\n   third", ".. line-block::",
    ".. parsed-literal::\n\n   **bold**  kept\n     line", ".. parsed-literal::",
    ".. rubric:: A *rubric*", ".. rubric::", ".. rubric:: R\n\n   content",
    ".. epigraph::\n\n   Quote text.\n\n   -- Author", ".. highlights::\n\n   High.",
    ".. pull-quote::\n\n   Pulled.\n\n   --- Someone *famous*", ".. epigraph::",
    ".. compound::\n\n   First.\n\n   Second.", ".. container:: cls\n\n   Para *one*.\n\n   - item",
    ".. container::\n\n   Plain.", ".. container::",
    ".. table:: Title\n\n   ===  ===\n   a    b\n   ===  ===",
    ".. table::\n\n   +---+---+\n   | a | b |\n   +---+---+",
    ".. table::\n\n   Not a table.",
    ".. csv-table:: CSV\n   :header: \"A\", \"B\"\n\n   1, \"two, 2\"",
    ".. csv-table::\n\n   a,b\n   c", ".. csv-table::\n   :delim: ;\n\n   x;\"y;z\"",
    ".. csv-table::\n   :file: data.csv", ".. csv-table::",
    ".. list-table:: LT\n\n   * - a\n     - b\n   * - c\n     - d",
    ".. list-table::\n   :header-rows: 1\n\n   * - H\n   * - *v*",
    ".. list-table::\n\n   * - a\n   * - b\n     - c", ".. list-table::\n\n   Not a list.",
    ".. meta::\n   :keywords: a", ".. math::\n\n   a^2 + b^2\n\n   c", ".. math:: x + y",
    ".. math::", ".. image:: x.png\n   :alt: Alt", ".. image:: picture.png", ".. image::",
    ".. image:: x.png\n\n   content", ".. image:: x.png\n   :bogus: 1",
    ".. figure:: x.png\n   :alt: Alt\n\n   Caption *x*.\n\n   Legend.", ".. figure:: x.png",
    ".. figure:: x.png\n\n   ..\n\n   Legend only.",
    ".. include:: other.rst", ".. raw:: html\n\n   <b>x</b>", ".. raw:: html\n   :file: x.html",
    ".. replace:: x", ".. unicode:: U+00A9", ".. date::",
    ".. class:: special\n\nPara.", ".. class:: special\n\n   Content *para*.",
    ".. role:: custom\n\n:custom:`x`", ".. default-role:: literal\n\n`x`",
    ".. title:: T\n\nText", ".. contents::", ".. sectnum::", ".. section-numbering::",
    ".. header:: H\n\nText", ".. footer:: F", ".. target-notes::",
    ".. restructuredtext-test-directive:: arg\n\n   content",
    ".. frobnicate:: x", ".. highlight:: python", ".. literalinclude:: x.py",
    ".. frobnicate:: argument\n   content line",
    "- item\n\n  .. code:: json\n\n     {}", "   quoted\n\n   .. note:: in quote",
    "- .. note:: in item", "1. .. unknown-thing:: x",
]

OTHERS = [
    # Substitutions.
    ".. |s| replace:: *rep*\n\nUse |s| here.", ".. |u| unicode:: U+00A9 0x41\n\nC |u|",
    ".. |i| image:: x.png\n   :alt: pic\n\nimg |i|", "Use |nope|.", "|S| and |s|\n\n.. |s| replace:: low",
    ".. |a| replace:: one\n.. |a| replace:: two\n\n|a|", ".. |x| frobnicate:: y\n\n|x|",
    ".. |l| replace:: link\n\n|l|_ and |l|", ".. |e| replace::\n\n|e|",
    ".. |d| date::\n   :bogus: x",
    # Footnotes and citations.
    "Ref [1]_.\n\n.. [1] Footnote *text*.\n   More.",
    "Ref [#]_ and [#b]_.\n\n.. [#] Auto.\n.. [#b] Named.",
    "Ref [*]_ [*]_.\n\n.. [*] Sym.\n.. [*] Two.", "Cite [CIT2002]_.\n\n.. [CIT2002] A citation.",
    "Cite [NOPE]_.", ".. [1] Unreferenced.", "[2]_ and [#]_\n\n.. [1] One.",
    ".. [#x] X.\n.. [3] Three.\n.. [#] Auto.\n\n[#]_ [#x]_ [3]_",
    ".. [cit] C.\n.. [cit] D.", ".. [1]", "[cit]_ [CIT]_\n\n.. [CIT] Upper.",
    # Definition, field, option lists; doctest; attribution.
    "term : classifier : two\n   Definition *x*.\nterm2\n   Def 2.",
    "term\n   def\n\n*emph* term : cls\n   - item", "a : b\n   c",
    ":field: body\n:other name: x", ":f:\n   indented body\n\n:g: *x*",
    "-a  opt\n--long=X  desc", ">>> print(1)\n1\n>>>  x", "Text\n\n>>> a  b",
    "Para.\n\n   Quoted.\n\n   -- Author Name\n      continued", "   Quote.\n\n   —Em dash",
    "   Quote.\n\n   -- A\n\n   Not attribution.",
]

# Cases the unit tests of rst::inline and rst::blocks typed by hand.
FORMER_UNIT_TESTS = [
    "|\\*| and |x|", "|\\*|_ and |\\*|__", ":ⓐ:`x` and :a\u0301:`y`", ":rôle:`x` :a.b-c+d:`y`",
    ":py:func:`f` and :Strong:`s`", ":code:`a\\*b` :raw:`r` :index:`i`",
    ":pep:`8` :pep:`10000` :rfc:`0042#sec` :rfc:`x`", "**Enabled**", "An *x* y", "``a\\*b``",
    ":ref:`Title <label>`", ":sup:`Title <label>`", "`x`:sub:", "`docs <https://example.com>`__",
    "`<https://example.com>`_", "word_", "`Some Section`_", "`text <alias_>`_", "[1]_", "|name|",
    "`a`__", "2*3*4", "'*'", "(*)", "\"**\"", "**bold**text", "a*b*", "*unclosed", "``open",
    "\\*a\\* back\\\\slash a\\ b \\`t\\`", "trailing \\", "*a**b*", "**a** *b*",
    "| first line\n|   second\n  continued", ":Field: body text", "__ https://example.com",
    ") key_id", "-a b  desc\n--opt=x  other", "-a <b c>, --all  both\n\n/V  win",
    "-a\n   described", "-word  text", "-a", "--opt=x desc", "-ab c  x", "-a,-b  x",
    "=====  =====\ncol 1  col 2\n=====  =====\n1      Second\n2      *Third*\n=====  =====",
    "===  ===\nspan over\n--------\nc    d\n===  ===", "===  ===\na    long text past\n===  ===",
    "===  ===\n     b\nc    d\n===  ===", "===  ===\na    b\n==== ===", "===  ===\na  x b\n===  ===",
    "==  ==\nx   y\n==  ==\nmore text", "= =\n| key_id", "Title\n=====\n\nText.", "-----\n\nText.",
    "Long title\n--", "See _`Key ID` and `key id`_.", "`docs <https://example.com>`_ and `docs`_",
    "_`a` _`a` `a`_", "First paragraph.\n\nSecond\nparagraph.",
    "Line one\nline two\n  indented continuation.", "- item one\n- item two\n  continued",
    "#. Check the name.\n#. Check the format.", "(a) alpha\n(b) beta", "1. One\nno list",
    "Example::\n\n   literal  block\n     kept", "Text.\n\n.. note::\n\n   Notes are kept.",
    ".. a comment\n   continued\n\nText.", "Set the key to\n**Enabled**.",
    "Check:\n\n-  the name\n-  the *format*",
]


def case(text):
    MESSAGES.clear()
    cell, expected = differential.cell_plain_text(text)
    # The input is the cell text as docutils extracts it (trailing spaces go).
    return {"input": cell, "expected": expected, "messages": list(MESSAGES)}


def main():
    from docutils.parsers.rst.languages import en
    covered = {m.lower() for t in DIRECTIVES for m in re.findall(r"\.\. ([\w-]+)::", t)}
    missing = sorted(set(en.directives) - covered)
    assert not missing, "directives without a case: %s" % missing
    cases, seen = [], set()
    for text in DIRECTIVES + OTHERS + FORMER_UNIT_TESTS:
        row = case(text)
        if row["input"] not in seen:
            seen.add(row["input"])
            cases.append(row)
    json.dump({"docutils": docutils.__version__, "cases": cases}, sys.stdout,
              ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
