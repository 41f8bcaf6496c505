"""A module of this project run in a new, small interpreter beside the run; its result read back as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Why: above parity.forked.FORK_LIMIT the run holds over a gigabyte, and a forked helper's resident size counts
# every page it shares with its parent (bench/stage.py sums the tree's), so no fork runs there and the stages
# after extraction stayed on one core. A new interpreter shares nothing: subprocess starts it with vfork and
# exec, so even the start copies none of the driver's memory; it reads what it needs from files.

ROOT = Path(__file__).resolve().parent.parent  # the project: the helper imports this checkout's modules


# A vfork child shares its parent's memory until it execs (~0.3 ms): /proc/<child>/statm then shows the parent's
# resident size, so a sampler summing the tree's (bench/stage.py, every 5 ms) would see a gigabyte driver twice
# about once in twenty spawns. Helpers of a big run are started by this small launcher instead, itself started
# while the driver is small (pipeline.run, before the excerpts load): the only large process never spawns.
LAUNCHER = """
import subprocess, sys
for line in sys.stdin:
    out, cwd, *args = line.rstrip("\\n").split("\\0")
    with open(out, "wb") as fh:
        try:
            rc = subprocess.call(args, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.DEVNULL, cwd=cwd)
        except OSError:
            rc = -1
    sys.stdout.write(f"{rc}\\n")
    sys.stdout.flush()
"""
LAUNCHER_MIN_FILES = 2_000  # excerpt files from which a run may outgrow parity.forked.FORK_LIMIT (~3,000 do)


class Launcher:
    """A small interpreter that starts helpers for this process, one at a time, each one's output into a file."""

    def __init__(self) -> None:
        # -S: no site-packages (the launcher imports subprocess alone): ~10 MB resident for the whole run.
        self.proc = subprocess.Popen(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-S", "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT, text=True)
        self.busy = False

    def start(self, args: list[str]) -> Path:
        """Start `args` (a command) through the launcher; the file its output goes to (read once done())."""
        fd, name = tempfile.mkstemp(prefix="parity-timeline-helper-")
        os.close(fd)
        if any("\0" in a or "\n" in a for a in (name, str(ROOT), *args)):
            os.unlink(name)
            raise OSError("an argument the launcher cannot pass")
        assert self.proc.stdin is not None
        self.proc.stdin.write("\0".join((name, str(ROOT), *args)) + "\n")
        self.proc.stdin.flush()
        self.busy = True
        return Path(name)

    def done(self) -> int:
        """The exit code of the helper started last, once it ends."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        self.busy = False
        try:
            return int(line)
        except ValueError:  # the launcher died
            return -1

    def close(self) -> None:
        """End the launcher (it ends when its input closes)."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


_launcher: Launcher | None = None


@contextmanager
def launching(files: int, workers: int) -> Iterator[None]:
    """A launcher for this block's helpers when the run may outgrow forking (files: excerpt files; workers: cores)."""
    global _launcher
    started = None
    if _launcher is None and files >= LAUNCHER_MIN_FILES and workers > 1:
        try:
            started = _launcher = Launcher()
        except OSError:
            started = None
    try:
        yield
    finally:
        if started is not None:
            _launcher = None
            started.close()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


class Spawned:
    """`python -m module args...` started now (by the launcher when one runs); result() waits for the JSON it printed."""

    def __init__(self, module: str, args: list[str], command: tuple[str, ...] | None = None) -> None:
        argv = [sys.executable, *(command or ("-m", module)), *args]
        self.output: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        if _launcher is not None and not _launcher.busy:
            self.output = _launcher.start(argv)
            self.via = _launcher
            return
        self.proc = subprocess.Popen(  # noqa: S603 - this interpreter, this project's module, our own paths
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT)

    def result(self) -> Any:
        """What the helper printed as JSON once it is done; None when it failed, died or printed no JSON."""
        if self.proc is not None:
            out, _ = self.proc.communicate()
            code = self.proc.returncode
        else:
            assert self.output is not None
            try:
                code = self.via.done()
                out = self.output.read_bytes()
            finally:
                self.output.unlink(missing_ok=True)
        if code != 0:
            return None
        try:
            return json.loads(out)
        except ValueError:
            return None


def spawn(module: str, args: list[str], command: tuple[str, ...] | None = None) -> Spawned | None:
    """The helper started, or None when no process can be started (the caller then does the work)."""
    try:
        return Spawned(module, args, command)
    except OSError:
        return None
