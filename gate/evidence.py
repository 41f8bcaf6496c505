"""Evidence: every event's exact text is still at its offsets, or where it went."""

from __future__ import annotations

from gate.context import Context
from gate.findings import Finding, Severity
from gate.locate import at_offset, clip, relocate

FIX_MOVED = "run report.py to rebuild the record, so its offsets point at the text again"
FIX_GONE = "restore the text in the excerpt, or run report.py to rebuild the record without it"


def evidence_in_place(ctx: Context) -> list[Finding]:
    """Each event's exact text is at its offsets in the excerpt now; else moved (where to) or gone."""
    out = []
    for ev in ctx.events:
        excerpt = ctx.excerpts.get(ev["excerpt"])
        evidence = ev["evidence"]
        start, end, exact = evidence["start"], evidence["end"], evidence["exact"]
        if excerpt is None or excerpt.body[start:end] == exact:
            continue
        new = relocate(excerpt.body, exact, evidence.get("prefix", ""), evidence.get("suffix", ""), start)
        if new is None:
            out.append(Finding(severity=Severity.error, check="evidence.gone", excerpt=ev["excerpt"], event=ev["id"],
                               problem=f"evidence gone: '{clip(exact)}' is no longer in the excerpt",
                               fix=FIX_GONE, **at_offset(excerpt, start)))
        else:
            out.append(Finding(severity=Severity.error, check="evidence.moved", excerpt=ev["excerpt"], event=ev["id"],
                               problem=f"evidence moved from {start}-{end} to {new}-{new + end - start}",
                               fix=FIX_MOVED, **at_offset(excerpt, new)))
    return out


CHECKS = (evidence_in_place,)
