"""Fresh sentences for the act rules of session 5: generic verbs tried last, votes held and ahead, signings,
leading subordinate clauses, relative-clause evidence, a visit's traveller, negated subjects, retaliation by a
measure, and an appeal made in a call (other crises and names than any corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.events_helpers import make_excerpt
from tests.timeline.test_events import check_case
from timeline import attributes as A
from timeline.events import extract_strict

# (body, published, [expected events], [kinds that must NOT appear]).
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # A generic act verb is an act only where no kind reads the clause: an order to a firm is one...
    ("On Tuesday, Gustavo Petro ordered the state oil firm to halt exports to Caracas.", "2024-05-10",
     [{"kind": "other", "start": "2024-05-07"}], []),
    # ... but an order that sends units is their deployment, and nothing else.
    ("Kassym-Jomart Tokayev ordered three battalions to the southern border on Monday.", "2024-05-10",
     [{"kind": "deployment", "start": "2024-05-06"}], ["other"]),
    # A vote held is an act; a vote ahead is a sitting.
    ("Slovenia's parliament voted 52-0 on Thursday to recognise Palestine.", "2024-06-10",
     [{"kind": "other", "actor": "Slovenia", "start": "2024-06-06"}], ["meeting"]),
    ("Slovenia's parliament will vote on Thursday on recognising Palestine.", "2024-06-10",
     [{"kind": "meeting", "start": "2024-06-13"}], ["other"]),
    # Signing a text is an act, not a meeting.
    ("Rwanda and Congo signed a peace accord in Washington on Friday.", "2025-06-30",
     [{"kind": "other", "actor": "Rwanda", "start": "2025-06-27"}], ["meeting"]),
    # A leading "after" clause ends at its comma: each of the two acts is found.
    ("A day after Thai troops shelled a temple compound, Cambodian forces fired rockets at Surin on Friday.",
     "2025-07-26", [{"kind": "other", "actor": "Thailand"}, {"kind": "other", "actor": "Cambodia",
                                                              "start": "2025-07-25"}], []),
    # A trip's traveller is the person of the title, not the state named first.
    ("U.S. Deputy Secretary of State Kurt Campbell arrived in Manila on Monday.", "2024-05-10",
     [{"kind": "meeting", "actor": "Kurt Campbell", "start": "2024-05-06"}], []),
    # "None of ... was hit", "no one was hurt": nothing happened.
    ("None of the ferries was hit and no one was hurt.", "2024-05-10", [], ["other"]),
    # Retaliation by a named measure is that measure, one event.
    ("Baku retaliated on Wednesday by banning imports of French wine.", "2024-05-10",
     [{"kind": "sanction", "actor": "Azerbaijan", "start": "2024-05-08"}], ["other"]),
    # An appeal made in a call with a named party: the call was held, and it is the speaker's.
    ("Olaf Scholz urged Beijing to rein in Moscow in a phone call with Chinese Premier Li Qiang on Tuesday.",
     "2024-05-10", [{"kind": "meeting", "actor": "Olaf Scholz", "start": "2024-05-07"}], []),
]


@pytest.mark.parametrize(("body", "published", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_session5_act_sentences(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_case(body, published, expected, absent)


def test_a_leading_subordinate_clause_ends_at_the_comma_before_a_subject() -> None:
    text = "Two days after Serbian police detained three Kosovars, Pristina closed the Jarinje crossing."
    spans = [text[a:b].strip(" ,") for a, b in A.clauses(text, 0, len(text))]
    assert "Pristina closed the Jarinje crossing." in spans, spans


def test_a_list_of_verbs_keeps_its_clause() -> None:
    text = "After Russian jets buzzed, harassed and chased the drone, the Pentagon released a video."
    spans = [text[a:b].strip(" ,") for a, b in A.clauses(text, 0, len(text))]
    assert any(s.startswith("After Russian jets buzzed, harassed and chased the drone") for s in spans), spans


def test_a_relative_clause_act_keeps_its_pronoun_in_the_evidence() -> None:
    body = "The survey ship, which Ankara sent into disputed waters on Monday, returned to port on Friday."
    events = extract_strict(make_excerpt(body, published="2024-05-10"))
    assert any(e.evidence.exact.startswith("which Ankara sent") for e in events), [e.evidence.exact for e in events]
