"""Session 12 (helper speech12): statements and acts in one sentence ("<act>, X said") and statements unseen text
missed (fresh sentences from general knowledge of wire, agency and paper English; none from a corpus).

ACT_AND_SOURCE: an act told first and its attribution after; both must be on the record: an act of the row's kind(s)
holding the act's anchor (its evidence never the attribution's words) with its own day, and a statement holding the
speaker's anchor. SPEAKERS: statements in a main clause whose speaker no list names. NAMED_AFTER: a quote whose
speaker the next sentence names ('"..." The words came from X'): one statement, with the quote's words and the naming
sentence's day. DEMANDS: an act a demand asks for ("demanded that France withdraw its troops") is none told."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ANY, check_statement, held_by, make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2022-10-14"  # a Friday: "on Monday" told in the past is 2022-10-10
MON, TUE, WED, THU = "2022-10-10", "2022-10-11", "2022-10-12", "2022-10-13"
ACT_KINDS = "other|meeting|sanction|deployment|ship_movement|missile_test|military_exercise|nuclear_test"


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def A(text: str, act: str, speaker: str, actor: object = ANY, day: str | None = None, kinds: str = ACT_KINDS,
      xfail: str | None = None) -> object:
    """One row: an act holding `act` (with first day `day`), and a statement by `actor` holding `speaker`."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, act, speaker, actor, day, kinds, marks=marks, id=speaker[:40])


ACT_AND_SOURCE = [
    # an office's statement with no subject to speak for it: the office speaks unnamed
    A("Troops pulled back from the ridge on Monday, according to a defence ministry statement.",
      "Troops pulled back from the ridge on Monday", "according to a defence ministry statement", None, MON),
    A("The frigate HMS Kent shadowed two Russian corvettes on Tuesday, according to a Navy statement.",
      "shadowed two Russian corvettes on Tuesday", "according to a Navy statement", None, TUE),
    A("Border guards detained 14 migrants overnight, according to a statement issued by the interior ministry.",
      "Border guards detained 14 migrants overnight", "according to a statement issued by the interior ministry"),
    # a full name no list holds after "according to", set off by a role, a title's abbreviation or lowercase role words
    A("The coast guard cutter towed the damaged trawler to port on Wednesday, according to Ricardo Velasco, a coast"
      " guard spokesman.", "towed the damaged trawler to port on Wednesday", "according to Ricardo Velasco", "Ricardo Velasco",
      WED),
    A("Rebels overran the garrison on Tuesday, according to Lt. Col. Amadou Sangare, an army spokesman.",
      "Rebels overran the garrison on Tuesday", "according to Lt. Col. Amadou Sangare", "Amadou Sangare", TUE),
    A("The militia released the two hostages on Monday, according to army spokesman Ibrahim Kone.",
      "released the two hostages on Monday", "according to army spokesman Ibrahim Kone", "Ibrahim Kone", MON),
    # a state's unnamed sources with why they know, after the act
    A("The fishing boats left the lagoon on Thursday, two Filipino officials familiar with the matter said.",
      "The fishing boats left the lagoon on Thursday", "two Filipino officials familiar with the matter said",
      "Philippines", THU),
    A("Tanks crossed the border on Monday, Turkish officials speaking on condition of anonymity said.",
      "Tanks crossed the border on Monday", "Turkish officials speaking on condition of anonymity said", "Turkey", MON),
]


@pytest.mark.parametrize(("text", "act", "speaker", "actor", "day", "kinds"), ACT_AND_SOURCE)
def test_an_act_and_its_attribution_are_both_events(text, act, speaker, actor, day, kinds) -> None:
    events = _events(text)
    acts = held_by(events, text, kinds, act)
    assert acts, show(events)
    at = text.index(speaker)
    assert any(e.evidence.end <= at for e in acts), show(acts)  # the act's words never run into the attribution
    if day is not None:
        assert any(str(e.date.start) == day for e in acts), [(e.date.phrase, e.date.start) for e in acts]
    check_statement(events, text, speaker, {"actor": actor, "role": None, "via": None, "mod": None, "quote": None})


def S(text: str, anchor: str, actor: object = ANY) -> object:
    return pytest.param(text, anchor, actor, id=anchor[:40])


