"""Gap cases: fresh sentences showing the kinds of miss the extractor made on unseen text (gap_cases.toml).

Each case was written, in other words and about other crises, after a kind of miss on the held-out
corpora (a statement and the act it reports giving one event, "which X called", unknown bodies, a
person's trip, a nominal act ...); the "# gap:" comment above each case names its kind. The floors
below are the figures the extractor reached when the rows were written, and the ceilings the stray
events it made then: they protect progress, and raising them is the point. The rows after "Session 4
rows" (from the third held-out set) were added failing, as a worklist: the floors were lowered to the
whole table's figure then (rounded down to 0.01, so a regression of two events fails).
"""

from __future__ import annotations

from pathlib import Path

from tests.timeline.case_tables import Tally, load_cases, tally

CASES = Path(__file__).with_name("gap_cases.toml")
# Found = an event's evidence overlaps the gold anchor; kind = one of those has the gold kind;
# actor = one of those has the gold actor (gold events that name one).
FLOOR_FOUND = 0.98  # 74/103 when written; 100/103 after the gap round (session 3); 169/210 with the session 4 rows; 206/210 after session 4; 230/234 with the session 5 tstmt rows; 237/241 (17 tstmt rows); 312/315 with tact's 57 rows
FLOOR_KIND = 0.97  # 46/103; then 87/103; 135/210 with the session 4 rows; 200/210 after session 4; 224/234 (session 5 tstmt); 231/241; 308/315 (tact's rows)
FLOOR_ACTOR = 0.88  # 44/100; then 78/100; 124/186 with the session 4 rows; 159/186 after session 4; 175/201 (session 5 tstmt); 179/205; 225/251 (tact's rows)
# Events from the sentences that hold none, and events of event sentences that overlap no gold
# event of their own kind (a stray "waters claimed by X" statement, a quote's second sentence).
CEILING_FALSE_ALARMS = 1  # 4 events from 3 of the 4 no-event sentences when written; then 1; 2 with the session 4 rows; 1 after session 5
CEILING_STRAY = 5  # 8 when written; then 2; 7 with the session 4 rows; 4 after session 4; 5 once quotes are read for acts (an attack "repelled" the gap gold leaves out)


def _cases() -> list[dict]:
    return load_cases(CASES)


def _tally() -> Tally:
    return tally(CASES, "g")


def test_the_table_is_well_formed():
    cases = _cases()
    assert len(cases) >= 50
    kinds = {"statement", "ship_movement", "missile_test", "nuclear_test", "deployment",
             "military_exercise", "meeting", "sanction", "other"}
    for case in cases:
        assert case["note"], case["text"]
        for g in case["events"]:
            assert g["anchor"] in case["text"], g
            assert g["kind"] in kinds, g
    assert sum(not c["events"] for c in cases) >= 4


def test_every_case_names_its_gap():
    lines = CASES.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line == "[[case]]"]
    assert len(starts) == len(_cases())
    for i in starts:
        assert any(line.startswith("# gap: ") for line in lines[max(0, i - 3):i]), lines[i + 1]


def test_gap_events_are_found_with_their_kind_and_actor():
    t = _tally()
    assert t.found / t.gold >= FLOOR_FOUND, f"found {t.found}/{t.gold}"
    assert t.kind / t.gold >= FLOOR_KIND, f"kind right {t.kind}/{t.gold}"
    assert t.actor / t.with_actor >= FLOOR_ACTOR, f"actor right {t.actor}/{t.with_actor}"


def test_sentences_without_an_event_give_few():
    assert len(_tally().false_alarms) <= CEILING_FALSE_ALARMS, _tally().false_alarms


def test_stray_events_stay_under_the_ceiling():
    assert len(_tally().stray) <= CEILING_STRAY, _tally().stray
