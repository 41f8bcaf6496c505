"""Time clauses whose own subject acts ("..., after the army closed down two channels", "as police raided the office"):
the act the clause tells is an event of its own, undated unless it names its own day."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.datefind import find_dates
from timeline.datewords import lexicon
from timeline.lexicon import literal_alt
from timeline.thatholes import IRREGULAR_PAST
from timeline.whenspeech import main_clause_day

if TYPE_CHECKING:
    from timeline.dates import DateMention
    from timeline.drafts import Draft

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


# Session 22: "The vote came five days after the United States vetoed ...", "The recall followed two days after ...": a main
# clause whose subject is a definite noun (the event told just before) and whose verb only places it in time; the
# relational phrase then counts from that event (dates.DateMention.from_previous), not from a date of its own clause.
TOLD_BEFORE_RE = re.compile(r"\s*(?:The|That|This|Its|Their|His|Her)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*\s+"
                            r"(?:came|followed|happened|occurred|took\s+place|was\s+held)\s+"
                            r"(?:(?:only|just|barely|exactly)\s+)?")


def told_before(masked: str, start: int, at: int) -> bool:
    """Whether masked[start:at] is all a main clause naming the event told before it ("The vote came ")."""
    return TOLD_BEFORE_RE.fullmatch(masked, start, at) is not None


# Session 23: "have shelled the highway since Sunday", "has pounded positions since Thursday": "since" and a date
# phrase right after a predicate are that predicate's time, no clause of its own (attributes.CLAUSE_BREAK_RE breaks at
# "since" otherwise: "since Russia invaded"). In an aside set off by a comma (", planned since January,", ", living in
# Rome since 1973,", ", who has been in Beijing since Wednesday,") the day is the aside's, and the aside ends at its
# closing comma: the main verb after it has its own time.
SINCE_ASIDE_RE = re.compile(r",\s+(?:[a-z]+(?:ed|ing|en)|who|which|whom|whose|an?|the|once|long|first)\b[^,;:()\"“”]*$")
SINCE_REACH = 120  # how far back an aside's comma is looked for
SINCE_DAY_REACH = 40  # how far the date phrase after "since" is looked for
WORD_BEFORE_RE = re.compile(r"\b([a-z]+)\s+$")  # a whole word: never the tail of a name ("the Ogaden", session 26)
COMPARISON_REACH = 60  # how far back a comparison's word is looked for ("the largest in the Baltic since 2015")


@cache
def comparison_before_re() -> re.Pattern[str]:
    """A word of comparison (data/dates.toml [since]) before "since", in the same stretch of words."""
    # an ordinal in figures is a tally's too ("the 26th Houthi attack on shipping since Nov. 19")
    # a quantity before "of" is none ("have overrun most of the Ogaden since July": the act's time; session 26), nor a
    # count's "at least" / "at most" ("At least 245 Kenyans have been killed since the raid"; session 27)
    words = lexicon()["since"]
    quantities = [w for w in words["comparisons"] if w in words["quantities"]]
    return re.compile(rf"\b(?:{literal_alt([w for w in words['comparisons'] if w not in quantities])}"
                      rf"|(?<!\bat )(?:{literal_alt(quantities)})(?!\s+of\b)|\d+(?:st|nd|rd|th))\b[^,;:.]*$", re.IGNORECASE)


def since_day(text: str, at: int) -> bool:
    """Whether the "since" at `at` leads a date phrase ("since Sunday", "since last week"), not a clause."""
    if not text.startswith("since ", at):
        return False
    before = WORD_BEFORE_RE.search(text, max(0, at - 30), at)
    if before is not None and (before.group(1).endswith(("ed", "en")) or before.group(1) in IRREGULAR_PAST):
        return False  # "The talks process has stalled since last summer": a state's start, its subject no act told
    found = find_dates(text, at, min(len(text), at + SINCE_DAY_REACH))
    if not found or found[0].start > at + 6 or found[0].kind in ("modifier", "dateline"):
        return False
    return comparison_before_re().search(text, max(0, at - COMPARISON_REACH), at) is None


def since_aside(text: str, start: int, at: int) -> bool:
    """Whether the "since" at `at` lies in an aside opened by a comma after `start` (a participle, an apposition or a
    relative clause: ", planned since January")."""
    comma = text.rfind(",", max(start, at - SINCE_REACH), at)
    return comma >= 0 and SINCE_ASIDE_RE.match(text[comma:at]) is not None


# Session 23: a cleft sentence puts the act's day before "that": "It was not until 12 March that Turkish troops crossed
# the border", "It was only on Tuesday that the ministry expelled ...": the "that" opens no clause of its own, the day is
# the act's.
CLEFT_LEAD_RE = re.compile(r"\b[Ii]t\s+(?:was|is|had\s+been|will\s+be)\s+(?:not\s+|only\s+|just\s+|not\s+only\s+)?"
                           r"(?:until\s+|till\s+|before\s+|after\s+)?$")
CLEFT_REACH = 70


def cleft_that(text: str, start: int, at: int) -> bool:
    """Whether the "that" at `at` closes a cleft's day ("It was not until 12 March that ..."): no clause break."""
    if not text.startswith("that", at):
        return False
    found = [m for m in find_dates(text, max(start, at - CLEFT_REACH), at) if m.kind not in ("modifier", "dateline")]
    if not found or text[found[-1].end:at].strip():
        return False
    return CLEFT_LEAD_RE.search(text, max(start, found[-1].start - 40), found[-1].start) is not None


