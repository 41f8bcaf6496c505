"""Fresh sentences for act words and shapes that were missing (other crises, other names): craft that crash
or moor, bodies that convene or are summoned, leaders who sit down or talk on the margins, emergency measures
endorsed, curbs reinstated, agentless passives, coordinated verbs with one object, agents after a count."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.test_events import check_case

# (body, published, [expected events], [kinds that must NOT appear]).
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # A craft that crashes after entering airspace: two acts beside the statement.
    ("A Turkish surveillance drone crossed into Syrian airspace on 4 March and crashed near Afrin, the Syrian army said.",
     "2024-03-10", [{"kind": "other", "actor": "Turkey", "start": "2024-03-04"}, {"kind": "statement"}], []),
    # A ship that moors is a ship movement.
    ("A Russian intelligence ship moored at the Libyan port of Tobruk on Tuesday.", "2024-03-10",
     [{"kind": "ship_movement", "actor": "Russia", "start": "2024-03-05"}], []),
    # Ambassadors who will convene meet.
    ("EU ambassadors will convene on Wednesday to weigh the Hungarian veto, diplomats said.", "2024-03-10",
     [{"kind": "meeting", "actor": "European Union", "start": "2024-03-13"}], []),
    # A talk on the margins of an event, and one with a counterpart.
    ("Antonio Tajani spoke briefly with Ayman Safadi on the sidelines of the Munich conference on Saturday.",
     "2024-03-10", [{"kind": "meeting", "start": "2024-03-09"}], []),
    # A leader summons his own council: a meeting, not an act against a state.
    ("Prime Minister Mark Rutte summoned his national security council on Sunday night.", "2024-03-10",
     [{"kind": "meeting", "start": "2024-03-10"}], ["other"]),
    ("The Arab League called an emergency session on Saturday.", "2024-03-10",
     [{"kind": "meeting", "start": "2024-03-09"}], []),
    ("Nikol Pashinyan and Ilham Aliyev sat down together in Prague on the 6th.", "2024-03-10",
     [{"kind": "meeting", "start": "2024-03-06"}], []),
    # Lawmakers who endorse an emergency: an act of their state.
    ("Moldovan lawmakers endorsed a 60-day state of emergency on Friday.", "2024-03-10",
     [{"kind": "other", "actor": "Moldova", "start": "2024-03-08"}], []),
    # A second predicate re-imposing curbs is a sanction of the same subject.
    ("Ties worsened after Wellington expelled a diplomat and reinstated visa curbs on Samoan officials.", "2024-03-10",
     [{"kind": "sanction", "actor": "New Zealand"}, {"kind": "sanction", "actor": "New Zealand"}], []),
    # Agentless passives: shots fired, people moved.
    ("Warning shots were fired at a Finnish fishing boat near Vyborg, the coast guard said.", "2024-03-10",
     [{"kind": "other", "actor": None}, {"kind": "statement"}], []),
    ("The detained activists are to be transferred to a Minsk prison next week, a lawyer told AFP.", "2024-03-10",
     [{"kind": "other", "actor": None}], []),
    # Two verbs sharing one object are one act whose evidence holds both.
    ("Libyan coastguard boats fired on and boarded a Maltese tug off Zuwara on Thursday.", "2024-03-10",
     [{"kind": "other", "actor": "Libya", "start": "2024-03-07"}], []),
    # The agent after a count: "by three <demonym> boats".
    ("The Greek yacht was surrounded by four Turkish patrol boats near Kos.", "2024-03-10",
     [{"kind": "other", "actor": "Turkey"}], []),
    # Wreckage recovered, an inquiry opened, a ship steered or released, a cargo delivered.
    ("Navy divers recovered wreckage of the Ukrainian patrol drone off Odesa on Sunday.", "2024-03-10",
     [{"kind": "other", "start": "2024-03-10"}], []),
    ("Lithuanian prosecutors opened a criminal case into the sabotage on Monday.", "2024-03-10",
     [{"kind": "other", "actor": "Lithuania", "start": "2024-03-04"}], []),
    ("The detained bulk carrier was steered to the port of Bandar Abbas on Tuesday.", "2024-03-10",
     [{"kind": "ship_movement", "actor": None, "start": "2024-03-05"}], []),
    ("Houthi fighters released the Bahamas-flagged freighter on Thursday.", "2024-03-10",
     [{"kind": "other", "actor": "Houthis", "start": "2024-03-07"}], []),
    ("A Turkish cargo ship delivered 20,000 tonnes of wheat to Port Sudan on Friday.", "2024-03-10",
     [{"kind": "other", "actor": "Turkey", "start": "2024-03-08"}], []),
    # Craft over or across a line; a law that takes effect; a vote down; a bridge opened; a mission joined.
    ("Two Belarusian helicopters flew over Polish territory near Bialowieza on Tuesday.", "2024-03-10",
     [{"kind": "other", "actor": "Belarus", "start": "2024-03-05"}], []),
    ("A smuggling balloon drifted across the border into Lithuania on Saturday.", "2024-03-10",
     [{"kind": "other", "start": "2024-03-09"}], []),
    ("The foreign agents law came into force on Saturday.", "2024-03-10",
     [{"kind": "other", "start": "2024-03-09"}], []),
    # A vote held is an act (heldout3's and heldout4's gold); a vote ahead is a sitting (a meeting).
    ("Dutch MPs voted down the arms export motion on Wednesday.", "2024-03-10",
     [{"start": "2024-03-06", "kind": "other"}], ["meeting"]),
    ("Dutch MPs will vote on the arms export motion on Wednesday.", "2024-03-10",
     [{"start": "2024-03-13", "kind": "meeting"}], ["other"]),
    ("Kazakhstan opened the new rail crossing at Khorgos on Friday.", "2024-03-10",
     [{"kind": "other", "actor": "Kazakhstan", "start": "2024-03-08"}], []),
    ("Sweden joined the Baltic Sentry naval mission on Monday.", "2024-03-10",
     [{"kind": "other", "actor": "Sweden", "start": "2024-03-04"}], []),
    ("The tanker's transponder was switched off south of Crete on Friday.", "2024-03-10",
     [{"kind": "other", "start": "2024-03-08"}], []),
    # A ship towed, steered or escorted somewhere moves; one that crosses into waters too.
    ("The disabled Maltese tanker was towed clear of the Dardanelles on Monday.", "2024-03-10",
     [{"kind": "ship_movement", "start": "2024-03-04"}], []),
    ("Three Moroccan patrol boats crossed into Spanish waters off Ceuta on Wednesday.", "2024-03-10",
     [{"kind": "ship_movement", "actor": "Morocco", "start": "2024-03-06"}], []),
    ("The Iranian survey ship lay some 15 nautical miles off Socotra at the time, the Yemeni coast guard said.",
     "2024-03-10", [{"kind": "ship_movement", "actor": "Iran"}], []),
    ("A Greek frigate joined the EU-led escort operation in the Gulf of Aden on 3 March.", "2024-03-10",
     [{"kind": "deployment", "actor": "Greece", "start": "2024-03-03"}], []),
    # Motions, suspended sailings, roads built, trenches dug, people remanded, ships boarded.
    ("Estonia's parliament backed a motion condemning the cable sabotage on Thursday.", "2024-03-10",
     [{"kind": "other", "actor": "Estonia", "start": "2024-03-07"}], []),
    ("All ferries from Dover were suspended overnight, the port authority said.", "2024-03-10",
     [{"kind": "other"}], []),
    ("Tensions rose after India built a road to the Lipulekh pass in 2020.", "2024-03-10",
     [{"kind": "other", "actor": "India"}], []),
    ("Serbian troops dug trenches near Jarinje on Saturday.", "2024-03-10",
     [{"kind": "other", "actor": "Serbia", "start": "2024-03-09"}], []),
    ("A Chisinau court remanded the three Russian activists for 30 days.", "2024-03-10",
     [{"kind": "other"}], []),
    ("A Panama-flagged tanker was boarded by Somali pirates overnight.", "2024-03-10",
     [{"kind": "other", "actor": None}], []),
    # A meeting named by its noun, with a day of its own.
    ("During Tuesday's extraordinary session of the Arab League council, Egypt's envoy condemned the raid.",
     "2024-03-10", [{"kind": "meeting", "start": "2024-03-05"}], []),
    # A buildup in recent weeks is this story's, not background.
    ("Romania voiced alarm at a Russian troop buildup in Transnistria in recent weeks.", "2024-03-10",
     [{"kind": "deployment", "actor": "Russia"}], []),
    # Ships positioned off a coast move; navy ships in a passive are their navy's, a merchant ship is nobody's.
    ("Two Danish navy ships were positioned off Bornholm to recover debris from the drone, the armed forces said.",
     "2024-03-10", [{"kind": "ship_movement", "actor": "Denmark"}], []),
    ("The Maltese trawler was towed to Benghazi on Sunday.", "2024-03-10",
     [{"kind": "ship_movement", "actor": None, "start": "2024-03-10"}], []),
]


@pytest.mark.parametrize(("body", "published", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_act_vocabulary_sentences(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_case(body, published, expected, absent)


def test_two_verbs_sharing_an_object_are_one_event() -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    body = "Libyan coastguard boats fired on and boarded a Maltese tug off Zuwara on Thursday."
    acts = [e for e in extract_strict(make_excerpt(body, published="2024-03-10")) if e.kind.value == "other"]
    assert len(acts) == 1 and "fired on and boarded a Maltese tug" in acts[0].evidence.exact
