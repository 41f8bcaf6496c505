"""Session 21 (speak21): statements whose speaker no rule found, and acts read only as the statement beside them.

Table 1: every statement-side miss of the open sets at main aeb65a5 (`timeline.evaluate -v` on eval, gaps, gaps2, heldout,
heldout2-4, heldout7, heldout9-17, fresh6 and the dev sets), each sentence read with its events, by what the sentence held:

| what the sentence held                                                            | h17 | h11 | h16 | h14-15 | other open | all |
|-----------------------------------------------------------------------------------|-----|-----|-----|--------|------------|-----|
| K  an act read only as its statement: the statement's evidence holds the act's    |   8 |   6 |   5 |    1   |     41     |  61 |
|    anchor and no event of the act's kind was read ("Kuwait sent ... as the US      |     |     |     |        |            |     |
|    said", "A column reaches the outskirts, witnesses say", "were taken prisoner, |     |     |     |        |            |     |
|    the report said")                                                            |     |     |     |        |            |     |
| M+ a statement gold missed although a statement was read in its sentence: that   |   4 |   3 |   4 |    7   |     36     |  54 |
|    statement went to an act gold of the sentence (the act unread, as in K) or its  |     |     |     |        |            |     |
|    span started at the sentence's start, before the speaker's own clause          |     |     |     |        |            |     |
| M- no statement at all in the sentence: the speaker's form no rule reads          |   8 |   9 |   2 |    9   |     24     |  52 |
| all                                                                              |  20 |  18 |  11 |   17   |    101     | 167 |

Table 2: the M- row by the speaker's form (one each; what this file fixes in the last column):

| form                                                                              | count | fixed here              |
|-----------------------------------------------------------------------------------|-------|-------------------------|
| unnamed people "here" / "now" between the speaker and the verb ("Officials here    |   3   | step 1: frames GAP_RE   |
|   insist", "officials here told reporters", "American officials now say")         |       |                         |
| an inverted speaker with a lowercase office-holder ("said federation chairman X")  |   1   | step 1: roles.toml      |
| a count kept by a body ("according to a tally kept by the Icelandic coastguard")   |   1   | step 1: ISSUED_BY_RE    |
| groups by their cause ("Arms-control groups say")                                 |   1   | step 1: roles.toml      |
| a pronoun after a quote by a verb other than "said" ('"...," it stressed')         |   1   | step 1: frames          |
| spun copy ("in keeping with", "advised CTV", "instructed AFP", "has known as for") |   6   |                         |
| a speech by its noun or occasion ("NATO's fear, voiced by X", "Details given by    |  12   |                         |
|   the Pentagon", "went on state television to announce", "made a statement        |       |                         |
|   admitting", "According to Communique No. 8 of X", "the Pope's decision, announced")|     |                         |
| a stance or answer as an act verb ("rejected the American protest", "supported     |   9   |                         |
|   Pakistan's call", "declared their support", "cited as proof")                  |       |                         |
| an outlet's verb or knowledge ("The Herald understands", "the newspaper recalls",  |   5   |                         |
|   "is understood to have replied", "Argentine newspapers reported" after ", but")  |       |                         |
| other (a plan to report, an imperfect "have been saying", a who-clause)          |  13   |                         |

Of the M+ row, 6 were the statement's span opening at the sentence's start when its speaker is in a subordinate clause
after the main one ("Kuwait sent most of its army ... on Sunday as the United States said Iraq had massed ...", "...,
while Ankara insisted that ...", "even as Washington warned that ..."): the main clause is its own act, never the
speaker's words (step 1: whenspeech.CONCURRENT_BEFORE_RE; the act before a bare "as" + "said" still needs
timeclause.AS_RE to open a clause there: asked of dates21).

Step 1 moved: heldout11 recall 85 -> 87%, heldout17 80 -> 81%, heldout14 a statement found and one extra (a toll read
inside "The Pentagon now says"), heldout7 kind 93 -> 94%, heldout15 dates 131/133 -> 132/134; dev21-speech (new, gold
first) 80/92/88/100 -> 100/91/100/100. Rows are fresh sentences (other crises, outlets, years), each failing on the old
code, with guard rows for the senses the new words must not take.

Step 2 (more of Table 2's forms, rows below SPEAKERS2, each failing on step 1's code): a body's report closed by the
document it came in ("..., the Navy reported in a separate communiqué": frames DOCUMENT_TAIL_RE), speech by its medium
("went on state television on Sunday to announce that"), a statement made as such ("made a statement admitting that"),
words on record second-hand ("is understood to have replied": speech.toml reporting_verbs), a country's papers or state
television in a clause after a conjunction (", but Argentine newspapers reported", ", when state television said":
frames MEDIA_BEFORE_RE), a body's members by number ("NATO's 29 members said": roles.toml anonymous) and a people in the
plural with "the" as its state ("The North Koreans rejected the American protest": speakers.PEOPLE_PLURAL_RE). Moved (open):
heldout11 recall 87 -> 88%, heldout14 89 -> 90% (kind 97%), heldout15 87 -> 88%, heldout17 81 -> 83%; heldout16 kind 91 -> 90% and
dates 192 -> 191 (fk-02: the Navy's communiqué now read, the act told first beside a where-clause's act is lost, as it is
with "the Navy said": asked of clauses21, actfirst.first_acts).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_any, held_by, make_excerpt, shown
from timeline.events import extract

# sentence, published, anchor a statement must hold, actor ("" = unnamed, None = not checked)
SPEAKERS = [
    # unnamed people placed "here", or speaking "now"
    ("Officials here insist the convoy left the port before the deadline.", "2011-03-10", "Officials here insist", None),
    ("Diplomats here told reporters on Wednesday that the envoy had left for Minsk.", "1999-04-22",
     "Diplomats here told reporters", None),
    ("Kaldoran officials now say the corvette fired two shells at the trawler.", "2004-09-01",
     "Kaldoran officials now say", None),
    # an inverted speaker: a lowercase office-holder after the body's name
    ('"Our crews will keep fishing," said federation chairman Tom Doyle.', "1976-02-20",
     "said federation chairman Tom Doyle", "Tom Doyle"),
    ('"The blockade must end," said union president Maria Kovacs.', "1989-11-02",
     "said union president Maria Kovacs", "Maria Kovacs"),
    # a count kept by a body speaks for it
    ("There have been nine incursions since March, according to a tally kept by the Norwegian coast guard.", "2016-05-20",
     "according to a tally kept by the Norwegian coast guard", None),
    ("At least 40 people have died, according to figures compiled by the United Nations.", "2016-05-20",
     "according to figures compiled by the United Nations", "United Nations"),
    # groups named by their cause
    ("Arms-control groups say both sides are now racing to field new missiles.", "2019-08-19", "Arms-control groups say",
     ""),
    ("Indigenous groups said soldiers had crossed the river at dawn.", "2023-12-04", "Indigenous groups said", ""),
    # a pronoun after a quote, by a verb other than "said"
    ('The exercise "is not directed against any country," it stressed.', "2016-10-15", "it stressed", None),
    ('"We will answer any provocation," it warned on Friday.', "2016-10-15", "it warned", None),
]


def assert_speaker(text: str, published: str, anchor: str, actor: str | None) -> None:
    """A statement holds anchor in text, said by actor where one is given (shared with later sessions' tables)."""
    events = extract(make_excerpt(text + "\n", published=published))
    held = held_by(events, text, "statement", anchor)
    assert held, shown(events)
    if actor is not None:
        assert any((e.actor or "") == actor for e in held), [(e.actor, e.evidence.exact) for e in held]


@pytest.mark.parametrize(("text", "published", "anchor", "actor"), SPEAKERS, ids=[r[2][:40] for r in SPEAKERS])
def test_speaker_found(text: str, published: str, anchor: str, actor: str | None) -> None:
    assert_speaker(text, published, anchor, actor)


# sentence, published, act kind, act anchor, the speaker's words: the statement told in a subordinate clause after the
# main clause opens at its subordinator; the main clause's act is its own event, never inside the statement's evidence.
CONCURRENT = [
    ("Japan scrambled fighter jets on Tuesday, as China said its bombers had flown a routine patrol.", "2013-11-28",
     "deployment", "Japan scrambled fighter jets on Tuesday", "China said its bombers"),
    ("Greece recalled its ambassador on Monday even as Turkey insisted that its survey ship had left the area.",
     "1996-02-07", "other", "Greece recalled its ambassador on Monday", "Turkey insisted that its survey ship"),
    ("Brazil sent armoured vehicles to its northern border on Wednesday, while Venezuela insisted that it had no plans to"
     " invade.", "2023-12-07", "deployment", "Brazil sent armoured vehicles to its northern border",
     "Venezuela insisted that it had no plans"),
]


@pytest.mark.parametrize(("text", "published", "kind", "act", "words"), CONCURRENT, ids=[r[3][:30] for r in CONCURRENT])
def test_statement_opens_at_its_subordinator(text: str, published: str, kind: str, act: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert held_by(events, text, kind, act), shown(events)
    said = held_by(events, text, "statement", words)
    assert said, shown(events)
    assert not held_by(events, text, "statement", act), shown(events)
    # the statement takes the time its main clause names
    assert all(e.date and e.date.start for e in said), [(e.date, e.evidence.exact) for e in said]


def test_statement_keeps_its_as() -> None:
    """"..., as police said dozens had been killed": the statement's evidence holds its "as", as readers quote it."""
    text = ("Troops were flown into the capital on Thursday after the alliance agreed to help, as police said dozens of "
            "rioters had been killed.")
    events = extract(make_excerpt(text + "\n", published="2022-01-06"))
    said = held_by(events, text, "statement", "as police said dozens")
    assert said and not held_by(events, text, "statement", "Troops were flown"), shown(events)


# the senses the new words must not take: (sentence, words no statement may hold)
GUARDS = [
    # "such as" / "as well as" are no subordinators: the speaker's phrase stays whole
    ("Western officials such as the French foreign minister said the talks had failed.", "Western officials such as"),
    # a trailing ", as police said" with no words after it is the speaker of the clause before (no change)
    ("Five soldiers were wounded in the blast, as police said.", None),
    # armed groups act, they do not speak
    ("Armed groups attacked the convoy near the border on Monday.", "Armed groups attacked"),
    # a pronoun with no quote and no speaker before it: "stressed" alone is no statement
    ("It stressed the need for calm.", "It stressed"),
    # figures compiled by nobody named: no statement
    ("The figures were compiled in March.", "The figures were compiled"),
]


@pytest.mark.parametrize(("text", "words"), GUARDS, ids=[r[0][:40] for r in GUARDS])
def test_speech_guard(text: str, words: str | None) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    if words is None:  # the whole clause is the trailing speaker's words, as before
        assert held_any(events, text, "Five soldiers were wounded") and any(
            e.kind.value == "statement" for e in events), shown(events)
        return
    got = [e for e in held_any(events, text, words) if e.kind.value == "statement"]
    if words == "Western officials such as":
        assert got, shown(events)  # the statement opens at the subject, never at "as"
    else:
        assert not got, shown(events)


# Step 2: speech forms read by data and one pattern each (speech.toml reporting_verbs, roles.toml anonymous, frames
# DOCUMENT_TAIL_RE, MEDIA_BEFORE_RE): (sentence, published, anchor a statement must hold)
SPEAKERS2 = [
    # a body's report closed by the document it came in
    ("Two tankers were hit near the strait on Friday, the ministry reported in a statement on Saturday.", "2019-06-16",
     "the ministry reported in a statement"),
    ("The garrison surrendered at dawn, the Navy reported in a separate communiqué.", "1982-04-04",
     "the Navy reported in a separate communiqué"),
    # speech by its medium, a statement made as such, words on record second-hand
    ("The president went on state television on Sunday to announce that the army had retaken the port.", "1999-03-08",
     "went on state television"),
    ("The trawler's skipper made a statement admitting that his boat had entered the zone.", "1973-05-21",
     "made a statement admitting"),
    ("Mr Ortega is understood to have replied that Managua had no part in the raid.", "1984-04-11",
     "is understood to have replied"),
    # a country's papers or state television in a clause of their own after a conjunction
    ("The junta kept silent, but Chilean newspapers reported that reservists had been called up in the south.",
     "1978-12-21", "Chilean newspapers reported"),
    ("The answer came on Monday, when state television said the council would study the proposals.", "2021-04-27",
     "state television said"),
    # a body's members speaking together
    ("ASEAN's 10 members said in a joint statement that they fully backed the decision to withdraw.", "2022-03-02",
     "ASEAN's 10 members said"),
]


@pytest.mark.parametrize(("text", "published", "anchor"), SPEAKERS2, ids=[r[2][:40] for r in SPEAKERS2])
def test_speaker_found_step2(text: str, published: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    assert held_by(events, text, "statement", anchor), shown(events)


# the senses the step 2 words must not take: no statement holds the words
GUARDS2 = [
    ("The navy reported two sightings of the submarine in its annual review.", "The navy reported two sightings"),
    ("The ship went on the rocks off Cape Ruva on Sunday.", "went on the rocks"),
    ("Three members of the crew were injured in the blast.", "Three members of the crew"),
    ("The convoy went on to the border after the talks.", "went on to the border"),
]


@pytest.mark.parametrize(("text", "words"), GUARDS2, ids=[r[1] for r in GUARDS2])
def test_speech_guard_step2(text: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == "statement"], shown(events)


# Step 2 also: a people named in the plural with "the" is its state speaking ("The North Koreans rejected the protest"):
# (sentence, published, anchor a statement must hold, actor)
PEOPLES = [
    ("The Iraqis insisted that their troops had left the border area.", "1994-10-14", "The Iraqis insisted", "Iraq"),
    ("The Americans told the Council on Monday that the convoy had turned back.", "1994-10-11", "The Americans told",
     "United States"),
    ("The North Koreans rejected the American protest at the armistice talks.", "1968-01-27",
     "The North Koreans rejected the American protest", "North Korea"),
]


@pytest.mark.parametrize(("text", "published", "anchor", "actor"), PEOPLES, ids=[r[2][:30] for r in PEOPLES])
def test_people_speak_for_their_state(text: str, published: str, anchor: str, actor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = held_by(events, text, "statement", anchor)
    assert any((e.actor or "") == actor for e in held), shown(events)


def test_demonym_adjective_stays_the_bodys() -> None:
    """"The Chinese foreign ministry said": a demonym that is no plural of a people stays the adjective of the body
    after it (one statement, by the ministry's state), never a people speaking alone."""
    text = "The Chinese foreign ministry said the talks had failed."
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert [e.actor for e in held_by(events, text, "statement", "The Chinese foreign ministry said")] == ["China"]
