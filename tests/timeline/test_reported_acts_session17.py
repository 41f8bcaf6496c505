"""Acts told with their attribution (", X said", "according to X", "X said (that) ...", "..., when X said"), read as the
act beside the statement (session 17, helper acts17; fresh sentences written from general knowledge about other crises,
outlets and years, no corpus text). Gold rule (tests/data/eval/README.md): an attribution is a statement event, and the act
it reports a second event (its doer the clause's subject, its own day, else undated).

The gold acts of the declassified sets heldout11/9/13/7/10/12 (main 87d82c8) that share a sentence with a statement and
were missed, or matched only to the statement ("as-statement"), by the shape of the sentence and why the act was lost
(C1 no act read in the reported clause; C2 the statement took the span: the act's gold matched the statement, whose own
gold was then missed; C3 an act read there but its evidence, kind or day did not fit):

| shape                                                                         | C1 | C2 | C3 | h11 h9 h13 h7 h10 h12 |
|-------------------------------------------------------------------------------|----|----|----|-----------------------|
| S1 act clause told first, ", X said/reported/announced" after                 |  5 | 18 |  2 |  8   6   4  2   2   3 |
| S2 "according to X" before or after the act                                   |  2 |  1 |  0 |  1   1   0  0   0   1 |
| S3 "X said/told (that) S had V-ed / was V-ed / will V" after the speech verb   | 23 |  3 |  9 | 11   8   2  7   4   3 |
| S4 an act inside a direct quote                                               |  3 |  2 |  0 |  2   2   0  1   0   0 |
| S5 the statement in a ", when/where X said" clause after the act's clause     |  0 |  2 |  0 |  2   0   0  0   0   0 |
| S6 other: an act noun, a reduced relative or an aside of the statement's      | 12 | 11 |  2 |  2   5   4  7   5   2 |
|    sentence ("the piratical ramming of X", "a missile X last test-fired")     |    |    |    |                       |

Why, by cause, among the S1/S3/S5 rows: C1 a passive of request ("had been asked to leave"), an addressee with an
apposition before "that" ("told the Althing, Iceland's parliament, that"), a verb too short for the "-ed" rule ("have
died"), a ship's verb no list held ("had limped back to"), plans with no day ("will build", "would respond": kept out on
purpose, a plan needs a day of its own), perfects of the stop list ("had shown him", "had agreed to raise"), a speaker no
list holds ("Army-owned X TV said": the statement itself lost); C2 a setting or a participle after the attribution's verb
("the ministry said earlier", "said at the time", "said, ending a deployment that ...") made those words the frame's, so
the words told first were never read; a "when/where X said" clause whose statement opened at the sentence's start and took
the main clause ("Russia followed suit a day later, when X said ..."); "had also been taken, he said" (an adverb between
"had" and "been", and "taken" alone, read as no act).

Fixed this session (rows below): the S5 shape (timeline/whenspeech.py: the statement opens at "when"/"where", the main
clause is its own act, the statement takes the main clause's day when it names none; triggers.toml [fallback] "followed
suit"); S1's settings and participles after the verb (actfirst.told_before, read by openverbs.open_acts: "said earlier",
"said at the time", "said, ending ..."; never "said, adding that ...", which reports more words); S1's "had also been
taken" (actfirst: an adverb between the perfect's auxiliary and "been"; actfirst.toml bare_acts "taken" ending its
clause) and "have died" (openverbs.toml irregular "died"); S3's passive of a request to leave (openverbs.toml
leave_requests: "had been asked / were told to leave"; "was asked about", "was told the plan" stay speech), an addressee
with an apposition (frames.ADDRESSEE_THAT_RE) and a ship that limps to port (triggers.toml ship_movement).
Second step: a predicate after words told first is the same doer's act before ", X said" (openverbs._continued), and
the first predicate takes its day ("reassigned 12 governors and replaced four ministers yesterday, the office
announced"); an outlet named after its owner speaks ("Army-owned X TV said": frames.MEDIA_BEFORE_RE); an outcome
("achieved the expected results") is no act (openverbs.toml stop); a stop verb made an act by its particle or object
("had called off the strikes", "had used tear gas", "was carried out by drones": phrasal_acts, passive_phrasal; the
fast path's may_tell knew no four-letter "used", so "Police used tear gas, witnesses said" was skipped). Guards the dev
sets asked for: a predicate after a passive told first, or one whose object is a speech ("delivered a strong protest"),
is no act (openverbs._active_deed, speech_objects); an irregular past that is a noun after an "-ing" word ("launching
ground") is no verb (noun_like); with no attribution comma outside quote marks no predicate is read past the words told.
heldout11 74/88/88/95 -> 77/88/92/95, heldout9 kind 91 -> 92, heldout10 87/89/94 -> 88/89/95; no dev or blind figure down.
Left (strict xfails at the end): plans with no day, the stop list's perfects, an object relative's own act.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import (
    ActRow,
    check_row,
    held_by,
    kinds_found,
    make_excerpt,
    missed_cases,
    shown,
)
from timeline.events import extract_strict

PUBLISHED = "2022-03-18"  # a Friday

R = ActRow


def _events(text: str) -> list:
    return list(extract_strict(make_excerpt(text, published=PUBLISHED)))


# S5: a statement told in a ", when/where" clause after the act's own clause; the act is its own event.
WHEN = [
    R("Peru recalled its ambassador on Monday, when the foreign minister said the talks had failed.", "other",
      "Peru recalled its ambassador on Monday", "Peru", None, "2022-03-14"),
    R("Chile followed suit a day later, when President Luis Vera said Santiago was suspending the pact too.", "other",
      "Chile followed suit a day later", "Chile"),
    R("The general chaired the first meeting of the council this morning, where he said the army had been compelled "
      "to act.", "meeting", "chaired the first meeting of the council this morning", None, None, "2022-03-18"),
    R("The navy shelled the port on Monday, where the governor said four people had been killed.", "other",
      "The navy shelled the port on Monday", None, None, "2022-03-14"),
]

# S1: words told first before ", X said" followed by a setting or a participle of the speaker's own.
TOLD_FIRST = [
    R("The last troops of the regional force left the country on Wednesday, the ministry said, ending a deployment "
      "that Nairobi had presented as a model.", "other|deployment", "left the country on Wednesday", None,
      "reported_claim", "2022-03-16"),
    R("Four transport planes of the force left the airbase on Tuesday, the ministry said in a statement, bringing to an "
      "end some 40 flights.", "other|deployment", "left the airbase on Tuesday", None, "reported_claim", "2022-03-15"),
    R("Peru intends to submit a revised claim on the limits of its shelf to the UN commission in 2025, the ministry "
      "said earlier.", "other", "Peru intends to submit a revised claim", "Peru", "planned"),
    R("The truce ceased to be in force on 4 March at the request of Bolivia, the Paraguayan foreign ministry said at "
      "the time.", "other", "The truce ceased to be in force on 4 March", None, "reported_claim", "2022-03-04"),
    R("The deputy governor had also been taken, she said.", "other", "The deputy governor had also been taken", None,
      "reported_claim"),
    R("The opposition leader had been taken too, his party said.", "other", "The opposition leader had been taken too"),
    R("Twelve soldiers and border guards have died, it said.", "other",
      "Twelve soldiers and border guards have died", None, "reported_claim"),
    # a second predicate of the words told first is the same doer's act, and both take the one day told
    R("The junta also reassigned 12 governors and replaced four ministers yesterday, the presidential office announced "
      "last night.", "other", "replaced four ministers yesterday", None, "reported_claim", "2022-03-17"),
    R("The junta also reassigned 12 governors and replaced four ministers yesterday, the presidential office announced "
      "last night.", "other", "The junta also reassigned 12 governors", None, "reported_claim", "2022-03-17"),
    R("Militiamen stormed the depot and looted its stores, residents said.", "other", "looted its stores", None,
      "reported_claim"),
]

# A broadcaster named after its owner ("Army-owned X TV said"): the statement is read, and the acts it reports.
OWNED_OUTLET = [
    R("Army-owned Sahel TV said a state of emergency had been declared and that power had been handed to the army "
      "chief.", "statement", "Army-owned Sahel TV said"),
    R("Army-owned Sahel TV said a state of emergency had been declared and that power had been handed to the army "
      "chief.", "other", "power had been handed to the army chief", None, "reported_claim"),
]

# S3: acts told after the speech verb.
AFTER_SAID = [
    R("Foreign Minister Lars Holm told the Storting, Norway's parliament, that the Danish ambassador, Erik Moe, had been "
      "asked to leave the country within a week.", "sanction", "had been asked to leave the country within a week"),
    R("Foreign Minister Lars Holm told the Storting that the Danish ambassador had been asked to leave.", "sanction",
      "the Danish ambassador had been asked to leave", None, "reported_claim"),
    R("The ministry said two Estonian diplomats were told to leave within 48 hours.", "sanction",
      "two Estonian diplomats were told to leave within 48 hours", None, "reported_claim"),
    R("The coast guard said the patrol boat was holed below the bridge and had limped back to Tromso for repairs.",
      "ship_movement", "had limped back to Tromso for repairs"),
    R("The damaged corvette limped into port at Souda Bay on Sunday, the Greek navy said.", "ship_movement",
      "limped into port at Souda Bay on Sunday", None, None, "2022-03-13"),
    # a verb of the stop list made an act by its particle or object (openverbs.toml phrasal_acts, passive_phrasal)
    R("The president said he had called off retaliatory strikes on two radar sites.", "other",
      "he had called off retaliatory strikes on two radar sites", None, "reported_claim"),
    R("Police said they had used tear gas to disperse the crowd.", "other", "they had used tear gas", None,
      "reported_claim"),
    R("Riot police used water cannon on the marchers, witnesses said.", "other", "Riot police used water cannon",
      None, "reported_claim"),
    R("The governor said the strike was carried out by drones.", "other", "the strike was carried out by drones",
      None, "reported_claim"),
    R("Officials said the migrants were turned back at the border on Monday.", "other",
      "the migrants were turned back at the border on Monday", None, "reported_claim", "2022-03-14"),
]


@pytest.mark.parametrize("row", WHEN + TOLD_FIRST + AFTER_SAID + OWNED_OUTLET, ids=lambda r: f"{r.kind}:{r.anchor[:40]}")
def test_the_act_told_with_its_attribution_is_its_own_event(row: R) -> None:
    check_row(_events(row.text), row)


# The when-clause's statement opens at "when"/"where", never holding the main clause, and takes its day.
WHEN_STATEMENTS = [
    ("Peru recalled its ambassador on Monday, when the foreign minister said the talks had failed.",
     "when the foreign minister said the talks had failed.", "2022-03-14"),
    ("The general chaired the first meeting of the council this morning, where he said the army had been compelled to "
     "act.", "where he said the army had been compelled to act.", "2022-03-18"),
    # a date in an aside of the main clause is never the statement's
    ("The announcement, which followed talks that began in March, was made first in Accra, where Foreign Minister Kofi "
     "Mensah read a statement on state radio saying Ghana would leave the pact.", None, None),
]


@pytest.mark.parametrize("text,exact,day", WHEN_STATEMENTS, ids=lambda v: str(v)[:40])
def test_a_when_clause_statement_opens_at_its_subordinator(text: str, exact: str | None, day: str | None) -> None:
    statements = [e for e in _events(text) if e.kind.value == "statement"]
    assert statements, shown(_events(text))
    if exact is not None:
        assert any(e.evidence.exact == exact for e in statements), shown(statements)
    got = {str(e.date.start) if e.date and e.date.start else None for e in statements}
    assert day in got, got


# No act: a request that is speech, a taking that is a judgement, a metaphor's limp, a report that goes on reporting,
# a statement's ", when" with no main clause before it, a death of a process.
NEGATIVE = [
    ("The ministry said the ambassador was asked about the talks.", ["other", "sanction"]),
    ("The ministry said the ambassador was told the plan had changed.", ["other", "sanction"]),
    ("The proposal was taken seriously, she said.", ["other"]),
    ("The economy limped into recession, the central bank said.", ["ship_movement"]),
    ("The ministry said the talks had died.", ["other"]),
    ("The ministry said the plan was carried over to next year.", ["other"]),
    ("The coast guard said it had taken control measures against the trawlers.", ["other"]),
    # a noun after an "-ing" modifier is no past verb ("launching ground": openverbs.toml noun_like)
    ("The launch from the coastal launching ground was detected at 9:10 p.m., and the rocket fell into the sea, the "
     "joint staff said in a text message.", ["other"]),
    # a predicate after a passive told first is not its agent's act, nor is a protest delivered (openverbs._active_deed,
    # speech_objects)
    ("The smugglers were chased by the patrol boat Alta and surrendered after an hour, the navy said.", ["other"]),

    ("The ministry said the talks had used up its patience.", ["other"]),
    # an outcome told after the act is no act of its own (openverbs.toml stop "achieved")
    ("The navy on Thursday held live-fire drills off the coast and achieved the expected results, the command said.",
     ["other"]),
    ("When the minister said the talks had failed, the crowd dispersed.", ["other"]),
]


@pytest.mark.parametrize("text,absent", NEGATIVE, ids=lambda v: str(v)[:40])
def test_no_act_is_told(text: str, absent: list[str]) -> None:
    assert not kinds_found(_events(text), absent)


def test_a_protest_delivered_after_an_act_told_first_is_no_act() -> None:
    text = ("Manila's foreign ministry summoned the ambassador on Tuesday and delivered a strong protest, the minister "
            "told reporters.")
    events = _events(text)
    assert held_by(events, text, "other", "summoned the ambassador on Tuesday"), shown(events)
    assert not [e for e in held_by(events, text, "other|sanction|meeting", "delivered a strong protest")
                if e.kind.value != "statement"], shown(events)


def test_a_speech_participle_after_the_attribution_keeps_the_frame_words() -> None:
    text = "The junta reshuffled 12 governors on Monday, the office said, adding that more changes would follow."
    events = _events(text)
    assert held_by(events, text, "statement", "the office said"), shown(events)
    assert held_by(events, text, "other", "reshuffled 12 governors on Monday"), shown(events)


# Known misses: a strict xfail each (the shapes left in the table above).
LEFT = [
    R("The prime minister announced yesterday that Norway will build a naval base at Tromso.", "other",
      "Norway will build a naval base at Tromso", None, "planned"),
    R("The scientist disclosed on Saturday that the North had shown him a new enrichment hall.", "other",
      "the North had shown him a new enrichment hall"),
    R("Consular ties, which Ghana cut on 3 March, will be restored on Monday, Ghanaian officials said.", "other",
      "which Ghana cut on 3 March", None, None, "2022-03-03"),
]
MISSED = {
    "The prime minister announced": "a plan with no day of its own is kept out (openverbs: a plan needs a date phrase)",
    "The scientist disclosed": "'shown' is in openverbs' stop list (a verb of showing a thought: 'showed that')",
    "Consular ties, which": "a which-clause with a subject of its own (relacts: tried in session 16, one blind extra)",
}


@pytest.mark.parametrize("row", missed_cases(LEFT, MISSED))
def test_left(row: R) -> None:
    check_row(_events(row.text), row)
