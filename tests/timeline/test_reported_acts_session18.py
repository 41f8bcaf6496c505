"""Acts told inside or beside reported speech, and the extras no careful reader would list (session 18, helper acts18;
fresh sentences written from general knowledge about other crises, outlets and years, no corpus text). Gold rule
(tests/data/eval/README.md): an attribution is a statement event, the act it reports a second event (its doer the clause's
subject, its own day, else undated); nothing from notes, captions or credits.

Table 1: the gold acts of the declassified sets (heldout15 new this session, heldout11/9/13/7/10/12; main 8fe0fe9) that
share a sentence with a statement and were missed, or matched only to the statement ("as-statement"), by why they were
lost (by my reading of `timeline.evaluate --shapes -v`; 74 acts):

| why the act was lost                                                               | h15 h11 h9 h13 h7 h10 h12 | all |
|------------------------------------------------------------------------------------|---------------------------|-----|
| W1 a plan, threat or condition in the reported words with no day of its own        |  2   3  2   1   3   4   2 |  17 |
|    ("would respond with measures", "will take action ... if", "will build")         |                           |     |
| W2 the act is in a relative, "since", "as" or reduced clause inside the words      |  4   1  3   0   1   1   2 |  12 |
|    ("Rajoelina-like name, who was sworn in on <day>", "since the offensive began")   |                           |     |
| W3 told first, read only as its statement (the act's verb no list reads: a present |  2   3  4   2   0   0   2 |  13 |
|    of a live page "reaches the outskirts", "a second strike followed", a tally)      |                           |     |
| W4 the reported clause never read: an open verb or a subject no list names          |  2   2  2   0   1   0   1 |   8 |
|    ("looters have stripped", a ship's bare name "the X had limped back", "happened")|                           |     |
| W5 an act noun inside the words ("some 120 flights", "after a night of calls")      |  0   1  4   1   1   1   1 |   9 |
| W6 read, but its kind wrong (a test's kind, "had installed bases", "giving hours")   |  0   0  5   2   3   0   0 |  10 |
| W7 inside a quote                                                                  |  1   0  1   0   1   0   0 |   3 |
| W8 read, but its evidence ends before the gold anchor (an object's relative clause) |  2   2  0   0   0   0   0 |   4 |

Table 2: every extra event (no gold event) of heldout15 (29), heldout11 (23) and heldout13 (17), by cause:

| cause                                                                              | h15 | h11 | h13 |
|------------------------------------------------------------------------------------|-----|-----|-----|
| X1 a statement split twice (a continuation quote, a correspondent's line and the    |   5 |   3 |   1 |
|    body's own statement, a planned address read as statement and meeting)          |     |     |     |
| X2 a statement's or act's evidence starts or ends past the gold anchor (span)      |   5 |   5 |   0 |
|    ("Western diplomats" cut to "diplomats", "a missile site that had been ...")     |     |     |     |
| X3 a noun, a relative clause or a participle detail read as an act ("had approached |   4 |   4 |   5 |
|    the fleet" on an object, "two days of talks", "the US plans to deploy")          |     |     |     |
| X4 an opinion, plan, condition or hearsay read as an act ("a government that seized |   5 |   6 |   3 |
|    power" as a rule, "unless X destroyed", '"We heard she is held"')                |     |     |     |
| X5 a state, a right or a standing place read as an act ("was left burning", "the    |   3 |   1 |   1 |
|    right of all ships to sail", "where troops are based", "security was maintained")|     |     |     |
| X6 a note, caption or transcript line with no event (a correction note, "That's     |   4 |   0 |   0 |
|    right.", a bare age)                                                            |     |     |     |
| X7 a duplicate of an act already on the record (one act read in two kinds)          |   2 |   3 |   6 |
| X8 other (a habit, a tally, a non-speech read as a statement)                       |   1 |   1 |   1 |

Fixed in step 1 (general shapes of English news prose, rows below): X5's three shapes (timeline/nodeeds.py, words in
data/nodeeds.toml: a passive "left" is what remained, no departure; an infinitive after a right, a freedom or a liberty is
a principle, no act; forces standing in the present in a where-clause describe a place) and X6's correction notes
(excerpt/data/nonstory.toml `correction-note`: "CORRECTION: An earlier version of this article said ...").
heldout15 extras 29 -> 24 (precision 82% -> 85%); no dev, declassified or blind figure moved.

Step 2 (W3, W4, and a mood leak found on the way): an act told before ", according to X" / ", X said" (reported_claim)
has its ", and a second strike followed two days later" read too (followed.py read only asserted acts, and counted the
statement's span as a reading of the clause); a ship named by its type ("the gunboat Vakt") is that ship by its bare
name later on (timeline/shipnames.py); an office taken by oath in the passive is an act whoever the subject
(triggers.toml [[rare]] "was sworn in"); a who/which aside's "will" is no plan of the main verb after it
(timeline/asidecue.py: "The general, who will visit Paris next week, expelled two diplomats on Monday" was planned and
dated to the next Monday). heldout15 recall 127 -> 129/163 (kind 117 -> 120, dates 116 -> 118), heldout11 144 -> 145/172
(parity e2e .40/51% -> .43/54%); no dev or blind figure moved.
"""

