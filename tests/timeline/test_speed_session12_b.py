"""Session 12's act-side shortcuts (timeline.fastpath) give exactly the events the plain path gives (equality, never
timings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import fastpath

ROOT = Path(__file__).resolve().parents[2]
# Development corpora named one by one (never a glob over tests/data: the blind sets live there too).
DEV = ["excerpt/samples", "tests/data/excerpts", "tests/data/eval/bs", "tests/data/eval/iran", "tests/data/eval/scs",
       "tests/data/gaps/kgtj", "tests/data/gaps/senkaku", "tests/data/gaps2/przewodow", "tests/data/gaps2/ryanair",
       "tests/data/heldout/redsea", "tests/data/heldout4/skripal", "tests/data/fresh6/reaper",
       "tests/data/dev11-acts/canind", "tests/data/dev11-acts/cfe", "tests/data/dev11-acts/niger",
       "tests/data/dev11-speech/convoy", "tests/data/dev11-speech/kadiz", "tests/data/dev11-kinds/libya",
       "tests/data/dev11-kinds/natuna", "tests/data/dev11-stmts/cheonan", "tests/data/dev11-stmts/flotilla"]


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory: pytest.TempPathFactory) -> list:
    from bench.generate import write_folder
    from excerpt.loader import load_folder

    found = [e for d in DEV if (ROOT / d).is_dir() for e in load_folder(ROOT / d).excerpts]
    generated = write_folder(tmp_path_factory.mktemp("gen") / "gen", 40, seed=12)
    return found + load_folder(generated).excerpts


def _events(excerpts: list, on: bool) -> list[list[str]]:
    from timeline.events import extract_checked

    was = fastpath.ON
    fastpath.ON = on
    try:
        return [[ev.model_dump_json() for ev in extract_checked(e)[0]] + extract_checked(e)[1] for e in excerpts]
    finally:
        fastpath.ON = was


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
