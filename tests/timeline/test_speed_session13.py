"""Session 13's act-side gate (timeline.actindex): a sentence skips an act pattern only where it cannot match, so the
events are those of the plain path (equality, never timings)."""

from __future__ import annotations

import re

import pytest

from tests.timeline.speed_helpers import events_with, folders_and_generated
from timeline import actindex as X
from timeline import sentindex as S

# Development corpora named one by one (never a glob over tests/data: the blind sets live there too).
DEV = ["excerpt/samples", "tests/data/excerpts", "tests/data/eval/bs", "tests/data/eval/iran", "tests/data/eval/scs",
       "tests/data/gaps/kgtj", "tests/data/gaps/senkaku", "tests/data/gaps2/przewodow", "tests/data/gaps2/ryanair",
       "tests/data/heldout/redsea", "tests/data/heldout4/skripal", "tests/data/fresh6/reaper",
       "tests/data/dev11-acts/canind", "tests/data/dev11-acts/niger", "tests/data/dev11-kinds/libya",
       "tests/data/dev11-stmts/cheonan", "tests/data/heldout7/zapad", "tests/data/heldout10/arctic"]


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory: pytest.TempPathFactory) -> list:
    return folders_and_generated(DEV, tmp_path_factory.mktemp("gen") / "gen", 40, seed=13)


@pytest.fixture(scope="module")
def sentences(excerpts: list) -> list[tuple[str, int, int]]:
    """(act text, start, end) of every story sentence: the text find_actions runs the act patterns on."""
    from timeline import actions  # noqa: F401 - registers the act patterns' bits
    from timeline import lexicon as L
    from timeline.actions import act_text

    out = []
    for e in excerpts:
        text = act_text(L.lowered(e.body))
        out += [(text, s.start, s.end) for p in e.story_paragraphs() for s in p.sentences]
    return out


def _events(excerpts: list, gated: bool) -> list[list[str]]:
    return events_with(excerpts, X, "GATED", gated)


def test_the_gate_gives_the_plain_path_s_events(excerpts: list) -> None:
    assert len(excerpts) > 100
    gated, plain = _events(excerpts, True), _events(excerpts, False)
    assert sum(len(x) for x in gated) > 1000
    for e, a, b in zip(excerpts, gated, plain, strict=True):
        assert a == b, e.id


def test_the_mask_is_every_pattern_whose_strings_lie_wholly_in_the_span(sentences: list) -> None:
    shut = 0
    for text, s, e in sentences:
        mid = (s + e) // 2
        # the sentence first, then windows inside it (answered from its scan, as a verb's subject window is), then a
        # window past it (a new scan)
        for c0, c1 in ((s, e), (s + 7, e), (mid, e), (s, mid), (s + 7, e - 5), (mid, e + 40)):
            c0, c1 = min(c0, c1), min(c1, len(text))
            want = X._OPEN[0]
            for w, bits in X._WORD_BITS.items():
                if w in text[c0:c1]:
                    want |= bits
            assert X.mask(text, c0, c1) == want, text[c0:c1]
            shut += bin(want).count("1") < len(X._BITS)
    assert shut > 500


def test_a_shut_pattern_matches_nowhere_in_the_sentence(sentences: list) -> None:
    opened = closed = 0
    for text, s, e in sentences:
        bits = X.mask(text, s, e)
        for pattern, bit in X._BITS.items():
            if bits & bit:
                opened += 1
            else:
                closed += 1
                assert pattern.search(text, s, e) is None, (pattern.pattern[:60], text[s:e])
    assert opened > 1000 and closed > 10_000


def test_the_act_patterns_are_gated() -> None:
    from timeline import lexicon as L
    from timeline.actions import FALLBACK_BITS, NOMINAL_BITS, NOUN_BITS, TRIGGER_BITS, VISIT_BITS

    assert set(TRIGGER_BITS) == set(L.TRIGGERS) and set(NOMINAL_BITS) == set(L.NOMINAL_TRIGGERS)
    assert set(VISIT_BITS) == set(L.VISIT_TRIGGERS)
    assert not X.mask("the ministers met in geneva on monday.", 0, 38) & VISIT_BITS["meeting"]  # no travel word
    assert X.mask("the minister arrived in geneva on monday.", 0, 41) & VISIT_BITS["meeting"]
    assert "subject" in FALLBACK_BITS and set(NOUN_BITS) == {"subject_nouns", "open_subject_nouns"}
    # the fallback verbs are hundreds of strings: past the statement rules' limit, within the act side's
    subject = L.FALLBACK_TRIGGERS["subject"]
    assert S.required_words(subject) is None
    words = S.required_words(subject, X.MAX_SET)
    assert words is not None and len(words) > S.MAX_SET
    assert not X.mask("the ministry said on monday it would respond.", 0, 45) & FALLBACK_BITS["subject"]


# 60 made-up verbs of no common first letters (a shared prefix would be the parser's one literal, a gate of its own)
LONG = [f"{a}{b}mored" for a in "bcdfghjklm" for b in "aeiouy"]


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:seized|boarded) the\b", ("boarded the", "seized the")),  # the longest known run: verb and article
    (r"\bfired(?: on)? at\b", ("fired at", "fired on at")),  # an optional part: each form whole
    (r"(?i)\bseized\b", None),  # case-blind: no gate
    ("|".join(sorted(LONG)), None),  # 60 strings: past the default limit
])
def test_required_words_rows(pattern: str, words: tuple[str, ...] | None) -> None:
    assert S.required_words(re.compile(pattern)) == words


def test_a_larger_limit_gates_a_long_list() -> None:
    pattern = re.compile(r"\b(?:" + "|".join(LONG) + r")\b")
    assert S.required_words(pattern) is None
    assert S.required_words(pattern, 100) == tuple(sorted(LONG))
