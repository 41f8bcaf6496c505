"""Gold acts missed in sentences where the tool finds nothing or only another kind (session 16, helper other16; issue 4).

Fresh sentences written from general knowledge about other crises, outlets and years (never a corpus's text). Each row:
the anchor lies in an event of the row's kind, by the row's actor (None: not checked). Negative rows hold no more events
of the kinds named than allowed.

The table: every required gold ACT (not statement: helper stmt16's) missed whose sentence yields nothing, only another
kind, or an act of its kind that does not hold it, on the declassified sets (heldout9, new this session; heldout13,
heldout7, heldout10, heldout12) and the dev sets (eval, gaps, gaps2, heldout, heldout2, heldout3, heldout4, fresh6,
dev11-*, dev12-*), by WHY nothing fired, from `python -m timeline.evaluate --corpus DIR -v` and a per-sentence listing of
the extracted events at main 8988669. n = declassified / dev.

| why nothing fired                                                                | n      | examples (excerpt: shape)                     |
|----------------------------------------------------------------------------------|--------|-----------------------------------------------|
| V  the act word or its frame is in no list: emergency rule "introduced", a day   | 18 / 9 | kz-02 "introduced a state of emergency",      |
|    of mourning declared (passive, subject the day), "tried to storm", a supply    |        | kz-02 "<day> has been declared a day of        |
|    "turned off", forces "placed on a higher state of readiness", "decided to      |        | mourning", kz-01 "crowds tried to storm",     |
|    review relations", "lost their posts", a pipeline "fell silent", "set off an   |        | ma-04 "turned off the gas to", cu-01/cu-03,   |
|    explosion" with no nuclear word, submersibles "dived"/"reached the seabed",    |        | ma-01, kz-04, ma-04, cu-04; h13 hn-02 (a body |
|    "marched on parliament", "heard artillery fire", "took ... action", a body     |        | suspends a member), hn-03; h7 yp-03, yp-04;   |
|    suspending a member state, "was back in"; dev: "heard gunfire", "joined the    |        | h10 ar-01, ar-04; h12 im-03; dev bs-02, eq-02,|
|    march", "took samples", "presented fragments", "issued a missile alert", ...   |        | sk-04, ch-03, nk-01, gx-03, qt-01, kr-02      |
| R  an act in reported words or a quote, read only as its statement (clause16's   | 14 / 15| kz-01 "said the first units had arrived",     |
|    and actsay's shapes: "said X had Y", "adding that", "would respond")          |        | kz-03 "says ... are flying troops", ex-01     |
| N  an act told as a noun ("The withdrawal began on <day>", "the arrest of 17 of  | 11 / 1 | kz-04 x2, ma-03 x3, cu-04, kz-02, hn-02,      |
|    its members" after "announced ... the dismantling of X and", "the loss of a   |        | fj-04 x2, yp-04; dev sk-04                    |
|    <craft>", "followed two days later by the quarantine", "consultations")        |        |                                               |
| X  machine-spun copy: a rewriter's synonyms for act words (relations           | 9 / 1  | ma-02 x4, ex-02 x5; dev kr-03                 |
|    "damaged", envoys "remembered", killings "eliminated", expulsions "booted"):   |        | (left to parity's near-duplicate detection:   |
|    no word-list rows (lead, NEWS 10:36)                                          |        | lead's ruling)                                |
| S  an act in a subordinate or relative clause ("a contract that expires on <day>",| 6 / 4 | ma-01, ma-02, kz-01, cu-01, hn-02, pj-04;     |
|    "after the government lifted", "who spent Friday on the telephone")           |        | dev pz-03, ru-01, tp-03, gx-03                |
| C  a predicate or a new clause in a series set off by commas ("X cut ties on     | 4 / 1  | kz-01 ", declared a state of emergency and",  |
|    <day>, closed its airspace to Y on <day>, and ...", ", Russian-led troops have|        | ma-04 ", closed its airspace", kz-03, cu-04;  |
|    landed at", ", another U-2 strayed over")                                     |        | dev pi-01                                     |
| T  travel: "is sending <person> to <city>", "flew there on <day>"               | 2 / 0  | cu-02, cu-04                                  |
| P  a passive in the reporter's own clause ("was hailed and allowed through",     | 2 / 1  | cu-04, pj-04; dev kr-02 ("in May 2018")       |
|    "were lifted off by helicopter")                                              |        |                                               |
| A  an agreement told by "agreed to <verb>" or a noun ("a truce, agreed on <day>")| 1 / 1  | pj-04; dev gx-03                              |
| E  the act is read but its evidence stops short of the anchor ("stormed and set  | 2 / 0  | kz-01, kz-03                                  |
|    fire to", '26 "armed criminals" have been killed and 18 wounded')             |        |                                               |

The still-blind sets' `--shapes` at main 8988669 (act primary class: gold / missed / covered by a statement): coordinated
heldout11 14/7/1, heldout15 11/2/0, heldout5 6/1/0; nominal heldout5 8/6/3, heldout11 6/3/0; main-clause heldout5 29/5/0,
heldout15 28/5/3. `--verb-classes` heldout11: act passive missed 10/22, a verb no list holds 3.

Fixed this session (rows below): V in part, as data (triggers.toml [[rare]], session 16): emergency rule by rarer verbs
("introduced/proclaimed/reimposed a state of emergency, martial law, a curfew"), days of mourning declared (active and
the passive with the day as subject), deaths told by "died" after a count of people with a day of their own, assaults
tried ("tried/attempted to storm, break into, seize ..."), supplies "turned/switched/shut off"; fire heard by witnesses,
a crowd joining a march, samples taken, public alerts issued, posts lost, a withdrawal begun told by its noun, forces
placed on readiness in the passive, sailings suspended, unrest that broke out or erupted, a truce broken, officials'
"were liquidated"; ground retaken in the perfect. C (attributes.series_cuts; commaclauses.py): a predicate of a comma
series with an object of its own and no closing "and <verb>", a declaration with its object inside a series, the middle
clause of "A, B, and C" with its own subject. N in part (announced.dated_noun_acts): act nouns an announcement names
right after its own day. E (attributes.and_cuts): "stormed and set fire to" one act, "have been killed and 9 wounded" one
tally. Tried and dropped for blind losses: "died" with no day (a heldout6 extra), "eliminated <N> individuals" (a
heldout6 parity link), submersibles as vessels (heldout10 precision and a link).

After these fixes (wt-other16 f187294), required gold acts missed: declassified 89 -> 72 (heldout9 41 -> 27, heldout13
15 -> 14, heldout7 14 -> 12, heldout10 10, heldout12 9), dev 49 -> 44 (eval 2 -> 1, heldout2 6 -> 5, heldout4 9 -> 8,
dev12-kinds 4 -> 2). Left: R (reported words, clause16's and actsay's), S (subordinate clauses, clause16's), X (spun,
by ruling), N (nouns with no day: "the loss of <craft>", "flights between <days>", acts named as a matter: "investigations
into the murder of"), a body suspending a member state (kind16's ruling b), travel with no day ("is sending <envoy> to
<city>"), a subject cut off by a participle aside inside a subordinate clause ("after X, chaired by Y, decided to ...").
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2024-05-17"  # a Friday

R = Row = ActRow

# V: acts of a general family told by a verb or frame no list held.
FAMILIES = [
    # emergency rule by rarer verbs
    R("On Tuesday the Ecuadorean president introduced a state of emergency in three coastal provinces.", "other",
      "introduced a state of emergency", None, None, "2024-05-14"),
    R("President Mariam Tellez proclaimed martial law across the country on Sunday.", "other",
      "proclaimed martial law", "Mariam Tellez", None, "2024-05-12"),
    R("The military council reimposed the nightly curfew in Khartoum on Wednesday.", "other",
      "reimposed the nightly curfew", None, None, "2024-05-15"),
    # days of mourning: declared in the active, and the passive whose subject is the day
    R("Monday has been declared a day of national mourning for the victims of the landslide.", "other",
      "has been declared a day of national mourning", None, None, "2024-05-13"),
    R("The Chilean government declared three days of national mourning on Thursday.", "other",
      "declared three days of national mourning", None, None, "2024-05-16"),
    # a day of mourning declared is the act alone, no statement beside it
    R("The Chilean government declared three days of national mourning on Thursday.", "other",
      "declared three days of national mourning", "Chile", None, "2024-05-16"),
    # deaths told by "died" after a count of people
    R("Fourteen people died in the fighting around the airport on Monday.", "other",
      "Fourteen people died in the fighting", None, None, "2024-05-13"),
    R("Two border guards died of their wounds in hospital on Wednesday.", "other", "Two border guards died", None, None,
      "2024-05-15"),
    R("At least 40 migrants died when their boat capsized off Lampedusa on Sunday.", "other",
      "At least 40 migrants died", None, None, "2024-05-12"),
    R("Nine soldiers and two police officers died in the clashes on Sunday, the Armenian defence ministry said.",
      "other", "Nine soldiers and two police officers died", None, "reported_claim|asserted"),
    # assaults tried: the attempt is the act
    R("Hundreds of protesters tried to storm the parliament in Tbilisi on Tuesday.", "other",
      "tried to storm the parliament", None, None, "2024-05-14"),
    R("Demonstrators attempted to break into the French embassy compound in Niamey on Sunday.", "other",
      "attempted to break into the French embassy compound", None, None, "2024-05-12"),
    # supplies turned off: a measure, as supplies halted are
    R("Azerbaijan has turned off the gas to Nakhchivan.", "other", "has turned off the gas to Nakhchivan",
      "Azerbaijan"),
    R("Gazprom switched off the taps to Latvia on Saturday.", "other", "switched off the taps to Latvia", None, None,
      "2024-05-11"),
]

# C: a predicate of a series set off by commas with an object of its own, no "and <verb>" after it ("cut ties on <day>,
# closed its airspace to X on <day>, and now the gas"), and a declaration with its object in a series: each its own act,
# its own day, the series' subject its doer (also for the predicate after the closing "and").
SERIES = [
    R("Bamako cut diplomatic ties with Paris on 3 August, closed its airspace to French aircraft on 6 August, and now "
      "the roads.", "sanction", "closed its airspace to French aircraft", "Mali", None, "2023-08-06"),
    R("Vilnius recalled its ambassador on 2 May, expelled three Belarusian diplomats on 9 May, and then closed the "
      "crossing.", "sanction", "expelled three Belarusian diplomats", "Lithuania", None, "2024-05-09"),
    R("President Rodrigo Chaves dismissed the cabinet on Monday, declared a state of emergency and took charge of the "
      "police.", "other", "declared a state of emergency", "Rodrigo Chaves"),
    R("Niamey suspended ties with Abuja on 2 May, closed its airspace to Nigerian aircraft on 4 May, and expelled "
      "the ambassador.", "sanction", "expelled the ambassador", "Niger"),
]

# V (more families): fire heard by witnesses, a crowd joining a march, samples taken, a public alert issued, posts lost,
# a withdrawal begun told by its noun, forces placed on readiness in the passive.
MORE_FAMILIES = [
    R("Villagers on the Georgian side heard artillery fire from the hills on Sunday.", "other",
      "heard artillery fire from the hills", None, None, "2024-05-12"),
    R("Tens of thousands of Armenians joined the protest march in central Yerevan on Saturday.", "other",
      "joined the protest march", None, None, "2024-05-11"),
    R("Inspectors from the OPCW took soil samples near the village on Tuesday.", "other", "took soil samples", None,
      None, "2024-05-14"),
    R("South Korea briefly issued an air-raid alert for Seoul on Wednesday.", "other", "issued an air-raid alert",
      "South Korea", None, "2024-05-15"),
    R("Three of the general's sons-in-law have since lost their posts at state mining companies.", "other",
      "lost their posts"),
    R("The withdrawal began on Monday with a handover ceremony in Gao.", "deployment", "The withdrawal began on Monday",
      None, None, "2024-05-13"),
    R("The pull-out of the last German troops from Niger was completed on Thursday.", "deployment",
      "was completed on Thursday", None, None, "2024-05-16"),
    R("The navy and air force had been placed on a higher state of readiness, the ministry said.", "deployment",
      "placed on a higher state of readiness"),
    # shipping lines suspending sailings
    R("The Danish-owned line suspended sailings through the strait on Monday.", "other", "suspended sailings", None,
      None, "2024-05-13"),
    # unrest and fire breaking out; a truce broken in the passive
    R("Riots broke out in Nouakchott after the vote on Sunday.", "other", "Riots broke out in Nouakchott"),
    R("Gunfire erupted along the line of contact overnight.", "other", "Gunfire erupted along the line of contact"),
    R("The ceasefire in Sennar was broken within hours.", "other", "was broken within hours"),
]

# N in part: act nouns an announcement names right after its own day, each an act beside the statement, dated by it.
DATED_NOUNS = [
    R("The Tunisian interior ministry had announced on 4 March the dismantling of a smuggling ring linked to the rebels "
      "and the arrest of 11 of its members.", "other", "the arrest of 11 of its members", None, None, "2024-03-04"),
    R("The Tunisian interior ministry had announced on 4 March the dismantling of a smuggling ring linked to the rebels "
      "and the arrest of 11 of its members.", "other", "the dismantling of a smuggling ring", None, None,
      "2024-03-04"),
    R("The Tunisian interior ministry had announced on 4 March the dismantling of a smuggling ring linked to the rebels "
      "and the arrest of 11 of its members.", "statement", "had announced on 4 March"),
    R("Bolivian President Luis Arce announced last week the suspension of gas exports to Chile under the 2019 contract.",
      "sanction", "the suspension of gas exports to Chile", "Luis Arce", None, "2024-05-06"),
]

# Officials' "were liquidated" (people killed) and an adverb after the future auxiliary of a passive plan.
LIQUIDATED_AND_FUTURE = [
    R("Dozens of attackers were liquidated overnight, the police spokeswoman said.", "other",
      "were liquidated overnight", None, "reported_claim|asserted"),
    R("The two trade offices will also be closed at noon on Monday.", "other",
      "will also be closed at noon on Monday", None, "planned", "2024-05-20"),
]

MISSED: dict[str, str] = {}

NEGATIVES = [
    # topics, calls and fears are no act
    ("The opposition called for a state of emergency in the north.", ["other"], 0),
    ("Fears that the president would introduce martial law grew on Monday.", ["other"], 0),
    ("Residents were in mourning on Monday.", ["other"], 0),
    # deaths ahead or a thing's end are none; "died" with no count of people is none
    ("Aid agencies warned that hundreds could die if the siege went on.", ["other"], 0),
    ("The talks died on Monday.", ["other"], 0),
    ("The former president died of old age on Monday.", ["other"], 0),
    ("More than 300 people have died since the war began.", ["other"], 0),
    # words declared after "that" are a statement, no act of emergency rule or mourning
    ("The president declared that a state of emergency was not needed.", ["other"], 0),
    ("The minister declared that the mourning period was over.", ["other"], 0),
    ("The Chilean government declared three days of national mourning on Thursday.", ["statement"], 0),
    # an attempt by no one is no act; trying to reassure is no assault
    ("Nobody tried to storm the palace on Monday.", ["other"], 0),
    ("The government tried to reassure investors on Monday.", ["other"], 0),
    # lights and engines turned off are no measure
    ("The pilots turned off the engine on Monday.", ["other"], 0),
    # nothing heard, an alert in words, seats lost in a count, a withdrawal from a treaty
    ("Residents said they had not heard gunfire since Friday.", ["other"], 0),
    ("The ministry issued a warning to travellers on Monday.", ["other"], 0),
    ("The ruling party lost its majority on Sunday.", ["other"], 0),
    ("The withdrawal from the treaty began on Monday.", ["deployment"], 0),
    # N: an act noun announced with no day between, or named by a statement made the act itself, is not told twice
    ("The government announced on Monday the expulsion of two Russian diplomats.", ["sanction"], 1),
    ("The ministry announced on Monday a review of the arrest procedures.", ["other"], 0),
    # a war of words is no unrest
    ("A war of words erupted on Monday.", ["other"], 0),
    # an "and" before a noun or a flight is no act of its own
    ("The gunmen kidnapped two engineers and fled into the forest on Friday.", ["other"], 1),
    ("The frigate, built 30 years ago, sank on Monday.", ["other"], 1),
    # C: a list of subjects before one verb, or an attribution between commas, opens no clause of its own
    ("Kenya, Uganda and Tanzania held joint drills on Monday.", ["military_exercise"], 1),
]

# C: the middle clause of "A, B, and C" with a subject of its own is read on its own; ground retaken in the perfect.
COMMA_CLAUSES = [
    R("Somali forces have retaken the port in Kismayo, Kenyan-led troops have landed at the city's airport, and the "
      "roads remain cut.", "deployment", "Kenyan-led troops have landed at the city's airport", "Kenya"),
    R("Somali forces have retaken the port in Kismayo, Kenyan-led troops have landed at the city's airport, and the "
      "roads remain cut.", "other", "have retaken the port in Kismayo", "Somalia"),
    R("A Turkish drone was shot down over Idlib, another drone strayed over Hatay, and the ministry summoned the envoy.",
      "other", "another drone strayed over Hatay"),
]

# E: one act's evidence holds both verbs of one object ("stormed and set fire to"), and a toll's "have been killed and
# 9 wounded" is one tally (the perfect's "been" shared, as "were" is).
EVIDENCE = [
    R("On Monday protesters stormed and set fire to the governor's office in Osh and briefly seized the airport.",
      "other", "On Monday protesters stormed and set fire to the governor's office", None, None, "2024-05-13"),
    R('The interior ministry says 14 "armed bandits" have been killed and 9 wounded in the clashes, and more than 500 '
      "people detained.", "other", "have been killed and 9 wounded in the clashes", None, "reported_claim|asserted"),
]

# C: more predicates of one subject: an irregular past after "and" ("ambushed a convoy and stole three trucks"), a series
# predicate with a number for its object or closed by an attribution, each dated by the series' day when it has none.
MORE_PREDICATES = [
    R("The militants ambushed a convoy and stole three trucks on Sunday.", "other", "stole three trucks", None, None,
      "2024-05-12"),
    R("The militants ambushed a convoy and stole three trucks on Sunday.", "other", "ambushed a convoy", None, None,
      "2024-05-12"),
    R("Rebels seized the town of Bunia on Monday, killed five soldiers, the army said.", "other",
      "killed five soldiers", None, "reported_claim|asserted", "2024-05-13"),
    R("The navy boarded two dhows on Friday, seized 3 tonnes of hashish and detained the crews.", "other",
      "seized 3 tonnes of hashish", None, None, "2024-05-17"),
    R("The navy boarded two dhows on Friday, seized 3 tonnes of hashish and detained the crews.", "other",
      "detained the crews", None, None, "2024-05-17"),
]

# C: a participle aside between an act and its date keeps the date the act's.
APPOSED = [
    R("Tehran seized the tanker, renamed the Talara, in April.", "other", "seized the tanker", "Iran", None,
      "2024-04-01"),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(FAMILIES + MORE_FAMILIES, MISSED))
def test_an_act_of_a_general_family_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(LIQUIDATED_AND_FUTURE, MISSED))
def test_liquidated_and_an_adverbed_future_passive_are_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(DATED_NOUNS, MISSED))
def test_act_nouns_announced_after_the_announcements_day_are_acts(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(SERIES + COMMA_CLAUSES + MORE_PREDICATES + EVIDENCE + APPOSED, MISSED))
def test_a_predicate_of_a_comma_series_is_its_own_act(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_false_act_of_those_families_is_read(text: str, kinds: list[str], most: int) -> None:
    assert len(kinds_found(_events(text), kinds)) <= most, kinds_found(_events(text), kinds)
