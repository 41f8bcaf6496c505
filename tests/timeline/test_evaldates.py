"""The date-cause instrument: each cause on a fresh hand-made case, the tally, and the CLI printing counts only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline import evaldates, evaluate
from timeline.evaldates import date_cause, same_phrase, tally_dates
from timeline.evalgold import GoldEvent
from timeline.evaluate import match_excerpt
from timeline.models import DateResolution, Event, Evidence, event_id

D = date
P = "2023-10-13"  # a Friday
BODY = ("Frigate docks in Limassol\n\n"
        "The frigate docked in Limassol on Tuesday, the navy said.\n\n"
        "A day later it sailed for Haifa and held drills off the coast, officials said on Thursday.\n\n"
        "The minister will visit Nicosia on Monday, his office said, and talks are due in recent weeks.")


def ev(text: str, kind: str, start=None, end=None, phrase=None, basis="", relative_to=None, tense="past",
       body: str = BODY) -> Event:
    """A hand-made prediction whose evidence is the given text and whose date is the one given."""
    at = body.index(text)
    r = DateResolution(start=start, end=end, phrase=phrase, basis=basis, relative_to=relative_to)
    return Event(id=event_id("t01", kind, text), excerpt="t01", kind=kind, summary="s", date=r, tense=tense,
                 evidence=Evidence.of(body, at, at + len(text)))


def gold(anchor: str, kind: str, start=None, end=None, phrase: str = "", **kw) -> GoldEvent:
    return GoldEvent(excerpt="t01", anchor=anchor, kind=kind, start=start, end=end, date_phrase=phrase, **kw)


TUE, WED, THU = D(2023, 10, 10), D(2023, 10, 11), D(2023, 10, 12)
# (gold event, the prediction matched to it, the cause expected)
ROWS = [
    (gold("will visit Nicosia", "meeting", D(2023, 10, 24), D(2023, 10, 24), "on Monday"),
     ev("will visit Nicosia on Monday", "meeting", D(2023, 10, 17), D(2023, 10, 17), "on Monday",
        "'on Monday', future tense", tense="future"), "week-off"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"),
     ev("The frigate docked in Limassol on Tuesday", "ship_movement", D(2023, 10, 3), D(2023, 10, 3),
        "on Tuesday", "'on Tuesday', past tense (read from another day)"), "moved-by-context"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"),
     ev("The frigate docked in Limassol on Tuesday", "ship_movement", D(2023, 10, 17), D(2023, 10, 17),
        "on Tuesday", "'on Tuesday', future tense", tense="future"), "tense"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"),
     ev("The frigate docked in Limassol on Tuesday", "ship_movement", D(2023, 10, 9), D(2023, 10, 15),
        "on Tuesday", "week"), "interval-for-day"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"),
     ev("The frigate docked in Limassol on Tuesday", "ship_movement"), "phrase-read-not-taken-inside"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"),
     ev("The frigate docked in Limassol on Tuesday, the navy said", "statement"), "as-statement"),
    (gold("the navy said", "statement"),
     ev("the navy said", "statement", TUE, TUE, "on Tuesday", "no date phrase of its own; a quote"), "inherited"),
    (gold("sailed for Haifa", "ship_movement", WED, WED, "A day later"),
     ev("A day later it sailed for Haifa", "ship_movement", THU, THU, "A day later", "'A day later', relative to",
        "event:t01-x"), "anaphora-wrong"),
    (gold("held drills off the coast", "military_exercise", WED, WED),
     ev("held drills off the coast", "military_exercise"), "should-inherit"),
    (gold("held drills off the coast", "military_exercise", WED, WED),
     ev("held drills off the coast, officials said on Thursday", "military_exercise", THU, THU, "on Thursday",
        "'on Thursday', past tense"), "own-phrase-gold-inherits"),
    (gold("officials said", "statement", THU, THU, "on Thursday"),
     ev("held drills off the coast, officials said on Thursday", "statement", WED, WED, "A day later",
        "'A day later', relative to", "event:t01-x"), "anaphora-wrong"),
    (gold("will visit Nicosia", "meeting", D(2023, 10, 16), D(2023, 10, 16), "on Monday"),
     ev("will visit Nicosia", "meeting"), "phrase-read-not-taken-after"),
    (gold("docked in Limassol", "ship_movement", TUE, TUE, "Frigate docks"),
     ev("The frigate docked in Limassol", "ship_movement"), "headline-dateline"),
    (gold("talks are due", "meeting"),
     ev("talks are due in recent weeks", "meeting", D(2023, 9, 15), D(2023, 10, 13), "in recent weeks",
        "'in recent weeks', vague: 28 days"), "vague"),
]


@pytest.mark.parametrize(("g", "p", "cause"), ROWS)
def test_each_cause_on_its_case(g, p, cause):
    x = make_excerpt(BODY, published=P)
    assert date_cause(x, g, p, [g])[1] == cause


def test_a_right_date_or_an_allowed_undated_one_has_no_cause():
    x = make_excerpt(BODY, published=P)
    g = gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday")
    assert date_cause(x, g, ev("The frigate docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"), [g]) is None
    loose = gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday", undated_ok=True)
    assert date_cause(x, loose, ev("The frigate docked in Limassol", "ship_movement"), [loose]) is None
    window = gold("docked in Limassol", "ship_movement", D(2023, 10, 9), D(2023, 10, 15), "this week", window=True)
    assert date_cause(x, window, ev("The frigate docked", "ship_movement", TUE, TUE, "on Tuesday"), [window]) is None


def test_a_prediction_covering_another_gold_event_with_its_date_is_the_wrong_event():
    x = make_excerpt(BODY, published=P)
    drills = gold("held drills off the coast", "military_exercise", WED, WED, "A day later")
    said = gold("officials said", "statement", THU, THU, "on Thursday")
    p = ev("held drills off the coast, officials said on Thursday", "military_exercise", THU, THU, "on Thursday")
    assert date_cause(x, drills, p, [drills, said]) == ("dated-wrong", "wrong-event")
    docked = gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday")
    navy = gold("the navy said", "statement")
    p = ev("the navy said", "statement", TUE, TUE, "on Tuesday", "'on Tuesday', past tense")
    assert date_cause(x, navy, p, [docked, navy]) == ("undated-dated", "another-event-phrase")
    assert date_cause(x, navy, p, [navy]) == ("undated-dated", "own-phrase")


def test_phrases_match_without_their_leads():
    assert same_phrase("on Thursday", "Thursday")
    assert same_phrase("late on Thursday", "on Thursday")
    assert not same_phrase("on Thursday", "on Friday")
    assert not same_phrase("", "on Friday")


def test_tally_counts_dated_and_undated_gold_and_details_only_when_asked():
    x = make_excerpt(BODY, published=P)
    golds = [gold("docked in Limassol", "ship_movement", TUE, TUE, "on Tuesday"), gold("the navy said", "statement")]
    preds = [ev("The frigate docked in Limassol on Tuesday", "ship_movement"),
             ev("the navy said", "statement", TUE, TUE, "on Tuesday", "no date phrase of its own; x")]
    t = tally_dates(x, golds, preds, match_excerpt(golds, preds, BODY))
    assert (t.dated, t.undated) == (1, 1)
    assert t.causes == {("left-undated", "phrase-read-not-taken-inside"): 1, ("undated-dated", "inherited"): 1}
    assert t.details == []
    assert len(tally_dates(x, golds, preds, match_excerpt(golds, preds, BODY), verbose=True).details) == 2


def _corpus(tmp_path: Path, name: str = "mine") -> Path:
    story = tmp_path / name / "s"
    story.mkdir(parents=True, exist_ok=True)
    (story / "t01.txt").write_text(f'+++\ntitle = "T"\noutlet = "Wire"\npublished = "{P}"\n+++\n' + BODY,
                                   encoding="utf-8")
    (story / "gold.toml").write_text('[[event]]\nexcerpt = "t01"\nanchor = "docked in Limassol"\n'
                                     'kind = "ship_movement"\nstart = 2023-10-10\nend = 2023-10-10\n'
                                     'date_phrase = "on Tuesday"\n', encoding="utf-8")
    return tmp_path / name


def test_cli_prints_counts_only_and_refuses_details_on_a_blind_corpus(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setattr(evaldates, "_extractor", lambda: lambda x: [ev("The frigate docked in Limassol on Tuesday",
                                                                         "statement")])
    assert evaluate.main(["--corpus", str(_corpus(tmp_path)), "--date-causes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["date causes: dated-wrong 0 of 1: -", "date causes: left-undated 1 of 1: as-statement 1",
                     "date causes: undated-dated 0 of 0: -"]
    assert evaldates.main(["--corpus", str(_corpus(tmp_path)), "-v"]) == 0
    assert capsys.readouterr().out.startswith("t01: left-undated as-statement: 'docked in Limassol'")
    assert evaldates.main(["--corpus", str(_corpus(tmp_path, "heldout24")), "-v"]) == 2
    assert "blind" in capsys.readouterr().err
