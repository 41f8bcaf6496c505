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


def test_a_projectile_launched_by_someone_is_their_launch():
    events = _events("Kyiv said it had intercepted a drone launched by Russia toward Odesa on Monday.")
    (launch,) = [e for e in events if e.kind.value == "other"]  # aimed at a city: an attack (session 16)
    assert launch.actor == "Russia"


def test_announcing_a_withdrawal_is_also_the_act():
    events = _events("Nicaragua and Venezuela announced their withdrawal from the regional bank on Friday.")
    assert sorted(e.kind.value for e in events) == ["other", "statement"]
    (act,) = [e for e in events if e.kind.value == "other"]
    assert act.actor == "Nicaragua"


def test_a_withdrawal_only_mentioned_in_the_words_is_no_act():
    assert [e.kind.value for e in _events("Chile said its withdrawal from the pact was final.")] == ["statement"]


def test_declining_to_take_sides_is_a_statement():
    (st,) = _statements("Brazil declined to take sides in the dispute on Monday.")
    assert st.actor == "Brazil"


def test_a_person_leaving_the_country_is_a_visit_but_troops_leaving_are_not():
    (ev,) = _events("Philippine President Ferdinand Marcos left the country on Saturday after a two-day stay.")
    assert (ev.kind.value, ev.actor) == ("meeting", "Ferdinand Marcos")
    assert not [e for e in _events("Troops left the region on Friday.") if e.kind.value == "meeting"]


def test_a_statement_read_on_air_is_the_subjects_own():
    events = _events("Guinea's junta dissolved the cabinet on Sunday, according to a decree read on state television.")
    (st,) = [e for e in events if e.kind.value == "statement"]
    assert st.actor == "Guinea"
    assert "according to a decree" in st.evidence.exact
    assert not _statements("Heavy rain fell on the capital, according to a report published on Monday.")


@pytest.mark.parametrize("sentence, actor", [
    ("EU leaders said on Friday that the sanctions on Minsk would stay.", "European Union"),
    ("African Union foreign ministers said in a joint communique that the vote must be rerun.", "African Union"),
    ("Rebels shelled a depot near Goma, Rwanda's military intelligence agency said.", "Rwanda"),
    ("A US-led mission said on Monday that it had left the base.", "United States"),
])
def test_a_body_of_ministers_leaders_or_a_led_mission_speaks_for_its_state_or_bloc(sentence, actor):
    (st,) = _statements(sentence)
    assert st.actor == actor


def test_a_drone_launched_by_the_group_names_the_group_with_its_article():
    events = _events("Kyiv said it had intercepted a drone launched by the Houthis toward Eilat on Monday.")
    (launch,) = [e for e in events if e.kind.value == "other"]  # aimed at a city: an attack (session 16)
    assert launch.actor == "Houthis"


@pytest.mark.parametrize("sentence, actor", [
    ("The talks were hosted by Oman, which said on Monday that both sides had agreed to a truce.", "Oman"),
    ("Kenya, which said two of its soldiers were wounded, lodged a protest with Mogadishu.", "Kenya"),
])
def test_a_relative_clause_speaker_which_said(sentence, actor):
    assert [e.actor for e in _statements(sentence)] == [actor]


def test_the_navy_is_never_a_country_named_after_it():
    events = _events("The navy said it had shot down two missiles fired by Hezbollah on Monday.")
    assert "Hezbollah" not in [e.actor for e in events if e.kind.value == "statement"]
    assert [e.kind.value for e in events].count("statement") == 1
    (st,) = [e for e in _events("Greece protested on Sunday. The navy said a Turkish frigate had entered its waters.")
             if e.kind.value == "statement" and "navy" in e.evidence.exact]
    assert st.actor == "Greece"
