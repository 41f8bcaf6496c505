"""Extras: events the record lists that a careful reader would not (session 19, helper extras19; fresh sentences written
from general knowledge about other crises, outlets and years, no corpus text). Gold rule (tests/data/eval/README.md): a
threat is an event (conditional), what would set it off is none; nothing from the programme's own lines.

Table: every extra event (no gold event holds it) of the declassified sets and fresh6 (main 737fbb7, by my reading of
`python -m timeline.evaluate --corpus DIR -v`, each extra's sentence and the gold events of that sentence; 128 extras):

| cause                                                                            | h14 h15 h11 h13 h12 h10 f6 | all |
|----------------------------------------------------------------------------------|----------------------------|-----|
| E1 a real event the gold does not list (a careful reader WOULD list it: a second  |  0   6   3   0   3   5   8 |  25 |
|    act of a sentence the gold files as one, a quoted remark's attribution, a     |                            |     |
|    reported act; fresh6's gold lists only linked events and those around them)   |                            |     |
| E2 a real event the gold lists (or files optional) whose evidence does not hold  |  5   3   4   4   6   5   0 |  27 |
|    the gold anchor: the anchor takes in a head noun or a subordinator the event  |                            |     |
|    lacks ("<the fleet>, which put to sea", "<after> the cabinet met", "<a cruise  |                            |     |
|    ship that> left port"): a miss and an extra at once                           |                            |     |
| E3 a statement split twice, or a duplicate of an event already on the record     |  7   2   6   4   3   1   4 |  27 |
|    (one voyage told by two verbs, "pledging that" after a signing, "saying that" |                            |     |
|    after an act, a participle of the same incident, a reason given for an act)   |                            |     |
| E4 a noun read as an act: a topic or a compound ("a briefing room", "the US      |  0   0   1   3   0   0   2 |   6 |
|    plans to deploy", "welcomed the announcement", "the launch ... will be met")  |                            |     |
| E5 a conditional, hypothetical, negated, generic or abstract act read as told:   |  2   3   6   2   4   2   1 |  20 |
|    a condition's act ("if it took part", "unless X destroyed"), a bond or        |                            |     |
|    quality as subject ("trust has been damaged", "security was maintained",      |                            |     |
|    "duty had prevailed"), "you can't just plant flags", a device's use ("a device |                            |     |
|    that slices"), a habit ("sends its warships", "raised it more times than I     |                            |     |
|    can count"), a rule's "a government that seized power", "would oblige it to    |                            |     |
|    halt aid", "proposed that X take its claim", a hearsay "we heard she is held"  |                            |     |
| E6 a background fact or a tally from before the story ("had been sentenced in    |  1   3   2   1   2   0   0 |   9 |
|    Germany", "had collided 19 times", a detail in a relative clause on an object)|                            |     |
| E7 a programme line or byline read as a statement (an anchor's greeting, sign-off|  3   1   0   1   0   0   0 |   5 |
|    and narration; a correspondent's narration; "NPR's X has been following")     |                            |     |
| E8 a reporting verb or a speech's setting read as an act ("shrugged that off",   |  1   1   0   2   0   0   0 |   4 |
|    "said in a joint statement" as other, a message "demanding" as a statement)   |                            |     |
| E9 a quote fragment read twice (the act in a quote beside its statement: "Many   |  0   3   1   0   1   0   0 |   5 |
|    people were killed", '"unjustly imprisoned"')                                 |                            |     |
| all                                                                              | 19  22  23  17  19  13  15 | 128 |

E2 and E3 are the split and span work of split19 (one event per act, its evidence no wider than its clause) beside me;
E1 is left as the gold's choice (no gold changed). Fixed here (step 1), by general shapes of English news prose, in
timeline/unasserted.py (words in data/unasserted.toml) and timeline/transcript.py (speech.toml [transcript]):
- E5: the act of a condition clause (if, unless, provided that, in case, as long as ...) opening its clause, with no comma
  between the opener and the act, is no event: the threat's own act stays (conditional); a bond or quality as a clause's
  subject head ("trust", "relationship", "duty", "security" with an auxiliary after it; never "security forces" or "peace
  talks", whose head is the noun after) does no deed; "you" with a modal of ability or duty is a maxim; "no" before the
  act's object ("has conducted no nuclear tests", "detected no unusual seismic activity", "has sent no ships": found on
  fresh sentences of a nuclear story, written after the table; never "no fewer than", "no-fly") tells nothing done.
- E4: an event's noun that only modifies the noun after it, a place, a day or a craft ("the briefing room", "the summit
  venue", "the invasion anniversary", "an attack submarine"), is no event.
- E7: an anchor who signs the programme off by no label ("That's the Evening Report.", "Good night.") is one of the
  programme's people: the lines are the outlet's own telling, no statements (their acts are read as any reporter's).
Step 1 figures (extras): heldout14 19 -> 16, heldout11 23 -> 21, heldout12 19 -> 17, heldout13 17 -> 16, heldout10 13 -> 12,
fresh6 15 -> 14, dev12-kinds 8 -> 7, dev16-standoff 11 -> 10 (precision h14 88 -> 89%, h11 88 -> 89%, h12 90 -> 91%, h10
89 -> 90%, dev12-kinds 93 -> 94%, dev16-standoff 89 -> 90%). One gold event of heldout12 (a deal brokered "on Tuesday
night") was held only by a stray reading of '"made no concession"' inside a relative clause, with the wrong doer: that
reading is gone, so heldout12 recall 93 -> 92%. The blind sets did not move (timeline and parity e2e identical): these
shapes are rare there; parity e2e on heldout14/15 identical.

Step 2 (E5, shapes the brief names, tried on fresh sentences; timeline/unasserted.py `untold`): a frequency word before a
verb in the present ("ships often patrol near the shoal", "typically holds drills") is a habit; a weapon or craft that
can or could do a thing ("the missile could strike targets as far away as Alaska") is its reach; "has/have never" before
an act ("has never tested a missile of that range") is a history (a past perfect denial, "had never entered", stays
denied). No dev, declassified or blind figure moved (none of these shapes is read as an act there).

Step 3 (E3, statements split twice): a state's words inside its own official's reported words, the role naming that
state and no day of their own, are one statement (timeline/samevoice.py: "Russian Deputy Foreign Minister X said that
Moscow would not be drawn into an arms race"); a participle of speech after a document's noun that another event of
the sentence holds ("signed an agreement asking X to mediate and pledging that neither would use force", "a message to
Z demanding the release") and a reaction told by its manner alone ("Seoul reacted angrily.") are no statements
(timeline/wordless.py). Extras heldout14 16 -> 14, heldout12 17 -> 15, heldout11 21 -> 20, heldout7, heldout3,
fresh6 and dev16-clauses one each (precision h14 89 -> 91%, h12 91 -> 92%, fresh6 84 -> 85%, dev16-clauses 98 -> 100%); no
recall, kind or date figure moved; the blind sets did not move.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, make_excerpt, shown
from timeline.events import extract_strict

PUBLISHED = "2023-10-13"  # a Friday

R = ActRow
ACT_KINDS = ("other", "ship_movement", "deployment", "sanction", "meeting", "missile_test", "military_exercise",
             "nuclear_test")


def _events(text: str, published: str = PUBLISHED) -> list:
    return list(extract_strict(make_excerpt(text + "\n", published=published)))


def _acts_holding(events: list, text: str, words: str) -> list:
    """The act events (no statements) whose evidence holds the words' place in the text."""
    at = text.index(words)
    return [e for e in events if e.kind.value in ACT_KINDS and e.evidence.start <= at
            and at + len(words) <= e.evidence.end]


