"""Session 15 (helper stmt15): missed, mis-split and false statements and their speakers, on fresh sentences of other
crises, outlets and years written for these tests (none from a corpus).

TABLE (filled in below as the steps land).

HOSTS: a broadcast transcript's own people are never speakers of statements: a label line in lowercase ("ANDREA
SOLANO, host:"), a correspondent's "NAME reporting:" label, and a line named by a programme's role word ("ANCHOR: And
what about Tokyo?", "ANCHOR: X reporting."); guests' lines stay statements (transcript.py, speech.toml [transcript]).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2024-03-09"  # a Saturday


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def _held_by_statement(events: list, text: str, anchor: str) -> list:
    at = text.index(anchor)
    return [e for e in events if e.kind.value == "statement" and e.evidence.start <= at
            and at + len(anchor) <= e.evidence.end]


# --- HOSTS ----------------------------------------------------------------------------------------------------------
LOWER_LABELS = ("Ferry talks stall\n\nMARTA IBARRA, host:\n\nThe two governments met again in Valletta today."
                " Our reporter Tom Achterberg is there.\n\nTOM ACHTERBERG reporting:\n\nMarta, the talks broke up"
                " after three hours.\n\nMr. GEORGE VELLA (Foreign Minister, Malta): We are not going to be rushed.\n\n"
                "IBARRA: And what about the fishermen?\n\nACHTERBERG: They are still waiting.\n\n"
                "IBARRA: Tom Achterberg in Valletta. Thank you.\n\nACHTERBERG: You're welcome.")
ROLE_NAMED = ("Morning bulletin\n\nANCHOR: The border crossing at Rafah reopened this morning. Our correspondent"
              " Sara Haddad has more.\n\nSARA HADDAD, CORRESPONDENT: Trucks began moving shortly after eight.\n\n"
              "ANCHOR: And what about Cairo?\n\nHADDAD: Officials there say the crossing will stay open.\n\n"
              "KHALED FAWZY: We need at least two hundred trucks a day.\n\nANCHOR: Sara Haddad reporting.")


@pytest.mark.parametrize(("text", "anchor"), [
    (LOWER_LABELS, "IBARRA: And what about the fishermen?"),
    (LOWER_LABELS, "ACHTERBERG: They are still waiting."),
    (LOWER_LABELS, "IBARRA: Tom Achterberg in Valletta."),
    (LOWER_LABELS, "ACHTERBERG: You're welcome."),
    (ROLE_NAMED, "ANCHOR: And what about Cairo?"),
    (ROLE_NAMED, "ANCHOR: Sara Haddad reporting."),
    (ROLE_NAMED, "ANCHOR: The border crossing"),
], ids=lambda v: v[:24] if isinstance(v, str) else "")
def test_the_programmes_own_lines_are_no_statements(text: str, anchor: str) -> None:
    assert _held_by_statement(_events(text), text, anchor) == [], show(_events(text))


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    (ROLE_NAMED, "KHALED FAWZY: We need", "Khaled Fawzy"),
])
def test_a_guest_line_stays_a_statement(text: str, anchor: str, actor: str) -> None:
    held = _held_by_statement(_events(text), text, anchor)
    assert [e for e in held if e.actor == actor], show(_events(text))
