"""bench.partstage (session 21): parity's per-excerpt part alone on a saved out/ gives the workers' parts, and its
digest tells an A/B whether every answer was kept."""

from __future__ import annotations

import json
from datetime import date

import pytest


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    from bench.generate import write_folder
    from pipeline.run import build_outputs

    root = tmp_path_factory.mktemp("partstage")
    folder = write_folder(root / "ex", 6, seed=47)
    out = root / "out"
    build_outputs(folder, out_dir=out)
    return folder, out


def _facts(part: list) -> list[str]:
    from bench.partstage import canonical

    return sorted(json.dumps(canonical(f)) for f in part)


def test_the_parts_are_the_workers_parts(saved, monkeypatch) -> None:
    import parity.build
    from bench.partstage import run
    from excerpt.loader import load_folder
    from pipeline.parallel import excerpt_stage

    folder, out = saved
    made: dict[str, list] = {}
    real = parity.build.excerpt_part
    monkeypatch.setattr(parity.build, "excerpt_part", lambda e, evs: made.setdefault(e.id, real(e, evs)))
    figures = run(folder, out, repeat=2)
    assert figures["excerpts"] == len(made) > 0 and figures["events"] > 0
    assert run(folder, out)["digest"] == figures["digest"]  # from empty caches each time: the same answers
    # The parts the extraction workers make from the events as they find them (pipeline.parallel.excerpt_stage),
    # before the record is built: the events read back from timeline.json give the same facts (in record order).
    monkeypatch.setattr(parity.build, "excerpt_part", real)
    for x in load_folder(folder, structure=False).excerpts:
        events, _, _, part = excerpt_stage(x)
        if events:
            assert _facts(part) == _facts(made[x.id]), x.id
    assert run(folder, out, limit=1)["digest"] != figures["digest"]


def test_the_digest_ignores_set_order_and_names_a_changed_answer() -> None:
    from bench.partstage import canonical, digest

    a = [(frozenset({"navy", "frigate", "strait"}), (date(2024, 3, 5), date(2024, 3, 5)), None, True)]
    b = [(frozenset({"strait", "navy", "frigate"}), (date(2024, 3, 5), date(2024, 3, 5)), None, True)]
    assert digest([a]) == digest([b])
    assert canonical(a[0][1]) == ["2024-03-05", "2024-03-05"]
    changed = [(frozenset({"navy", "frigate", "strait"}), (date(2024, 3, 5), date(2024, 3, 6)), None, True)]
    assert digest([a]) != digest([changed])


def test_the_cli_checks_a_digest(saved, capsys) -> None:
    from bench.partstage import main

    folder, out = saved
    assert main([str(folder), str(out)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert main([str(folder), str(out), "--digest", shown["digest"]]) == 0
    assert main([str(folder), str(out), "--digest", "0" * 64]) == 1
