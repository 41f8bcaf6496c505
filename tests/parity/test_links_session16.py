"""Session 16 (plink16): parity links where one side does many acts of one kind on close days (a standoff: ships
moving daily, jets intercepting one plane type on two days, one ministry speaking every day), on GOLD events
(`python -m parity.evaluate --eval DIR --oracle -v`), main 8988669. The false links of tests/data/dev16-standoff
(written gold-first this session), the declassified heldout9/13/7/10/12 and dev12-links, by the rule that made them
(each false link counted once, by the rule of score.same_event_miss / score_pair that made it, read with `--oracle -v`):

| false link: rule                                                   | d16 | h9 | h13 | h7 | h10 | h12 | d12l | all |
|--------------------------------------------------------------------|-----|----|-----|----|-----|-----|------|-----|
| same_topic: a plan / announcement / sequel rule                     |   2 |  1 |   4 |  3 |     |   1 |      |  11 |
| same_event: a relay (only its speaker) and a statement of its state |   7 |    |     |    |     |     |      |   7 |
| same_event: one actor's acts, one day, score by its bonuses         |   1 |  2 |     |    |   2 |   2 |      |   7 |
| same_event: statements of one state, one undated                    |     |  2 |     |  1 |     |     |    4 |   7 |
| same_event: one_act (one head) a day apart (ACT_GAP_DAYS)           |   1 |    |     |  1 |   4 |     |      |   6 |
| same_topic: one stance (one state's line)                           |   1 |    |   3 |    |     |   1 |    1 |   6 |
| same_event: one remark / a copied sentence's two events             |     |    |     |  4 |     |   2 |      |   6 |
| same_event: an act under "other" and a specific kind, one actor     |     |    |     |    |   5 |   1 |      |   6 |
| same_event: one person's statements of one day                      |     |  1 |     |    |   4 |     |      |   5 |
| same_event: acts days apart (EVENT_WINDOW_DAYS)                     |   3 |    |     |    |     |     |      |   3 |
| same_topic: words (TOPIC_SIM with one actor or side)                |   1 |  2 |     |    |     |     |      |   3 |
| same_event: statements of one state, one day                        |     |    |     |    |   1 |     |    2 |   3 |
| same_event: one actor's acts a day apart, score by its bonuses      |   2 |    |     |    |     |     |      |   2 |
| same_event: one actor's acts, one undated, score by its bonuses     |     |  1 |     |  1 |     |     |      |   2 |
| same_event: one_act (one head), one day                             |     |    |     |    |   1 |   1 |      |   2 |
| same_topic: a trip; same_event: one toll                            |     |  2 |     |    |     |     |      |   2 |
| all                                                                | 18  | 11 |   7 | 10 |  17 |   8 |    7 |  78 |

Missed links (`--oracle --why`, the first rule that refused each), the same sets but dev12-links:
| missed link: rule                                        | d16 | h9 | h13 | h7 | h10 | h12 | all |
|----------------------------------------------------------|-----|----|-----|----|-----|-----|-----|
| same_event: summaries share no word                      |   1 | 14 |   1 |  8 |   3 |     |  27 |
| same_event: score under threshold                        |   2 |  8 |   2 |  7 |   1 |   6 |  26 |
| same_topic: similarity < 0.05 / 0.12 / 0.25 / 0.45        |   4 |  7 |     | 15 |   2 |   3 |  31 |
| same_topic: a relay                                      |   5 |  3 |   1 |    |   1 |   2 |  12 |
| blocked (candidate limit, no shared key)                 |   1 |  6 |   2 |  9 |     |   2 |  20 |
| same_event: no anchor                                    |   1 |  3 |     |  3 |     |   1 |   8 |
| same_event: two relays, words apart                      |   3 |  3 |     |  1 |     |     |   7 |
| same_event: a relay (a relay and a remark)               |   3 |    |     |  3 |   2 |     |   8 |
| same_event: speaker unknown, words apart                 |   1 |  3 |   1 |    |     |     |   5 |
| kinds differ (same_event 4, same_topic 9)                |     |  1 |   8 |  4 |     |   1 |  14 |
| found with the other relation / modality / undated days  |   1 |  3 |     |  1 |   1 |     |   6 |
| other (other act heads, a copy's other sentence)         |     |    |   1 |    |   1 |     |   2 |
| all                                                      |  22 | 51 |  15 | 51 |  11 |  14 | 164 |

Fixed (general rules, parity/repeats.py, words in parity/data/repeats.toml), each a refusal in score.same_event_miss:
"ships apart" (two moves naming ships by name, none shared), "moves apart" (one side's moves on single days two or more
apart), "told repeated" (an act whose own clause tells it done once more, "for a second day", against an act of another
day), "bodies differ" (one state's foreign ministry and its armed forces speak apart); such repeated deeds are no one
subject by words alone either (score._deeds_repeated; a trip, a named thing told twice and a development told by another
head still link). And parity.build keeps, of one claim's same_event links into one excerpt, the nearest day's only
(repeats.nearest_counterparts: an excerpt telling one side's acts of two days has one counterpart for each).
Figures (oracle links P/F1, status): dev16-standoff .62/.59 70% -> .74/.64 86% (end to end .57/.41 56% -> .63/.44
63%); heldout10 .77/.81 -> .82/.83; heldout7 .90 -> .91 (status 73 -> 74%); heldout12 .85/.80 76% -> .84/.79 74% (one
accord told on two days, "brokered on Tuesday night" / "agreed early on Wednesday": its nearer counterpart kept);
heldout9, heldout13, dev12-links, eval, gaps, gaps2, heldout..heldout4, fresh6 and the samples (.83, 14/14) unchanged
(eval end to end .83 -> .84). Blind (summaries only): heldout15 P .52 -> .54 (fp 42 -> 39), F1 .52 -> .53, status
71 -> 72%; heldout14 P .69 -> .70 (fp 14 -> 13), status 59 -> 58%; heldout5 P .87 -> .89 (fp 14 -> 12), status 80 ->
81%; heldout6/8/11 unchanged; end to end unchanged on all six.
Left: a relay that is only its speaker ("the Foreign Ministry said") against a protest its state lodged (told as a
statement): 9 gold links of one named person's speaker-only relays hang on the same rule (relay_only_speaker measured
9 right / 10 false on every dev set), so it stays; one actor's acts of one day linked by the actor and day bonuses at
similarity 0.12-0.2 (27 right links of the dev sets lie there too).
"""

