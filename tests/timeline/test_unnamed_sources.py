"""Unnamed sources, an office speaking for its person, full names in summaries, newly listed countries."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(body: str):
    return extract_strict(make_excerpt(body, published="2022-03-09"))


def _statements(body: str):
    return [e for e in _events(body) if e.kind.value == "statement"]


@pytest.mark.parametrize("sentence, anchor", [
    ("Fighting resumed near the town of Bunia overnight, a local pastor told AFP by phone.", "a local pastor told AFP"),
    ("Two soldiers were killed in the border clash, officials on both sides said.", "officials on both sides said"),
    ("Gunmen attacked a convoy of aid trucks in the north, residents said.", "residents said"),
    ("A diplomat familiar with the talks said the truce would hold through the weekend.", "familiar with the talks said"),
])
def test_an_unnamed_source_makes_a_statement_with_no_actor(sentence, anchor):
    st = _statements(sentence)
    assert len(st) == 1
    assert st[0].actor is None
    assert anchor in st[0].evidence.exact


def test_the_words_told_an_agency_are_those_before_the_frame():
    (st,) = _statements("Rebels shelled the airport at dawn on Tuesday, a local elder told Reuters by phone.")
    assert "Rebels shelled the airport" in st.summary
    assert "by phone" not in st.summary


def test_the_act_an_unnamed_source_reports_stays_an_event():
    kinds = sorted(e.kind.value for e in _events("Gunmen attacked a convoy of aid trucks in the north, residents said."))
    assert kinds == ["other", "statement"]


@pytest.mark.parametrize("sentence", [
    "The local elder told Reuters the fighting had stopped.",  # a definite article: someone named before
    "Residents fled the town on Monday.",  # no verb of speech: no speaker at all
])
def test_no_unnamed_source_without_speech_or_after_the(sentence):
    assert not [e for e in _statements(sentence) if e.actor is None]


def test_a_persons_office_speaks_for_the_person():
    body = "Zambian President Hakainde Hichilema will attend the summit in Luanda, Hichilema's office said on Monday."
    (st,) = _statements(body)
    assert st.actor == "Hakainde Hichilema"


def test_summaries_name_a_person_in_full():
    (st,) = _statements("Chinese President Xi Jinping said on Tuesday that trade talks with Brussels would resume.")
    assert st.summary.startswith("Xi Jinping said:")


@pytest.mark.parametrize("sentence, actor", [
    ("The Peruvian navy said two of its frigates had left Callao on Thursday.", "Peru"),
    ("Cambodia's foreign ministry said on Friday that the border would stay closed.", "Cambodia"),
    ("ECOWAS said on Sunday that sanctions on Niamey would remain.", "ECOWAS"),
])
def test_newly_listed_countries_are_actors(sentence, actor):
    (st,) = _statements(sentence)
    assert st.actor == actor
