"""Session 16 (clause16): acts told in subordinate clauses, in series and beside their statements.

The declassified sets' missed acts (heldout9, heldout13, heldout7, heldout10, heldout12) and dev12-clauses', by clause
shape, at the start of the session (main 8988669; `python -m timeline.evaluate --corpus DIR --shapes -v`):

| shape (88 missed acts)                                                     | h9 | h13 | h7 | h10 | h12 | d12c | all | found now |
|----------------------------------------------------------------------------|----|-----|----|-----|-----|------|-----|-----------|
| beside a statement ("said the first units had arrived", "announced that")  |  7 |   0 |  4 |   2 |   3 |    0 |  16 |         2 |
| plain main clause (a verb, passive or spun words no list holds)            |  9 |   1 |  3 |   2 |   0 |    0 |  15 |         0 |
| time clause ("after the army closed ...", "as crowds tried", "when")       |  4 |   3 |  1 |   1 |   1 |    0 |  10 |         2 |
| main clause after a which/who/whose/participle aside on its subject        |  3 |   4 |  1 |   0 |   1 |    1 |  10 |         0 |
| "and"-joined predicate or clause ("... and found a drag mark")             |  2 |   2 |  1 |   1 |   1 |    3 |  10 |         0 |
| act named as the noun a statement or reaction takes ("announced the suspension of") | 4 | 1 | 1 | 0 | 0 | 0 |   6 |         0 |
| relative clause or apposition ("a contract that expires", ", one of 16 released by") | 2 | 1 | 0 | 1 | 2 | 0 | 6 |         0 |
| noun subject or phrase with its own day ("The withdrawal began on ...")    |  1 |   1 |  0 |   2 |   1 |    0 |   5 |         0 |
| participle or absolute clause (", giving them 72 hours", "with warships deployed") | 1 | 2 | 2 | 0 | 0 | 0 |   5 |         0 |
| series of predicates set off by commas with no "and" + verb                |  3 |   0 |  0 |   0 |   0 |    0 |   3 |         2 |
| inside a quote                                                             |  2 |   0 |  0 |   0 |   0 |    0 |   2 |         0 |

(h9 heldout9, h13 heldout13, h7 heldout7, h10 heldout10, h12 heldout12, d12c dev12-clauses. "found now": matched after
this session's fixes; most of the rest want a verb or noun no list holds, which is no clause's shape.)

Fixed here, generally: a time clause's own named subject acts (`timeline/timeclause.py`: "after the government lifted
a price cap", undated unless it names its own day; never "since", a pronoun or a relative clause); a series closed by
no "and" + verb splits at its commas when an object follows the verb ("cut ties on 25 August, closed its airspace on
22 September": `timeline/serieslist.py`, the predicate sharing the first one's subject, "declared a state of
emergency" and "recalled its envoy" acts, an undated predicate sharing the time of the first that names one, "whose
trucks had reached X on Friday, pulled them back on Sunday" two acts, each with its day). Then (session 16, second
step): a force's arrival told in the perfect needs no place ("said the first units of its airborne forces had
arrived"), planes "flying troops into" a country are a deployment (triggers.toml); a which/who-clause in the passive
with a day of its own is its own act (`timeline/relacts.py`: ", which was halted on Sunday,"), and a present main verb
after it ("takes effect") closes it as a hole (triggers.toml [clauses] after_relative); with a subject of its own (",
which the council adopted on Sunday night,") it was tried and left out: one extra on a blind set. Tried and left out:
"before/after + -ing" opening no clause ("circled the airport twice before turning south": two acts found, but the
-ing phrase's own acts and days then fell to the main verb: four losses on dev sets).
Rows are fresh sentences (invented names, places and days).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_by, make_excerpt
from timeline import attributes as A
from timeline.events import extract

# sentence, published, kind, anchor, actor ("" = unnamed, None = not checked), day ("" = not checked, None = undated)
ROWS = [
    # a time clause's own subject: the act, undated with no day of its own
    ("The strikes spread to the port of Kelvar on Monday after the government lifted a price cap on diesel.",
     "2021-03-10", "other", "the government lifted a price cap on diesel", None, None),
    ("Radio Sol was the only station still on air after the army closed down channels loyal to the premier.",
     "2011-05-02", "other", "the army closed down channels loyal to the premier", None, None),
    ("Fighting resumed on Thursday, two days after Karvonia expelled the Ostrian ambassador.", "2015-09-18",
     "other|sanction", "Karvonia expelled the Ostrian ambassador", None, ""),
    # "as" tells the same time: the main clause's day (as the golds date "overnight as crowds tried to storm")
    ("Markets slid on Friday as Zambia suspended copper exports.", "2016-02-06", "other|sanction",
     "Zambia suspended copper exports", "Zambia", "2016-02-05"),
    # a time clause naming its own day keeps that day
    ("Talks collapsed on Sunday, after Bolivia closed its border with Peru on Thursday.", "2019-04-09",
     "other|sanction", "Bolivia closed its border with Peru on Thursday", "Bolivia", "2019-04-04"),
    # a series of one subject's acts closed by no "and" + verb: each predicate its own act, with its own day
    ("Ostria severed diplomatic ties on 3 May, closed its airspace to Karvonian planes on 19 May, and now the oil.",
     "2020-06-01", "other|sanction", "closed its airspace to Karvonian planes on 19 May", None, "2020-05-19"),
    ("Ostria severed diplomatic ties on 3 May, closed its airspace to Karvonian planes on 19 May, and now the oil.",
     "2020-06-01", "other|sanction", "severed diplomatic ties on 3 May", None, "2020-05-03"),
    ("Kenya cut aid to the region on 2 March, suspended two envoys on 9 March, and then waited.", "2017-04-01",
     "other|sanction", "suspended two envoys on 9 March", "Kenya", "2017-03-09"),
    # a series' undated predicates share the time of the first one that names it
    ("President Oduya accepted the resignation of his cabinet on Wednesday, declared a state of emergency and took "
     "charge of the police.", "2018-01-12", "other", "declared a state of emergency", None, "2018-01-10"),
    ("President Oduya accepted the resignation of his cabinet on Wednesday, declared a state of emergency and took "
     "over the police.", "2018-01-12", "other", "took over the police", None, "2018-01-10"),
    # "recalled" with an object in a series is an act (a verb of speech only before "that")
    ("Kenya closed its border with Somalia on Monday, recalled its envoy and froze the talks.", "2019-02-20",
     "other|sanction", "recalled its envoy", "Kenya", "2019-02-18"),
    # the main verb after a whose-clause is its own act with its own day; the clause's act keeps its own
    ("Chile's army, whose trucks had reached the border town of Colchane on Friday, pulled them back on Sunday.",
     "2021-02-08", "other|deployment", "pulled them back on Sunday", "Chile", "2021-02-07"),
    ("Chile's army, whose trucks had reached the border town of Colchane on Friday, pulled them back on Sunday.",
     "2021-02-08", "other|deployment", "whose trucks had reached the border town", "Chile", "2021-02-05"),
    # a force's arrival in the perfect beside its statement needs no place; planes flying troops in are a deployment
    ("The defence ministry said the first units of its marines had arrived and were guarding the port.", "2020-05-04",
     "deployment", "the first units of its marines had arrived", None, None),
    ("The ministry says 40 transport planes are flying troops and equipment into the country.", "2020-05-04",
     "deployment", "are flying troops and equipment into the country", None, None),
    # a which-clause with its own subject or in the passive, with its own day, before the main verb: its own act
    # session 18 (clause18): read now (actions.OBJECT_RELATIVE_RE with the clause's own day); was a strict xfail
    ("The decree, which the security council adopted on Sunday night, takes effect on 28 November.",
     "2018-11-27", "other", "which the security council adopted on Sunday night", None, "2018-11-25"),
    ("Traffic through the canal, which was halted on Sunday, resumed on Monday morning.", "2018-11-27", "other",
     "which was halted on Sunday", None, "2018-11-25"),
    ("Traffic through the canal, which was halted on Sunday, resumed on Monday morning.", "2018-11-27", "other",
     "resumed on Monday morning", None, "2018-11-26"),
    # "declared" with an object in a series is an act, not reported words
    ("President Oduya accepted the resignation of his cabinet, declared a state of emergency and took charge of the "
     "police.", "2018-01-10", "other", "declared a state of emergency", None, ""),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_clause_rows(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# sentence, published, kinds, anchor: no event of those kinds may hold the anchor (background, a pronoun, an aside)
MUST_NOT = [
    # "since" tells history, not this story's act
    ("Relations have been frozen since Karvonia annexed the Velmar peninsula.", "2019-04-09", "other|sanction",
     "Karvonia annexed the Velmar peninsula"),


    # people flying missions are no troops flown in
    ("The pilots were flying combat missions over the border.", "2020-05-04", "deployment", "flying combat missions"),
]

# sentence, published, the start of an evidence no event may have: a which-clause with no day of its own is background
NO_EVENT_AT = [
    ("The frigate, which was built in 1990, sank on Monday.", "2018-11-27", "which was built"),
    ("The treaty, which was signed in 1987, banned land-based missiles.", "2018-11-27", "which was signed"),
]


@pytest.mark.parametrize(("text", "published", "start"), NO_EVENT_AT, ids=[r[2] for r in NO_EVENT_AT])
def test_no_event_at(text: str, published: str, start: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert not [e for e in events if e.evidence.exact.startswith(start)], [e.evidence.exact for e in events]


@pytest.mark.parametrize(("text", "published", "kinds", "anchor"), MUST_NOT, ids=[r[3][:28] for r in MUST_NOT])
def test_clause_must_not(text: str, published: str, kinds: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert not held_by(events, text, kinds, anchor), [(e.kind.value, e.evidence.exact) for e in events]


# sentence, the clause texts attributes.clauses must give (stripped)
CLAUSES = [
    ("Ostria severed ties on 3 May, closed its airspace on 19 May, and now the oil.",
     ["Ostria severed ties on 3 May", ", closed its airspace on 19 May", ", and now the oil."]),
    ("Kenya closed its border on Monday, recalled its envoy and froze the talks.",
     ["Kenya closed its border on Monday", ", recalled its envoy", " and froze the talks."]),
    # a verb of speech before "that" opens reported words, never a series' predicate
    ("Kenya closed its border on Monday, recalled that the talks had failed.",
     ["Kenya closed its border on Monday, recalled ", "that the talks had failed."]),
    # a participle aside on the object, closed by a comma before more of the clause, is no series' predicate
    ("Tarsa seized the ferry, renamed the Orla, in April.", ["Tarsa seized the ferry, renamed the Orla, in April."]),
    # a participle phrase, not a series: "located near the border" has no object after it
    ("The army shelled the village, located near the border.", ["The army shelled the village, located near the border."]),
    # a participle aside after the subject is no series: "capped" stays the pact's verb
    ("The pact, signed in 1991 by the coastal states, capped the catch of each fleet.",
     ["The pact, signed in 1991 by the coastal states, capped the catch of each fleet."]),
]


@pytest.mark.parametrize(("text", "want"), CLAUSES, ids=[c[0][:24] for c in CLAUSES])
def test_clause_cuts(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in A.clauses(text, 0, len(text))] == want