# E5: what a careful reader would not list: the act of a condition, a bond or quality doing a deed, a maxim to "you".
NOT_TOLD = [
    ("Ankara warned that it would close the strait if Athens sent warships to the islets.", "Athens sent warships"),
    ("Seoul said it would resume the loudspeaker broadcasts unless Pyongyang withdrew its troops from the border.",
     "Pyongyang withdrew its troops"),
    ("The bloc will freeze the aid only if the junta arrests the opposition leader, a diplomat said.",
     "the junta arrests the opposition leader"),
    ("Kenya warned that its jets would strike the camps if the militants crossed the border again.",
     "the militants crossed the border"),
    ("Trust between Canberra and Beijing has been badly damaged, the minister said.", "has been badly damaged"),
    ("The minister said the partnership between the two navies had been damaged by the affair.", "had been damaged"),
    ("Calm was maintained along the frontier, according to the army.", "Calm was maintained"),
    ("The premier said that the country's duty to shelter refugees had prevailed.", "had prevailed"),
    ('"You cannot just send warships into our waters and call it a patrol," the admiral said.', "send warships"),
    ('"You can\'t simply expel diplomats every time you disagree," the senator said on Monday.', "expel diplomats"),
    ('"You can\'t go around the world and just plant flags on reefs," the minister told reporters.', "plant flags"),
    ("The Comprehensive Nuclear-Test-Ban Treaty Organization said it had detected no unusual seismic activity.",
     "detected no unusual seismic activity"),
    ("Pakistan has conducted no nuclear tests since 1998.", "conducted no nuclear tests"),
    ("The navy has sent no ships to the area, the ministry said.", "sent no ships"),
    ("The statement was read in the State Department briefing room shortly before noon.", "briefing room"),
    ("Reporters waited outside the summit venue for hours on Monday.", "summit venue"),
    ("The invasion anniversary passed quietly on Friday.", "invasion anniversary"),
    ("Chinese coast guard ships often patrol near the shoal.", "often patrol near the shoal"),
    ("The army typically holds drills in the spring.", "holds drills"),
    ("The missile could strike targets as far away as Alaska, analysts said.", "strike targets"),
    ("Pyongyang has never tested a missile of that range.", "tested a missile"),
]


