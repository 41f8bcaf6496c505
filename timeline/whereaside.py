"""Where a ", where ...," aside ends before its sentence's main clause ("Outside the stadium, where thousands had gathered
since dawn, riot police fired tear gas, the Red Cross said"): the comma after which a subject and its verb follow."""

from __future__ import annotations

import re

from timeline import lexicon as L

# ", where" opening an aside, its words up to the first comma (no clause mark inside).
WHERE_ASIDE_RE = re.compile(r",\s+where\s[^,;:–—()]{3,140}?(?=,\s)")
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
SUBJECT_WORDS_MAX = 4  # "riot police", "the two Chinese coast guard": the words before the main verb
# Words that never open a main clause's subject: a participle's or a preposition's phrase ("..., chanting slogans").
NOT_SUBJECT = frozenset({"and", "but", "or", "which", "who", "whom", "whose", "where", "when", "while", "as", "in", "on",
                         "at", "with", "by", "for", "from", "to", "of", "after", "before", "since", "during"})


def _verbish(word: str) -> bool:
    return word in L.CLAUSE_VERBS or (word.endswith("ed") and len(word) > 4 and word.islower())


def where_aside_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets of the commas that close a ", where ...," aside right before a subject and its verb (clause breaks)."""
    cuts = []
    for m in WHERE_ASIDE_RE.finditer(text, start, end):
        words = WORD_RE.findall(text, m.end() + 1, min(end, m.end() + 80))[:SUBJECT_WORDS_MAX + 1]
        if not words or words[0].lower() in NOT_SUBJECT or _verbish(words[0]) or words[0].endswith("ing"):
            continue
        if any(_verbish(w) for w in words[1:]):
            cuts.append(m.end())
    return cuts
