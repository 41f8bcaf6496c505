"""parity.evaluate: the figures it prints are computed from gold, on a tiny story written here."""

from __future__ import annotations

from pathlib import Path

from parity.evaluate import Score, evaluate_story, main, stance_accuracy

A = """+++
title = "Ferry halted"
outlet = "Harbour Daily"
published = "2022-03-08"
+++
Ferry halted

Coast guard cutters stopped the ferry Aurora off Tallinn on Monday, the coast guard said.

Officials said the crew of 40 was safe.
"""
B = """+++
title = "Ferry stopped off Tallinn"
outlet = "Baltic Wire"
published = "2022-03-09"
+++
Ferry stopped off Tallinn

The ferry Aurora was stopped by coast guard cutters off Tallinn on Sunday, officials said.
"""
GOLD = """story = "ferry"
[origins]
"Harbour Daily" = ["f-01"]
"Baltic Wire" = ["f-02"]

[[event]]
excerpt = "f-01"
anchor = "stopped the ferry Aurora"
kind = "ship_movement"
actor = "Estonia"
start = 2022-03-07
end = 2022-03-07

[[event]]
excerpt = "f-01"
anchor = "the crew of 40 was safe"
kind = "statement"
actor = ""

[[event]]
excerpt = "f-02"
anchor = "The ferry Aurora was stopped"
kind = "ship_movement"
actor = "Estonia"
start = 2022-03-06
end = 2022-03-06

[[link]]
a = "f-01:stopped the ferry Aurora"
b = "f-02:The ferry Aurora was stopped"
relation = "same_event"
differs = ["date"]

[[status]]
event = "f-01:stopped the ferry Aurora"
status = "conflicting"

[[status]]
event = "f-01:the crew of 40 was safe"
status = "single_source"
"""


def _story(tmp_path: Path) -> Path:
    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "f-01.txt").write_text(A, encoding="utf-8")
    (folder / "f-02.txt").write_text(B, encoding="utf-8")
    (folder / "gold.toml").write_text(GOLD, encoding="utf-8")
    return folder


def test_oracle_story_scores_the_date_conflict(tmp_path):
    score = evaluate_story(_story(tmp_path), oracle=True)
    assert (score.link_tp, score.link_fp, score.link_fn) == (1, 0, 0)
    assert (score.status_right, score.status_total) == (2, 2)
    assert (score.origin_tp, score.origin_fp, score.origin_fn) == (0, 0, 0)
    assert (score.differs_right, score.differs_total) == (1, 1)  # the link disagrees on the date, as the gold says
    assert "P 1.00 R 1.00 F1 1.00" in score.line() and "differs 100% (1/1)" in score.line()


def test_a_found_links_conflict_is_right_only_when_it_shows_the_golds_attributes():
    from parity.evaluate import differs_right
    from parity.models import ClaimLink, Difference

    def link(agrees, *attributes):
        return ClaimLink(event="x-000000", excerpt="x", relation="same_event", agrees=agrees, independent=True,
                         differences=[Difference(attribute=a, here="1", there="2") for a in attributes])

    assert differs_right(link(True), ()) and differs_right(link(True, "modality"), ())  # shown, not material
    assert not differs_right(link(False, "count"), ())  # a conflict the gold does not see
    assert not differs_right(link(True), ("count",))  # a conflict missed
    assert not differs_right(link(False, "date"), ("count",))  # a conflict on another attribute
    assert differs_right(link(False, "count", "date"), ("count",))


def test_prf_and_sums():
    assert Score.prf(3, 1, 2) == (0.75, 0.6, 2 * 0.75 * 0.6 / 1.35)
    assert Score.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    total, one = Score(name="all"), Score(name="x", link_tp=2, status_total=3)
    total.add(one)
    total.add(one)
    assert (total.link_tp, total.status_total) == (4, 6)


def test_stance_accuracy_counts_wrong_cases(tmp_path):
    cases = tmp_path / "cases.toml"
    cases.write_text('[[case]]\ntext = "Chile accused Peru of spying."\nexpect = ["Chile|blame|Peru|positive"]\n\n'
                     '[[case]]\ntext = "Chile praised Peru."\nexpect = ["Chile|support|Peru|positive"]\n',
                     encoding="utf-8")
    right, n, wrong = stance_accuracy(cases)
    assert (right, n) == (1, 2) and wrong == ["Chile praised Peru."]


def test_main_prints_the_figures(tmp_path, capsys):
    _story(tmp_path)
    assert main(["--eval", str(tmp_path), "--oracle", "--stance", str(tmp_path / "none.toml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ferry    links P 1.00 R 1.00 F1 1.00")
    assert out[1].startswith("all ")


def test_one_predicted_event_stands_for_one_gold_event(tmp_path):
    from parity.evaluate import matched_events
    from tests.parity.helpers import event
    from timeline.evalgold import load_gold

    text = "Customs officers boarded the freighter Nordlys at Bergen on Friday, the port authority said."
    (tmp_path / "gold.toml").write_text(
        'story = "nordlys"\n\n[[event]]\nexcerpt = "n-01"\nanchor = "the port authority said"\nkind = "statement"\n\n'
        '[[event]]\nexcerpt = "n-01"\nanchor = "boarded the freighter Nordlys"\nkind = "other"\n', encoding="utf-8")
    gold = load_gold(tmp_path)
    whole = event("n-01", text, "other", summary="boarded the freighter Nordlys")  # evidence: the whole sentence
    match = matched_events(gold, [whole], {"n-01": text})
    # Both anchors lie in the one event's evidence; it stands for one of them (the first in the
    # gold's order), and the other is a miss, not a second match of the same prediction.
    assert match == {"n-01:the port authority said": whole, "n-01:boarded the freighter Nordlys": None}


def test_why_counts_the_attainable_links_and_names_the_rule_that_kept_one_out(tmp_path):
    folder = _story(tmp_path)
    gold = folder / "gold.toml"
    # A second gold link the linker cannot make: a remark and a ship's stop share no key to block on.
    gold.write_text(GOLD + '\n[[link]]\na = "f-01:the crew of 40 was safe"\nb = "f-02:The ferry Aurora was stopped"\n'
                    'relation = "same_event"\n', encoding="utf-8")
    score = evaluate_story(folder, oracle=True, why=True)
    assert (score.attainable, score.attained, score.unattainable) == (2, 1, 0)
    assert dict(score.why) == {"same_event: blocked: no shared key": 1}
    assert score.why_lines()[0].startswith("ferry    attainable links 2, found 1 (50%)")
    assert main(["--eval", str(tmp_path), "--oracle", "--why", "--stance", str(tmp_path / "none.toml")]) == 0


def test_without_why_nothing_is_diagnosed(tmp_path):
    score = evaluate_story(_story(tmp_path), oracle=True)
    assert score.attainable == 1 and not score.why
