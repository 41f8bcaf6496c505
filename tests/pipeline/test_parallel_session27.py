"""A forked worker starts with what it inherited frozen out of the cycle collector's sight, and the collector on."""

from __future__ import annotations

import gc

from pipeline import parallel


def _collector() -> tuple[bool, int]:
    return gc.isenabled(), gc.get_freeze_count()


def test_a_pool_started_before_loading_freezes_what_its_workers_inherit(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(parallel, "_warm_up", lambda: None)  # the stage itself is not needed to see the start
    gc.disable()  # as pipeline.run does while the events arrive
    try:
        started = parallel.start_pool(2, parallel.MIN_PARALLEL)
        assert started is not None and started.method == "fork"
        try:
            enabled, frozen = started.pool.submit(_collector).result()
        finally:
            started.pool.shutdown(wait=True)
    finally:
        gc.enable()
    assert enabled
    assert frozen > 1000  # the imported modules and their objects, at least