@pytest.mark.parametrize(("text", "words"), NOT_TOLD, ids=[t[:48] for t, _ in NOT_TOLD])
def test_an_act_not_told_is_no_event(text: str, words: str) -> None:
    events = _events(text)
    assert _acts_holding(events, text, words) == [], shown(events)


# The same verbs told as acts, and the threat whose condition was cut, still count.
TOLD = [
    R("Athens sent two warships to the islets on Monday.", "ship_movement|deployment", "sent two warships", "Greece",
      None, "2023-10-09"),
    R("Pyongyang withdrew its troops from the border on Tuesday, officials said.", "deployment|other",
      "withdrew its troops", "North Korea", None, "2023-10-10"),
    R("The junta arrested the opposition leader on Sunday.", "other", "arrested the opposition leader", None, None,
      "2023-10-08"),
    R("Ankara warned that it would close the strait if Athens sent warships to the islets.", "other",
      "it would close the strait", "Turkey", "conditional"),
    R("Seoul said it would resume the broadcasts if Pyongyang fired again, and Pyongyang fired two shells on Tuesday.",
      "other|missile_test", "Pyongyang fired two shells on Tuesday", "North Korea", None, "2023-10-10"),
    R("If the talks fail, the bloc will impose sanctions on the junta, a diplomat said.", "sanction",
      "the bloc will impose sanctions", None, "conditional"),
    R("The consulate had been damaged by the blast, the minister said.", "other", "had been damaged by the blast"),
    R("Security forces were deployed along the frontier on Monday.", "deployment", "Security forces were deployed",
      None, None, "2023-10-09"),
    R("Peace talks were held in Muscat on Tuesday.", "meeting", "Peace talks were held", None, None, "2023-10-10"),
    R('"They seized our ship on Monday," the admiral told reporters.', "other", "They seized our ship on Monday", None,
      None, "2023-10-09"),
    R("The Comprehensive Nuclear-Test-Ban Treaty Organization said its stations had detected an unusual seismic event on "
      "Monday.", "nuclear_test", "detected an unusual seismic event", None, None, "2023-10-09"),
    R("The North fired no fewer than ten missiles into the sea on Monday.", "missile_test|other",
      "fired no fewer than ten missiles", None, None, "2023-10-09"),
    R("The navy has sent two ships to the area, the ministry said.", "ship_movement|deployment", "sent two ships"),
    R("Jets enforced the no-fly zone over the north on Monday.", "other", "enforced the no-fly zone", None, None,
      "2023-10-09"),
    R("An attack submarine docked at Guam on Monday.", "ship_movement", "docked at Guam", None, None, "2023-10-09"),
    R("The two leaders held a summit in Hanoi on Monday.", "meeting", "held a summit", None, None, "2023-10-09"),
    R("Jets carried out a strike on the depot on Monday.", "other", "carried out a strike", None, None, "2023-10-09"),
    R("Attack helicopters fired rockets at the convoy on Monday.", "other", "fired rockets", None, None, "2023-10-09"),
    R("Chinese coast guard ships patrolled near the shoal on Monday.", "ship_movement", "patrolled near the shoal",
      "China", None, "2023-10-09"),
    R("The army held drills in the north on Tuesday.", "military_exercise", "held drills", None, None, "2023-10-10"),
    R("The missile struck a depot near the port on Monday.", "other", "struck a depot", None, None, "2023-10-09"),
    R("Pyongyang tested a long-range missile on Tuesday.", "missile_test", "tested a long-range missile", None, None,
      "2023-10-10"),
    R("Officials said the jets had never entered Turkish airspace.", "other", "had never entered Turkish airspace", None,
      "denied"),
]


