"""Property: paragraphs and sentences are spans that cover the text in order, without overlap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from excerpt.structure import paragraphs_of

# Pieces that stress a splitter: abbreviations, initials, quotes, ellipses, numbers, line ends.
PIECES = st.sampled_from([
    "The", "minister", "said", "U.S.", "Mr.", "Mr", "Sen.", "R-S.C.,", "J.D.", "No.", "5.4", "p.m.", "Inc.",
    ".", "!", "?", "...", "…", "\"", "“", "”", "'", "(", ")", "—", ":", ";", ",", "Related:", "Photo:",
    "Reuters", "\n", "\n\n", "\r\n", " ", "  ", "\t", "a", "B", "é", "北京", "\u200b", "\u202e",
])
TEXT = st.one_of(
    st.lists(PIECES, max_size=80).map(" ".join),
    st.lists(PIECES, max_size=80).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sampled_from(["", "The minister said", "Talks resume"]))
def test_spans_cover_the_text_in_order(body, title):
    paras = paragraphs_of(body, title=title)
    pos = 0
    for p in paras:
        assert pos <= p.start <= p.end <= len(body)
        assert body[p.start:p.end].strip(), "a paragraph is not blank"
        assert p.sentences, "every paragraph has at least one sentence"
        at = p.start
        for s in p.sentences:
            assert at <= s.start < s.end <= p.end, (s, p)
            assert body[at:s.start].strip() == "", f"text {body[at:s.start]!r} falls between sentences"
            at = s.end
        assert body[at:p.end].strip() == "", f"text {body[at:p.end]!r} after the last sentence"
        pos = p.end
    # every non-blank character of the body is in some paragraph
    covered = sorted((p.start, p.end) for p in paras)
    at = 0
    for start, end in covered:
        assert body[at:start].strip() == ""
        at = end
    assert body[at:].strip() == ""
