"""Speakers once missed or misread, and the dates of their frames (fresh sentences)."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published="2022-03-11"))  # a Friday


def _statement_at(text: str, anchor: str):
    at = text.index(anchor)
    found = [e for e in _events(text) if e.kind.value == "statement"
             and e.evidence.start <= at and at + len(anchor) <= e.evidence.end]
    assert found, [(e.kind.value, e.evidence.exact) for e in _events(text)]
    return found[0]


def test_the_statement_named_again_speaks_for_its_issuer() -> None:
    text = "Egypt's army issued a statement on Thursday. According to the statement, the crossing was closed."
    assert _statement_at(text, "According to the statement").actor == "Egypt"
    text = "Egypt's army issued a statement on Thursday. The statement said the crossing was closed."
    assert _statement_at(text, "The statement said").actor == "Egypt"


@pytest.mark.parametrize(("text", "anchor"), [
    ("Ferries in the strait stopped on Sunday night, the port's harbour master said.", "harbour master said"),
    ("The ceasefire is unlikely to hold, analysts said.", "analysts said"),
    ("Their lawyers said the two reporters would appeal the verdict.", "Their lawyers said"),
    ("The second round of talks broke down, mediators stated.", "mediators stated"),
])
def test_unnamed_speakers_speak_with_no_actor(text: str, anchor: str) -> None:
    assert _statement_at(text, anchor).actor is None


def test_an_owned_speaker_takes_no_date_of_the_words_before_it() -> None:
    text = "Ferries in the strait stopped on Sunday night, the ferry's captain said."
    assert _statement_at(text, "the ferry's captain said").date.start is None


def test_spun_informed_press_reporters() -> None:
    text = "The patrols would continue, the minister informed press reporters."
    assert _statement_at(text, "informed press reporters")


def test_a_role_apposition_without_article_leaves_the_person_speaking() -> None:
    text = "The ferry was towed to Annaba, Karim Saadi, director general of the Annaba Port Company, told APS on Sunday."
    st = _statement_at(text, "Karim Saadi")
    assert st.actor == "Karim Saadi"
    assert str(st.date.start) == "2022-03-06"


@pytest.mark.parametrize(("text", "day"), [
    ('"We will not be intimidated," Ines Ferraro wrote on Twitter on Saturday.', "2022-03-05"),
    ("The border stays shut, Ines Ferraro told RTP on Monday.", "2022-03-07"),
])
def test_an_outlet_after_the_verb_leaves_the_date_to_the_frame(text: str, day: str) -> None:
    assert str(_statement_at(text, "Ines Ferraro").date.start) == day


def test_a_leading_meeting_dates_the_statement_made_at_it() -> None:
    text = "At a summit in Tallinn on Thursday, Latvia blamed Minsk for the border crisis."
    st = _statement_at(text, "Latvia blamed Minsk")
    assert str(st.date.start) == "2022-03-10"


def test_an_act_before_its_source_keeps_the_date_from_the_statement() -> None:
    text = "Troops traded fire across the border on Thursday, officials said."
    assert _statement_at(text, "officials said").date.start is None


@pytest.mark.parametrize(("text", "anchor"), [
    ("Customs officers opened every container on the quay, the shipping company said.", "the shipping company said"),
    ("The jet was held on the apron for six hours, the airline said.", "the airline said"),
    ("The detained sailor was in good health, his mother said.", "his mother said"),
    ("The crew were taken off the ferry at gunpoint, a fellow passenger told AFP.", "a fellow passenger told"),
    ("Further measures against Tbilisi may follow, ambassadors said.", "ambassadors said"),
])
def test_people_known_by_their_place_or_kin_speak_with_no_actor(text: str, anchor: str) -> None:
    assert _statement_at(text, anchor).actor is None


def test_a_states_prosecutors_speak_for_it() -> None:
    text = "Foreign experts were allowed to inspect the wreck on Thursday, Romanian prosecutors said."
    assert _statement_at(text, "Romanian prosecutors said").actor == "Romania"


def test_a_family_name_with_an_apostrophe() -> None:
    text = '"It was an ambush," Aer Lingus chief executive Dermot O\'Keeffe told a parliamentary committee.'
    assert _statement_at(text, "Dermot O'Keeffe told").actor == "Dermot O'Keeffe"


def test_a_bare_subject_that_he_points_back_to_is_a_person() -> None:
    text = "Kovalenko appeared in a long interview on state television on Thursday, in which he praised the army."
    assert _statement_at(text, "Kovalenko appeared").actor == "Kovalenko"


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("Tbilisi condemned the blockade, while Moscow has held back from any criticism of its ally.",
     "Moscow has held back", "Russia"),
    ("Yerevan has rejected every accusation, and Tehran has stood by its ally throughout.", "Tehran has stood",
     "Iran"),
    ("Georgian Foreign Minister Ilia Darchiashvili called the Russian response cynical.", "called the Russian",
     "Ilia Darchiashvili"),
])
def test_stances_told_as_holding_back_or_naming(text: str, anchor: str, actor: str) -> None:
    assert _statement_at(text, anchor).actor == actor


def test_calling_troops_somewhere_is_no_characterisation() -> None:
    text = "The president called the national guard to the capital."
    assert not [e for e in _events(text) if e.kind.value == "statement"]


@pytest.mark.parametrize(("text", "actor"), [
    ("N'Djamena said on Monday it had closed the border.", "Chad"),
    ("Togo's foreign ministry said the vessel had been released.", "Togo"),
    ("Mauritania accused Mali of harbouring gunmen.", "Mauritania"),
])
def test_smaller_states_speak(text: str, actor: str) -> None:
    assert [e.actor for e in _events(text) if e.kind.value == "statement"] == [actor]


def test_they_after_two_people_met_is_an_unnamed_statement() -> None:
    text = "When Paul Kagame and Felix Tshisekedi met in Luanda on 6 July, they agreed that the truce would hold."
    st = _statement_at(text, "they agreed that")
    assert st.actor is None


def test_they_after_a_body_spoke_is_that_body() -> None:
    text = "Egypt's foreign ministry said the crossing was closed. They said it would reopen on Sunday."
    assert _statement_at(text, "They said").actor == "Egypt"


def test_the_opposition_speaks_with_no_actor() -> None:
    text = "Armenians voted on Sunday in an election that the opposition said was marred by fraud."
    assert _statement_at(text, "the opposition said").actor is None


def test_told_a_committee_leaves_the_date_to_the_frame() -> None:
    text = '"It was an ambush," the ferry operator\'s chief Lars Holm told a Danish parliamentary committee on Wednesday.'
    assert str(_statement_at(text, "Lars Holm told").date.start) == "2022-03-09"


@pytest.mark.parametrize("text", [
    "Bucharest also declared two Russian diplomats persona non grata on Friday.",
    "Georgia declared a state of emergency in two districts on Sunday.",
])
def test_declaring_someone_unwelcome_or_an_emergency_is_an_act(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"]


def test_a_title_word_inside_a_name() -> None:
    text = "Somalia's former president, Sharif Sheikh Ahmed, told parliament on Tuesday that the army would hold."
    st = _statement_at(text, "Sharif Sheikh Ahmed, told")
    assert st.actor == "Sharif Sheikh Ahmed"


def test_a_relative_clause_with_a_number_between_speaker_and_verb() -> None:
    text = "A spokesman for the UN mission, which has 12,000 troops in Mali, said the base was secure."
    st = _statement_at(text, "A spokesman for the UN mission")
    assert st.evidence.exact.startswith("A spokesman")


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("Sudan's army spokesman Nabil Abdallah was quoted by state media as saying the bridge was retaken.",
     "Nabil Abdallah was quoted", "Nabil Abdallah"),
    ("State television quoted Nabil Abdallah as saying the bridge was retaken.", "quoted Nabil Abdallah",
     "Nabil Abdallah"),
    ("Nabil Abdallah was quoted as saying that the bridge was retaken.", "Nabil Abdallah was quoted",
     "Nabil Abdallah"),
])
def test_quoted_as_saying(text: str, anchor: str, actor: str) -> None:
    assert _statement_at(text, anchor).actor == actor


def test_an_unnamed_source_with_an_apposition_before_the_verb() -> None:
    text = "A senior African diplomat, speaking on condition of anonymity, said the talks had collapsed."
    st = _statement_at(text, "A senior African diplomat")
    assert st.actor is None and st.evidence.exact.startswith("A senior")


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ('"This is unacceptable," a spokesperson for the EU\'s foreign service said.', "a spokesperson for", "European Union"),
    ("A spokesman for the Turkish Defence Ministry said the drills had ended.", "A spokesman for", "Turkey"),
    ("The EU's foreign policy chief said the bloc would respond.", "foreign policy chief said", "European Union"),
    ("Kyiv's military administration said two people were killed overnight.", "military administration said", "Ukraine"),
])
def test_someone_speaking_for_a_body(text: str, anchor: str, actor: str) -> None:
    assert _statement_at(text, anchor).actor == actor


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("The Commerce Department said it had added nine shipping firms to its list.", "The Commerce Department said",
     "United States"),
    ("The Obama administration said on Friday it would expel 35 diplomats.", "The Obama administration said",
     "United States"),
    ("Japanese Prime Minister Fumio Kishida met Yoon. The Kishida government said it would lift the curbs.",
     "The Kishida government said", "Japan"),
])
def test_departments_and_leaders_governments_speak_for_their_state(text: str, anchor: str, actor: str) -> None:
    assert _statement_at(text, anchor).actor == actor


def test_a_leaders_government_unknown_leader_is_never_the_other_state() -> None:
    assert [e.actor for e in _events("The Sharif government imposed sanctions on Kabul on Monday.")] == [None]


def test_a_fleet_named_alone_is_its_state() -> None:
    text = "A Northern Fleet patrol ship fired warning shots at the trawler on Monday."
    assert [e.actor for e in _events(text)] == ["Russia"]
