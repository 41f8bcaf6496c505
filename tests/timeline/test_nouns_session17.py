"""Gold acts whose sentence yields nothing or only another kind (session 17, helper nouns17; issue 4).

Fresh sentences written from general knowledge about other crises, outlets and years (never a corpus's text). Each row:
the anchor lies in an event of the row's kind, by the row's actor (None: not checked). Negative rows hold no more events
of the kinds named than allowed.

The table: every gold ACT of heldout11 (declassified this session; 74/88/88/95 at main 87d82c8) missed or given another
kind, with its sentence's events listed (`python -m timeline.evaluate --corpus tests/data/heldout11 -v`), by WHY nothing
fired; the other declassified sets (heldout9/13/7/10/12) counted the same way as far as they fall in these classes.
n = heldout11 / other declassified.

| why nothing fired (or only another kind)                                          | n      | shape (invented words)                 |
|-----------------------------------------------------------------------------------|--------|----------------------------------------|
| V  a verb or frame of a general family in no list: an expulsion told as the order | 8 / 9  | "had been asked to leave the country", |
|    to go in the passive, a damaged ship that "limped back to" port, names "put to"|        | "limped back to <port>", "put their    |
|    a text, "followed suit", "gave notice", "are now on station", "agreed a <quote>"|       | names to the accord", "bundled him out"|
| K  kind only: a sitting "presided over", a sanctions listing told by "listed <N>  | 2 / 4  | "presided over the first meeting",     |
|    individuals"                                                                   |        | "listed eleven individuals"            |
| F  a frame not read: an outlet named with an owner's hyphened word ("Army-owned   | 6 / 0  | "<Owner>-owned <Name> TV said <act>    |
|    <Name> TV said"): no statement, the reported acts lost with it                 |        | and that <act>"                        |
| M  plans and modals ("is expected to clear the limit tonight", "will hold an      | 6 / 4  | (planned acts: left)                   |
|    election", "is meant to name one")                                             |        |                                        |
| N  an act told as a noun: "the test happened <day>", "the ramming of X by a       | 4 / 8  | "the test happened on Sunday", "the    |
|    <demonym> frigate on <day>", "since the <day> coup", "the loss of <craft>"     |        | interception in early May of <ship>"   |
| R  an act in reported words read only as its statement (acts17's)                 | 6 / 10 | "<act> will be restored on <day>, X said"|
| C  a clause of a series after a relative clause ("..., where X, and phone links   | 2 / 2  | ", where ..., and <passive act>"       |
|    were cut")                                                                     |        |                                        |

Kind errors on found events (blind `--by-kind` at main 87d82c8: heldout8 89% of found, the confusions mostly `other` and
`statement` swapped): on heldout11 8 of 12 are R (the act read as its statement), 2 K above, 2 speaker F above.

Fixed this session (rows below): V in part and K, as data (triggers.toml [[rare]], session 17): an expulsion told as the
order to leave the country in the passive or the time given in a participle, "limped back to", "presided over", "listed
<N> individuals", names or signatures "put to" a text. N in part: an act noun's own day after its object, parties or
agent up to 75 characters on where they are plain prepositional phrases (actions.OBJECT_AGENT_GAP_RE: "the ramming of X
by a British frigate on <day>", "a collision between A and B on <day>"); nouns no list held, with their own day
(triggers.toml [nominal] other: "the loss of a <craft>", "the grounding of a <ship>", "the crackdown on", "the
withdrawal of the ambassador"). Precision: an act noun that is the matter of a fear, threat or talk is none
(topicnouns.py: "Fears of an attack grew on Monday", which main read as an attack on Monday).
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
    R("The Latvian charge d'affaires was ordered to leave the country on Tuesday.", "other",
      "was ordered to leave the country", None, None, "2024-05-14"),
    R("The minister told parliament that the Danish envoy, Lars Holm, had been asked to leave the country within a "
      "week.", "other", "had been asked to leave the country"),
    R("Two Kenyan diplomats were told to leave the kingdom by Friday, the foreign ministry said.", "other",
      "were told to leave the kingdom"),
    R("Minsk expelled the Polish consul on Monday, giving him 48 hours to leave.", "other", "expelled the Polish consul",
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
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(FAMILIES, MISSED))
def test_an_act_of_a_general_family_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(NOUNS, MISSED))
def test_an_act_noun_with_its_own_day_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_false_act_of_those_families_is_read(text: str, kinds: list[str], most: int) -> None:
    assert len(kinds_found(_events(text), kinds)) <= most, kinds_found(_events(text), kinds)
