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

Step 3 (W8's span, found on heldout15's extras): ", as <an office>" after an apposition opens no clause
(timeline/asrole.py, in attributes.CLAUSE_BREAK_RE): "named a former banker, X, as prime minister ... on Wednesday evening"
keeps its day and anchor. heldout15 129 -> 130/163, extras 25 -> 24, kind 120 -> 122, dates 118 -> 119; blind heldout6
dates 122 -> 123/134 (91% -> 92%); no other figure moved.

Step 4 (X2): a later statement of a sentence opens at the words that lead its speaker (timeline/speakerlead.py: "a
spokesman for", a speaker phrase's modifiers after its comma). heldout15 130 -> 132/163, extras 24 -> 22, kind 122 -> 124,
dates 119 -> 121; blind heldout8 statement extras 3 -> 2; no other figure moved. Also (X6): a transcript line whose first
sentence has fewer than four words and is only a reply ("RAKOTO: That's right.": speech.toml [transcript] replies) or a
pronoun's copula ("He is thirty-four.") is no statement (timeline/transcript.py; a short stance, "LIND: I doubt it.", and a
briefing's greeting stay statements, as session 11's table wants): heldout15 extras 22 -> 20; no other figure moved.

Step 5 (Table 1's "doer = the speaker"): a move into the speaker's own waters, airspace or sovereignty that its words report
is not the speaker's act (timeline/nodeeds.py into_own_space, read where actions gives an unnamed doer the speaker's side):
actor heldout15 58% -> 61% (strict), heldout11 actor~ 66% -> 67%; no dev actor figure down, no event figure moved.
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
    R("The general, who will visit Paris next week, expelled two diplomats on Monday.", "sanction",
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


# Step 3: ", as <an office>" after an apposition names the office given; it opens no clause, so the act keeps its words
# and its day ("named a former banker, Ana Ruiz, as prime minister ... on Wednesday evening" lost its day and its
# anchor). ", as" before a clause still cuts.
AS_OFFICE = [
    R("The junta appointed a retired general, Ivan Petrov, as interim prime minister on Tuesday.", "other",
      "appointed a retired general, Ivan Petrov, as interim prime minister on Tuesday", None, None, "2023-10-10"),
    R("The king named his son, Prince Ali, as crown prince on Monday.", "other",
      "named his son, Prince Ali, as crown prince on Monday", None, None, "2023-10-09"),
    R("Moscow appointed a career diplomat, Ivan Petrov, as its new ambassador to Kyiv on Monday.", "other",
      "as its new ambassador to Kyiv on Monday", "Russia", None, "2023-10-09"),
]


@pytest.mark.parametrize("row", AS_OFFICE, ids=[r.text[:48] for r in AS_OFFICE])
def test_as_an_office_opens_no_clause(row: ActRow) -> None:
    check_row(_events(row.text), row)


def test_as_before_a_clause_still_cuts() -> None:
    text = "Kenya recalled its envoy, as relations soured over the border on Monday."
    events = _events(text)
    row = R(text, "other", "Kenya recalled its envoy", "Kenya")
    check_row(events, row)
    assert not [e for e in events if "soured" in e.evidence.exact and e.kind.value == "other"
                and "recalled" in e.evidence.exact], [(e.kind.value, e.evidence.exact) for e in events]


# Step 4 (X2, a later statement's span): its evidence opens at the words that lead its speaker after a comma, not at the
# name ("..., Western diplomats in Khartoum said": "Western" was cut; "and a spokesman for Prime Minister X said only
# that": the spokesman was cut, so the statement's anchor was missed and its evidence an extra).
SPEAKER_LEADS = [
    ("General Odhiambo, who in a speech on Monday night called on Arab states to expel Kenyan envoys, has not been seen in "
     "public since, Western diplomats in Khartoum said.", "Western diplomats in Khartoum said"),
    ("Oslo stopped short of criticising Moscow, and a spokesman for Prime Minister Jonas Berg said only that Norway hoped "
     "the clashes would not spread.", "a spokesman for Prime Minister Jonas Berg said only that"),
    ("The minister, who visited the border on Friday, has not commented, senior European officials said.",
     "senior European officials said"),
    ("The general said the drills would end, but a spokeswoman for the Defence Ministry, Anna Lund, said they would go on.",
     "a spokeswoman for the Defence Ministry, Anna Lund, said"),
]


@pytest.mark.parametrize(("text", "anchor"), SPEAKER_LEADS, ids=[t[1][:40] for t in SPEAKER_LEADS])
def test_a_later_statement_holds_its_whole_attribution(text: str, anchor: str) -> None:
    events = _events(text)
    start = text.index(anchor)
    held = [e for e in events if e.kind.value == "statement" and e.evidence.start <= start
            and start + len(anchor) <= e.evidence.end and e.evidence.start > 0]
    assert held, [(e.kind.value, e.evidence.exact) for e in events]


def test_a_frame_inside_another_keeps_its_own_start() -> None:
    text = ("Kremlin spokesman Ivan Petrov, speaking to reporters on Monday, said Moscow regarded the incident as an "
            "invasion of its waters.")
    events = _events(text)
    assert not [e for e in events if e.kind.value == "statement" and e.evidence.exact.startswith("said Moscow")], \
        [(e.kind.value, e.evidence.exact) for e in events]


TRANSCRIPT = """HOST (Anna Berg): Lomaland's president resigned today. Our reporter Jonas Lund joins us from the capital.
LUND: The president announced in a radio message this afternoon that he was dissolving the government.
BERG: And the new leader is young?
LUND: That's right. Soldiers stormed the palace on Monday.
BERG: How old is he?
LUND: He is thirty-four.
MICHAEL OREN: These were not peace activists.
"""


def test_a_transcripts_short_reply_is_no_statement() -> None:
    events = list(extract_strict(make_excerpt(TRANSCRIPT, published="2009-03-17")))
    said = [e.evidence.exact for e in events if e.kind.value == "statement"]
    assert not [t for t in said if "That's right" in t or "thirty-four" in t], said
    assert any(t.startswith("LUND: The president announced") for t in said), said
    assert any(t.startswith("MICHAEL OREN: These were not peace activists") for t in said), said
    assert [e for e in events if "stormed the palace" in e.evidence.exact], [(e.kind.value, e.evidence.exact) for e in events]


# Doer = the speaker (Table 1's actor cause): a move into the speaker's own waters, airspace or sovereignty that its words
# report is never the speaker's own act; with no doer named it has none (timeline/nodeeds.py into_own_space).
OWN_SPACE = [
    ("Manila said on Tuesday that the ships had violated its sovereignty.", "the ships had violated its sovereignty"),
    ("Oslo said the vessels had violated its airspace and its waters off Svalbard.", "the vessels had violated its airspace"),
]


@pytest.mark.parametrize(("text", "anchor"), OWN_SPACE, ids=[t[0][:40] for t in OWN_SPACE])
def test_a_move_into_the_speakers_own_space_is_not_the_speakers(text: str, anchor: str) -> None:
    events = _events(text)
    held = [e for e in events if e.kind.value != "statement" and anchor in e.evidence.exact]
    assert held and all(e.actor is None for e in held), [(e.kind.value, e.actor, e.evidence.exact) for e in events]


OWN_SIDE = [
    R("Egypt's military spokesman said live firing off Alexandria will continue.", "military_exercise",
      "live firing off Alexandria will continue", "Egypt"),
    R("Japan's coast guard said Chinese vessels had entered its territorial waters near the islands.", "ship_movement",
      "Chinese vessels had entered its territorial waters", "China"),
]


@pytest.mark.parametrize("row", OWN_SIDE, ids=[r.text[:48] for r in OWN_SIDE])
def test_the_speakers_side_and_a_named_doer_stay(row: ActRow) -> None:
    check_row(_events(row.text), row)


ENTERED_OWN = [
    "Japan's coast guard said the vessels had entered its territorial waters near the islands.",
    "Oslo said the vessels had entered its territorial waters off Svalbard.",
]


@pytest.mark.xfail(strict=True, reason="an unnamed ship that 'entered' the speaker's own waters still takes the speaker's "
                   "side (set by a reading other than action_draft's speaker-side rule; 'violated' is fixed): not found "
                   "this session")
@pytest.mark.parametrize("text", ENTERED_OWN, ids=[t[:40] for t in ENTERED_OWN])
def test_unnamed_ships_that_entered_the_speakers_own_waters(text: str) -> None:
    held = [e for e in _events(text) if e.kind.value == "ship_movement"]
    assert held and all(e.actor is None for e in held)
