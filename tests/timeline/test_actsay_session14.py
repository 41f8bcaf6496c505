"""The act told only through the statement that reports it (session 14, helper actsay14; fresh sentences written from
general knowledge about other crises and outlets, no corpus text). Gold rule (tests/data/eval/README.md): an attribution
is a statement event, and the act it reports a second event (its own doer, its own day, else undated).

The gold acts of the three declassified sets (heldout7, heldout10, heldout12, at main 3974c63) that the tool recorded
only as the statement reporting them (matched to that statement: wrong kind) or missed inside the statement's evidence,
by the shape of their sentence (one shape each, the first that explains the miss):

| shape                                                                           | n  | examples (excerpt: anchor)           |
|---------------------------------------------------------------------------------|----|--------------------------------------|
| A1 a plan in reported words with no day of its own ("said Wellington would      |  9 | fj-02/fj-03 "would suspend military  |
|    suspend military ties", "announced that Canada will build", "said it will    |    | ties", ar-04 "Canada will build",    |
|    start procedures to remove X from a list", "stated it's going to tighten")   |    | jk-01/jk-02 "remove ... white list", |
|    futures keep their own rules: not changed here                               |    | jk-02 "tighten curbs", ex-01/02      |
|                                                                                 |    | "would respond with", ex-02 "would   |
|                                                                                 |    | ... satisfy ... following week"      |
| A2 an act told first, its verb in no list or in the stop list, ", X said" after |  6 | sw-03 "arrived on the government     |
|    ("Ten people ... arrived on the plane from Ankara, X specified", "... and    |    | plane", zp-01/zp-04 "added seven     |
|    added seven F-15 jets to the mission, a spokesman said", "intends to submit  |    | F-15 fighter jets", ar-02 "intends   |
|    ..., the ministry said", "plans to send its own expedition ..., X said")     |    | to submit", ar-01 "plans to send its |
|                                                                                 |    | own expedition", im-03 "were in the  |
|                                                                                 |    | area" (a state)                      |
| A3 an act in a who/which/where clause of the statement's sentence, with a day   |  7 | yp-03 "who toured ... earlier this   |
|    of its own ("X, who toured A, B and C earlier this week, said", "The drills, |    | week", yp-04 "who resigned a day     |
|    which began Sunday and involved ..., officials said", "..., where Iskander   |    | earlier", zp-03 "who watched ... on  |
|    systems made launches ..., the press service reported")                      |    | 19 September", yp-04 "which began    |
|                                                                                 |    | Sunday", zp-02 "made launches",      |
|                                                                                 |    | fj-04 "which had three warships",    |
|                                                                                 |    | ex-01 "who takes office on Jan. 20"  |
| A4 the act read, its evidence missing the gold anchor: a restrictive relative   |  5 | im-01 "a Greek navy helicopter that  |
|    inside the subject ("a helicopter that had taken off from X crashed ...")    |    | had taken off ... crashed", fj-02/   |
|    cuts the subject off; anchors running from the speaker over the clause       |    | fj-03 "announced Tuesday that he had |
|    ("X announced Tuesday that he had taken control", "he told Parliament,       |    | taken control", fj-04 "announced on  |
|    adding that Australia had suspended ...") against README's anchor rule       |    | 5 December that", fj-02 "adding that"|
| A5 a perfect in a that-clause whose verb the stop list holds or whose subject   |  3 | yp-01 "had shown him a new uranium   |
|    holds a reduced relative ("disclosed that the North had shown him a plant",  |    | enrichment plant", im-01 "had been   |
|    "told parliament that the commandos landed on Sunday had been ordered back") |    | ordered back", yp-03 "as it had      |
|    or an as-clause ("said X was to blame, as it had drawn the line")            |    | unilaterally drawn"                  |

Already read before this session (checked here so they stay read): "said (that) X had <act>", "confirmed that",
"accused X of <act>ing", "denied that" (modality denied), "<act>, X said" with a trigger or an "-ed" verb, "according
to X, <act>", a passive of force in reported words, "said X would <trigger act>" (planned).

Fixed this session: A2's plans told first by a verb of intent with a date phrase ("intends to submit ... in 2009": data
plan_leads); A4's relative clause with no commas inside the subject (timeline/thatholes.py); A3's act in a who/which clause with a day of its own (timeline/relacts.py) and a noun's event
that its ", which"-clause starts on a day (nounstart.py); A2's verbs of the stop list that a clause told first still tells as an act before an object or a
place ("arrived on", "reached the crash site", "returned to port"; data `openverbs.toml` told_first), never before an
amount or a thought ("reached 40", "added that"); A4's evidence cut at "after"/"before" a time of the day ("passed over
the pipeline shortly after midnight on 8 October and crossed a cable an hour later": timeline/timeofday.py), found in
dev12-clauses' acts read only as their statement.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2022-03-18"  # a Friday

R = ActRow

# Shapes read before this session: each act beside its statement, with its own doer and modality.
KEPT = [
    R("The defence ministry said on Monday that its marines had seized two dhows off the coast on Sunday.", "other",
      "had seized two dhows", None, "reported_claim", "2022-03-13"),
    R("Ankara confirmed that two of its frigates had entered the disputed waters.", "ship_movement",
      "two of its frigates had entered the disputed waters"),
    R("Rabat accused Algiers of closing its airspace to Moroccan airliners.", "sanction", "of closing its airspace", "Algeria"),
    R("Colombo denied that its navy had fired on the Indian trawlers.", "other", "had fired on the Indian trawlers", None,
      "denied"),
    R("According to the coast guard, the freighter ran aground near the reef on Tuesday.", "other",
      "ran aground near the reef", None, None, "2022-03-15"),
    R("The minister said Ottawa would expel four Russian diplomats.", "other|sanction", "would expel four Russian diplomats",
      "Canada", "planned"),
]

# A2: a verb of the stop list in words told first, before ", X said", right before an object or a place.
TOLD_FIRST = [
    R("Twelve freed detainees arrived on a chartered plane from Doha, the spokesman said.", "other",
      "arrived on a chartered plane from Doha", None, "reported_claim"),
    R("The rescue team reached the crash site late in the evening, the provincial governor said.", "other",
      "reached the crash site"),
    R("The three aid workers returned to Madrid aboard an air force jet, the foreign ministry said.", "other",
      "returned to Madrid aboard an air force jet"),
    R("Insurgents reached the outskirts of the provincial capital, residents said.", "other",
      "reached the outskirts of the provincial capital"),
    R("The Spanish navy has sent two frigates to the Baltic in recent weeks and added four patrol aircraft to the "
      "mission, a spokesman said.", "deployment|other", "added four patrol aircraft to the mission"),
]

# A4: a time of the day after "after"/"before" is no clause break: the act keeps its evidence, its date phrase after the
# time, and the predicate after "and" is its own act (dev12-clauses: "passed over the pipeline shortly after midnight on
# 8 October and crossed a cable an hour later"; session 14).
TIMES = [
    R("The tanker passed through the strait shortly after midnight on 5 May and anchored off Fujairah an hour later, "
      "the agency said.", "ship_movement", "passed through the strait shortly after midnight on 5 May", None, None,
      "2021-05-05"),
    R("The tanker passed through the strait shortly after midnight on 5 May and anchored off Fujairah an hour later, "
      "the agency said.", "ship_movement|other", "anchored off Fujairah an hour later"),
    R("The students climbed the fence shortly after 2 a.m. and set fire to a guard post, witnesses said.", "other",
      "climbed the fence shortly after 2 a.m."),
    R("The students climbed the fence shortly after 2 a.m. and set fire to a guard post, witnesses said.", "other",
      "set fire to a guard post"),
    R("Armoured columns crossed the river just before dawn on Sunday, the ministry said.", "deployment|other",
      "crossed the river just before dawn on Sunday", None, None, "2022-03-13"),
    R("Two patrol boats entered the bay after 10 p.m. on Tuesday, the coast guard said.", "ship_movement",
      "entered the bay after 10 p.m. on Tuesday", None, None, "2022-03-15"),
]

# A3: an act in a who/which clause set off by commas, with a day of its own, beside the statement of its sentence
# (timeline/relacts.py); the clause's day is never the statement's. A noun's own event that its ", which"-clause
# starts on a day (timeline/nounstart.py: "The drills, which began Sunday, ...").
RELATIVE = [
    R("The envoy, who toured Hanoi, Manila and Jakarta earlier this week, said Canberra would not join the patrols.",
      "other", "who toured Hanoi, Manila and Jakarta earlier this week", None, "asserted", "2022-03-14"),
    R("President Lula, who inspected a frigate in Rio on Monday, said Brazil would buy two more ships.", "other",
      "who inspected a frigate in Rio on Monday", "Lula", None, "2022-03-14"),
    R("Mr. Adeyemi was named on Friday to replace Admiral Okafor, who resigned a day earlier amid criticism.", "other",
      "who resigned a day earlier", None, None, "2022-03-17"),
    R("The drills, which began Sunday and involved some 9,000 troops, were expanded afterward, Thai officials said.",
      "military_exercise", "which began Sunday", None, None, "2022-03-13"),
]

# A4: a relative clause with no commas inside the subject ("a helicopter that had taken off from X crashed"): one act,
# its evidence from the subject (timeline/thatholes.py); a "that" after a noun with a subject of its own ("reports that
# X had ...") or after a preposition's object ("his answer to an expedition that planted ...") is no such clause.
SUBJECT_RELATIVE = [
    R("Hours before the truce, an Indian army helicopter that had taken off from Leh crashed in the mountains, killing "
      "two pilots, the army said.", "other", "an Indian army helicopter that had taken off from Leh crashed"),
    R("A Chilean navy patrol boat that had left Punta Arenas on Sunday ran aground near the cape, the navy said.", "other",
      "A Chilean navy patrol boat that had left Punta Arenas on Sunday ran aground"),
]

# A2: a plan told first by a verb of intent ("intends to", "plans to", "aims to") with a date phrase of its own, read as
# "will" is (openverbs.toml plan_leads): planned, by the subject; with no date phrase, none (futures keep their rule).
PLANS = [
    R("Brazil intends to submit a revised claim to the UN commission in 2026, the foreign ministry said.", "other",
      "intends to submit a revised claim", "Brazil", "planned"),
    R("Chile plans to send its own survey ship to the trench later this month, a Chilean official said.",
      "other|ship_movement", "plans to send its own survey ship", "Chile", "planned"),
]

# Session 15 (actsay15) read "The Spanish navy has sent ... and added four patrol aircraft to the mission, a spokesman
# said" (openverbs._tail takes the told_first verbs before an object; and_cuts stops its look-ahead at a later "and"):
# its strict xfail is taken off, the row unchanged.
MISSED: dict[str, str] = {}

NEGATIVES = [
    # an amount or a thought after the verb: no act
    ("The death toll reached 40, officials said.", ["other"], 0),
    ("Exports reached a record high in March, the ministry said.", ["other"], 0),
    ("The spokesman added that the talks would continue, a diplomat said.", ["other", "meeting"], 0),
    ("Trade returned to normal within days, the chamber of commerce said.", ["other"], 0),
    # a plan of intent with no date phrase of its own, or a stance to take
    ("Brazil intends to submit a revised claim to the UN commission, the foreign ministry said.", ["other"], 0),
    ("The army plans to remain in the region, an officer said.", ["other", "deployment"], 0),
    # a who/which clause with no day of its own, or a year only, or a verb of watching, or the span of the noun's event
    ("The senator, who has visited Taiwan three times, said she would return.", ["other", "meeting"], 0),
    ("The minister, who came to power in 2014, said the talks had failed.", ["other"], 0),
    ("The exercise, which began last year, has become an annual fixture.", ["military_exercise", "other"], 0),
    ("Zapad 2021, which ran from 10 to 16 September, drew 200,000 troops.", ["other"], 0),
    # the stop list still holds for words reported after "said": only words told first are the report's own news
    ("The minister said the envoys arrived in Doha.", ["other"], 0),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(KEPT + TOLD_FIRST + TIMES + RELATIVE + SUBJECT_RELATIVE + PLANS, MISSED))
def test_the_reported_act_is_its_own_event(row: R) -> None:
    check_row(_events(row.text), row)


SAID = [r for r in KEPT + TOLD_FIRST + TIMES + RELATIVE + SUBJECT_RELATIVE + PLANS if " said" in r.text or " denied" in r.text
        or " accused" in r.text or " confirmed" in r.text or "According to" in r.text]


@pytest.mark.parametrize("row", SAID, ids=[f"{r.anchor}:{r.text[:40]}" for r in SAID])
def test_the_statement_stays_beside_the_act(row: R) -> None:
    assert any(e.kind.value == "statement" for e in _events(row.text))


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_act_is_read_from_an_amount_or_a_thought(text: str, kinds: list[str], most: int) -> None:
    found = kinds_found(_events(text), kinds)
    assert len(found) <= most, found


@pytest.mark.parametrize(("text", "at", "is_time"), [
    ("passed the strait shortly after midnight on 5 May", "after", True),
    ("climbed the fence after 2 a.m. and", "after", True),
    ("entered the bay after 10pm on Tuesday", "after", True),
    ("crossed just before dawn on Sunday", "before", True),
    ("closed the border after 1900 GMT", "after", True),
    ("fired after the talks collapsed", "after", False),
    ("left before the vote on Sunday", "before", False),
    ("struck after 2 attacks on its bases", "after", False),
    ("arrived after noonday prayers", "after", False),
])
def test_a_time_of_the_day_after_after_or_before_is_no_clause(text: str, at: str, is_time: bool) -> None:
    from timeline.timeofday import is_time_after

    assert is_time_after(text, text.index(at)) is is_time


def test_the_day_of_a_who_clause_is_not_the_statements() -> None:
    text = "The envoy, who toured Hanoi, Manila and Jakarta earlier this week, said Canberra would not join the patrols."
    statement = next(e for e in _events(text) if e.kind.value == "statement")
    assert statement.date is None or statement.date.start is None, statement.date


@pytest.mark.parametrize(("text", "that", "inside"), [
    ("A Greek navy helicopter that had taken off from the frigate crashed", "that", True),
    ("The drone that was shot down over the sea was carrying a camera", "that", True),
    ("The reports that Russian troops had crossed the border were denied", "that", False),
    ("The ministry said that the ship had left", "that", False),
    ("his answer to a Russian expedition that planted its flag", "that", False),
])
def test_a_that_after_the_subject_opens_no_clause(text: str, that: str, inside: bool) -> None:
    from timeline.thatholes import subject_relative

    assert subject_relative(text, 0, text.index(that)) is inside
