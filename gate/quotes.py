"""Quotes: every direct quote on the record is verbatim in its source's text."""

from __future__ import annotations

from gate.context import Context
from gate.findings import Finding, Severity
from gate.locate import at_event, clip


def quotes_verbatim(ctx: Context) -> list[Finding]:
    """A direct quote's words appear, character for character, in its excerpt's body."""
    out = []
    for ev in ctx.events:
        excerpt, quote = ctx.excerpts.get(ev["excerpt"]), ev.get("quote")
        if excerpt is None or not quote or not quote.get("direct", True) or quote["text"] in excerpt.body:
            continue
        out.append(Finding(
            severity=Severity.error, check="quotes.not-verbatim", excerpt=ev["excerpt"], event=ev["id"],
            problem=f"direct quote '{clip(quote['text'])}' is not verbatim in the excerpt",
            fix="quote the source's exact words, or mark the quote as reported speech", **at_event(ctx, ev["id"])))
    return out


CHECKS = (quotes_verbatim,)
