"""Time clauses whose own subject acts ("..., after the army closed down two channels", "as police raided the office"):
the act the clause tells is an event of its own, undated unless it names its own day."""

from __future__ import annotations

import re

# A clause opened by a conjunction of time, its subject no pronoun (whose doer another clause names). Not "since"
# (history: "since Moscow annexed the peninsula") nor "which/that/if/because" (background, a condition, a reason);
# never "as of now" or "after which" (a relative clause, session 18).
TIME_CLAUSE_RE = re.compile(r"[\s,;:–—-]*(?:after|before|when|as|once|while|until)\s+"
                            r"(?!(?:it|he|she|they|we|i|you|this|that|such|part|well|much|many|long|soon|far|if|though"
                            r"|of|which|whom|whose|what)\b)",
                            re.IGNORECASE)
# The conjunction right before a subject's name ("after the army", "before Kenya"): not a preposition's object when a
# verb follows the name (attributes.subject_before, with `timed`).
TIME_BEFORE_RE = re.compile(r"\b(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE)


def time_clause(lower: str, start: int) -> bool:
    """Whether the clause at `start` opens with a conjunction of time and a subject of its own (no pronoun)."""
    return TIME_CLAUSE_RE.match(lower, start) is not None


def time_clause_subject(lower: str, start: int) -> int | None:
    """Where the subject of a time clause opening at `start` begins (after its conjunction), else None."""
    m = TIME_CLAUSE_RE.match(lower, start)
    return m.end() if m is not None else None


# "handed power to X following the capture of the palace on 12 March": "following" before a noun phrase opens a clause
# as "after" does (session 18), never "the following day" nor a verb's progressive ("was following the convoy").
FOLLOWING_RE = re.compile(r"\bfollowing\b(?<!\bthe following)(?<!\bwas following)(?<!\bwere following)(?<!\bis following)"
                          r"(?<!\bare following)(?<!\bbeen following)(?<!\bbe following)"
                          r"(?= (?:the|a|an|its|their|his|her|this|last|[A-Z]|[a-z]+day's))")


# "Fishing boats left the port as two warships shadowed the convoy": a bare "as" before a subject and its past verb opens
# a time clause (session 18); never "such as", "as well as", "known as", "the same as", "as long as". Session 21
# (speak21's request): "said"/"told" too ("Kuwait sent its army to the border on Sunday as the United States said Iraq
# had massed troops": the main clause is an act of its own, the as-clause a statement).
AS_RE = re.compile(r"(?<=\w )as\b(?<!such as)(?<!well as)(?<!known as)(?<!same as)(?<!\bso as)(?<!long as)(?<!soon as)"
                   r"(?<!far as)(?<!much as)(?= (?:the|two|three|four|five|six|several|some|its|their|[A-Z][\w'’-]*)"
                   r"(?: [\w'’-]+){0,3} (?:[a-z]{3,}ed|fled|fought|struck|sank|shot|took|began|left|sent|flew|drove|swept|ran"
                   r"|seized|stormed|said|told)\b)")


def following_breaks(text: str, start: int, end: int) -> list[int]:
    """Where "following" (before a noun phrase) or a bare "as" (before a subject and its past verb) opens a clause in
    text[start:end] as "after" would (see FOLLOWING_RE, AS_RE)."""
    return sorted([m.start() for m in FOLLOWING_RE.finditer(text, start, end)]
                  + [m.start() for m in AS_RE.finditer(text, start, end)])
