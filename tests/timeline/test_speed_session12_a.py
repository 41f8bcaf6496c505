"""Session 12 (tspeedA): rules skipped where a sentence lacks their required words give exactly the plain path's output
(equality and soundness, never timings)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timeline.speed_helpers import default_events, dev_excerpts, generated_excerpts
from timeline import frames as F
from timeline import lexicon as L
from timeline import sentindex as SI
from timeline import speakers as S

# Development corpora named one by one (never a glob over tests/data: the blind sets live there too).
DEV = ["excerpt/samples", "tests/data/excerpts", "tests/data/eval/bs", "tests/data/eval/iran", "tests/data/eval/scs",
       "tests/data/gaps/kgtj", "tests/data/gaps/senkaku", "tests/data/gaps2/przewodow", "tests/data/gaps2/ryanair",
       "tests/data/heldout/redsea", "tests/data/heldout4/skripal", "tests/data/fresh6/reaper",
       "tests/data/dev11-speech", "tests/data/dev11-stmts"]
# Sentences that hold the gated rules' words, so every gate is seen open as well as shut.
GATE_TEXT = ("According to the country's foreign ministry, the two leaders met. The Kremlin's view is that it was a "
             "mistake; in Beijing's telling, the Biden administration erred. The president is due to speak on Friday. "
             "The remarks drew a sharp rebuke from Tokyo. Hamas's press service said the group would reply. A joint "
             "statement issued after the talks said the Ministry of Defence agreed. The Houthi movement's spokesman "
             "said so, as per the letter. The 71-year-old told the BBC: the ministry's statement followed.")


def _excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(16, seed=12)


@pytest.mark.parametrize(("pattern", "words"), [
    # session 26: speak26's "by the count/reckoning/tally of X" leads joined the pattern, so their words are required too
    (F.ACCORDING_RE, ("According to", "As per", "Based on", "By the count of", "By the reckoning of", "By the tally of",
                      "In step with", "according to", "as per", "by the count of", "by the reckoning of", "by the tally of",
                      "in step with")),
    (S.GROUP_HEAD_RE, ("group", "insurgents", "militants", "militia", "movement", "rebels")),
    (S.STATE_HEAD_GATE_RE, ("Department", "Ministry")),
    (re.compile(r"ab(?:c|d)e"), ("abce", "abde")),
    (re.compile(r"x?(?:spokes(?:man|woman))\b"), ("spokesman", "spokeswoman")),
    (re.compile(r"(?<!\w)[Tt]he\s+(?:nation|state)['’]s"), ("nation's", "nation’s", "state's", "state’s")),
    (re.compile(r"(?i)according"), None),  # case-folded: not read
    (re.compile(r"(?:(?i:x)yz|abc)"), ("abc", "yz")),  # a case-folded part is skipped, the rest still read
    (re.compile(r"\w+ed\b"), ("ed",)),
    (re.compile(r"[a-z]+"), None),
    (re.compile(r"(?:abc)?\w+"), None),  # the only literal is optional
    (re.compile(r"abc|\w+"), None),  # one branch holds no literal
    (re.compile(r"a"), None),  # shorter than MIN_LEN
    (re.compile(r"(?:view|line)\s+is\s+that\b"), ("line", "view")),  # not "that": a word in most sentences
    (re.compile(r"(?:\w+\s+){1,3}said"), ("said",)),  # never "sai", a part of a frequent word
])
def test_required_words_are_read_from_the_parse_tree(pattern: re.Pattern[str], words: tuple[str, ...] | None) -> None:
    assert SI.required_words(pattern) == words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["according to", "As per", "the", "The ", "group", "s ", "'s", "’s ", "Ministry",
                                 "statement", "spokesman", "drew", "rebuke", "from", "view", "is that", "Kremlin",
                                 "country", "administration", "Biden", "speak", " ", ", ", ".", "leaders", "two "]),
                max_size=30), st.integers(0, 40), st.integers(0, 80))
def test_a_shut_gate_is_a_pattern_with_no_match(parts: list[str], a: int, b: int) -> None:
    text = "".join(parts)
    keys = SI.KeyIndex(L.lowered(text))
    for pattern, bit in SI._BITS.items():
        if not keys.mask(a, b) & bit:
            assert pattern.search(text, a, b) is None, (pattern.pattern, text, a, b)


def test_on_dev_sentences_every_shut_gate_is_a_pattern_with_no_match() -> None:
    shut = opened = 0
    texts = [e.body for e in _excerpts()] + [GATE_TEXT]
    for text in texts:
        keys = SI.KeyIndex(L.lowered(text))
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.;]+[.;]?", text)] + [(0, len(text))]
        for a, b in spans:
            mask = keys.mask(a, b)
            for pattern, bit in SI._BITS.items():
                if mask & bit:
                    opened += 1
                else:
                    shut += 1
                    assert pattern.search(text, a, b) is None, (pattern.pattern, text[a:b])
    assert shut > 5 * opened > 0  # most rules are shut in most sentences: the index does skip them


def test_every_gate_is_seen_open_on_its_own_words() -> None:
    keys = SI.KeyIndex(L.lowered(GATE_TEXT))
    mask = keys.mask(0, len(GATE_TEXT))
    for pattern, bit in SI._BITS.items():
        if pattern.search(GATE_TEXT):
            assert mask & bit, pattern.pattern
    assert sum(1 for p in SI._BITS if p.search(GATE_TEXT)) == len(SI._BITS)


def test_extraction_with_the_gates_is_the_plain_path_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.events import extract_checked

    excerpts = _excerpts()
    assert len(excerpts) > 60
    fast = [evs for evs, _ in default_events(excerpts)]  # the default path (once per excerpt and process)
    monkeypatch.setattr(SI, "GATED", False)
    plain = [[ev.model_dump_json() for ev in extract_checked(e)[0]] for e in excerpts]
    assert sum(map(len, plain)) > 500
    assert fast == plain


def test_no_index_opens_every_gate() -> None:
    assert SI.mask_of(None, 0, 10) == -1
    keys = SI.KeyIndex("nothing here")
    assert keys.mask(0, 12) & S.G_OWNED_NOUN == 0
    assert SI.mask_of(keys, 0, 12) == keys.mask(0, 12)
