"""One sentence copied between two excerpts of one origin whose claim extraction filed under two kinds.

A spun copy rewords its source's verbs ("said" -> "mentioned", "is expected to meet" -> "is predicted to fulfill",
"head back" -> "go once more"), and extraction reads the copy's sentence as a remark where the source's is a meeting, or
as "other" where the source's is a ship movement. Origins knows the two sentences are one (parity/origins.py:
`copied`); when the two claims tell one thing in them (session 19, pe2e19) they are one claim whatever their kinds:
neither relays another act of its sentence (a relay's words are that act's, which has its own counterpart), neither
alone negates it, no act heads differ, their days meet (or one is undated), and the words each tells less its actor
and its speaker frame share at least SHARED_WORDS, half the shorter's at least (or their days are one day, both
dated: a spun copy keeps few words).
"""

from __future__ import annotations

from parity import lexicon
from parity.acts import day_gap
from parity.claims import ClaimFacts

SHARED_WORDS = 2  # words of their own two claims of one copied sentence share to tell one thing
SHARED_SHARE = 0.5  # of the shorter's own words, unless both are dated on one day


def told_words(c: ClaimFacts) -> frozenset[str]:
    """What the claim tells: its summary's words less its actor's name; a statement's said words alone (after its
    speaker frame, "Myawaddy TV said: <these>"; its speaker words hold every title, "state" too)."""
    if c.kind != "statement":
        return c.own_core
    frame, sep, said = (c.event.summary or "").partition(": ")
    return frozenset(lexicon.content_words(said if sep else "")) - frozenset(lexicon.content_words(c.event.actor or ""))


def one_copied_claim(a: ClaimFacts, b: ClaimFacts, other_heads: bool) -> bool:
    """Two claims of one copied sentence, of two kinds, that tell one thing (the module docstring); other_heads: their
    summaries name act heads and share none (score._other_heads)."""
    if a.kind == b.kind or a.attribution or b.attribution or a.negated != b.negated or other_heads:
        return False
    gap = day_gap(a.day, b.day)
    if gap is not None and gap > 0:
        return False
    wa, wb = told_words(a), told_words(b)
    shared = len(wa & wb)
    if shared < SHARED_WORDS:
        return False
    return gap == 0 or shared >= SHARED_SHARE * min(len(wa), len(wb))
