"""A statement told in a "when"/"where" clause after a main clause ("Chile followed suit a day later, when President X
said ...", "The general chaired the council's first meeting this morning, where he said ..."): the statement's words open
at the subordinator, never at the main clause, which tells its own act; with no day of its own the statement takes the
main clause's, the time the clause names (session 17, acts17: heldout11 in-01, mm-02 by shape)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.dates import DateMention
from timeline.drafts import closest

# Frame is only an annotation here; importing it at run time closes a cycle frames -> attributes -> timeclause -> here.
if TYPE_CHECKING:
    from timeline.frames import Frame

# ", when" / ", where" and the words up to the speech verb (its speaker among them), with no clause break between
# ("..., when on Monday the minister").
WHEN_BEFORE_RE = re.compile(r",\s+(?P<word>when|where)\s+[^,;:.“”\"()]{1,80}$")
# Session 21 (speak21): a subordinator of time or contrast with or without its comma ("Kuwait sent most of its army to the
# border on Sunday as the United States said Iraq had massed troops", "..., while Ankara insisted that ..."): the clause
# before it is the main clause, its own act, never the speaker's words; never "such as", "as well as", "as many as" (no
# subordinator) nor an "as" that names the source ("as officials said": no words after the verb, checked before).
CONCURRENT_BEFORE_RE = re.compile(
    r"(?<!\bsuch)(?<!\bwell)(?<!\bmany)(?<!\bmuch)(?<!\bfar)(?<!\blong)(?<!\bsoon)(?<!\bjust)(?<!\bsame)"
    r"[\s,]+(?P<word>(?:even\s+)?as|while|whereas|just\s+as)\s+[^,;:.“”\"()]{1,80}$")
# The main clause before the comma must be one: a few words at least ("Chile followed suit a day later").
MAIN_WORDS_MIN = 3
# The words an "as" clause reports must be a clause of their own: "flew to Rome, as he said he would" is the manner of
# the main act (an ellipsis), no statement apart from it.
CONCURRENT_WORDS_MIN = 4
REACH = 100  # characters before the speech verb searched for the subordinator
UNUSABLE_KINDS = frozenset({"modifier", "dateline", "relational"})
# An aside of the main clause set off by commas, whose day is its own ("The announcement, which followed talks that
# began in March, was made in Tripoli, where ..."): never the main clause's time.
ASIDE_RE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:]*,")


def when_start(text: str, s: int, fr: Frame) -> int | None:
    """Where the statement of a frame told in a ", when/where ..." clause after a main clause opens, or None."""
    if fr.inverted or fr.planned or fr.content is None or fr.content[0] < fr.verb_end:
        return None
    m = WHEN_BEFORE_RE.search(text, max(s, fr.verb_start - REACH), fr.verb_start)
    if m is None and len(text[fr.content[0]:fr.content[1]].split()) >= CONCURRENT_WORDS_MIN:
        m = CONCURRENT_BEFORE_RE.search(text, max(s, fr.verb_start - REACH), fr.verb_start)
    if m is None or len(text[s:m.start()].split()) < MAIN_WORDS_MIN:
        return None
    return m.start("word")


def main_clause_day(text: str, dates: list[DateMention], s: int, comma: int) -> DateMention | None:
    """The date phrase of the main clause s..comma nearest its end (the time the when-clause shares), if any; never one
    of an aside between commas."""
    asides = [(m.start(), m.end()) for m in ASIDE_RE.finditer(text, s, comma)]
    usable = [d for d in dates if d.kind not in UNUSABLE_KINDS and not any(a <= d.start < b for a, b in asides)]
    return closest(usable, s, comma, comma)