def test_an_attack_submarine_is_a_craft_no_attack() -> None:
    events = _events("An attack submarine docked at Guam on Monday.")
    assert [e.kind.value for e in events] == ["ship_movement"], shown(events)


@pytest.mark.parametrize("row", TOLD, ids=[r.text[:48] for r in TOLD])
def test_the_same_verbs_told_as_acts_still_count(row: ActRow) -> None:
    check_row(_events(row.text), row)


# E7: a broadcast transcript whose anchor has no label but signs the programme off.
BROADCAST = "\n\n".join([
    "EVENING REPORT",
    "ANNA BERG: Good evening. Norway expelled two Russian diplomats today over the cable damage in the Barents Sea. "
    "Tom Lund reports from Oslo.",
    "TOM LUND: The foreign ministry said the two men had been given a week to leave the country.",
    "BERG: The coast guard escorted the survey ship Vega out of Norwegian waters late today. That's the Evening Report. "
    "Good night.",
])


def test_an_anchor_who_signs_off_makes_no_statements() -> None:
    events = _events(BROADCAST, published="2023-10-13")
    said = [e for e in events if e.kind.value == "statement" and (e.actor or "").endswith("Berg")]
    assert said == [], shown(events)
    assert _acts_holding(events, BROADCAST, "Norway expelled two Russian diplomats today"), shown(events)
    assert [e for e in events if e.kind.value == "statement" and "the foreign ministry said" in e.evidence.exact.lower()]


# A speaker whose line opens with a greeting, or says "That's the problem.", is no anchor: the lines stay statements.
SPEAKERS = [
    "\n\n".join(["BRIEFING TRANSCRIPT", "MS. ROWE: Good afternoon. The secretary will travel to Nairobi on Monday.",
                 "Q: Will she meet the president?", "MS. ROWE: We expect her to meet the foreign minister."]),
    "\n\n".join(["MORNING EDITION", "PAUL DIAZ, HOST: Minister, why close the border?",
                 "TOVE ANDERSEN: That's the only answer to the smuggling. We closed the crossing on Friday.",
                 "DIAZ: Thank you, minister."]),
]


