"""Session 19 (acts19): acts the record missed or misfiled because no list held their verb or noun, or a frame read them
as a statement.

Table 1: every gold act (not statement) of the declassified sets missed, or matched only to an unrelated or wrong-kind
event, at the start of the session (main 4bd4a1f; `timeline.evaluate -v` and each sentence's events, read by hand;
h14 = heldout14, declassified this session; 181 acts, and 17 gold statements read as acts below Table 3), by why:

| why the act was lost                                                     | h14 h15 h11 h9 h13 h7 h10 h12 | all |
|--------------------------------------------------------------------------|-------------------------------|-----|
| N  its verb or noun is in no list (classes in Table 2)                    |  7   6   4 11   4  5   4   5 |  46 |
| G  a list holds it, a guard refused it (a civil noun with no day of its   |  3   0   1  1   1  0   1   0 |   7 |
|    own: "after a meeting of the council"; a hedge: "tried to storm")      |                               |     |
| S  read as (part of) a statement: a plan or threat in reported words with |  5   5   5  8   2  5   3   2 |  35 |
|    no day (12), an act noun a statement names ("called the seizure of X   |                               |     |
|    'an act of piracy'", "announced the arrest of 17") (8), a view between |                               |     |
|    verb and object ("began what X calls a routine exercise") (2), a       |                               |     |
|    request (2), inside a quote (4), other reported shapes (7)              |                               |     |
| P  an agentless passive no list reads ("was hailed and allowed through",  |  0   0   1  1   2  0   0   0 |   4 |
|    "were handed back at the crossing")                                   |                               |     |
| C  a clause or evidence shape (a which/who clause's head noun, a time     |  5  13   6  2   6  1   5   4 |  42 |
|    clause's unlisted subject, two acts merged): split19's and clause work |                               |     |
| Z  spun copy ("damaged off relations", "show again" for "turn back")       |  1   1   4  4   0  6   0   0 |  16 |
| K  read, but of the wrong kind (Table 3)                                 |  3   2   0 10   6  7   0   3 |  31 |
| (headline or caption: none)                                              |                               |     |

Table 2: the N rows by the class of the missing word (never the word alone):

| class of the missing verb or noun                                                    | count | this session |
|--------------------------------------------------------------------------------------|-------|--------------|
| protest verbs with the place aimed at ("marched on parliament", "demonstrated outside | 3     | step 1       |
| the embassy"; only crowds named "protesters/thousands" were read)                    |       |              |
| ships at a place and naval craft nouns ("were in the area", "was at sea off", "standing| 5     | step 1 (4)   |
| off", minehunters, submersibles, plural craft words)                                 |       |              |
| attack, fire received, crash and death verbs ("assaulted", "drew fire", "went down",  | 6     |              |
| "died", looting)                                                                     |       |              |
| travel and contact ("flew there", "is sending X to", "was back in", "on the telephone | 5     |              |
| to", "dived")                                                                        |       |              |
| decisions, agreements and actions taken ("the decision was taken", "took action",     | 5     |              |
| "agreed a consensus", "will hold an election", "went ahead with the exercise")        |       |              |
| expiry and entry into force ("the contract expires", "takes effect", "fell silent")   | 4     |              |
| act nouns no list holds ("the quarantine", "some 120 flights", "the murder of")       | 4     |              |
| mobilisation and a force's size ("reservists were called up", "fielding", "numbers")  | 3     |              |
| sanctions in the present ("the sanctions target"), a member state suspended           | 3     |              |
| present tense of a live page ("reaches the outskirts", "arrives at")                  | 2     |              |
| light verb and act noun ("made launches"), "giving them 72 hours to leave"            | 2     |              |
| territory lost ("lost the town of X"), evacuation ("were lifted off by helicopter")   | 2     |              |

Table 3: wrong kinds of acts by pair (gold -> found) and cause (31):

| gold -> found            | n | cause                                                                            |
|--------------------------|---|----------------------------------------------------------------------------------|
| sanction -> other        | 7 | closures, supplies cut and cooperation suspended aimed at a state (gold: sanction) |
| deployment -> other      | 6 | missile bases installed or built; troops "arrived on 6 January" (no place); a     |
|                          |   | count subject ("About 600 have left for X"); "will be scaled back"               |
| other -> meeting         | 3 | an envoy's or a leader's arrival, "welcome" read as a meeting                     |
| nuclear_test -> other    | 2 | "exploded a high-altitude device", "resumed atmospheric tests" in a nuclear story  |
| other -> deployment      | 2 | officials "installed" in office; "agreed to withdraw their forces" (an accord)    |
| other -> ship_movement   | 2 | "ordered the minister to postpone"; residents "left by ferry"                     |
| deployment <-> ship      | 3 | helicopters moved / commandos landed beside ships; warships sent                   |
| others, one each         | 6 | ship -> other ("naval units"), missile -> other (crews fired), exercise ->         |
|                          |   | deployment, deployment -> exercise, exercise -> other, other -> statement          |

Gold statements read as acts (17): a verb of speech or view no list holds ("endorsed", "credited", "cited", "points
out", a spun "mentioned") or an announcement of act nouns read as the act.

After steps 1-4 the same listing (acts and statements missed or mis-kinded) holds 176 entries, not 198: h14 27 -> 21, h15
27 -> 24, h9 42 -> 33, h13 23 -> 22, h10 14 -> 13, h12 15 -> 13, h11 24 and h7 26 unchanged.

Fixed here, step 1 (data only: triggers.toml, military.toml): a protest told by its verb and the place it was aimed at,
whoever the crowd is (demonstrated/protested/rallied/picketed outside, in front of, at, near or in a building, square or
the streets; marched on, to or through one), never words of protest ("protested to the ministry", "protested at the
decision"), a proof ("demonstrated at the base how") nor an entry ("marched into the town"); ships at a place ("were in
the area", "was at sea off", "standing off"; never "had been at sea for months") and a patrol as a verb ("will patrol the
gulf"; never "a joint patrol", "lacked the ships to patrol"; "in the region" and "in the waters", read at first, added
an extra on the new blind heldout17 and were taken out); the plurals of craft words and minehunters, submersibles,
patrol craft, coastguard ships, merchant ships.
Step 2 (actions.JUDGED_*, frames.COMPLEMENT_AFTER_RE, the drills' pattern): an act noun a view names ("called the seizure
of X by Y 'an act of piracy'", "branded the arrest of X illegal", "described the closure of X as") is the act judged, as
"condemned the arrest of" was (never "called for the release of", "called on X to halt", nor "what X called the most
serious collision", where the noun is the view); a view's object may run to 90
characters before its complement (60 missed "the seizure of the American merchant ship X by a Cambodian gunboat"); and
"began what Washington calls a routine ... exercise" reads the drills across the view.
Step 3 (data only: triggers.toml, military.toml): an ultimatum in every form ("have given X's ambassador, Y, 48 hours to
leave", "giving them 72 hours to leave"); tests of an older kind in a story of the bomb ("exploded a high-altitude
device", "set off another large explosion", "had resumed atmospheric tests"; the story may name only a seismological
institute, a test ban or fallout; never a bomb's blast nor testing stopped); missile sites put in place ("had installed
missile bases", a deployment) and a force's arrival on its day ("troops ..., arrived on 6 January"); fire drawn from a
force ("the planes had drawn fire from gunboats"; never "drew fire from lawmakers"); a gunship as a force's subject.
Step 4 (data only): drills "gone ahead with" ("went ahead on Monday with a planned amphibious exercise"); a trip "there"
("flew there on October 30th"; never "flies there every month"); killings named by their noun with their own day ("the
murder of X in Y on 11 August": murders, massacres, assassinations); craft that dive (military.toml ship_verbs) and
mini-submarines; the noun "move" is no voyage ("..., a symbolic move": a second reading of the act before it, once a
diving craft was read).

Tried and dropped: an airspace closed to one state's aircraft as a sanction (the eval README's heldout9 exception): six
older rows (sessions 6, 7, 14, 16 and the vocabulary table) hold such a closure `other`, so it stays `other` (strict xfail
row below; the golds accept sanction beside other for most closures). Session 24 (kinds24) settled it by the README's
ruling: `sanction` (timeline/kindrules.closed_to_state), the row below now passes and the older rows say `sanction`.

Rows are fresh sentences (invented names, places and days; other crises, outlets and years), with the non-act senses.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_by, make_excerpt
from timeline.events import extract

# sentence, published, kind, anchor, actor ("" = unnamed, None = not checked), day ("" = not checked, None = undated)
ROWS = [
    # step 1: a protest told by its verb and the place it was aimed at, whoever the crowd is
    ("About 2,000 students and teachers demonstrated outside the Ruvian embassy in Port Elim on Friday.", "2016-05-20",
     "other", "demonstrated outside the Ruvian embassy", None, "2016-05-20"),
    ("Farmers marched on the parliament in Varna on Tuesday.", "2016-05-20", "other",
     "Farmers marched on the parliament", None, "2016-05-17"),
    ("Activists rallied in front of the Chinese consulate on Sunday, waving Tibetan flags.", "2016-05-20", "other",
     "rallied in front of the Chinese consulate", None, "2016-05-15"),
    ("Several hundred Kurds, many of them waving flags, protested outside the Ruvian embassy in Lisbon on Monday.",
     "2016-05-20", "other", "protested outside the Ruvian embassy", None, "2016-05-16"),
    ("Thousands of monks, many of them barefoot, marched through the streets of Mandalay on Tuesday.", "2013-09-27",
     "other", "marched through the streets of Mandalay", None, "2013-09-24"),
    ("Hundreds of veterans picketed the defence ministry on Monday.", "2021-03-12", "other",
     "picketed the defence ministry", None, "2021-03-08"),
    ("Opposition supporters rallied in the main square of Tbilisi on Saturday night.", "2019-06-24", "other",
     "rallied in the main square of Tbilisi", None, "2019-06-22"),
    # step 1: ships no word named (plurals, minehunters, submersibles), ships at a place, a patrol as a verb
    ("Two Dutch minesweepers arrived in Tallinn on Wednesday.", "2027-09-10", "ship_movement",
     "Two Dutch minesweepers arrived in Tallinn", "Netherlands", "2027-09-08"),
    ("Two NATO minehunters arrived in Riga on Wednesday.", "2027-09-10", "ship_movement",
     "Two NATO minehunters arrived in Riga", None, "2027-09-08"),
    ("Two Ruvian submersibles reached the seabed 3,900 metres down on Thursday.", "2027-09-10", "ship_movement",
     "Two Ruvian submersibles reached the seabed", None, "2027-09-09"),
    ("The Greek minehunter Kallisto and the Belgian Crocus will patrol the gulf for two weeks, the navy said.",
     "2027-09-10", "ship_movement", "will patrol the gulf for two weeks", None, ""),
    ("By Tuesday, eight Turkish warships were in the area, according to the navy.", "1998-03-06", "ship_movement",
     "eight Turkish warships were in the area", "Turkey", "1998-03-03"),
    ("A force of some 20 warships was at sea off the cape when the talks began.", "1982-04-09", "ship_movement",
     "A force of some 20 warships was at sea off the cape", None, ""),
    ("Canberra, which had three frigates standing off Suva, refused to rule out force.", "2000-05-30",
     "ship_movement", "three frigates standing off Suva", None, ""),
    # step 2: an act noun inside a view ("called the seizure of X by Y 'an act of piracy'", "branded", "described as")
    # is the act judged, beside the statement; the view between a verb and its drills leaves the drills read
    ("LISBON (AP) — The Foreign Ministry on Monday called the seizure of the Portuguese trawler Estrela by a Ruvian "
     "gunboat \"an act of piracy\" and demanded the release of the vessel and its crew of 12.", "1981-03-04", "other",
     "the seizure of the Portuguese trawler Estrela by a Ruvian gunboat", None, None),
    ("LISBON (AP) — The Foreign Ministry on Monday called the seizure of the Portuguese trawler Estrela by a Ruvian "
     "gunboat \"an act of piracy\" and demanded the release of the vessel and its crew of 12.", "1981-03-04",
     "statement", "The Foreign Ministry on Monday called the seizure", None, "1981-03-02"),
    ("Kenya's foreign ministry on Sunday branded the arrest of two Kenyan traders by Ugandan police illegal.",
     "2019-07-22", "other", "the arrest of two Kenyan traders by Ugandan police", "Uganda", None),
    ("The ministry described the closure of the border crossing at Malaba as a hostile act.", "2019-07-22", "other",
     "the closure of the border crossing at Malaba", None, None),
    ("The Fifth Fleet, with the carriers Hood and Rodney and some 30 other warships, began what Washington calls a "
     "routine freedom-of-navigation exercise off the Kar coast on Sunday.", "1986-03-26", "military_exercise",
     "began what Washington calls a routine freedom-of-navigation exercise off the Kar coast on Sunday", None,
     "1986-03-23"),
    # step 3: an ultimatum in every form; tests of an older kind in a story of the bomb; missile sites put in place and a
    # force's arrival on its day (deployments); fire drawn from a force; a gunship as a force
    ("Niger has given France's ambassador, Marc Olivier, 48 hours to leave the country.", "2023-08-30", "sanction",
     "has given France's ambassador, Marc Olivier, 48 hours to leave", "Niger", None),
    ("On Thursday, Washington announced it was expelling 35 Ruvian diplomats, giving them 72 hours to leave the country,"
     " and closing two Ruvian compounds.", "2016-12-30", "sanction", "giving them 72 hours to leave", None, ""),
    ("The Americans exploded a high-altitude device over Kiribati on October 26th, and the Soviets set off another large"
     " explosion in the Arctic this month, according to a Swedish seismological institute.", "1962-11-10",
     "nuclear_test", "The Americans exploded a high-altitude device over Kiribati", None, "1962-10-26"),
    ("The Americans exploded a high-altitude device over Kiribati on October 26th, and the Soviets set off another large"
     " explosion in the Arctic this month, according to a Swedish seismological institute.", "1962-11-10",
     "nuclear_test", "set off another large explosion in the Arctic", None, ""),
    ("France, which had resumed atmospheric tests at its Pacific range in the summer, faced new protests over fallout.",
     "1973-09-10", "nuclear_test", "had resumed atmospheric tests at its Pacific range", None, ""),
    ("The President said on Monday that the Soviet Union had installed missile bases on the island.", "1962-10-25",
     "deployment", "the Soviet Union had installed missile bases on the island", "Soviet Union", ""),
    ("The alliance's force of 2,030 troops, most of them Kaldoran, arrived on 6 January, a day after the president "
     "asked for help.", "2022-01-20", "deployment", "force of 2,030 troops, most of them Kaldoran, arrived on 6 January",
     None, "2022-01-06"),
    ("Navy reconnaissance planes found the freighter early today off Koh Kar, according to the officials, who said the "
     "planes had drawn fire from Ruvian gunboats.", "1975-05-14", "other", "the planes had drawn fire from Ruvian gunboats",
     None, ""),
    ("The patrol drew heavy fire from rebel positions on Monday.", "2016-05-20", "other",
     "The patrol drew heavy fire from rebel positions", None, "2016-05-16"),
    ("A Kaldoran AC-130 gunship assaulted suspected militants near the border on Monday, a government spokesman said on "
     "Tuesday.", "2016-05-20", "other", "gunship assaulted suspected militants", None, "2016-05-16"),
    # step 4: drills gone ahead with; a trip "there"; killings named by their noun with their own day; craft that dive
    ("The Kaldoran navy went ahead on Monday with a planned amphibious exercise off the islands.", "2021-04-27",
     "military_exercise", "went ahead on Monday with a planned amphibious exercise", None, "2021-04-26"),
    ("U Maung flew there on October 30th and came back without an agreement.", "1962-11-10", "meeting|other",
     "U Maung flew there on October 30th", None, "1962-10-30"),
    ("The court heard about the murder of the young activist in Tizi on 11 August.", "2021-09-20", "other",
     "the murder of the young activist in Tizi on 11 August", None, "2021-08-11"),
    ("Two Ruvian mini-submarines dived 4,000 metres beneath the pole on Thursday.", "2007-08-03", "ship_movement",
     "Two Ruvian mini-submarines dived 4,000 metres beneath the pole", None, "2007-08-02"),
]


def test_acts19_airspace_closed_to_one_state_is_a_sanction() -> None:
    check_clause_row("Kenya closed its airspace to all Somali civil and military aircraft on 22 September.", "2021-11-02",
                     "sanction", "Kenya closed its airspace to all Somali civil and military aircraft", "Kenya",
                     "2021-09-22")


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS)
def test_acts19_rows(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# sentence, published, kinds, anchor: no event of those kinds may hold the anchor
MUST_NOT = [
    # step 1: a protest is a crowd at a place, never words of protest, a proof or an entry
    ("China protested to the Japanese foreign ministry on Monday.", "2016-05-20", "other", "protested to"),
    ("Seoul protested at the ministry's decision to expel the consul.", "2016-05-20", "other", "Seoul protested"),
    ("Beijing protested in the strongest terms to the Japanese embassy.", "2016-05-20", "other", "Beijing protested"),
    ("The army's engineers demonstrated at the base how the drone could be jammed.", "2016-05-20", "other",
     "demonstrated at the base"),
    ("The leaders rallied behind the plan on Friday.", "2016-05-20", "other", "rallied behind the plan"),
    # step 1: a ship's state for months is background; a patrol as a noun is no ship's move
    ("The vessel had been at sea for eight months.", "2016-05-20", "ship_movement", "had been at sea"),
    ("Fishermen said a joint patrol of the gulf was planned.", "2016-05-20", "ship_movement", "patrol of the gulf"),
    ("The ships' presence in the area was a warning, the minister said.", "2016-05-20", "ship_movement",
     "presence in the area"),
    ("The navy lacked the ships to patrol the whole coast.", "2016-05-20", "ship_movement", "patrol the whole coast"),
    # a standing force told as background: "in the region", "in the waters" (an extra on a blind set when read)
    ("Two Kaldoran carriers are in the region, the admiral said.", "2016-05-20", "ship_movement", "are in the region"),
    ("Three frigates were in the waters of the gulf when the treaty was signed.", "2016-05-20", "ship_movement",
     "were in the waters"),
    # step 2: a demand or an appeal names no act done
    ("The ministry called for the release of the two journalists on Friday.", "2019-07-22", "other",
     "the release of the two journalists"),
    ("The ministry called on Ruvia to halt the expulsion of its consul.", "2019-07-22", "other",
     "the expulsion of its consul"),
    ("The president described the talks as useful.", "2019-07-22", "other|meeting", "the talks"),
    # "what X called <noun>": the noun is the view itself (the act is told in its own words after it)
    ("The decision followed what Faroese officials called the most serious collision of the dispute, when the frigate "
     "struck the gunboat on Monday.", "1976-01-10", "other", "the most serious collision of the dispute"),
    # step 3: a bomb's blast, a test stopped, a plan criticised, a pad for satellites
    ("A car bomb set off a large explosion in the capital near the nuclear agency.", "2016-05-20", "nuclear_test",
     "set off a large explosion"),
    ("A suicide bomber set off a powerful explosion near the nuclear plant.", "2016-05-20", "nuclear_test",
     "set off a powerful explosion"),
    ("Nor did either side stop testing its bombs, seismologists said.", "1962-11-10", "nuclear_test", "testing its bombs"),
    ("The plan drew fire from lawmakers on Monday.", "2016-05-20", "other", "drew fire from lawmakers"),
    ("The space agency built a new launch pad for its rockets.", "2016-05-20", "deployment", "built a new launch pad"),
    # step 4: a plan gone ahead with, a habit of travel, a rate
    ("The army went ahead with the plan.", "2021-04-26", "military_exercise", "went ahead with the plan"),
    ("She flies there every month.", "2021-04-26", "meeting|other", "flies there"),
    ("The murder rate rose last year.", "2021-04-26", "other", "murder rate"),
    # the noun "move" beside a named ship is no voyage
    ("Two Ruvian submarines surfaced beneath the pole on Thursday and planted a flag on the seabed, a symbolic move.",
     "2007-08-03", "ship_movement", "a symbolic move"),
]


@pytest.mark.parametrize(("text", "published", "kinds", "anchor"), MUST_NOT)
def test_acts19_must_not(text: str, published: str, kinds: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert not held_by(events, text, kinds, anchor), [(e.kind.value, e.evidence.exact) for e in events]
