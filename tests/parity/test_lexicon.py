"""Every parity word list is read and does its job."""

from __future__ import annotations

import pytest

from parity import lexicon


def test_every_data_file_parses_and_has_its_tables():
    assert set(lexicon.load("aliases")) == {"canonical", "demonyms", "objects", "object_kinds", "policies", "blocs"}
    kinds = lexicon.load("aliases")["object_kinds"]
    assert all(set(narrow) | {wide} <= set(lexicon.load("aliases")["objects"]) for wide, narrow in kinds.items())
    blocs = lexicon.load("aliases")["blocs"]
    assert all(len(members) >= 2 for members in blocs.values())
    assert set(blocs["E3"]) <= set(lexicon.load("aliases")["canonical"])
    assert lexicon.with_members(("E3",)) >= {"France", "Germany", "UK"} and "EU" in lexicon.with_members(("France",))
    assert set(lexicon.load("aliases")["policies"]["names"]) <= set(lexicon.load("aliases")["objects"])
    assert set(lexicon.load("agencies")) == {"agencies", "noise", "credit"}
    assert {"stances", "gapped", "negation", "denial", "inverse", "acts"} <= set(lexicon.load("stance"))
    assert {"stopwords", "frame", "numbers", "spin", "firing", "announce", "speaker", "threat", "trips"} <= set(
        lexicon.load("words"))


@pytest.mark.parametrize("text, states", [
    ("The Russian Federation and the USA met in Geneva", ["Russia", "US"]),
    ("Talks between Washington and Pyongyang stalled", ["US", "North Korea"]),
    ("The DPRK fired at the U.S. base", ["North Korea", "US"]),
    ("Beijing and Kyiv", ["China", "Ukraine"]),
    ("let us go", []),  # the pronoun is not the US: aliases are case-sensitive
])
def test_states_in(text, states):
    assert lexicon.states_in(text) == states


def test_spin_normalise_makes_spun_copy_read_as_the_wire():
    spun = "Russian Federation says it opposes a USA push"
    wire = "Russia says it opposes a US push"
    assert lexicon.spin_normalise(spun) == lexicon.spin_normalise(wire)


def test_sides_from_nationality_adjectives():
    assert lexicon.sides_in("Chinese Foreign Ministry spokesman") == ["China"]
    assert lexicon.sides_in("a South Korean port") == ["South Korea"]


def test_objects_have_one_canonical_name():
    assert lexicon.objects_in("an intercontinental ballistic missile, an ICBM, and THAAD") == ["ICBM", "THAAD"]
    assert lexicon.canonical_object("HMS Montrose") == "hms montrose"
    # one token for the object, and the phrase's last word kept, so "any shots" meets "warning shots"
    assert lexicon.content_words("fired an intercontinental ballistic missile") == ("fire_act", "icbm", "missil")
    assert lexicon.content_words("fire an ICBM") == ("fir", "icbm")
    assert lexicon.content_words("fired warning shots") == ("fire_act", "warning_shot", "shot")


@pytest.mark.parametrize("via, canonical", [
    ("state news agency Itar-Tass", "TASS"),
    ("according to Reuters", "Reuters"),
    ("Bloomberg News", "Bloomberg"),
    ("a Russian Foreign Ministry transcript", "Russian Foreign Ministry transcript"),
    (None, None),
])
def test_agency(via, canonical):
    assert lexicon.agency(via) == canonical


def test_content_words_drop_stopwords_and_the_reporting_frame():
    words = lexicon.content_words("The minister said the talks failed, reporters were told.")
    assert words == ("minister", "talk", "fail")


@pytest.mark.parametrize("count, norm", [
    ("six", "6"), ("6", "6"), ("sixth", "6th"), ("6th", "6th"), ("90 percent", "90%"), ("90%", "90%"),
    ("26,000 tonnes", "26000"), ("a dozen", "12"), (None, None),
])
def test_normalise_count(count, norm):
    assert lexicon.normalise_count(count) == norm


def test_stem_is_light():
    assert {lexicon.stem(w) for w in ("tests", "tested", "testing")} == {"test"}
    assert lexicon.stem("press") == "press"


@pytest.mark.parametrize("outlet, origin", [
    ("Reuters", "Reuters"),
    ("Balkan Insight (reprinting AFP)", "AFP"),
    ("The Irish Times", None),
])
def test_outlet_origin(outlet, origin):
    assert lexicon.outlet_origin(outlet) == origin


@pytest.mark.parametrize("body, origin", [
    ("Warships gathered off the coast.\n\nSource: Reuters\n", "Reuters"),
    ("ANKARA (AP) — Turkey said on Monday it would reopen the strait.", "Associated Press"),
    ("Warships gathered off the coast.\n\nSources include:\n", None),
])
def test_credited(body, origin):
    assert lexicon.credited(body) == origin


def test_spinners_verb_swaps_read_as_the_wire():
    wire = "We believe the drills are a provocation and are following events closely, an official said."
    spun = "We consider the drills are a provocation and are following events carefully, an official stated."
    assert lexicon.content_words(spun) == lexicon.content_words(wire)
    assert lexicon.content_words("a vote is anticipated") == lexicon.content_words("a vote is expected")
