"""Speech worded as another verb: requests, held-back blame, characterisations, disclosures (fresh sentences)."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _statements(text: str) -> list:
    return [e for e in extract_strict(make_excerpt(text, published="2022-03-11")) if e.kind.value == "statement"]


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("President Alar Karis asked parliament to extend the border emergency by three months.",
     "Alar Karis asked parliament", "Alar Karis"),
    ("The Moldovan government had requested the European Commission to send border monitors.",
     "had requested the European Commission", "Moldova"),
    ("Hanoi had initially asked for 60 days to answer the note.", "had initially asked for", "Vietnam"),
    ("Ankara has so far refrained from blaming Tehran.", "refrained from blaming", "Turkey"),
    ("Nairobi has called the border closure an act of economic sabotage.", "has called the border closure",
     "Kenya"),
    ("Lima went further, calling the seizure an act of piracy.", "calling the seizure", "Peru"),
    ("The Danish navy first disclosed the submarine's presence on Tuesday.", "first disclosed", "Denmark"),
    ("Canberra has since said that the trawler left the zone.", "has since said", "Australia"),
    ("Dublin had raised the matter with the Russian embassy.", "had raised the matter", "Ireland"),
    ("Quito accused Bogota of bad faith, though Lima always said the two disputes were unconnected.",
     "Lima always said", "Peru"),
])
def test_speech_in_other_words_is_a_statement(text: str, anchor: str, actor: str) -> None:
    at = text.index(anchor)
    found = [e for e in _statements(text) if e.evidence.start <= at and at + len(anchor) <= e.evidence.end]
    assert [e.actor for e in found] == [actor], [(e.actor, e.evidence.exact) for e in _statements(text)]


@pytest.mark.parametrize("text", [
    "The islets, which Tokyo calls Senkaku, lie to the east.",
    "Moscow called the ambassador in on Monday.",
    "The minister called an emergency meeting of the cabinet overnight.",
])
def test_calling_without_a_view_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_a_request_in_a_relative_clause_is_background() -> None:
    text = "Belize, which asked the court for a ruling on 2 May, says its border is settled."
    [st] = _statements(text)
    assert st.date.start is None  # the relative clause's date is not that of what Belize says now


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("Kampala held Kigali responsible for the raid on the border post.", "held Kigali responsible", "Uganda"),
    ("Jakarta called the seizure piracy.", "called the seizure piracy", "Indonesia"),
    ("Opposition lawmakers charged that the government had waited too long.", "lawmakers charged", None),
    ("All ferries from Split were held in port overnight, the duty harbour captain said.", "captain said", None),
    ("Troops entered the village at dawn, the mayor said.", "the mayor said", None),
])
def test_blame_and_speakers_in_other_forms(text: str, anchor: str, actor: str | None) -> None:
    at = text.index(anchor)
    found = [e for e in _statements(text) if e.evidence.start <= at and at + len(anchor) <= e.evidence.end]
    assert [e.actor for e in found] == [actor], [(e.actor, e.evidence.exact) for e in _statements(text)]


def test_holding_ground_is_no_blame() -> None:
    assert _statements("The garrison held the bridge for three days.") == []


def test_official_results_are_the_subjects_own_count() -> None:
    text = ("Kazakhstan held a referendum on 5 June in which, according to official results, 77 percent backed "
            "the amendments.")
    found = _statements(text)
    assert [e.actor for e in found] == ["Kazakhstan"]
    assert "according to official results" in found[0].evidence.exact


def test_referred_to_as_is_a_view_of_what_happened() -> None:
    text = 'Kenyan jets flew along the border last week, which Mogadishu referred to as a "provocation."'
    assert [e.actor for e in _statements(text)] == ["Somalia"]
    assert _statements("The accord referred to as the Lome Pact was signed in 1975.") == []


def test_with_a_second_speaker_calling_instead_for() -> None:
    text = ("Rome and Madrid declined to take sides, with Spanish Foreign Minister José Manuel Albares calling "
            "instead for talks.")
    assert "José Manuel Albares" in {e.actor for e in _statements(text)}


@pytest.mark.parametrize("text", [
    "The Kenyan economy is more exposed to the drought than its leaders admit.",
    "The damage to the dam was worse than local officials said.",
    "The damage was worse than officials said.",
])
def test_a_comparison_with_what_someone_says_is_no_statement(text: str) -> None:
    assert _statements(text) == []
