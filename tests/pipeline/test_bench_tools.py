"""bench.growth, bench.pagestage and bench.paritystage: what grows faster than the input; one stage alone on a saved out/."""

from __future__ import annotations

import json
from types import SimpleNamespace

from bench.growth import faster_than, rows


def _stats(cum: dict[str, float]) -> SimpleNamespace:
    # pstats' layout: (file, line, name) -> (primitive calls, calls, own seconds, cumulative seconds, callers)
    return SimpleNamespace(stats={("/x/mod.py", i, name): (1, 1, t / 2, t, {}) for i, (name, t) in enumerate(cum.items())})


def test_pairs_functions_and_names_the_ones_growing_faster() -> None:
    small = _stats({"stage": 1.0, "linear": 0.5, "quadratic": 0.1, "tiny": 0.001})
    large = _stats({"stage": 12.0, "linear": 5.0, "quadratic": 10.0, "tiny": 0.1, "new": 1.0})
    found = rows(small, large)  # type: ignore[arg-type] - only .stats is read
    assert [r.where for r in found] == ["mod.py:0 stage", "mod.py:2 quadratic", "mod.py:1 linear", "mod.py:4 new",
                                        "mod.py:3 tiny"]
    assert found[1].ratio == 100.0 and found[3].ratio is None
    # "tiny" grows 100x too, but is under 5% of the run; "linear" grows 10x, as the input does.
    assert [r.where for r in faster_than(found, 10.0)] == ["mod.py:2 quadratic", "mod.py:4 new"]


def test_pagestage_gives_the_saved_bytes_and_names_a_changed_file(tmp_path) -> None:
    from bench.generate import write_folder
    from bench.pagestage import run
    from pipeline.run import build_outputs

    folder = write_folder(tmp_path / "ex", 6, seed=43)
    out = tmp_path / "out"
    build_outputs(folder, out_dir=out)
    figures = run(folder, out)
    assert figures["excerpts"] == 6 and figures["events"] > 0
    assert figures["identical"] == dict.fromkeys(("timeline.json", "parity.json", "index.html", "timeline.csv",
                                                  "timelinejs.json"), True)
    (out / "timeline.csv").write_bytes((out / "timeline.csv").read_bytes() + b"\r\n")
    assert run(folder, out)["identical"]["timeline.csv"] is False


def test_paritystage_gives_the_saved_record_and_names_a_changed_one(tmp_path) -> None:
    # Session 12 (pspeed12): the parity stage alone on a saved out/ must rebuild parity.json's record exactly,
    # and say so when the saved record differs (a claim's status changed by hand).
    from bench.generate import write_folder
    from bench.paritystage import run
    from pipeline.run import build_outputs

    folder = write_folder(tmp_path / "ex", 6, seed=43)
    out = tmp_path / "out"
    build_outputs(folder, out_dir=out)
    figures = run(folder, out)
    assert figures["excerpts"] == 6 and figures["claims"] > 0 and figures["identical"] is True
    assert run(folder, out, workers=2)["identical"] is True
    doc = json.loads((out / "parity.json").read_text(encoding="utf-8"))
    doc["claims"][0]["status"] = "echo" if doc["claims"][0]["status"] != "echo" else "corroborated"
    (out / "parity.json").write_text(json.dumps(doc), encoding="utf-8")
    assert run(folder, out)["identical"] is False
