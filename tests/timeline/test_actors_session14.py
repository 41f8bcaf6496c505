"""Session 14 (helper actor14): who did the act, on unseen text (fresh sentences of other crises, written for these
tests; none from a corpus).

Wrong ACT actors (gold actor against the tool's, matched events whose gold is not a statement) on the declassified
heldout7, heldout10 and heldout12 at main 9c75267, by shape:

  shape                                                                                   count  this session
  P1 a passive with no by-agent ("a Topol missile was launched from ...", "were given 72
     hours to leave", "was convicted of spying"): no actor, gold the state acting           17    left
  P2 a passive with a by-agent ("The decrees ... were signed by Putin")                      1    left
  U1 a unit, troops or a ship as the doer ("Soldiers had set up roadblocks", "Mir-2
     reached", "the Swedish icebreaker Oden"): none, the ship or the wrong state            14    left
  M1 a meeting's parties or a body meeting ("Forum foreign ministers", "which meets in
     Geneva", "Parliament will hold a closed session")                                      10    left
  S1 a state's act read as its leader's statement or the leader as doer ("X said Wellington
     would suspend", "Abe's cabinet approved")                                               7    left
  R1 a place or a name inside a relative clause or object as the doer ("who toured Seoul",
     "dismissed Prime Minister X", "a nuclear strike on Poland")                              6    1 fixed (RELATIVE_DOERS)
  N1 a compass word that opens a place's name read as a state ("the North Pole" -> North
     Korea; also "the South China Sea", "the South Pacific" -> South Korea)                   1    fixed (OPEN_FORMS)
  B1 a state's body, court or press: the gold names the body ("South Korea's Supreme Court",
     "the Turkish daily Hurriyet")                                                            5    left (a convention)

OPEN_FORMS: "the North" / "the South" (timeline/data/aliases.toml open_forms) name North or South Korea only when no
capitalised word follows them; "the North Pole", "the North Sea", "the South China Sea" are places.
RELATIVE_DOERS: the act of ", who <past verb> ... <day>," (relacts.relative_acts) is the titled person named right before
the comma (relacts._head_person), not the state of the title ("U.S. envoy X") nor a place the clause names; a bare
name with no title is not yet a mention there ("..., to replace Kim X, who resigned a day earlier": left).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt, show
from timeline.events import extract_strict
from timeline.lexicon import ENTITY_RE, entity_named_in

PUBLISHED = "2023-05-06"  # a Saturday


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


PLACES = [
    # (text, a compass word opening a place's name: no state)
    "Two Chinese coast guard cutters shadowed a Philippine supply boat in the South China Sea on Friday.",
    "Norwegian frigates escorted the convoy through the North Sea on Tuesday.",
    "A Danish research vessel reached the North Pole on Thursday after a month at sea.",
    "French warships patrolled the South Pacific near New Caledonia on Monday.",
    "Russian troops were moved into the North Caucasus on Wednesday.",
    "The alliance held talks on the North Atlantic air routes on Friday.",
]

STATES = [
    # (text, the bare form that still names the state, the state)
    ("Seoul said the North fired two short-range missiles into the sea on Friday.", "the North", "North Korea"),
    ("Talks between the North and the South broke down on Tuesday.", "the South", "South Korea"),
    ("Officials said the South, which hosts 28,000 US troops, raised its alert level on Monday.", "the South", "South Korea"),
    ("Japan and the North exchanged notes in Beijing on Thursday.", "the North", "North Korea"),
]


@pytest.mark.parametrize("text", PLACES, ids=[t[:40] for t in PLACES])
def test_compass_word_opening_a_place_names_no_korea(text: str) -> None:
    named = {m.group(0) for m in ENTITY_RE.finditer(text)}
    assert "the North" not in named and "the South" not in named, named
    acts = [e for e in _events(text) if e.kind.value != "statement"]
    assert all(e.actor not in ("North Korea", "South Korea") for e in acts), show(acts)


@pytest.mark.parametrize(("text", "form", "state"), STATES, ids=[s[2] + ":" + s[0][:30] for s in STATES])
def test_bare_compass_form_still_names_the_state(text: str, form: str, state: str) -> None:
    named = [m.group(0) for m in ENTITY_RE.finditer(text)]
    assert form in named, named
    assert entity_named_in(text[text.index(form):]) == state


def test_north_korean_after_the_still_names_north_korea() -> None:
    assert entity_named_in("the North Korean army fired artillery") == "North Korea"
    assert entity_named_in("the North Koreans walked out") == "North Korea"


def test_the_north_pole_act_has_no_north_korea_actor() -> None:
    text = ("Two submersibles reached the seabed at the North Pole on Thursday, where the crews lowered a capsule "
            "and planted a Norwegian flag made of steel.")
    assert all(e.actor != "North Korea" for e in _events(text)), show(_events(text))


RELATIVE_DOERS = [
    # (text, the who-clause's words, its doer: the titled name right before ", who")
    ("EU foreign policy chief Josep Borrell, who visited Kyiv and Warsaw earlier this week, arrived in Ankara on Tuesday.",
     "who visited Kyiv", "Josep Borrell"),
    ("Meanwhile, French special envoy Jean-Yves Le Drian, who toured Beirut, Riyadh and Doha earlier this week, said "
     "Paris would not back new sanctions.", "who toured Beirut", "Jean-Yves Le Drian"),
    # a guard (right on main too: a meeting trigger reads it)
    ("Brazilian President Luiz Inacio Lula da Silva, who flew to Beijing on Friday, hosted a summit in Brasilia on Tuesday.",
     "who flew to Beijing", "Luiz Inacio Lula da Silva"),
]


@pytest.mark.parametrize(("text", "clause", "actor"), RELATIVE_DOERS, ids=[r[2] for r in RELATIVE_DOERS])
def test_who_clause_act_is_its_named_antecedents(text: str, clause: str, actor: str) -> None:
    acts = [e for e in _events(text) if clause in e.evidence.exact]  # session 24: evidence may start at the name
    assert acts, show(_events(text))
    assert {e.actor for e in acts} == {actor}, show(acts)
