"""Numbered blocks of work shared between this process and forked helpers; results in block order."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Iterator
from typing import Any

# A forked helper costs ~10-30 ms to start and its results a pickle each way: below this much work
# (in the caller's units) one process is faster.
MIN_WORK = 20_000
# What this process may hold (resident) and still fork: a helper's resident size counts the pages it
# shares with this process, so a tree's summed memory (bench/stage.py) reads up to twice the record.
# Above this the work stays on one core, where the record is large enough for memory to matter more.
FORK_LIMIT = 512 * 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident() -> int:
    """This process's resident bytes (0 when unknown)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def default_workers() -> int:
    """The cores this process may use (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Forking is available and safe: one thread runs (a lock another thread holds would be copied held)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def helpers_for(work: int, workers: int | None, least: int | None = None) -> int:
    """How many helpers to fork for this much work (0: all of it here); least: the work that pays (MIN_WORK)."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or work < (MIN_WORK if least is None else least) or not can_fork() or resident() > FORK_LIMIT:
        return 0
    return workers - 1


def run_blocks(work: Callable[[int], Any], blocks: int, helpers: int) -> Iterator[Any]:
    """work(0), ..., work(blocks - 1): forked helpers claim blocks from the front, this process from the back.

    work must be a pure function of its block number and what this process held when it forked (its results
    travel back pickled). A helper that fails or dies is not waited for: its blocks are done here again,
    so the results are those of one process in any case. Without helpers each block is done as it is
    read (nothing held: a record too big to fork for is one whose results would weigh)."""
    if helpers <= 0 or blocks < 2:
        return map(work, range(blocks))
    return iter(_shared_blocks(work, blocks, helpers))


def _shared_blocks(work: Callable[[int], Any], blocks: int, helpers: int) -> list[Any]:
    """run_blocks with helpers: every result, in block order (those a helper could not start for done here)."""
    ctx = multiprocessing.get_context("fork")
    ends = ctx.RawArray("l", [0, blocks])  # next block from the front, one past the next from the back
    lock = ctx.Lock()

    def claim(front: bool) -> int | None:
        with lock:
            if ends[0] >= ends[1]:
                return None
            if front:
                ends[0] += 1
                return ends[0] - 1
            ends[1] -= 1
            return ends[1]

    def helper(conn: Any) -> None:
        done: dict[int, Any] = {}
        try:
            while (k := claim(True)) is not None:
                done[k] = work(k)
        except BaseException:  # noqa: BLE001, S110 - the parent does this block again and raises it there
            pass
        # What was done goes back even after a failure; the rest is done by the parent.
        _send(conn, done)

    started = []
    for _ in range(helpers):
        reader, writer = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=helper, args=(writer,), daemon=True)
        try:
            proc.start()
        except OSError:  # no fork to be had (a process limit): the blocks are done here
            reader.close()
            break
        finally:
            writer.close()
        started.append((proc, reader))
    results: dict[int, Any] = {}
    try:
        while (k := claim(False)) is not None:
            results[k] = work(k)
    finally:
        for proc, reader in started:
            try:
                results.update(pickle.loads(reader.recv_bytes()))
            except (EOFError, OSError, pickle.UnpicklingError):
                pass  # the helper died: its blocks are made below
            reader.close()
            proc.join()
    return [results[k] if k in results else work(k) for k in range(blocks)]


def _send(conn: Any, value: Any) -> None:
    """A helper's value to its parent, pickled; nothing when the parent is gone (killed: nobody reads)."""
    try:
        conn.send_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
    finally:
        conn.close()


class Forked:
    """fn() run in a forked helper while this process goes on; `result()` waits for what it returned."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        ctx = multiprocessing.get_context("fork")
        self._reader, writer = ctx.Pipe(duplex=False)

        def helper() -> None:
            try:
                value = (True, fn())
            except BaseException:  # noqa: BLE001 - told to the parent, which does the work again
                value = (False, None)
            _send(writer, value)

        self._proc = ctx.Process(target=helper, daemon=True)
        try:
            self._proc.start()
        except OSError:
            self._reader.close()
            raise
        finally:
            writer.close()

    def result(self) -> tuple[bool, Any]:
        """(True, fn's value) once the helper is done; (False, None) if it failed or died."""
        try:
            return pickle.loads(self._reader.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):
            return False, None
        finally:
            self._reader.close()
            self._proc.join()


def start(fn: Callable[[], Any]) -> Forked | None:
    """fn in a forked helper (Forked), or None when no process can be forked: the caller then does the work."""
    try:
        return Forked(fn)
    except OSError:
        return None
