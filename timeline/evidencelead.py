"""An act told in a subordinate clause keeps the words that tie it to its sentence in its evidence (session 19, split19):
the time clause's opener and its measure ("three days after the army handed power to X", "after summoning the
charge d'affaires") and a relative clause's head ("its own warships, which left port on Monday", "a ferry that left
port on Tuesday night"). Readers name such an act by those words; an evidence that starts after them holds only part
of what it tells, and another event of the sentence (its statement, its main act) ends up named by them instead.

`lead_start(lower, text, s, start)`: where an act's evidence that starts at `start` should start instead (`start` when
nothing leads it). Called on every act's draft in `events._sentence` (`widen`); a statement's evidence starts at its
speaker already.
"""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline.attributes import is_reporting

# A time clause's opener right before the evidence, with the measure that counts from it ("a day after", "hours
# before", "shortly after", "three days after"): the words end where the evidence starts.
MEASURE = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a few|a couple of)"
           r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|hours|days|weeks|months|minutes|moments|shortly|soon"
           r"|just|only|even|long|right|immediately)")
OPENER_RE = re.compile(rf"(?:\b{MEASURE}\s+)?\b(?:after|before|when|while|once|until)\s+\Z")
# A relative pronoun right before or at the evidence's start.
# A subject relative at the evidence's start: the pronoun, an auxiliary, adverbs or a day, then its verb.
SUBJECT_RELATIVE_RE = re.compile(r"(?:which|who)\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+|(?:on|last|this|earlier this)"
                                 r"\s+[a-z]+\s+|within\s+hours\s+|twice\s+|then\s+|later\s+)*")
PRONOUN_BEFORE_RE = re.compile(r"\b(?:which|who|whom|that)\s+\Z")
# The head noun phrase before ", which" / " that": a determiner or possessive opening up to five more words, or a
# capitalised name of up to four words; never across punctuation.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "two", "three",
                         "four", "five", "six", "several", "some"})
HEAD_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’.-]*\Z")
REACH = 60
# A subject relative's verb right after "that" ("a ferry that left", "a site that had been attacked"); after a
# complementizer "that" a subject comes first ("said on Monday that the army fired").
VERB_AT_RE = re.compile(r"had|has|have|was|were|is|are|will|would|could|may|might|[a-z]+ed")
# A subject relative clause right after an act's object, and where it ends (a comma, a clause's end, a new predicate).
THAT_AFTER_RE = re.compile(r"\s+that\s+")
RELATIVE_END_RE = re.compile(r",|;|:|(?<!\.[a-z])\.(?=\s|$)|\s[–—-]\s|\s(?:and|but|while|after|before|when)\s")
FIRST_WORD_RE = re.compile(r"[a-z][\w'’-]*")
WORD_BEFORE_RE = re.compile(r"([a-z][\w'’-]*)\s+\Z")
# Words before "that" that make it a clause's opener or a pronoun, never a relative clause's head.
NOT_HEADS = frozenset({"so", "such", "now", "and", "but", "or", "is", "was", "were", "are", "be", "been", "said", "says",
                       "say", "told", "tells", "knew", "know", "believe", "believes", "think", "thinks", "claim",
                       "claims", "warn", "warns", "insist", "insists", "show", "shows", "showed", "shown", "mean",
                       "means", "given", "like", "than", "of", "in", "on", "at", "for", "with", "from", "to", "by",
                       "all", "after", "before", "because", "while", "ensure", "ensuring", "saying", "adding"})


def _head_start(text: str, lower: str, s: int, at: int) -> int:
    """Where the noun phrase ending right before `at` (its comma left out) starts, or `at` when there is none."""
    end = at
    while end > s and text[end - 1] == " ":
        end -= 1
    if end > s and text[end - 1] == ",":
        end -= 1
    words: list[tuple[int, int]] = []
    k = end
    while k > s and len(words) < 6:
        m = HEAD_WORD_RE.search(text, max(s, k - 40), k)
        if m is None or m.end() != k:
            break
        words.append((m.start(), m.end()))
        k = m.start()
        if k > s and text[k - 1] != " ":
            break
        k -= 1
    run = at  # the capitalised name right before the comma ("Kenya, which"), when no determiner opens a phrase
    for i, (a, b) in enumerate(words):
        word = lower[a:b]
        if word in DETERMINERS:
            return a
        if word in NOT_HEADS or word in L.CLAUSE_VERBS or is_reporting(word):
            break  # "as did Kenya, which": a verb or a joining word ends the phrase
        if text[a:b][:1].isupper() and run == (words[i - 1][0] if i else at):
            run = a
    return run


def _noun_before(lower: str, s: int, at: int) -> bool:
    """Whether the word right before "that" at `at` may be a noun a relative clause tells of ("a ferry that left")."""
    m = WORD_BEFORE_RE.search(lower, max(s, at - 30), at)
    if m is None:
        return False
    word = m.group(1)
    return not (word in NOT_HEADS or word in L.CLAUSE_VERBS or is_reporting(word) or word.endswith(("ed", "ly")))


def _verb_at(lower: str, at: int) -> bool:
    """Whether a verb opens the words at `at` ("left", "had been attacked"): a subject relative's, no subject first."""
    m = FIRST_WORD_RE.match(lower, at)
    return m is not None and (VERB_AT_RE.fullmatch(m.group(0)) is not None or m.group(0) in L.CLAUSE_VERBS)


def lead_start(lower: str, text: str, s: int, start: int) -> int:
    """Where an act's evidence starting at `start` starts with its time clause's opener or relative clause's head."""
    window = lower[max(s, start - REACH):start]
    if (m := OPENER_RE.search(window)) is not None:
        return start - len(window) + m.start()
    if (rel := SUBJECT_RELATIVE_RE.match(lower, start)) is not None and _verb_at(lower, rel.end()):
        # "its own warships, which left port": a subject relative's common noun head (a name before ", who" is the act's
        # doer already, and an object relative's head, "the ship, which Ankara sent", is no part of its act's words)
        head = _head_start(text, lower, s, start)
        return head if lower[head:head + 12].split(" ", 1)[0] in DETERMINERS else start
    if (m := PRONOUN_BEFORE_RE.search(window)) is not None:
        at = start - len(window) + m.start()
        if lower.startswith("that", at) and not (_noun_before(lower, s, at) and _verb_at(lower, start)):
            return start  # "said on Monday that X fired", "so that": a clause's "that", no subject relative's
        return _head_start(text, lower, s, at)
    return start


def object_relative_end(lower: str, end: int, e: int) -> int:
    """Where an act's evidence ending at `end` ends with the subject relative clause on its object right after it
    ("attacked a patrol boat that had approached the carrier"), else `end`; never across a comma."""
    m = THAT_AFTER_RE.match(lower, end, e)
    if m is None or not _verb_at(lower, m.end()):
        return end
    stop = RELATIVE_END_RE.search(lower, m.end(), e)
    return stop.start() if stop is not None else e


def widen(text: str, lower: str, s: int, e: int, drafts: list) -> None:
    """Acts' evidence of one sentence s..e widened to their lead words and their object's relative clause (statements
    keep theirs)."""
    for d in drafts:
        if d.kind != "statement" and d.start > s:
            d.start = lead_start(lower, text, s, d.start)
        if d.kind != "statement" and d.end < e:
            d.end = object_relative_end(lower, d.end, e)
