"""The status confusion matrix agrees with parity.evaluate's status count on the same story."""

from __future__ import annotations

from pathlib import Path

from parity.confusion import Confusion, main

STORY = Path("tests/data/eval/scs")


def test_the_diagonal_is_the_evaluated_status_accuracy():
    conf = Confusion()
    score = conf.add_story(STORY, oracle=True)
    right = sum(n for (gold, got), n in conf.cells.items() if gold == got)
    assert (right, sum(conf.cells.values())) == (score.status_right, score.status_total)
    wrong = sum(len(refs) for refs in conf.refs.values())
    assert wrong == score.status_total - score.status_right
    assert f"accuracy {right}/{score.status_total}" in conf.table()


def test_the_command_prints_the_matrix(capsys):
    assert main(["--eval", "tests/data/eval", "--oracle"]) == 0
    out = capsys.readouterr().out
    assert "gold \\ got" in out and "largest confusions" in out
