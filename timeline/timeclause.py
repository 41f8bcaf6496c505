"""Time clauses whose own subject acts ("..., after the army closed down two channels", "as police raided the office"):
the act the clause tells is an event of its own, undated unless it names its own day."""

from __future__ import annotations

import re

# A clause opened by a conjunction of time, its subject no pronoun (whose doer another clause names). Not "since"
# (history: "since Moscow annexed the peninsula") nor "which/that/if/because" (background, a condition, a reason).
TIME_CLAUSE_RE = re.compile(r"[\s,;:–—-]*(?:after|before|when|as|once|while|until)\s+"
                            r"(?!(?:it|he|she|they|we|i|you|this|that|such|part|well|much|many|long|soon|far|if|though)\b)",
                            re.IGNORECASE)
# The conjunction right before a subject's name ("after the army", "before Kenya"): not a preposition's object when a
# verb follows the name (attributes.subject_before, with `timed`).
TIME_BEFORE_RE = re.compile(r"\b(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE)


def time_clause(lower: str, start: int) -> bool:
    """Whether the clause at `start` opens with a conjunction of time and a subject of its own (no pronoun)."""
    return TIME_CLAUSE_RE.match(lower, start) is not None
