"""Statements no speaker made (session 19, extras19): a participle of speech that tells what a document says ("signed an
agreement asking the Vatican to mediate and pledging that neither would use force": the agreement pledges, and the
signing holds it), a reaction told by its manner alone ("Seoul reacted angrily."), and a verb of speech in its sense of
holding ("the 12-mile limit that Moscow claims", "maintains a permanent squadron": session 21). Words: data/wordless.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline.drafts import Draft
from timeline.frames import Frame

_DATA = L._load("wordless")


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space


# A document's noun, a phrase of its addressee or parties, and maybe another participle of it joined by "and", right
# before the participle of speech: "an agreement asking the Vatican to mediate and pledging", "a message to X demanding".
DOCUMENT_BEFORE_RE = re.compile(
    rf"\b(?P<noun>{_alt(_DATA['document']['nouns'])})(?:\s+(?:to|from|with|for|of|on|by|between)\s+[^,;:.]{{1,60}}?)?"
    r"(?:\s+[a-z]+ing\b[^,;:.]{1,80}?\s+and)?\s+$")
# A reaction's verb, an adverb of manner and the sentence's end: "Seoul reacted angrily."
REACTION_RE = re.compile(rf"(?:{_alt(_DATA['reaction']['verbs'])})(?:\s+[a-z]+ly)?\s*[.!]?\s*$")


_HELD = _DATA["held"]
# Session 21 (prec21): a verb of speech in its sense of holding. Its object a thing held, right after it ("maintains a
# permanent squadron", "have maintained contact", "which claims the islands"; never the subject of a clause: "claims the
# island was ceded" says words) ...
HELD_OBJECT_RE = re.compile(
    rf"\s+(?:(?:{_alt(_HELD['lead'])})\s+)?(?:(?!(?:{_alt(_HELD['clause_verbs'])})\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_alt(_HELD['nouns'])})\b(?!\s+(?:{_alt(_HELD['clause_verbs'])})\b)")
# ... or a pronoun or nothing at all, the clause ending there: "Morocco, which claims them,", "the 12-mile limit that
# Moscow claims." (the relative's noun is what is held; a trailing speaker after a comma, ", Moscow claims.", speaks).
HELD_END_RE = re.compile(r"(?:\s+(?:them|it))?\s*(?:[,.;:)]|$|\s+(?:and|but)\b)")
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which)\s+(?:[\w'’.-]+\s+){1,4}$")


def held(lower: str, fr: Frame, s: int) -> bool:
    """Whether a frame's verb of speech ("claims", "maintains") tells a thing held, no words (text lowered)."""
    if fr.verb.lower() not in _HELD["verbs"]:
        return False
    if HELD_OBJECT_RE.match(lower, fr.verb_end) is not None:
        return True
    end = HELD_END_RE.match(lower, fr.verb_end)
    return end is not None and (end.group(0).lstrip().startswith(("them", "it"))
                                or RELATIVE_BEFORE_RE.search(lower, max(s, fr.verb_start - 60), fr.verb_start) is not None)


def wordless(lower: str, framed: list[tuple[Draft, Frame]], drafts: list[Draft], s: int, e: int) -> list[Draft]:
    """The statements of sentence s..e (text lowered) that no speaker made: a document's participle, a bare reaction, a
    thing held ("the limit that Moscow claims")."""
    out: list[Draft] = []
    for st, fr in framed:
        if held(lower, fr, s):
            out.append(st)  # "the Soviet navy maintains a squadron": no words said (session 21)
            continue
        if fr.verb.endswith("ing"):
            doc = DOCUMENT_BEFORE_RE.search(lower, max(s, fr.verb_start - 160), fr.verb_start)
            if doc is not None and any(d is not st and d.start <= doc.start("noun") < d.end for d in drafts):
                out.append(st)  # the document's words, held by the event that signed or sent it
                continue
        if st.mention is None and REACTION_RE.match(lower, fr.verb_start, e) is not None:
            out.append(st)  # "Seoul reacted angrily.": a manner, no words
    return out
