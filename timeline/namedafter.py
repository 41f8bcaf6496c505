"""A quote whose speaker the next sentence names: '"We regret this decision." The words came from government spokesman
X, speaking on Tuesday', '"..." So said X in an interview', '"..." A senior officer made the remark on Thursday'.

Rules (session 12; word lists in data/speech.toml [named_after]):
- Only a sentence that opens with the naming words and follows, in the same paragraph, a sentence that is a quote
  and nothing more (its closing mark, then spaces, then this sentence).
- "So said X", "The words / remarks / warning came from X", "That was the message from X": the first person, body,
  state or unnamed source after the words (role words may stand between: "spokesman Gabriel Attal").
- "X made / gave / delivered the remark(s) / comments / warning": the speaker is the sentence's opening noun phrase,
  a person or body read there, else an unnamed source of the state a demonym in it names ("A senior French officer").
- The statement's evidence runs from the quote's opening mark to the naming sentence's end; its quote is the quote's
  words; its date is the naming sentence's own phrase. The quote alone then makes no statement of its own.
"""

from __future__ import annotations

import re
from functools import cache

from timeline import lexicon as L
from timeline.drafts import Context
from timeline.frames import Frame
from timeline.speakers import Mention

SPEAKER_KINDS = frozenset({"person", "body", "entity", "reference", "demonym"})
GAP_MAX = 48  # characters of role words between the naming words and the speaker ("French government spokesman")
GAP_RE = re.compile(r"(?:[\w'’.-]+\s+){0,5}")


@cache
def _words() -> dict[str, list[str]]:
    return L._load("speech").get("named_after", {})


_alt = L.literal_alt  # words of a data list, longest first


@cache
def after_re() -> re.Pattern[str]:
    """Naming words the speaker follows: "So said", "The words came from", "That was the warning from"."""
    w = _words()
    nouns = _alt(w["nouns"])
    return re.compile(rf"\s*(?P<w>So\s+(?:said|says)|(?:The|These|Those|Such|That|This|His|Her|Their|Its)\s+(?:[a-z]+\s+)?"
                      rf"(?:{nouns})\s+(?:came|come|comes)\s+from|(?:That|This|Such)\s+(?:was|is)\s+the\s+(?:[a-z]+\s+)?"
                      rf"(?:{nouns})\s+(?:from|of))\s+")


@cache
def before_re() -> re.Pattern[str]:
    """Naming words the speaker comes before: "made the remark", "gave the warning"."""
    w = _words()
    return re.compile(rf"\s+(?:{_alt(w['verbs'])})\s+(?:the|that|this|those|these|his|her|their|its)\s+(?:[a-z]+\s+)?"
                      rf"(?:{_alt(w['nouns'])})\b")


def opens_naming(masked: str, at: int) -> bool:
    """Whether the text at `at` (after a quote) opens a sentence that names the quote's speaker."""
    if after_re().match(masked, at):
        return True
    end = masked.find(".", at, at + 160)
    return end > 0 and before_re().search(masked, at, end) is not None


def _quote_before(ctx: Context, s: int):
    """The quote that ends right before the sentence at s, with nothing but spaces between."""
    qs = [q for q in ctx.quotes_in(max(0, s - 2000), s) if q.closed and q.close <= s]
    if not qs:
        return None
    q = qs[-1]
    return q if not ctx.body[q.close:s].strip() and "\n\n" not in ctx.body[q.open:s] else None


def named_frame(ctx: Context, s: int, e: int, mentions: list[Mention]) -> tuple[Frame, int] | None:
    """The frame of a sentence that names the speaker of the quote before it, and that quote's opening offset."""
    q = _quote_before(ctx, s)
    if q is None:
        return None
    text = ctx.masked
    lead = after_re().match(text, s, e)
    if lead is not None:
        who = next((m for m in mentions if m.kind in SPEAKER_KINDS and lead.end() <= m.start <= lead.end() + GAP_MAX
                    and GAP_RE.fullmatch(text, lead.end(), m.start) and m.kind != "demonym"), None)
        if who is None:
            return None
        return Frame([who], "said", lead.start("w"), lead.end(), s, None, inverted=True), q.open
    verb = before_re().search(text, s, e)
    if verb is None or verb.start() - s > 80:
        return None
    inside = [m for m in mentions if s <= m.start and m.end <= verb.start()]
    who = next((m for m in reversed(inside) if m.kind in ("person", "body") and m.end == verb.start()), None)
    if who is None:
        if any(c in ",;:" for c in text[s:verb.start()]) or not text[s:s + 1].isupper():
            return None
        owner = next((m.name for m in inside if m.kind in ("demonym", "entity")), None)
        who = Mention(s, verb.start(), "reference", owner, " ".join(text[s:verb.start()].lower().split()), form="anonymous")
    return Frame([who], "said", verb.start() + 1, verb.end(), s, None), q.open
