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
to the statement by design (actsay14's class), and the scare-quoted list name is blanked.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

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

ROWS = FLAGS + CURBS

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
