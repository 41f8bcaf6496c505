"""Session 26 (plink26): links on unseen text, main 10c42fc (heldout21 declassified this session).

heldout21's missed and false links under --oracle (`python -m parity.evaluate --eval tests/data/heldout21 --oracle -v
--why`) on main 10c42fc by the rule that refused them, and its false links by what made them (an = angostura, og =
ogaden, vl = vilnius):
| missed link: rule (--why)                      |   an|   og|   vl|  all|
| same_event: score under threshold              |    3|    5|    1|    9|
| same_event: summaries share no word            |    2|    3|    2|    7|
| same_event: no anchor                          |    2|     |    4|    6|
| same_topic: a relay                            |    1|     |    3|    4|
| same_topic: blocked (candidate limit)          |     |    4|     |    4|
| same_topic: similarity < 0.25 / 0.12 / 0.05    |    4|     |    2|    6|
| same_topic: kinds differ                       |    1|    2|     |    3|
| the rest (blocked same_event, modality, ?)     |    2|    3|     |    5|
| all missed (fn)                                |   15|   17|   12|   44|
| false links (fp)                               |    7|   15|    9|   31|
| found (tp)                                     |    8|   22|   24|   54|

| false link: what made it                                             |   an|   og|   vl|  all|
| one doer's several measures of one day, tied by actor and day alone  |    1|    9|     |   10|
| one meeting's or speech's parts (a statement and its session)        |     |    2|    3|    5|
| one act head, two things ("took the tower" / "took the Press House") |     |     |    1|    1|
| acts of one clash crosswise in two copies, relays copied             |     |     |    4|    4|
| a planned meeting and other sessions of its body (same_topic)        |    3|     |     |    3|
| same_topic by stock words (leave, staff) and the rest                |    3|    4|    1|    8|
The largest cause, and the one that holds across stories, is the first: Somalia's measures of 13 November 1977
(renounced the treaty, ordered the advisers out, ended the facilities, cut the embassy staff, broke with Cuba, gave the
Cuban envoy 48 hours) are each other's "same_event" on the actor and the day alone (similarity 0.12-0.14 plus the actor
and day bonuses reach EVENT_SCORE). dev26-links (written gold-first this session: Britain's and Russia's measures after
Salisbury 2018, Saudi Arabia's against Qatar 2017) shows the same shape on fresh text.

Fixed: a source telling one doer's several measures (kinds "other", "sanction": score.MEASURE_KINDS) of a day gives
each a rival (sole.rival_acts: parity/sole.py's rivals, now kept for "other" acts too); two such measures of two sources
tied by nothing but actor and day (no act head, object, place, count, figure, toll or one_act in common, similarity <
TOPIC_SIM) whose summaries each name two words of their own at least and none in common (score._own_things: less their
states, actor, states' long forms, words.toml [state_forms], and an envoy's titles read as one) are two acts
(`score._rival_measure`, "one doer's other act of the day"). Oracle: heldout21 fp 31 -> 25, F1 .59 -> .61 (tp 54 kept);
dev26-links .82 -> .88; no other open set and no blind summary moved, end to end none (the measures' sentences are not
extracted as the gold's acts there). Taken back while measuring (each had cost a true link): deployments (heldout7's
"will leave Belarus" / "were due to go home": one withdrawal in other words), a summary of one word of its own
(heldout11's "announced in Reykjavik the day before yesterday"), one figure told in both (heldout7's "access to two
compounds" / "closing two properties").

Then (b), left from session 25: one doer's two measures of one day whose sources tell no rival ("Russia expelled two
Latvian diplomats on Friday" / "Russia banned imports of Latvian dairy products on Friday", session 10's strict xfail
row): the same test when both are told done on one dated day (`score._measures_of_one_day`; not plans, whose words are
vague: parity/sole.py's "will impose curbs on the neighbour's firms" / "would answer with steps of its own"). No open or
blind summary moved (oracle and end to end). Its limit: short summaries sharing little but their states read alike
(similarity >= TOPIC_SIM: "cut diplomatic relations with Morocco on Tuesday" / "closed its airspace to Moroccan aircraft
on Tuesday" stay linked).

Tried and not kept: diplomatic ties broken off as one act head (paraphrases.toml, "cut ties" ~ "broke off relations" ~
"broke with"): heldout21 oracle fp 25 -> 31, F1 .61 -> .58; dev26-links .88 -> .78; heldout11 .71 -> .69.

Left from session 25 (a), dev24-links' rescue link ("were picked up by a passing freighter" ~ "rescue teams saved all 44
crew"): two refusals, both in targets.py. `told_in` read the clause before an "and <predicate>" whole, so the first
predicate's object ("abandoned their vessels") stood as the act's thing; it now reads the clause's subject ("The crews of
both ships were picked up"); and "crews" was no word of [families.people], so that subject still read as "both ships".
dev24-links oracle .69 -> .74 (tp 9 -> 10).
"""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.claims import ClaimFacts
from parity.models import Relation
from parity.score import _own_things, score_pair
from parity.sole import rival_acts, sole_counterparts
from parity.targets import act_targets, told_apart, told_in
from tests.parity.helpers import claims_for, event, record

