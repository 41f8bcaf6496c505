"""The splitters' patterns written for speed (excerpt/sentences.py, excerpt/structure.py) match what the
plain forms match: the same candidate boundaries and paragraph breaks on awkward text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from excerpt import sentences, structure

ROOT = Path(__file__).resolve().parents[2]
PLAIN_CANDIDATE = re.compile(r"(\.\.\.|…|[.!?]+)([\"'”’»)\]]*)(\s+)")
PLAIN_BREAK = re.compile(r"(?:\r?\n)[ \t]*(?:\r?\n)+")
AWKWARD = [
    'Wait... What?! Yes." No!! Really?? "Fine." (Maybe.) [Done.] » …and then. Mr. X. U.S. forces. A.M.  B',
    "Line one.\r\n\r\nLine two!\n \n\nLine three?\r\n\n\r\nEnd...\t\nx.?! y",
    "No terminal punctuation\nat all\r\nhere", "....  !!!  ???  .!?  …  ", "", ".", "a. b", "x.\u00a0Y",
]


def _texts() -> list[str]:
    files = sorted((ROOT / "excerpt" / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "eval").rglob("*.txt"))
    assert files
    return [f.read_text(encoding="utf-8") for f in files] + AWKWARD


@pytest.mark.parametrize(("fast", "plain"), [(sentences.CANDIDATE, PLAIN_CANDIDATE), (structure.PARAGRAPH_BREAK, PLAIN_BREAK)])
def test_fast_form_matches_the_plain_form(fast, plain):
    assert fast.pattern != plain.pattern
    found = 0
    for text in _texts():
        want = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want
        found += len(want)
    assert found > 50


def test_wrapped_lines_still_split_where_a_headline_line_ends():
    # The line-break rule runs only on text holding a newline; with one it still cuts after a headline line.
    assert sentences.split_text("Talks Resume In Geneva\nThe ministry said talks resumed.") == [(0, 22), (23, 55)]
    assert sentences.split_text("one line. And another.") == [(0, 9), (10, 22)]
