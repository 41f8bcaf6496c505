"""Session 12 (kinds): interceptions beside the launch, drills told in the passive, civil or habitual drills, rules for
all of a kind, a satellite launch's noun judged, sanctions widened; fresh sentences (not the dev12-kinds excerpts)."""
import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


def _events(text: str, published: str = "2024-05-10"):
    return extract_strict(make_excerpt(text, published=published))


def _shown(events):
    return [(e.kind.value, e.evidence.exact) for e in events]


# (sentence, kind, words the act's evidence holds): must rows.
MUST = [
    # A missile fired stays a missile test.
    ("North Korea fired two short-range ballistic missiles into the sea on Thursday.", "missile_test",
     "fired two short-range ballistic missiles"),
    # Weapons a destroyer shot down: its interception (other) is told, beside the launch their participle tells.
    ("The frigate HMS Richmond shot down two drones launched by the rebels on Tuesday.", "other",
     "shot down two drones launched by the rebels"),
    ("French jets intercepted several missiles fired from Yemen on Saturday.", "other",
     "intercepted several missiles fired from Yemen"),
    # Drills or a joint patrol told in the passive, with their place or parts between noun and verb.
    ("Naval drills off the coast of Crete were conducted by the Greek navy on Monday.", "military_exercise",
     "Naval drills off the coast of Crete were conducted"),
    ("A joint Chinese-Russian air patrol over the Sea of Japan was carried out on Tuesday.", "military_exercise",
     "joint Chinese-Russian air patrol"),
    ("Snap exercises near the border were held by the Western Military District on Friday.", "military_exercise",
     "Snap exercises near the border were held"),
    # Sanctions widened or broadened are a sanction.
    ("EU ministers agreed on Monday to widen sanctions on Minsk.", "sanction", "widen sanctions on Minsk"),
    ("Britain broadened its sanctions on Iranian drone makers on Thursday.", "sanction", "broadened its sanctions"),
    # Ships rerouted are a ship movement (triggers.toml ship_movement), not forces deployed.
    ("Several shipping lines have rerouted vessels around the Cape of Good Hope.", "ship_movement",
     "rerouted vessels around the Cape"),
    ("The carrier rerouted two container ships away from the Red Sea on Friday.", "ship_movement",
     "rerouted two container ships"),
    # Drills with their own day stay an exercise, even yearly ones.
    ("Russia began its annual Zapad drills on Monday.", "military_exercise", "began its annual Zapad drills"),
]


@pytest.mark.parametrize(("text", "kind", "words"), MUST)
def test_the_act_has_its_kind(text, kind, words):
    events = _events(text)
    assert any(e.kind.value == kind and words in e.evidence.exact for e in events), _shown(events)


# (sentence, kind, words): must-not rows: no event of that kind holding those words.
MUST_NOT = [
    # A rule for all of a kind is no act.
    ("The resolutions bar Pyongyang from any launch using ballistic missile technology.", "missile_test",
     "any launch"),
    ("The treaty forbids every launch of an intermediate-range missile.", "missile_test", "every launch"),
    # Civil drills and drills held as a habit are no exercise.
    ("Japan has held evacuation drills in Okinawa since 2017.", "military_exercise", "evacuation drills"),
    ("Seoul has held regular drills with Washington for decades.", "military_exercise", "regular drills"),
    ("Schools in Taipei held air-raid drills on Monday.", "military_exercise", "air-raid drills"),
    # The noun of a satellite launch judged is no launch of its own.
    ("The launch of the satellite is a sovereign right, the agency said.", "other", "The launch of the satellite"),
]


@pytest.mark.parametrize(("text", "kind", "words"), MUST_NOT)
def test_no_act_of_that_kind(text, kind, words):
    events = _events(text)
    assert not any(e.kind.value == kind and words in e.evidence.exact for e in events), _shown(events)


def test_an_interception_and_the_launch_it_stopped_are_two_acts_of_their_doers():
    events = _events("The destroyer USS Mason shot down three drones launched by the Houthis on Sunday.")
    kinds = {e.kind.value: e for e in events}
    assert set(kinds) == {"other", "missile_test"}, _shown(events)
    assert kinds["missile_test"].actor == "Houthis"
    assert kinds["other"].actor == "United States"
    assert kinds["other"].date.start is not None and kinds["other"].date.start.isoformat() == "2024-05-05"


