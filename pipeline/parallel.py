"""Run the per-excerpt stage on every core, or on a dask cluster, with the output in input order."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from excerpt.errors import PipelineError, UsageError
from excerpt.models import Excerpt, Paragraph
from pipeline.transfer import clear, pack, unpack

# Below this many excerpts a process pool costs more (start-up, pickling) than it saves: the
# extract stage runs at roughly a few ms per excerpt, and starting two workers takes ~0.3 s.
MIN_PARALLEL = 50
# Chunks per worker: several, so a slow chunk at the end does not leave the other cores idle.
CHUNKS_PER_WORKER = 4
# Excerpts per chunk at most (~0.1 s of work): this process takes chunks while the pool starts (a fresh
# interpreter importing the stage), and a short last chunk leaves no core idle for long.
CHUNK_SIZE = 12
# Dask partitions per worker, for the same reason.
PARTITIONS_PER_WORKER = 4
# How long to keep trying a scheduler address before giving up with one clear error.
CONNECT_TIMEOUT = "10s"

PerExcerpt = Callable[[Excerpt], Any]


# A paragraph as the workers send it back: (start, end, label, reason), without its sentences.
Layout = tuple[tuple[int, int, str, str], ...]


def excerpt_stage(excerpt: Excerpt) -> tuple[list[Any], list[str], Layout, Any]:
    """One excerpt alone: paragraphs and sentences (if loaded without), then events, then parity's part
    of it; (events, warnings, layout, parity.build.excerpt_part)."""
    # The sentences are read by extraction only, and plain tuples cost the driver a seventh of the
    # memory of Paragraph models (which it makes again only for the page: see pipeline.run).
    from excerpt.loader import with_structure
    from parity.build import excerpt_part
    from timeline.events import extract_checked  # (events, warnings): a failing sentence is named, not lost

    full = with_structure(excerpt)
    events, warnings = extract_checked(full)
    # Parity's per-excerpt work (each event's claim facts) here, on every core, in the same task: the
    # driver's parity stage then only joins the record (it was a second of one core at 1,000 excerpts).
    return (events, warnings, tuple((p.start, p.end, p.label.value, p.reason) for p in full.paragraphs),
            excerpt_part(excerpt, events))


def paragraphs_from(layout: Layout) -> tuple[Paragraph, ...]:
    """Paragraph models (no sentences) from excerpt_stage's layout."""
    # Validated constructors, not model_construct: pydantic-core in C is twice as fast as its Python loop.
    return tuple(Paragraph(start=s, end=e, label=label, reason=reason) for s, e, label, reason in layout)


class Layouts(Sequence[Layout]):
    """Every excerpt's layout in one flat array of (start, end, kind) per paragraph, kind an index into the
    run's distinct (label, reason) pairs; layouts[k] is excerpt k's layout as excerpt_stage made it."""

    # Why: the layouts wait from extraction to the page, through parity (the run's peak at 10,000 excerpts):
    # as tuples of tuples of ints and strings they were ~5.6 KB per excerpt (56 MB at 10,000), as one array ~0.6 KB.

    def __init__(self, layouts: Iterable[Layout]) -> None:
        self.flat = array("q")
        self.bounds = array("q", [0])
        self.kinds: list[tuple[str, str]] = []
        index: dict[tuple[str, str], int] = {}
        for layout in layouts:
            for start, end, label, reason in layout:
                kind = index.get((label, reason))
                if kind is None:
                    kind = index[(label, reason)] = len(self.kinds)
                    self.kinds.append((label, reason))
                self.flat.extend((start, end, kind))
            self.bounds.append(len(self.flat))

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, k):  # noqa: ANN001, ANN204 - an index (a slice is not needed)
        if not isinstance(k, int):
            raise TypeError("Layouts takes an excerpt's index")
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        flat, kinds = self.flat, self.kinds
        return tuple((flat[i], flat[i + 1], *kinds[flat[i + 2]]) for i in range(self.bounds[k], self.bounds[k + 1], 3))


