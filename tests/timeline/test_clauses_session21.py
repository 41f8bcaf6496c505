"""Session 21 (clauses21): acts told in clause shapes, each its own event with its own evidence, doer and day.

Every missed or mis-kinded gold act of the open sets (eval, gaps, gaps2, heldout, heldout2-4, heldout7, heldout9-17,
fresh6, dev11-*, dev12-*, dev16-*, dev20-*) told in a clause shape, from `--shapes -v` at the start of the session (main
aeb65a5), sorted by the words right before the anchor (acts only; statements apart), and what this session fixed:

| shape                                                              | missed | wrong kind | fixed |
|--------------------------------------------------------------------|--------|------------|-------|
| time clause ("when two Russian jets approached the Reaper")         |     20 |          9 |     0 |
| ", and" + a subject of its own (", and the group took on fuel")    |     12 |          2 |     0 |
| a series predicate after a comma ("recovered a heavy anchor")       |      8 |          8 |     0 |
| "and" + a predicate sharing the subject ("and found a drag mark")   |      3 |          4 |     0 |
| which/who/where clause ("which came to light in December")          |      3 |          8 |     0 |
| sequel participle after an act (", killing at least 10 people")     |      2 |          1 |   (0) |
| participle opener ("Having raised its alert level in January")      |      0 |          1 |     0 |
| other coordinated or subordinate (main verbs after asides, ...)     |     35 |         11 |     2 |
| (across the rows) one gold anchor over two predicates joined by "and" |    9 |          2 |   (3) |
| statements: a speech verb as a second predicate ("and accused")     |      6 |          2 |     0 |

Fixed, counted on the open sets at the end (timeline figures before -> after): step 2 read heldout13 hn-02 "later flew
to San Salvador" (as a meeting, gold `other`: kind 93 -> 92%) and heldout15 sd-04 "yesterday summoned the American
ambassador" (dates 98 -> 99%); step 1 dated dev21-clauses' "landed a party of troops" (dates 94 -> 96%). The rest are
words no list holds ("took on fuel", "put out from Sasebo", "came to light", "turn back and steam north"), ships named
with no type word, or readings with a week, not a day, of their own (by design).

On the new dev corpus `tests/data/dev21-clauses` (gold written before the first run) the largest were the sequels (4 of
16 misses: ", killing 31 Soviet guards", ", damaging a wing of the temple", ", forcing the evacuation of 15,000
villagers", ", sinking one enemy ship and damaging three") and speech verbs as second predicates (5: "said A and accused
B of ..."). Neither is kept as an event: the open golds count a second speech predicate after a statement apart in 36
places and not in 72 (session 19's `speechpairs` splits only two told apart in time or setting), and sequels as below.

Tried and not kept (step 0, `followed.sequel_acts`): a participle of harm right after an act (", killing 31 guards",
", sinking one skiff and damaging two", ", forcing the closure of X", ", leaving 12 dead") as its own `other` event. The
open golds count it in 1 place of 18 (heldout16's ", killing at least 10 people"; never eval's ", injuring three crew
members", gaps' ", killing at least 13 people", heldout's ", killing five Houthi fighters", heldout7's ", killing two
South Korean marines" ...): on 17 open sets it matched 1 gold event and added 12 extras (precision eval 96 -> 94%,
heldout 96 -> 94%, gaps 93 -> 92%), so it was dropped; dev21-clauses' gold (written before this count) keeps its four
sequels as events, misses by the majority convention.

Step 1 (`clauses._merged`): a predicate the first reading dated by a phrase inside a which/who aside takes the cut
reading's day ("The frigate X, which sailed from Tarvo on Monday, reached the island on Wednesday and landed 40 marines,
according to the navy": the landing is Wednesday's, not Monday's); a cut reading's date phrase maps back by its span too.
Step 2 (`clauses.GATE_RE`, `asides`): a "whose" aside is cut like a which/who aside ("Zelaya, whose aircraft was
prevented from landing, later flew to San Salvador": the flight; its own date phrase stays its own and a statement told
in it reports nothing after it), and a name set off inside a which/who/whose aside does not close it ("Italy, whose
prime minister, Bettino Craxi, had on Monday criticised X, yesterday summoned the American ambassador").
Tried and not kept (step 3, `clauses.joined_predicates`): one subject's two acts joined by "and" read both ways, the
first act's words running on over the second (which kept its own event), since golds anchor such a pair either as two
events or as one over the "and" ("the enemy ship ran away and fired upon our craft": 9 open misses hold such an anchor).
Timeline gained (gaps 97/93/97/93 -> 98/93/98/95, heldout11 kind 94 -> 95%, heldout17 recall 80 -> 81%), but parity
reads the evidence's words, and the wider words made false links and lost true ones: e2e heldout10 .68 -> .61 (status
60 -> 56%), fresh6 .51 -> .50, heldout3 .80 -> .79 (gaps2 .77 -> .78, heldout9 fp 18 -> 17), so it was dropped.
Rows are fresh sentences (invented names, places and days).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_by, make_excerpt, shown
from timeline.events import extract

# sentence, published, anchor of the predicate after "and", its day
AND_DAYS = [
    # the aside's day is never the coordinated predicate's: the main clause's day is
    # (told before its attribution: the first reading dated the landing by the aside)
    ("The frigate Varna, which sailed from Tarvo on Monday, reached the island on Wednesday and landed 40 marines on "
     "its beach, according to the navy.", "2031-03-14", "landed 40 marines on its beach", "2031-03-12"),
    # (passed on the old code too: kept so the step does not break it)
    ("The corvette Orel, which left Kelo on Saturday, entered the strait on Tuesday and fired two warning shots, the "
     "ministry said.", "2031-03-14", "fired two warning shots", "2031-03-11"),
]


@pytest.mark.parametrize(("text", "published", "anchor", "day"), AND_DAYS, ids=[r[2][:24] for r in AND_DAYS])
def test_and_predicate_takes_its_main_clause_day(text: str, published: str, anchor: str, day: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = [e for e in held_by(events, text, "other|deployment|ship_movement", anchor)
            if e.evidence.exact.startswith(anchor)]
    assert held, shown(events)
    assert str(held[0].date.start) == day, held[0].date


# sentence, published, kind, anchor, actor ("" = unnamed, None = not checked), day ("" = not checked, None = undated)
WHOSE = [
    ("Dlamini, whose aircraft was prevented from landing by army trucks parked across the runway, later flew to Tarvo, "
     "where on Sunday night he met the presidents of Kenya and Uganda.", "2031-03-14", "meeting|other",
     "later flew to Tarvo", "Dlamini", None),
    ("Kenya, whose foreign minister, Amina Mohamed, had met the envoy on Monday, recalled its ambassador on Friday.",
     "2031-03-14", "other", "recalled its ambassador on Friday", "Kenya", "2031-03-14"),
    ("Italy, whose prime minister, Marco Bellini, had on Monday criticised the blockade, yesterday summoned the Ruvian "
     "ambassador.", "2031-03-14", "other", "yesterday summoned the Ruvian ambassador", "Italy", "2031-03-13"),
]


@pytest.mark.parametrize(("text", "published", "kinds", "anchor", "actor", "day"), WHOSE, ids=[r[3][:24] for r in WHOSE])
def test_main_verb_after_a_whose_aside(text: str, published: str, kinds: str, anchor: str, actor: str | None,
                                       day: str | None) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = held_by(events, text, kinds, anchor)
    assert held, shown(events)
    assert any((e.actor or "") == actor for e in held), [(e.actor, e.evidence.exact) for e in held]
    if day != "":
        assert day in [str(e.date.start) if e.date.start else None for e in held], [e.date for e in held]


def test_whose_aside_keeps_its_own_act_and_day() -> None:
    """The aside's own act stays its own, with its own day; the main verb's day is its own (passed on the old code too:
    kept so step 2 does not break it)."""
    text = "Kenya, whose troops crossed the border on Monday, recalled its ambassador on Friday."
    check_clause_row(text, "2031-03-14", "other", "recalled its ambassador on Friday", "Kenya", "2031-03-14")

