"""Session 19 (split19): one event per act where one sentence holds two or more acts.

The table: every required gold event of heldout14 (h14, declassified this session), heldout15/11/9/13/7/10/12 and the
dev sets dev16-standoff (d16), dev12-links (d12l), fresh6 (f6) that main 4bd4a1f misses while its sentence yields
another event (162 of the 205 missed; 43 have nothing in their sentence): 81 held whole by an extracted event the matcher
gave to another gold event of the sentence of another kind, 29 of the same kind, 34 with only another event in their
sentence, 18 overlapped by a free event that tells them but does not hold their anchor. By shape (one each, the first
that applies): ATTR an act and its attribution ("<act>, officials said", "according to X", the act in said words);
REL an act in a who/which/that clause (an aside before the main verb, or on an object); STMTACT a statement and the
act, plan or threat its words tell; TIME an act in a clause after "after/when/as/since" ("hours after X abandoned");
NOUN an act told by a noun (a noun list "the dismantling of X and the arrest of Y", an act noun another verb takes);
CO2 two subjects (", and X <verb>", "; Y arrived"); SEQ a sequel in a participle (", giving them 72 hours to leave");
CO1 coordinated predicates of one subject ("had removed X and sworn in Y", "drove X from A on <day> and from B on
<day>"); SPEECH2 one speaker's two speech acts ("called X 'offensive' and said in a statement"). By why: nolist
(the second act's verb or noun is in no list or reading: acts19's share), span (read, but its evidence does not hold
the anchor, or another event's evidence swallowed it), first (the clause reader keeps the first act of a kind or
one statement per speaker), kind (read as the statement that tells it), elided (the second act's verb elided).

  shape       h14  h15  h11   h9  h13   h7  h10  h12  d16 d12l   f6  all
  ATTR          5    7    6    4    2    1    2    2    2    4    0   35
  REL           7    7    1    5    6    4    3    0    0    1    0   34
  STMTACT       2    1    3    3    0    6    2    3    2    3    1   26
  TIME          2    5    1    3    1    0    2    2    3    0    1   20
  NOUN          6    0    1    6    1    0    1    0    0    0    1   16
  CO2           0    4    1    3    1    0    1    1    0    0    0   11
  SEQ           0    0    0    1    2    2    0    2    1    0    0    8
  CO1           0    2    1    0    1    0    2    0    1    0    0    7
  SPEECH2       2    0    0    1    1    0    0    1    0    0    0    5
  why: nolist 103, span 35 (REL 11, TIME 10, ATTR 9), first 15, kind 7, elided 2.

Step 1 (`timeline/evidencelead.py`, the span/TIME and span/REL rows): an act told in a subordinate clause keeps in its
evidence the words readers name it by: the time clause's opener with its measure ("three days after the military
handed power to X", "after the cabinet met in special session", "after summoning the charge d'affaires") and a
relative clause's common-noun head ("its own fleet, which put to sea earlier this week", "a ferry that left Suva on
Tuesday night": subject relatives only, never a complementizer "said on Monday that ...", an object relative's head "the
ship, which Ankara sent", nor a name before ", who", the act's doer already). Missed gold events on these
sets 205 -> 193 with step 1b (matched h14 126 -> 129, h15 133 -> 136, h11 145 -> 146, h9 225 -> 226, h10 107 -> 108,
h12 141 -> 142, d16 87 -> 88, d12l 75 -> 76), no event added.

Step 1b (evidencelead.object_relative_end): an act's evidence runs over the subject relative clause on its object
("attacked a Libyan patrol boat that had approached the fleet, officials said": the statement then keeps its own
anchor; h15 and h9 one each). Tried first: every who/which head ("Envoy X, who toured ...", "the ship, which Ankara
sent"): two old rows hold a relative act's evidence to its pronoun (test_acts_session5, test_actors_session14), and a
name before ", who" is the doer already; kept for common-noun heads of subject relatives only (h11 one fewer).

Tried and not kept: a sequel told by a participle after an act of its clause as its own event ("stormed the embassy on
Friday, arresting X", "rammed the trawler, sinking it"; the doer carried, the act before ending at the comma; never a
toll, the same voyage, a measure's or sitting's part, an umbrella's detail). h7 recall 93% -> 94% ("giving them 72 hours
to leave"), but heldout8 precision 92% -> 91%, heldout16 80% -> 79%, heldout8 status -1, and two stray events in
gap_cases ("retaliated on Thursday, suspending ...", "answered in kind, ordering out ...": the answer told by its
measure is one act): news prose details one act in a participle more often than it tells a second one.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_any, make_excerpt, shown
from timeline.events import extract

# (text, published, kind, anchor): an event of that kind holds the anchor (its evidence starts at the clause's lead).
LEADS = [
    # a time clause's opener and its measure
    ("The court upheld the decree on Wednesday, three days after the army handed power to Colonel Vasquez.",
     "2016-05-20", "other", "three days after the army handed power to Colonel Vasquez"),
    ("Speaking to reporters after the cabinet met in emergency session, the premier said the base would stay shut.",
     "2016-05-20", "meeting", "after the cabinet met in emergency session"),
    ("Riga said it would hand a protest note to the embassy on Thursday, after summoning the Ruvian charge d'affaires "
     "on Tuesday.", "2027-09-10", "other", "after summoning the Ruvian charge d'affaires"),
    ("Officials said the plant began building the launchers in the spring, after the government gave notice in March.",
     "2019-11-20", "other", "after the government gave notice in March"),
    # a relative clause's head
    ("Lima said on Thursday that its own fleet, which put to sea earlier this week, would defend the islands.",
     "2018-12-21", "ship_movement", "its own fleet, which put to sea earlier this week"),
    ("About 40 tourists were on a ferry that left Apia on Tuesday night, a day earlier than planned.", "2006-12-08",
     "ship_movement", "a ferry that left Apia on Tuesday night"),
    ("Athens said its frigate Hydra, which sailed from Souda Bay on Monday, would shadow the survey ship.",
     "2020-08-12", "ship_movement", "its frigate Hydra, which sailed from Souda Bay on Monday"),
    # an act's object and the subject relative clause on it
    ("Ruvian jets struck a radar site near the coast and attacked a patrol boat that had approached the carrier, "
     "officials said.", "2016-05-20", "other", "attacked a patrol boat that had approached the carrier"),
    ("The coast guard seized a trawler that had entered the exclusion zone on Sunday.", "2016-05-20", "other",
     "seized a trawler that had entered the exclusion zone"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor"), LEADS, ids=[r[3][:30] for r in LEADS])
def test_lead_words_in_evidence(text: str, published: str, kind: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = [e for e in held_any(events, text, anchor) if e.kind.value == kind]
    assert held, shown(events)


# (text, words): no act's evidence reaches back over these words (a complementizer "that" after a day or a speech noun,
# the reporting verb before it).
NOT_LEADS = [
    ("The ministry said on Monday that Ruvian troops had shelled two villages.", "Monday that"),
    ("The president told the nation in a televised address that he had ordered troops to the border.", "address that"),
    ("Officials in Quito said that the coast guard had seized a trawler.", "said that"),
]


@pytest.mark.parametrize(("text", "words"), NOT_LEADS, ids=[r[1] for r in NOT_LEADS])
def test_no_lead_over_a_complementizer(text: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    at = text.index(words)
    acts = [e for e in events if e.kind.value != "statement"]
    assert acts and all(e.evidence.start > at + len(words) - 5 for e in acts), shown(events)


# (text, clause): the act a relative clause tells starts at its pronoun (an object relative's head is no part of its
# words; a name before ", who" is its doer, named already).
PRONOUN_STARTS = [
    ("Protesters stormed the embassy, which Kenya had closed on Monday.", "which Kenya had closed on Monday"),
    ("Envoy Maria Santos, who toured Lima and Quito earlier this week, arrived in Bogota on Tuesday.",
     "who toured Lima and Quito earlier this week"),
]


@pytest.mark.parametrize(("text", "clause"), PRONOUN_STARTS, ids=[r[1][:20] for r in PRONOUN_STARTS])
def test_relative_act_starts_at_its_pronoun(text: str, clause: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    held = sorted(held_any(events, text, clause), key=lambda e: e.evidence.end - e.evidence.start)
    assert held and held[0].evidence.start == text.index(clause), shown(events)

