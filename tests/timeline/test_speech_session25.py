"""Session 25 (speak25): statements told by a state's formula, a note handed over, a broadcaster in the passive and a
communique's present tense; a briefing's greetings, headings and floor questions (the lead's ruling).

Table 1: the statement-side misses of the open sets at main 0ab79b9, heldout19 (declassified this session) first; a script
over `timeline.evaluate.match_excerpt` as session 24's (required gold only). K = a gold act whose only holders are
statements (acts25's this session); M = a statement gold unmatched: no event holds its anchor (none), a statement holds it
but another gold took it (taken), only events of other kinds hold it (other); X = a statement event matched to a gold of
another kind; R = a statement gold matched to an act read over it (kinds24's cause R: the attribution missed).

| corpus              | K  | M none | M taken | M other | X  | R  |
|---------------------|----|--------|---------|---------|----|----|
| heldout19           |  2 |   12   |    4    |    0    |  7 |  5 |
| heldout20           |  3 |    6   |    6    |    0    |  5 |  2 |
| heldout18           |  6 |    6   |    4    |    0    |  9 |  2 |
| heldout17           | 11 |    2   |    1    |    0    |  7 |  5 |
| heldout16           |  5 |    1   |    6    |    0    |  7 |  2 |
| heldout9            |  7 |    5   |    4    |    0    |  4 |  3 |
| heldout7            |  7 |    0   |    5    |    0    |  7 |  1 |
| heldout11           |  3 |    3   |    3    |    1    |  7 |  3 |
| heldout14           |  8 |    2   |    2    |    2    |  0 |  1 |
| heldout15           |  6 |    2   |    4    |    0    |  1 |  0 |
| heldout10, 13       |  6 |    4   |    5    |    2    |  7 |  2 |
| heldout3, 4         |  7 |    5   |    4    |    0    |  4 |  0 |
| others (eval, gaps, gaps2, heldout, heldout2, heldout12, fresh6) | 7 | 1 | 5 | 1 | 10 | 2 |
| all                 | 78 |   49   |   53    |    6    | 75 | 28 |

heldout19's 12 "M none" and 5 R by shape: a state agency's formula "TASS is authorised to state / declare" 3; a note or
protest handed to an envoy 4 ("handed him a strongly worded protest" x2 and "handed the Swedish ambassador ... a statement"
read as acts: R; "will hand him a final note on Monday demanding an apology": none); "were announced by Radio Mogadishu"
1; "calls upon" in a government's present tense 1; "hours after announcing that" 2; a figure estimated ("Diplomats here
estimated the number of ... at about 1,500", "Western intelligence puts those ... at about 400") 2; a stance told as an
act ("has twice refused his requests", "hastened to welcome") 2; an aside splitting a subject from its verb ("The Soviet
side, according to the statement, has agreed that") 1. Steps 1-4 below take the first four shapes (heldout19 after: M none
6, R 2; no other open set moved); step 6 the estimates and the time clause's gerund (heldout19 M none 6 -> 3). The largest column left is "M taken" (53): two statements of one sentence read as one
(", a U.S. Embassy spokesman said" after another's words; "the French command said" twice in one line).

Step 5 is the lead's ruling on briefing greetings: a line with no proposition to check ("Good afternoon.", "Thank you,
everybody.", "Next question.") is no statement; heldout20's briefing gold agrees (its greeting and its line opening on an
act, "Dan Fried will travel ...", are no statements); so is a transcript's heading ("Daily Press Briefing"), its bracketed
stage direction and a question from the floor (heldout20 kh-03, dev24-speech hc-01, dev25-speech bd-01: six extras).

Rows are fresh sentences (other crises, outlets, years than any corpus holds), each failing on main 0ab79b9 unless marked
a guard; guard rows keep the senses the new rules must not take.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_by, make_excerpt, shown
from timeline import transcript
from timeline.events import extract

PUBLISHED = "1979-02-20"  # a Tuesday


def _events(text: str, published: str = PUBLISHED):
    return extract(make_excerpt(text + "\n", published=published))


# --- Step 1: "is authorised to state / announce / declare": an agency or a ministry speaks for its government ---------
AUTHORISED = [
    ("HANOI, Feb. 20 (VNA) -- VNA is authorised to state that Vietnamese forces have not entered Chinese territory.",
     "VNA is authorised to state"),
    ("Xinhua News Agency is authorized to announce that the frontier troops will pull back on March 5.",
     "Xinhua News Agency is authorized to announce"),
    ("Vietnam, TASS is authorised to state, can count on the help of its friends.", "TASS is authorised to state"),
    ("The Ministry of Foreign Affairs is authorized to declare that the border incident was staged.",
     "The Ministry of Foreign Affairs is authorized to declare"),
]


@pytest.mark.parametrize(("text", "anchor"), AUTHORISED, ids=[r[1][:30] for r in AUTHORISED])
def test_an_authorised_formula_is_a_statement(text: str, anchor: str) -> None:
    assert held_by(_events(text), text, "statement", anchor), shown(_events(text))


@pytest.mark.parametrize("text", [
    "The border guards are authorised to use force against smugglers.",  # guard: a permit, no speech
    "The army is authorized to detain suspects for 48 hours.",  # guard
])
def test_an_authorisation_to_act_is_no_statement(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


# --- Step 2: "calls upon" as "calls on" ----------------------------------------------------------------------------------
def test_calls_upon_is_a_call() -> None:
    text = "The Government of Kampuchea calls upon the Security Council to condemn the invasion."
    held = held_by(_events(text), text, "statement", "The Government of Kampuchea calls upon")
    assert [e for e in held if e.actor == "Cambodia" or (e.actor or "").endswith("Kampuchea")] or held, shown(held)


def test_called_upon_in_the_passive_is_no_speaker() -> None:
    """Guard: "reservists were called upon to report" is an order told, never the reservists' words."""
    text = "Reservists were called upon to report to their units on Monday."
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


