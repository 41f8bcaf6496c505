"""timeline.events.extract on fresh sentences from other crises, outlets and years (table-driven)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import NO_PHRASE, extract, extract_strict
from timeline.models import Event

# (body, published, [expected events: every key given must match one event of that kind]).
# Anchors: 2019-06-14 Fri, 2017-05-25 Thu, 2023-03-09 Thu, 2021-11-18 Thu, 2024-02-02 Fri.
CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    (  # South China Sea: a freedom-of-navigation patrol, ship prefix gives the navy
        "The destroyer USS Dewey sailed within 12 nautical miles of Mischief Reef on Wednesday, "
        "a U.S. Navy spokesman said.",
        "2017-05-25",
        [{"kind": "ship_movement", "actor": "United States", "start": "2017-05-24", "end": "2017-05-24",
          "objects": ["USS Dewey"], "count": "12", "modality": "reported_claim"},
         {"kind": "statement", "actor": "United States", "role": "U.S. Navy spokesman", "start": None}],
    ),
    (  # Iran sanctions relayed by a wire: a count, a via, a reported claim
        "The U.S. Treasury imposed new sanctions on 18 Iranian entities on Tuesday, Reuters reported.",
        "2018-07-19",
        [{"kind": "sanction", "actor": "United States", "start": "2018-07-17", "count": "18",
          "via": "Reuters", "modality": "reported_claim"}],
    ),
    (  # A Ukraine summit: a titled person meets another, place from "in Paris"
        "Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Monday.",
        "2023-03-09",
        [{"kind": "meeting", "actor": "Volodymyr Zelensky", "role": "Ukrainian President",
          "participants": ["Emmanuel Macron"], "place": "Paris", "start": "2023-03-06"}],
    ),
    (  # India-Pakistan: a named missile, an absolute date
        "Pakistan test-fired a Ghauri ballistic missile on 12 March, the military said.",
        "2023-03-14",
        [{"kind": "missile_test", "actor": "Pakistan", "objects": ["Ghauri", "ballistic missile"],
          "start": "2023-03-12"}],
    ),
    (  # Quote first, titled speaker after, curly quotes
        "“We will not be intimidated by anyone,” Chinese Foreign Minister Wang Yi said on Friday.",
        "2021-11-18",
        [{"kind": "statement", "actor": "Wang Yi", "role": "Chinese Foreign Minister", "start": "2021-11-12",
          "quote": "We will not be intimidated by anyone", "direct": True}],
    ),
    (  # Speaker quoted by an agency; a planned deployment inside the reported words
        "Defence Minister Sergei Shoigu, quoted by Interfax, said Russia will deploy Iskander missiles "
        "to Kaliningrad.",
        "2019-06-14",
        [{"kind": "statement", "actor": "Sergei Shoigu", "via": "Interfax", "direct": False},
         {"kind": "deployment", "actor": "Russia", "modality": "planned", "tense": "future",
          "objects": ["Iskander"]}],
    ),
    (  # "according to" a body: the test is a reported claim with its own day and count
        "According to the South Korean military, North Korea fired two short-range ballistic missiles "
        "into the sea on Saturday.",
        "2019-06-14",
        [{"kind": "missile_test", "actor": "North Korea", "count": "two", "start": "2019-06-08",
          "modality": "reported_claim"}],
    ),
    (  # A conditional threat is no test that happened
        "If Washington imposes more sanctions, Pyongyang will conduct another nuclear test, the statement said.",
        "2019-06-14",
        [{"kind": "nuclear_test", "actor": "North Korea", "modality": "conditional"}],
    ),
    (  # A denial: the movement is on record as denied, with negative polarity
        "China's Defence Ministry denied on Sunday that its warships had entered Japanese waters.",
        "2024-02-02",
        [{"kind": "statement", "actor": "China", "role": "Chinese Defence Ministry", "start": "2024-01-28"},
         {"kind": "ship_movement", "modality": "denied", "polarity": "negative"}],
    ),
    (  # Joint drills: coordinated actors, present tense start
        "South Korea and the United States began joint military drills on Monday.",
        "2024-02-02",
        [{"kind": "military_exercise", "actor": "South Korea", "participants": ["United States"],
          "start": "2024-01-29"}],
    ),
    (  # Trailing attribution: the act is the speaker's claim; the statement has no date of its own
        "Houthi forces fired a missile at a tanker in the Red Sea on Tuesday, the U.S. military said.",
        "2024-02-02",
        [{"kind": "other", "start": "2024-01-30", "modality": "reported_claim", "place": "Red Sea"},
         {"kind": "statement", "actor": "United States", "start": None}],
    ),
    (  # An act of force is "other"; a passive harm has no actor but its agent
        "Chinese coast guard vessels blasted water cannon at a Philippine boat on Saturday. "
        "Four sailors were injured.",
        "2024-03-23",
        [{"kind": "other", "actor": "China", "start": "2024-03-23"},
         {"kind": "other", "actor": None, "start": None}],
    ),
    (  # "the destroyer" is the last ship named; its navy is the actor
        "HMS Defender left Odesa on Monday. Moscow said the destroyer entered Russian waters on Wednesday.",
        "2021-06-24",
        [{"kind": "ship_movement", "actor": "United Kingdom", "start": "2021-06-23", "modality": "reported_claim",
          "objects": ["HMS Defender"]}],
    ),
    (  # An organisation's own name gives its country; a threat is conditional
        "The Atomic Energy Organization of Iran said on Monday that Tehran threatened to resume "
        "enriching uranium to 20 percent.",
        "2019-11-05",
        [{"kind": "statement", "actor": "Iran", "start": "2019-11-04"},
         {"kind": "other", "modality": "conditional", "count": "20 percent"}],
    ),
    (  # Scheduled arrival: future tense looks forward
        "The carrier HMS Queen Elizabeth is scheduled to arrive in Tokyo on Saturday.",
        "2021-11-18",
        [{"kind": "ship_movement", "actor": "United Kingdom", "modality": "planned", "tense": "future",
          "start": "2021-11-20", "objects": ["HMS Queen Elizabeth"]}],
    ),
]


def _matches(ev: Event, want: dict[str, Any]) -> list[str]:
    """The expected keys this event gets wrong (empty when it matches)."""
    got = {
        "kind": ev.kind.value, "actor": ev.actor, "role": ev.actor_role, "place": ev.place,
        "count": ev.count, "via": ev.via, "modality": ev.modality.value, "tense": ev.tense,
        "polarity": ev.polarity,
        "start": ev.date.start.isoformat() if ev.date.start else None,
        "end": ev.date.end.isoformat() if ev.date.end else None,
        "quote": ev.quote.text if ev.quote else None, "direct": ev.quote.direct if ev.quote else None,
    }
    bad = [k for k, v in want.items() if k in got and got[k] != v]
    for key in ("participants", "objects"):
        if key in want and not set(want[key]) <= set(getattr(ev, key)):
            bad.append(key)
    return bad


def check_case(body: str, published: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    """Each expected event is among the extracted ones of its kind, and no kind in absent appears."""
    events = extract_strict(make_excerpt(body, published=published))
    for want in expected:
        same_kind = [ev for ev in events if ev.kind.value == want["kind"]]
        assert same_kind, f"no {want['kind']} in {[e.kind.value for e in events]}"
        misses = [_matches(ev, want) for ev in same_kind]
        assert any(not m for m in misses), f"{want} vs {[(e.actor, e.date, m) for e, m in zip(same_kind, misses, strict=True)]}"
    assert not {e.kind.value for e in events} & set(absent), [(e.kind.value, e.evidence.exact) for e in events]


@pytest.mark.parametrize(("body", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_fresh_sentences(body: str, published: str, expected: list[dict[str, Any]]) -> None:
    check_case(body, published, expected, [])


def test_one_sentence_two_events_each_with_own_evidence_and_date() -> None:
    body = "Ryabkov said Monday that North Korea last week conducted another nuclear test."
    events = extract_strict(make_excerpt(body, published="2017-09-04"))
    by_kind = {e.kind.value: e for e in events}
    statement, test = by_kind["statement"], by_kind["nuclear_test"]
    assert statement.actor == "Ryabkov" and statement.date.phrase == "Monday"
    assert str(statement.date.start) == "2017-09-04"
    assert test.actor == "North Korea" and test.date.phrase == "last week"
    assert (str(test.date.start), str(test.date.end)) == ("2017-08-28", "2017-09-03")
    assert test.evidence.exact == "North Korea last week conducted another nuclear test"
    assert test.evidence.start > statement.evidence.start
    assert test.modality.value == "reported_claim"


def test_coreference_minister_surname_and_pronoun() -> None:
    body = (
        "Iranian Foreign Minister Javad Zarif said on Monday that Tehran would respond.\n\n"
        "“Our patience has limits,” the minister added.\n\n"
        "“We are ready,” Zarif told reporters in Vienna.\n\n"
        "He said the talks would resume."
    )
    events = [e for e in extract_strict(make_excerpt(body, published="2019-06-14")) if e.kind.value == "statement"]
    assert [e.actor for e in events] == ["Javad Zarif"] * 4
    assert {e.actor_role for e in events} == {"Iranian Foreign Minister"}
    assert events[2].place == "Vienna"


def test_added_in_same_paragraph_continues_the_dated_statement() -> None:
    body = ("“The sea is ours,” Philippine Defense Secretary Delfin Lorenzana said on Tuesday. "
            "“We will stay,” the secretary added.")
    first, second = [e for e in extract_strict(make_excerpt(body, published="2019-06-14"))
                     if e.kind.value == "statement"]
    assert first.actor == second.actor == "Delfin Lorenzana"
    assert second.date.start == first.date.start and second.date.phrase == "on Tuesday"
    assert second.date.relative_to == f"event:{first.id}"


def test_unattributed_quote_paragraph_continues_previous_speaker() -> None:
    body = ("“We will defend our waters,” said Philippine Defense Secretary Delfin Lorenzana on Friday.\n\n"
            "“No one can take them from us.”")
    events = [e for e in extract_strict(make_excerpt(body, published="2019-06-14")) if e.kind.value == "statement"]
    assert [e.actor for e in events] == ["Delfin Lorenzana", "Delfin Lorenzana"]
    assert events[1].quote is not None and events[1].quote.text == "No one can take them from us."
    assert events[1].date.start == events[0].date.start


def test_anaphoric_date_resolves_against_previous_dated_event() -> None:
    body = ("Japan's coast guard said a Chinese frigate entered the contiguous zone near the Senkaku "
            "Islands on Friday. A day earlier, two Chinese destroyers sailed through the Tsushima Strait.")
    ships = [e for e in extract_strict(make_excerpt(body, published="2021-11-18"))
             if e.kind.value == "ship_movement"]
    assert len(ships) == 2
    assert str(ships[0].date.start) == "2021-11-12"
    assert str(ships[1].date.start) == "2021-11-11"
    assert ships[1].date.relative_to == f"event:{ships[0].id}"


def test_year_modifier_never_dates_an_event_and_no_phrase_says_so() -> None:
    body = "Trump said he would withdraw from the 2015 deal."
    (statement,) = [e for e in extract_strict(make_excerpt(body, published="2018-05-08"))
                    if e.kind.value == "statement"]
    assert statement.date.start is None and statement.date.basis == NO_PHRASE


def test_quote_text_and_evidence_are_verbatim() -> None:
    body = 'Lavrov said: "This is a big mistake," and left.\n\n"We regard this negatively," he said.'
    ex = make_excerpt(body)
    for ev in extract_strict(ex):
        assert ex.body[ev.evidence.start:ev.evidence.end] == ev.evidence.exact
        if ev.quote is not None:
            assert ev.quote.text in ex.body


def test_summary_is_short_and_built_from_the_text() -> None:
    body = ("“Here a lot hinges on our American colleagues who continue to show a willingness for talking "
            "in a language of sanctions and threats rather than diplomacy,” Ryabkov said.")
    (ev,) = extract_strict(make_excerpt(body))
    assert ev.summary.startswith("Ryabkov said: Here a lot hinges")
    assert len(ev.summary) <= 100


def test_ids_are_stable_and_distinct() -> None:
    body = "North Korea fired a missile on Monday. North Korea fired a missile on Monday."
    a = extract_strict(make_excerpt(body))
    b = extract_strict(make_excerpt(body))
    assert [e.id for e in a] == [e.id for e in b]
    assert len({e.id for e in a}) == len(a) == 2


def test_non_story_paragraphs_yield_nothing() -> None:
    body = "Headline\n\nPhoto: Kim Jong Un watches a missile launch on Monday. Reuters/KCNA\n\nSources include:"
    assert all(e.kind.value != "missile_test" or "Photo" not in e.evidence.exact
               for e in extract(make_excerpt(body, title="Headline")))


def test_no_anchor_leaves_relative_dates_undated_with_a_reason() -> None:
    body = "North Korea fired a missile on Monday."
    (ev,) = extract_strict(make_excerpt(body, published=""))
    assert ev.date.start is None and ev.date.phrase == "on Monday" and ev.date.basis


def test_dateline_does_not_date_the_event() -> None:
    body = "BEIJING, March 24 (Xinhua) -- The Chinese navy fired a missile into the Yellow Sea."
    (test,) = [e for e in extract_strict(make_excerpt(body, published="2024-03-25")) if e.kind.value == "missile_test"]
    assert test.date.start is None and test.date.basis == NO_PHRASE
    assert test.actor == "China" and test.place == "Yellow Sea" and test.via == "Xinhua"


def test_quotes_found_by_bisection_are_those_a_scan_finds():
    from timeline.drafts import Context
    from timeline.quotes import find_quotes
    body = ('"We will hold the line," the general said. Talks stalled. "No deal," she said, "until the guns stop." '
            'Officials said "enough" twice.\n\n"A second paragraph quote," he added.')
    ctx = Context.__new__(Context)
    paragraphs = [(0, body.index("\n\n")), (body.index("\n\n") + 2, len(body))]
    ctx.quotes, ctx._opens = find_quotes(body, paragraphs), None
    assert len(ctx.quotes) >= 4
    for s in range(0, len(body), 7):
        for e in range(s + 1, len(body) + 1, 11):
            assert ctx.quotes_in(s, e) == [q for q in ctx.quotes if q.close > s and q.open < e], (s, e)
