"""Session 11: verb, subject and word-list classes of gold anchors (`--verb-classes`), counts only on blind corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline import evaluate
from timeline.evalgold import GoldEvent
from timeline.evaluate import match_excerpt
from timeline.evalverbs import classify, is_blind, known_word, stems, tally_verbs, verb_lines
from timeline.models import DateResolution, Event, Evidence, event_id

# (sentence, anchor, verb class, subject class, trigger: known | unknown | none)
ROWS = [
    ("Iran seized a British-flagged tanker in the strait on Friday.", "Iran seized a British-flagged tanker",
     "regular-past", "known-actor", "known"),
    ("The frigate shot down two drones over the sea, the navy said.", "shot down two drones",
     "irregular-past", "noun-phrase", "known"),
    ("The Varenian patrol boat rammed a fishing vessel near the reef.", "rammed a fishing vessel",
     "regular-past", "unlisted-name", "known"),
    ("They fired flares at the helicopter before dawn.", "fired flares at the helicopter",
     "regular-past", "pronoun", "known"),
    ("Troops crossed the river and torched three villages.", "torched three villages",
     "regular-past", "none", "known"),
    ("Beijing has expelled two diplomats from the consulate.", "has expelled two diplomats",
     "perfect", "known-actor", "known"),
    ("Two fishing boats were seized by the coast guard on Monday.", "were seized",
     "passive", "noun-phrase", "known"),
    ("The embassy has been closed since the attack.", "has been closed", "passive", "noun-phrase", "known"),
    ("Officials will visit the border crossing next week.", "Officials will visit the border crossing",
     "modal", "noun-phrase", "known"),
    ("The convoy will likely reach the capital on Sunday.", "will likely reach the capital",
     "modal", "noun-phrase", "known"),
    ("The navy is shadowing the carrier group in the channel.", "is shadowing the carrier group",
     "ing", "noun-phrase", "known"),
    ("He deploys the battalion to the border every spring.", "deploys the battalion", "present", "pronoun", "known"),
    ("The minister's visit to the capital drew protests.", "The minister's visit", "no-verb", "none", "none"),
    ("The militia zorbled the outpost at dawn.", "zorbled the outpost", "regular-past", "noun-phrase", "unknown"),
    ("Officials said the ship had been hit twice.", "Officials said", "irregular-past", "noun-phrase", "known"),
]


@pytest.mark.parametrize(("sentence", "anchor", "verb", "subject", "trigger"), ROWS)
def test_classes_of_an_anchor(sentence: str, anchor: str, verb: str, subject: str, trigger: str):
    at = sentence.index(anchor)
    row = classify(sentence, at, at + len(anchor))
    assert (row.verb, row.subject, row.trigger) == (verb, subject, trigger), row


def test_stems_and_word_lists():
    assert {"seize", "seiz"} <= stems("seized")
    assert "stop" in stems("stopped")
    assert "carry" in stems("carried")
    assert known_word("boarded") and known_word("expels")
    assert not known_word("zorbled")


@pytest.mark.parametrize(("path", "blind"), [("tests/data/heldout5", True), ("tests/data/heldout24/story", True),
                                              ("tests/data/heldout4", False), ("tests/data/heldout", False),
                                              ("tests/data/dev11-acts", False), ("/tmp/x/heldout8", True)])
def test_blind_corpora_by_name(path: str, blind: bool):
    assert is_blind(Path(path)) is blind


BODY = ("The militia zorbled the outpost at dawn, the army said.\n\n"
        "Officials said rebels had shelled a port town overnight.\n\n"
        "The president flew to Ankara on Sunday for talks.")
GOLD = [
    GoldEvent(excerpt="t01", anchor="zorbled the outpost", kind="other"),
    GoldEvent(excerpt="t01", anchor="the army said", kind="statement"),
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
    """The army's statement, the officials' statement and the visit told as a statement (wrong kind)."""
    return [ev(body, "the army said", "statement"), ev(body, "Officials said", "statement"),
            ev(body, "The president flew to Ankara", "statement")]


def test_tally_counts_by_group_axis_and_status():
    x = make_excerpt(BODY)
    p = predicted(BODY)
    t = tally_verbs(x, GOLD, p, match_excerpt(GOLD, p, BODY))
    assert t.counts[("act", "verb", "regular-past", "missed")] == 1  # zorbled
    assert t.counts[("act", "verb", "perfect", "missed")] == 1  # had shelled
    assert t.counts[("act", "verb", "irregular-past", "wrong-kind")] == 1  # flew, told as a statement
    assert t.counts[("act", "subject", "known-actor", "wrong-kind")] == 0
    assert t.counts[("statement", "verb", "irregular-past", "gold")] == 2
    assert t.counts[("statement", "verb", "irregular-past", "missed")] == 0
    assert t.counts[("act", "trigger", "unknown", "missed")] == 1
    assert dict(t.unknown) == {("act", "zorbled"): 1}
    lines = verb_lines(t)
    assert "verbs: act failing with a verb no list holds: 1 (1 distinct verbs)" in lines
    assert not any("zorbled" in line for line in lines)
    assert "verbs: act unknown verbs: zorbled 1" in verb_lines(t, words=True)


def _corpus(root: Path) -> Path:
    story = root / "s"
    story.mkdir(parents=True)
    (story / "t01.txt").write_text('+++\ntitle = "T"\noutlet = "Wire"\npublished = "2024-03-06"\n+++\n' + BODY,
                                   encoding="utf-8")
    gold = "".join(f'[[event]]\nexcerpt = "t01"\nanchor = "{g.anchor}"\nkind = "{g.kind.value}"\n' for g in GOLD)
    (story / "gold.toml").write_text(gold, encoding="utf-8")
    return root


def test_cli_counts_only_and_words_refused_on_blind(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(evaluate, "default_extractor", lambda: (lambda x: predicted(x.body), ""))
    dev = _corpus(tmp_path / "dev")
    assert evaluate.main(["--corpus", str(dev), "--verb-classes"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("verbs:")]
    assert any(line.split()[1:6] == ["act", "verb", "perfect", "1", "1"] for line in lines), lines
    words = {w.strip(".,'\"").lower() for g in GOLD for w in g.anchor.split()} | {"t01", "ankara", "militia"}
    printed = {w.lower() for line in lines for w in line.replace(":", " ").split()}
    assert not printed & (words - {"the", "said", "a", "to"}), printed & words
    assert evaluate.main(["--corpus", str(dev), "--verb-classes", "--words"]) == 0
    assert "verbs: act unknown verbs: zorbled 1" in capsys.readouterr().out
    blind = _corpus(tmp_path / "heldout24")
    assert evaluate.main(["--corpus", str(blind), "--verb-classes", "--words"]) == 2
    captured = capsys.readouterr()
    assert "zorbled" not in captured.out + captured.err
    assert "dev corpus" in captured.err
    assert evaluate.main(["--corpus", str(blind), "--verb-classes"]) == 0
    assert "zorbled" not in capsys.readouterr().out


def test_main_clause_axes_and_cross_table():
    x = make_excerpt(BODY)
    p = predicted(BODY)
    t = tally_verbs(x, GOLD, p, match_excerpt(GOLD, p, BODY))
    # "zorbled the outpost" leads its sentence before a trailing ", the army said" (not main-clause);
    # "had shelled" follows "Officials said" (reported); "flew to Ankara" is the one main-clause act.
    assert t.counts[("act", "main-verb", "irregular-past", "wrong-kind")] == 1
    assert t.counts[("act", "main-verb", "regular-past", "missed")] == 0
    assert t.counts[("act", "main-verb", "perfect", "missed")] == 0
    assert t.counts[("act", "main-subject", "noun-phrase", "wrong-kind")] == 1
    assert t.crossed[("act", "regular-past", "noun-phrase")] == 1
    assert t.crossed[("act", "perfect", "noun-phrase")] == 1
    assert "verbs: failed act perfect by subject: noun-phrase 1" in verb_lines(t)
