"""Split text into sentences as exact (start, end) offsets, aware of news abbreviations."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from excerpt.letters import LETTER, UPPER
from excerpt.models import Span

DATA = Path(__file__).parent / "data" / "abbreviations.toml"

# A candidate boundary: terminal punctuation, any closing quotes/brackets, then whitespace.
# Group 1 is the terminator, group 2 the closers; the match ends where the next sentence starts.
# ("[.!?]+" written as one branch per first character: each branch then starts with a literal, so the
# engine skips to those characters instead of trying every position; the same matches.)
CANDIDATE = re.compile(r"(\.\.\.|…|\.[.!?]*|![.!?]*|\?[.!?]*)([\"'”’»)\]]*)(\s+)")
# The word the full stop belongs to: letters, dots, hyphens and apostrophes back to a space.
WORD_BEFORE = re.compile(rf"([{LETTER}][{LETTER}.'’\-]*)$")
# Dotted initialisms (U.S., J.D., a.m.) and party tags (R-S.C., D-Conn.).
INITIALISM = re.compile(rf"^(?:[{LETTER}]\.){{2,}}$|^[{UPPER}]-[{UPPER}][{LETTER}.]*\.$")
SINGLE_INITIAL = re.compile(rf"^[{UPPER}]\.$")
# Openers that may precede the first letter of a sentence: quotes, brackets, dashes, bullets.
OPENERS = "\"'“‘«([—–-•* "
NEXT_WORD = re.compile(rf"[{LETTER}][{LETTER}'’\-]*")
# A line with no terminal punctuation that is followed by a line break ends a sentence when it
# looks like a headline (mostly capitalised words) or ends in a colon.
LINE_BREAK = re.compile(r"(?<![.!?…\"'”’)\]])[ \t]*(\r?\n)\s*")
SMALL_WORDS = frozenset("a an the of in on to for and or but at by with from as is vs via over after".split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The abbreviation lists of excerpt/data/abbreviations.toml, as frozensets."""
    with DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    return {key: frozenset(values) for key, values in raw.items()}


def _ends_here(text: str, m: re.Match[str], lex: dict[str, frozenset[str]]) -> bool:
    """Whether the candidate boundary m really ends a sentence."""
    nxt = m.end()
    while nxt < len(text) and text[nxt] in OPENERS:
        nxt += 1
    if nxt >= len(text):
        return True
    first = text[nxt]
    if first.islower():
        return False  # '"Who pays?" asked the senator', 'Acme Inc. fell'
    if not (first.isupper() or first.isdigit()):
        return True
    if m.group(1) != "." or m.group(2):
        return True  # '?', '!', '...', or a stop before a closing quote: a real end
    w = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())  # a window: search from 0 is quadratic
    if not w:
        return True
    word = w.group(1) + "."
    if word in lex["titles"] or word in lex["mid_sentence"]:
        return False
    if word in lex["before_numbers"]:
        return not first.isdigit()
    following = NEXT_WORD.match(text, nxt)
    follow = following.group(0) if following else ""
    if word in lex["time_marks"]:
        return follow not in lex["time_zones"]
    if INITIALISM.match(word) or SINGLE_INITIAL.match(word):
        # "U.S. Navy", "J.D. Vance": a name goes on unless a sentence-starting word follows.
        return first.isdigit() or follow in lex["starters"]
    return True


def _headline_line(line: str) -> bool:
    """A line that reads as a headline or a lead-in: mostly capitalised words, or ending in ':'."""
    line = line.strip()
    if line.endswith(":"):
        return True
    words = [w for w in re.findall(rf"[{LETTER}][\w'’\-]*", line) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def split_text(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text, trimmed of surrounding whitespace."""
    lex = lexicon()
    cuts: set[int] = set()
    depth, counted = 0, 0
    last_close = text.rfind(")")
    for m in CANDIDATE.finditer(text):
        cut = m.start(3)
        # Parenthesis depth at the cut, counted incrementally: no cut inside "( ... )" that closes
        # later ("(Related: Is X next? Y.)"); an unclosed "(" does not block the rest.
        depth += text.count("(", counted, cut) - text.count(")", counted, cut)
        counted = cut
        if (depth <= 0 or last_close < cut) and _ends_here(text, m, lex):
            cuts.add(cut)
    for m in LINE_BREAK.finditer(text) if "\n" in text else ():  # most paragraphs are one line: no scan
        line_start = text.rfind("\n", 0, m.start()) + 1
        nxt = text[m.end() : m.end() + 1]
        # A wrapped line goes on in lower case; a new sentence starts with a capital or an opener.
        if nxt and not nxt.islower() and _headline_line(text[line_start : m.start()]):
            cuts.add(m.start())
    spans = []
    pos = 0
    for cut in sorted(cuts) + [len(text)]:
        chunk = text[pos:cut]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append((pos + lead, pos + trail))
        pos = cut
    return spans


def sentence_spans(body: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of body[start:end], as offsets into body."""
    end = len(body) if end is None else end
    return [Span(start=start + a, end=start + b) for a, b in split_text(body[start:end])]
