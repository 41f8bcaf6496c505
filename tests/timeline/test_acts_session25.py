"""Session 25 (acts25, issue 4): acts told inside a statement's sentence. The cause S of kinds24's table (an act told in
the same sentence as a statement, not read as its own event, so the gold act matched the statement) re-tabled on the
freshest open text, heldout19 (declassified this session) and heldout20, and its largest rule-shaped rows fixed. Rows are
fresh sentences about other crises, outlets and years (never a held-out set's text).

The table: every "kind statement for X" and every missed act of `python -m timeline.evaluate --corpus D -v` on heldout19
and heldout20 at main 0ab79b9 whose sentence holds a statement (its attribution, or an embedded "he says"), by shape.

| shape (why not read)                                                                          | gold acts               | n |
|-----------------------------------------------------------------------------------------------|-------------------------|---|
| J  the act's clause cut at an "and" inside its object, so the anchor fell to the statement:   | h19 og-01 x2            | 2 |
|    "renounced its 1974 treaty of friendship | and cooperation with the Soviet Union, ordered"   |                         |
|    (a verb after a series comma counted as the "and"'s), "stripped of the use of the naval |   |                         |
|    and air facilities it has built up" (a contact relative's verb counted as the "and"'s)    |                         |   |
| P  a second predicate after an irregular past no clause list holds: "army officers overthrew  | h20 bt-01, bt-02        | 2 |
|    the Iraqi monarchy and killed King Faisal II, a U.S. Embassy spokesman said" (one event)   |                         |   |
| E  an embedded "N he says is ..." read as a frame over the whole sentence: "waded ashore ...   | h20 bt-01, bt-02        | 2 |
|    and took over the city's airport, ... a rebellion he says is armed from Syria"             |                         |   |
| G  progressive or stative acts told first or after "said": "Soviet transport planes have been | h19 og-01 x2, og-04,    | 5 |
|    landing in Addis Ababa ... since late October, ... sources say", "rescue ships have been   | wh-03, wh-04            |   |
|    standing by ... since October 29, it says", "officers were directing operations", "are     |                         |   |
|    reported to be on their way", "salvage ships had lain outside the limit since 29 October"  |                         |   |
| V  a verb no list reads as an act in reported words: "had brought down two Sukhoi jets on     | h19 cp-02, wh-04;       | 5 |
|    Friday" after "stated on Monday that" ("shot down" is read), "had measured radiation from  | h20 kh-04, rw-04 x2     |   |
|    the hull" (a stop verb), "saying it had pressed Karimov to close the base" ("pressed" needs |                         |   |
|    a day), "pleaded guilty on the 4th" (read as speech), "the crew said, and towed her"       |                         |   |
| D  a declaration or a nominal told as speech: "declared a state of national emergency on 27   | h19 cp-04, rw-03 (h20)  | 2 |
|    January and called up reservists", "the admission yesterday that its agents sank the ..."  |                         |   |

J and P are fixed here (steps 1-2), and D's declarations (step 4: heldout19 cp-04, and heldout16 fk-04 "Argentina declared
its own 200-mile zone along its coast on Thursday" of the same shape); E is the speech frames' (speak25: a "he says"
inside a noun phrase); G is a reading of states and progressives that precision forbids without more evidence (no rule
found that keeps heldout17's extras away: "The ship was 25 miles off the coast" is the same shape); V is one word or one
court act each (cp-02's verb is read once the speaker is: "Peru's armed forces command stated" opens no frame, speak25).
Step 3 is a precision row of this session's dev corpus (tests/data/dev25-acts): a noun of an act as the subject of a
negated verb. Step 5 is heldout18 gr-04's passive of a journey by air told first behind an apposition; step 6 the day of
a second predicate told first before ", X said", shared with the first (dev25-acts tw-02).
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _day, _events
from timeline import attributes as A


def _acts(text: str, published: str) -> list[tuple[str, str]]:
    """(kind, evidence) of every event that is no statement."""
    return [(e.kind.value, e.evidence.exact) for e in _events(text, published) if e.kind.value != "statement"]


def _held(acts: list[tuple[str, str]], words: str) -> list[str]:
    """The evidence spans of the acts that hold the words (fails listing the acts found)."""
    hits = [ev for _, ev in acts if words in ev]
    assert hits, acts
    return hits


# Step 1 (J): an "and" inside an act's object is no clause break. A verb after the comma that follows the noun phrase is
# the series' next predicate ("..., ordered"), and a verb after a pronoun after a noun is a contact relative clause's
# ("the bases it had leased"): neither makes the "and" open a clause. Each row's act was cut at the "and" on main 0ab79b9.
NOUN_AND = [
    ("Bolivia today renounced its 2006 accord of trade and investment with Brasilia, expelled two Brazilian consuls and "
     "closed the border at Corumba, the state radio said.", "2009-05-04",
     "renounced its 2006 accord of trade and investment with Brasilia"),
    ("The Russian Navy was also stripped of the berths and fuel depots it had leased at the port of Sevastopol, the "
     "ministry said.", "2014-01-09", "the berths and fuel depots it had leased"),
    ("Kenya on Sunday suspended its pact of defence and security with Mogadishu, recalled its envoy and shut two "
     "crossings, a government spokesman said.", "2019-02-17", "suspended its pact of defence and security with Mogadishu"),
]


@pytest.mark.parametrize(("text", "published", "words"), NOUN_AND)
def test_an_and_inside_the_object_keeps_the_act_whole(text: str, published: str, words: str) -> None:
    assert _held(_acts(text, published), words)


# Step 1's split kept: the series' predicates stay acts of their own. The comma before ", accusing ..." now closes the
# series as an attribution's does (without it the first row read one event over the first two predicates once the
# "and" inside the object no longer cut; on main 0ab79b9 it cut the object instead).
SERIES_KEPT = [
    ("Bolivia today scrapped its accord of trade and investment with Brasilia, expelled two Brazilian consuls and closed "
     "the border at Corumba, accusing Brasilia of arming the rebels.", "2009-05-04",
     ["scrapped its accord of trade and investment with Brasilia", "expelled two Brazilian consuls", "closed the border at Corumba"]),
    ("Kenya on Sunday suspended its pact of defence and security with Mogadishu, recalled its envoy and shut two "
     "crossings, a government spokesman said.", "2019-02-17", ["recalled its envoy", "shut two crossings"]),
]


@pytest.mark.parametrize(("text", "published", "parts"), SERIES_KEPT)
def test_a_series_keeps_one_act_a_predicate(text: str, published: str, parts: list[str]) -> None:
    acts = _acts(text, published)
    spans = [_held(acts, p) for p in parts]
    assert all(len(set(s) & set(t)) == 0 for i, s in enumerate(spans) for t in spans[i + 1:]), acts


# Guards of step 1: an "and" that opens a clause after a setting or a time still cuts ("and the next day they ...", "and on
# Monday, ..."), and a noun phrase set off by an aside before its verb is another subject ("and tanks, backed by jets,").
AND_STILL_CUTS = [
    ("Militia fighters stormed the depot and the next day they looted its armoury", ["the next day they looted"]),
    ("Militia fighters stormed the depot and on Monday, seized the port", ["seized the port"]),
    ("Artillery shelled the town and tanks, supported by jets, crossed the river", ["tanks, supported by jets"]),
    ("The junta dissolved parliament and it later arrested the speaker", ["it later arrested the speaker"]),
]


@pytest.mark.parametrize(("text", "after"), AND_STILL_CUTS)
def test_an_and_that_opens_a_clause_still_cuts(text: str, after: list[str]) -> None:
    cuts = A.and_cuts(text, 0, len(text))
    assert any(after[0] in text[c:c + 40] for c in cuts), [text[c:] for c in cuts]


# Step 2 (P): "overthrew" joins triggers.toml [clauses] verbs, so "overthrew X and killed Y" is two predicates: the second
# act gets its own evidence (on main 0ab79b9 one event ran over both, and the gold's second act fell to the statement).
SECOND_PREDICATE = [
    ("Hours after army officers in Ouagadougou overthrew the president and killed his chief of staff, the radio said.",
     "2022-01-25", "killed his chief of staff"),
    ("Rebel soldiers overthrew the civilian government on Tuesday and arrested the prime minister, a UN spokesman "
     "said.", "2021-10-27", "arrested the prime minister"),
]


@pytest.mark.parametrize(("text", "published", "words"), SECOND_PREDICATE)
def test_a_second_predicate_after_overthrew_is_its_own_act(text: str, published: str, words: str) -> None:
    hits = _held(_acts(text, published), words)
    assert all("overthrew" not in h for h in hits), hits


# Step 3 (precision, dev25-acts tw-02): a noun of an act followed by a negated verb is that verb's subject; a day after
# the verb is no day of the noun's (on main 0ab79b9 each row read a military exercise on that day). Guard: a noun with
# its own day before the negation, or a plan of the noun's, is still the act.
NEGATED_NOUN = [
    ("Seoul officials said the drills would not delay the summit on June 12.", "2018-05-30"),
    ("The manoeuvres won't disrupt ferry services on Friday, the coast guard said.", "2021-04-07"),
]


@pytest.mark.parametrize(("text", "published"), NEGATED_NOUN)
def test_a_negated_verb_after_a_noun_of_drills_tells_no_drills(text: str, published: str) -> None:
    assert "military_exercise" not in [k for k, _ in _acts(text, published)]


NOUN_GUARDS = [
    ("The drills on Monday did not disrupt ferry services, the coast guard said.", "2021-04-07"),
    ("The drills would begin on Monday, the coast guard said.", "2021-04-07"),
]


@pytest.mark.parametrize(("text", "published"), NOUN_GUARDS)
def test_a_noun_of_drills_with_its_own_day_is_still_read(text: str, published: str) -> None:
    assert "military_exercise" in [k for k, _ in _acts(text, published)]


# Step 4 (D): a declaration of a measure no list held is an act, not words: a state of emergency with a word inside and a
# zone a state claims or closes (triggers.toml's last [[rare]] row; serieslist.declared_measure keeps frames from reading
# the verb as speech). Each row was a statement alone on main 0ab79b9 (heldout16 fk-04, heldout19 cp-04 had the shape).
DECLARED_MEASURE = [
    ("Peru declared a state of national emergency in three provinces on 3 March.", "2003-03-05"),
    ("Chile declared its own 200-mile zone off Easter Island on Friday.", "1977-06-20"),
    ("Greece declared a 10-nautical-mile exclusion zone around the islets on Tuesday.", "1996-02-01"),
]


@pytest.mark.parametrize(("text", "published"), DECLARED_MEASURE)
def test_a_measure_declared_is_an_act(text: str, published: str) -> None:
    kinds = [e.kind.value for e in _events(text, published)]
    assert "other" in kinds and "statement" not in kinds, kinds


# Guards of step 4: words declared after "that", and a stance on a zone, stay statements with no act.
DECLARED_WORDS = [
    ("Athens declared that the exclusion zone would stay in force until May.", "1996-02-01"),
    ("Ankara declared its support for a buffer zone along the border on Monday.", "2015-07-28"),
]


@pytest.mark.parametrize(("text", "published"), DECLARED_WORDS)
def test_words_declared_about_a_zone_stay_a_statement(text: str, published: str) -> None:
    events = _events(text, published)
    assert [e.kind.value for e in events if "zone" in e.evidence.exact] == ["statement"], [
        (e.kind.value, e.evidence.exact) for e in events]


# Step 5 (heldout18 gr-04's shape: "The Soviet ambassador, Mr X, and some 40 Soviet citizens were flown out to Mexico City
# yesterday, Western diplomats said"): a passive of a journey by air told first or reported ("flown out", "flown home",
# "flown back": openverbs.toml passive_phrasal) is an act; a subject set off by an apposition kept no trigger's doer search
# from losing it. Each row read no act on main 0ab79b9. (A flag "flown over" or "at half-mast" has no particle of a
# journey: this list never reads it; a trigger of flights already did on main 0ab79b9, which this step leaves as it was.)
FLOWN = [
    ("The consul, Ms Ana Duarte, and 62 Chilean nationals were flown out to Lima on Sunday, the foreign ministry said.",
     "2019-03-04", "were flown out to Lima"),
    ("The border guards said the injured fishermen, three of them minors, had been flown home on Tuesday.", "2012-08-16",
     "had been flown home"),
]


@pytest.mark.parametrize(("text", "published", "words"), FLOWN)
def test_people_flown_out_are_an_act(text: str, published: str, words: str) -> None:
    assert _held(_acts(text, published), words)



# Step 6 (dev25-acts tw-02's shape): words told first, before ", X said", whose second predicate carries the day
# ("cleared the island of ... and closed the lanes around it on Monday, the paper reported"): the first act takes that
# day, as it does with no attribution ("boarded two boats and detained the crew on Sunday"; actions._date_after). The
# frame's words ended at the "and", so the day was outside them on main 0ab79b9 and the first act stayed undated.
# Guard: a day of the attribution's own ("the ministry on Sunday said") is no day of the acts.
TOLD_FIRST_DAY = [
    ("Coast guard cutters boarded two dhows and detained their crews on Sunday, the Omani ministry said.", "2016-08-30",
     "boarded two dhows", ("2016-08-28", "2016-08-28")),
    ("Government troops cleared the village of civilians and shelled the ridge above it on Tuesday, residents said.",
     "2013-05-16", "cleared the village of civilians", ("2013-05-14", "2013-05-14")),
    ("Police arrested two men and seized weapons, the ministry on Sunday said.", "2016-08-30", "arrested two men", None),
]


@pytest.mark.parametrize(("text", "published", "words", "day"), TOLD_FIRST_DAY)
def test_a_day_of_the_second_predicate_told_first_is_the_first_acts_too(
        text: str, published: str, words: str, day: tuple[str, str] | None) -> None:
    assert _day(_events(text, published), "other", words) == day
