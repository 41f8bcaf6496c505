"""Fresh sentences for the doer of an act and its kind (other crises, other names): a joint subject listed
with "the", an unnamed force told by its state, a participle or "and" clause continuing its subject, a
passive never given to its reporter, a trigger inside a mention, ships sent to reinforce a force."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.test_events import check_case

# (body, published, [expected events], [kinds that must NOT appear]).
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # "the United Kingdom" is no verb: the list's first country holds the drills.
    ("Norway, the United Kingdom, Sweden and Finland will hold joint air drills over Lapland next week.",
     "2024-04-10", [{"kind": "military_exercise", "actor": "Norway"}], []),
    # An unnamed force, with its state as the one who tells it.
    ("The coast guard had detained the Latvian trawler near Narva, Estonia said.", "2024-04-10",
     [{"kind": "other", "actor": "Estonia"}], []),
    # A participle clause after "after" continues the subject of the clause before.
    ("The drilling ship, which Azerbaijan sent into waters claimed by Turkmenistan after issuing a navigational "
     "warning on Monday, is escorted by two patrol boats.", "2024-04-10",
     [{"kind": "other", "actor": "Azerbaijan", "start": "2024-04-08"}], []),
    # Parallel participles: two acts, each of the subject.
    ("Minsk answered in kind the next day, expelling six Lithuanian diplomats and barring nine Lithuanian officials.",
     "2024-04-10", [{"kind": "sanction", "actor": "Belarus"}], []),
    # A passive told by a third state: the reporter is not the launcher.
    ("South Korea said three cruise missiles were fired on Tuesday.", "2024-04-10",
     [{"kind": "missile_test", "actor": None}], []),
    # A body's name runs into the trigger ("EU leaders meet").
    ("The matter will be raised when EU leaders meet in June.", "2024-04-10",
     [{"kind": "meeting", "actor": "European Union", "start": "2024-06-01", "end": "2024-06-30"}], []),
    # A ship sent to reinforce a force is a deployment.
    ("Italy will send the frigate Virginio Fasan to the Red Sea to reinforce the EU escort mission.", "2024-04-10",
     [{"kind": "deployment", "actor": "Italy"}], ["ship_movement"]),
    # A mission extended is an act.
    ("Ankara on Sunday extended the survey ship's mission until 3 May.", "2024-04-10",
     [{"kind": "other", "actor": "Turkey", "start": "2024-04-07"}], []),
    # A phone call whose other party is the one addressed is a meeting, not a setting or a proposal.
    ("Chilean President Gabriel Boric proposed to Argentine President Javier Milei in a phone call on Friday that "
     "their foreign ministers meet in Mendoza.", "2024-04-10",
     [{"kind": "meeting", "start": "2024-04-05"}, {"kind": "statement", "actor": "Gabriel Boric"}], []),
    # Merchant and fishing craft are ships: towed, cleared waters.
    ("Peruvian coast guard cutters towed the Chinese squid trawler into Callao on Sunday, the navy said.", "2024-04-10",
     [{"kind": "ship_movement", "actor": "Peru", "start": "2024-04-07"}], []),
    ("The freighter cleared Yemeni waters overnight, its operator says.", "2024-04-10",
     [{"kind": "ship_movement"}], []),
    # An envoy who leaves; building finished; police sent.
    ("The Dutch ambassador left Caracas on Sunday.", "2024-04-10",
     [{"kind": "other", "actor": "Netherlands", "start": "2024-04-07"}], []),
    ("Guyana finished building a border post near Eteringbang, Venezuela said.", "2024-04-10",
     [{"kind": "other", "actor": "Guyana"}, {"kind": "statement", "actor": "Venezuela"}], []),
    ("Rwanda would send police to the Central African Republic within weeks, the ministry said.", "2024-04-10",
     [{"kind": "deployment", "actor": "Rwanda"}], []),
    # A consequence another is made to do: its own clause and doer.
    ("Malian soldiers raided the Algerian consulate in Gao on Friday, prompting Algeria to recall its ambassador.",
     "2024-04-10", [{"kind": "other", "actor": "Mali", "start": "2024-04-05"}, {"kind": "other", "actor": "Algeria"}], []),
    # A noun with its article, then "by X": the doer after "by", not the one who reports it.
    ("The launch of 40 rockets by Hezbollah on 2 April was the heaviest in months, the Israeli army said.", "2024-04-10",
     [{"kind": "missile_test", "actor": "Hezbollah", "start": "2024-04-02"}], []),
    # "an airstrike" in the singular.
    ("Turkey carried out an airstrike on a PKK camp in the Qandil mountains, the defence ministry said.", "2024-04-10",
     [{"kind": "other", "actor": "Turkey"}, {"kind": "statement"}], []),
    # A meeting of two named people is each one's: the second event starts at the second name.
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev are due to meet in Granada "
     "on Thursday, diplomats said.", "2024-04-10",
     [{"kind": "meeting", "actor": "Nikol Pashinyan", "start": "2024-04-11"},
      {"kind": "meeting", "actor": "Ilham Aliyev", "start": "2024-04-11"}], []),
    # Fire traded by "X and Y" forces: each side's act; a one-sided report ("with Y forces") is X's alone.
    ("Eritrean and Ethiopian border guards traded fire near Zalambessa on Sunday.", "2024-04-10",
     [{"kind": "other", "actor": "Eritrea", "start": "2024-04-07"}, {"kind": "other", "actor": "Ethiopia"}], []),
]


@pytest.mark.parametrize(("body", "published", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_act_actor_sentences(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_case(body, published, expected, absent)


def test_the_second_party_of_a_meeting_has_its_own_evidence() -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    body = "Cypriot President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis met in Athens on Monday."
    meetings = [e for e in extract_strict(make_excerpt(body, published="2024-04-10")) if e.kind.value == "meeting"]
    assert sorted(e.actor for e in meetings) == ["Kyriakos Mitsotakis", "Nikos Christodoulides"]
    assert len({e.id for e in meetings}) == 2
    second = next(e for e in meetings if e.actor == "Kyriakos Mitsotakis")
    assert second.evidence.exact.startswith("Greek Prime Minister Kyriakos Mitsotakis met in Athens")


def test_fire_traded_with_the_other_side_is_one_event() -> None:
    from tests.timeline.events_helpers import make_excerpt
    from timeline.events import extract_strict

    body = "Sudanese troops exchanged fire with Ethiopian forces near al-Fashaga on Sunday."
    acts = [e for e in extract_strict(make_excerpt(body, published="2024-04-10")) if e.kind.value == "other"]
    assert [e.actor for e in acts] == ["Sudan"]