from __future__ import annotations

import pytest

from parity.models import Relation
from parity.repeats import (
    moves_apart,
    nearest_counterparts,
    organ_of,
    repeats_apart,
    ships_apart,
    ships_named,
)
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("p1", "Harbour Wire", "2025-05-14"), record("p2", "Coastal Times", "2025-05-15")]


@pytest.mark.parametrize(("summary", "names"), [
    ("the corvette Orlan sailed past the island", [["orlan"]]),
    ("The patrol ship KRI Badak shadowed the corvette", [["badak"]]),
    ("the coast guard ship 4203 anchored off the reef", [["4203"]]),
    ("BRP Datu Kalantiaw sailed to the shoal", [["datu", "kalantiaw"]]),
    ("the frigates Almirante and Condor left Valparaiso", [["almirante"], ["condor"]]),
    ("the destroyer USS Harlan Crow entered the gulf", [["crow", "harlan"]]),
    # no name: a kind alone, a kind then a verb, a state's demonym
    ("a coast guard ship fired water cannon", []),
    ("Three warships sailed into the strait on Monday", []),
])
def test_ships_named(summary: str, names: list[list[str]]) -> None:
    assert sorted(sorted(n) for n in ships_named(summary)) == sorted(names)


def _pair(one: tuple, other: tuple, kind: str = "ship_movement"):
    """Two events of the two sources as (text, actor, day[, summary]) rows, and their claims."""
    def make(excerpt: str, row: tuple):
        text, actor, day, *rest = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=rest[0] if rest else text.rstrip("."))
    return make("p1", one), make("p2", other)


def _facts(one, other):
    (fa, fb), _ = claims_for(RECS, [one, other])
    return fa, fb


def test_two_named_ships_are_two_moves() -> None:
    """Two corvettes of one fleet on consecutive days, each named: two moves, no link of one event."""
    a, b = _pair(("The corvette Orlan sailed close to Indonesian waters near Natuna on Tuesday.", "Vietnam",
                  "2025-05-13"),
                 ("On Monday the corvette Kestrel took the same route near Natuna.", "Vietnam", "2025-05-12"))
    assert ships_apart(*_facts(a, b))
    got = scored(RECS, a, b)
    assert got is None or got.relation != Relation.same_event


