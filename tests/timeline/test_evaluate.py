"""The evaluator: matching by anchor, the scores, traps, gold loading, and the corpus gold itself."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from excerpt.errors import ExcerptError
from excerpt.loader import load_folder
from timeline import evaluate
from timeline.evalgold import GoldEvent, anchor_problems, load_gold, match_event
from timeline.evaluate import date_right, match_excerpt, score_excerpt, trap_error
from timeline.models import DateResolution, Event, Evidence, event_id

CORPUS = Path(__file__).resolve().parents[1] / "data" / "eval"
BODY = (
    "Officials said on Tuesday that the navy held drills. "
    "We may see more, the minister added. "
    "The frigate docked in Split last week."
)


def ev(anchor_text: str, kind: str, start: str | None = None, end: str | None = None,
       phrase: str | None = None, body: str = BODY, excerpt: str = "x-01", actor: str | None = None) -> Event:
    """A hand-made predicted event whose evidence is the given text of the body."""
    at = body.index(anchor_text)
    d = DateResolution(start=date.fromisoformat(start) if start else None,
                       end=date.fromisoformat(end or start) if start else None, phrase=phrase)
    return Event(id=event_id(excerpt, kind, anchor_text), excerpt=excerpt, kind=kind, summary="s",
                 actor=actor, date=d, evidence=Evidence.of(body, at, at + len(anchor_text)))


def gold(anchor: str, kind: str, start: str | None = None, end: str | None = None, **kw) -> GoldEvent:
    """A hand-made gold event of excerpt x-01."""
    return GoldEvent(excerpt="x-01", anchor=anchor, kind=kind,
                     start=start, end=end or start if start else None, **kw)


GOLD = [
    gold("Officials said", "statement", "2024-03-05", actor="Croatia"),
    gold("held drills", "military_exercise"),
    gold("the minister added", "statement", "2024-03-05"),
    gold("docked in Split last week", "ship_movement", "2024-02-26", "2024-03-03"),
]


def perfect() -> list[Event]:
    return [
        ev("Officials said on Tuesday", "statement", "2024-03-05", phrase="on Tuesday", actor="croatia"),
        ev("the navy held drills", "military_exercise"),
        ev("We may see more, the minister added", "statement", "2024-03-05"),
        ev("The frigate docked in Split last week", "ship_movement", "2024-02-26", "2024-03-03", "last week"),
    ]


def test_perfect_prediction_scores_one_everywhere():
    s = score_excerpt(GOLD, perfect(), BODY, ["We", "may"])
    assert (s.recall(), s.precision(), s.kind_accuracy(), s.date_accuracy()) == (1.0, 1.0, 1.0, 1.0)
    assert s.undated_accuracy() == 1.0 and s.actor_accuracy() == 1.0
    assert s.trap_dates == 0 and s.false_positives == 0


def test_a_missing_event_lowers_recall_by_exactly_one_in_n():
    s = score_excerpt(GOLD, perfect()[1:], BODY)
    assert s.recall() == pytest.approx(1 - 1 / len(GOLD))
    assert s.precision() == 1.0
    assert any("missed statement" in n for n in s.notes)


def test_an_extra_event_lowers_precision_and_a_wrong_date_counts():
    preds = perfect()
    preds[3] = ev("The frigate docked in Split last week", "ship_movement", "2024-03-01", phrase="last week")
    preds.append(ev("We may see more", "other"))
    s = score_excerpt(GOLD, preds, BODY)
    assert s.recall() == 1.0
    assert s.precision() == pytest.approx(4 / 5)
    assert (s.date_right, s.dated) == (2, 3)
    assert s.date_accuracy() == pytest.approx(2 / 3)


def test_a_wrong_kind_still_matches_but_counts_against_kind_accuracy():
    preds = perfect()
    preds[1] = ev("the navy held drills", "deployment")
    s = score_excerpt(GOLD, preds, BODY)
    assert s.recall() == 1.0 and s.kind_accuracy() == pytest.approx(3 / 4)
    relaxed = [gold("held drills", "military_exercise", kinds_ok=("deployment",))]
    assert score_excerpt(relaxed, [preds[1]], BODY).kind_accuracy() == 1.0


def test_dating_an_undated_gold_event_is_counted():
    preds = perfect()
    preds[1] = ev("the navy held drills", "military_exercise", "2024-03-05", phrase="on Tuesday")
    s = score_excerpt(GOLD, preds, BODY)
    assert (s.undated_right, s.undated) == (0, 1)


def test_window_and_undated_ok():
    g = gold("held drills", "military_exercise", "2024-02-01", "2024-03-05", window=True, undated_ok=True)
    assert date_right(g, ev("held drills", "military_exercise", "2024-02-20", "2024-03-04"))
    assert not date_right(g, ev("held drills", "military_exercise", "2024-01-20", "2024-03-04"))
    assert date_right(g, ev("held drills", "military_exercise"))
    exact = gold("held drills", "military_exercise", "2024-03-05")
    assert not date_right(exact, ev("held drills", "military_exercise"))
    assert not date_right(exact, ev("held drills", "military_exercise", "2024-03-04", "2024-03-05"))


def test_traps_whole_words_case_sensitive_and_years_in_the_trap():
    assert trap_error(ev("We may see more", "other", "2024-05-01", "2024-05-31", "may"), ["may"]) == "may"
    assert trap_error(ev("We may see more", "other", "2024-05-01", "2024-05-31", "May"), ["may"]) is None
    assert trap_error(ev("We may see more", "other", "2024-03-05", phrase="We"), ["We"]) == "We"
    assert trap_error(ev("We may see more", "other", "2024-03-06", phrase="Wednesday"), ["We"]) is None
    accord = ["the 2015 accord"]
    assert trap_error(ev("We may see more", "other", "2015-01-01", "2015-12-31", "2015"), accord) is None
    assert trap_error(ev("We may see more", "other", "2024-03-05", phrase="2015"), accord) == "the 2015 accord"
    assert trap_error(ev("We may see more", "other", phrase="may"), ["may"]) is None  # no date made
    s = score_excerpt(GOLD, [*perfect()[:2], ev("We may see more, the minister added", "statement",
                                                  "2024-05-01", "2024-05-31", "may")], BODY, ["may"])
    assert s.trap_dates == 1


def test_each_gold_and_each_prediction_match_at_most_once_preferring_the_kind():
    # One sentence holding two events; both predictions cover both anchors.
    body = "Officials said the navy held drills."
    g = [GoldEvent(excerpt="x-01", anchor="Officials said", kind="statement"),
         GoldEvent(excerpt="x-01", anchor="held drills", kind="military_exercise")]
    p = [ev(body, "military_exercise", body=body), ev(body, "statement", body=body)]
    assert match_excerpt(g, p, body) == {0: 1, 1: 0}
    assert score_excerpt(g, p[:1], body).recall() == 0.5


def test_matching_is_maximal_not_greedy():
    body = "Officials said the navy held drills."
    g = [GoldEvent(excerpt="x-01", anchor="said", kind="statement"),
         GoldEvent(excerpt="x-01", anchor="Officials", kind="statement")]
    tight = ev("Officials said", "statement", body=body)  # the only one holding "Officials"
    loose = ev("said the navy held drills", "statement", body=body)
    # "said" prefers the tighter evidence first; an augmenting path hands it over to "Officials".
    assert match_excerpt(g, [tight, loose], body) == {0: 1, 1: 0}


def test_optional_gold_is_neither_a_miss_nor_a_false_positive():
    g = [*GOLD, gold("We may see more", "statement", optional=True)]
    assert score_excerpt(g, perfect(), BODY).recall() == 1.0
    s = score_excerpt(g, [*perfect(), ev("We may see more", "statement")], BODY)
    assert s.precision() == 1.0 and s.optional_matched == 1


def test_match_event_prefers_the_tightest_evidence_of_the_named_excerpt():
    tight = ev("held drills", "military_exercise")
    loose = ev("Officials said on Tuesday that the navy held drills.", "statement")
    other = ev("held drills", "military_exercise", excerpt="x-02")
    bodies = {"x-01": BODY, "x-02": BODY}
    assert match_event("x-01:held drills", [loose, other, tight], bodies) is tight
    assert match_event("x-02:held drills", [loose, tight], bodies) is None
    assert match_event("x-01:not in the body", [tight], bodies) is None


def write_gold(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gold.toml"
    path.write_text(text, encoding="utf-8")
    return path


EVENTS = """
[[event]]
excerpt = "a"
anchor = "one"
kind = "statement"
[[event]]
excerpt = "b"
anchor = "two"
kind = "statement"
[[event]]
excerpt = "c"
anchor = "three"
kind = "statement"
"""


def test_groups_expand_to_pairs_and_explicit_links_keep_their_relation(tmp_path):
    g = load_gold(write_gold(tmp_path, EVENTS + """
