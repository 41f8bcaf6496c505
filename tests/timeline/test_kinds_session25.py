"""Session 25 (kinds25, issue 4): kinds right. Step 1 carries out the lead's ruling of session 25: expulsions of a
state's agents (diplomats, envoys, attaches, consuls, embassy staff, intelligence officers) are a `sanction` (the eval
README's definition: a measure one state takes against another; every open gold accepts it). Rows are fresh sentences
about other crises, outlets and years (never a held-out set's text).

Mis-kinds of heldout19 (declassified this session; `timeline.evaluate --corpus tests/data/heldout19 -v` at main 0ab79b9,
kind 90%: 15 matched gold events of another kind), in kinds24's causes (S and R belong to acts25 and speak25):

| cause                                                                                          | rows                  | n |
|------------------------------------------------------------------------------------------------|-----------------------|---|
| S  an act told in a statement's sentence ("Somalia today renounced its 1974 treaty", "was also | og-01 x4, og-04,      | 7 |
|    stripped of the naval facilities", "transport planes have been landing", "rescue ships have | wh-03, cp-04          |   |
|    been standing by", "Cuban combat troops are reported to be on their way", "declared a state |                       |   |
|    of national emergency")                                                                     |                       |   |
| P  a protest or statement handed to an envoy read as `other` ("handed him a strongly worded     | wh-01, wh-02, wh-03   | 3 |
|    protest", "handed the Swedish ambassador in Moscow, X, a statement of the Soviet government") |                       |   |
| R  words read as another act ("has instructed the Minister of Foreign Affairs" as a meeting,    | cp-03, og-03          | 2 |
|    "carefully avoided welcoming the decision" as `other`)                                      |                       |   |
| F  forces: "flew a group of reporters by helicopter to a clearing" and "ordered all Soviet      | cp-04, og-01          | 2 |
|    military and civilian advisers out of the country" read as deployments                      |                       |   |
| T  "naval exercises held off the coast last week" read as `other`                               | wh-01                 | 1 |

Fixed here: P (step 2: kindrules.protest_handed; heldout19 kind 90 -> 92%, heldout18 93 -> 94%). F's advisers ordered
out are an expulsion of military advisers (gold `other`; step 1 keeps advisers out of the agents' list).

Extras of heldout19 (precision 86%, 31 extras at main 0ab79b9), by cause: E2 words gold counts as no statement ~9
("There was no immediate reaction from Moscow", "Riyadh has confirmed nothing", "has made no secret of", "according to
Western naval reference works", "The Soviet side, according to the statement, has"); E5 side details ~5 ("before the
vessel was released" x2, "before they were allowed to leave", "it has sent only military instructors", "whipping up a
provocative campaign"); E7 wrong-kind doubles of a gold act ~5 ("Somalia today renounced its treaty" as `other` beside
its statement, "Envoys of the four guarantor states", "are meeting in Brasilia"); E3 states and background 4 ("Wednesday
was the first time one had been caught" x2, "Over many years the Soviet Union rendered Somalia aid", "the submarine
strayed"); O orders to stop fighting read as forces sent 3 ("he had ordered the armed forces to halt all offensive
operations", "had instructed the military to stop all attacking operations", "ordered the navy and coastal batteries to
stop the shooting"); E4 acts expected or undone 3; E8 page furniture 2 (a "More from World: <headline>" link under a
share bar, read as talks and shelling: cut in tests/excerpt/test_nonstory_session25.py, precision 86 -> 87%). The
refusals (E2's first three) are statements by speech.toml's convention ("no immediate reaction": a negated statement).

Dates of heldout19 (94%, `--date-causes`): left undated 6 (a phrase read but not taken inside a statement 3: "Somalia
today renounced", "published today", "ran aground"; as-statement 1, before 1, unresolved 1), dated wrong 1 (cp-03
"yesterday" taken from another event's day), undated gold given a day 2 ("hours after", "tomorrow" of an instruction).
Not worked this session (time went to steps 1 and 2).
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _events


def _kinds(text: str, published: str, words: str) -> list[str]:
    """The kinds of the events whose evidence holds the words (fails listing what was found)."""
    events = _events(text, published)
    hits = [e.kind.value for e in events if words in e.evidence.exact]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits


# Step 1: an expulsion of a state's agents is a `sanction` (timeline/kindrules.py diplomats_expelled; each row was
# `other` on main 0ab79b9).
EXPELLED = [
    ("Washington expelled three Soviet diplomats on Thursday in reply to the arrest.", "1986-09-12",
     "expelled three Soviet diplomats"),
    ("Accra ordered the Togolese military attache to leave within 48 hours on Monday.", "1994-01-11",
     "ordered the Togolese military attache to leave"),
    ("Vietnam declared a Chinese embassy official persona non grata on Friday.", "1978-06-16", "persona non grata"),
    ("Two Czechoslovak embassy staff were expelled by Austria on Wednesday.", "1975-10-08", "were expelled"),
    ("The Dutch government ordered two Iranian diplomats out of the country on Tuesday.", "2018-06-05",
     "ordered two Iranian diplomats out"),
    ("Caracas gave the Panamanian charge d'affaires 72 hours to leave on Saturday.", "2016-07-30",
     "72 hours to leave"),
    ("Kuwait threw out four Iraqi diplomats on Sunday, the news agency said.", "1990-07-30", "threw out four Iraqi"),
    ("Oslo expelled a Russian intelligence officer working at the embassy on Monday.", "2023-04-14",
     "expelled a Russian intelligence officer"),
    # a title's period ends no clause between the agent and the verb
    ("The Soviet air attache, Col. Yuri Lebedev, was expelled by Rome on Friday.", "1983-02-19", "was expelled"),
]


@pytest.mark.parametrize(("text", "published", "words"), EXPELLED)
def test_an_expulsion_of_a_states_agents_is_a_sanction(text, published, words):
    assert "sanction" in _kinds(text, published, words)


# Step 1, guards (`other` on main 0ab79b9 and still): people who are no state's agents, a craft, a member expelled from
# a party, the time the agents were given to go (their leaving, its own event).
NOT_AGENTS = [
    ("Beijing expelled three American journalists on Wednesday.", "2020-03-18", "expelled three American journalists"),
    ("The ruling party expelled its former ambassador to Paris from its ranks on Monday.", "2019-02-11",
     "expelled its former ambassador"),
    ("The coast guard expelled the spy ship from the strait on Friday.", "2021-08-27", "expelled the spy ship"),
    ("Abuja expelled thousands of Ghanaian nationals in January.", "1983-02-15", "expelled thousands"),
]


@pytest.mark.parametrize(("text", "published", "words"), NOT_AGENTS)
def test_an_expulsion_of_no_states_agents_stays_other(text, published, words):
    assert _kinds(text, published, words) == ["other"]


def test_the_time_given_to_leave_stays_the_leaving():
    events = _events("The minister told parliament the envoys have ten days to leave the country.", "2011-03-02")
    assert "sanction" not in [e.kind.value for e in events], events


# Step 2 (heldout19's mis-kinds, declassified: wh-01, wh-02, wh-03 `other` for `statement`): a protest, note or
# statement handed to an envoy is the words delivered, a `statement` (the eval README's Kinds: "A protest note
# delivered ...: statements"; every open gold files it so, some with `other` accepted). Each row was `other` on main
# 0ab79b9.
HANDED = [
    ("Prime Minister Kaifu summoned the Chinese ambassador on Friday and handed him a sharply worded protest.",
     "1990-06-08", "handed him a sharply worded protest"),
    ("The Indonesian charge d'affaires was handed a formal protest at the ministry in Canberra on Tuesday.",
     "1999-09-14", "was handed a formal protest"),
    ("The Foreign Ministry on Monday handed the Turkish ambassador in Athens, Mr. Ali Tuygan, a note of protest.",
     "1996-01-29", "handed the Turkish ambassador"),
]


@pytest.mark.parametrize(("text", "published", "words"), HANDED)
def test_a_protest_handed_to_an_envoy_is_a_statement(text, published, words):
    assert _kinds(text, published, words) == ["statement"]


# Guard: a thing handed over stays what it was (`other` or a deployment; never a statement).
def test_a_thing_handed_over_is_no_statement():
    events = _events("Vietnamese border guards handed over the captured trawler and its crew on Friday.", "1994-07-15")
    assert "statement" not in [e.kind.value for e in events], events