CARACAS = [record("v1", "Orinoco Wire", "2008-09-12"), record("v2", "Andean Post", "2008-09-13")]
MOSCOW = [record("m1", "Volga Wire", "2015-11-29"), record("m2", "Bosporus Daily", "2015-11-30")]


def _measure(excerpt: str, text: str, day: str | None, actor: str, kind: str = "sanction") -> object:
    return event(excerpt, text, kind, actor=actor, day=day, summary=text)


def _relation(records: list, events: list, i: int, j: int) -> Relation | None:
    """The relation of events[j] to events[i] scored among the claims of all the events (their rivals told)."""
    facts, claims = claims_for(records, events)
    got = score_pair(facts[i], facts[j], build_index(claims))
    return got.relation if got else None


VENEZUELA = [
    _measure("v1", "Venezuela expelled the US ambassador on Thursday", "2008-09-11", "Venezuela"),
    _measure("v1", "Venezuela suspended fuel sales to American firms on Thursday", "2008-09-11", "Venezuela"),
    _measure("v2", "Caracas froze the assets of three US oil companies on Thursday", "2008-09-11", "Venezuela"),
    _measure("v2", "Caracas ordered the American envoy to leave within 72 hours on Thursday", "2008-09-11", "Venezuela"),
]
RUSSIA = [
    _measure("m1", "Russia banned charter flights to Turkey on Saturday", "2015-11-28", "Russia"),
    _measure("m1", "Russia ended visa-free travel for Turkish citizens on Saturday", "2015-11-28", "Russia"),
    _measure("m2", "Moscow halted imports of Turkish fruit and vegetables on Saturday", "2015-11-28", "Russia"),
    _measure("m2", "Moscow barred charter flights to Turkish resorts on Saturday", "2015-11-28", "Russia"),
]


# ---- one doer's other measures of the day (each fails on main 10c42fc: same_event on actor and day alone)

@pytest.mark.parametrize("records, events, i, j", [
    (CARACAS, VENEZUELA, 0, 2),  # the ambassador expelled / three companies' assets frozen
    (MOSCOW, RUSSIA, 0, 2),  # charter flights banned / fruit imports halted
    (MOSCOW, RUSSIA, 1, 2),  # visa-free travel ended / fruit imports halted
    (MOSCOW, RUSSIA, 1, 3),  # visa-free travel ended / charter flights barred
])
def test_one_doers_other_measure_of_the_day(records: list, events: list, i: int, j: int) -> None:
    assert _relation(records, events, i, j) is not Relation.same_event


# ---- guard rows (pass on main 10c42fc and here): one measure told in other words stays one event

@pytest.mark.parametrize("records, events, i, j", [
    (CARACAS, VENEZUELA, 0, 3),  # expelled the ambassador / ordered the envoy to leave: an envoy's titles are one
    (MOSCOW, RUSSIA, 0, 3),  # charter flights banned / barred
])
def test_one_measure_in_other_words(records: list, events: list, i: int, j: int) -> None:
    assert _relation(records, events, i, j) is Relation.same_event


def test_a_measure_and_one_figure_told_in_both() -> None:
    # "deny access to two compounds" / "closing two diplomatic properties": one figure may be one thing named apart.
    recs = [record("c1", "Potomac Wire", "2016-12-30"), record("c2", "Neva Daily", "2016-12-31")]
    events = [
        _measure("c1", "deny Russian officials access to two compounds in Maryland and New York", None, "US"),
        _measure("c1", "expelling 35 Russian diplomats", None, "US"),
        _measure("c2", "closing two Russian diplomatic properties", None, "US"),
    ]
    facts, _ = claims_for(recs, events)
    assert rival_acts(facts[0], facts[2])
    assert _relation(recs, events, 0, 2) is Relation.same_event


def _facts(records: list, events: list) -> list[ClaimFacts]:
    return claims_for(records, events)[0]


def test_rivals_of_other_acts_and_no_sole_counterpart() -> None:
    # An "other" act is given its rivals (session 26), yet is never its actor's sole act of the day (session 19).
    recs = [record("q1", "Gulf Wire", "2017-06-05"), record("q2", "Levant Observer", "2017-06-06")]
    one = [_measure("q1", "Saudi Arabia cut diplomatic ties with Qatar on Monday", "2017-06-05", "Saudi Arabia", "other"),
           _measure("q2", "Riyadh broke off relations with Doha on Monday", "2017-06-05", "Saudi Arabia", "other")]
    a, b = _facts(recs, one)
    assert a.rivals == () and b.rivals == ()
    assert not rival_acts(a, b) and not sole_counterparts(a, b)
    two = [*one, _measure("q1", "Saudi Arabia closed its land border with Qatar on Monday", "2017-06-05",
                          "Saudi Arabia", "other")]
    a, b, _ = _facts(recs, two)
    assert rival_acts(a, b) and not sole_counterparts(a, b)


