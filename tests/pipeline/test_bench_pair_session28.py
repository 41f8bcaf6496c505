"""bench.pair: two trees' workers handed each excerpt in turn, in a seeded order; bench.same's blind sets read from
the evaluator's own test (a declassified set proved, a set being written never run)."""

from __future__ import annotations

import sys

import bench.pair as pair
import bench.same as same

# A worker that keeps bench.pair's protocol without the stage: the excerpt count, then one "CPU seconds" line for
# each excerpt index asked (here its tree's cost times the index + 1), so the driver's sums can be checked exactly.
FAKE = r'''
import sys
from pathlib import Path
cost = float(Path("cost").read_text())
print(4, flush=True)
for line in sys.stdin:
    print(cost * (int(line) + 1), flush=True)
'''


def test_orders_are_seeded_and_mix_who_goes_first() -> None:
    first = pair.orders(200, seed=3)
    assert first == pair.orders(200, seed=3)
    assert set(first) == {(0, 1), (1, 0)}
    assert 60 < sum(o == (0, 1) for o in first) < 140
    assert pair.orders(200, seed=4) != first


def test_report_gives_each_rep_and_the_total_ratio() -> None:
    lines = pair.report([pair.Rep(2.0, 2.2), pair.Rep(3.0, 2.7)])
    assert lines == ["rep 0: A 2.000  B 2.200  B/A 1.1000", "rep 1: A 3.000  B 2.700  B/A 0.9000",
                     "total: A 5.000  B 4.900  B/A 0.9800"]


def test_run_hands_every_excerpt_to_both_trees_each_rep(tmp_path, monkeypatch) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for tree, cost in ((a, "0.5"), (b, "0.25")):
        tree.mkdir()
        (tree / "cost").write_text(cost)
    monkeypatch.setattr(pair, "WORKER", FAKE)
    reps = pair.run([str(a), str(b)], str(tmp_path), reps=2, python=sys.executable)
    # four excerpts: 1 + 2 + 3 + 4 = 10 cost units each rep, whatever the order
    assert reps == [pair.Rep(5.0, 2.5), pair.Rep(5.0, 2.5)]
    assert reps[0].ratio == 0.5


def test_same_runs_a_declassified_set_and_never_a_blind_one(tmp_path, monkeypatch) -> None:
    data = tmp_path / "tests" / "data"
    for corpus in ("heldout23", "heldout25", "heldout4", "dev28-x"):
        story = data / corpus / "story"
        story.mkdir(parents=True)
        (story / "a.txt").write_text("x")
    monkeypatch.setattr(same, "ROOT", tmp_path)
    monkeypatch.setattr(same, "DATA", data)
    names = {p.parent.name for p in same.folders()[1:]}
    assert names == {"heldout23", "heldout4", "dev28-x"}  # heldout25 (blind, being written) is never run
    assert {"heldout5", "heldout24"} <= same.BLIND and "heldout23" not in same.BLIND
