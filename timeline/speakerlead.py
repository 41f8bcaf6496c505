"""Where a later statement of a sentence opens: at the words that lead its speaker's name after a comma, not at the name
(session 18): "..., Western diplomats in Tripoli said" (a modifier no list holds), "..., and a spokesman for Prime Minister
X said only that ..." (the one who spoke for the named speaker). The statement's evidence then holds its whole
attribution, as the gold anchors and a reader take it."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline.frames import SPOKES_FOR_HEADS, SPOKES_FOR_RE, Frame, _speaker_phrase

# "a spokeswoman for the Defence Ministry, Anna Lund, said": the one who spoke for a body, then her name in apposition.
SPOKES_APPOSITION_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative|official)"
                                  r"\s+(?:for|of|at|from)\s+(?:the\s+)?[^,;:.]{2,50}?,\s+$")


# Session 26 (speak26): a second speaker joined by "and" after the first one's verb ("The French defence ministry said, and
# a U.S. State Department official agreed, that ..."): its article and the state before its name open its statement.
JOINED_LEAD_RE = re.compile(r",\s+(?:and|but)\s+(?P<words>(?:a|an|the|A|An|The)\s+(?:[A-Z][\w.’'-]*\s+){0,2})$")


def speaker_lead(text: str, s: int, fr: Frame) -> int:
    """The start of a later frame's statement: before "a spokesman for" or a speaker phrase's modifiers, else its region."""
    rs = fr.region_start
    if fr.inverted or fr.reported or not fr.speakers or fr.speakers[0].start > fr.verb_start or rs <= s:
        return rs
    lo = max(s, rs - 50)
    if any(text.find(w, max(s, rs - 80), rs) >= 0 for w in SPOKES_FOR_HEADS):
        lead = SPOKES_FOR_RE.search(text, lo, rs) or SPOKES_APPOSITION_RE.search(text, max(s, rs - 80), rs)
        if lead is not None:
            return lead.start()  # "and a spokesman for Prime Minister X said"
    joined = JOINED_LEAD_RE.search(text, lo, rs)
    if joined is not None:
        return joined.start("words")  # "X said, and a U.S. official agreed, that": the second speaker's own words
    pre = _speaker_phrase(text, s, fr)
    if pre is not None and pre.group(0)[0] == "," and L.REPORTING_VERB_RE.search(pre.group("words")) is None:
        at = pre.start() + 1
        while at < rs and text[at].isspace():
            at += 1
        if fr.speakers[0].start >= at:  # the words lead the speaker's own name, not a verb after an aside
            return at  # ", Western diplomats in Tripoli said"
    return rs