def test_a_rival_of_another_day_is_none() -> None:
    recs = [record("q1", "Gulf Wire", "2017-06-09"), record("q2", "Levant Observer", "2017-06-09")]
    events = [_measure("q1", "Saudi Arabia cut diplomatic ties with Qatar on Monday", "2017-06-05", "Saudi Arabia"),
              _measure("q1", "Saudi Arabia listed 59 people as terrorists on Thursday", "2017-06-08", "Saudi Arabia"),
              _measure("q2", "Riyadh broke off relations with Doha on Monday", "2017-06-05", "Saudi Arabia")]
    a, _, b = _facts(recs, events)
    assert not rival_acts(a, b)


@pytest.mark.parametrize("summary, own", [
    # states, their long forms and the actor are no thing of the act
    ("Somalia renounced its treaty with the Soviet Union", {"give_up", "treaty"}),  # renounced: a give_up head
    ("to sever relations with the Republic of Cuba", {"sever", "relation"}),
    # an envoy's titles read as one word
    ("expelled the Cuban ambassador", {"expel", "envoy"}),
    ("ordered the envoy out", {"order", "envoy"}),
])
def test_own_things(summary: str, own: set[str]) -> None:
    recs = [record("s1", "Horn Wire", "1977-11-14")]
    (c,) = _facts(recs, [_measure("s1", summary, "1977-11-13", "Somalia", "other")])
    assert _own_things(c) == own


# ---- a second predicate's subject is its clause's (left from session 25: dev24-links' rescue link, oracle .69 -> .74 on
# this; each row fails on main 10c42fc, where told_in read the first predicate's object, "their vessel")

@pytest.mark.parametrize("summary, sentence, family", [
    ("were rescued by a fishing fleet",
     "The sailors of the stricken ferry abandoned their vessel and were rescued by a fishing fleet.", "people"),
    ("were picked up by a passing tanker",
     "The crews of both freighters abandoned their ships and were picked up by a passing tanker, the owners said.",
     "people"),
])
def test_a_second_predicates_subject(summary: str, sentence: str, family: str) -> None:
    told = told_in(summary, sentence)
    assert told.endswith(summary) and "abandoned" not in told
    assert family in {f for f, _ in act_targets(told)}
    assert not told_apart(told, "Coast guard helicopters saved all 30 crew members")


@pytest.mark.parametrize("summary, sentence, told", [
    # a second clause with a subject of its own keeps its words (the passive's subject is its own)
    ("a patrol boat was struck by the aggressors", "Jets struck a radar site and a patrol boat was struck by the aggressors.",
     "Jets struck a radar site and a patrol boat was struck by the aggressors"),
    # no "and": the clause before it as it was
    ("attacked twice", "The agency said a missile site that had been attacked twice was burning.",
     "The agency said a missile site that had been attacked twice"),
])
def test_a_clause_with_its_own_subject(summary: str, sentence: str, told: str) -> None:
    assert told_in(summary, sentence) == told


# ---- one doer's measures each told done on one day, each its source's only one (fail on main f1e146b: linked by
# actor and day; session 10's strict xfail row "expelled two Latvian diplomats" / "banned imports of Latvian dairy
# products" passes since)

ALGIERS = [record("a1", "Maghreb Wire", "2021-08-25"), record("a2", "Atlas Daily", "2021-08-26")]


@pytest.mark.parametrize("a_text, b_text", [
    ("Algeria cut diplomatic relations with Morocco on Tuesday over its hostile actions",
     "Algiers closed its airspace to all Moroccan civil and military aircraft on Tuesday"),
    ("Algeria expelled the Moroccan consul in Oran on Tuesday",
     "Algiers halted gas deliveries to Morocco through the Maghreb pipeline on Tuesday"),
    ("Algeria banned Moroccan trawlers from its fishing grounds on Tuesday",
     "Algiers ended a gas supply contract with the Moroccan utility on Tuesday"),
])
def test_one_doers_two_measures_of_one_day(a_text: str, b_text: str) -> None:
    events = [_measure("a1", a_text, "2021-08-24", "Algeria", "other"),
              _measure("a2", b_text, "2021-08-24", "Algeria", "other")]
    assert _relation(ALGIERS, events, 0, 1) is not Relation.same_event


@pytest.mark.parametrize("a_text, b_text, b_day", [
    # one measure told in other words (guard: passes on main f1e146b and here)
    ("Algeria cut diplomatic relations with Morocco on Tuesday",
     "Algiers broke off diplomatic relations with Rabat on Tuesday", "2021-08-24"),
    # a measure's day disputed: not one day, no veto
    ("Algeria closed its airspace to Moroccan aircraft on Tuesday",
     "Algiers shut its skies to Moroccan planes on Wednesday", "2021-08-25"),
])
def test_one_measure_of_one_doer(a_text: str, b_text: str, b_day: str) -> None:
    events = [_measure("a1", a_text, "2021-08-24", "Algeria", "other"), _measure("a2", b_text, b_day, "Algeria", "other")]
    got = _relation(ALGIERS, events, 0, 1)
    assert got is Relation.same_event or b_day != "2021-08-24" and got is not None
