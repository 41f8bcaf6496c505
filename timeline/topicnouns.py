"""Act nouns named only as a matter feared, threatened or talked of ("Fears of an attack grew"): no act. Data: topicnouns.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("topicnouns")


_alt = L.literal_alt  # words of a data list, longest first


# The topic head and its "of" right before the act noun, with a few determiners or qualifiers between.
TOPIC_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['heads'])}) of (?:(?:{_alt(_DATA['between'])}) ){{0,2}}$")


def topic_before(lower: str, s: int, at: int) -> bool:
    """Whether the act noun at `at` (in the lowered text) is the matter of a fear, threat or talk before it."""
    return TOPIC_BEFORE_RE.search(lower, max(s, at - 48), at) is not None
