"""Session 16 (kinds, issue 4): the lead's rulings on gold conventions, applied (tests/data/eval/README.md, "Kinds").

(a) Weapons fired AT a target in an attack are `other`, not `missile_test`: a test is a launch made to test (into the
    sea, on a range, "test-fired", at simulated targets, a launch with no target) (timeline/kindrules.py
    `aimed_at_target`, data/kindrules.toml [aimed]).
(b) A state suspended by a regional or international body (a union, an organisation of states, a commonwealth) is a
    `sanction` (`kindrules.state_suspended`, data/kindrules.toml [suspended_state]).
(c) Military or defence ties cut, frozen or suspended are a `sanction` (`kindrules.military_ties_cut`,
    [military_ties]): a kind change of an act already read, never a new event; never agreements or treaties ended.
Rows are fresh sentences about other crises, outlets and years, with invented names where it helps.

Kind errors left on the declassified sets after (a)-(c) (`python -m timeline.evaluate --corpus tests/data/heldoutN -v`,
heldout7/9/10/12/13, gold -> found), by class, largest first:
  other -> statement 9, sanction -> statement 7: an act told inside a statement ("adding that X had suspended",
      "said Wellington would suspend") read only as the statement (recall of the act: not a kind rule)
  statement -> other 7: support or words told by a verb no list holds ("endorsed the quarantine", "cited a note",
      "the message points out"); "endorsed" as a reporting verb merged "X endorsed Y, the agency reported" into one
      statement (one recall lost on heldout13): left
  deployment -> other 5: missile bases installed or launch sites built (no weapon after the verb), troops that
      "arrived", a deployment "scaled back": left
  ship_movement -> other 3: a ship that "turned about", destroyers that "came alongside" (fixed: triggers.toml
      ship_movement), an expedition that "will return" (no ship named): left
"""
import pytest

from tests.timeline.events_helpers import held_any, make_excerpt, shown
from timeline.events import extract_strict


def _events(text: str, published: str = "2026-03-12"):
    return extract_strict(make_excerpt(text, published=published))




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
    held = held_any(_events(text), text, words)
    assert held and "missile_test" not in [e.kind.value for e in held], shown(_events(text))
    assert "other" in [e.kind.value for e in held], shown(_events(text))


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
    held = held_any(_events(text), text, words)
    assert "missile_test" in [e.kind.value for e in held], shown(_events(text))


def test_an_attack_counts_what_was_fired_not_its_targets():
    text = "The Velorian guards fired a volley of ballistic missiles at two bases near Ostrava on Tuesday."
    (attack,) = [e for e in held_any(_events(text), text, "fired a volley") if e.kind.value == "other"]
    assert attack.count is None, attack.count
    text = "The Velorian guards fired 16 missiles at two bases near Ostrava on Tuesday."
    (attack,) = [e for e in held_any(_events(text), text, "fired 16 missiles") if e.kind.value == "other"]
    assert attack.count == "16", attack.count


# (b) A body suspending a state by its name: the body's measure against that state, a sanction.
SUSPENDED_STATES = [
    ("The African Union suspended Mali from all its activities on Monday.", "suspended Mali"),
    ("ECOWAS suspended Burkina Faso from its institutions on Saturday.", "suspended Burkina Faso"),
    ("Mercosur suspended Venezuela indefinitely on Friday.", "suspended Venezuela"),
    # the act read by another word of its clause (a vote), the suspension told in its words
    ("The Organization of American States suspended Nicaragua on Sunday, in a 28-1 vote at a special session.",
     "suspended Nicaragua"),
]


@pytest.mark.parametrize(("text", "words"), [r for r in SUSPENDED_STATES if r[1]])
def test_a_state_suspended_by_a_body_is_a_sanction(text, words):
    held = held_any(_events(text), text, words)
    assert [e.kind.value for e in held if e.kind.value != "statement"] == ["sanction"], shown(_events(text))


