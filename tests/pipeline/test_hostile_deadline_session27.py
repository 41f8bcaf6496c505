"""The hostile suite's guard: CPU time for a loop that never ends, wall-clock (a multiple of it) for a blocked run."""

from __future__ import annotations

import signal
import time

import pytest

from tests.pipeline.test_hostile import deadline


def test_a_loop_that_never_ends_is_stopped_by_its_cpu_time() -> None:
    # a wide wall-clock margin: on a loaded machine 1 s of wall may hold under 0.2 s of this process's CPU
    with pytest.raises(TimeoutError, match="CPU s"), deadline(0.2, wall_per_cpu=300):
        while True:
            pass


def test_a_run_blocked_without_cpu_is_stopped_by_the_wall_clock() -> None:
    with pytest.raises(TimeoutError, match=r"after 0\.4 s"), deadline(0.2, wall_per_cpu=2):
        time.sleep(30)


def test_nothing_is_left_armed_after_a_case() -> None:
    before = signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)
    with deadline(5):
        pass
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert (signal.getsignal(signal.SIGPROF), signal.getsignal(signal.SIGALRM)) == before