def test_a_weapon_fired_at_no_interception_stays_one_launch():
    events = _events("Three drones launched by the Houthis struck a tanker on Sunday.")
    # one launch, an attack on the tanker: `other` (session 16 ruling), never a launch and an interception
    assert [e.kind.value for e in events if e.kind.value != "statement"] == ["other"], _shown(events)


# (sentence, words the act's evidence holds, doer): an act told in the passive in the reporter's own clause with a day of
# its own, no trigger reading it: done to the subject, the agent after "by" the doer.
OWN_PASSIVES = [
    ("Humanitarian aid was delivered to the camp by the Red Cross on Wednesday.", "was delivered to the camp", None),
    ("On Friday, the two fishermen were handed a suspended sentence by a court in Tromso.",
     "were handed a suspended sentence", None),
    ("The disputed ballot boxes were transported to the capital on Sunday.", "were transported to the capital", None),
]


@pytest.mark.parametrize(("text", "words", "actor"), OWN_PASSIVES)
def test_a_passive_act_with_its_own_day_is_read(text, words, actor):
    events = _events(text)
    acts = [e for e in events if e.kind.value == "other" and words in e.evidence.exact]
    assert acts, _shown(events)
    assert acts[0].date.start is not None and acts[0].modality.value == "asserted"


# Must-not: no passive act with no day of its own, a state or a judgement, a subordinate clause, or a negated subject.
NO_OWN_PASSIVE = [
    "Humanitarian aid was delivered to the camp by the Red Cross.",
    "The ballot boxes were transported to the capital in 2019.",
    "The drills were condemned by Beijing on Monday.",
    "The frigate was expected in Souda Bay on Friday.",
    "After the boxes were transported to the capital on Sunday, counting began.",
    "No ballot boxes were transported to the capital on Sunday.",
]


@pytest.mark.parametrize("text", NO_OWN_PASSIVE)
def test_no_passive_act_without_its_own_day_or_as_a_state(text):
    events = _events(text)
    assert not [e for e in events if e.kind.value == "other"], _shown(events)


def test_a_passive_subject_opened_by_a_count_word_is_read_before_its_attribution():
    events = _events("About 1,000 migrants were moved from the camp on Tuesday, the ministry said.")
    acts = [e for e in events if e.kind.value == "other" and "About 1,000 migrants were moved" in e.evidence.exact]
    assert acts and acts[0].date.start is not None, _shown(events)
    assert not [e for e in _events("About the same time, talks were held in Doha, officials said.")
                if e.kind.value == "other"]


# (sentence, words, doer): an act told by its noun after a count of time before "after", or with its doer after "by".
ACT_NOUNS = [
    ("Gunmen boarded the tanker off Aden on Sunday, a week after the seizure of the Galaxy Leader by the Houthis.",
     "the seizure of the Galaxy Leader by the Houthis", "Houthis"),
    ("Two days after the downing of the drone, Washington summoned the ambassador.", "the downing of the drone", None),
    ("The sinking of the Moskva by Ukraine dealt a heavy blow to the fleet.", "The sinking of the Moskva by Ukraine",
     "Ukraine"),
]


@pytest.mark.parametrize(("text", "words", "actor"), ACT_NOUNS)
def test_an_act_told_by_its_noun_after_a_time_count_or_with_its_agent(text, words, actor):
    events = _events(text, published="2023-11-27")
    acts = [e for e in events if e.kind.value == "other" and words in e.evidence.exact]
    assert acts and acts[0].actor == actor, _shown(events)


# Must-not: the same nouns in a clause that tells no act done (present, modal) or named again after its verb.
NO_ACT_NOUN = [
    "Gunmen may board more tankers, a week after the seizure of the Galaxy Leader by the Houthis.",
    "The Houthis seized the Galaxy Leader on Sunday and, a week after the seizure of the ship, released a video.",
]


@pytest.mark.parametrize("text", NO_ACT_NOUN)
def test_no_second_act_from_a_noun_in_a_modal_clause_or_named_again(text):
    events = _events(text, published="2023-11-27")
    assert not [e for e in events if e.kind.value == "other" and e.evidence.exact.lower().startswith("the seizure")], \
        _shown(events)
