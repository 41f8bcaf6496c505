"""Session 20 (pspeed20): parity's per-excerpt work (excerpt_part, on the extraction workers) made cheaper, the same facts.

- `lexicon._counted_re`: counts_in reads only the matches of COUNTED_RE that can count (numbers, cardinal words less
  "hundred" and "thousand"): the very matches, in order, that counts_in's loop kept of COUNTED_RE's every word.
- `build.WORKER_CACHE_TEXTS`: the per-text caches are emptied less often on a worker; cached or made again, the facts
  are the same (out/ byte-identical on the samples, heldout2 and a generated 300 set: in the commit message).
- Scoring: `topics.place_disputed` reads the second sentence only when the first tells a place (`_where`, remembered per
  sentence); `claims.per_claim` reads its slot in C: the same answers as the plain functions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from excerpt.loader import load_folder
from parity import build, lexicon, score, topics
from parity.claims import clear_caches as claims_cache_clear
from tests.parity.helpers import claims_for, event, record
from timeline.events import extract_checked

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "excerpt" / "samples"


COMPOUND_RE = re.compile(r"(?<![\w.,+-])([A-Za-z]+-[A-Za-z]+)(?![\w-])")


def _counting_matches_of_every_word(text: str) -> list[tuple[int, int]]:
    """The plain path: COUNTED_RE's matches (every word) less those counts_in dropped at once as no number; and (session
    27) every hyphenated pair of words that is a compound number word ("Twenty-one", lexicon.compound_value)."""
    cardinals, _, _ = lexicon._numbers()
    kept = []
    for m in lexicon.COUNTED_RE.finditer(text):
        low = m.group(1).casefold().replace(",", "")
        if low.isdigit() or (low in cardinals and low not in ("hundred", "thousand")):
            kept.append(m.span(1))
    kept += [m.span(1) for m in COMPOUND_RE.finditer(text) if lexicon.compound_value(m.group(1)) is not None]
    return sorted(kept)


def _counting_matches(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in lexicon._counted_re().finditer(text)]


@pytest.mark.parametrize("text", [
    "The navy fired Three ballistic missiles and TWO cruise missiles on 4 May.",
    "seventeen ships, seven planes, sevens, seventeenth, one-off, a 70-year pact, 1,200 troops and 12,30 boats",
    "Twenty-one sailors; fifty.five; +3 jets; -4; 3.5 tonnes; G7 and Group of 20; one hundred and a thousand",
    "Ühe ship, éone boat, ſeven ſhips, Kone, ONE; (Six) “eleven” dozen Dozen DOZENS",
    "Hull 5901 and flight 752 sailed; ١٢ boats; x9 and 9x",
    "",
])
def test_counting_matches_are_those_of_every_word_that_count(text):
    assert _counting_matches(text) == _counting_matches_of_every_word(text)


WORDS = ["one", "One", "ONE", "seven", "seventeen", "Seventy", "hundred", "thousand", "dozen", "oneself", "ſeven",
         "twenty", "Kone", "ships", "of", "the", "1", "12", "1,200", "2024", "3.5", "G7", "x", "é", "-", "+", ",", ".",
         "(", "“", "'", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.lists(st.sampled_from(["", " ", "-", ",", "."]), max_size=30))
def test_counting_matches_agree_on_any_run_of_words(words, glue):
    text = "".join(w + (glue[k] if k < len(glue) else " ") for k, w in enumerate(words))
    assert _counting_matches(text) == _counting_matches_of_every_word(text)


def _parts(folder: Path, threshold: int) -> list[build.ExcerptPart]:
    lexicon.clear_caches()
    claims_cache_clear()
    saved = build.WORKER_CACHE_TEXTS
    build.WORKER_CACHE_TEXTS = threshold
    try:
        excerpts = load_folder(folder, structure=True).excerpts
        return [build.excerpt_part(e, extract_checked(e)[0]) for e in excerpts]
    finally:
        build.WORKER_CACHE_TEXTS = saved


@pytest.mark.parametrize("folder", [SAMPLES, DATA / "gaps2" / "przewodow"])
def test_excerpt_parts_are_the_same_whether_caches_are_kept_or_emptied_each_time(folder):
    emptied = _parts(folder, 0)  # the caches emptied after every excerpt: every text read afresh
    kept = _parts(folder, 1 << 30)
    assert kept == emptied and sum(map(len, kept)) > 10


# ---------------------------------------------------------------- scoring: place_disputed and per-claim answers

PLACE_TEXTS = [
    "Oman shot down an American drone over Omani airspace on Monday",
    "The American drone was shot down over international waters on Monday",
    "The coast guard seized the tanker in its territorial waters on Monday",
    "Jets intercepted the patrol plane close to Omani airspace on Monday",
    "Oman said it was in its airspace; Washington said it flew in international airspace",
    "Oman shot down an American drone on Monday",
]


def _plain_place_disputed(a, b):
    """place_disputed as it was: both sentences read, then compared."""
    where = topics._where.__wrapped__
    here, there = where(a.event.evidence.exact), where(b.event.evidence.exact)
    if here is None or there is None:
        return None
    if (topics.OUTSIDE_RE.fullmatch(here) is None) == (topics.OUTSIDE_RE.fullmatch(there) is None):
        return None
    return here, there


@pytest.mark.parametrize("text_a", PLACE_TEXTS)
@pytest.mark.parametrize("text_b", PLACE_TEXTS)
def test_place_disputed_reads_the_second_sentence_only_when_the_first_tells_a_place(text_a, text_b):
    recs = [record("q1", "Coast Wire", "2034-09-03"), record("q2", "Fleet Weekly", "2034-09-04")]
    a = event("q1", text_a, "other", actor="Oman", day="2034-09-01")
    b = event("q2", text_b, "other", actor="Oman", day="2034-09-01")
    (ca, cb), _ = claims_for(recs, [a, b])
    assert topics.place_disputed(ca, cb) == _plain_place_disputed(ca, cb)
    assert topics.place_disputed(cb, ca) == _plain_place_disputed(cb, ca)


def test_per_claim_answers_are_the_functions_own_and_kept():
    recs = [record("q1", "Coast Wire", "2034-09-03")]
    evs = [event("q1", "Three fishermen were wounded when the patrol boat fired on Monday", "other", actor="Oman",
                 day="2034-09-01"),
           event("q1", "The ministry said the boat had entered its waters", "statement", actor="the ministry")]
    claims, _ = claims_for(recs, evs)
    for c in claims:
        first = score._counts_itself(c)
        assert first == score._counts_itself.__wrapped__(c)
        assert c.memo_counts_itself is first and score._counts_itself(c) is first
    assert [score._counts_itself(c) for c in claims] == [True, False]


@pytest.mark.parametrize("summary", PLACE_TEXTS + ["sailed near its territorial waters", "flew over the high seas", ""])
def test_place_words_of_a_summary_as_denies_place_read_them(summary):
    plain_inside = not (not topics.INSIDE_RE.search(summary) or topics.OUTSIDE_RE.search(summary)
                        or topics.NEAR_RE.search(summary))
    assert topics._told_inside(summary) is plain_inside
    assert topics._told_outside(summary) is bool(topics.OUTSIDE_RE.search(summary))