from __future__ import annotations

import pytest

from excerpt.models import Label
from excerpt.nonstory import classify
from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2023-10-13"  # a Friday

R = ActRow


def _events(text: str) -> list:
    return list(extract_strict(make_excerpt(text + "\n", published=PUBLISHED)))


# X5: a trigger's words that tell a state, a right or a standing place: no event of that kind.
NO_DEED = [
    ("The corvette was left burning after the strike, the Ukrainian navy said.", "ship_movement"),
    ("The trawler was rammed twice and was left drifting off the cape, the coast guard said.", "ship_movement"),
    ("The tug had been left stranded on the sandbank since Tuesday.", "ship_movement"),
    ("Canberra upheld the right of all vessels to sail through the strait.", "ship_movement"),
    ("The premier said Oslo defended the freedom of ships to transit the sound.", "ship_movement"),
    ("Tokyo insisted on the right of its fishing boats to enter the disputed waters.", "ship_movement"),
    ("Two rockets struck the airfield where Kenyan troops are based.", "deployment"),
    ("Shells fell near the camp where some 300 French soldiers are stationed, officials said.", "deployment"),
]


@pytest.mark.parametrize(("text", "kind"), NO_DEED, ids=[t[:48] for t, _ in NO_DEED])
def test_a_state_a_right_or_a_standing_place_is_no_deed(text: str, kind: str) -> None:
    assert kinds_found(_events(text), [kind]) == []


# The same verbs as deeds still count.
DEEDS = [
    R("The frigate left port on Monday, the navy said.", "ship_movement", "The frigate left port on Monday", None, None,
      "2023-10-09"),
    R("Two Iranian patrol boats left the area after the warning, the navy said.", "ship_movement",
      "Two Iranian patrol boats left the area"),
    R("Some 2,000 Turkish troops are now stationed in northern Iraq.", "deployment",
      "Some 2,000 Turkish troops are now stationed"),
    R("The destroyer sailed through the strait on Tuesday.", "ship_movement", "sailed through the strait on Tuesday",
      None, None, "2023-10-10"),
    R("Officials said the convoy had crossed the border overnight.", "other", "the convoy had crossed the border"),
]


@pytest.mark.parametrize("row", DEEDS, ids=[r.text[:48] for r in DEEDS])
def test_the_same_verbs_as_deeds_still_count(row: ActRow) -> None:
    check_row(_events(row.text), row)


