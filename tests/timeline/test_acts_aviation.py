"""Fresh sentences (other crises, other names) for acts of aircraft, missiles that fall, forces on alert,
passengers searched, cancelled visits and orders given: the act forms of an air incident told in the
passive or by a verb no other list holds."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.test_events import check_case

# (body, published, [expected events], [kinds that must NOT appear]).
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    ("Hungary scrambled two Gripen jets on Sunday after an unidentified aircraft entered its airspace.", "2024-06-12",
     [{"kind": "deployment", "actor": "Hungary", "start": "2024-06-09"}], []),
    ("A Romanian F-16 was scrambled over Tulcea late on Saturday.", "2024-06-12",
     [{"kind": "deployment", "start": "2024-06-08"}], []),
    ("Several air-defence units were placed on heightened alert overnight, the Slovak army said.", "2024-06-12",
     [{"kind": "deployment"}, {"kind": "statement"}], []),
    ("A stray rocket killed a farmer near Sumy on Thursday.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-06"}], []),
    ("A Georgian cargo plane was diverted to Baku on Monday, the airline said.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-10"}], []),
    ("Border police forced a Wizz Air flight to land in Chisinau on 2 June.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-02"}], []),
    ("The airliner touched down in Tbilisi shortly after midnight and took off again three hours later.", "2024-06-12",
     [{"kind": "other"}], []),
    ("Officers searched all 94 passengers before the jet was allowed to leave.", "2024-06-12",
     [{"kind": "other"}], []),
    ("The blogger was led away by police on Friday.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-07"}], []),
    ("Two of the victims were buried on Saturday.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-08"}], []),
    ("Foreign journalists were allowed to visit the crash site on Thursday.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-06"}], []),
    # A visit called off is the calling off, not a meeting.
    ("Peru's foreign minister called off a visit to Quito on Monday.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-10"}], ["meeting"]),
    ("Lithuania decided not to invoke Article 4 after the drone incident.", "2024-06-12",
     [{"kind": "other", "actor": "Lithuania"}], []),
    ("Ilham Aliyev gave a direct order on Sunday to return fire.", "2024-06-12",
     [{"kind": "other", "start": "2024-06-09"}], []),
    # A passive launch with two adverb words, and a ban on a country's skies.
    ("The missile had most probably been launched by Moldova's air defence.", "2024-06-12",
     [{"kind": "missile_test"}], []),
    ("Belarusian carriers were barred from EU airspace on Friday.", "2024-06-12",
     [{"kind": "sanction", "start": "2024-06-07"}], []),
    # "state-sponsored hijacking" is a name for an act, not a hijacking told.
    ("Vilnius said the diversion amounted to state-sponsored hijacking.", "2024-06-12",
     [{"kind": "statement"}], ["other"]),
]


@pytest.mark.parametrize(("body", "published", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_air_incident_sentences(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_case(body, published, expected, absent)
