"""Session 12 (clauses): predicates whose subject is outside their own clause (timeline/clauses.py).

Each row is one sentence, the anchor an event of that kind must hold, its doer and its day (None: undated or not
checked); must-not rows say what the aside must not give the main clause, or the main clause the aside.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_by, holding, make_excerpt
from timeline.clauses import asides
from timeline.datefind import find_dates
from timeline.events import extract

# sentence, published, kind, anchor, actor, day ("" = not checked, None = undated)
ROWS = [
    # a date between the subject and its verb after a which-clause
    ("Seoul, which had called the launch a clear violation of U.N. resolutions, on Wednesday suspended part of a "
     "2018 inter-Korean military agreement and resumed surveillance flights near the border.", "2023-11-22",
     "other", "suspended part of a 2018", "South Korea", "2023-11-22"),
    # an "and"-joined predicate after the aside: the main subject's, never a name inside the aside
    ("Seoul, which had called the launch a clear violation of U.N. resolutions, on Wednesday suspended part of a "
     "2018 inter-Korean military agreement and resumed surveillance flights near the border.", "2023-11-22",
     "other", "resumed surveillance flights", "South Korea", "2023-11-22"),
    ("Estonia, which imports most of its gas through the link in winter, on Tuesday switched to supplies from the "
     "Klaipeda terminal in Lithuania.", "2023-10-10", "other", "switched to supplies", "Estonia", "2023-10-10"),
    # a which-clause's own act with its own date: the head noun is its doer
    ("Prime Minister Han Duck-soo, who chaired an emergency cabinet meeting on Wednesday morning, approved the "
     "suspension.", "2023-11-22", "meeting", "chaired an emergency cabinet meeting", "Han Duck-soo", "2023-11-22"),
    # "X, which Y contacted": Y is the doer
    ("China, which Finland contacted through diplomatic channels on Tuesday, said it was ready to share information "
     "about the ship.", "2023-10-20", "other", "Finland contacted through diplomatic channels", "Finland", "2023-10-17"),
    ("China, which Finland contacted through diplomatic channels on Tuesday, said it was ready to share information "
     "about the ship.", "2023-10-20", "statement", "said it was ready", "China", None),
    # a participle aside: the main verb's act, not a visit (the first reading's visit stands: replacing it lost links)
    pytest.param("President Yoon Suk Yeol, visiting Britain, signed it hours later in London.", "2023-11-22",
                 "other", "signed it hours later", "Yoon Suk Yeol", "", marks=pytest.mark.xfail(
                     strict=True, reason="a participle's first reading (a visit) holds the main verb: it stands")),
    # a participle aside holding a date is the main clause's setting: it is kept
    ("Grant Shapps, writing in the Sunday Times last weekend, had warned that Britain would not stand idly by.",
     "2024-01-10", "statement", "had warned that Britain", "Grant Shapps", "2024-01-06"),
    ("Ankara, which has long opposed the deal, on Friday recalled its envoy from Stockholm.", "2023-11-24",
     "other|sanction", "recalled its envoy", "Turkey", "2023-11-24"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_clause_rows(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    held = holding(events, kind, text, anchor)
    assert any((e.actor or "") == (actor or "") for e in held), [(e.actor, e.evidence.exact) for e in held]
    if day == "":
        return
    got = [str(e.date.start) if e.date and e.date.start else None for e in held]
    assert day in got, got


# sentence, published, kinds, anchor: no event of those kinds may hold it (or: with that actor / that day)
MUST_NOT = [
    # a which-clause with no date of its own is background: no act ("imports", "has long opposed")
    ("Estonia, which imports most of its gas through the link in winter, on Tuesday switched to supplies from the "
     "Klaipeda terminal in Lithuania.", "2023-10-10", "other|sanction|deployment", "imports most of its gas"),
]


@pytest.mark.parametrize(("text", "published", "kinds", "anchor"), MUST_NOT, ids=[r[3][:24] for r in MUST_NOT])
def test_clause_must_not(text: str, published: str, kinds: str, anchor: str) -> None:
    events = extract(make_excerpt(text + "\n", published=published))
    narrow = [e for e in held_by(events, text, kinds, anchor) if len(e.evidence.exact) < len(text) // 2]
    assert not narrow, [(e.kind.value, e.evidence.exact) for e in narrow]


def test_contacted_is_not_the_head_nouns_act() -> None:
    """ "China, which Finland contacted ...": the contact is Finland's, never China's."""
    text = ("China, which Finland contacted through diplomatic channels on Tuesday, said it was ready to share "
            "information about the ship.")
    events = extract(make_excerpt(text + "\n", published="2023-10-20"))
    acts = held_by(events, text, "other|meeting|statement", "contacted through")
    assert acts and all(e.actor != "China" or e.kind.value == "statement" for e in acts), \
        [(e.kind.value, e.actor, e.evidence.exact) for e in acts]


def test_relative_date_stays_in_its_clause() -> None:
    """The which-clause's day dates its own act, never the main clause's statement."""
    text = "Kyrgyzstan, which sent four helicopters to Batken on 29 April, says 36 of its citizens were killed."
    events = extract(make_excerpt(text + "\n", published="2021-05-20"))
    says = holding(events, "statement", text, "says 36")
    assert all(e.date is None or e.date.start is None or str(e.date.start) != "2021-04-29" for e in says)
    sent = holding(events, "deployment", text, "sent four helicopters")
    assert any(e.date and str(e.date.start) == "2021-04-29" for e in sent)


ASIDE_ROWS = [
    # sentence, the asides' first words
    ("Seoul, which had called the launch a violation, on Wednesday suspended the pact.", ["which"]),
    ("Having test-fired two missiles last week, Pyongyang on Sunday launched a third.", ["having"]),
    ("The coast guard, acting on a tip, boarded the tanker.", ["acting"]),
    ("Salwan Momika, the man behind the protests, burned a copy on June 28.", ["the"]),
    # not an aside: a list, a clause before the comma, a date before the comma, a dated participle
    ("Britain, the US and France, which met on Monday, agreed.", ["which"]),  # the list is no apposition
    ("Officials said the coast guard, acting on a tip, boarded the tanker.", []),
    ("On Tuesday, the ministry, which had warned Moscow, said it would act.", ["which"]),
    ("Nato foreign ministers, meeting in Brussels on Tuesday, are expected to discuss support.", []),
    ("The Greek frigate touched the Oruc Reis, which Turkey sent into waters claimed by Greece, on Monday.", []),
]


@pytest.mark.parametrize(("text", "words"), ASIDE_ROWS, ids=[r[0][:30] for r in ASIDE_ROWS])
def test_asides(text: str, words: list[str]) -> None:
    dates = find_dates(text, 0, len(text))
    assert [a.word for a in asides(text, 0, len(text), dates)] == words
