"""A pool whose workers are all killed ends in one clear error, never a hang (CPython gh-94777 on 3.11)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run in a child process with a time limit: the old code hung there for ever (the pool's feeder thread blocked
# writing a large chunk into a pipe nobody read), and a hang must fail this test, not stall the suite.
SCRIPT = textwrap.dedent("""
    import os, sys, threading, time
    from bench.generate import write_folder
    from excerpt.errors import PipelineError
    from excerpt.loader import load_folder
    from pipeline import parallel
    from tests.pipeline.test_killed_pool_session12 import die

    if __name__ == "__main__":
        if sys.argv[1] == "forkserver":  # another thread running makes the pool start a forkserver
            threading.Thread(target=time.sleep, args=(600,), daemon=True).start()
        excerpts = load_folder(write_folder(sys.argv[2], 200, seed=5)).excerpts
        for _ in range(int(sys.argv[3])):
            try:
                parallel.extract_local(excerpts, workers=2, fn=die)
            except PipelineError as exc:
                print(exc.line())
""")


def die(_excerpt) -> None:
    """A stage whose worker is killed, as the OOM killer would."""
    os.kill(os.getpid(), 9)


@pytest.mark.parametrize("method", ["forkserver", "fork"])
def test_every_worker_killed_is_one_error_each_time(method, tmp_path):
    run = subprocess.run([sys.executable, "-c", SCRIPT, method, str(tmp_path / "ex"), "5"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    line = "a worker process died while extracting events (out of memory?); try fewer workers (--workers 1)"
    assert run.stdout.splitlines() == [line] * 5
    assert "Traceback" not in run.stderr
