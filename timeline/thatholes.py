"""Relative clauses inside a clause's subject (session 14), one mechanism: "A navy helicopter that had taken off from the
frigate crashed into the sea", "A cargo ship that left Odesa on Monday struck a mine", and a when-clause after a participle
on it ("The officers killed when their helicopter went down last week were buried"): the clause is a hole in the main
clause (which runs around it, from its subject to its own verb, `that_holes`), and its "that" opens no clause break that
leaves the subject alone (`subject_relative`), even where no main verb is found for a hole."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline.textmemo import per_text

_WORDS = L._load("thatholes")
_DATA = _WORDS["that_relative"]
_SUBJECT = _WORDS["subject_relative"]

# A noun phrase opening a clause (the sentence's start, after a comma, a colon, a complementizer "that" or a bare
# "said"), then "that", or a participle in "-ed" and "when". Each of those places has a space or the text's start before
# it: "(?<!\S)" first says so in one test, so a position inside a word fails there, not in seven lookbehinds (the same
# matches, ~2x faster; session 15).
HEAD_THAT_RE = re.compile(
    r"(?<!\S)(?:(?<=^)|(?<=[,;:]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=[.!?]\s))"
    r"(?i:(?:a|an|the|its|their|his|her|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)"
    r"(?P<mods>(?:[\w'’-]+\s+){0,4}?)(?P<head>[a-z][\w'’-]*)\s+(?:(?P<that>that)|[a-z]{3,}ed\s+(?P<when>when))\s")
TOKEN_RE = re.compile(r"[\w'’-]+|[,;:–—()\"“”]")
AUX = frozenset(_DATA["aux"])
IRREGULAR_PAST = frozenset(_DATA["irregular_past"])
PARTICIPLES = frozenset(_DATA["participles"])
NOT_HEADS = frozenset(_DATA["not_heads"])
# What may not stand right before the main verb (its own auxiliary, a coordinator, "to"), or right after it ("by":
# a passive participle of the relative clause, "used by the army").
NOT_BEFORE_MAIN = frozenset(_DATA["not_before_main"])
NOT_AFTER_MAIN = frozenset(_DATA["not_after_main"])
# Words inside a relative clause's own verb group ("that could not be independently verified"), never the word that
# shows the group has ended; and the conjunctions that open a clause of their own inside it (the scan stops there).
IN_VERB_GROUP = frozenset(_DATA["in_verb_group"])
STOPS = frozenset(_DATA["stops"])
MAX_WORDS = 18  # a relative clause longer than this is left as it is


def _past(word: str) -> bool:
    """A finite past-tense verb: a lowercase "-ed" word or an irregular past form."""
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and word.islower())


def _verb(word: str) -> bool:
    """A verb of a relative clause's verb group: an auxiliary, a past form or a participle in "-en"."""
    return word in AUX or _past(word) or word.endswith("en") and word in PARTICIPLES


def _that_holes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    holes: list[tuple[int, int]] = []
    if text.find("that ", start, end) < 0 and text.find("ed when ", start, end) < 0:
        return holes
    for m in HEAD_THAT_RE.finditer(text, start, end):
        head = m.group("head")
        if head in NOT_HEADS or _past(head) or head in AUX or any(_verb(w) for w in m.group("mods").lower().split()):
            continue  # "the move may further damage relations that ...": a predicate, not a noun phrase
        if text[m.start() - 2:m.start()] == ", " and any(_verb(w) for w in TOKEN_RE.findall(text, start, m.start() - 2)):
            continue  # "..., a confrontation that X called ...": an apposition after a clause, not a subject
        tokens = [(t.group(0), t.start()) for t in TOKEN_RE.finditer(text, m.end(), end)][:MAX_WORDS + 1]
        seen_verb = False
        after_verb_word = False
        for i, (tok, at) in enumerate(tokens):
            if not tok[0].isalnum() or tok in STOPS:
                break  # a comma, colon, dash or a clause of its own first: no restrictive clause closed by a verb here
            word = tok if tok.islower() else tok.lower() if i == 0 else tok
            if word in IN_VERB_GROUP or word.endswith("ly") and word.islower():
                continue  # "that could not be independently verified": still the clause's own verb group
            if not seen_verb:
                if _verb(word):
                    seen_verb = True
                continue
            if not _verb(word):
                after_verb_word = True
                continue
            prev = tokens[i - 1][0]
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if after_verb_word and prev not in NOT_BEFORE_MAIN and (
                    _past(word) and nxt not in NOT_AFTER_MAIN or word in AUX):
                # "... that fought in the war was disbanded": the main verb group
                holes.append((m.start("that") if m.group("that") else m.start("when"), at))
                break
            if word in AUX or prev in NOT_BEFORE_MAIN:
                continue  # "that had taken off and landed": one predicate group of the relative clause
    return holes


# "that" and right after it an auxiliary or a past verb: a relative clause's own verb ("that had taken off", "that
# was carrying", "that crashed"), not a clause with a subject of its own ("claims that Russian drones had struck").
_THAT_AUX = "|".join(_SUBJECT["that_aux"])
THAT_VERB_RE = re.compile(rf"that\s+(?:(?:{_THAT_AUX})\b|[a-z]{{3,}}ed\b)")
# The words before it: a noun phrase that opens the clause (a determiner, a number or a name first), no verb in it.
_NP_STARTS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SUBJECT["np_starts"])
NP_START_RE = re.compile(rf"\s*(?:{_NP_STARTS}|\d[\d,]*|[A-Z][\w'’-]+)\s")
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
NP_MAX_WORDS = 8
# A preposition in the words before "that": its noun is a preposition's object, not the subject's head.
PREPOSITIONS = frozenset(_SUBJECT["prepositions"])


# find_actions, the readers of relative clauses and events._foreign_clause ask for a sentence's holes in turn (two calls
# in five were a span read already; session 16).
that_holes = per_text(_that_holes, """(start, end) of each "that"-clause on a subject noun phrase that a past-tense main
verb follows in the same clause.""")


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
