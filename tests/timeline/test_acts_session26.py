"""Session 26 (acts26, issue 4): acts found, kinded and bounded on unseen text. heldout21 (declassified this session,
recall 77%: the lowest of any set written blind) re-tabled with heldout19's and heldout20's remaining misses, and its
largest rule-shaped causes fixed. Rows are fresh sentences about other crises, outlets and years (never a held-out set's
text); the dev corpus tests/data/dev26-acts (Kagera 1978, Mauritania-Senegal 1989) tells the same shapes in whole excerpts.

The table: every act-side row of `python -m timeline.evaluate --corpus D -v` on heldout21, heldout19 and heldout20 at main
10c42fc (a missed act, an act read as another kind, an act swallowed by the statement beside it), by shape and cause.

| shape (why not read or not read right)                                                         | gold acts              | n |
|-------------------------------------------------------------------------------------------------|------------------------|---|
| O  an order to go read as the movement it orders, or not read: "Soviet ships were told to leave | h21 og-01 x2, og-02 x3,| 10|
|    Somali waters" (a ship_movement), "were instructed to exit Somali waters", "were granted 48   | og-03; h19 og-01 x2;   |   |
|    hours to depart" (none), "ordered all Soviet advisers out of the country" (a deployment),     | h20 kh-02, kh-03       |   |
|    "was told to cut its staff", "has given the United States 180 days" (a deployment)            |                        |   |
| C  a series of one subject's predicates closed by an attribution whose verb is not "said"       | h21 og-01 x2, og-02    | 3 |
|    ("..., ordered X out ... and broke relations with Cuba, the state radio announced": the       |                        |   |
|    series comma kept no cut, the order fell to the statement; the later predicates had no doer)  |                        |   |
| B  a blow told by a participle after the act's comma ("stormed the television tower early on    | h21 vl-01, vl-02       | 2 |
|    Sunday, firing into a crowd of unarmed civilians": one event over both)                       |                        |   |
| T  a toll told by a participle ("..., killing Raul Reyes"): the golds disagree (below)          | h21 an-01              | 1 |
| S  an act inside a statement's reported words: "would have to cut its staff", "will also lose   | h21 og-01 x3, og-02,   | 9 |
|    the use of the naval facilities", "would not supply arms to Somalia" x3 (an embargo told as   | og-04, an-01 x2; h19   |   |
|    a refusal, gold `sanction`), "the FARC had received 300 million dollars", "troops landed by   | og-02 x2               |   |
|    helicopter afterwards", "the Soviet specialists will return home"                            |                        |   |
| N  a nominal sitting or act: "a 14-hour session of the Permanent Council", "an urgent gathering | h21 an-03, og-02,      | 4 |
|    of the Central Committee", "Somalia's expulsion order sent home some 6,000", "The raid killed | og-04, an-03           |   |
|    21 guerrillas" (a toll after an act noun)                                                    |                        |   |
| I  a communique's infinitives after "decided": "to terminate all the facilities", "to reduce   | h21 og-03 x4           | 4 |
|    the staff of the Soviet embassy", "that all Soviet experts leave the country"                |                        |   |
| V  a verb no list holds: "took under guard", "had died in the night", "now number 14",          | h21 vl-03 x2, vl-04 x3,| 10|
|    "followed the coffins", "took the Press House", "trade resumed", "shook hands", "have overrun | an-04 x2, og-01, og-02;|   |
|    most of the Ogaden since July" (its "since July" cut off to the next predicate), "put into    | h19 og-03, og-04       |   |
|    Berbera", "They took Jijiga"                                                                  |                        |   |
| M  travel and meetings told as a plan or a relative clause: "had flown to Washington the day    | h21 an-03 x3, an-04 x2,| 8 |
|    before", "again to Saudi Arabia last month", "after receiving Correa in Managua", "that will  | og-01; h19 cp-03;      |   |
|    visit both countries", "reaches Quito by Thursday", "still meet in Washington on March 17"    | h20 bt-04              |   |
| K  kinds: "began flying military supplies to Ethiopia" (other for deployment), "paratroopers   | h21 og-04, vl-03 x2,   | 5 |
|    sent to the republic" (other), "will resume the debate" (other for meeting), "restored its    | an-04; h20 bt-04       |   |
|    ties at the summit" (meeting for other), "a battle group flown from Germany" (ship_movement)  |                        |   |

Fixed here: O (step 3; kinds25's cause O, an order read as forces sent, is the same shape), C (step 2), B (step 1), and
the term of an order to go taken as the order's date (step 4: "out of the country within a week" dated the order and the
series predicate after it a week long, heldout21 og-01 x2; dates.toml [traps]). S's arms refusals are step 5 (with forces
refused ahead, "would not send warships": no act, as dev23-acts' gold has it). T is left:
the golds disagree on a toll told by a participle (eval, heldout, heldout7, dev23-acts, dev11-stmts and dev11-kinds keep
"..., killing N" inside its act, about 15 rows; dev21-clauses, heldout16 and heldout21 file it apart, 5 rows; splitting it
cost eval 97 -> 95, heldout7 96 -> 94 and dev23-acts 98 -> 93 precision for +1-2 recall on three sets); a ruling first.
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _events


def _acts(text: str, published: str) -> list:
    """Every event that is no statement."""
    return [e for e in _events(text, published) if e.kind.value != "statement"]


def _holding(acts: list, words: str) -> list:
    """The acts whose evidence holds the words (fails listing the acts found)."""
    hits = [e for e in acts if words in e.evidence.exact]
    assert hits, [(e.kind.value, e.evidence.exact) for e in acts]
    return hits


# Step 1 (B): a blow told by a participle after an act's comma ("firing into", "firing on", "setting fire to") is the same
# doer's act at the same time, with its own evidence; the act before it ends at the comma. On main 10c42fc one event ran
# over both (and before ", X said" the participle's words fell to the statement).
BLOWS = [
    ("Interior ministry troops stormed the parliament building in Bishkek on Tuesday, firing into a crowd of "
     "demonstrators.", "2010-04-08", "stormed the parliament building", "firing into a crowd of demonstrators",
     ("2010-04-06", "2010-04-06")),
    ("Sudanese gunboats shelled the harbour at Kosti on Friday, setting fire to two fuel barges, the army said.",
     "1992-07-12", "shelled the harbour at Kosti", "setting fire to two fuel barges", ("1992-07-10", "1992-07-10")),
    ("Militiamen ambushed the convoy north of Bunia on Monday, firing on three United Nations trucks.", "2003-05-14",
     "ambushed the convoy north of Bunia", "firing on three United Nations trucks", ("2003-05-12", "2003-05-12")),
]


@pytest.mark.parametrize(("text", "published", "first", "blow", "day"), BLOWS)
def test_a_blow_told_by_a_participle_is_an_act_of_its_own(text: str, published: str, first: str, blow: str,
                                                          day: tuple[str, str]) -> None:
    acts = _acts(text, published)
    main = _holding(acts, first)
    second = _holding(acts, blow)
    assert all(blow not in e.evidence.exact for e in main)
    assert all(first not in e.evidence.exact for e in second)
    assert second[0].actor == main[0].actor and second[0].modality == main[0].modality
    assert (str(second[0].date.start), str(second[0].date.end)) == day


# Guards of step 1: a toll stays in its act (most golds keep it there: see the header), a drill's firing is the drill's
# own ("held a live-fire drill, firing into waters off the island": heldout7's shape), and no act told before it, none.
NO_BLOW = [
    ("Jets bombed the market at Kunduz on Sunday, killing 12 people.", "2015-10-05", "killing 12 people"),
    ("The marines held a live-fire drill on Tuesday, firing into waters southwest of the island.", "2011-03-02",
     "firing into waters"),
    ("The leader of the opposition spoke for an hour on Monday, firing at the government from the floor.", "2019-02-06",
     "firing at the government"),
]


@pytest.mark.parametrize(("text", "published", "words"), NO_BLOW)
def test_a_toll_or_a_drills_firing_is_no_act_of_its_own(text: str, published: str, words: str) -> None:
    acts = _acts(text, published)
    assert not [e for e in acts if e.evidence.exact.startswith(words)], [(e.kind.value, e.evidence.exact) for e in acts]


# Step 2 (C): a series of one subject's predicates closed by an attribution whose verb is not "said" ("..., the state
# news agency announced", "..., the radio stated") is cut at its commas as one closed by "said" is, and each predicate
# after the first has the first one's doer. On main 10c42fc the first act ran over the second predicate (no cut) and the
# predicates after "and" had no doer.
SERIES = [
    ("Bolivia expelled the Chilean consul on Monday, closed the border post at Ollague and suspended gas sales to Chile, "
     "the state news agency announced.", "1978-03-21", "Bolivia",
     ["expelled the Chilean consul", "closed the border post at Ollague", "suspended gas sales to Chile"]),
    ("Ecuador closed its embassy in Lima on Tuesday, recalled its military attache and banned Peruvian flights, the "
     "presidency announced.", "1995-01-31", "Ecuador",
     ["closed its embassy in Lima", "recalled its military attache", "banned Peruvian flights"]),
    ("Ghana recalled its ambassador from Lome on Friday, sealed the frontier at Aflao and froze Togolese accounts, the "
     "government declared.", "1994-01-09", "Ghana",
     ["recalled its ambassador from Lome", "sealed the frontier at Aflao", "froze Togolese accounts"]),
]


@pytest.mark.parametrize(("text", "published", "doer", "parts"), SERIES)
def test_a_series_closed_by_any_attribution_verb_keeps_one_act_a_predicate(text: str, published: str, doer: str | None,
                                                                          parts: list[str]) -> None:
    acts = _acts(text, published)
    spans = [_holding(acts, p) for p in parts]
    for i, hits in enumerate(spans):
        assert all(not any(q in e.evidence.exact for q in parts[:i] + parts[i + 1:]) for e in hits), \
            [(e.kind.value, e.evidence.exact) for e in acts]
    if doer is not None:
        assert all(hits[0].actor == doer for hits in spans), [(e.actor, e.evidence.exact) for e in acts]


# Step 3 (O): an order to go is the order, never the movement it orders ("were told to leave Norwegian waters" was a ship
# movement, "ordered the advisers out of the country" a deployment on main 10c42fc), and told in the passive with its
# term ("were instructed to exit", "was granted 48 hours to depart") it is read at all (none on main 10c42fc); its doer is
# the orderer, never the ones ordered out (the passive leaves it untold).
ORDERS = [
    ("Two Russian trawlers were told to leave Norwegian waters, the coast guard said.", "2005-10-20",
     "were told to leave Norwegian waters", None),
    ("Greek fishing boats were instructed to exit Turkish waters.", "1996-02-02", "were instructed to exit", None),
    ("The Libyan charge d'affaires was granted 48 hours to depart.", "1984-04-24", "was granted 48 hours to depart", None),
    ("President Sekou Toure ordered all French military instructors out of the country.", "1965-11-17",
     "ordered all French military instructors out of the country", "Guinea"),
]


@pytest.mark.parametrize(("text", "published", "words", "doer"), ORDERS)
def test_an_order_to_go_is_the_order(text: str, published: str, words: str, doer: str | None) -> None:
    hits = _holding(_acts(text, published), words)
    assert hits[0].kind.value in ("other", "sanction")
    if doer is None:
        assert hits[0].actor is None
    else:
        assert hits[0].actor in (doer, "Sekou Toure")


# Guards of step 3: one's own forces ordered out are a withdrawal (a deployment, as before), a ship ordered to turn back
# still moves (session 23), and residents told to leave their homes give no order of this reading.
ORDERS_KEPT = [
    ("Moscow ordered its troops out of the country on Friday.", "1989-02-17", "deployment"),
    ("The destroyer was ordered to turn back on Monday.", "2018-12-04", "ship_movement"),
]


@pytest.mark.parametrize(("text", "published", "kind"), ORDERS_KEPT)
def test_own_forces_ordered_out_or_a_ship_turned_back_keep_their_kind(text: str, published: str, kind: str) -> None:
    acts = _acts(text, published)
    assert [e.kind.value for e in acts] == [kind], [(e.kind.value, e.evidence.exact) for e in acts]


def test_residents_told_to_leave_their_homes_give_no_order() -> None:
    assert _acts("Residents of the border villages were told to leave their homes.", "2020-07-14") == []


# Step 4: the term of an order to go, after the people it sends away however many words name them ("out of the country
# within a week"), dates neither the order nor the series predicate after it (both read "within a week" on main 10c42fc).
def test_an_orders_term_is_no_date_of_the_order() -> None:
    text = ("Guinea renounced its defence pact with France on Monday, ordered all French military advisers and "
            "technicians out of the country within a week and broke relations with Senegal, the radio announced.")
    acts = _acts(text, "1965-11-17")
    for words in ("ordered all French military advisers", "broke relations with Senegal"):
        hit = _holding(acts, words)[0]
        assert (str(hit.date.start), str(hit.date.end)) == ("1965-11-15", "1965-11-15"), hit.date


# Step 5 (S's arms refusals): an arms embargo told as a refusal ahead ("would not supply arms to X", "would send no arms",
# "will not sell weapons") is a sanction of the refuser's, planned (a condition kept); on main 10c42fc none was read, or
# "would send no arms" was a planned deployment. Rows a refusal of forces follows: no act (dev23-acts' and dev23-dates'
# golds: "would not send warships", "would not send ground troops"; planned deployments on main 10c42fc), unless a
# condition goes with it ("would not deploy missiles until ...": heldout11's gold keeps it, conditional).
EMBARGOES = [
    ("A Foreign Office spokesman said Britain would not supply arms to Nigeria while the blockade of Biafra lasted.",
     "1968-06-12", "Britain would not supply arms to Nigeria", "United Kingdom", "planned"),
    ("Paris said on Tuesday that it would send no arms to either side.", "1982-04-07", "it would send no arms",
     "France", "planned"),
    ("The minister said Rome would not sell weapons to Baghdad if it invaded Kuwait.", "1990-07-30",
     "Rome would not sell weapons to Baghdad", "Italy", "conditional"),
]


@pytest.mark.parametrize(("text", "published", "words", "doer", "modality"), EMBARGOES)
def test_an_arms_refusal_is_a_sanction(text: str, published: str, words: str, doer: str, modality: str) -> None:
    hits = _holding(_acts(text, published), words)
    assert [(e.kind.value, e.modality.value) for e in hits] == [("sanction", modality)]
    assert hits[0].actor in (doer, "Britain")


FORCES_REFUSED = [
    ("The defence secretary told parliament that Australia would not send warships to the Strait of Hormuz.",
     "2019-07-25", 0),
    ("Ottawa said it would not deploy troops to Haiti.", "2004-02-26", 0),
    ("Tokyo said it would not deploy troops abroad unless parliament approved a new law.", "1991-01-18", 1),
]


@pytest.mark.parametrize(("text", "published", "count"), FORCES_REFUSED)
def test_forces_refused_ahead_are_no_act(text: str, published: str, count: int) -> None:
    acts = _acts(text, published)
    assert len(acts) == count, [(e.kind.value, e.evidence.exact) for e in acts]


# Guard beside step 5: the noun "a move" is no forces moved ("..., a move damaging Nouakchott's hopes of buying patrol
# aircraft" was a planned deployment on main 10c42fc; ship_movement's "move" has had the guard since session 19).
def test_the_noun_a_move_moves_no_forces() -> None:
    text = ("Washington said it would supply no military equipment to either side, a move that ended Rabat's hopes of "
            "buying transport aircraft.")
    assert [e.kind.value for e in _acts(text, "1989-05-02")] == ["sanction"]
