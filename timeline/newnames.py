"""Names no word list holds, read as the subject right before a plain act verb ("ExxonMobil discovered oil", "Gibraltar
released the tanker"): only where the text shows the word is a name (session 11; data/names.toml)."""

from __future__ import annotations

import re
import tomllib

from excerpt.letters import UPPER
from timeline import lexicon as L
from timeline.drafts import Context
from timeline.speakers import Mention

with (L.DATA_DIR / "names.toml").open("rb") as _fh:
    OPENERS = frozenset(tomllib.load(_fh)["openers"])

# One to three capitalised words ("Gibraltar", "Hapag-Lloyd", "Pacific Basin Shipping"), no possessive after them (a
# name opened by "The" or joined by "of" read more extras than acts on unseen text).
_WORD = rf"[{UPPER}][\w&-]*"
NAME_RE = re.compile(rf"(?<![\w'’.-]){_WORD}(?:\s+{_WORD}){{0,2}}(?![\w'’-])")
INNER_CAPS_RE = re.compile(rf"^(?:[{UPPER}]{{2,}}\d*|[{UPPER}][a-z]+[{UPPER}][\w-]*)$")  # UKMTO, ExxonMobil
MID_SENTENCE_RE = re.compile(r"(?:[a-z][\w'’-]*|,)\s+$")


def _whole_word(word: str) -> str:
    """A regex for the word where no word character, apostrophe or hyphen touches it, led by the word itself: the engine
    skips through a body to its first letters (a lookbehind first made it try every position, 10x slower; the same
    matches: the lookbehind after the word reads the character before it)."""
    w = re.escape(word)
    return rf"{w}(?<![\w'’-]{w})(?![\w'’-])"


def _is_name(ctx: Context, word: str, at: int) -> bool:
    """Whether the text shows a capitalised word is a name: inner capitals, a lowercase word or comma before it here or
    elsewhere, and never written in lowercase."""
    if INNER_CAPS_RE.match(word):
        return True
    if re.search(_whole_word(word.lower()), ctx.body):
        return False  # "Residents", "Tankers": a common noun opening its sentence
    if MID_SENTENCE_RE.search(ctx.body, max(0, at - 30), at):
        return True
    return any(MID_SENTENCE_RE.search(ctx.body, max(0, m.start() - 30), m.start())
               for m in re.finditer(_whole_word(word), ctx.body) if m.start() != at)


def unknown_names(ctx: Context, mentions: list[Mention], a: int, b: int) -> list[Mention]:
    """Names in ctx.masked[a:b] that no mention covers and the text shows to be names, as entity mentions of themselves."""
    out = []
    for m in NAME_RE.finditer(ctx.masked, a, b):
        at, name = m.start(), m.group(0)
        words = name.split()
        cut = max((i + 1 for i, w in enumerate(words) if w in L.PORTFOLIO_WORDS), default=0)
        if cut:  # session 17: "... and Cooperation Ahmed Tazi received": the name after a ministry's portfolio words
            if cut == len(words):
                continue
            at, words = at + name.index(" " + words[cut]) + 1, words[cut:]
            name = " ".join(words)
        if words[0] in OPENERS or any(x.start < m.end() and m.start() < x.end and not (
                x.kind in ("region", "reference") and m.start() <= x.start and x.end < m.end()) for x in mentions):
            continue  # a name a list holds; a region or a role word inside a longer name is that name's ("Pacific Basin Shipping")
        # "Pacific Basin Shipping", "Valdis Dombrovskis": capitals on two words are a name's own.
        if len(words) >= 2 or _is_name(ctx, words[0], at):
            out.append(Mention(at, m.end(), "entity", name, None, form="name"))
    return out
