"""Session 16 (kinds, issue 4): the lead's rulings on gold conventions, applied (tests/data/eval/README.md, "Kinds").

(a) Weapons fired AT a target in an attack are `other`, not `missile_test`: a test is a launch made to test (into the
    sea, on a range, "test-fired", at simulated targets, a launch with no target) (timeline/kindrules.py
    `aimed_at_target`, data/kindrules.toml [aimed]).
Rows are fresh sentences about other crises, outlets and years, with invented names where it helps.
"""
import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(text: str, published: str = "2026-03-12"):
    return extract_strict(make_excerpt(text, published=published))


def _shown(events):
    return [(e.kind.value, e.evidence.exact) for e in events]


def _holding(events, text: str, words: str):
    at = text.index(words)
    return [e for e in events if e.evidence.start <= at and at + len(words) <= e.evidence.end]


# (a) A launch aimed at a target (a city, a ship, a base, forces, a country) is an attack: `other`.
AIMED = [
    ("Separatist gunners fired 40 Grad rockets at the port of Mariel on Tuesday.", "fired 40 Grad rockets"),
    ("The Velorian navy launched two cruise missiles at a rebel depot near Ostrava on Monday.",
     "launched two cruise missiles"),
    ("Militants fired a barrage of rockets towards the border town of Kessab overnight.", "fired a barrage of rockets"),
    ("Several rockets were fired from the north toward the airbase at Dalmor on Sunday, the army said.",
     "were fired from the north"),
    ("The rebels launched a dozen drones against the refinery at Ras Kalim on Wednesday.",
     "launched a dozen drones"),
    ("An armed group fired an anti-ship missile at a Panamanian-flagged freighter in the Arabian Sea on Monday.",
     "fired an anti-ship missile"),
    ("Kinshasa accused the rebels of firing rockets at Goma airport on Sunday.", "firing rockets"),
    ("Militia gunners fired about 30 rockets into Bor county on Saturday.", "fired about 30 rockets"),
    ("The insurgents rained rockets on Kandor overnight, the governor said.", "rained rockets on Kandor"),
    ("A rocket fired from the enclave hit a school in Nerim on Thursday.", "rocket fired from the enclave"),
    ("The Pallan army fired ballistic missiles in retaliation for the raid on Sunday.", "fired ballistic missiles"),
    ("Moscow launched 70 missiles and 40 drones across the country overnight, Kyiv said.",
     "launched 70 missiles and 40 drones"),
]


@pytest.mark.parametrize(("text", "words"), AIMED)
def test_a_launch_aimed_at_a_target_is_an_attack(text, words):
    held = _holding(_events(text), text, words)
    assert held and "missile_test" not in [e.kind.value for e in held], _shown(_events(text))
    assert "other" in [e.kind.value for e in held], _shown(_events(text))


# (a) ... and a launch made to test stays a test: into the sea, toward open water, on a range, at simulated targets,
# told with a test or drill word, or from a site "at" a place.
TESTS = [
    ("The North fired two short-range ballistic missiles toward the East Sea on Friday, Seoul said.",
     "fired two short-range ballistic missiles"),
    ("The navy fired a hypersonic missile at a target in the Sea of Okhotsk on Thursday.", "fired a hypersonic missile"),
    ("Pakistan test-fired a Shaheen missile at a range in Sonmiani on Monday.", "test-fired a Shaheen missile"),
    ("The guards corps fired ballistic missiles at mock targets in the Dasht-e Kavir desert on Monday.",
     "fired ballistic missiles"),
    ("Pyongyang launched an intercontinental ballistic missile from a site at Sunan on Tuesday.",
     "launched an intercontinental ballistic missile"),
    ("The army fired at least 12 rockets during the drills on Wednesday.", "fired at least 12 rockets"),
    ("Tehran launched a new cruise missile at 6:40 a.m. on Sunday, state television said.",
     "launched a new cruise missile"),
    ("The guards fired dozens of missiles into the desert near Semnan on Monday.", "fired dozens of missiles"),
    ("Rocket firings were carried out on designated target areas in the waters south of the island on Monday.",
     "Rocket firings were carried out"),
    ("The North launched a ballistic missile on a lofted trajectory on Saturday.", "launched a ballistic missile"),
    ("The North fired a missile that landed in Japan's exclusive economic zone on Monday.", "fired a missile"),
]


@pytest.mark.parametrize(("text", "words"), TESTS)
def test_a_launch_made_to_test_stays_a_test(text, words):
    held = _holding(_events(text), text, words)
    assert "missile_test" in [e.kind.value for e in held], _shown(_events(text))


def test_an_attack_counts_what_was_fired_not_its_targets():
    text = "The Velorian guards fired a volley of ballistic missiles at two bases near Ostrava on Tuesday."
    (attack,) = [e for e in _holding(_events(text), text, "fired a volley") if e.kind.value == "other"]
    assert attack.count is None, attack.count
    text = "The Velorian guards fired 16 missiles at two bases near Ostrava on Tuesday."
    (attack,) = [e for e in _holding(_events(text), text, "fired 16 missiles") if e.kind.value == "other"]
    assert attack.count == "16", attack.count
