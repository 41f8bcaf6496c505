"""Property and table tests of the front-matter reader: the body comes back exactly as saved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from excerpt import frontmatter
from excerpt.errors import ExcerptError
from excerpt.loader import decode

HEAD = '+++\ntitle = "Envoys meet in Geneva"\noutlet = "Alpine Wire"\npublished = "2018-06"\n+++\n'

BODY_PIECES = st.sampled_from(["Talks ", "resumed.", "\n", "\r\n", "\r", "\u2028", "+++", "\ufeff", " ", "“", "\t",
                               "é", "\n\n", "+++\n", "title = \"x\"\n"])


@given(st.lists(BODY_PIECES, max_size=30).map("".join))
def test_body_is_kept_exactly(body: str) -> None:
    fm = frontmatter.parse("a.txt", HEAD + body)
    assert fm.body == body
    assert fm.body_line == 5
    assert fm.meta["published"] == "2018-06"


@given(st.lists(BODY_PIECES, max_size=30).map("".join))
def test_crlf_file_keeps_crlf_body(body: str) -> None:
    fm = frontmatter.parse("a.txt", HEAD.replace("\n", "\r\n") + body)
    assert fm.body == body


def test_only_the_leading_bom_is_removed_by_decode() -> None:
    assert decode("a.txt", ("\ufeff" + HEAD + "x\ufeff").encode()) == HEAD + "x\ufeff"
    assert decode("a.txt", (HEAD + "x").encode()) == HEAD + "x"


@pytest.mark.parametrize(("value", "ok"), [
    ('"2018-06-30"', True), ('"2018-06"', True), ('"2018"', True), ('""', True),
    ('"2018-02-29"', False), ('"2020-02-29"', True), ('"2018-00"', False), ('"18-06-30"', False),
    ('"2018-6-3"', False), ("2018", False), ("2018-06-30", False), ("true", False),
])
def test_date_values(value: str, ok: bool) -> None:
    text = HEAD.replace('published = "2018-06"', f"published = {value}")
    if ok:
        assert frontmatter.parse("a.txt", text).meta["published"] == value.strip('"')
    else:
        with pytest.raises(ExcerptError):
            frontmatter.parse("a.txt", text)


@pytest.mark.parametrize(("key", "hint"), [("pubished", "published"), ("tittle", "title"), ("asof", "as_of"),
                                           ("outlt", "outlet"), ("desk", None)])
def test_suggestions(key: str, hint: str | None) -> None:
    assert frontmatter.suggest(key) == hint