[[group]]
relation = "same_event"
members = ["a:one", "b:two", "c:three"]
[[link]]
a = "a:one"
b = "c:three"
relation = "same_topic"
differs = ["stance"]
"""))
    assert len(g.links) == 3
    ac = next(x for x in g.links if x.pair == frozenset({"a:one", "c:three"}))
    assert ac.relation.value == "same_topic" and ac.differs == ("stance",)


@pytest.mark.parametrize("extra, words", [
    ('[[status]]\nevent = "a:nowhere"\nstatus = "echo"\n', "no gold event"),
    ('[[event]]\nexcerpt = "a"\nanchor = "x"\nkind = "bombing"\n', "does not fit"),
    ('[[event]]\nexcerpt = "a"\nanchor = "x"\nkind = "other"\nstart = 2020-01-02\n', "does not fit"),
    ("[[event]\n", "not valid TOML"),
])
def test_malformed_gold_names_the_file_and_the_problem(tmp_path, extra, words):
    path = write_gold(tmp_path, EVENTS + extra)
    with pytest.raises(ExcerptError) as err:
        load_gold(path)
    assert str(path) in str(err.value) and words in str(err.value)


def story_dirs() -> list[Path]:
    return evaluate.stories(CORPUS)


def test_corpus_size_and_variety():
    folders = [load_folder(d) for d in story_dirs()]
    excerpts = [x for f in folders for x in f.excerpts]
    assert len(story_dirs()) >= 3 and len(excerpts) >= 15
    assert len({x.id for x in excerpts}) == len(excerpts)
    outlets = {x.outlet.split(" (")[0] for x in excerpts}
    assert len(outlets) >= 5
    assert any(x.as_of and x.as_of < x.published for x in excerpts)  # a republication
    assert any(len(x.published) == 7 for x in excerpts)  # a month-only page date
    assert all(not x.warnings for x in excerpts)


@pytest.mark.parametrize("where", ["scs", "iran", "bs", "samples"])
def test_every_gold_anchor_is_found_once_and_every_excerpt_has_gold(where):
    folder, path = (evaluate.SAMPLES, evaluate.SAMPLES_GOLD) if where == "samples" else (CORPUS / where,) * 2
    g = load_gold(path)
    excerpts = load_folder(folder).excerpts
    assert anchor_problems(g, {x.id: x.body for x in excerpts}) == []
    assert sorted(x.id for x in excerpts) == g.excerpt_ids
    for x in excerpts:  # nothing is gold in the headline line
        first_line_end = x.body.index("\n")
        assert all(x.body.index(e.anchor) > first_line_end for e in g.events_of(x.id))


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_PHRASE = re.compile(r"^(?:also )?(?:on )?(" + "|".join(WEEKDAYS) + r")$", re.I)


@pytest.mark.parametrize("where", ["scs", "iran", "bs"])
def test_gold_weekday_dates_follow_the_tense_rule(where):
    # A check on the gold itself: a weekday phrase against a full-day anchor lands on that weekday,
    # within the week before the anchor (past) or after it (planned/expected).
    g = load_gold(CORPUS / where)
    anchors = {x.id: x.anchor for x in load_folder(CORPUS / where).excerpts}
    checked = 0
    for e in g.events:
        m = WEEKDAY_PHRASE.match(e.date_phrase)
        anchor = anchors[e.excerpt]
        if not m or anchor is None or len(anchor[0]) != 10 or e.start is None:
            continue
        day = date.fromisoformat(anchor[0])
        assert e.start == e.end and WEEKDAYS[e.start.weekday()] == m.group(1).lower(), e.ref
        gap = (e.start - day).days if e.modality in ("planned", "expected") else (day - e.start).days
        assert 0 <= gap < 7, e.ref
        checked += 1
    assert checked >= 4


def test_main_prints_figures_with_a_hand_made_extractor(tmp_path, monkeypatch, capsys):
    story = tmp_path / "s"
    story.mkdir()
    (story / "x-01.txt").write_text(
        '+++\ntitle = "T"\noutlet = "Wire"\npublished = "2024-03-06"\n+++\nT\n\n' + BODY, encoding="utf-8")
    (story / "gold.toml").write_text(
        '[traps]\nx-01 = ["may"]\n[[event]]\nexcerpt = "x-01"\nanchor = "held drills"\nkind = "military_exercise"\n'
        '[[event]]\nexcerpt = "x-01"\nanchor = "docked in Split"\nkind = "ship_movement"\n', encoding="utf-8")

    def extract(x):
        return [ev("the navy held drills", "military_exercise", body=x.body)]

    monkeypatch.setattr(evaluate, "default_extractor", lambda: (extract, ""))
    assert evaluate.main(["--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "recall 50%" in out and "precision 100%" in out and "non-date words 0" in out

    def broken(x):
        raise RuntimeError("not yet")

    monkeypatch.setattr(evaluate, "default_extractor", lambda: (broken, ""))
    assert evaluate.main(["--corpus", str(tmp_path), "-v"]) == 0
    assert "extract failed: RuntimeError: not yet" in capsys.readouterr().out
    assert evaluate.main(["--corpus", str(tmp_path / "nowhere")]) == 2


REQUIRED_PHRASES = ["on saturday", "on thursday", "yesterday", "today", "tomorrow", "last week", "this week",
                    "earlier this week", "this weekend", "last month", "in october", "in july 2015", "on march 5",
                    "on 4 march", "on the 18th", "in 2014", "the 1853-56 war", "a day earlier", "the next day",
                    "two days later", "just days ago", "in recent weeks", "recently", "soon"]
REQUIRED_TRAPS = ["may", "We", "72-year-old", "three-hour", "2015 accord", "No. 1"]


def test_corpus_covers_every_date_style_and_trap_of_the_issue():
    golds = [load_gold(d) for d in story_dirs()]
    phrases = {e.date_phrase.lower() for g in golds for e in g.events}
    assert [p for p in REQUIRED_PHRASES if p not in phrases] == []
    assert any(e.modality in ("planned", "expected") and e.date_phrase.lower().startswith("on ")
               for g in golds for e in g.events)  # a future-tense weekday
    traps = {t for g in golds for words in g.traps.values() for t in words}
    assert [t for t in REQUIRED_TRAPS if t not in traps] == []
    statuses = {s.status.value for g in golds for s in g.statuses}
    assert statuses == {"corroborated", "conflicting", "later_development", "single_source", "echo"}
    differs = {d for g in golds for link in g.links for d in link.differs}
    assert {"date", "count", "stance"} <= differs


def test_by_kind_counts_misses_confusions_and_extras_per_kind():
    preds = perfect()[1:]  # the first statement missed
    preds[0] = ev("the navy held drills", "deployment")  # drills read as a deployment
    preds.append(ev("We may see more", "other"))  # an extra
    s = score_excerpt(GOLD, preds, BODY) + score_excerpt(GOLD, perfect(), BODY)
    assert s.gold_kinds == {"statement": 4, "military_exercise": 2, "ship_movement": 2}
    assert s.missed_kinds == {"statement": 1}
    assert s.confusions == {"military_exercise->deployment": 1}
    assert s.extra_kinds == {"other": 1}
    lines = evaluate.by_kind_lines(s)
    assert lines[0] == ("by kind: recall statement 3/4 (75%), military_exercise 2/2 (100%), "
                        "ship_movement 2/2 (100%)")
    assert lines[1:] == ["by kind: confusions (gold->predicted) military_exercise->deployment 1",
                         "by kind: extras other 1"]