TITLE = "Bloc suspends Lomaland after army seizes power"
STORY = [
    "The regional bloc suspended Lomaland on Monday after soldiers seized the presidential palace.",
    "The bloc's leaders met in an emergency session in the capital of a neighbouring state.",
]
# X6: a correction note at the foot of a story retracts words; what it says is no story.
NOTES = [
    "* CORRECTION: An earlier version of this article said the bloc had expelled Lomaland. It suspended its membership.",
    "Correction: An earlier version of this story misstated the day of the summit.",
    "Editor's note: A previous version of this report named the wrong general.",
    "An earlier version of this article said the envoy had been expelled; he was recalled.",
]


@pytest.mark.parametrize("line", NOTES, ids=[n[:40] for n in NOTES])
def test_a_correction_note_is_no_story(line: str) -> None:
    label, reason = classify([TITLE, *STORY, line], title=TITLE)[-1]
    assert label == Label.boilerplate and reason.startswith("correction-note:"), (label, reason)


def test_a_correction_notes_retracted_act_is_no_event() -> None:
    body = "\n\n".join([*STORY, NOTES[0]])
    events = _events(body)
    assert not [e for e in events if "expelled" in e.evidence.exact], [(e.kind.value, e.evidence.exact) for e in events]


# A story line that speaks of a correction is still story.
STORY_LINES = [
    "The ministry issued a correction on Tuesday, saying the jets had not entered the zone.",
    "Officials said an earlier version of the plan had been dropped.",
]


@pytest.mark.parametrize("line", STORY_LINES, ids=[n[:40] for n in STORY_LINES])
def test_a_story_line_about_a_correction_stays_story(line: str) -> None:
    label, _ = classify([TITLE, *STORY[:1], line, *STORY[1:]], title=TITLE)[2]
    assert label == Label.story


# Step 2. W3: an act told first with its follower ("..., and a second strike followed two days later") before ", according
# to X" / ", X said": the follower is read as it is with no attribution (followed.py read only asserted acts, and took
# the statement's span for a reading of it).
FOLLOWED_BEFORE_ATTRIBUTION = [
    R("A drone struck a convoy near Kismayo on 9 October, and a second strike followed two days later, according to local "
      "officials.", "other", "a second strike followed two days later", None, "reported_claim", "2023-10-11"),
    R("Jets bombed the depot on Monday, and a second raid followed a day later, the governor said.", "other",
      "a second raid followed a day later", None, "reported_claim", "2023-10-10"),
    R("Kenya closed its border on Monday, and Uganda followed on Tuesday, officials said.", "other",
      "Uganda followed on Tuesday", "Uganda", "reported_claim", "2023-10-10"),
    R("The army said a drone struck a convoy on Monday, and a second strike followed two days later.", "other",
      "a second strike followed two days later", None, "reported_claim", "2023-10-11"),
]


@pytest.mark.parametrize("row", FOLLOWED_BEFORE_ATTRIBUTION, ids=[r.text[:48] for r in FOLLOWED_BEFORE_ATTRIBUTION])
def test_a_follower_told_before_an_attribution(row: ActRow) -> None:
    events = _events(row.text)
    check_row(events, row)
    assert [e for e in events if e.kind.value == "statement"], "the attribution is still a statement"


# W4: a ship named by its type and name ("the gunboat Vakt") is that ship by its bare name later in the excerpt ("the Vakt
# had limped back to port"), as a prefixed name is.
SHIP_NAMED_EARLIER = [
    R("The frigate HMS Exeter struck the gunboat Vakt on Monday off the coast. The coastguard said the Vakt was holed "
      "above the waterline and had limped back to Akureyri for repairs.", "ship_movement",
      "had limped back to Akureyri for repairs"),
    R("Iran seized the tanker Silver Dawn on Sunday. The Silver Dawn docked at Bandar Abbas on Tuesday, the agency said.",
      "ship_movement", "The Silver Dawn docked at Bandar Abbas on Tuesday", None, None, "2023-10-10"),
    R("The navy escorted the freighter Marlin Star through the strait. On Friday the Marlin Star sailed for Odesa.",
      "ship_movement", "the Marlin Star sailed for Odesa"),
]


