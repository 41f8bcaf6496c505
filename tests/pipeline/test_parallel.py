"""pipeline.parallel: a process pool only where it pays, and results always in the excerpts' order."""

from __future__ import annotations

import operator
import os

import pytest

from bench.generate import write_folder
from excerpt.errors import UsageError
from excerpt.loader import load_folder
from pipeline import parallel


def pid_of(_excerpt) -> int:
    """A stage that says which process ran it."""
    return os.getpid()


@pytest.fixture(scope="module")
def excerpts(tmp_path_factory):
    folder = write_folder(tmp_path_factory.mktemp("par") / "ex", parallel.MIN_PARALLEL + 10, seed=4)
    return load_folder(folder).excerpts


@pytest.mark.parametrize("n,parts", [(0, 3), (1, 3), (10, 3), (10, 10), (10, 40), (97, 8)])
def test_chunks_keep_order_and_balance(n, parts):
    items = list(range(n))
    cut = parallel.chunks(items, parts)
    assert [x for c in cut for x in c] == items
    sizes = [len(c) for c in cut]
    assert len(cut) <= max(1, parts) and (not sizes or max(sizes) - min(sizes) <= 1)


def test_pool_gives_the_serial_order(excerpts):
    ids = operator.attrgetter("id")
    assert parallel.extract_local(excerpts, workers=2, fn=ids) == [e.id for e in excerpts]
    assert parallel.extract_local(excerpts, workers=3, fn=ids) == [e.id for e in excerpts]


def test_pool_only_where_it_pays(excerpts):
    few = excerpts[: parallel.MIN_PARALLEL - 1]
    assert set(parallel.extract_local(few, workers=2, fn=pid_of)) == {os.getpid()}
    assert set(parallel.extract_local(excerpts, workers=1, fn=pid_of)) == {os.getpid()}
    pids = set(parallel.extract_local(excerpts, workers=2, fn=pid_of))
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_extractors_for_the_cli():
    assert parallel.local_extractor(0).keywords == {"workers": None}
    assert parallel.local_extractor(3).keywords == {"workers": 3}
    assert parallel.make_extractor("dask", 2, "tcp://h:8786").keywords == {"scheduler": "tcp://h:8786", "workers": 2}
    with pytest.raises(UsageError) as exc:
        parallel.make_extractor("spark")
    assert exc.value.line() == "unknown engine 'spark': use local or dask"


def die(_excerpt) -> None:
    """A stage whose worker is killed, as the OOM killer would."""
    os.kill(os.getpid(), 9)


def test_a_killed_worker_is_one_clear_error(excerpts):
    from excerpt.errors import PipelineError

    with pytest.raises(PipelineError) as exc:
        parallel.extract_local(excerpts, workers=2, fn=die)
    assert exc.value.line() == ("a worker process died while extracting events (out of memory?); "
                                "try fewer workers (--workers 1)")


def slow_pid_of(_excerpt) -> int:
    """pid_of, taking long enough that the pool and this process both get chunks."""
    import time

    time.sleep(0.01)
    return os.getpid()


def test_this_process_helps_from_the_back_while_the_pool_takes_the_front(excerpts):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    parts = parallel.chunks(excerpts, 6)
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        done = parallel._pool_and_here(pool, slow_pid_of, parts, helps=True)
    pids = [p for part in done for p in part]
    assert len(pids) == len(excerpts)
    # Each chunk was run by one side only; this process's chunks are the last ones, the pool's the first.
    owners = [set(part) for part in done]
    assert all(len(o) == 1 for o in owners)
    here = [i for i, o in enumerate(owners) if os.getpid() in o]
    assert here and here == list(range(len(parts) - len(here), len(parts)))
    assert len(here) < len(parts)  # the pool ran the rest


def test_the_default_stage_gives_the_serial_results(excerpts):
    # This process and the pool share the work (parallel.extract_local with fn None): the same events.
    assert parallel.extract_local(excerpts, workers=2) == parallel.extract_serial(excerpts)


def test_workers_fork_only_while_this_process_runs_one_thread(excerpts, monkeypatch):
    import threading

    # Other tests may leave threads behind (a dask client, a page server): count this test's own only.
    base = threading.active_count()
    monkeypatch.setattr(parallel.threading, "active_count", lambda: len(threading.enumerate()) - base + 1)
    assert parallel.start_method() == "fork"
    hold = threading.Event()
    other = threading.Thread(target=hold.wait)
    other.start()
    try:
        assert parallel.start_method() == "forkserver"  # a lock another thread holds must not be copied held
        # The forkserver path gives the same results as the forked one.
        assert parallel.extract_local(excerpts, workers=2) == parallel.extract_serial(excerpts)
    finally:
        hold.set()
        other.join()


def gc_on(_excerpt) -> bool:
    """A stage that says whether its worker's cycle collector runs."""
    import gc

    return gc.isenabled()


def test_forked_workers_collect_cycles_though_the_driver_paused_its_collector(excerpts, monkeypatch):
    import gc

    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    gc.disable()  # as pipeline.run does while the events arrive
    try:
        assert set(parallel.extract_local(excerpts, workers=2, fn=gc_on)) == {True}
    finally:
        gc.enable()
    # Forked, with the first excerpt run here before the fork: the serial results, in order.
    assert parallel.extract_local(excerpts, workers=2) == parallel.extract_serial(excerpts)
