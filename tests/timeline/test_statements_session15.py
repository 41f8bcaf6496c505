"""Session 15 (helper stmt15): missed, mis-split and false statements and their speakers, on fresh sentences of other
crises, outlets and years written for these tests (none from a corpus).

TABLE (filled in below as the steps land).

HOSTS: a broadcast transcript's own people are never speakers of statements: a label line in lowercase ("ANDREA
SOLANO, host:"), a correspondent's "NAME reporting:" label, and a line named by a programme's role word ("ANCHOR: And
what about Tokyo?", "ANCHOR: X reporting."); guests' lines stay statements (transcript.py, speech.toml [transcript]).

WHO: a statement told in a person's who-clause ("..., by the UN chief, Ban Ki-moon, who described it as a courageous
step", "Kerry, who afterwards announced that ...", "X, who last week called the junta 'illegitimate'") is that person's,
its evidence opening at the speaker (not the sentence's other event before it) and closing with the clause when the
main clause goes on ("X, who said last week that A, met Y on Monday": the meeting is no part of what was said;
frames.WHO_GAP_RE, RELATIVE_CLOSE_RE, Frame.relative; events._sentence). NOT_WHO: who-clauses telling no speech.

READ: "X read a statement on state television saying ..." / "read out a declaration announcing that ..." is X's
statement (frames.READ_DOCUMENT_RE); "X read a statement on state television." alone stays none (session 8's NOT_READ).
PRESS: a country's papers speak unnamed at any sentence's start, also with their day ("Moroccan newspapers yesterday
accused Spain of ...", "The talks failed. Israeli media reported that ...": frames.MEDIA_BEFORE_RE read only the body's
first sentence before).
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


HOST_LINES = [
    (LOWER_LABELS, "IBARRA: And what about the fishermen?"),
    (LOWER_LABELS, "ACHTERBERG: They are still waiting."),
    (LOWER_LABELS, "IBARRA: Tom Achterberg in Valletta."),
    (LOWER_LABELS, "ACHTERBERG: You're welcome."),
    (ROLE_NAMED, "ANCHOR: And what about Cairo?"),
    (ROLE_NAMED, "ANCHOR: Sara Haddad reporting."),
    (ROLE_NAMED, "ANCHOR: The border crossing"),
]


@pytest.mark.parametrize(("text", "anchor"), HOST_LINES, ids=[r[1] for r in HOST_LINES])
def test_the_programmes_own_lines_are_no_statements(text: str, anchor: str) -> None:
    assert _held_by_statement(_events(text), text, anchor) == [], show(_events(text))


@pytest.mark.parametrize(("text", "anchor", "actor"), [
    (ROLE_NAMED, "KHALED FAWZY: We need", "Khaled Fawzy"),
])
def test_a_guest_line_stays_a_statement(text: str, anchor: str, actor: str) -> None:
    held = _held_by_statement(_events(text), text, anchor)
    assert [e for e in held if e.actor == actor], show(_events(text))


# --- WHO ------------------------------------------------------------------------------------------------------------
WHO = [
    ("The ceasefire was welcomed by Ghana and by the AU chairman, Moussa Faki, who described it as a courageous step.",
     "Moussa Faki, who described it", "Moussa Faki", None),
    ("On Monday he was received at the Quai d'Orsay by Foreign Minister Jean-Marc Ayrault, who afterwards announced "
     "that talks would resume.", "who afterwards announced", "Jean-Marc Ayrault", "On Monday he was received"),
    ('The expulsion followed remarks by Swedish Foreign Minister Margot Wallstrom, who last week called the verdict '
     '"medieval".', "who last week called the verdict", "Margot Wallstrom", None),
    ("Kenyan President Uhuru Kenyatta, who said last week that the vote was flawed, met the opposition leader on "
     "Monday.", "who said last week", "Uhuru Kenyatta", "met the opposition leader"),
    ("Chancellor Angela Merkel, who called the plan unworkable, has not yet lifted the ban.",
     "who called the plan unworkable", "Angela Merkel", "has not yet lifted"),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "outside"), WHO, ids=[r[2] for r in WHO])
def test_a_statement_in_a_speakers_who_clause(text: str, anchor: str, actor: str, outside: str | None) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))
    if outside is not None:  # the sentence's other clause is no part of the statement's evidence
        assert outside not in held[0].evidence.exact, show(held)


NOT_WHO = [
    "Ban Ki-moon, who arrived in Kinshasa on Monday, met the president.",
    "The minister, who was described by aides as exhausted, left early.",
    "Prime Minister Kevin Rudd, who called an election for November, flew to Jakarta.",
]


@pytest.mark.parametrize("text", NOT_WHO, ids=[t[:30] for t in NOT_WHO])
def test_a_who_clause_with_no_speech_is_no_statement(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))


# --- READ -----------------------------------------------------------------------------------------------------------
READ = [
    ("Foreign Minister Ahmed Aboul Gheit read a statement on state television saying Egypt would reopen the crossing.",
     "read a statement on state television", "Ahmed Aboul Gheit"),
    ("The announcement came first in Bamako, where junta spokesman Abdoulaye Maiga read out a declaration announcing "
     "that the French ambassador had 72 hours to leave.", "read out a declaration", "Abdoulaye Maiga"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), READ, ids=[r[2] for r in READ])
def test_a_statement_read_out_is_its_readers(text: str, anchor: str, actor: str) -> None:
    held = [e for e in _held_by_statement(_events(text), text, anchor) if e.actor == actor]
    assert held, show(_events(text))


@pytest.mark.parametrize("text", [
    "The spokesman read a statement on state television.",
    "She read the letter twice before signing it.",
    "The clerk read the resolution that the council had adopted.",
])
def test_a_document_read_with_no_words_told_is_no_statement(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))


# --- PRESS ----------------------------------------------------------------------------------------------------------
PRESS = [
    ('Talks resumed in Rabat. Algerian newspapers yesterday accused Morocco of "provocation".', "Algerian newspapers"),
    ("The border stayed shut. Egyptian media reported that the army had moved tanks into Sinai.", "Egyptian media"),
    ("Ties have been cool since May. Turkish dailies on Sunday accused Athens of stalling.", "Turkish dailies"),
]


@pytest.mark.parametrize(("text", "anchor"), PRESS, ids=[r[1] for r in PRESS])
def test_a_countrys_press_speaks_mid_body(text: str, anchor: str) -> None:
    assert _held_by_statement(_events(text), text, anchor), show(_events(text))


@pytest.mark.parametrize("text", [
    "The talks failed. Egyptian newspapers were banned from the briefing.",
    "The border stayed shut. Turkish papers sold out within hours.",
])
def test_the_press_as_a_thing_is_no_speaker(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], show(_events(text))
