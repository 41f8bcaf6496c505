"""Session 19 (helper doers19): the doer of each act and the side of each speaker (fresh sentences and names of other
crises, written for these tests; none from a corpus).

TABLE

"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import actor_at
from timeline.craftowner import craft_keys, craft_state

CRAFTS = [
    # (text, anchor, doer or None): a craft named with no state is the state an earlier mention of the craft names
    ("Three Argentine Mirage jets approached a Chilean patrol plane over the Beagle Channel on Sunday. The Mirages flew "
     "within 100 metres of the plane.", "The Mirages flew", "Argentina"),
    ("Moroccan fighter jets buzzed an Algerian drone on Friday. On Saturday, F-16 jets flew within 300 feet of a second "
     "drone.", "F-16 jets flew", "Morocco"),
    ("A Turkish navy frigate sailed into disputed waters off Cyprus on Monday. On Tuesday, the frigate Kemalreis fired "
     "flares near a Cypriot fishing boat.", "the frigate Kemalreis fired", "Turkey"),
    # the model named wins over a state named later with another craft; the target's own state named before the model
    ("Two Russian Su-30 jets and a Polish MiG-29 flew over the border zone on Friday. The Su-30s then buzzed a Polish "
     "patrol boat.", "The Su-30s then buzzed", "Russia"),
    ("Greek jets intercepted two Turkish F-16 jets over the Aegean on Monday. The F-16s violated Greek airspace again on "
     "Tuesday.", "The F-16s violated", "Turkey"),
    # no earlier mention of that craft: no doer made up
    ("The corvette Villavicencio fired warning shots near the border on Monday.", "fired warning shots", None),
    ("Japanese destroyers shadowed the convoy on Monday. Two submarines fired flares near the islands on Tuesday.",
     "Two submarines fired", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), CRAFTS, ids=[f"{r[2]}:{r[1]}" for r in CRAFTS])
def test_a_craft_is_the_state_an_earlier_mention_names(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


KEYS = [
    # (subject and verb, (model/name words, craft word) or None)
    ("The Mirages flew within", (frozenset({"mirage"}), "")),
    ("two more jets shadowed", (frozenset(), "jet")),
    ("the corvette Soroka took the same route", (frozenset({"soroka"}), "corvette")),
    ("Su-27s dumped fuel", (frozenset({"su-27"}), "")),
    # not a craft: a state in the subject, an aside, a person, a common noun
    ("Chinese jets flew", None),
    ("The jets, which took off from a base, struck", None),
    ("The minister flew", None),
    ("Two fishermen sailed", None),
]


@pytest.mark.parametrize(("subject", "keys"), KEYS, ids=[k[0] for k in KEYS])
def test_craft_keys(subject: str, keys: tuple[frozenset[str], str] | None) -> None:
    assert craft_keys(subject, 0, len(subject)) == keys


def test_a_later_mention_of_the_craft_wins() -> None:
    """Two sides' jets named before: the one named last with the craft word (the nearer story)."""
    text = "Indian jets flew near the line on Monday. Pakistani jets scrambled on Tuesday. The jets turned back"
    assert craft_state(text, text.index("The jets"), len(text)) == "Pakistan"


OWN_FORCES = [
    # (text, anchor, doer or None): a force or craft deployed in the passive is its own state's: named in the subject,
    # else the state whose forces the excerpt named last (never a speaker's, never another side's target)
    ("Turkish fighter jets were scrambled to identify the intruder on Monday.", "were scrambled", "Turkey"),
    ("A Russian Il-38 plane flew over the Baltic on Monday. German jets were scrambled to escort it.",
     "German jets were scrambled", "Germany"),
    ("Bolivia's military seized power on Monday. Troops were deployed in the capital La Paz and in Santa Cruz.",
     "Troops were deployed", "Bolivia"),
    # no force named before: none made up
    ("Troops were deployed in the capital on Monday.", "Troops were deployed", None),
    # a passive of another kind stays as it was: the subject underwent it
    ("Two Chilean diplomats were expelled on Monday.", "were expelled", None),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), OWN_FORCES, ids=[f"{r[2]}:{r[1]}" for r in OWN_FORCES])
def test_a_force_deployed_in_the_passive_is_its_own_states(text: str, anchor: str, actor: str | None) -> None:
    assert actor_at(text, anchor) == actor


BLOCS = [
    # (text, anchor, doer): a bloc whose name holds a demonym is the bloc, never that demonym's state
    ("The Organization of American States suspended Paraguay on Saturday in a 30-0 vote.", "suspended Paraguay",
     "Organization of American States"),
    ("The Organisation of American States on Tuesday voted 20 to 0 to back the blockade.", "voted 20 to 0",
     "Organization of American States"),
    ("The OAS will meet on Thursday to discuss the crisis in Quito.", "will meet on Thursday",
     "Organization of American States"),
    ("The Union of South American Nations suspended Paraguay on Friday.", "suspended Paraguay",
     "Union of South American Nations"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), BLOCS, ids=[f"{r[2]}:{r[1]}" for r in BLOCS])
def test_a_bloc_named_with_a_demonym_is_the_bloc(text: str, anchor: str, actor: str) -> None:
    assert actor_at(text, anchor) == actor
