"""A claim's links shown under it are the first few of all its notable links sorted, as when every one was sorted."""

from __future__ import annotations

import random

import pytest

from excerpt.models import Excerpt
from page.context import CROWDED_LINES_SHOWN, LINES_SHOWN, MATRIX_FULL_MAX, build_context
from parity.models import Parity, Status
from timeline.models import Timeline

Record = tuple[list[Excerpt], Timeline, Parity]


def _many_links(record: Record, copies: int, seed: int) -> tuple[Record, str]:
    """The record with one conflicting claim linked to `copies` more sources, in shuffled order, some outlets alike."""
    xs, tl, par = record
    (says,) = [e for e in tl.events if e.excerpt == "br2" and e.date.phrase == "on Monday"]
    # Outlet names repeat (ties broken by event id) and agreeing links with differences mix in.
    extra_xs = [xs[1].model_copy(update={"id": f"cp{i:02d}", "outlet": f"Desk {i % 4}"}) for i in range(copies)]
    events = [says.model_copy(update={"id": f"cp{i:02d}-000000", "excerpt": f"cp{i:02d}"}) for i in range(copies)]
    rng = random.Random(seed)
    claims, target = [], ""
    for c in par.claims:
        if c.excerpt == "nm1" and c.status == Status.conflicting and not target:
            link = c.links[0]
            extra = [link.model_copy(update={"event": e.id, "excerpt": e.excerpt, "agrees": i % 3 == 0})
                     for i, e in enumerate(events)]
            links = [link, *extra]
            rng.shuffle(links)
            c = c.model_copy(update={"links": links})
            target = c.event
        claims.append(c)
    return (xs + extra_xs, tl.model_copy(update={"events": [*tl.events, *events]}),
            par.model_copy(update={"claims": claims})), target


@pytest.mark.parametrize(("copies", "seed"), [(6, 1), (12, 2), (MATRIX_FULL_MAX + 5, 3), (MATRIX_FULL_MAX + 20, 4)])
def test_shown_links_are_the_first_of_the_full_sort(record: Record, copies: int, seed: int) -> None:
    (xs, tl, par), target = _many_links(record, copies, seed)
    ctx = build_context(xs, tl, par)
    crowded = len(xs) > MATRIX_FULL_MAX
    outlets = {x.id: x.outlet for x in xs}
    (claim,) = [c for c in par.claims if c.event == target]
    notable = [lk for lk in claim.links
               if not lk.agrees or (not crowded and lk.differences and lk.relation.value == "same_event")]
    expected = sorted(notable, key=lambda lk: (lk.agrees, outlets[lk.excerpt], lk.event))
    shown = CROWDED_LINES_SHOWN if crowded else LINES_SHOWN
    (view,) = [c for sc in ctx.claims for c in sc.claims if c.event == target]
    assert [lk.ref.event for lk in view.links] == [lk.event for lk in expected[:shown]]
    assert view.links_more == len(expected) - shown
