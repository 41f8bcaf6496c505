"""bench.generate (session 26): independent excerpts are independent to copy detection; reprints and spun copies group.

Session 25 found that the generated sets' independent excerpts shared stock sentences (one wording per story event,
five fillers and twelve background clauses that every excerpt of a story used), so copy detection grouped thousands
of pairs that real news would not pair: at 1,000 excerpts (seed 8) 4,313 copy pairs, of which 256 were the reprints
and spun copies the generator meant. Each outlet now words an event its own way and the stock lists are longer.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from bench import generate as gen
from parity.origins import body_copies

N = 300


@pytest.fixture(scope="module")
def copies() -> tuple[list[tuple[str, str]], dict[str, int]]:
    files = gen.generate(N, seed=8)
    bodies = {name.rsplit(".", 1)[0]: raw.decode("utf-8").split("+++\n", 2)[2] for name, raw in files.items()}
    names = sorted(bodies)
    origin = dict(zip(names, gen.origins(N, seed=8), strict=True))
    return [(a, b) for a, b, _, _ in body_copies(names, bodies)], origin


def test_origins_name_each_copy_source():
    origin = gen.origins(60, seed=8)
    assert len(origin) == 60
    assert all(o <= k and origin[o] == o for k, o in enumerate(origin))  # an original is its own origin
    assert any(o != k for k, o in enumerate(origin))  # some reprints and spun copies


def test_meant_copies_are_all_found(copies):
    found, origin = copies
    meant = {(a, b) for a, b in combinations(sorted(origin), 2) if origin[a] == origin[b]}
    assert meant and meant <= set(found)


def test_independent_excerpts_are_seldom_copies(copies):
    # Was 1,264 pairs of independent excerpts at 300 (4.2 per excerpt); 116 now (the stock background and filler
    # lists are still shared within a story at this size, where few of their shingles are common enough to drop).
    found, origin = copies
    spurious = [(a, b) for a, b in found if origin[a] != origin[b]]
    assert len(spurious) <= N // 2


def test_one_event_is_worded_by_each_outlet():
    # Every event kind offers several wordings both ways (past and ahead), so two reports of one event rarely match.
    for kind, templates in gen.data("prose")["events"].items():
        past = [t for t in templates if "{when_future}" not in t]
        assert len(past) >= 3, kind
        ahead = [t for t in templates if "{when_future}" in t]
        assert not ahead or len(ahead) >= 2, kind
