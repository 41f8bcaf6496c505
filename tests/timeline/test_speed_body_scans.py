"""Scans once per body, not once per paragraph or sentence (quadratic on one huge excerpt: bench/hostile.py, 20 MB):
the same answers as the scans they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import lexicon as L
from timeline.quotes import (
    CLOSERS,
    MARK_RE,
    OPEN_CONTEXT,
    OPENERS,
    STRAIGHT,
    QuoteSpan,
    _singles,
    find_quotes,
)


def _find_quotes_every_time(body: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """find_quotes as it was: each paragraph read every quote found so far and sorted them all again."""
    out: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        opened = None
        for m in MARK_RE.finditer(body, p_start, p_end):
            i, ch = m.start(), m.group(0)
            if ch in OPENERS:
                opened = i
            elif ch in CLOSERS:
                if opened is not None:
                    out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                    opened = None
            elif opened is not None and body[opened] == STRAIGHT:
                out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                opened = None
            elif opened is None and (i == p_start or body[i - 1] in OPEN_CONTEXT):
                opened = i
        if opened is not None and p_end - opened > 1:
            out.append(QuoteSpan(opened, p_end, opened + 1, p_end, False))
        singles = _singles(body, p_start, p_end, [q for q in out if q.open >= p_start])
        if singles:
            out = sorted(out + singles, key=lambda q: q.open)
    return out


PIECES = ['He said "we will respond" today.', "‘Never again,’ she said.", "It was 'a grave step' for all.",
          '"An open quote runs on', "the minister’s aides", "'em", "“Curly” and 'straight'", "no quotes here."]


def _paragraphs(body: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in body.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=12))
def test_find_quotes_reads_only_its_paragraph_and_finds_the_same(paras):
    body = "\n\n".join(paras)
    assert find_quotes(body, _paragraphs(body)) == _find_quotes_every_time(body, _paragraphs(body))


def test_in_story_answers_as_a_scan_of_each_body():
    ids = set(range(len(L._RARE_STORY)))
    story_words = [w for words in L._RARE_STORY for w in words]
    bodies = ["nothing rare here", " ".join(story_words), story_words[0] if story_words else "x", "nothing rare here"]
    for body in bodies + bodies[::-1]:  # another body asked between two of one: no answer is carried over
        expected = {i for i in ids if not L._RARE_STORY[i] or any(w in body for w in L._RARE_STORY[i])}
        assert L.in_story(ids, body) == expected
        assert L.in_story(set(), body) == set()
    assert any(L._RARE_STORY), "the rare patterns name story words: the memo is exercised"
