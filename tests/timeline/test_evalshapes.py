"""The shape instrument: each shape test on fresh sentences, the tallies, and the CLI printing counts only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline import evaluate
from timeline.evalgold import GoldEvent, anchor_span
from timeline.evalshapes import primary_of, shapes_of, tally_shapes
from timeline.evaluate import match_excerpt
from timeline.models import DateResolution, Event, Evidence, event_id

# (sentence, anchor, shapes that must be there, shapes that must not)
SHAPE_ROWS = [
    ('"We will not back down," the premier said, adding that the navy had seized two tankers.', "had seized two tankers",
     {"reported", "after-quote", "tense-perfect", "verbal", "starts-aux", "after-word"}, {"quote", "nominal"}),
    ('The minister said: "Our jets intercepted the drone over the gulf on Sunday morning."',
     "intercepted the drone", {"quote", "verbal"}, {"reported"}),
    ("The coast guard's vessels fired water cannon at a supply boat on Saturday, the foreign ministry said.",
     "fired water cannon", {"attributed-after", "actor-role", "tense-past"}, {"reported", "quote"}),
    ("The agency condemned Tuesday's missile launch as a grave provocation by the regime.",
     "Tuesday's missile launch", {"nominal", "starts-determiner", "after-word"}, {"verbal", "tense-past"}),
    ("Two fishing boats were seized by the patrol ship near the reef on Monday.", "were seized",
     {"passive", "verbal"}, {"nominal"}),
    ("The talks collapsed after the rebels shelled a market in the northern town.", "shelled a market",
     {"subordinate", "actor-role"}, {"coordinated", "actor-named"}),
    ("The ship, which docked at the naval base on Friday, carried about 300 sailors.", "which docked",
     {"subordinate"}, set()),
    ("Troops seized the airport and closed the border crossing near the capital on Thursday.",
     "closed the border crossing", {"coordinated", "starts-verb", "after-and"}, {"subordinate"}),
    ("On Sunday, the destroyer sailed through the strait in what the navy called a routine transit.",
     "sailed through the strait", {"fronted", "actor-role", "tense-past", "starts-verb", "after-word"},
     {"actor-named"}),
    ("He will travel to the capital next week for the summit with his counterpart.", "will travel",
     {"tense-future", "actor-pronoun"}, {"tense-past"}),
    ("It has deployed two more battalions to the border region since the clashes began.", "has deployed",
     {"tense-perfect", "actor-pronoun"}, set()),
    ("Ships blocked the port.", "blocked the port", {"length<15"}, {"length15-29", "short-line"}),
    # "state" / "states" names a country or the state's media, no report ("the United States imposed", "state media")
    ("The United States imposed new tariffs on steel imports from the region on Friday.", "imposed new tariffs",
     {"verbal", "tense-past"}, {"reported"}),
    ("State television showed troops entering the city, and the army then seized the main airport.",
     "seized the main airport", {"coordinated"}, {"reported"}),
    ("The minister stated that the army had seized the main airport on Friday.", "had seized the main airport",
     {"reported"}, set()),
]


@pytest.mark.parametrize(("sentence", "anchor", "present", "absent"), SHAPE_ROWS)
def test_each_shape_test_reads_its_sentence(sentence, anchor, present, absent):
    body = "Headline of the day\n\n" + sentence + " Another sentence follows here."
    x = make_excerpt(body)
    shapes = set(shapes_of(x, anchor_span(body, anchor), False))
    assert present <= shapes, shapes
    assert not absent & shapes, shapes


def test_a_one_line_paragraph_without_a_full_stop_is_a_short_line():
    body = "Navy seizes tanker in gulf\n\nThe navy seized a tanker in the gulf on Friday, officials said."
    assert "short-line" in shapes_of(make_excerpt(body), anchor_span(body, "seizes tanker"), False)
    assert "short-line" not in shapes_of(make_excerpt(body), anchor_span(body, "seized a tanker"), False)


def test_primary_class_takes_the_first_shape_in_order():
    assert primary_of(["quote", "reported", "nominal"]) == "in-quote"
    assert primary_of(["nominal", "passive"]) == "nominal"
    assert primary_of(["verbal", "tense-past"]) == "main-clause"


BODY = ("Navy ships seized a tanker in the gulf on Friday, the defence ministry said.\n\n"
        "Officials said the rebels had shelled a port town overnight.\n\n"
        "The president flew to Ankara on Sunday for talks.")
GOLD = [
    GoldEvent(excerpt="t01", anchor="seized a tanker", kind="other"),
    GoldEvent(excerpt="t01", anchor="the defence ministry said", kind="statement"),
    GoldEvent(excerpt="t01", anchor="Officials said", kind="statement"),
    GoldEvent(excerpt="t01", anchor="had shelled a port town", kind="other"),
    GoldEvent(excerpt="t01", anchor="flew to Ankara", kind="meeting"),
]


def ev(body: str, text: str, kind: str) -> Event:
    """A hand-made prediction whose evidence is the given text."""
    at = body.index(text)
    return Event(id=event_id("t01", kind, text), excerpt="t01", kind=kind, summary="s", date=DateResolution(),
                 evidence=Evidence.of(body, at, at + len(text)))


def predicted(body: str) -> list[Event]:
    """One statement holding the first sentence's act, one holding the reported act, the visit as an act."""
    return [ev(body, "Navy ships seized a tanker in the gulf on Friday, the defence ministry said", "statement"),
            ev(body, "Officials said the rebels had shelled a port town overnight", "statement"),
            ev(body, "The president flew to Ankara on Sunday", "meeting")]


