"""Session 14 (helper tmiss14, issue 4): heldout12's timeline errors by shape, once it was declassified, and fresh rows
for each class fixed (sentences written from general knowledge about other crises and outlets, never that set's text).

The table, from `python -m timeline.evaluate --corpus tests/data/heldout12 -v` (also --shapes, --date-causes -v,
--by-kind) at main 3974c63: recall 82%, precision 86%, kind 88%, dates 94% (113/120). Left to other helpers this
session: acts recorded only as the statement that reports them (actsay14) and statements, their speakers and their
own dates (speak14). "(h10)" marks a shape session 13's heldout7/heldout10 tables also hold.

MISSED ACTS (27 gold acts missed; those of this helper's classes:)
  M1 a flag raised, hoisted or planted on disputed ground, or torn or taken down ("raised a Greek flag on the larger
     islet on Friday", "tore it down and hoisted a Turkish one", "On Saturday, Turkish journalists planted their flag",
     "on Sunday, Greek sailors took it down"; h10: "dived ... and planted a titanium Russian flag", "installed a
     Russian state flag")                                                   5  im-01 x2, im-02, im-03 x2  (h10)
  M2 an export curb or a removal from a trade list told as a plan or spun ("will start procedures to remove South
     Korea from a 'white list'", "tighten curbs on shipments to", "take away ... from a 'white record'")  3  jk-01, jk-02 x2
  M3 the act found, its evidence short of the gold anchor (a relative clause's head left out: "a Greek navy helicopter
     that had taken off ... crashed", "a change that takes effect on 28 August", "Greece, which had sent 14 warships";
     a reduced relative's when-clause cut as the main clause: "The three naval officers killed when their helicopter
     went down"; "after a night of telephone calls")                       5  im-01, jk-04, im-02 x2, im-04  (h10 S1)
  M4 a planned sitting or greeting by a verb no list holds ("The European Parliament will debate the crisis on
     February 15", "will greet the three Americans ... late Thursday")      2  im-04, sw-01
  M5 an inverted passive list ("Among those handed back to Moscow was X")    2  sw-01, sw-02
  M6 a main-clause act after a subject with an act of its own in a who-clause ("Paul Whelan, ... who was arrested in
     ... December 2018, walked off a plane in Maryland late Thursday"), a reduced passive apposition ("one of 16
     prisoners released by Russia and Belarus")                            2  sw-02 x2  (h10 S5)
  M7 a noun act with a verb of sequence ("a second ruling against X followed a month later")  1  jk-01  (h10 S2)
  M8 one event for two golds ("the navy commandos landed ... on Sunday had been ordered back to their ships")  1  im-01
  M9 a protest march and a naval standoff's ships told inside a speech sentence ("Thousands of demonstrators ...
     marched on parliament", "the standoff had by then drawn some 10 warships"; kinds statement)  2  im-03, im-01

KIND ERRORS (of this helper's classes)
  K1 an export curb or a removal from a trade list as `other`, not a sanction ("will tighten restrictions on exports
     to", "restrictions on exports ... took effect today", "approved the removal of South Korea from Japan's list of
     trusted trading partners")                                             3  jk-01, jk-03, jk-04
  K2 troops that land ("the navy commandos landed on the larger islet", "Turkish commandos ... had landed overnight")
     as a ship's movement or `other`, not a deployment                      2  im-01 x2
  K3 an agreement to withdraw ("agreed early on Wednesday to withdraw their forces") as a deployment  1  im-01
  K4 a warship count sent ("which had sent 14 warships to the area") read twice, the wrong one matched (see M3)  1  im-02

FALSE EVENTS (of this helper's classes)
  X1 the found act's evidence short of the anchor (M3's other half)        4  im-01, jk-04, im-02, im-04
  X2 a second predicate that retells the first ("was convicted of espionage ... and sentenced to 16 years")  2  sw-01, sw-02
  X3 states and descriptions read as acts: a quote's passive of a result ("has been significantly damaged"), a judged
     quote ('were "clearly an economic retaliation"'), a negated modal ("could not be annexed"), an abstract subject
     ("Germany's duty ... had prevailed"), a partial quote's description ('people "unjustly imprisoned" abroad' x2)  6
     jk-01, jk-03, im-02, sw-01, sw-03 x2  (h10 X7/X9)
  X4 background in a relative clause with no day ("a 1965 agreement that normalized bilateral ties", "who had been
     sentenced in Germany to life imprisonment")                            2  jk-01, sw-03
  X5 a proposal's content read as an act ("proposed last week that Turkey take its claim to the ICJ")  1  im-04  (h10 X11)

WRONG DATES (of this helper's classes; statements' own days are speak14's)
  D1 a spun year with its month ("In October final yr": the year, not October)  1  jk-02
  D2 a reduced relative's when-clause day taken by the main act ("killed when their helicopter went down off Imia last
     week were buried ... on Saturday": last week)                          1  im-04

Fixed here (largest first): M1 (triggers.toml [[rare]]: a flag's own verbs, and in a flag story "took it down" /
"hoisted a Turkish one"); K1 and M2's spun plan (triggers.toml [[rare]] sanctions: curbs on exports/shipments/sales,
a curb taking effect (`actions.TAKES_EFFECT_RE`: the `other` "took effect" reading becomes the sanction holding it), a
state removed from a trade list; speech.toml [tense] future: "it's going to", "it'll"). M2's "said it will start
procedures to remove X from a 'white list'" stays missed: a plan in reported words with no date of its own is left
to the statement by design (actsay14's class), and the scare-quoted list name is blanked. M3's relative clause on
the subject with "that" ("a Greek navy helicopter that had taken off from the frigate ... crashed"): a hole in the main
clause (timeline/thatholes.py, data/thatholes.toml; `attributes.relative_holes`, `events._foreign_clause`), not a clause
break that left the subject alone and gave the main act the clause's day; an act inside such a clause with no day of
its own is no act (`actions.find_actions`). K2 (triggers.toml deployment: troops landed on a place or gone ashore;
on the blind sets kind and dates rise on heldout13 with one extra event there, so it is a commit of its own). M4 (triggers.toml [[rare]] meetings: a chamber's debate ahead, a
party greeted at a place). M5 (triggers.toml [[rare]]: "Among those handed back ... was X"). X2 (the verdict
rule reads "convicted ... and sentenced" whole). D1 (datewords: a month or day before a year named by dates.toml's
one-word period modifiers, "In October final yr"). D2 (thatholes.py: a when-clause after a participle on the
subject, "The officers killed when their helicopter went down last week were buried on Saturday", is a hole too).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import (
    ActRow,
    check_resolved,
    check_row,
    kinds_found,
    make_excerpt,
    missed_cases,
)
from timeline.events import extract_strict
from timeline.thatholes import that_holes

PUBLISHED = "2021-10-15"  # a Friday

R = ActRow

# M1: a flag raised, hoisted, planted, unfurled or installed, and in a story about a flag one torn or taken down.
FLAGS = [
    R("Moroccan gendarmes landed on the uninhabited islet of Perejil on Thursday and raised two Moroccan flags.",
      "other", "raised two Moroccan flags", "Morocco", None, "2021-10-14"),
    R("Argentine scrap-metal workers raised their national flag at Leith Harbour on South Georgia on Friday, the Foreign "
      "Office said.", "other", "raised their national flag at Leith Harbour", "Argentina", None, "2021-10-15"),
    R("A group of Japanese nationalists swam ashore on Uotsuri on Sunday and hoisted Japanese flags, the coast guard said.",
      "other", "hoisted Japanese flags", "Japan"),
    R("Activists from Hong Kong unfurled Chinese and Taiwanese flags on the island on Wednesday before police detained "
      "them.", "other", "unfurled Chinese and Taiwanese flags on the island on Wednesday", None, None, "2021-10-13"),
    R("The mayor hoisted the city's flag over the town hall on 3 March.", "other", "hoisted the city's flag", None, None,
      "2021-03-03"),
    R("Police said the men had raised the flag of the banned group over the mosque on Friday.", "other",
      "raised the flag of the banned group", None, None, "2021-10-15"),
    R("Canadian soldiers planted a flag on Hans Island in July 2005. A week later Danish sailors took it down and left a "
      "bottle of schnapps.", "other", "Danish sailors took it down", "Denmark"),
    R("After the Danish navy planted a flag on the rock on Monday, Canadian troops tore it down and hoisted a Canadian "
      "one.", "other", "the Danish navy planted a flag on the rock on Monday", "Denmark", None, "2021-10-11"),
    R("After the Danish navy planted a flag on the rock on Monday, Canadian troops tore it down and hoisted a Canadian "
      "one.", "other", "hoisted a Canadian one", "Canada"),
    R("On Tuesday, Vietnamese fishermen installed a flag on the reef, the state newspaper Thanh Nien reported.",
      "other", "installed a flag on the reef", "Vietnam", None, "2021-10-12"),
    # in a when- or after-clause, and in a fronted clause with no named subject (no open-verb fallback reads these)
    R("The row began when a local councillor, accompanied by two journalists, raised a national flag on the sandbank on "
      "Friday.", "other", "raised a national flag on the sandbank on Friday", None, None, "2021-10-15"),
    R("Tensions rose after the governor hoisted the provincial flag on the disputed reef on 4 May.", "other",
      "the governor hoisted the provincial flag on the disputed reef on 4 May", None, None, "2021-05-04"),
    R("The standoff built up over a week. On Saturday, nationalist students planted their flag on the rock for the "
      "cameras; on Sunday, coast guard officers took it down.", "other",
      "On Saturday, nationalist students planted their flag on the rock", None, None, "2021-10-09"),
    R("The standoff built up over a week. On Saturday, nationalist students planted their flag on the rock for the "
      "cameras; on Sunday, coast guard officers took it down.", "other", "on Sunday, coast guard officers took it down",
      None, None, "2021-10-10"),
    R("A day later fishermen from the mainland, ferried in by trawler, tore it down and hoisted a Chinese one after the "
      "activists had raised a flag there.", "other", "tore it down"),
    R("A day later fishermen from the mainland, ferried in by trawler, tore it down and hoisted a Chinese one after the "
      "activists had raised a flag there.", "other", "hoisted a Chinese one"),
]

# K1: a trade curb on another state with its goods after "on", the curb taking effect, and a state struck off a trade
# list: sanctions, not `other`.
CURBS = [
    R("Washington will tighten restrictions on sales of advanced chips to China from next month, the Commerce Department "
      "said.", "sanction", "tighten restrictions on sales of advanced chips to China", "United States", "planned",
      "2021-11-01"),
    R("China's curbs on exports of gallium and germanium to the United States came into force on Tuesday.", "sanction",
      "curbs on exports of gallium and germanium to the United States came into force on Tuesday", None, None,
      "2021-10-12"),
    R("Russia's restrictions on exports of grain to Kazakhstan took effect on Monday, the agency reported.", "sanction",
      "restrictions on exports of grain to Kazakhstan took effect on Monday", None, None, "2021-10-11"),
    R("The cabinet approved the removal of South Korea from Japan's list of trusted trading partners on 2 August.",
      "sanction", "approved the removal of South Korea from Japan's list of trusted trading partners", None, None,
      "2021-08-02"),
    R("On Friday the government dropped Turkey from its list of preferred trading partners.", "sanction",
      "dropped Turkey from its list of preferred trading partners", None, None, "2021-10-15"),
    # a plan told with "it's going to" (contracted) looks forward like "it will": the Thursday ahead of the writing
    # (Friday 15th), not the one before it
    R("The government said it's going to tighten curbs on shipments to Lithuania from Thursday.", "sanction",
      "tighten curbs on shipments to Lithuania", None, "planned", "2021-10-21"),
]

# M3 (part): a restrictive "that"-clause on the subject is a hole in the main clause (timeline/thatholes.py): the act's
# evidence holds its subject with the clause, and its day is its own, not the clause's.
THAT_HOLES = [
    R("A Ukrainian drone that had taken off from a field near Sumy crashed into a house in Kursk on Tuesday.", "other",
      "A Ukrainian drone that had taken off from a field near Sumy crashed into a house", None, None, "2021-10-12"),
    R("A grain ship that left Odesa on Monday struck a mine off Romania on Wednesday.", "other",
      "A grain ship that left Odesa on Monday struck a mine", None, None, "2021-10-13"),
    R("A grain ship that left Odesa on Monday struck a mine off Romania on Wednesday.", "ship_movement",
      "left Odesa on Monday", None, None, "2021-10-11"),
    R("A tanker that was seized by the Revolutionary Guards in April was released on Monday.", "other",
      "A tanker that was seized by the Revolutionary Guards in April was released on Monday", None, None, "2021-10-11"),
    R("The convoy that crossed the border on Saturday reached Kherson on Monday.", "other|deployment",
      "The convoy that crossed the border on Saturday reached Kherson", None, None, "2021-10-11"),
    R("A court that convicted him in 2019 ordered his release on Thursday.", "other",
      "A court that convicted him in 2019 ordered his release", None, None, "2021-10-14"),
    R("Officials said the patrol boat that rammed the trawler returned to port on Sunday.", "ship_movement",
      "the patrol boat that rammed the trawler returned to port on Sunday", None, None, "2021-10-10"),
    # D2: the main act keeps its own day, not the when-clause's on the participle
    R("The two soldiers wounded when a mine exploded near their patrol last month were flown home on Sunday.", "other",
      "were flown home on Sunday", None, None, "2021-10-10"),
    R("The two soldiers wounded when a mine exploded near their patrol last month were flown home on Sunday.", "other",
      "when a mine exploded near their patrol last month", None, None, "2021-09-01"),
]

# K2: troops that land on an island, a beach or a rock, or go ashore, are deployed (not a ship's movement or `other`).
LANDINGS = [
    R("A dozen Japanese marines landed on the disputed island on Sunday.", "deployment",
      "A dozen Japanese marines landed on the disputed island", "Japan", None, "2021-10-10"),
    R("Chinese commandos, in what Manila called a provocation, had landed overnight on the shoal.", "deployment",
      "had landed overnight on the shoal", "China"),
    R("British Royal Marines went ashore on the island on Thursday, the ministry said.", "deployment",
      "British Royal Marines went ashore on the island", "United Kingdom", None, "2021-10-14"),
]

# M5: people named by an inverted passive list ("Among those handed back to Moscow was X"): the release told of them.
AMONG = [
    R("Among those handed back to Tehran was a scientist convicted of smuggling.", "other",
      "Among those handed back to Tehran was a scientist"),
    R("Among the diplomats expelled on Tuesday was the military attache.", "sanction",
      "Among the diplomats expelled on Tuesday was the military attache", None, None, "2021-10-12"),
    R("Among the prisoners freed in the exchange were two French aid workers, the Elysee said.", "other",
      "Among the prisoners freed in the exchange were two French aid workers"),
]

# M4: a chamber's debate ahead and a party greeted in person at a place: meetings.
MEETINGS = [
    R("The Bundestag will debate the deployment on 12 November, officials said.", "meeting",
      "The Bundestag will debate the deployment on 12 November", None, "planned", "2021-11-12"),
    R("Lawmakers are due to debate the sanctions bill on Thursday.", "meeting",
      "Lawmakers are due to debate the sanctions bill", None, "planned", "2021-10-21"),
    R("The prime minister will greet the freed hostages at Ciampino airport on Sunday.", "meeting",
      "will greet the freed hostages at Ciampino airport", None, "planned", "2021-10-17"),
    R("The president greeted the returning sailors on the tarmac on Friday.", "meeting",
      "The president greeted the returning sailors on the tarmac", None, None, "2021-10-15"),
]

ROWS = FLAGS + CURBS + THAT_HOLES + LANDINGS + AMONG + MEETINGS

MISSED: dict[str, str] = {}

NEGATIVES = [
    # a warning, never a flag raised
    ("The auditors raised a red flag over the ministry's accounts on Tuesday.", ["other"], 0),
    ("Analysts have raised red flags about the deal.", ["other"], 0),
    # a matter raised that names a flag
    ("The ministry raised the issue of the flag with Ankara on Monday.", ["other"], 0),
    ("Lawmakers raised concerns about the flag law on Monday.", ["other"], 0),
    # a flag not lowered: a state, denied
    ("The Turkish flag had not been lowered, the minister stressed.", ["other"], 0),
    # "took it down" with no flag in the story
    ("The council took it down a notch on Monday.", ["other"], 0),
    # a law or truce that takes effect is no sanction; nor a country's own standing rule
    ("The new citizenship law took effect on Monday.", ["sanction"], 0),
    ("The country has long had restrictions on exports of antiques.", ["sanction"], 0),
    ("The ministry said it would remove the names from the list of candidates.", ["sanction"], 0),
    # aircraft that land on a runway or a carrier are no troops deployed
    ("Two fighter jets landed at the air base on Monday.", ["deployment"], 0),
    ("The diverted aircraft landed safely at 13:16, and all passengers were checked.", ["deployment"], 0),
    ("The marines' helicopter landed on the carrier deck on Monday.", ["deployment"], 0),
    # an act told in a "that"-clause on the subject with no day of its own is the subject's background, no act
    ("A grain ship that left Odesa struck a mine off Romania on Wednesday.", ["ship_movement"], 0),
    # X2: one verdict that carries its sentence is one act, not two
    ("The reporter was convicted of espionage in a closed trial on 19 July and sentenced to 16 years.", ["other"], 1),
    ("The pilot was convicted of spying in June 2020 and later sentenced to 13 years in a prison camp.", ["other"], 1),
    # a view greeted, a question debated: no meeting
    ("Investors greeted the decision with relief at the opening bell.", ["meeting"], 0),
    ("The assembly is expected to debate whether to extend the mandate next week.", ["meeting"], 0),
    # an inverted list with no release, arrest or expulsion
    ("Among those who spoke at the rally was the mayor.", ["other"], 0),
]


# X2: ... while an arrest and a later sentence stay two acts.
TWO_ACTS = [
    ("The activist was arrested in May and sentenced to 16 years in October.", ["arrested in May", "sentenced to 16 years"]),
]


# D1: a month with a spun "final yr" / "ultimate yr" (last year) is that month of the year before the writing.
SPUN_YEARS = [
    ("In October final yr, the court ordered the firm to pay damages.", "In October final yr", "2020-10-01", "2020-10-31"),
    ("In June ultimate yr the army left the border.", "In June ultimate yr", "2020-06-01", "2020-06-30"),
    ("The talks resumed in March subsequent yr.", "in March subsequent yr", "2022-03-01", "2022-03-31"),
]


# M3: where a "that"-clause is a hole and where it is not (a clause of speech or thought after its noun, no main verb
# after the clause, a noun in "-ed" that is no verb).
HOLES = [
    ("A navy helicopter that had taken off from the frigate crashed into the sea.", ["that had taken off from the frigate "]),
    ("Officials said that the ship that left Odesa sank.", ["that left Odesa "]),
    ("A deal that ended the war was signed in 1995.", ["that ended the war "]),
    ("The warning that the ship left port was ignored.", []),
    ("The claim that Russia fired the missile surprised analysts.", []),
    ("He said the army would send troops that could reach the town by Friday.", []),
    ("It was his answer to a Russian expedition that planted its flag on the seabed under the Pole last week.", []),
    ("A ship that had been seized was released.", []),
    # D2: a when-clause after a participle on the subject ("The officers killed when ... last week were buried")
    ("The two soldiers wounded when a mine exploded near their patrol last month were flown home on Sunday.",
     ["when a mine exploded near their patrol last month "]),
    ("The ministry said the ship, detained when it entered the strait, was released.", []),
    ("Police detained the two men when they entered the strait.", []),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_an_act_of_heldout12s_shapes_is_read(row: ActRow) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_extra_act_is_read(text: str, kinds: list[str], most: int) -> None:
    found = kinds_found(_events(text), kinds)
    assert len(found) <= most, found


@pytest.mark.parametrize(("text", "holes"), HOLES, ids=[h[0][:48] for h in HOLES])
def test_a_that_clause_on_the_subject_is_a_hole(text: str, holes: list[str]) -> None:
    assert [text[a:b] for a, b in that_holes(text, 0, len(text))] == holes


@pytest.mark.parametrize(("text", "anchors"), TWO_ACTS, ids=[t[0][:48] for t in TWO_ACTS])
def test_an_arrest_and_a_later_sentence_are_two_acts(text: str, anchors: list[str]) -> None:
    events = [e for e in _events(text) if e.kind.value == "other"]
    holders = [[i for i, e in enumerate(events) if a in e.evidence.exact] for a in anchors]
    assert all(holders) and holders[0] != holders[1], [e.evidence.exact for e in events]


@pytest.mark.parametrize(("text", "phrase", "start", "end"), SPUN_YEARS, ids=[t[1] for t in SPUN_YEARS])
def test_a_month_of_a_spun_year_is_that_years_month(text: str, phrase: str, start: str, end: str) -> None:
    check_resolved(text, phrase, PUBLISHED, "past", date.fromisoformat(start), date.fromisoformat(end))
