"""The catch-all acts ("other") and sanctions, found and kept apart from statements (session 14, helper other14; issue 4).

Fresh sentences written from general knowledge about other crises, outlets and eras (never a corpus's text). Each row:
the anchor lies in an event of the row's kind, by the row's actor (None: not checked). Negative rows hold no more events
of the kinds named than allowed.

The table: every missed other/sanction act, every act read as a statement and every false `other` of the two sets
declassified in session 13 (heldout7: other 30/40, sanction 11/17; heldout10: other 11/19, sanction 5/8), by SHAPE, from
`python -m timeline.evaluate --corpus tests/data/heldout{7,10} -v --by-kind` at main 3b77042. Rows already tabled by
session 13 (test_acts_session13.py S1-S8, test_kinds_session13.py K1-K3, X1-X3) are marked (s13); acts told inside
reported speech ("X said Y had ...") are helper actsay14's (marked (say)).

| shape                                                                         | n | examples (excerpt: anchor)             |
|-------------------------------------------------------------------------------|---|----------------------------------------|
| O1 a flag planted, installed, hoisted or torn down: a claim staked in deed,   | 3 | ar-01 "planted a titanium ... flag",   |
|    no verb class held it (heldout12, declassified this session, has 5 more:   |   | ar-02 "installed a ... state flag",    |
|    "raised a ... flag", "hoisted a ... one", "planted their flag")            |   | ar-04 "planted its flag ... last week" |
| O2 act told as a noun with its own month ("the sinking of X in March" after   | 3 | yp-01/yp-04 sinking, fj-04 "the        |
|    "follows"/"after"; "the seizure of X ... in early November") (s13 S2)      |   | seizure of ... in early November"      |
| O3 an act in a who-aside or a plan, read only as the statement around it      | 4 | ex-01 "takes office on Jan. 20", yp-03 |
|    ("Trump, who takes office on ...", "X, who toured A and B earlier this      |   | "toured Seoul...", yp-04 "who resigned |
|    week, said", "intends to submit a revised application") (s13 K1)           |   | a day earlier", ar-02 "intends to"     |
| O4 an act in a that-clause of "announced"/"adding that": the act IS found,    | 5 | fj-02/03/04 "announced ... that he had |
|    but the gold anchor spans the announcement, so the statement takes it and  |   | taken control", fj-02 "adding that     |
|    the act counts extra (say)                                                 |   | Australia had suspended", fj-02/03     |
|                                                                               |   | "said Wellington would suspend"        |
| O5 a measure after an attack word in one clause: the clause takes the attack  | 1 | ex-01 "struck back at Russia ...,      |
|    word's kind ("struck back at X ..., ordering sanctions on Y")              |   | ordering sanctions on"                 |
| O6 an expulsion's term ("giving them 72 hours to leave", "were offered 72     | 2 | ex-03, ex-02 (spun)                    |
|    hrs") swallowed by the expulsion's evidence or spun out of reach (s13 S1)  |   |                                        |
| O7 closure in the passive with no agent ("The compounds will be closed at     | 2 | ex-01, ex-02 (spun "shut")             |
|    noon on Friday") (s13 S6)                                                  |   |                                        |
| O8 spun copy: the measure's words replaced ("purchasing permissions on",      | 3 | ex-02 x3                               |
|    "booting out 35 Russian mediators", "refuse ... accessibility to")         |   |                                        |
| O9 acts of perception or discovery, bodies found, people leaving by ferry     | 4 | yp-04 "heard artillery fire", "were    |
|    (other->ship_movement), a line drawn                                       |   | found in the rubble", "have left by    |
|                                                                               |   | ferry", yp-03 "had ... drawn"          |
| O10 sanctions restated by target ("as well as four GRU officers"; gold        | 2 | ex-01, ex-02                           |
|    debatable) (s13 K1)                                                        |   |                                        |
| O11 evidence cut at "if"/"while" (found, but shorter than the gold anchor)    | 2 | fj-01 "impose sanctions if",           |
|    (s13 S1)                                                                   |   | fj-01 "crashed while trying to land"   |
| FALSE other: an attack word inside a refusal ("holding back on retaliation"), | 5 | ex-04 "holding back on retaliation",   |
|    a finding's that-clause ("concluded that X had directed the hacking"), the |   | ex-04/ex-01 hacking, fj-01 "has        |
|    hacking "behind" which a state was, an offer ("has offered to suspend")    |   | offered to suspend"                    |

Beside them, heldout12 (declassified this session; its misses are helper tmiss14's) shows the blind sets' commonest
sanction confusion, sanction->other (heldout8 3, heldout13 4, heldout12 3 of 7): S1 trade measures set by a verb no
sanction pattern held ("will tighten restrictions on exports to X", "tighten curbs on shipments"), read by the generic
`other` of the bare verb.

What the still-blind sets' counts say (`--shapes` table lines of heldout5, 6, 8, 9, 11, 13, 14 at main 3b77042, acts
only; gold / missed / wrong kind): main-clause 190/61/15 (plain acts by verbs or subjects no list holds), after a speech
verb 131/55/9 (helper actsay14's), before their attribution 172/10/49 (found, but 49 read only as the statement that
covers them or as another kind: the largest kind-error class; on the dev sets: plans "X intends to submit ...", passives
"flights ... will be resumed", verbs no list holds "have since rebuilt guard posts"), coordinated 66/22/9, nominal
39/22/2, subordinate 54/11/4, passive 36/8/3. The classes fixed here are absent from those sets (their figures did not
move): the next step is the before-attribution acts read only as their statement.

Fixed this session: O1 (triggers.toml [[rare]] flag acts; merged with helper tmiss14's rules for the same heldout12
shape: theirs read the flag raised and "took it down", ours "tore down the flag"); O5 (triggers.toml: "struck back at
X ..., ordering ..." is no strike, "ordering sanctions" a sanction; actions.AGENT_BEFORE_RE: the one struck back at is
never the doer); FALSE "holding back on retaliation", "an economic retaliation" and "could not be annexed"
(triggers.toml); O3 in part: an office taken up ahead ("who takes office on Jan. 20": triggers.toml [fallback]
subject); S1 (triggers.toml [kinds].sanction and [gates]).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2021-10-15"  # a Friday

R = Row = ActRow

# O1: a flag planted, hoisted, raised, installed or torn down on disputed ground, a shelf or a seabed.
FLAGS = [
    R("A Danish naval patrol hoisted the national flag on Hans Island on Tuesday.", "other",
      "hoisted the national flag on Hans Island", "Denmark", None, "2021-10-12"),
    R("Chinese fishermen planted a flag on the disputed reef last week, the coast guard said.", "other",
      "planted a flag on the disputed reef"),
    R("Two Vietnamese activists swam ashore on Sunday and raised their country's flag over the islet.", "other",
      "raised their country's flag over the islet"),
    R("The expedition's divers installed a steel Norwegian flag on the seabed near the ridge on Monday.", "other",
      "installed a steel Norwegian flag on the seabed"),
    R("On Wednesday, Argentine students tore down the British flag at the monument.", "other",
      "tore down the British flag"),
    R("A day later, marines from the frigate pulled the banner down and hoisted a Filipino flag on the shoal.", "other",
      "hoisted a Filipino flag on the shoal"),
]

# O5: a riposte told first ("struck back at X ..."), its measures in participles after it: the first measure is the
# clause's event, of its own kind, by the subject (never the one struck back at).
RIPOSTES = [
    R("Prime Minister Mark Carney struck back at Beijing on Tuesday for the arrests, ordering sanctions on two Chinese "
      "security agencies and expelling a consul.", "sanction", "ordering sanctions on two Chinese security agencies",
      "Mark Carney"),
    R("The Dutch government struck back at Tehran on Friday, ordering new sanctions on the intelligence ministry.",
      "sanction", "ordering new sanctions on the intelligence ministry", "Netherlands"),
    R("Brussels on Monday ordered fresh sanctions on four Belarusian airlines.", "sanction",
      "ordered fresh sanctions on four Belarusian airlines"),
]

# S1 (heldout12, declassified this session: sanction->other 3; the blind sets' commonest sanction confusion): trade
# measures set by a verb no sanction pattern held ("tighten restrictions on exports to X", "tightened curbs on
# shipments"), read only by the generic `other` of the bare verb.
TRADE = [
    R("Washington on Monday tightened curbs on shipments of advanced chips to China.", "sanction",
      "tightened curbs on shipments of advanced chips", "United States", None, "2021-10-11"),
    R("The government extended restrictions on exports of gallium to the United States on Monday.", "sanction",
      "extended restrictions on exports of gallium"),
    R("Canberra said on Tuesday it will tighten restrictions on exports to Beijing of two rare minerals from Friday.",
      "sanction", "tighten restrictions on exports to Beijing", "Australia"),
    R("Ankara in 2019 expanded its ban on imports of French wine and cheese.", "sanction",
      "expanded its ban on imports of French wine", "Turkey"),
    R("Moscow on Thursday introduced new quotas on exports of fertiliser to the Baltic states.", "sanction",
      "introduced new quotas on exports of fertiliser", "Russia"),
]

# O3 (in part): an office taken up ahead or now, told in a who-aside of the speaker ("X, who takes office on Jan. 20,
# has praised ...") or plainly; the generic act verbs held only the past "took office".
OFFICE = [
    R("President-elect Luiz Inacio Lula da Silva, who takes office on Jan. 1, has promised to protect the Amazon.",
      "other", "who takes office on Jan. 1", "Luiz Inacio Lula da Silva"),
    R("Chancellor Olaf Scholz assumed office on Wednesday.", "other", "assumed office on Wednesday", "Olaf Scholz",
      None, "2021-10-13"),
    R("The new prime minister will take office on Monday, officials said.", "other", "will take office on Monday", None,
      "planned"),
]

ROWS = FLAGS + RIPOSTES + TRADE + OFFICE

MISSED: dict[str, str] = {}

NEGATIVES = [
    # a warning's idiom, never a flag raised
    ("The audit raised red flags about the ministry's spending.", ["other"], 0),
    ("The move raised a flag of concern among the allies.", ["other"], 0),
    # a flag-raising ceremony is a modifier here, and flags waved by a crowd are no act of a state
    ("Officials attended a flag-raising ceremony at the embassy.", ["other"], 0),
    # O5: the riposte is no strike of its own beside the measure it is told by
    ("Prime Minister Mark Carney struck back at Beijing on Tuesday, ordering sanctions on two Chinese security agencies.",
     ["other"], 0),
    # FALSE other: retaliation held back, refrained from or warned against is no act
    ("The president-elect praised the Kremlin for holding back on retaliation.", ["other"], 0),
    ("Seoul refrained from retaliation after the shelling.", ["other"], 0),
    # S1: limits on a state's own emissions or a club's own trade are no measure against another state ... nor is a ban
    # only debated
    ("Lawmakers debated limits on carbon emissions for a third day.", ["sanction"], 0),
    # FALSE other (heldout12): a deed denied as possible, and a measure judged as retaliation, are no acts
    ("The atoll cannot be annexed by force, the foreign minister said.", ["other"], 0),
    ("Belgrade said the islands would never be captured.", ["other"], 0),
    ("The tariff was plainly a political retaliation, analysts said.", ["other"], 0),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_an_other_act_of_session14_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_false_other_act_is_read(text: str, kinds: list[str], most: int) -> None:
    found = kinds_found(_events(text), kinds)
    assert len(found) <= most, found