def test_tally_counts_missed_wrong_kind_and_covered():
    x = make_excerpt(BODY)
    p = predicted(BODY)
    t = tally_shapes(x, GOLD, p, match_excerpt(GOLD, p, BODY))
    # The first statement went to the act (wrong kind), so its own gold is missed though covered;
    # the second went to its statement gold and the reported act is missed, covered by it.
    assert t.events == {"gold": 5, "missed": 2, "wrong-kind": 1}
    assert t.by_status["missed"]["covered-by-statement"] == 2
    assert t.by_status["wrong-kind"]["as-statement"] == 1
    assert t.by_status["wrong-kind"]["attributed-after"] == 1
    assert t.by_status["missed"]["reported"] == 1
    assert t.primary[("act", "after-speech-verb", "missed")] == 1
    assert t.primary[("act", "after-speech-verb", "covered")] == 1
    assert t.primary[("act", "before-attribution", "wrong-kind")] == 1
    assert t.primary[("act", "main-clause", "gold")] == 1
    assert t.kind_missed[("other", "reported")] == 1
    assert t.details == []


def test_cli_prints_counts_only_unless_verbose(tmp_path: Path, monkeypatch, capsys):
    story = tmp_path / "s"
    story.mkdir()
    (story / "t01.txt").write_text('+++\ntitle = "T"\noutlet = "Wire"\npublished = "2024-03-06"\n+++\n' + BODY,
                                   encoding="utf-8")
    gold = "".join(f'[[event]]\nexcerpt = "t01"\nanchor = "{g.anchor}"\nkind = "{g.kind.value}"\n' for g in GOLD)
    (story / "gold.toml").write_text(gold, encoding="utf-8")
    monkeypatch.setattr(evaluate, "default_extractor", lambda: (lambda x: predicted(x.body), ""))
    assert evaluate.main(["--corpus", str(tmp_path), "--shapes"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("shapes:")]
    assert "shapes: gold 5, missed 2, wrong kind 1" in lines
    assert any(line.split()[1:4] == ["act", "after-speech-verb", "1"] for line in lines), lines
    words = {w.strip(".,'\"").lower() for g in GOLD for w in g.anchor.split()} | {"t01", "ankara", "tanker"}
    printed = {w.lower() for line in lines for w in line.replace(":", " ").split()}
    assert not printed & (words - {"the", "said", "a", "to"}), printed & words
    assert evaluate.main(["--corpus", str(tmp_path), "--shapes", "-v"]) == 0
    assert any(line.startswith("t01: missed other 'had shelled a port town'")
               for line in capsys.readouterr().out.splitlines())
