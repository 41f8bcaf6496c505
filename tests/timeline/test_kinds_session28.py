"""Session 28 (kinds28, issue 4): kinds right, extras cut, read on heldout23 (declassified this session). Rows are fresh
sentences about other crises, outlets and years (never a held-out set's text). Each row in the tables below failed on
main 92206fc (say "guard" where it held and must hold).

Mis-kinds of heldout23 (kind 84%, 22 matched gold events of another kind; `timeline.evaluate --corpus
tests/data/heldout23 -v` at main 92206fc), by cause:

| cause                                                                                        | rows                | n | here  |
|----------------------------------------------------------------------------------------------|---------------------|---|-------|
| S  an act told in a statement's sentence not read (or cut short), so the statement matched    | lb-01, lb-04,       |11 | 2     |
|    its anchor: "more aircraft would be flown out to Singapore", "paratroopers came down in    | ls-01 x2, ls-02,    |   | fixed |
|    the swamps", "which the South Africans stormed and took after a three-hour fight" (cut at | ls-03, ls-04,       |   |       |
|    "and took", then at "after a ... fight": fixed), "A further battalion will move into",     | qm-01, qm-02,       |   |       |
|    "killing two Nationalist generals", "began on August 23 to punish", "had declared the     | qm-03 x3            |   |       |
|    breadth of China's territorial sea", "which were broken off ... last December"            |                     |   |       |
| F  forces that follow, join a force or go into a country read as `other` ("A Botswana         | lb-04, ls-02, ls-04 | 3 | fixed |
|    contingent was anticipated to follow", "an Australian battalion would join them",         |                     |   | (acts28)|
|    "whose own troops went into Congo"): acts28's [[rare]] row reads them (rows below)         |                     |   |       |
| T  a task force of an army read as ships ("a task force of the South African National Defence | ls-03               | 1 | fixed |
|    Force entered the Kingdom of Lesotho"): kindrules.land_task_force                          |                     |   |       |
| G  guns that fire back read as a deployment ("guns ... answered and silenced a dozen          | qm-01               | 1 | fixed |
|    batteries around Amoy": batteries moved "around Amoy"): kindrules.fired_on                |                     |   |       |
| W  weapons landed in the passive read as `other` ("howitzers able to fire atomic shells have  | qm-04               | 1 | open  |
|    been landed on Quemoy": the capability "able to fire" read as firing, which crowds it out) |                     |   | (acts)|
| R  a relative clause's act inside a ship's voyage ("The carrier, which Djakarta had barred    | lb-04               | 1 | open  |
|    ..., sailed"), an intrusion by warships ("warships ... intruded into China's waters":      | qm-03               | 1 | open  |
|    `other` in gold, a claim of violation), a convoy that "went in" (ships in gold)            | qm-04               | 1 | open  |
| A  an acceptance read as `other` ("Washington accepted within hours": a statement in gold)    | qm-04               | 1 | open  |

Extras of heldout23 (precision 86%, 32 at main 92206fc), by cause: acts told in a quote or a speaker's words that gold
leaves to the statement 8 ("Indonesia has now moved from infiltration to invasion", "We are not invading Lesotho" x2, "the
United Kingdom of massing warships", "Our troops fired only", "when they were fired upon", "eight soldiers had died",
"the Government had lodged a strong protest" x2), a statement split or told twice 7 ("Of these, he said, 22 had since been
killed", "he said, whoever sent them", "Since that declaration, it said", "I cannot give you a date", "We expected
resistance", "The Minister will make a statement", "Mosisili, who triumphed in May polls"), meetings from a visit, an
offer or a header 5 ("Transcript of a media briefing, Pretoria, 23 September 1998" (a transcript's header), "Mandela, in
Canada on a state visit, said", "Indonesia would send a delegation", "to resume the ambassadorial talks" x2), an act's
evidence cut so the act and its statement both stand 3 ("which the South Africans stormed" x2: fixed here; "a handful have
been killed or captured"), background or a tally 5 ("before the October 15 election", "By the Nationalists' own count some
57,000 shells fell", "Meanwhile the looting has been counted", "which took effect at 6 p.m. today", "The Soviet Union could
not support"), a deployment told again 2 ("the troops were sent at the request of", "the soldiers were dispatched").
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _events


def _kinds(text: str, published: str, words: str) -> list[str]:
    """The kinds of the events whose evidence holds the words."""
    return [e.kind.value for e in _events(text, published) if words in e.evidence.exact]


# T: a task force of an army is forces put somewhere, not ships.
LAND_TASK_FORCE = [
    ("A task force of the Nigerian Army entered Freetown at dawn on Tuesday.", "1998-02-20", "Freetown"),
    ("An army task force crossed into the Central African Republic on 5 December.", "2013-12-10",
     "Central African Republic"),
]


@pytest.mark.parametrize(("text", "published", "words"), LAND_TASK_FORCE)
def test_a_task_force_of_an_army_is_deployed(text, published, words):
    assert _kinds(text, published, words) == ["deployment"]


@pytest.mark.parametrize("text", [
    "The carrier task force entered the Arabian Sea on Monday.",  # guard: ships
    "A task force of the Royal Navy sailed from Portsmouth on Monday.",  # guard: a navy's
])
def test_a_naval_task_force_sails(text):
    assert _kinds(text, "1982-04-07", "task force") == ["ship_movement"]


# F: forces that follow, join a force or go into a named place are deployed (acts28's [[rare]] row, merged first).
FORCES_GO = [
    ("A Ghanaian contingent was expected to follow later in the week, the ECOWAS spokesman said.", "2003-08-12",
     "A Ghanaian contingent"),
    ("Paris said last week that two Foreign Legion companies would join them in Bangui by the end of the month.",
     "1996-05-22", "would join them"),
    ("Rwanda, whose own troops went into Congo in August, denied the charge on Monday.", "1998-10-06",
     "whose own troops went into Congo"),
]


@pytest.mark.parametrize(("text", "published", "words"), FORCES_GO)
def test_forces_that_follow_or_join_are_deployed(text, published, words):
    assert "deployment" in _kinds(text, published, words)
    assert "other" not in _kinds(text, published, words)


@pytest.mark.parametrize("text", [
    "Soldiers joined the protesters in the square on Monday.",  # guard: a protest joined
    "The troops followed orders and stayed in their barracks on Monday.",  # guard: no move
])
def test_joining_people_or_following_orders_is_no_deployment(text):
    assert all(e.kind.value != "deployment" for e in _events(text, "2011-02-01"))


# G: a force's verb of firing on what it names is the firing, never forces moved "around" a place.
def test_guns_that_silence_batteries_fire():
    kinds = _kinds("Government artillery silenced three rebel batteries around Kismayo on Tuesday.", "1992-11-05",
                   "silenced")
    assert kinds == ["other"]


def test_batteries_moved_around_a_place_are_deployed():
    # guard (held on main 92206fc): a move's verb
    assert _kinds("The army moved two batteries around the airport on Tuesday.", "1992-11-05", "moved") == [
        "deployment"]


# S (cut): "stormed and took" shares its relative's object, and "after a three-hour fight" is a preposition's phrase.
def test_a_relative_clause_stormed_and_taken_after_a_fight_is_one_act():
    text = "Reporters saw bodies near the Kamenge barracks, which the rebels stormed and took after a two-hour fight."
    acts = [e.evidence.exact for e in _events(text, "1995-03-30") if e.kind.value == "other"]
    assert [a.rstrip(".") for a in acts] == ["which the rebels stormed and took after a two-hour fight"]


def test_after_a_battle_that_broke_out_is_a_clause():
    # guard (held on main 92206fc): "after a battle broke out" has a verb of its own
    acts = [e.evidence.exact for e in _events("Troops withdrew after a battle broke out near the dam.", "1995-03-30")]
    assert "Troops withdrew" in acts

