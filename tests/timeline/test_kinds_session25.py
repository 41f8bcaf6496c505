"""Session 25 (kinds25, issue 4): kinds right. Step 1 carries out the lead's ruling of session 25: expulsions of a
state's agents (diplomats, envoys, attaches, consuls, embassy staff, intelligence officers) are a `sanction` (the eval
README's definition: a measure one state takes against another; every open gold accepts it). Rows are fresh sentences
about other crises, outlets and years (never a held-out set's text).
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
