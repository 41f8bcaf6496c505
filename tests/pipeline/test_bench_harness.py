"""The benchmark harness itself: it measures every stage of a real run, and its tables show the figures."""

from __future__ import annotations

import os

from bench import __main__ as bench_main
from bench.generate import write_folder
from bench.stage import Sampler, measure, stage_profile, tree_usage


def test_measure_reports_every_stage(tmp_path):
    folder = write_folder(tmp_path / "ex", 6, seed=41)
    r = measure(str(folder), workers=1)
    assert list(r["stages"])[:5] == ["load", "timeline", "parity", "page", "write"]
    assert r["excerpts"] == 6 and r["words"] > 6 * 450 and r["events"] > 0
    for st in r["stages"].values():
        assert st["seconds"] >= 0 and st["peak_bytes"] > 10 * 1024 * 1024
    assert r["total_seconds"] >= sum(v["seconds"] for v in r["stages"].values()) * 0.99
    rows = bench_main.stage_table([r])
    assert any("**end to end**" in row for row in rows) and any("| timeline |" in row for row in rows)


def test_a_stage_profile_sees_that_stage_only(tmp_path):
    folder = write_folder(tmp_path / "ex", 6, seed=41)
    prof = stage_profile(str(folder), "parity", workers=1)
    prof.create_stats()
    seen = {f"{fn[0].rsplit('/', 1)[-1]}:{fn[2]}" for fn in prof.stats}
    assert "build.py:build_parity" in seen
    # Not the stages before or after it: extraction, the page.
    assert "events.py:extract_checked" not in seen and "render.py:write_page" not in seen


def test_tree_usage_counts_children(tmp_path):
    rss, cpu = tree_usage(os.getpid())
    assert rss > 10 * 1024 * 1024 and cpu > 0
    s = Sampler()
    s.samples = [(0.0, 100, 1.0), (1.0, 300, 2.0), (2.0, 200, 4.5)]
    assert s.peak(0.5, 2.0) == 300 and s.peak(0.2, 0.3) == 100
    assert s.cpu(0.0, 2.0) == 3.5