def test_one_named_ship_told_twice_is_no_apart() -> None:
    a, b = _pair(("BRP Datu Kalantiaw sailed to the shoal on Tuesday.", "Philippines", "2025-05-13"),
                 ("The vessel Datu Kalantiaw arrived at the shoal on Tuesday.", "Philippines", "2025-05-13"))
    assert not ships_apart(*_facts(a, b))


def test_one_sides_moves_days_apart_are_two() -> None:
    """Coast guard ships that anchored on Sunday and moved closer on Wednesday: two moves, and no one subject by words
    alone (one side's deed repeated)."""
    a, b = _pair(("A Chinese coast guard ship anchored about five nautical miles from the reef on Sunday.", "China",
                  "2025-05-11"),
                 ("Chinese coast guard ships moved to within three nautical miles of the reef on Wednesday.", "China",
                  "2025-05-14"))
    fa, fb = _facts(a, b)
    assert moves_apart(fa, fb)
    assert scored(RECS, a, b) is None


def test_one_named_ships_moves_days_apart_are_one_subject() -> None:
    """One named ship's two moves days apart: two moves, one subject (same_topic, as a named ship told twice is in
    test_deeds_apart_session8); its hull number is no count ("ship 4203")."""
    a, b = _pair(("The coast guard ship 4203 anchored off the reef on Sunday.", "China", "2025-05-11"),
                 ("Ship 4203 moved closer to the reef on Wednesday.", "China", "2025-05-14"))
    assert moves_apart(*_facts(a, b))
    got = scored(RECS, a, b)
    assert got is not None and got.relation == Relation.same_topic and got.agrees


