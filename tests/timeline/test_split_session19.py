"""Session 19 (split19): one event per act where one sentence holds two or more acts.

The table: every required gold event of heldout14 (h14, declassified this session), heldout15/11/9/13/7/10/12 and the
dev sets dev16-standoff (d16), dev12-links (d12l), fresh6 (f6) that main 4bd4a1f misses while its sentence yields
another event (162 of the 205 missed; 43 have nothing in their sentence): 81 held whole by an extracted event the matcher
gave to another gold event of the sentence of another kind, 29 of the same kind, 34 with only another event in their
sentence, 18 overlapped by a free event that tells them but does not hold their anchor. By shape (one each, the first
that applies): ATTR an act and its attribution ("<act>, officials said", "according to X", the act in said words);
REL an act in a who/which/that clause (an aside before the main verb, or on an object); STMTACT a statement and the
act, plan or threat its words tell; TIME an act in a clause after "after/when/as/since" ("hours after X abandoned");
NOUN an act told by a noun (a noun list "the dismantling of X and the arrest of Y", an act noun another verb takes);
CO2 two subjects (", and X <verb>", "; Y arrived"); SEQ a sequel in a participle (", giving them three days to go");
CO1 coordinated predicates of one subject ("had removed X and sworn in Y", "drove X from A on <day> and from B on
<day>"); SPEECH2 one speaker's two speech acts ("called X 'barbaric' and said in a statement"). By why: nolist
(the second act's verb or noun is in no list or reading: acts19's share), span (read, but its evidence does not hold
the anchor, or another event's evidence swallowed it), first (the clause reader keeps the first act of a kind or
one statement per speaker), kind (read as the statement that tells it), elided (the second act's verb elided).

  shape       h14  h15  h11   h9  h13   h7  h10  h12  d16 d12l   f6  all
  ATTR          5    7    6    4    2    1    2    2    2    4    0   35
  REL           7    7    1    5    6    4    3    0    0    1    0   34
  STMTACT       2    1    3    3    0    6    2    3    2    3    1   26
  TIME          2    5    1    3    1    0    2    2    3    0    1   20
  NOUN          6    0    1    6    1    0    1    0    0    0    1   16
  CO2           0    4    1    3    1    0    1    1    0    0    0   11
  SEQ           0    0    0    1    2    2    0    2    1    0    0    8
  CO1           0    2    1    0    1    0    2    0    1    0    0    7
  SPEECH2       2    0    0    1    1    0    0    1    0    0    0    5
  why: nolist 103, span 35 (REL 11, TIME 10, ATTR 9), first 15, kind 7, elided 2.

Step 1 (`timeline/evidencelead.py`, the span/TIME and span/REL rows): an act told in a subordinate clause keeps in its
evidence the words readers name it by: the time clause's opener with its measure ("three days after the army
handed power to X", "after the council met in closed session", "after summoning the envoy") and a
relative clause's common-noun head ("its own warships, which left port earlier this week", "a ferry that left Apia on
Friday morning": subject relatives only, never a complementizer "said on Monday that ...", an object relative's head "the
ship, which Ankara sent", nor a name before ", who", the act's doer already). Missed gold events on these
sets 205 -> 193 with step 1b (matched h14 126 -> 129, h15 133 -> 136, h11 145 -> 146, h9 225 -> 226, h10 107 -> 108,
h12 141 -> 142, d16 87 -> 88, d12l 75 -> 76), no event added.

Step 1b (evidencelead.object_relative_end): an act's evidence runs over the subject relative clause on its object
("attacked a gunboat that had approached the carrier, officials said": the statement then keeps its own
anchor; h15 and h9 one each). Tried first: every who/which head ("Envoy X, who toured ...", "the ship, which Ankara
sent"): two old rows hold a relative act's evidence to its pronoun (test_acts_session5, test_actors_session14), and a
name before ", who" is the doer already; kept for common-noun heads of subject relatives only (h11 one fewer).

Step 2 (`timeline/speechpairs.py`, the SPEECH2/first rows): one speaker's second speech act told by "and" + a verb of
speech with no subject ("first announced the ban on Sunday ... and confirmed it in a formal decree on Tuesday", "called
X 'barbaric' and said in a statement on Monday", "had urged both sides last week ..., and has voiced support
for ...") is a second statement of the speaker where a day, a setting or the tense tells the
two apart (never a day inside the words it reports). Matched gold events h9, h13, h12 one more each, by one new event.

Step 3 (`timeline/asidespeech.py`, the REL rows whose aside is a speech act): a speech act told in a who/whose aside right
after the subject ("The archbishop, who has twice appealed to both governments ..., was weighing ..., church sources
said"; "Sweden, whose foreign minister had on Monday condemned the raid, on Wednesday summoned ...") is its own statement, and
a statement read there already ends with the aside where the main clause tells an act of its own ("X, whose Prime
Minister, Y, had on Monday criticised Z, on Tuesday summoned ...") or speaks ("X, who on Tuesday urged the bloc to
hold an emergency session, told journalists that ...": the main clause's words a statement of their own; never where the aside
only tells words too, "X, who told deputies that A, said B", one statement in the h12/h13 golds). h14 126 -> 133 matched with
steps 1-3 and this, no extra on any set.

Step 4 (`speechpairs.reported_protests`, a STMTACT/first row): the speaker's own protest its words report, which the
"said" frame swallowed as the same speaker's verb ("The foreign ministry said it lodged a protest with
Hanoi"), is the speaker's act beside the statement, as "said it had lodged a protest" is read already: d16 88 -> 89.

Tried and not kept: a sequel told by a participle after an act of its clause as its own event ("stormed the embassy on
Friday, arresting X", "rammed the trawler, sinking it"; the doer carried, the act before ending at the comma; never a
toll, the same voyage, a measure's or sitting's part, an umbrella's detail). h7 recall 93% -> 94% ("giving them three days
to go"), but heldout8 precision 92% -> 91%, heldout16 80% -> 79%, heldout8 status -1, and two stray events in
gap_cases ("retaliated on Thursday, suspending ...", "answered in kind, ordering out ...": the answer told by its
measure is one act): news prose details one act in a participle more often than it tells a second one.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_any, make_excerpt, shown
from timeline.events import extract

# (text, published, kind, anchor): an event of that kind holds the anchor (its evidence starts at the clause's lead).
LEADS = [
    # a time clause's opener and its measure
    ("The court upheld the decree on Wednesday, three days after the army handed power to Colonel Vasquez.",
     "2016-05-20", "other", "three days after the army handed power to Colonel Vasquez"),
    ("Addressing journalists after the council met in closed session, the premier said the port would stay shut.",
     "2016-05-20", "meeting", "after the council met in closed session"),
    ("Vilnius said it would deliver a note to the embassy on Friday, after summoning the Valdivian envoy on "
     "Wednesday.", "2027-09-10", "other", "after summoning the Valdivian envoy"),
    ("Engineers began assembling the launchers in the autumn, after the government gave notice in March.",
     "2019-11-20", "other", "after the government gave notice in March"),
    # a relative clause's head
    ("Lima said on Thursday that its own warships, which left port earlier this week, would guard the reefs.",
     "2018-12-21", "ship_movement", "its own warships, which left port earlier this week"),
    ("Some 30 pilgrims were on a ferry that left Apia on Friday morning, hours ahead of the storm.", "2006-12-09",
     "ship_movement", "a ferry that left Apia on Friday morning"),
    ("Athens said its frigate Hydra, which sailed from Souda Bay on Monday, would shadow the survey ship.",
     "2020-08-12", "ship_movement", "its frigate Hydra, which sailed from Souda Bay on Monday"),
    # an act's object and the subject relative clause on it
    ("Valdivian jets struck a radar site near the coast and attacked a gunboat that had approached the carrier, "
     "officials said.", "2016-05-20", "other", "attacked a gunboat that had approached the carrier"),
    ("The coast guard seized a trawler that had entered the exclusion zone on Sunday.", "2016-05-20", "other",
     "seized a trawler that had entered the exclusion zone"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor"), LEADS, ids=[r[3][:30] for r in LEADS])
def test_lead_words_in_evidence(text: str, published: str, kind: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = [e for e in held_any(events, text, anchor) if e.kind.value == kind]
    assert held, shown(events)


# (text, words): no act's evidence reaches back over these words (a complementizer "that" after a day or a speech noun,
# the reporting verb before it).
NOT_LEADS = [
    ("The ministry said on Monday that Ruvian troops had shelled two villages.", "Monday that"),
    ("The president told the nation in a televised address that he had ordered troops to the border.", "address that"),
    ("Officials in Quito said that the coast guard had seized a trawler.", "said that"),
]


@pytest.mark.parametrize(("text", "words"), NOT_LEADS, ids=[r[1] for r in NOT_LEADS])
def test_no_lead_over_a_complementizer(text: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    at = text.index(words)
    acts = [e for e in events if e.kind.value != "statement"]
    assert acts and all(e.evidence.start > at + len(words) - 5 for e in acts), shown(events)


# (text, clause): the act a relative clause tells starts at its pronoun (an object relative's head is no part of its
# words; a name before ", who" is its doer, named already).
PRONOUN_STARTS = [
    ("Protesters stormed the embassy, which Kenya had closed on Monday.", "which Kenya had closed on Monday"),
    ("Envoy Maria Santos, who toured Lima and Quito earlier this week, arrived in Bogota on Tuesday.",
     "who toured Lima and Quito earlier this week"),
]


@pytest.mark.parametrize(("text", "clause"), PRONOUN_STARTS, ids=[r[1][:20] for r in PRONOUN_STARTS])
def test_relative_act_starts_at_its_pronoun(text: str, clause: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    held = sorted(held_any(events, text, clause), key=lambda e: e.evidence.end - e.evidence.start)
    assert held and held[0].evidence.start == text.index(clause), shown(events)


# (text, published, first, second, day of the second or None): one speaker's second speech act told by "and" + a verb
# of speech, told apart by its own day, setting or tense, is a second statement of that speaker.
PAIRS = [
    ("Kyiv first announced the ban on Sunday and confirmed it in a formal decree on Tuesday.", "2023-05-26",
     "Kyiv first announced the ban on Sunday", "confirmed it in a formal decree on Tuesday", "2023-05-23"),
    ('The ministry called the raids "barbaric" and said in a statement on Monday that it would appeal to the UN.',
     "2022-10-12", 'The ministry called the raids "barbaric"', "said in a statement on Monday", "2022-10-10"),
    ("The alliance had urged both sides last week to hold back, and has voiced support for Guyana's position, the envoy "
     "said.", "2023-12-08", "had urged both sides last week", "has voiced support for Guyana's position", None),
    ("Quito's foreign ministry protested on Monday and reiterated in a note to the embassy on Wednesday that the "
     "vessel had no permit.", "2021-03-12", "protested on Monday", "reiterated in a note to the embassy on Wednesday",
     "2021-03-10"),
]


@pytest.mark.parametrize(("text", "published", "first", "second", "day"), PAIRS, ids=[r[3][:24] for r in PAIRS])
def test_second_speech_act(text: str, published: str, first: str, second: str, day: str | None) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    said = [e for e in events if e.kind.value == "statement"]
    one = [e for e in held_any(said, text, first) if second not in e.evidence.exact]
    two = [e for e in held_any(said, text, second) if first not in e.evidence.exact]
    assert one and two, shown(events)
    assert one[0].actor == two[0].actor
    assert day in [str(e.date.start) if e.date.start else None for e in two], [e.date for e in two]


# One statement: no own day, setting or tense tells the second verb's speech act apart, or the day is the reported act's.
ONE_STATEMENT = [
    ("The ministry condemned the attack and called for restraint on Monday.", "called for restraint"),
    ("Riga's foreign ministry criticised the expulsion on Monday and said it would respond in kind.", "said it would"),
    ("The bloc condemned the coup on Tuesday and said its council would meet on Friday to weigh sanctions.",
     "said its council"),
]


@pytest.mark.parametrize(("text", "second"), ONE_STATEMENT, ids=[r[1] for r in ONE_STATEMENT])
def test_one_statement(text: str, second: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2022-10-12"))
    said = [e for e in events if e.kind.value == "statement"]
    assert len(said) == 1 and second in said[0].evidence.exact, shown(events)


# (text, published, anchor, actor or None, day or None): a speech act told in a who/whose aside right after the subject
# is a statement of its own (its anchor holds the aside alone), beside the main clause's event.
ASIDES = [
    ("Sweden, whose foreign minister had on Monday condemned the raid, on Wednesday summoned the Iranian ambassador.",
     "2023-07-21", "whose foreign minister had on Monday condemned the raid", "Sweden", "2023-07-17"),
    ("The archbishop, who has twice appealed to both governments to end the feud, was weighing whether to send a "
     "mediator, church sources said.", "1978-12-22", "who has twice appealed to both governments", None, None),
    ("The bloc, whose chairman had called on Tuesday for a ceasefire, now says a peacekeeping force should be deployed.",
     "2006-12-29", "whose chairman had called on Tuesday for a ceasefire", None, "2006-12-26"),
    # a name set off inside the aside; the statement read there already ends with the aside
    ("Portugal, whose prime minister, Rui Mateus, had on Monday criticised the decision to send the fleet, on Tuesday "
     "summoned the Ruvian ambassador.", "2024-03-08", "had on Monday criticised the decision to send the fleet",
     "Rui Mateus", "2024-03-04"),
]


def test_main_speech_after_an_aside_is_its_own_statement() -> None:
    text = ("Foreign Minister Ana Robles, who on Tuesday urged the regional bloc to hold an emergency session, told "
            "journalists that Peru would not strike first.")
    events = extract(make_excerpt(text + "\n", published="2024-03-08"))
    said = [e for e in events if e.kind.value == "statement"]
    aside = [e for e in said if "urged the regional bloc" in e.evidence.exact and "told" not in e.evidence.exact]
    main = [e for e in said if "told journalists" in e.evidence.exact and "urged" not in e.evidence.exact]
    assert aside and main, shown(events)
    assert str(aside[0].date.start) == "2024-03-05" and main[0].date.start is None, (aside[0].date, main[0].date)


def test_main_act_after_an_aside_keeps_its_own_day() -> None:
    text = ("Portugal, whose prime minister, Rui Mateus, had on Monday criticised the decision to send the fleet, on "
            "Tuesday summoned the Ruvian ambassador.")
    events = extract(make_excerpt(text + "\n", published="2024-03-08"))
    acts = [e for e in held_any(events, text, "summoned the Ruvian ambassador") if e.kind.value != "statement"]
    assert acts and str(acts[0].date.start) == "2024-03-05", shown(events)


@pytest.mark.parametrize(("text", "published", "anchor", "actor", "day"), ASIDES, ids=[r[2][:24] for r in ASIDES])
def test_aside_statement(text: str, published: str, anchor: str, actor: str | None, day: str | None) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = [e for e in held_any(events, text, anchor) if e.kind.value == "statement"
            and e.evidence.end <= text.index(anchor) + len(anchor) + 30]
    assert held, shown(events)
    if actor is not None:
        assert held[0].actor == actor, held[0].actor
    assert (str(held[0].date.start) if held[0].date.start else None) == day, held[0].date


# No statement of an aside: anonymity asked, no verb of speech, or a clause before the comma.
NOT_ASIDES = [
    # one speaker's words told twice ("who told X that A, said B"): one statement, as the gold of such sentences has it
    ("Mr Varga, who told deputies that Hungary had given up nothing, said the accord only restored the old line.",
     "said the accord"),
    ("A diplomat, who asked not to be named, said the talks had stalled.", "who asked not to be named"),
    ("The premier, who took office only last week, told parliament the base would stay shut.", "who took office"),
    ("When the navy called for calm, the ministry, who urged restraint, said nothing.", "who urged restraint"),
]


@pytest.mark.parametrize(("text", "aside"), NOT_ASIDES, ids=[r[1] for r in NOT_ASIDES])
def test_no_aside_statement(text: str, aside: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    at = text.index(aside)
    assert not [e for e in events if e.kind.value == "statement" and e.evidence.start == at], shown(events)


# The speaker's own protest its words report, read by no trigger ("said it lodged a protest"): an act of the speaker's,
# beside the statement.
PROTESTS = [
    ("Jakarta's foreign ministry said it lodged a protest with Hanoi over the ramming.", "2026-06-12",
     "it lodged a protest with Hanoi"),
    ("Quito said on Monday it sent a formal protest to the Peruvian embassy.", "2021-03-10",
     "it sent a formal protest to the Peruvian embassy"),
]


@pytest.mark.parametrize(("text", "published", "anchor"), PROTESTS, ids=[r[2][:20] for r in PROTESTS])
def test_reported_protest(text: str, published: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    said = [e for e in events if e.kind.value == "statement"]
    acts = [e for e in held_any(events, text, anchor) if e.kind.value != "statement"]
    assert said and acts and acts[0].actor == said[0].actor, shown(events)
