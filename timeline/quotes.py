"""Direct quotations in a body: straight and curly marks, quotes left open across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.datefind import only_date

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
# A straight mark opens a quote after these (or at the start of a paragraph); otherwise it closes.
OPEN_CONTEXT = " \t\n([{—–-:/"
MARK_RE = re.compile(f"[{re.escape(OPENERS + CLOSERS + STRAIGHT)}]")
# Trimmed from the ends of quoted words so quote.text reads as the words alone.
QUOTE_TRIM = " \t\n,;:"


@dataclass(frozen=True)
class QuoteSpan:
    """One direct quotation: mark offsets, the words inside, and whether it was closed."""

    open: int  # offset of the opening mark
    close: int  # offset just past the closing mark (or the paragraph end when left open)
    start: int  # first character of the quoted words
    end: int  # just past the quoted words
    closed: bool

    def words(self, body: str) -> tuple[int, int]:
        """Offsets of the quoted words without surrounding spaces and trailing commas."""
        s, e = self.start, self.end
        while s < e and body[s] in QUOTE_TRIM:
            s += 1
        while e > s and body[e - 1] in QUOTE_TRIM:
            e -= 1
        return s, e


# Single marks (British and South Asian papers: ‘We will respond,’ he said): a quote only when closed in its
# paragraph, since ’ and ' are also apostrophes ("Russia’s", "allies' "): it opens after a space or an opener
# character and before a letter, and closes after a non-space and before no letter.
# (The mark first, its left context checked after it, so the engine skips to the marks in C.)
SINGLE_RE = re.compile(r"[‘'](?<![^\s(\[{—–:/][‘'])(?=[^\W\d_])(?P<words>[^‘\n\"“”]{2,600}?[^\s‘'’])[’'](?![^\W_])", re.M)
SINGLE_GATE_RE = re.compile(r"[‘']")


def _singles(body: str, p_start: int, p_end: int, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in single marks in one paragraph that lie outside every double-marked one."""
    out: list[QuoteSpan] = []
    if SINGLE_GATE_RE.search(body, p_start, p_end) is None:
        return out
    for m in SINGLE_RE.finditer(body, p_start, p_end):
        if any(q.open <= m.start() < q.close or m.start() <= q.open < m.end() for q in doubles):
            continue  # 'no' inside a double-marked quote, or a double quote inside these marks: one quote only
        if body[m.start()] == "'" and len(m.group("words").split()) < 2:
            continue  # a straight mark around one word is too often an apostrophe ("'n'", "'em")
        out.append(QuoteSpan(m.start(), m.end(), m.start() + 1, m.end() - 1, True))
    return out


def find_quotes(body: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every direct quotation in the given paragraph spans, in order."""
    out: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        first = len(out)  # this paragraph's quotes come after every earlier one (each opens before p_start)
        opened: int | None = None
        for m in MARK_RE.finditer(body, p_start, p_end):
            i, ch = m.start(), m.group(0)
            if ch in OPENERS:
                opened = i  # a second opener without a closer restarts the quote
            elif ch in CLOSERS:
                if opened is not None:
                    out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                    opened = None
            elif opened is not None and body[opened] == STRAIGHT:
                out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                opened = None
            elif opened is None and (i == p_start or body[i - 1] in OPEN_CONTEXT):
                opened = i
        if opened is not None and p_end - opened > 1:
            # Left open: by convention the quote runs on into the next paragraph.
            out.append(QuoteSpan(opened, p_end, opened + 1, p_end, False))
        # Only this paragraph's quotes are read and sorted: all of them, per paragraph, was quadratic on one huge body.
        singles = _singles(body, p_start, p_end, [q for q in out[first:] if q.open >= p_start])
        if singles:
            out[first:] = sorted(out[first:] + singles, key=lambda q: q.open)
    return out


# A partial quote: lowercase words carrying on a sentence the reporter began (a clause, not a phrase).
PARTIAL_MIN_WORDS = 4
WORD_BEFORE_RE = re.compile(r"[a-z]\s+$")
# Words after which a quote is the reported words themselves or a phrase, not the reporter's clause carried on.
NOT_CARRIED_RE = re.compile(r"\b(?:that|said|says|say|saying|told|tells|as|of|a|an|the|called|calls|calling|described|it|was|were"
                            r"|is|are|be|been|being|and|or|to|by|with|for|from|in|on|at|what|which|its|their|his|her)\s+$", re.I)


def _partial(body: str, q: QuoteSpan) -> bool:
    """True for a quote that only carries on the reporter's own clause: lowercase, a few words (or any number when they
    open with a verb of speech), after a word."""
    s, e = q.words(body)
    return q.closed and s < e and body[s].islower() \
        and (len(body[s:e].split()) >= PARTIAL_MIN_WORDS or _speech_predicate(body, s, e)) \
        and WORD_BEFORE_RE.search(body, max(0, q.open - 3), q.open) is not None \
        and NOT_CARRIED_RE.search(body, max(0, q.open - 12), q.open) is None


# Session 22 (speak22): a quoted predicate that opens with the verb of speech itself ('The General Assembly last night
# "deeply deplored" the intervention', 'the paper yesterday "strongly condemned" the action'): the reporter's clause
# goes on inside, so its speaker and verb are read as if unquoted.
SPEECH_PREDICATE_RE = re.compile(r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed)\b")


def _speech_predicate(body: str, s: int, e: int) -> bool:
    """True when quoted words s..e open with a past verb of speech, perhaps after an adverb ("deeply deplored")."""
    m = SPEECH_PREDICATE_RE.match(body, s, e)
    return m is not None and m.group("verb") in _speech_verbs()


@cache
def _speech_verbs() -> frozenset[str]:
    """The one-word verbs of speech (speech.toml), read on first use: lexicon imports nothing of this module."""
    from timeline.lexicon import REPORTING_VERBS

    return frozenset(v for v in REPORTING_VERBS if " " not in v)


def mask_quotes(body: str, quotes: list[QuoteSpan]) -> str:
    """The body with quoted words blanked (same length), so speakers, dates and triggers are
    looked for only in the reporter's own words."""
    if not quotes:
        return body
    parts = []
    pos = 0
    for q in quotes:
        if _partial(body, q):
            continue  # 'the cruisers "transited the strait through waters where ..."': the reporter's clause goes on inside
        if WORD_BEFORE_RE.search(body, max(0, q.open - 3), q.open) is not None and only_date(body, *q.words(body)):
            continue  # 'would sail "on Monday"': the reporter's own time, only quoted (session 22, dates22)
        parts.append(body[pos : q.start])
        parts.append("".join("\n" if c == "\n" else " " for c in body[q.start : q.end]))
        pos = q.end
    parts.append(body[pos:])
    return "".join(parts)
