"""A relative clause with no commas inside a clause's subject ("A Greek navy helicopter that had taken off from the frigate
crashed into the sea"): its "that" opens no clause of its own, so the act keeps its subject (session 14)."""

from __future__ import annotations

import re

from timeline import lexicon as L

# "that" and right after it an auxiliary or a past verb: a relative clause's own verb ("that had taken off", "that
# was carrying", "that crashed"), not a clause with a subject of its own ("claims that Russian drones had struck").
THAT_VERB_RE = re.compile(r"that\s+(?:(?:had|has|have|was|were)\b|[a-z]{3,}ed\b)")
# The words before it: a noun phrase that opens the clause (a determiner, a number or a name first), no verb in it.
NP_START_RE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|"
                         r"\d[\d,]*|[A-Z][\w'’-]+)\s")
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
NP_MAX_WORDS = 8
PREPOSITIONS = frozenset("to in on at for with from by against over under into after before during near off about "
                         "toward towards between among than like".split())


def subject_relative(text: str, lo: int, at: int) -> bool:
    """Whether the "that" at `at` opens a relative clause inside the subject that text[lo:at] begins: the words before
    it are a short noun phrase opening the clause, with no verb, and a verb or auxiliary follows "that"."""
    if not text.startswith("that", at) or THAT_VERB_RE.match(text, at) is None:
        return False
    lo = max(lo, text.rfind(",", lo, at) + 1)  # "Hours before the agreement, a helicopter that ...": after a lead's comma
    if NP_START_RE.match(text, lo, at) is None:
        return False
    words = WORD_RE.findall(text, lo, at)
    # "his answer to a Russian expedition that planted ...": a preposition's object, not the subject's head
    return 1 < len(words) <= NP_MAX_WORDS and not any(
        w.lower() in L.CLAUSE_VERBS or w in PREPOSITIONS or (w.islower() and len(w) > 4 and w.endswith(("ed", "ing")))
        for w in words)