SPEAKERS = [
    S("Two Filipino officials familiar with the situation said the boats had left.",
      "Two Filipino officials familiar with the situation said", "Philippines"),
    S("Three Western diplomats briefed on the talks said a deal was close.",
      "Three Western diplomats briefed on the talks said"),
    S("President Benigno Aquino III told reporters the government was seeking a diplomatic solution.",
      "Benigno Aquino III told reporters", "Benigno Aquino III"),
    S("King Charles III told the assembly that the bond between the two nations was strong.",
      "King Charles III told the assembly", "Charles III"),
]


@pytest.mark.parametrize(("text", "anchor", "actor"), SPEAKERS)
def test_a_main_clause_speaker_no_list_names(text, anchor, actor) -> None:
    check_statement(_events(text), text, anchor, {"actor": actor, "role": None, "via": None, "mod": None, "quote": None})


def test_a_statement_posted_online_is_one_statement() -> None:
    """"said in a statement posted on its website": how the statement came out, no second statement."""
    text = "The embassy protested on Tuesday evening, the embassy said in a statement posted on its website."
    held = held_by(_events(text), text, "statement", "posted on its website")
    assert len(held) == 1 and held[0].evidence.start <= text.index("the embassy said"), show(_events(text))


N = pytest.param
NAMED_AFTER = [
    N('"We regret this decision." The words came from government spokesman Pierre Morel, speaking to radio on Tuesday.',
      "The words came from government spokesman Pierre Morel", "Pierre Morel", "We regret this decision.", TUE, id="came from"),
    N('"No one in the capital ordered this." So said presidential adviser Ana Kovac in an interview.',
      "So said presidential adviser Ana Kovac", "Ana Kovac", "No one in the capital ordered this.", None, id="so said"),
    N('"We will answer any provocation." The warning came from Defence Minister Ivan Petrov on Monday.',
      "The warning came from Defence Minister Ivan Petrov", "Ivan Petrov", "We will answer any provocation.", MON,
      id="the warning"),
    N('"The fight cannot be one country\'s alone." A senior French officer made the remark to reporters on Thursday.',
      "A senior French officer made the remark", "France", "The fight cannot be one country's alone.", THU,
      id="made the remark"),
]


@pytest.mark.parametrize(("text", "anchor", "actor", "quote", "day"), NAMED_AFTER)
def test_a_quote_whose_speaker_the_next_sentence_names(text, anchor, actor, quote, day) -> None:
    events = _events(text)
    held = held_by(events, text, "statement", anchor)
    assert len(held) == 1 and held[0].actor == actor, show(events)
    assert held[0].quote is not None and held[0].quote.text == quote, held[0].quote
    assert held[0].evidence.start == 0  # the remark runs from the quote's opening mark
    if day is not None:
        assert str(held[0].date.start) == day, held[0].date
    assert len([e for e in events if e.kind.value == "statement"]) == 1, show(events)


def test_a_quote_not_named_after_stays_with_its_speaker() -> None:
    """A quote after a statement, then a sentence naming no speaker: the quote continues the statement before."""
    text = 'Lavrov said on Monday the talks had failed. "We will respond." The talks came from nowhere.'
    events = _events(text)
    held = held_by(events, text, "statement", "We will respond.")
    assert held and held[0].actor == "Sergei Lavrov" or held and held[0].actor == "Lavrov", show(events)


DEMANDS = [
    N("In a statement, the Malian government demanded that France withdraw its troops without delay.",
      "withdraw its troops", False, id="demanded that X withdraw"),
    N("Moscow insisted that Kyiv halt its shelling of the plant.", "halt its shelling", False, id="insisted that X halt"),
    N("The government insisted that France withdrew its troops on Monday.", "withdrew its troops", True,
      id="insisted that X withdrew"),
    N("New Delhi has insisted that its pilot shot down a Pakistani jet before he was hit.", "shot down a Pakistani jet",
      True, id="insisted that X shot down"),
]


@pytest.mark.parametrize(("text", "anchor", "told"), DEMANDS)
def test_an_act_a_demand_asks_for_is_none_told(text, anchor, told) -> None:
    events = _events(text)
    acts = held_by(events, text, ACT_KINDS, anchor)
    assert bool(acts) == told, show(events)
