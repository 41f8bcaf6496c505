"""Session 12's act-side shortcuts (timeline.fastpath) give exactly the events the plain path gives (equality, never
timings)."""

from __future__ import annotations

import pytest

from tests.timeline.speed_helpers import events_with, folders_and_generated
from timeline import fastpath

# Development corpora named one by one (never a glob over tests/data: the blind sets live there too).
DEV = ["excerpt/samples", "tests/data/excerpts", "tests/data/eval/bs", "tests/data/eval/iran", "tests/data/eval/scs",
       "tests/data/gaps/kgtj", "tests/data/gaps/senkaku", "tests/data/gaps2/przewodow", "tests/data/gaps2/ryanair",
       "tests/data/heldout/redsea", "tests/data/heldout4/skripal", "tests/data/fresh6/reaper",
       "tests/data/dev11-acts/canind", "tests/data/dev11-acts/cfe", "tests/data/dev11-acts/niger",
       "tests/data/dev11-speech/convoy", "tests/data/dev11-speech/kadiz", "tests/data/dev11-kinds/libya",
       "tests/data/dev11-kinds/natuna", "tests/data/dev11-stmts/cheonan", "tests/data/dev11-stmts/flotilla"]


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory: pytest.TempPathFactory) -> list:
    return folders_and_generated(DEV, tmp_path_factory.mktemp("gen") / "gen", 40, seed=12)


def _events(excerpts: list, on: bool) -> list[list[str]]:
    return events_with(excerpts, fastpath, "ON", on)


def test_the_shortcuts_give_the_plain_path_s_events(excerpts: list) -> None:
    assert len(excerpts) > 100
    fast, plain = _events(excerpts, True), _events(excerpts, False)
    assert sum(len(x) for x in fast) > 1000
    for e, a, b in zip(excerpts, fast, plain, strict=True):
        assert a == b, e.id


def test_a_clause_may_tell_says_false_only_where_no_verb_is_read(excerpts: list) -> None:
    from timeline.openverbs import CLAUSE_SUBJECT_MAX, TOKEN_RE, _verb_at, may_tell

    told = silent = 0
    for e in excerpts:
        lower = e.body.lower()
        for p in e.story_paragraphs():
            for sent in p.sentences:
                for c0 in range(sent.start, sent.end, 37):  # clauses start anywhere in a sentence
                    tokens = [(m.group(0), m.start() + c0, m.end() + c0) for m in TOKEN_RE.finditer(lower[c0:sent.end])]
                    if may_tell(tokens):
                        told += 1
                        continue
                    silent += 1
                    for skipped in (set(), set(range(1, len(tokens), 2)), set(range(len(tokens)))):
                        assert _verb_at(tokens, skipped, e.body, CLAUSE_SUBJECT_MAX) is None, lower[c0:sent.end]
    assert told > 500 and silent > 500


@pytest.mark.parametrize(("words", "tells"), [
    ("the ministry said", False),  # "said" is no act verb _verb_at reads
    ("rebels overran the base", True),  # an irregular past
    ("the convoy was attacked", True),  # a passive's participle, and an "-ed" word
    ("talks will open", True),  # a plan
    ("the talks opened", True),  # an "-ed" word
    ("the red flag flew", True),
    ("officials in the capital", False),
    ("seized", False),  # the first word is the subject's, never the verb
])
def test_a_clause_may_tell_rows(words: str, tells: bool) -> None:
    from timeline.openverbs import TOKEN_RE, may_tell

    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(words)]
    assert may_tell(tokens) is tells


# attributes.CLAUSE_BREAK_RE as it was written before its words were led by their first letters.
PLAIN_CLAUSE_BREAK = (
    r";|:\s|\s[–—-]\s|—|,\s+(?:and|but|while|whereas|which|who|whom|as|although|though)\b"
    r"|,\s+(?:in|during|under|by|after|from|at|on|with) which\b"
    r"|,\s+(?:prompting|forcing|leading|causing|pushing|spurring|compelling)\b(?=\s+\S+(?:\s+\S+){0,3}\s+to\s)"
    r"|\b(?:that|after|before|while|whereas|although|because|when|whose|where)\b"
    r"|(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\b(?! (?:been|then)\b)"
    r"|\b(?:if|unless|should)\b(?= (?:the|it|they|he|she|we|[A-Z]))"
)
CLAUSE_TRAPS = ("that since has since, had since been whereas where, If the Unless It should They ithat xsince hassince "
                "(since) —that: after;before whose; when; whereas; although; because if they unless we should the a")


def test_the_letter_led_clause_break_pattern_finds_what_the_plain_one_finds(excerpts: list) -> None:
    import re

    from timeline.attributes import CLAUSE_BREAK_RE

    plain = re.compile(PLAIN_CLAUSE_BREAK)
    assert CLAUSE_BREAK_RE.pattern != plain.pattern
    found = 0
    for text in [e.body for e in excerpts] + [CLAUSE_TRAPS]:
        for a in range(0, len(text), 23):  # windows starting mid-word too: the boundary is read behind the window
            for b in (min(len(text), a + 60), min(len(text), a + 211)):
                got = [m.span() for m in CLAUSE_BREAK_RE.finditer(text, a, b)]
                assert got == [m.span() for m in plain.finditer(text, a, b)], text[a:b]
                found += len(got)
    assert found > 1000
