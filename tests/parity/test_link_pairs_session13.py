"""Session 13 (plink13): parity on gold events of the two declassified blind sets (heldout7, heldout10), read under
`python -m parity.evaluate --oracle --why -v`, every missed link, false link and wrong status sorted by shape; fresh
pairs (link_pairs_session13.toml, end to end) and hand-built claims for the rules made for the largest classes.

Shapes (count, ids; h7 = heldout7, h10 = heldout10; links counted once per gold pair):
| shape                                                                 | n  | ids |
|-----------------------------------------------------------------------|----|-----|
| same_event, one actor's one act in other words, no shared head/word    | 21 | h7 ex-01/02 kicking, booting ~ ex-03/04 expelling, ordered out (4); ex-01/02 sanctions ~ ex-03 GRU officers (2); ex-01/02 deny access ~ ex-03 closing properties (2); yp-01/02 fired 170 shells, yp-04 fired 200 ~ yp-03 prompt physical action (3); zp-02 watched at Luzhsky ~ zp-03 watched at Luga (1); zp-02 leave Belarus ~ zp-03 go home (1); h10 ar-02/03 reached seabed ~ plunged (2); fj-02/03 sent to Fijian waters ~ fj-04 warships standing off (2); fj-02/03 announced control ~ fj-04 assumed executive authority (2); fj-01/02 talks ~ fj-04 in Wellington (2) |
| same_event, a plan told as done elsewhere / one day's plan told twice   | 4  | h7 ex-01/02 will be closed at noon ~ ex-03 closing (2); ex-02 meet next week ~ ex-04 scheduled Friday (1); ex-03 Putin statement ~ ex-04 decided (kinds) (1) |
| same_event, a drill by its first day and by its whole span             | 2  | h7 zp-01/04 began on Thursday ~ zp-03 ran from 14 to 20 September |
| same_event, statements: a relay and a remark, two relays, a copy's part | 10 | h7 ex-03 Washington announced ~ ex-04 Obama announced; ex-01/02 Obama said ~ ex-04 announced (2); ex-01 ~ ex-02 He said the measures (spun copy) (1); yp-03 answer ~ yp-04 state media warned (1); h10 ar-01/03 brushed off ~ ar-02 no objections (2); fj-02 Howard ruled out ~ fj-03 he told Parliament (1); fj-02/03 ruled out ~ fj-04 refused to rule out (2) |
| same_topic, a drill's phase ahead and a phase done (start, end, span)  | 8  | h7 zp-01/02/04 began, started ~ will end, will run until (6); zp-02 will end ~ zp-03 ran 14-20 (1); yp-03 stage exercise from Sunday ~ yp-04 ended four days (1) |
| same_topic, a plan and its follow-up of other words or kind            | 14 | h7 zp-01/04 will observe ~ zp-02/03 watched (4); yp-03 dispatch carrier ~ yp-04 drills began, ended (2, kinds); ex-01/02/03 72 hours to leave ~ ex-04 took off from Dulles (3); ex-01/02/03 closed, refuse access, closing ~ ex-04 shut compounds (3); h10 ar-01 voyage home ~ ar-02 will return (1); fj-02/03 meet to consider suspending ~ fj-04 suspended (2, kinds) counted 15 with ar |
| same_topic, a threat or promise and the answer (decision, proposal)     | 7  | h7 ex-01/02 would respond with ~ ex-03 Putin statement, Lavrov proposed, ex-04 decided not to respond (6); h10 fj-01 will not hesitate to impose sanctions ~ fj-02 would suspend ties (1) |
| same_topic, two stances on one thing (backed vs none backed, praised vs complained, one speaker's two lines) | 8 | h7 ex-01/02 UK supported ~ ex-03 none backed (2); zp-01/04 complained ~ zp-02 praised (2); yp-01/02 Lee quoted ~ yp-04 urged commanders (2); ex-01 Russia denied ~ ex-04 Moscow denies (1); h10 ar-01 ~ ar-04 Danish official (1) |
| wrong relation (one remark over a month vs same_topic)                  | 1  | h10 fj-02 would not resign ~ fj-04 insists he remains |
| false same_event: one actor's two acts of one day                      | 16 | h7 ex-01 ~ ex-02 sanctions ~ expelling across the copy (2); yp-01 Hoguk began ~ yp-02 routine drill (1); yp-01/02 fired 170 ~ yp-04 barrage, shelling killed (4); h10 ar planted flag, ship arrival, dived ~ reached seabed (9 of 12 ar extras); fj-02/03 dismissed ~ fj-04 sworn in (2) |
| false same_event: a bare speaker frame ("he said", "the minister noted") | 7 | h7 ex-01 ~ ex-02 Trump said / would meet (2); ex-01 ~ ex-02 officials said used, spokesman (2); h10 ar-02 told journalists, noted ~ ar-04 Lavrov accused (2); fj-02 told Parliament adding ~ fj-04 froze ties (1) |
| false same_topic: one actor's drills of two years                      | 5  | h7 zp-01/03/04 2009 edition ~ zp-02 will end, zp-03 2013 edition |
| false same_topic: a statement and a drill by stock words                 | 3  | h7 yp-01/02 routine drill ~ yp-04 vowed to answer; yp-03 stage exercise ~ yp-04 vowed |
| wrong status from the links above                                      | 52 | h7 40, h10 19 (by cause: no link found 18, differing link not found 11, only a copy's link 5, ...) |
| status rule gap: a place told otherwise not seen as a difference        | 3  | h7 yp-01/02/03 drill southwest vs inside territorial waters (conflicting -> corroborated) |
| status rule gap: a same_event of two acts of one day marks a false conflict | 4 | h10 ar-01/03 planted flag, fj-01/04 Black Hawk (corroborated -> conflicting) |

Fixed this session (rules general, rows below): the drill's phases (score.drill_phases: same_topic when the deed reaches
the plan's last day, the heldout README's [lasting] convention kept: a drill's start is no outcome of a plan of how long
it runs, so 6 zapad rows stay missed by design) and the editions of one actor's drills (score._editions_apart); heads
told in other words (paraphrases.toml: "kicking out" / "booting out" ~ expel, "closed" ~ "shut", "will observe" ~
"watched")."""

