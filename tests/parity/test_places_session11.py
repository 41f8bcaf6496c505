"""Session 11: a place named after a state (a sea, a gulf, a strait: parity/data/places.toml) is no side of what is told
there ("fired into the Sea of Japan" names no Japan), while the state named beside it still is."""

from __future__ import annotations

import pytest

from parity import lexicon


@pytest.mark.parametrize(("text", "sides"), [
    ("North Korea fired two missiles into the Sea of Japan", ["North Korea"]),
    ("fired two missiles into the Sea of Japan, Japan's defence ministry said", ["Japan"]),
    ("Chinese coast guard ships in the South China Sea", ["China"]),
    ("patrols in the East China Sea", []),
    ("an Indian frigate in the Indian Ocean", ["India"]),
    ("drills in the Philippine Sea", []),
    ("a tanker attacked in the Gulf of Oman", []),
    ("a Russian tanker in the Gulf of Finland", ["Russia"]),
    ("a US destroyer sailed through the Taiwan Strait", ["US"]),
    ("Taiwan's defence ministry said", ["Taiwan"]),
    ("in the sea of japan", []),  # case-blind
])
def test_places_are_no_sides(text: str, sides: list[str]) -> None:
    assert lexicon.sides_in(text) == sides


def test_a_place_is_one_word() -> None:
    """The place reads as one content word: a claim in the Sea of Japan shares no "japan" with Japan's own claims."""
    words = lexicon.content_words("warships held drills in the Sea of Japan")
    assert "japan" not in words and len([w for w in words if "japan" in w]) == 1