@pytest.mark.parametrize("row", SHIP_NAMED_EARLIER, ids=[r.text[:48] for r in SHIP_NAMED_EARLIER])
def test_a_ship_named_by_its_type_is_that_ship_by_its_bare_name(row: ActRow) -> None:
    check_row(_events(row.text), row)


# A capitalised word after a ship type that is no ship's name: a day, a state (no ship movement read from it later).
NOT_SHIP_NAMES = [
    "Iran seized the tanker Friday near the strait. Friday prayers in Tehran drew large crowds, and many sailed home.",
    "The navy escorted the carrier Britain had sent. Britain sent more troops to Estonia on Monday.",
]


@pytest.mark.parametrize("text", NOT_SHIP_NAMES, ids=[t[:40] for t in NOT_SHIP_NAMES])
def test_a_day_or_a_state_after_a_ship_type_is_no_ships_name(text: str) -> None:
    from timeline.shipnames import typed_ship_names

    assert typed_ship_names(text, text.lower(), 0, len(text)) == []


# An office taken by oath, told in the passive: the subject's act (other), whoever the subject is, asserted or planned.
SWORN_IN = [
    R("Vera was sworn in as president on Monday.", "other", "Vera was sworn in as president on Monday", None, None,
      "2023-10-09"),
    R("The bloc said it would not recognise Vera, who was sworn in as president at the national stadium on Monday.",
      "other", "who was sworn in as president", None, "reported_claim", "2023-10-09"),
    R("The bloc said it would not recognise Vera, who was sworn in as president before thousands of supporters on "
      "Monday.", "other", "who was sworn in as president", None, "reported_claim"),
    R("The agency said the head of the junta had been sworn in as interim president.", "other",
      "the head of the junta had been sworn in", None, "reported_claim"),
    R("Vera, who will be sworn in at a ceremony at the national stadium on Saturday, named a banker as prime minister.",
      "other", "who will be sworn in at a ceremony at the national stadium on Saturday", None, "planned", "2023-10-14"),
    R("The new cabinet was formally sworn in on Tuesday.", "other", "The new cabinet was formally sworn in on Tuesday",
      None, None, "2023-10-10"),
]


@pytest.mark.parametrize("row", SWORN_IN, ids=[r.text[:48] for r in SWORN_IN])
def test_an_office_taken_by_oath(row: ActRow) -> None:
    check_row(_events(row.text), row)


# A who/which aside between the subject and its verb tells its own time: its "will" is no plan of the main act, whose
# day is read in the past ("X, who will visit Paris next week, expelled two diplomats on Monday").
ASIDE_MOOD = [
    R("The general, who will visit Paris next week, expelled two diplomats on Monday.", "other",
      "expelled two diplomats on Monday", None, "asserted", "2023-10-09"),
    R("The minister, whose term will end in May, recalled the ambassador on Tuesday.", "other",
      "recalled the ambassador on Tuesday", None, "asserted", "2023-10-10"),
    # the aside's own plan stays a plan, and a main verb's own "will" still makes it one
    R("The general, who expelled two diplomats on Monday, will visit Paris next week.", "meeting",
      "will visit Paris next week", None, "planned"),
]


@pytest.mark.parametrize("row", ASIDE_MOOD, ids=[r.text[:48] for r in ASIDE_MOOD])
def test_an_asides_mood_is_its_own(row: ActRow) -> None:
    check_row(_events(row.text), row)


@pytest.mark.xfail(strict=True, reason="'before' opening a noun phrase of people ('before thousands of supporters') cuts the "
                   "clause as a time clause would, so the day after it is lost (attributes' clause cuts; not changed here)")
def test_an_oath_before_an_audience_keeps_its_day() -> None:
    row = R("The bloc said it would not recognise Vera, who was sworn in as president before thousands of supporters on "
            "Monday.", "other", "who was sworn in as president", None, "reported_claim", "2023-10-09")
    check_row(_events(row.text), row)