from __future__ import annotations

import pytest

from parity.models import Relation
from parity.score import drill_phases, plan_on_its_day
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("link_pairs_session13.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


R = [record("da-01", "Alpha Wire", "2022-04-04"), record("db-01", "Beta Agency", "2022-04-09")]


def _drill(excerpt: str, text: str, day: str | tuple[str, str], modality: str = "asserted", actor: str = "Japan",
           place: str | None = None):
    return event(excerpt, text, "military_exercise", actor=actor, day=day, modality=modality, place=place, summary=text)


def test_drill_end_planned_and_its_span_told_done() -> None:
    """"will end on Friday" and "ran from Monday to Friday": one drill at two times, whatever words each uses."""
    plan = _drill("da-01", "will end on Friday", "2022-04-08", "planned")
    done = _drill("db-01", "which ran from 4 to 8 April", ("2022-04-04", "2022-04-08"))
    got = scored(R, plan, done)
    assert got is not None and got.relation == Relation.same_topic


def test_drill_start_planned_and_its_end_told_done() -> None:
    """"will stage drills from Monday" and "ended five days of drills on Friday": the plan and the drill it came to."""
    plan = _drill("da-01", "will stage drills from Monday", "2022-04-04", "planned")
    done = _drill("db-01", "ended five days of drills", "2022-04-08")
    (fa, fb), _ = claims_for(R, [plan, done])
    assert drill_phases(fa, fb) and drill_phases(fb, fa)


def test_drill_start_is_no_outcome_of_how_long_it_runs() -> None:
    """"began drills on Monday" and "will run until Friday": the start is no outcome of the plan of its length."""
    plan = _drill("da-01", "will run until Friday", ("2022-04-04", "2022-04-08"), "planned")
    done = _drill("db-01", "began drills on Monday", "2022-04-04")
    (fa, fb), _ = claims_for(R, [plan, done])
    assert not drill_phases(fa, fb)


@pytest.mark.parametrize(("done_day", "actor", "place", "linked"), [
    ("2022-04-08", "Japan", None, True),
    ("2022-04-15", "Japan", None, True),     # a week past the planned end: a drill prolonged
    ("2022-04-16", "Japan", None, False),    # more than DRILL_PHASE_DAYS past it: another drill
    ("2022-04-08", "China", None, False),    # another state's drill
    ("2022-04-08", "Japan", "Okinawa", False),  # a place told otherwise
])
def test_drill_phases_bounds(done_day: str, actor: str, place: str | None, linked: bool) -> None:
    """One known actor, days at most DRILL_PHASE_DAYS past the plan's last day, no other place."""
    plan = _drill("da-01", "will end drills on Friday", "2022-04-08", "planned", place="Hokkaido" if place else None)
    done = _drill("db-01", "ended its drills", done_day, actor=actor, place=place)
    (fa, fb), _ = claims_for(R, [plan, done])
    assert drill_phases(fa, fb) is linked


def test_two_editions_of_a_drill_are_no_topic() -> None:
    """The 2014 edition that "ended with a mock landing" and this year's drill that "will end on Friday" share
    their actor and a word: two editions, no link by words."""
    old = _drill("da-01", "the 2014 edition ended with a mock landing", ("2014-01-01", "2014-12-31"))
    now = _drill("db-01", "will end on Friday", "2022-04-08", "planned")
    assert scored(R, old, now) is None


def test_one_drill_weeks_long_still_links_by_words() -> None:
    """A drill told twice in one season (a month apart) is not two editions: its words still link it."""
    early = _drill("da-01", "began large-scale naval drills off Kyushu", "2022-03-01")
    late = _drill("db-01", "the large-scale naval drills off Kyushu ended", "2022-04-08")
    got = scored(R, early, late)
    assert got is not None


@pytest.mark.parametrize("text", ["kicking out 35 diplomats", "kicks out the envoy", "booted out four attaches",
                                  "booting out 35 Russian mediators", "was ordered out on Monday"])
def test_expulsion_forms_read_as_one_head(text: str) -> None:
    """"kicking out" and "booting out" (wire and spun copy) are the expulsion head (paraphrases.toml [heads] expel)."""
    from parity.lexicon import content_words
    assert "expel" in content_words(text)


def test_kick_off_is_no_expulsion() -> None:
    """"kicked off" (a start) is no expulsion: only "out" forms are listed."""
    from parity.lexicon import content_words
    assert "expel" not in content_words("kicked off the talks")


@pytest.mark.parametrize(("text", "head", "present"), [
    ("will be closed at noon on Friday", "closur", True),
    ("Washington also shut two Russian-owned compounds", "closur", True),
    ("Ankara shut down the border crossing", "closur", True),
    ("troops massed close to the border", "closur", False),       # "close" is mostly "near": not listed
    ("a closed-door meeting of the council", "closur", False),    # a meeting in private, no closure
    ("the ministers met behind closed doors", "closur", False),
    ("will observe part of the exercises", "watch", True),
    ("Xi watched the parade from the rostrum", "watch", True),
    ("international observers said the vote was fair", "watch", False),
])
def test_closure_and_watch_heads(text: str, head: str, present: bool) -> None:
    """paraphrases.toml [heads] closure ("closed" ~ "shut") and watch ("will observe" ~ "watched"), with their traps."""
    from parity.lexicon import content_words
    assert (head in content_words(text)) is present


W = [record("wa-01", "Alpha Wire", "2021-09-10"), record("wb-01", "Beta Agency", "2021-09-14")]


def test_plan_to_observe_and_the_watching() -> None:
    """A leader's plan to observe a drill and, told later, the leader watching its final phase (no other word in
    common): one subject at two times, "will observe" ~ "watched" read as one head."""
    plan = event("wa-01", "Lukashenko will observe part of the exercises", "other", actor="Alexander Lukashenko",
                 modality="planned", summary="Lukashenko will observe part of the exercises")
    done = event("wb-01", "Lukashenko watched the final phase at Obuz-Lesnovsky", "other",
                 actor="Alexander Lukashenko", day="2021-09-13",
                 summary="Lukashenko watched the final phase at Obuz-Lesnovsky")
    got = scored(W, plan, done)
    assert got is not None and got.relation == Relation.same_topic


def _month_only(excerpt: str, outlet: str, month: str):
    from timeline.models import ExcerptRecord
    return ExcerptRecord(id=excerpt, path=f"{excerpt}.txt", sha256="0" * 64, title=f"{outlet} story", outlet=outlet,
                         published=month, as_of=None)


@pytest.mark.parametrize(("plan_written", "outcome"), [
    # A plan of the 5th for the 8th and, in a piece dated by month only, the deed of the 8th told as past: that piece
    # was written after the 8th (the eval README's status rule), so it tells what the plan came to (plan_on_its_day).
    ("2011-03-05", True),
    # The same month-only piece telling a deed of the plan's own writing day is of that news cycle: no outcome.
    ("2011-03-08", False),
])
def test_plan_and_its_day_told_in_a_month_only_source(plan_written: str, outcome: bool) -> None:
    """A month-only source telling the planned deed as past counts as written after it, unless the plan is of that day."""
    recs = [record("ma-01", "Alpha Wire", plan_written), _month_only("mb-01", "Gamma Review", "2011-03")]
    plan = event("ma-01", "The league will meet in Cairo on Tuesday to consider suspending Libya from its council", "meeting",
                 actor="Arab League", day="2011-03-08", modality="planned",
                 summary="will meet in Cairo on Tuesday to consider suspending Libya from its council")
    done = event("mb-01", "On 8 March the Arab League suspended Libya from its council", "sanction",
                 actor="Arab League", day="2011-03-08", summary="On 8 March the Arab League suspended Libya from its council")
    (fa, fb), _ = claims_for(recs, [plan, done])
    assert plan_on_its_day(fa, fb) is outcome
