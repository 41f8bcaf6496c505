"""What report.py and checks.py share: named exit codes, and turning any error into one line."""

from __future__ import annotations

import os
from collections.abc import Callable

from rich.console import Console

from excerpt.errors import PipelineError

EXIT_OK = 0  # done; for checks.py: nothing blocks publishing
EXIT_PROBLEMS = 1  # checks found errors (or warnings, with --strict)
EXIT_UNUSABLE = 2  # the input or the command line cannot be used
EXIT_BUG = 70  # an internal error: a bug to report, shown as one line, never a traceback


def guarded(body: Callable[[], int], err: Console, interrupted: str, debug_env: str) -> int:
    """Run a CLI's body; a PipelineError, an interrupt or a bug becomes one line on stderr and an exit code."""
    try:
        return body()
    except PipelineError as exc:
        err.print(f"error: {exc.line()}", markup=False, highlight=False, soft_wrap=True)
        return EXIT_UNUSABLE
    except SystemExit as exc:  # --help exits through argparse
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        err.print(interrupted, markup=False, soft_wrap=True)
        return EXIT_UNUSABLE
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        err.print(f"internal error (please report): {type(exc).__name__}: {exc}", markup=False, soft_wrap=True)
        if os.environ.get(debug_env):
            raise
        return EXIT_BUG
