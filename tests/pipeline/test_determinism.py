"""Two runs give byte-identical out/, also with another PYTHONHASHSEED and another number of workers."""

from __future__ import annotations

from pathlib import Path

import pytest

import report
from bench.generate import write_folder
from bench.hostile import run_subprocess
from pipeline.parallel import MIN_PARALLEL


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    # More excerpts than MIN_PARALLEL, so --workers 2 really runs a process pool.
    return write_folder(tmp_path_factory.mktemp("det") / "ex", MIN_PARALLEL + 20, seed=11)


@pytest.mark.slow
def test_byte_identical_across_runs_hash_seeds_and_workers(folder, tmp_path):
    outs = []
    for i, workers in enumerate(("1", "1")):
        out = tmp_path / f"out{i}"
        assert report.main(["--excerpts", str(folder), "--out", str(out), "--workers", workers, "--quiet"]) == 0
        outs.append(files(out))
    assert outs[0] == outs[1]
    for seed, workers in (("0", "2"), ("12345", "2"), ("987", "1")):
        out = tmp_path / f"out-{seed}-{workers}"
        code, _, err, _, _ = run_subprocess(folder, out, ("--workers", workers, "--quiet"),
                                            extra_env={"PYTHONHASHSEED": seed})
        assert code == 0, err
        got = files(out)
        assert sorted(got) == sorted(outs[0])
        for name in got:
            assert got[name] == outs[0][name], f"{name} differs with PYTHONHASHSEED={seed} --workers {workers}"
    assert len(outs[0]["timeline.json"]) > 10_000  # a real record, not an empty one
