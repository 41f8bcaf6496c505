"""Session 24 (acts24): acts found and kinded on unseen text: heldout20's act misses and wrong kinds by cause.

Table 1: the required gold acts (statements apart) that main e81a359 missed (24) or gave a wrong kind (16, acts read
as statements included) on heldout20, declassified this session (the lowest blind recall, 74%), read by hand with the
events of their sentences (`timeline.evaluate -v`), by cause (the first that applies; session 23's letters, its table
of heldout9/11/16/17/18 is in tests/timeline/test_acts_session23.py):

| cause                                                                                        | missed | kind | fixed |
|----------------------------------------------------------------------------------------------|--------|------|-------|
| S  the act is told inside or before an attribution, a transcript's answer or an admission's  |      4 |    8 |     0 |
|    that-clause ("took over the city's airport, ... a spokesman said", "we supported the       |        |      |       |
|    decision ... to move those people", "the admission that its agents sank")                 |        |      |       |
| V  a verb or phrase no list held ("called Foreign Minister Ungureanu of Romania on Saturday", |      9 |    1 |     9 |
|    "He went on to Tajikistan", "has hosted approximately 800 American personnel", "the United |        |      |       |
|    Nations flew 439 Uzbek refugees from Kyrgyzstan to Romania", "left the Karshi-Khanabad air |        |      |       |
|    base", "spoke to the Forum's leaders at Rarotonga", "two mines sent the Rainbow Warrior to |        |      |       |
|    the bottom"; not fixed: "has since seen the rebel leaders")                                |        |      |       |
| K  a wrong kind of an act read (a ketch's and a yacht's voyages `other`: no craft word held    |      0 |    7 |     3 |
|    "ketch" or "yacht"; "an airborne battle group ... arrived" a voyage; "pleaded guilty" a     |        |      |       |
|    statement; protest "meetings" a meeting; "has given the US 180 days" a deployment)         |        |      |       |
| F  plans and expectations ("France is expected to explode further nuclear devices later this |      3 |    0 |     1 |
|    year" in a where-clause; "The trial is set down for the 4th of November", "are trying to  |        |      |       |
|    block a payment")                                                                          |        |      |       |
| W  a who- or which-clause ("Mr Hernu, who resigned in September": a month, no day, and a gold |      2 |    0 |     0 |
|    anchor from the name; "which the Pentagon made last week": a clause with its own subject)  |        |      |       |
| N  an act told by its noun ("the revolution in Iraq, which took place on 14 July")            |      1 |    0 |     0 |
| A  an anchor over an aside or a split act ("elected General Fuad Chehab, the army commander   |      3 |    0 |     0 |
|    who ..., as President", "boarded her ..., the crew said, and towed her", "a Japanese one")  |        |      |       |
| D  a stretch for a day ("was flown out to Manas ... over the past two weeks")                 |      1 |    0 |     0 |
| O  read alone but not in its excerpt ("has since sent the carrier Wasp home")                 |      1 |    0 |     0 |
| all                                                                                          |     24 |   16 |    13 |

S is speak24's this session (the act before a trailing ", X said"); V is again the largest of the acts' own causes, and
its words recur across stories: a phone call told as "called <minister or Mr/Ms name> on <day> / to <purpose>", an
address "spoke to <leaders> at <place>", a count of forces a place "has housed" or "has hosted" (a deployment), people flown or
carried from one place to another (an airlift, `other`), forces that "have taken up positions", a ship "sent to the
bottom", ships "recalled to" a port, a nuclear test ahead in the plain form (triggers.toml [[rare]]); a trip "went on to
<place>", a travel verb's named place after "the" ("left the Karshi-Khanabad air base") and a move of forces, their
aircraft or equipment read as a deployment, not `other` ("their heavy equipment was flown back to Agra": travel.py,
travel.toml). K: sailing craft in military.toml's ship types ("ketch", "yacht", "schooner"). W: a who-clause dated by a
month with no year is the story's (relacts), never speech ("who first asked for help in May") or a year's background
("who was born in May 1950"); a who-clause's act drafted with a named head starts its evidence at the name ("Mr
Hernu, who resigned in September": the doer named, and an anchor from "who" still lies inside). Known limit left: a
craft word used as a modifier ("the yacht club", as "the tanker company" already is) still makes a ship word.
heldout20 74/90/87/96 -> 79/90/90/95 (dates 124/129 -> 132/139). Rows are fresh sentences (other crises, outlets and
years); each row failed on main e81a359, each guard passed there. The dev corpus `tests/data/dev24-acts` (the Maldives
1988, Bahrain 2011; gold frozen before the first run) holds these shapes in running copy: 78/90/86/96 -> 93/90/100/97.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_any, make_excerpt, shown
from timeline.events import extract

# (text, published, kind, anchor, actor or None (not checked), day or None (undated) or "" (not checked))
ROWS = [
    # K: sailing craft are ships (military.toml ship_types)
    ("Coast guards are looking for a yacht, the Marlin, which left Suva for Tonga on Tuesday.", "2000-06-01",
     "ship_movement", "the Marlin, which left Suva for Tonga on Tuesday", None, "2000-05-30"),
    ("A Dutch ketch, the Zeemeeuw, reached Stanley on Sunday with supplies aboard.", "1982-05-04", "ship_movement",
     "A Dutch ketch, the Zeemeeuw, reached Stanley on Sunday", None, "1982-05-02"),
    ("The schooner Bounty II sailed from Papeete on Friday.", "1995-09-05", "ship_movement",
     "The schooner Bounty II sailed from Papeete on Friday", None, "1995-09-01"),
    # V: a phone call to a minister or to a person named with an honorific, with its day or its purpose
    ("Ms Albright called Foreign Minister Primakov of Russia on Thursday to discuss Kosovo.", "1998-10-09", "meeting",
     "called Foreign Minister Primakov of Russia on Thursday", None, "1998-10-08"),
    ("Mr Chirac called Mr Kohl on Sunday to thank him.", "1996-01-16", "meeting", "Mr Chirac called Mr Kohl on Sunday",
     None, "1996-01-14"),
    # V: a trip told onward
    ("The envoy flew to Nairobi on Monday. He went on to Kampala the next day.", "2001-03-09", "other",
     "He went on to Kampala the next day", None, "2001-03-06"),
    # V: forces a place has housed or hosted
    ("The airfield at Aviano has housed some 2,000 U.S. airmen since 1994.", "1999-03-20", "deployment",
     "has housed some 2,000 U.S. airmen", None, ""),
    ("The island has hosted some 1,700 American sailors and airmen since 1971.", "1991-01-10", "deployment",
     "The island has hosted some 1,700 American sailors and airmen", None, ""),
    # V: people flown from one place to another (an airlift)
    ("The Red Cross flew 300 refugees from Goma to Kigali on Wednesday.", "1996-11-15", "other",
     "The Red Cross flew 300 refugees from Goma to Kigali on Wednesday", None, "1996-11-13"),
    # V: forces, their aircraft or equipment moved (travel.py: a deployment), a named place after "the"
    ("Their armour was flown back to Ramstein on Saturday.", "1999-06-22", "deployment",
     "Their armour was flown back to Ramstein on Saturday", None, "1999-06-19"),
    ("The last French Mirage jets left N'Djamena on Friday.", "1984-11-12", "deployment",
     "The last French Mirage jets left N'Djamena on Friday", None, "1984-11-09"),
    ("The last Soviet aircraft left the Cam Ranh base on Monday.", "2002-05-08", "deployment",
     "The last Soviet aircraft left the Cam Ranh base on Monday", None, "2002-05-06"),
    # W: a who-clause dated by a month with no year
    ("Mr Yilmaz, who resigned in November, has kept his seat in parliament.", "1998-12-10", "other",
     "who resigned in November", "Yilmaz", "1998-11-01"),
    # W: a who-clause's act names its doer: its evidence starts at the head's name (heldout20's anchor "Mr Hernu, who
    # resigned in September"; the evidence held "who resigned ..." only, which an anchor from "who" still lies in)
    ("Mrs Cresson, who quit on Tuesday, has kept her seat.", "1992-04-03", "other", "Mrs Cresson, who quit on Tuesday",
     "Cresson", "1992-03-31"),
    # V: forces that have taken up positions
    ("The Ecomog force has taken up positions along the Mano river.", "1998-02-12", "deployment",
     "has taken up positions along the Mano river", None, ""),
    # V: people carried from one place to another (heldout18's "carried the first 57 wounded Cubans to Havana")
    ("An RAF Hercules carried 90 evacuees from Freetown to Dakar on Thursday.", "2000-05-12", "other",
     "carried 90 evacuees from Freetown to Dakar on Thursday", None, "2000-05-11"),
    # V: ships recalled to a port (heldout18's "the Royal Navy ships were recalled to Portsmouth")
    ("The two Danish frigates were recalled to Copenhagen on Friday.", "2006-02-06", "ship_movement",
     "The two Danish frigates were recalled to Copenhagen", None, ""),
    # F: a nuclear test ahead in the plain form
    ("China is expected to explode another nuclear device at Lop Nur before the moratorium.", "1996-06-01",
     "nuclear_test", "China is expected to explode another nuclear device", None, ""),
    # V: a ship sent to the bottom (a sinking)
    ("A limpet mine sent the patrol boat Tarik to the bottom of Aden harbour on Tuesday.", "1986-01-16", "other",
     "sent the patrol boat Tarik to the bottom of Aden harbour", None, "1986-01-14"),
    # V: an address to other leaders at a named place (a meeting)
    ("Mr Mbeki spoke to the SADC leaders at Maputo on Saturday.", "2003-08-26", "meeting",
     "spoke to the SADC leaders at Maputo", None, "2003-08-23"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS, ids=[r[3][:40] for r in ROWS])
def test_acts24_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# (text, kind, words): the non-act senses of the new words: no event of that kind holds the words.
NOT_ACTS = [
    ("The opposition called Mr Kohl a traitor.", "meeting", "called Mr Kohl"),
    ("The president called on Defence Minister Ali Saleh to resign on Monday.", "meeting", "called on Defence Minister"),
    ("He called for the foreign minister to resign on Monday.", "meeting", "called for the foreign minister"),
    ("Protesters have hosted nightly rallies in the square.", "deployment", "hosted nightly rallies"),
    ("Jordan has housed 600,000 refugees since 2012.", "deployment", "housed 600,000 refugees"),
    ("Qatar has hosted the foreign ministers of the Gulf states twice this year.", "deployment", "hosted the foreign"),
    ("The port has hosted British warships and troops since 1945.", "deployment", "hosted British warships"),
    ("Air France flew two million passengers last year.", "other", "flew two million passengers"),
    ("The team went on to win the final on Sunday.", "other", "went on to win"),
    ("Mr Kohl went on to say that Germany had no wish to send troops.", "other", "went on to say"),
    ("The Air India aircraft left Male on Monday.", "deployment", "The Air India aircraft left Male"),
    ("Mr Smith, who was born in May 1950, said nothing.", "other", "who was born in May 1950"),
    ("Mr Mendez, who joined the party in 2014, said nothing.", "other", "who joined the party in 2014"),
    ("Chamoun, who first asked for help in May, told the envoy he was grateful.", "other", "who first asked for help"),
    ("The minister took up the position that talks were futile.", "deployment", "took up the position"),
    ("The ferry carried 200 passengers last year.", "other", "carried 200 passengers"),
    ("The ambassador was recalled to Paris on Monday.", "ship_movement", "The ambassador was recalled"),
    ("The scandal sent the party to the bottom of the polls.", "other", "sent the party to the bottom"),
    ("The bomb could explode at any moment, the police said.", "nuclear_test", "explode at any moment"),
    ("He spoke to reporters in Paris on Monday.", "meeting", "spoke to reporters in Paris"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS, ids=[r[2] for r in NOT_ACTS])
def test_acts24_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)