def test_a_move_a_day_apart_is_left_to_scoring() -> None:
    """A day apart is a day's shift across time zones: moves_apart leaves it (one voyage told from two capitals)."""
    a, b = _pair(("Chinese warships sailed through the Miyako Strait late on Monday.", "China", "2025-05-12"),
                 ("Chinese warships sailed through the Miyako Strait on Tuesday.", "China", "2025-05-13"))
    assert not moves_apart(*_facts(a, b))
    got = scored(RECS, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_an_act_told_done_once_more_is_another_days_act() -> None:
    """"Intercepted ... for a second day Wednesday" against "intercepted ... on Tuesday": two intercepts."""
    a, b = _pair(("Two Chinese fighter jets intercepted a Vietnamese patrol plane over the reef on Tuesday.", "China",
                  "2025-05-13", "Two Chinese fighter jets intercepted a Vietnamese patrol plane"),
                 ("Chinese fighter jets intercepted a Vietnamese patrol plane over the reef for a second day Wednesday, "
                  "the military said.", "China", "2025-05-14", "Chinese fighter jets intercepted a Vietnamese patrol plane"),
                 kind="other")
    fa, fb = _facts(a, b)
    assert repeats_apart(fa, fb)
    assert scored(RECS, a, b) is None


def test_a_disputed_day_without_a_repeat_still_links() -> None:
    """One strike told on two days (night across midnight), no word of a repeat: one event, its date differs."""
    a, b = _pair(("Israeli jets struck an arms depot near Latakia late on Monday.", "Israel", "2025-05-12",
                  "Israeli jets struck an arms depot near Latakia"),
                 ("Israeli jets struck an arms depot near Latakia early on Tuesday, a monitor said.", "Israel",
                  "2025-05-13", "Israeli jets struck an arms depot near Latakia"), kind="other")
    assert not repeats_apart(*_facts(a, b))
    got = scored(RECS, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_repeat_words_of_another_clause_count_nothing() -> None:
    """"again" in another clause of the sentence ("took nine hours there and back again, marked the arrival ..."):
    the act's own clause tells no repeat."""
    a, b = _pair(("The voyage, which took nine days there and back again, marked the arrival at the pole on Friday of "
                  "the icebreaker Taymyr.", "Russia", "2025-05-09", "the arrival at the pole on Friday"),
                 ("The icebreaker Taymyr reached the pole on Thursday.", "Russia", "2025-05-08",
                  "The icebreaker Taymyr reached the pole"))
    assert not repeats_apart(*_facts(a, b))


@pytest.mark.parametrize(("speaker", "organ"), [
    ("Estonian Defence Forces", "defence"), ("Japan's Foreign Ministry", "foreign"), ("the Pentagon", "defence"),
    ("Philippine Coast Guard", "coast_guard"), ("the Kremlin", "leadership"), ("Vietnam", None),
    ("Margus Tsahkna", None), ("foreign ministry and the military", None),
])
def test_organ_of(speaker: str, organ: str | None) -> None:
    """The class of a state's body a speaker names: one class only, else nothing."""
    assert organ_of(speaker) == organ


def test_two_bodies_of_one_state_make_two_statements() -> None:
    """The armed forces' statement and the foreign ministry's, one state, one day: two statements."""
    a = event("p1", "The violation lasted a minute, Lithuania's armed forces said.", actor="Lithuanian Armed Forces",
              day="2025-05-13", summary="Lithuania's armed forces said")
    b = event("p2", "Vilnius will summon the Russian envoy, the Foreign Ministry said.", actor="Lithuanian Foreign Ministry",
              day="2025-05-13", summary="the Foreign Ministry said")
    got = scored(RECS, a, b)
    assert got is None or got.relation != Relation.same_event


class _Link(tuple):
    """A pending link as build holds it: (other position, Scored-like relation holder)."""


def test_nearest_counterparts_keep_the_nearest_day_per_excerpt() -> None:
    """Claim 0 (Tuesday) links claims 1 (Tuesday) and 2 (Wednesday) of one other excerpt, and claim 3 (Wednesday) of a
    third: the Wednesday act of the excerpt that tells Tuesday's too is another act; the third excerpt's stays."""
    from datetime import date
    tue, wed = (date(2025, 5, 13),) * 2, (date(2025, 5, 14),) * 2
    days = [tue, tue, wed, wed]
    excerpts = ["a", "b", "b", "c"]
    links = {0: [(1, "e"), (2, "e"), (3, "e")], 1: [(0, "e")], 2: [(0, "e")], 3: [(0, "e")]}
    nearest_counterparts(days, links, lambda link: link[1] == "e", excerpts.__getitem__, lambda i, j: False)
    assert [j for j, _ in links[0]] == [1, 3]
    assert links[2] == [] and links[1] == [(0, "e")]


def test_nearest_counterparts_leave_undated_and_topic_links() -> None:
    from datetime import date
    tue, wed = (date(2025, 5, 13),) * 2, (date(2025, 5, 14),) * 2
    days = [tue, tue, wed, None]
    links = {0: [(1, "e"), (2, "t"), (3, "e")], 1: [(0, "e")], 2: [(0, "t")], 3: [(0, "e")]}
    nearest_counterparts(days, links, lambda link: link[1] == "e", lambda j: "b", lambda i, j: False)
    assert [j for j, _ in links[0]] == [1, 2, 3]


@pytest.mark.parametrize(("text", "counted"), [
    ("The coast guard ship 4203 moved closer on Sunday.", []),
    ("Flight 752 was shot down after take-off.", []),
    ("Ship 5901 anchored near the shoal.", []),
    ("Three ships anchored near the shoal.", ["3"]),
    ("The submarine fired 4 torpedoes.", ["4"]),
])
def test_hull_and_flight_numbers_count_nothing(text: str, counted: list[str]) -> None:
    """Digits after what they number (counts.toml [not_counts]) are a name, no count of the words after them."""
    from parity.lexicon import counts_in
    assert [value for value, _, _ in counts_in(text)] == counted


def test_nearest_counterparts_keep_a_copied_sentence() -> None:
    """A copied sentence's counterpart stays though a spun copy resolved its day otherwise (kept), and still makes the
    copy's other act of another day no counterpart."""
    from datetime import date
    tue, wed, thu = (date(2025, 5, 13),) * 2, (date(2025, 5, 14),) * 2, (date(2025, 5, 15),) * 2
    days = [tue, wed, thu, tue]
    links = {0: [(1, "e"), (2, "e"), (3, "e")], 1: [(0, "e")], 2: [(0, "e")], 3: [(0, "e")]}
    nearest_counterparts(days, links, lambda link: link[1] == "e", lambda j: "b", lambda i, j: {i, j} == {0, 1})
    assert [j for j, _ in links[0]] == [1, 3]
