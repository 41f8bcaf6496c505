"""--engine dask: 200 generated excerpts through a 2-worker LocalCluster give the local run's bytes."""

from __future__ import annotations

import difflib
import logging
from functools import partial
from types import SimpleNamespace

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")
pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install '.[dask]'")

from bench.generate import write_folder  # noqa: E402
from pipeline import parallel  # noqa: E402
from pipeline.parallel import extract_dask, extract_local  # noqa: E402

# The LocalCluster extract_dask makes with no scheduler address, as it makes it.
CLUSTER = {"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None,
           "silence_logs": logging.ERROR}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(**CLUSTER) as made:
        yield made


@pytest.fixture
def shared(cluster, monkeypatch):
    """distributed.LocalCluster, for one test, gives the module's cluster back, its close() counted and left for the
    module's end (starting 2 workers and importing the stage in each cost more than either test's own work)."""
    import distributed

    seen = SimpleNamespace(made=[], closed=0)

    def made(**kwargs):  # noqa: ANN003, ANN202
        seen.made.append(kwargs)
        return cluster

    def close(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        seen.closed += 1

    monkeypatch.setattr(distributed, "LocalCluster", made)
    monkeypatch.setattr(cluster, "close", close)
    return seen


@pytest.mark.slow
def test_dask_bag_output_is_byte_identical_to_local(tmp_path, shared):
    from pipeline.run import build_outputs

    folder = write_folder(tmp_path / "ex", 200, seed=31)
    local = build_outputs(folder, extract_all=partial(extract_local, workers=2))
    dask = build_outputs(folder, extract_all=partial(extract_dask, workers=2))
    assert shared.made == [CLUSTER] and shared.closed == 1  # the default engine's own LocalCluster, closed after
    assert sorted(dask.files) == sorted(local.files)
    for name in local.files:
        if dask.files[name] != local.files[name]:  # show where, not just that they differ
            diff = difflib.unified_diff(local.files[name].decode().splitlines(),
                                        dask.files[name].decode().splitlines(), lineterm="", n=1)
            pytest.fail(f"{name} differs:\n" + "\n".join(list(diff)[:30]))
    assert len(local.timeline.events) > 200


@pytest.mark.slow
def test_report_engine_dask(tmp_path, shared):
    """report.py --engine dask writes the same out/ as the local engine."""
    import report

    folder = write_folder(tmp_path / "ex", 12, seed=32)
    outs = []
    for engine in ("local", "dask"):
        out = tmp_path / engine
        assert report.main(["--excerpts", str(folder), "--out", str(out), "--engine", engine, "--quiet"]) == 0
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1] and len(outs[0]["timeline.json"]) > 1000
    assert len(shared.made) == 1 and shared.made[0]["processes"] and shared.closed == 1


@pytest.mark.slow
def test_report_on_a_scheduler_address(tmp_path, cluster):
    """report.py --engine dask --scheduler ADDRESS runs on that cluster and writes the local engine's out/."""
    import report

    folder = write_folder(tmp_path / "ex", 12, seed=33)
    outs = []
    for extra in ([], ["--engine", "dask", "--scheduler", cluster.scheduler_address]):
        out = tmp_path / ("dask" if extra else "local")
        assert report.main(["--excerpts", str(folder), "--out", str(out), "--quiet", *extra]) == 0
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1] and len(outs[0]["timeline.json"]) > 1000


def test_unreachable_scheduler_is_one_clear_error(monkeypatch):
    from excerpt.errors import PipelineError

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(PipelineError) as exc:
        extract_dask([object()], scheduler="tcp://127.0.0.1:9", workers=1, fn=repr)  # nothing listens on port 9
    assert exc.value.line().startswith("dask scheduler tcp://127.0.0.1:9: cannot connect")
