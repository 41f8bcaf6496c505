"""Everyday foreign-affairs acts get their kind: ruptures, force, sanctions in the passive, hosts, letters, arrivals."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _kinds(sentence: str) -> list[str]:
    return [e.kind.value for e in extract_strict(make_excerpt(sentence, published="2022-03-09"))]


@pytest.mark.parametrize("sentence, kind", [
    ("Lithuania recalled its ambassador from Minsk on Tuesday.", "other"),
    ("Bolivia broke off diplomatic relations with Israel last year.", "other"),
    ("Azerbaijan closed its airspace to Armenian flights on Sunday.", "sanction"),
    ("Protesters stormed the parliament building in Bishkek overnight.", "other"),
    ("Kyrgyz and Tajik border guards exchanged gunfire near Vorukh on Thursday.", "other"),
    ("Moldova declared a Russian diplomat persona non grata on Monday.", "sanction"),
    ("Sanctions on Belarusian potash were extended by the European Union on Friday.", "sanction"),
    ("The Treasury added 14 Iranian shipping firms to its sanctions list on Wednesday.", "sanction"),
    ("Canada sanctioned nine Haitian gang leaders on Thursday.", "sanction"),
    ("Kazakh President Kassym-Jomart Tokayev hosted his Uzbek counterpart in Astana on Monday.", "meeting"),
    ("About 1,200 Rwandan troops landed in Pemba on Saturday.", "deployment"),
    ("The Russian icebreaker Yamal sailed through the Vilkitsky Strait on Sunday.", "ship_movement"),
    ("Nigerien and Beninese soldiers took part in joint exercises near Malanville last week.", "military_exercise"),
])
def test_an_everyday_act_has_its_kind(sentence, kind):
    assert kind in _kinds(sentence)


def test_a_letter_is_a_statement_of_its_writer():
    events = extract_strict(make_excerpt(
        "Guyanese President Irfaan Ali sent a letter to the Security Council on Friday.", published="2023-12-09"))
    assert [(e.kind.value, e.actor) for e in events if e.kind.value == "statement"] == [("statement", "Irfaan Ali")]


@pytest.mark.parametrize("sentence", [
    "The sanctioned banks lost access to SWIFT years ago.",
    "Analysts said the sanctions regime had holes.",
    "The closing ceremony of the games was moved indoors.",
])
def test_nouns_and_adjectives_are_no_sanction_or_closure(sentence):
    assert "sanction" not in _kinds(sentence)
    assert "other" not in _kinds(sentence)


@pytest.mark.parametrize("sentence, count", [
    ("The Fifth Fleet sent two destroyers to the strait on Monday.", "two"),
    ("Chinese coast guard ships blocked a resupply mission to Second Thomas Shoal on Sunday.", None),
    ("Three warships sailed into the Gulf of Sidra on Friday.", "three"),
    ("Four drones were shot down over Kursk on Friday, the army said.", "four"),
])
def test_a_number_inside_a_name_is_no_count(sentence, count):
    events = [e for e in extract_strict(make_excerpt(sentence, published="2022-03-09")) if e.kind.value != "statement"]
    assert events and events[0].count == count
