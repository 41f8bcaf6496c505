"""Session 13 (lead): closing a broken pool's task pipe is safe when the pool's own thread closed it first.

CI hit `OSError: [Errno 9] Bad file descriptor` in test_a_killed_worker_is_one_clear_error once: the pool's management
thread closes its call queue (and so the reader's descriptor) while `_unblock_feeder` closes the same reader.
"""

import os
from multiprocessing.connection import Connection
from types import SimpleNamespace

from pipeline.parallel import _unblock_feeder


def _pool_with(reader):
    return SimpleNamespace(_call_queue=SimpleNamespace(_reader=reader))


def test_a_reader_whose_descriptor_another_thread_closed_is_no_error():
    r, w = os.pipe()
    reader = Connection(r, writable=False)
    os.close(r)  # what the racing thread did: the descriptor is gone, the Connection does not know it
    os.close(w)
    _unblock_feeder(_pool_with(reader))  # raised OSError (EBADF) before
    assert reader.closed


def test_an_open_reader_is_closed_and_a_closed_one_left_alone():
    r, w = os.pipe()
    reader = Connection(r, writable=False)
    _unblock_feeder(_pool_with(reader))
    assert reader.closed
    _unblock_feeder(_pool_with(reader))  # twice: nothing left to close
    os.close(w)
    _unblock_feeder(SimpleNamespace())  # a pool with no call queue (another Python's executor)
