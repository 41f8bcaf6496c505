"""Fresh sentences (other crises, other names) for act forms read on unseen copy: summons, escorts,
forces put on alert, navigation notices, flight operations, court orders by initials, bans on people,
held sessions, leaders who will meet, "in which" clauses and measures that start on a later day."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.test_events import check_case

# (body, published, [expected events], [kinds that must NOT appear]).
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # An envoy summoned is an act of the state, not talks.
    ("Oslo summoned Minsk's chargé d'affaires on Wednesday over the expulsion of two Norwegian journalists.",
     "2024-05-10", [{"kind": "other", "actor": "Norway", "start": "2024-05-08"}], ["meeting"]),
    # Expelling in any form, told ahead too.
    ("Hungary will expel four Ukrainian diplomats, the foreign ministry said on Tuesday.", "2024-05-10",
     [{"kind": "sanction", "actor": "Hungary"}], []),
    # A ship named as escorted by warships is a ship movement.
    ("The survey vessel Kapitan Dranitsyn is escorted by two Russian corvettes.", "2024-05-10",
     [{"kind": "ship_movement"}], []),
    # Forces put on alert are a deployment.
    ("Armenia placed its air defences on high alert on Thursday.", "2024-05-10",
     [{"kind": "deployment", "actor": "Armenia", "start": "2024-05-09"}], []),
    # A navigation notice issued is an act of its own.
    ("Egypt issued a navigational warning on Sunday closing waters north of Port Said.", "2024-05-10",
     [{"kind": "other", "actor": "Egypt", "start": "2024-05-05"}], []),
    # Flight operations with another country's forces are an exercise.
    ("Brazilian jets conducted flight operations with Paraguay's air force last week.", "2024-05-10",
     [{"kind": "military_exercise", "start": "2024-04-29", "end": "2024-05-05"}], []),
    # A court named by its initials orders.
    ("The ICJ ordered Belgrade on Monday to halt construction near the disputed crossing.", "2024-05-10",
     [{"kind": "other", "start": "2024-05-06"}], []),
    # A ban on people is a sanction.
    ("Canberra on Friday banned 14 Chinese officials from entering Australia.", "2024-05-10",
     [{"kind": "sanction", "actor": "Australia", "start": "2024-05-10"}], []),
    ("The rules bar Swiss banks from buying new Belarusian bonds starting June 3.", "2024-05-10",
     [{"kind": "sanction", "start": "2024-06-03", "tense": "future"}], []),
    # A body that holds its first session is meeting.
    ("The joint border commission will hold its first session in Ulaanbaatar on Monday.", "2024-05-10",
     [{"kind": "meeting", "start": "2024-05-13"}], []),
    # Leaders who meet in a when- or that-clause meet ahead.
    ("Asked about tariffs, Weber said they could be discussed when ASEAN ministers meet in July.", "2024-05-10",
     [{"kind": "meeting", "start": "2024-07-01", "end": "2024-07-31"}], []),
    # "the 2 May clash, in which two guards were wounded when a patrol fired": the clash's own day.
    ("Nepal protested against the 2 May clash at the Lipulekh pass, in which two guards were wounded when an "
     "Indian patrol fired tear gas.", "2024-05-10",
     [{"kind": "other", "start": "2024-05-02"}], []),
    # Acts named by a noun with a day of their own; the doer after "by".
    ("Baku protested against the shootdown of its drone on Tuesday.", "2024-05-10",
     [{"kind": "other", "start": "2024-05-07"}], []),
    ("Hanoi condemned the boarding of the fishing boat by Chinese personnel on 2 May.", "2024-05-10",
     [{"kind": "other", "actor": "China", "start": "2024-05-02"}], []),
    ("The arrests of three Georgian activists on Friday drew protests in Tbilisi.", "2024-05-10",
     [{"kind": "other", "start": "2024-05-10"}], []),
    # Background with no day of its own stays out.
    ("Relations have not recovered since the crash of the airliner in 2014.", "2024-05-10", [], ["other"]),
]


@pytest.mark.parametrize(("body", "published", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_act_form_sentences(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_case(body, published, expected, absent)