# --- Step 3: a protest or note handed to an envoy is what the giver wrote --------------------------------------------------
HANDED = [
    # (text, anchor, day the statement carries or None)
    ("The Foreign Ministry handed the Chinese ambassador a strongly worded protest on Monday.",
     "handed the Chinese ambassador a strongly worded protest", "1979-02-19"),
    ("Foreign Minister Nguyen Duy Trinh summoned the Chinese charge d'affaires on Sunday and handed him a sharply worded"
     " protest.", "handed him a sharply worded protest", None),
    ("The Soviet Foreign Ministry yesterday handed the Chinese ambassador in Moscow, Wang Youping, a statement of the"
     " Soviet government.", "handed the Chinese ambassador in Moscow", "1979-02-19"),
    ("The ministry will hand the ambassador a final note on Friday demanding the release of the prisoners.",
     "will hand the ambassador a final note on Friday", "1979-02-23"),
]


@pytest.mark.parametrize(("text", "anchor", "day"), HANDED, ids=[r[1][:30] for r in HANDED])
def test_a_handed_note_is_a_statement(text: str, anchor: str, day: str | None) -> None:
    events = _events(text)
    held = held_by(events, text, "statement", anchor)
    assert held, shown(events)
    if day is not None:
        assert [e for e in held if e.date and str(e.date.start) == day], [(e.date, e.evidence.exact) for e in held]
    assert not held_by(events, text, "other", anchor), shown(events)  # the protest is words, never a crowd's act