@pytest.mark.parametrize("body", SPEAKERS, ids=["briefing greeting", "a guest's that's-the"])
def test_a_greeting_or_a_guests_words_are_no_sign_off(body: str) -> None:
    events = _events(body)
    speakers = {e.actor for e in events if e.kind.value == "statement"}
    assert speakers & {"Rowe", "Tove Andersen", "Andersen"}, shown(events)


# E3 (step 3): a state's words inside its own official's words are one statement; another state's, or words with a day
# of their own, stay a second statement.
ONE_VOICE = [
    "Russian Deputy Foreign Minister Ivan Petrov said that Moscow would not be drawn into a costly arms race.",
    "Swedish Foreign Minister Anna Berg said Sweden condemned the attack.",
    "Russian Ambassador Anatoly Antonov, after talks at the State Department, said Moscow regarded the flight as a "
    "provocation.",
]


@pytest.mark.parametrize("text", ONE_VOICE, ids=[t[:48] for t in ONE_VOICE])
def test_a_states_words_inside_its_officials_are_one_statement(text: str) -> None:
    events = _events(text)
    assert len([e for e in events if e.kind.value == "statement"]) == 1, shown(events)


TWO_VOICES = [
    ("Russian Foreign Minister Sergei Lavrov said Kyiv had rejected the offer.", "Ukraine"),
    ("Foreign Minister Anna Berg said Sweden condemned the attack.", "Sweden"),
    ("Japanese Foreign Minister Taro Kono said Tokyo had lodged a protest with Beijing on Monday.", "Japan"),
]


@pytest.mark.parametrize(("text", "state"), TWO_VOICES, ids=[t[:48] for t, _ in TWO_VOICES])
def test_another_states_words_or_a_day_of_their_own_stay(text: str, state: str) -> None:
    events = _events(text)
    assert [e for e in events if e.kind.value == "statement" and e.actor == state], shown(events)


# E3 (step 3): statements no speaker made: a document's participle of speech held by the event that signed or sent it,
# and a reaction told by its manner alone.
NO_SPEAKER = [
    ("The foreign ministers signed an accord asking Norway to mediate and pledging that neither would use force.",
     "pledging that neither would use force"),
    ("The ministry said it had asked Oslo to pass a message to the rebel command demanding the hostages' release.",
     "demanding the hostages' release"),
    ("Hanoi reacted angrily.", "Hanoi reacted angrily"),
]


@pytest.mark.parametrize(("text", "words"), NO_SPEAKER, ids=[t[:48] for t, _ in NO_SPEAKER])
def test_a_statement_no_speaker_made_is_none(text: str, words: str) -> None:
    events = _events(text)
    at = text.index(words)
    assert not [e for e in events if e.kind.value == "statement" and e.evidence.start >= at - 2], shown(events)


SPEAKERS_STILL = [
    ("The ministry issued a statement condemning the attack.", "issued a statement condemning"),
    ("Hanoi reacted angrily, saying the patrol violated its sovereignty.", "saying the patrol violated"),
    ("Hanoi reacted angrily on Tuesday, summoning the ambassador.", "Hanoi reacted angrily on Tuesday"),
]


@pytest.mark.parametrize(("text", "words"), SPEAKERS_STILL, ids=[t[:48] for t, _ in SPEAKERS_STILL])
def test_a_document_issued_or_a_reaction_with_words_stays_a_statement(text: str, words: str) -> None:
    events = _events(text)
    assert holding_statement(events, text, words), shown(events)


def holding_statement(events: list, text: str, words: str) -> list:
    """The statements whose evidence holds the words' place in the text."""
    at = text.index(words)
    return [e for e in events if e.kind.value == "statement" and e.evidence.start <= at
            and at + len(words) <= e.evidence.end]