# Session 27 (kinds27): "since" before a noun phrase with no verb, closed by punctuation ("have been killed in Uganda since
# the raid, according to ..."): a preposition of the predicate's time, no clause of its own ("since the troops arrived"
# is one: a verb follows).
SINCE_NOUN_RE = re.compile(r"since\s+(?:the|its|their|his|her|this|that|last|[A-Z][\w'’-]*['’]s)\s+"
                           r"(?P<words>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?=[,.;:)]|$)")
SINCE_NOUN_NOT = frozenset({"is", "are", "was", "were", "has", "have", "had", "be", "been", "began", "begins", "took",
                            "came", "went", "fell", "broke", "left", "won", "met", "struck", "sank", "ended", "ends"})


def since_noun(text: str, at: int) -> bool:
    """Whether the "since" at `at` leads a noun phrase with no verb up to the next punctuation ("since the raid,")."""
    m = SINCE_NOUN_RE.match(text, at)
    if m is None or any(d.start <= at + 6 for d in find_dates(text, at, m.end())):
        return False  # a date phrase ("since last summer"): since_day's, as before
    if comparison_before_re().search(text, max(0, at - COMPARISON_REACH), at) is not None:
        return False  # "the biggest confrontation since the 1967 clashes": a comparison's base, told as an act of its own
    return not any(w.endswith("ed") and len(w) > 4 or w in IRREGULAR_PAST or w in SINCE_NOUN_NOT
                   for w in m.group("words").lower().split())


def since_breaks(text: str, start: int, at: int, end: int) -> list[int]:
    """The clause breaks a "since" at `at` makes: none for a predicate's day ("shelled ... since Sunday") or a noun's
    ("killed since the raid,"), at "since" and at the aside's closing comma for an aside's day (", living in Rome since
    1973, met ..."), else at "since"."""
    if not since_day(text, at):
        return [] if since_noun(text, at) and not since_aside(text, start, at) else [at]
    if not since_aside(text, start, at):
        return []
    close = text.find(",", at, end)
    return [at] if close < 0 else [at, close]


# Session 22: "troops who had ringed the base since Monday opened fire", "officers who had tracked the trawler since Monday
# boarded her": a restrictive relative clause in a perfect, its day right before the main verb in the past. The day is the
# relative clause's own (the main verb's time comes from its own clause or the one it depends on).
PERFECT_RELATIVE_RE = re.compile(r"\b(?:who|that|which)\s+(?:had|has|have)\s+[^,;:.()\"“”]{3,100}$")
PAST_VERB_AFTER_RE = re.compile(r"\s+(?P<verb>[a-z]{3,}ed|[a-z]+)\b")
RELATIVE_REACH = 110


def perfect_relative_day(masked: str, start: int, end: int, clause_start: int) -> tuple[int, int] | None:
    """The relative clause (its "who" to the day's end) holding a day masked[start:end] right before a main verb in
    the past, else None."""
    rel = PERFECT_RELATIVE_RE.search(masked, max(clause_start, start - RELATIVE_REACH), start)
    if rel is None:
        return None
    verb = PAST_VERB_AFTER_RE.match(masked, end)
    if verb is None or not (verb.group("verb").endswith("ed") or verb.group("verb") in IRREGULAR_PAST):
        return None
    return rel.start(), end


# Session 22: "The chase ended yesterday afternoon, when officers ... boarded her": an act told in a ", when" clause after
# a main clause, in the simple past, with no day of its own, is at the time the main clause names (as a statement there
# is: whenspeech.main_clause_day); never a pluperfect ("when the decision had already been taken": before it).
WHEN_ACT_RE = re.compile(r",\s+when\s+$", re.IGNORECASE)
PERFECT_BEFORE_RE = re.compile(r"\b(?:had|has|have|would|will|could|might)\s+(?:[\w'’-]+\s+){0,2}$")


def when_act_days(masked: str, dates: list[DateMention], s: int, acts: list[Draft]) -> None:
    """Give an act of a ", when" clause with no day of its own its main clause's day."""
    for a in acts:
        if a.mention is not None or a.inherit is not None or a.kind == "statement" or a.tense == "future":
            continue
        comma = masked.rfind(",", s, a.start + 1)
        if comma < 0 or WHEN_ACT_RE.fullmatch(masked, comma, masked.find("when", comma) + 5) is None \
                or masked.find("when", comma) + 5 > a.pos + 1:
            continue
        if PERFECT_BEFORE_RE.search(masked, max(comma, a.pos - 40), a.pos):
            continue  # the act's own verb group in a perfect or ahead
        a.mention = main_clause_day(masked, dates, s, comma)


# Session 24: "Four months after two mines sank the boat on July 11, the affair that has poisoned relations ... is still
# far from closed": the measure after a dated clause names the day of writing when the main clause speaks of the
# present, so no act of that clause (here a perfect in its subject's relative clause) takes the counted day.
@cache
def state_now_re() -> re.Pattern[str]:
    """A word telling a state that holds now (data/dates.toml [measure_now])."""
    return re.compile(rf"\b(?:{literal_alt(lexicon()['measure_now']['state_words'])})\b")


def told_as_now(lower: str, start: int, end: int) -> bool:
    """Whether the main clause lower[start:end] beside a measure of time ("Four months after ...") speaks of the present."""
    return state_now_re().search(lower, start, end) is not None