def forked_worker() -> None:
    """A forked worker's start: what it inherited (the imported stage, its compiled patterns) out of the cycle
    collector's sight, and the collector on (the driver may fork with it off)."""
    # Why freeze: each full collection walked the ~45,000 inherited objects again (half of a worker's collector time,
    # ~0.5% of its CPU, session 27), and touching their headers copied the shared pages into the worker.
    gc.freeze()
    gc.enable()


def _default_stage() -> PerExcerpt:
    return excerpt_stage


def _run_chunk(fn: PerExcerpt, chunk: Sequence[Excerpt]) -> list[Any]:
    """One worker's share: the stage applied to each excerpt of a chunk, in order."""
    return [fn(e) for e in chunk]


def _run_packed(chunk: Sequence[Excerpt]) -> list[Any]:
    """_run_chunk of the project's own stage, each result as plain tuples for the trip back (pipeline.transfer)."""
    return [pack(excerpt_stage(e)) for e in chunk]


def chunks(items: Sequence[Any], n: int) -> list[list[Any]]:
    """Items cut into at most n contiguous runs of near-equal length (so order is kept on joining)."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, pos = [], 0
    for i in range(n):
        step = size + (1 if i < extra else 0)
        out.append(list(items[pos : pos + step]))
        pos += step
    return out


def default_workers() -> int:
    """The cores this process may use (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """How the pool starts its workers: fork while this process runs one thread, else forkserver."""
    # A forked worker has the stage imported and its patterns compiled already, as this process has:
    # a forkserver is a fresh interpreter that imports and compiles them again (~0.6 CPU s and, on a
    # busy machine, seconds of wall time before the first chunk). Forking is safe only while no other
    # thread runs (the CLI's progress bar is one): a lock another thread holds would be copied held.
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return "forkserver"
    return "fork"


def extract_serial(excerpts: list[Excerpt], fn: PerExcerpt | None = None) -> list[Any]:
    """The stage in this process, one excerpt after another."""
    fn = fn or _default_stage()
    return [fn(e) for e in excerpts]


def extract_local(excerpts: list[Excerpt], workers: int | None = None, fn: PerExcerpt | None = None,
                  started: Started | None = None) -> list[Any]:
    """The stage over a local process pool where it pays; results in the excerpts' order. With the
    project's own stage (fn None) this process takes chunks too while the pool starts; started: a pool
    start_pool made before the excerpts were loaded (used where one pays, else shut down)."""
    helps = fn is None  # a pure function of its excerpt; another callable runs in the workers only
    fn = fn or _default_stage()
    workers = default_workers() if workers is None else workers
    if started is not None and (not helps or workers <= 1 or len(excerpts) < MIN_PARALLEL):
        started.pool.shutdown(wait=True, cancel_futures=True)  # the folder held fewer usable excerpts than files
        started = None
    if workers <= 1 or len(excerpts) < MIN_PARALLEL:
        return extract_serial(excerpts, fn)
    first: list[Any] = []
    if started is not None:
        pool, method = started.pool, started.method
    else:
        method = start_method()
        ctx = multiprocessing.get_context(method)
        if method == "forkserver":  # the preload imports the stage once, not per worker
            ctx.set_forkserver_preload(PRELOAD)
        elif helps:
            # The first excerpt here, before forking: what the stage compiles or caches on first use (the
            # date grammar, the paragraph rules, fast scan forms) is then made once, not once per worker.
            first, excerpts = [fn(excerpts[0])], excerpts[1:]
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                   initializer=forked_worker if method == "fork" else None)
    parts = chunks(excerpts, max(workers * CHUNKS_PER_WORKER, -(-len(excerpts) // CHUNK_SIZE)))
    try:
        if method == "fork" and started is None:  # the first submit forks every worker: here, before _pool_and_here's thread
            pool.submit(int)
        done = _pool_and_here(pool, fn, parts, helps)
    except BrokenProcessPool:
        # A worker was killed from outside (most often the kernel's OOM killer): say so in one line.
        _unblock_feeder(pool)
        pool.shutdown(wait=True, cancel_futures=True)
        raise PipelineError(f"a worker process died while extracting events (out of memory?); "
                            f"try fewer workers (--workers {max(1, workers // 2)})") from None
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return first + [r for part in done for r in part]


# What a forkserver imports once for its workers: the stage's modules.
PRELOAD = ["timeline.events", "excerpt.models", "excerpt.loader", "parity.build"]
# A text the stage runs on before the pool forks, when no excerpt is loaded yet (start_pool): a seed sample.
WARM_UP = Path(__file__).resolve().parent.parent / "excerpt" / "samples"


@dataclass
class Started:
    """A pool started before the excerpts were loaded, and how its workers were started."""

    pool: ProcessPoolExecutor
    method: str


def start_pool(workers: int | None, expected: int) -> Started | None:
    """The pool extract_local would start for `expected` excerpts, started now (None where it would not).

    Why: forked workers carry every page of this process at the fork, and a tree's memory counts them in
    each: forked after the excerpts were loaded, two workers carried 2 x ~60 MB of excerpt models at
    10,000 excerpts (the timeline stage holds the run's peak); forked before, they carry none."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or expected < MIN_PARALLEL:
        return None
    method = start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(PRELOAD)
    else:
        _warm_up()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=forked_worker if method == "fork" else None)
    if method == "fork":
        try:
            pool.submit(int)  # forks every worker now, while this process holds no excerpt
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return Started(pool, method)


def _warm_up() -> None:
    """The stage on a seed sample, its result dropped: what it compiles or caches on first use is then
    made once here, before the fork, as extract_local's first excerpt does (caches never change results)."""
    from excerpt.loader import load_folder

    try:
        sample = load_folder(WARM_UP, structure=False).excerpts[0]
    except PipelineError:  # no samples beside the package: the workers compile on first use instead
        return
    excerpt_stage(sample)


def _unblock_feeder(pool: ProcessPoolExecutor) -> None:
    """Close this process's end of a broken pool's task pipe, so shutdown cannot hang on it."""
    # CPython before 3.12 (gh-94777, fixed upstream the same way): when every worker is dead, the queue's feeder
    # thread can stay blocked writing a chunk into a pipe that only this process still holds open for reading,
    # and shutdown waits for that thread forever. With our reading end closed the write fails and the thread ends.
    queue = getattr(pool, "_call_queue", None)
    reader = getattr(queue, "_reader", None)
    if reader is not None and not reader.closed:
        try:
            reader.close()
        except OSError:
            pass  # the pool's own thread closed it first (its queue's close(), racing this one): it is closed


def _pool_and_here(pool: ProcessPoolExecutor, fn: PerExcerpt, parts: list[list[Excerpt]], helps: bool) -> list[list[Any]]:
    """Each chunk's results, in order: the pool takes chunks from the front, this process (when it helps)
    from the back, each claiming one at a time, until they meet."""
    # With a forkserver, the first submit waits while it starts and imports the stage (0.5-1 s, one core busy):
    # a thread submits, so this process works meanwhile; once the pool runs, the thread claims the
    # rest at once and this process stops after its current chunk.
    done: list[list[Any] | None] = [None] * len(parts)
    futures: dict[int, Future[list[Any]]] = {}
    ends = [0, len(parts)]  # next chunk from the front, one past the next from the back
    lock = threading.Lock()
    failed: list[BaseException] = []

    def claim(front: bool) -> int | None:
        with lock:
            if ends[0] >= ends[1] or failed:
                return None
            if front:
                ends[0] += 1
                return ends[0] - 1
            ends[1] -= 1
            return ends[1]

    # The project's own stage comes back as plain tuples (pipeline.transfer): half the pickling of its models.
    packed = fn is excerpt_stage

    def submit() -> None:
        try:
            while (i := claim(True)) is not None:
                futures[i] = pool.submit(_run_packed, parts[i]) if packed else pool.submit(_run_chunk, fn, parts[i])
        except BaseException as exc:  # noqa: BLE001 - raised below, in this process's thread
            failed.append(exc)

    submitter = threading.Thread(target=submit, name="extract-submit", daemon=True)
    submitter.start()
    try:
        while helps and (i := claim(False)) is not None:
            done[i] = _run_chunk(fn, parts[i])
            if packed:  # made again as the pool's arrive: their texts, quotes and dates one object with the pool's
                done[i] = [unpack(pack(r)) for r in done[i]]  # (~12 us an event; ~3.5 MB less per 1,000 excerpts)
    except BaseException as exc:
        failed.append(exc)
    submitter.join()
    if failed:
        for fut in futures.values():
            fut.cancel()
        raise failed[0]
    if packed:
        return _unpacked(futures, done)
    for i, fut in futures.items():
        done[i] = fut.result()
    return done  # type: ignore[return-value] - every index was claimed by one side


def _unpacked(futures: dict[int, Future[list[Any]]], done: list[list[Any] | None]) -> list[list[Any]]:
    """The pool's packed chunks as models again, each as it arrives: this thread is idle while the workers
    run, and a chunk's tuples go as soon as it is unpacked (a worker's error is raised in chunk order)."""
    index_of = {fut: i for i, fut in futures.items()}
    futures.clear()
    errors: dict[int, BaseException] = {}
    for fut in as_completed(index_of):
        i = index_of.pop(fut)
        try:
            done[i] = [unpack(r) for r in fut.result()]
        except BaseException as exc:  # noqa: BLE001 - the first chunk's error is raised below
            errors[i] = exc
        del fut
    clear()
    if errors:
        raise errors[min(errors)]
    return done  # type: ignore[return-value] - every index was claimed by one side


def extract_dask(excerpts: list[Excerpt], scheduler: str | None = None, workers: int | None = None,
                 fn: PerExcerpt | None = None) -> list[Any]:
    """The stage as a dask bag on a distributed client: a LocalCluster, or the cluster at `scheduler`."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--engine dask needs the dask extra: pip install '.[dask]'") from None
    fn = fn or _default_stage()
    workers = default_workers() if workers is None else max(1, workers)
    if not excerpts:
        return []
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise PipelineError(f"dask scheduler {scheduler or 'LocalCluster'}: cannot connect: {exc}") from None
    try:
        # Scatter the excerpts (not embed them in the task graph), so a large set travels to the
        # workers once, in pieces, and the scheduler keeps only references.
        n_workers = len(client.scheduler_info().get("workers", {})) or workers
        parts = client.scatter(chunks(excerpts, n_workers * PARTITIONS_PER_WORKER))
        bag = db.from_delayed(parts).map(fn)
        return list(bag.compute(scheduler=client))
    finally:
        client.close()
        if not scheduler:
            cluster.close()


def make_extractor(engine: str = "local", workers: int | None = None,
                   scheduler: str | None = None) -> Callable[[list[Excerpt]], list[Any]]:
    """The extract_all callable pipeline.run.build_outputs takes, for an engine name."""
    if engine == "local":
        return local_extractor(workers)
    if engine == "dask":
        return dask_extractor(scheduler, workers)
    raise UsageError(f"unknown engine {engine!r}: use local or dask")


def local_extractor(workers: int | None = 0) -> Callable[[list[Excerpt]], list[Any]]:
    """extract_all over a local process pool; 0 or None means one process per usable core."""
    return LocalExtractor(extract_local, workers=workers or None)


class LocalExtractor(partial):
    """extract_local with its workers, whose pool prestart(folder) may start before the folder is loaded."""

    def prestart(self, folder: str | Path) -> None:
        """Start the pool the folder's excerpts will need (pipeline.run calls this before loading them)."""
        from excerpt.loader import list_folder

        try:
            files, _ = list_folder(Path(folder))
        except PipelineError:  # an unusable folder: loading it says why, with no pool to stop
            return
        self.started = start_pool(self.keywords.get("workers"), len(files))

    def stop(self) -> None:
        """Shut down a pool prestart started and no extraction used (loading the folder failed)."""
        started = self.__dict__.pop("started", None)
        if started is not None:
            started.pool.shutdown(wait=True, cancel_futures=True)

    def __call__(self, excerpts: list[Excerpt]) -> list[Any]:
        return super().__call__(excerpts, started=self.__dict__.pop("started", None))


def dask_extractor(scheduler: str | None = None, workers: int | None = None) -> Callable[[list[Excerpt]], list[Any]]:
    """extract_all as a dask bag on a LocalCluster, or on the cluster at `scheduler`."""
    return partial(extract_dask, scheduler=scheduler, workers=workers or None)
