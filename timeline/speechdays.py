"""A statement's own day told after its verb: in a possessive setting, after a pronoun told, after an addressee (session 20).

- "told MPs in last Wednesday's debate that ...", "said at Tuesday's briefing that ...": a possessive date on the
  setting the speaker spoke in (in/at/during, right after the verb and at most a short addressee) is the statement's
  own day, not another event's (events._own_dates keeps it).
- "Officials told me today that ...": a pronoun told, then the frame's date, then "that": the words reported start
  after "that" (frames.find_frames).
- "Kenya will send two frigates, the president told an emergency session of parliament today[, a day after ...]": an
  addressee and a date with no verb after "told", the reported words before the speaker: the date is the frame's, the
  words reported are those before (frames.find_frames reads them so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.frames import Frame

# The setting's preposition right before the possessive date ("in last Wednesday's debate", "at the Tuesday's").
SETTING_LEAD_BEFORE_RE = re.compile(r"\b(?:in|at|during)\s+(?:the\s+)?$")
# A sitting or speech the speaker spoke at or in, after the possessive date's "'s".
SETTING_NOUN_AFTER_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:debate|session|sitting|hearing|briefing|conference"
                                   r"|news conference|press conference|summit|meeting|speech|address|interview"
                                   r"|broadcast|rally|audience)\b")
SETTING_ADDRESSEE_WORDS = 4  # "told MPs", "told the party faithful": the words between the verb and the setting
WORD_RE = re.compile(r"[\w'’-]+")
# "told me today that": a pronoun told (never "her" + noun: "said her government would ...", which is not told).
PRONOUN_TOLD_RE = re.compile(r"(?:me|us|him|her|them|you)\b")
# Words that make the words after the verb a clause (reported words), not an addressee and a setting.
CLAUSE_WORDS = frozenset({"that", "to", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                          "can", "may", "might", "must", "should", "shall", "did", "does", "do", "not", "been", "be"})
ADDRESSEE_REACH = 9  # the words of an addressee and its setting ("an emergency session of the House of Commons")
# What may follow the addressee's date: the sentence's end or a time clause after a comma ("today, a day after ...",
# "on Wednesday, as ...", "yesterday, hours after ...").
AFTER_DAY_RE = re.compile(r"\s*(?:[.;]|$|,\s+(?:a|an|one|two|three|hours?|days?|weeks?|the|after|before|as|when|while"
                          r"|following|amid|despite|just|only|shortly)\b)")


def setting_possessive(lower: str, verb_at: int, date_start: int, date_end: int) -> bool:
    """Whether a possessive date after a speech verb qualifies the setting spoken in ("told MPs in last Wednesday's
    debate"): then it is the statement's own day."""
    if date_start <= verb_at or not SETTING_NOUN_AFTER_RE.match(lower, date_end):
        return False
    lead = SETTING_LEAD_BEFORE_RE.search(lower, max(verb_at, date_start - 12), date_start)
    if lead is None:
        return False
    words = WORD_RE.findall(lower, verb_at, lead.start())
    return 1 <= len(words) <= 1 + SETTING_ADDRESSEE_WORDS and not any(w in CLAUSE_WORDS for w in words[1:])


def pronoun_told_day(text: str, at: int, stop: int, blank: set[int]) -> int | None:
    """Where the words reported start after "told me today (that)" (at: after the verb), or None."""
    m = PRONOUN_TOLD_RE.match(text, at, stop)
    if m is None:
        return None
    k = m.end()
    while k < stop and text[k].isspace():
        k += 1
    if k >= stop or k not in blank:
        return None  # no date after the pronoun: ADDRESSEE_THAT_RE's "told him that" or not told at all
    while k < stop and (text[k].isspace() or k in blank):
        k += 1
    if text.startswith("that", k) and not text[k + 4 : k + 5].isalnum():
        k += 4  # "told me today that they ...": the words start after "that"
    while k < stop and text[k].isspace():
        k += 1
    return k if k < stop and text[k].isalnum() else None  # "told me today they started ...": no "that" needed


def addressee_then_day(text: str, c_start: int, stop: int, blank: set[int]) -> bool:
    """Whether the words after "told" are only an addressee and a date ("an emergency session of parliament today",
    then the end or a time clause): no words reported there."""
    k = c_start
    while k < stop and k not in blank:
        k += 1
    if k >= stop:
        return False  # no date: words reported, or an addressee alone (its own rules)
    words = WORD_RE.findall(text, c_start, k)
    if not 1 <= len(words) <= ADDRESSEE_REACH or any(w.lower() in CLAUSE_WORDS for w in words) \
            or any(ch in ",;:“”\"" for ch in text[c_start:k]):
        return False
    while k < stop and k in blank:
        k += 1
    return AFTER_DAY_RE.match(text, k, stop) is not None or k >= stop


# ", which had urged both sides to show restraint," / ", who says the award is void,": an aside on the speaker.
ASIDE_OPEN_RE = re.compile(r"\s*,\s+(?:which|who)\b")


def main_past_aside(text: str, fr: Frame, later: list[Frame]) -> Frame | None:
    """"Berlin, which had urged restraint, said on Wednesday it took no side": the same speaker's frame after an aside
    on the speaker that holds the first frame's verb; the statement is the main verb's (its day, its words)."""
    last = max(m.end for m in fr.speakers)
    if fr.relative or last > fr.verb_start or not ASIDE_OPEN_RE.match(text, last, fr.verb_start):
        return None  # "X, who told Y that A, said B": the who-clause's words are a statement of their own (session 15)
    for f in later:
        close = text.rfind(",", fr.verb_end, f.verb_start)
        if f.verb_start > fr.verb_end and close >= 0 and not f.inverted and not f.relative \
                and min(m.start for m in f.speakers) == min(m.start for m in fr.speakers):
            return f
    return None
