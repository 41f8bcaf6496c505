"""Gold acts whose sentence yields nothing or only another kind (session 17, helper nouns17; issue 4).

Fresh sentences written from general knowledge about other crises, outlets and years (never a corpus's text). Each row:
the anchor lies in an event of the row's kind, by the row's actor (None: not checked). Negative rows hold no more events
of the kinds named than allowed.

The table: every gold ACT of heldout11 (declassified this session; 74/88/88/95 at main 87d82c8) missed or given another
kind, with its sentence's events listed (`python -m timeline.evaluate --corpus tests/data/heldout11 -v`), by WHY nothing
fired or another kind did (42 rows; statements missed outright are not counted here). The other declassified sets
(heldout9/13/7/10/12) hold the same classes: examples in the last column ("h9 kz-01" etc.).

| why nothing fired (or only another kind)                                          | h11 | shape (invented words) / others       |
|-----------------------------------------------------------------------------------|-----|----------------------------------------|
| V  a verb or frame of a general family in no list: an expulsion told as the order | 10  | "had been asked to leave the country", |
|    to go in the passive (2), ships "on station" (2), "limped back to", names "put |     | "followed suit", "gave notice"; h7     |
|    to" a text, "followed suit"/"followed within a week" (2), "gave notice", "agreed|    | ex-03 "giving them 72 hours to leave", |
|    a <quote>"                                                                     |     | h12 jk-01 "followed a month later"     |
| R  an act in reported words read only as its statement (acts17's)                 | 8   | "<act> will be restored on <day>, X    |
|                                                                                   |     | said"; h9 kz-03, h13 pj-02             |
| X  the machine-spun copy (mm-04): spun synonyms (lead's ruling: no word rows)      | 6   | "mentioned", "had been lower"          |
| M  plans and modals ("is expected to clear the limit tonight", "will hold an      | 5   | h9 kz-02, kz-04; h10 ar-04             |
|    election", "is meant to name one", "will take action")                         |     |                                        |
| N  an act told as a noun: "the ramming of X by a British frigate on <day>" (day   | 4   | h10 fj-04 "the loss of a <craft> on    |
|    out of reach), "the test happened <day>" (a retelling inside speech), "since   |     | <day>", h12 im-01 "the <holiday>       |
|    the <day> coup", "by fielding the missile years ago"                            |     | grounding of a freighter", h13 lb-04   |
| K  kind only: a sitting "presided over" (read as the statement's), a sanctions    | 3   | h9 ma-04 "closed its airspace to all   |
|    listing "listed eleven individuals", "after talks with X" as a speech setting  |     | <demonym> aircraft" (sanction)         |
| F  a frame not read: an outlet named with an owner's hyphened word ("Army-owned   | 3   | "<Owner>-owned <Name> TV said <act>    |
|    <Name> TV said"): no statement, the reported acts lost with it                 |     | and that <act>"                        |
| S  an act in a subordinate clause ("since X extended its limit on <day>", "which  | 2   | h9 ma-01, h13 hn-02                    |
|    the U.S. left on <day>")                                                        |     |                                        |
| C  a clause of a series after a relative clause ("..., where X, and phone links   | 1   | h12 im-03                              |
|    were cut")                                                                     |     |                                        |

Kind errors on found events (blind `--by-kind` at main 87d82c8: heldout8 89% of found, the confusions mostly `other` and
`statement` swapped): heldout11's 15 are R 8 (the act read as its statement), K 3, V 1 ("followed suit"), F 1, X 2.

Fixed this session (rows below): V in part and K, as data (triggers.toml [[rare]], session 17): an expulsion told as the
order to leave the country in the passive or the time given in a participle, "limped back to", "presided over", "listed
<N> individuals", names or signatures "put to" a text, ships "on station", a formal notice given, a ship clearing a limit.
N in part: an act noun's own day after its object, parties or
agent up to 75 characters on where they are plain prepositional phrases (actions.OBJECT_AGENT_GAP_RE: "the ramming of X
by a British frigate on <day>", "a collision between A and B on <day>"); nouns no list held, with their own day
(triggers.toml [nominal] other: "the loss of a <craft>", "the grounding of a <ship>", "the crackdown on", "the
withdrawal of the ambassador"). Precision: an act noun that is the matter of a fear, threat or talk is none
(topicnouns.py: "Fears of an attack grew on Monday", which main read as an attack on Monday). F: an outlet named after
its owner's hyphened word ("<Owner>-owned <Name> TV said", "Hamas-run <Name> TV said") speaks (frames.MEDIA_BEFORE_RE).
V in part: an act repeated by another party ("followed suit", "did the same", "followed within a week") takes the kind
of the act just told (followed.follow_suit, was followsuit.py). F: a closing "reports" may speak from a place ("..., X reports from Riga.").
Tried and dropped: an airspace closed to a state's aircraft as a `sanction` (heldout9's gold) breaks six older rows that
keep it `other` (test_acts_general, test_acts_civil6, test_acts_session7, test_actsay_session14, test_other_session16,
test_vocabulary): a ruling for the lead; "recalls" closing a sentence as speech (a heldout12 extra).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2024-05-17"  # a Friday

R = Row = ActRow

# V and K: acts of a general family told by a verb or frame no list held (triggers.toml [[rare]], session 17).
FAMILIES = [
    # an expulsion told as the order to go, in the passive, also inside reported words
    R("The Latvian charge d'affaires was ordered to leave the country on Tuesday.", "sanction",
      "was ordered to leave the country", None, None, "2024-05-14"),
    R("The minister told parliament that the Danish envoy, Lars Holm, had been asked to leave the country within a "
      "week.", "sanction", "had been asked to leave the country"),
    R("Two Kenyan diplomats were told to leave the kingdom by Friday, the foreign ministry said.", "sanction",
      "were told to leave the kingdom"),
    R("Minsk expelled the Polish consul on Monday, giving him 48 hours to leave.", "sanction", "expelled the Polish consul",
      "Belarus", None, "2024-05-13"),
    # a damaged ship that limped to port is a voyage
    R("The damaged corvette limped back to Tromso for repairs, the coastguard said.", "ship_movement",
      "limped back to Tromso"),
    R("The stricken tanker limped into Souda Bay on Wednesday under escort.", "ship_movement", "limped into Souda Bay",
      None, None, "2024-05-15"),
    # a sitting presided over is a meeting, as one chaired is
    R("General Tchiani presided over the first meeting of the Council of National Safeguard at the presidential palace "
      "in Niamey, where he said the army had been forced to act.", "meeting", "presided over the first meeting"),
    # a sanctions listing told by "listed" with a count
    R("The European Union listed eleven individuals and four entities on 22 March.", "sanction",
      "listed eleven individuals", "European Union", None, "2024-03-22"),
    R("Canada listed 14 more officials of the junta on Thursday.", "sanction", "listed 14 more officials", "Canada",
      None, "2024-05-16"),
    # names or signatures put to a text are its signing
    R("The two foreign ministers put their names to the accord in Geneva on Monday.", "other",
      "put their names to the accord", None, None, "2024-05-13"),
    R("Envoys of the three states affixed their signatures to the protocol in Astana on Tuesday.", "other",
      "affixed their signatures to the protocol", None, None, "2024-05-14"),
    # ships or forces on station are deployed
    R("Three frigates and two tugs are now on station off the Faroes to shield the trawlers.", "deployment",
      "are now on station off the Faroes"),
    R("Two Dutch frigates remained on station in the Gulf of Aden on Monday, the navy said.", "deployment",
      "remained on station in the Gulf of Aden"),
    # a state's formal notice given is an act of its own
    R("Officials said work began in the spring, after the administration gave notice in February.", "other",
      "the administration gave notice in February", None, None, "2024-02-01"),
    R("Washington gave formal notice of its withdrawal from the Open Skies treaty on Friday.", "other",
      "gave formal notice of its withdrawal", "United States", None, "2024-05-17"),
    # a ship clearing a limit or zone is a voyage
    R("The last of them, HMS Kent, is expected to clear the limit tonight.", "ship_movement",
      "is expected to clear the limit tonight"),
]

# N: act nouns with their own day after the object, its parties or its agent (actions.OBJECT_AGENT_GAP_RE), and nouns no
# list held with their own day (triggers.toml [nominal] other, session 17): a craft lost, a ship aground, a crackdown, an
# envoy withdrawn.
NOUNS = [
    R("The cause of the rupture was the ramming of the patrol boat Odin by a British frigate on 17 February, the paper "
      "recalls.", "other", "the ramming of the patrol boat Odin by a British frigate", "United Kingdom", None,
      "2024-02-17"),
    R("The reckless ramming of the Vietnamese trawler Dai Nam by a Chinese maritime militia vessel on 3 March angered "
      "Hanoi.", "other", "ramming of the Vietnamese trawler", "China", None, "2024-03-03"),
    R("A collision between a Chinese coast guard ship and a Philippine supply boat on Sunday injured one sailor.",
      "other", "A collision between a Chinese coast guard ship", None, None, "2024-05-12"),
    R("The loss of a Puma helicopter on 12 March ended any appetite for a larger mission.", "other",
      "The loss of a Puma helicopter", None, None, "2024-03-12"),
    R("Sunday's grounding of a Greek tanker on the reef angered Athens.", "other", "grounding of a Greek tanker", None,
      None, "2024-05-12"),
    R("The crackdown on protesters in Tbilisi on Sunday drew Western condemnation.", "other",
      "The crackdown on protesters", None, None, "2024-05-12"),
    R("The withdrawal of the ambassador on Friday marked a new low in relations.", "other",
      "The withdrawal of the ambassador", None, None, "2024-05-17"),
]

# F: an outlet named after its owner's hyphened word speaks (frames.MEDIA_BEFORE_RE), and the acts its words report are
# read beside the statement.
OWNED_OUTLETS = [
    R("Army-owned Tatmadaw TV said a state of emergency had been declared and that power had been handed to the army "
      "chief.", "statement", "Army-owned Tatmadaw TV said"),
    R("Army-owned Tatmadaw TV said a state of emergency had been declared and that power had been handed to the army "
      "chief.", "other", "power had been handed to the army chief"),
    R("Hamas-run Al-Aqsa TV said on Monday the crossing had been closed.", "statement", "Hamas-run Al-Aqsa TV said",
      None, None, "2024-05-13"),
    R("Hamas-run Al-Aqsa TV said on Monday the crossing had been closed.", "other", "the crossing had been closed"),
    R("The Kremlin-funded Zvezda TV reported that the drone had been shot down.", "statement",
      "Zvezda TV reported"),
    # a closing "reports" may speak from a place ("..., the correspondent reports from Riga."): the words before are its
    R("Thousands marched in the capital on Friday, the agency's correspondent Ivan Petrov reports from Riga.",
      "statement", "correspondent Ivan Petrov reports from Riga"),
    R("Thousands marched in the capital on Friday, the agency's correspondent Ivan Petrov reports from Riga.",
      "other", "Thousands marched in the capital", None, None, "2024-05-17"),
]

# V: an act repeated by another party ("followed suit", "did the same", "followed within a week"): the earlier act's
# kind, by the named subject, with its own day (followed.follow_suit, was followsuit.py).
REPEATS = [
    R("Estonia expelled two Russian diplomats on Monday. Latvia followed suit on Tuesday.", "other",
      "Latvia followed suit on Tuesday", "Latvia", None, "2024-05-14"),
    R("Ottawa imposed sanctions on six generals on 3 May, and Canberra and Wellington followed within a week.",
      "sanction", "Canberra and Wellington followed within a week", "Australia"),
    R("Sweden closed its embassy in Tehran on Monday. Norway did the same on Wednesday.", "other",
      "Norway did the same on Wednesday", "Norway", None, "2024-05-15"),
    R("The United States quit the accord on 1 March. Russia followed suit a day later, when Lavrov said Moscow was "
      "leaving too.", "other", "Russia followed suit a day later", "Russia", None, "2024-03-02"),
]

MISSED: dict[str, str] = {}

NEGATIVES = [
    # a room or a building left, a meeting's guests: no expulsion
    ("The journalists were asked to leave the hall before the vote.", ["other"], 0),
    ("Residents were told to leave the building on Monday.", ["other"], 0),
    # an economy or a team limping along is no voyage
    ("The economy limped along through the winter.", ["ship_movement"], 0),
    ("The coalition limped on for another year.", ["ship_movement"], 0),
    # a judge presiding over a trial, demands or reasons listed: no sitting, no sanction
    ("The judge presided over the trial on Monday.", ["meeting"], 0),
    ("The listed companies lost value on Monday.", ["sanction"], 0),
    ("The ministry listed three demands on Monday.", ["sanction"], 0),
    ("Most of the individuals were listed in 2019.", ["sanction"], 0),
    # a name put to a proposal in words only is no signing
    ("The minister put his name to the idea of a summit.", ["other"], 0),
    # N: an act noun that is the matter of a fear, threat or talk is no act, whatever day follows (topicnouns.py)
    ("Fears of an attack on the port grew on Monday.", ["other"], 0),
    ("The threat of an invasion rose sharply on Monday.", ["other"], 0),
    ("Talk of a ceasefire on Sunday lifted the markets.", ["other"], 0),
    ("Fears of a seizure of two more tankers grew on Monday.", ["other"], 0),
    # a loss that is no craft's, a fleet grounded by a ban, calls for a crackdown: none
    ("The loss of life on Monday shocked the country.", ["other"], 0),
    ("Calls for a crackdown on smugglers grew on Monday.", ["other"], 0),
    # no station kept, a notice board, residents asked to clear an area: none of those acts
    ("The ships were ordered back to port before they reached their station.", ["deployment"], 0),
    ("The embassy put a notice board in its lobby on Monday.", ["other"], 0),
    ("Police asked residents to clear the area on Monday.", ["ship_movement"], 0),
    # a repeat with no named subject, with no act before it, or asked for: none
    ("Estonia expelled two Russian diplomats on Monday. Talks followed within days.", ["other"], 1),
    ("The minister said on Monday that Latvia would follow suit.", ["other"], 0),
    ("Estonia urged its neighbours on Monday to do the same.", ["other"], 0),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(FAMILIES, MISSED))
def test_an_act_of_a_general_family_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(NOUNS, MISSED))
def test_an_act_noun_with_its_own_day_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(OWNED_OUTLETS, MISSED))
def test_an_outlet_named_after_its_owner_speaks(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(REPEATS, MISSED))
def test_an_act_repeated_by_another_party_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_false_act_of_those_families_is_read(text: str, kinds: list[str], most: int) -> None:
    assert len(kinds_found(_events(text), kinds)) <= most, kinds_found(_events(text), kinds)