@pytest.mark.parametrize("text", [
    "Customs officers handed the driver a fine on Monday.",  # guard: no document of speech
])
def test_a_thing_handed_is_no_statement_of_its_own(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


def test_the_one_handed_a_note_is_never_its_speaker() -> None:
    """The passive tells a protest delivered by a giver untold (kinds25's rule: a statement, heldout19's golds); the
    one handed it speaks no words (lead, merging session 25: this row said "no statement" before the two rules met)."""
    events = _events("The ambassador was handed a protest note on Monday.")
    said = [e for e in events if e.kind.value == "statement"]
    assert said and all(e.actor is None for e in said), shown(events)


def test_a_protest_in_words_is_no_crowd_s_act() -> None:
    text = "The Thai government lodged a strongly worded protest on Monday."
    events = _events(text)
    assert [e for e in events if e.kind.value == "statement" and e.date and str(e.date.start) == "1979-02-19"], \
        shown(events)
    assert not [e for e in events if e.kind.value == "other"], shown(events)


def test_a_crowd_s_protest_stays_an_act() -> None:
    """Guard: a protest with no word of writing before it is a crowd's."""
    text = "Thousands of students joined a peaceful protest on Monday outside the Chinese embassy."
    assert [e for e in _events(text) if e.kind.value == "other"], shown(_events(text))


# --- Step 4: "announced by Radio <capital or state>": that state speaks ---------------------------------------------------
@pytest.mark.parametrize(("text", "anchor", "actor"), [
    ("The general mobilisation was announced by Radio Hanoi on Monday.", "announced by Radio Hanoi", "Vietnam"),
    ("The withdrawal was announced by Radio Peking shortly after midnight on Monday.", "announced by Radio Peking",
     "China"),
])
def test_an_announcement_by_a_state_s_radio(text: str, anchor: str, actor: str) -> None:
    held = held_by(_events(text), text, "statement", anchor)
    assert [e for e in held if e.actor == actor], shown(_events(text))


# --- Step 5: a briefing's greetings, headings, stage directions and floor questions (the lead's ruling) --------------------
BRIEFING = ("Press Briefing\nLe Van Hoa, Spokesman\nHanoi\n20 February 1979\n\n"
            "MR. HOA: Good afternoon, everyone. Thank you for coming.\n\n"
            "MR. HOA: Chinese artillery shelled Lang Son on Monday. We condemn this aggression.\n\n"
            "QUESTION: Will the minister meet the Chinese envoy?\n\n"
            "MR. HOA: Next question, please.\n\n"
            "QUESTION: Has Hanoi responded to the Chinese note?\n\n"
            "MR. HOA: Let me begin with the refugees. We have opened three camps near the border.\n\n"
            "MR. HOA: The Foreign Minister met the Swedish ambassador on Sunday. Thank you, everybody.\n\n"
            "(The briefing was concluded at 4:10 p.m.)")


@pytest.mark.parametrize("anchor", [
    "MR. HOA: Good afternoon, everyone.", "MR. HOA: Next question, please.", "MR. HOA: Let me begin with the refugees.",
    "Thank you for coming.", "Thank you, everybody.",  # guards: a line's later sentences, none before either
])
def test_a_greeting_or_a_turn_is_no_statement(anchor: str) -> None:
    assert not held_by(_events(BRIEFING), BRIEFING, "statement", anchor), shown(_events(BRIEFING))


@pytest.mark.parametrize("anchor", [
    "Press Briefing", "(The briefing was concluded at 4:10 p.m.)", "QUESTION: Will the minister meet the Chinese envoy?",
    "QUESTION: Has Hanoi responded to the Chinese note?",
])
def test_a_heading_a_stage_direction_or_a_floor_question_tells_nothing(anchor: str) -> None:
    events = _events(BRIEFING)
    at = BRIEFING.index(anchor)
    assert not [e for e in events if e.evidence.start <= at < e.evidence.end], shown(events)


def test_an_act_opening_a_line_is_the_act_alone() -> None:
    events = _events(BRIEFING)
    assert held_by(events, BRIEFING, "meeting", "The Foreign Minister met the Swedish ambassador"), shown(events)
    assert not held_by(events, BRIEFING, "statement", "The Foreign Minister met the Swedish ambassador"), shown(events)


@pytest.mark.parametrize("anchor", [
    "We condemn this aggression",  # guard: first person, the spokesman's words
    "We have opened three camps near the border",  # guard
])
def test_the_spokesman_s_first_person_stays_his_statement(anchor: str) -> None:
    held = held_by(_events(BRIEFING), BRIEFING, "statement", anchor)
    assert [e for e in held if e.actor == "Le Van Hoa"], shown(_events(BRIEFING))


@pytest.mark.parametrize(("said", "none"), [
    ("Good afternoon.", True), ("Good morning, ladies and gentlemen.", True), ("Next question, please.", True),
    ("Let me start with Cambodia.", True), ("Thank you all for coming.", True),
    ("Good afternoon. The border is closed.", False),  # guard: a proposition follows
    ("Thank you for the question; we reject the charge.", False),  # guard
    ("Let me begin with the refugees, who are arriving by the thousand.", False),  # guard: more than a topic
])
def test_no_proposition(said: str, none: bool) -> None:
    assert transcript.no_proposition(said) is none


# --- Step 6: a figure estimated by unnamed sources, and a gerund of speech in a time clause ------------------------------
@pytest.mark.parametrize(("text", "anchor"), [
    ("Western diplomats here estimated the number of Cuban advisers in Angola at about 2,000, most of them officers.",
     "Western diplomats here estimated the number"),
    ("Diplomats in Luanda estimated that more than 5,000 troops were massed near the border.",
     "Diplomats in Luanda estimated that"),
    ("Western intelligence puts those already in Angola at about 400.", "Western intelligence puts those"),
])
def test_an_estimate_is_a_statement(text: str, anchor: str) -> None:
    assert held_by(_events(text), text, "statement", anchor), shown(_events(text))


@pytest.mark.parametrize("text", [
    "An estimated 300 refugees crossed the river on Monday.",  # guard: a noun's modifier
    "The crews put the boats at anchor near the port on Monday.",  # guard: no figure
])
def test_no_estimate_without_a_figure_given(text: str) -> None:
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


def test_a_gerund_of_speech_in_a_time_clause_is_the_subject_s() -> None:
    text = ("President Daniel Ortega declared a truce on the northern front on Sunday, hours after announcing that his"
            " troops had retaken the hill.")
    held = held_by(_events(text, "1983-05-16"), text, "statement", "hours after announcing")
    assert [e for e in held if e.actor == "Daniel Ortega"], shown(_events(text, "1983-05-16"))


def test_a_time_clause_s_other_gerund_is_no_statement() -> None:
    """Guard: "after saying goodbye" is no speech of a verb list."""
    text = "The troops left the base on Monday after saying goodbye to the villagers."
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


# --- Step 7: "There was no immediate reaction from X." is no statement (heldout9's and heldout19's golds agree) -----------
def test_no_immediate_reaction_is_no_statement() -> None:
    text = "There was no immediate reaction from Hanoi."
    assert not [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))


def test_no_immediate_comment_stays_a_refusal() -> None:
    """Guard: a comment withheld is a refusal to speak, a statement (session 7's rows)."""
    text = "There was no immediate comment from the Vietnamese embassy."
    assert [e for e in _events(text) if e.kind.value == "statement"], shown(_events(text))
