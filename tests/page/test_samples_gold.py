"""The samples' page context as an editor reads it: one line per event and source, compared to a reviewed gold file.

Regenerate with UPDATE_GOLD=1 only on purpose (after a change to extraction, parity or the page), and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from page.context import build_context
from pipeline.run import build_outputs

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).parent / "gold" / "samples_context.txt"


def digest() -> str:
    """The reviewable essentials of the samples' page: glance, sources, timeline by day, claims."""
    r = build_outputs(ROOT / "excerpt" / "samples", pages=False)
    ctx = build_context(r.excerpts, r.timeline, r.parity)
    g = ctx.glance
    lines = [f"glance: {g.sources} sources, {g.events} events ({g.undated} undated), {g.conflicts} conflicts "
             f"({g.conflicts_waiting} waiting), {g.single_source} single-source, {g.span}", ""]
    for s in ctx.sources:
        lines.append(f"source {s.id}: " + ", ".join(f.code for f in s.flags))
    for group in [*ctx.days, *([ctx.undated] if ctx.undated else [])]:
        lines += ["", f"## {group.label}"]
        for e in group.events:
            actor = e.actor or "-"
            lines.append(f"{e.excerpt} {e.kind} [{e.modality}] {actor}: {e.summary} | {e.status_text}")
    return "\n".join(lines) + "\n"


def test_samples_context_matches_the_reviewed_gold() -> None:
    got = digest()
    if os.environ.get("UPDATE_GOLD") == "1":
        GOLD.write_text(got, encoding="utf-8")
    assert got == GOLD.read_text(encoding="utf-8")