# ... never a state's possession suspended ("Hungary's voting rights" is the thing, no state suspended), an envoy, a
# service, a treaty or a platform.
@pytest.mark.parametrize("text", [
    "The European Union suspended Hungary's voting rights on Thursday.",
    "Baghdad suspended Sweden's ambassador from all contacts on Monday.",
    "Ankara suspended flights to Iraq on Tuesday.",
    "Kampala suspended the border treaty with Kenya on Friday.",
])
def test_no_state_suspended_no_sanction_by_this_rule(text):
    assert "sanction" not in [e.kind.value for e in _events(text)], shown(_events(text))


# (c) Military or defence ties cut, frozen or suspended: a measure against a state, a sanction.
TIES = [
    ("Wellington froze defence ties with Nuku'alofa on Tuesday.", "froze defence ties"),
    ("Paris suspended its military cooperation with Bamako on Thursday.", "suspended its military cooperation"),
    ("Washington has cut joint military activities with Tegucigalpa, officials said.", "cut joint military activities"),
]


@pytest.mark.parametrize(("text", "words"), TIES)
def test_military_ties_cut_are_a_sanction(text, words):
    held = held_any(_events(text), text, words)
    assert "sanction" in [e.kind.value for e in held] and "other" not in [e.kind.value for e in held], \
        shown(_events(text))


@pytest.mark.parametrize("text", [
    "The junta on Friday revoked a series of military cooperation agreements with Paris.",
    "Seoul suspended military talks with Pyongyang on Monday.",
    "Ankara suspended the defence cooperation agreement with Tripoli on Friday.",
    # no doer named: a doerless sanction would pair with any other measure of its week in parity, so it stays `other`
    "It suspended its military cooperation with Bamako on Thursday.",
])
def test_talks_or_agreements_ended_are_no_sanction(text):
    assert "sanction" not in [e.kind.value for e in _events(text)], shown(_events(text))


# actor15's session-15 block (timeline/data/aliases.toml): regional bodies act and speak in their own name.
BODIES = [
    ("The Commonwealth suspended Tonga from its councils on Monday.", "sanction", "Commonwealth"),
    ("The Pacific Islands Forum suspended Nauru on Wednesday.", "sanction", "Pacific Islands Forum"),
    ("The leaders of the Bolivarian Alliance for the Americas (ALBA) pledged on Sunday to reverse the coup.", "statement",
     "Bolivarian Alliance for the Americas"),
    ("The Commonwealth of Independent States will hold a summit in Minsk on Friday.", "meeting",
     "Commonwealth of Independent States"),
]


@pytest.mark.parametrize(("text", "kind", "actor"), BODIES)
def test_a_regional_body_acts_in_its_own_name(text, kind, actor):
    assert (kind, actor) in [(e.kind.value, e.actor) for e in _events(text)], [(e.kind.value, e.actor) for e in _events(text)]


# A ship's own movement told by "turned back/about", "came alongside", "returned to port" (declassified sets' largest
# ship_movement -> other class): a ship movement, not the generic act.
SHIP_TURNS = [
    ("At least nine Tarkan freighters turned back in the Gulf of Aden on Thursday.", "turned back"),
    ("Two Velorian corvettes came alongside the trawler on Sunday.", "came alongside"),
    ("The frigate Almirante Cruz returned to port on Friday after the standoff.", "returned to port"),
]


@pytest.mark.parametrize(("text", "words"), SHIP_TURNS)
def test_a_ship_turning_back_or_coming_alongside_moves(text, words):
    held = held_any(_events(text), text, words)
    assert "ship_movement" in [e.kind.value for e in held], shown(_events(text))


@pytest.mark.parametrize("text", ["The negotiations turned around on Friday.",
                                  "The minister returned to the capital on Monday."])
def test_no_ship_no_ship_movement(text):
    assert "ship_movement" not in [e.kind.value for e in _events(text)], shown(_events(text))
