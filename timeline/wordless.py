"""Statements no speaker made (session 19, extras19): a participle of speech that tells what a document says ("signed an
agreement asking the Vatican to mediate and pledging that neither would use force": the agreement pledges, and the
signing holds it), and a reaction told by its manner alone ("Seoul reacted angrily."). Words: data/wordless.toml."""

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


def wordless(lower: str, framed: list[tuple[Draft, Frame]], drafts: list[Draft], s: int, e: int) -> list[Draft]:
    """The statements of sentence s..e (text lowered) that no speaker made: a document's participle, a bare reaction."""
    out: list[Draft] = []
    for st, fr in framed:
        if fr.verb.endswith("ing"):
            doc = DOCUMENT_BEFORE_RE.search(lower, max(s, fr.verb_start - 160), fr.verb_start)
            if doc is not None and any(d is not st and d.start <= doc.start("noun") < d.end for d in drafts):
                out.append(st)  # the document's words, held by the event that signed or sent it
                continue
        if st.mention is None and REACTION_RE.match(lower, fr.verb_start, e) is not None:
            out.append(st)  # "Seoul reacted angrily.": a manner, no words
    return out
