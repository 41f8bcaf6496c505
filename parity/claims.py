"""Claims: the attributes parity compares, computed once per event of the record.

Each event is a claim of its source. Its attributes are read from the event (the extractor's
actor, objects, place, count, date, polarity, modality, via) and from its words (the evidence
sentence, summary and quote): content words (stopwords and reporting frame removed, spin synonyms
normalised, lightly stemmed), the states its actor speaks for, the objects it names, and its stances
(a statement of a known side drops the stances held by another side's statement of its sentence:
"Russia backed Bishkek's call, Kyrgyz officials said" is Russia's stance, not the officials'); an act
whose subject negates it ("No American soldiers were killed", "Nobody was hurt": stance.toml
[negated_subjects]) is negated, as a denial is, and so is a statement telling a negated subject ("said no oil
depot had been hit": what it denies is its summary's clause), or telling its own side's deed as not done in its own
words ("insists its pilots never touched the aircraft": told_not_done); a statement whose only negation is a stance's
("declined to take Islamabad's side") is not: its stance is compared, not its polarity.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from dateutil.relativedelta import relativedelta

from parity import lexicon
from parity.stance import (
    CLAUSE_END_RE,
    NEUTRAL,
    THING,
    Stance,
    cue_classes,
    denied_clause,
    denies_joined,
    stances_in,
    takes_stance,
)
from timeline.evidencelead import MEASURE
from timeline.lexicon import spaced_alt
from timeline.models import Event, ExcerptRecord, Kind, Modality, Timeline

DATE_VALUE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Capitalised words that are titles or institutions, not a person's name: "Foreign Ministry",
# "Deputy Foreign Minister", "Sen.". An actor made only of these and a state is that state.
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sen", "senator", "president", "minister", "gen",
                         "general", "prime", "deputy", "foreign", "defense", "defence", "secretary",
                         "ambassador", "chancellor", "king", "queen", "premier", "leader", "admiral",
                         "the", "state", "spokesman", "spokeswoman", "envoy", "un", "u"})
# Capitalised words that open a sentence and are never anyone's name.
NOT_NAMES = frozenset({"afterwards", "afterward", "later", "meanwhile", "however", "earlier", "separately", "also",
                       "then", "still", "yesterday", "today", "tomorrow", "instead", "nevertheless", "moreover",
                       "furthermore", "besides", "thereafter", "subsequently", "previously", "initially", "finally",
                       "elsewhere", "overnight", "there", "here", "now"})
INSTITUTION_WORDS = frozenset({"ministry", "office", "department", "government", "army", "navy", "military",
                               "forces", "council", "parliament", "congress", "senate", "committee", "agency",
                               "embassy", "federation", "republic", "kremlin", "pentagon", "house", "people",
                               # commands and services: "China's Eastern Theater Command", "the Border Guard Service"
                               "command", "theater", "theatre", "eastern", "western", "northern", "southern",
                               "central", "fleet", "guard", "guards", "corps", "service", "services", "staff",
                               "headquarters", "force", "air", "naval", "coast", "border", "joint", "chiefs",
                               "general", "security", "intelligence", "police", "ministry's", "administration", "armed",
                               # Session 17: a ministry named by its portfolio ("the Ministry of Foreign Affairs", "the
                               # Department of Foreign Affairs and International Cooperation"), no person's name.
                               "affairs", "external", "interior", "information", "relations", "international",
                               "cooperation"})


@dataclass(frozen=True, slots=True)  # slots: no per-claim __dict__ (~250 bytes each)
class ClaimFacts:
    """What parity knows about one claim: its event and the attributes it compares."""

    event: Event
    index: int  # position on the record, for deterministic order
    actor: str | None  # canonical: a state, or a person's name words, case-folded
    sides: tuple[str, ...]  # states the actor speaks for
    objects: tuple[str, ...]
    place: str | None
    count: str | None
    counts: tuple[tuple[str, tuple[str, ...], str], ...]  # counted things of the evidence (lexicon.counts_in)
    day: tuple[date, date] | None
    latest: date | None  # an undated past claim happened no later than its source was written
    words: tuple[str, ...]  # content words of evidence, summary and quote, unique
    core: tuple[str, ...]  # content words of the summary alone: what this event is, when a
    # sentence holds several events with one evidence
    quote_words: tuple[str, ...]
    stances: tuple[Stance, ...]
    via: str | None
    written: tuple[date, date] | None  # when its source was written (as_of, else published)
    negated: bool  # the claim denies or negates what it reports
    denied: tuple[str, ...] = ()  # content words of what a statement denies ("any shots had been fired")
    # A statement's words naming its speaker (name, role, titles): they count in its length but never
    # as shared content, or any two remarks of one speaker would look alike (the actor is compared apart).
    speaker: frozenset[str] = frozenset()
    # A statement that only relays an act of its sentence ("..., according to the group", "X said: the
    # ships fired"), or a meeting of it told in the meeting's own words ("X will visit Leh this weekend, officials
    # said"): what it says is that act, which carries its own links.
    attribution: bool = False
    own_core: frozenset[str] = frozenset()  # core less its actor's name words: what it did, not who
    # Counts of its evidence that another event of its sentence names in its summary and this one's does not
    # (_without_others_counts): they still anchor a link, but are no count of this claim to differ on.
    others_counts: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    # Session 19: the days of the other acts of its kind and actor in its excerpt (parity/sole.py), None when it is
    # no act of a kind sole.SOLE_KINDS reads (a statement, or one seen as an act, has none to compare).
    rivals: tuple[tuple[date, date] | None, ...] | None = None

    # The event's id, excerpt, kind and modality values, read once: scoring asks for them per pair.
    id: str = ""
    excerpt: str = ""
    kind: str = ""
    modality: str = ""

    # Answers that depend on this claim alone but that scoring asks for per pair (~4 pairs per claim), kept
    # once made (per_claim): one slot each (8 bytes; values shared bools, strings, sets), never compared, and
    # a replace() starts them unmade.
    memo_doer_named: bool | None = field(default=None, init=False, compare=False, repr=False)
    memo_told_group: str | None = field(default=None, init=False, compare=False, repr=False)
    memo_counts_itself: bool | None = field(default=None, init=False, compare=False, repr=False)
    memo_quote_text: str | None = field(default=None, init=False, compare=False, repr=False)
    memo_threat: bool | None = field(default=None, init=False, compare=False, repr=False)
    memo_speaks_for: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    memo_doers: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    memo_targets: frozenset[tuple[str, str]] | None = field(default=None, init=False, compare=False, repr=False)


T = TypeVar("T")
# One object per distinct kept answer: the sides of a statement or the sorted quote repeat across claims (copies,
# one speaker), and each claim's own copy was ~1 MB per 1,000 excerpts; emptied with the other caches.
_KEPT: dict[Any, Any] = {}


def per_claim(slot: str) -> Callable[[Callable[[ClaimFacts], T]], Callable[[ClaimFacts], T]]:
    """A function of one claim alone whose answer (never None, hashable) is kept in the claim's slot once made."""
    def wrap(fn: Callable[[ClaimFacts], T]) -> Callable[[ClaimFacts], T]:
        put = object.__setattr__  # the dataclass is frozen: only these unmade slots are ever set
        pooled = _KEPT.setdefault
        read = attrgetter(slot)  # in C: getattr(c, slot) was a third of this wrapper's own time (session 20)

        def remembered(c: ClaimFacts) -> T:
            found = read(c)
            if found is None:
                found = fn(c)
                if found.__class__ is not bool:  # True == 1: a bool is kept as itself
                    found = pooled(found, found)
                put(c, slot, found)
            return found

        remembered.__doc__, remembered.__name__, remembered.__wrapped__ = fn.__doc__, fn.__name__, fn  # type: ignore[attr-defined]
        return remembered

    return wrap


def day_interval(value: str | None) -> tuple[date, date] | None:
    """The days a YYYY-MM-DD, YYYY-MM or YYYY value covers; None when empty or malformed."""
    m = DATE_VALUE_RE.match(value or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = date(year, int(month), int(day))
            return d, d
        if month:
            first = date(year, int(month), 1)
            return first, first + relativedelta(months=1, days=-1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def written(record: ExcerptRecord) -> tuple[date, date] | None:
    """When an excerpt was written: its as_of day, else its published day, month or year."""
    return written_on(record.as_of, record.published)


def written_on(as_of: str | None, published: str | None) -> tuple[date, date] | None:
    """written() from the two front-matter values themselves (an excerpt's, before its record is made)."""
    return day_interval(as_of) or day_interval(published)


@cache  # asked for every pair scored (74,000 times at 1,000 excerpts): built once, as lexicon.load reads once
def state_names() -> frozenset[str]:
    """The canonical state names (parity/data/aliases.toml and the states timeline's entity file adds)."""
    return frozenset(lexicon.canonical_states())


# Letters NFKD does not split into a base and a mark.
_UNSPLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def folded_name(name: str) -> str:
    """A name case-folded and without diacritics: sources spell one person "Erdoğan" and "Erdogan"."""
    plain = unicodedata.normalize("NFKD", name.translate(_UNSPLIT))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1 << 14)
def canonical_actor(actor: str | None) -> str | None:
    """A state for a state or its institution ("the Kremlin", "Russian Foreign Ministry" -> "Russia"),
    else a person's name words folded ("Mr Sergei Lavrov" -> "sergei lavrov", "Erdoğan" -> "erdogan")."""
    if not actor:
        return None
    sides = lexicon.sides_in(actor)
    rest = lexicon.without_states(actor)
    words = lexicon.WORD_RE.findall(rest)
    person = [w for w in words if w[:1].isupper() and w.casefold() not in TITLE_WORDS | INSTITUTION_WORDS]
    if person and all(w.casefold() in NOT_NAMES for w in person):
        # A sentence adverb read as a speaker ("Afterwards he told reporters"): no one is named.
        return sides[0] if sides else None
    if sides and not person:
        return sides[0]
    if person:
        return folded_name(" ".join(person))
    return folded_name(" ".join(lexicon.WORD_RE.findall(actor))) or None


def same_actor(a: str | None, b: str | None) -> bool:
    """Two canonical actors name the same state or share a name word ("xi" ~ "xi jinping")."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    states = state_names()
    if a in states or b in states:
        return False
    return bool(set(a.split()) & set(b.split()))


def surname_sides(events: list[Event]) -> dict[str, str]:
    """Name word -> the state a person speaks for, learnt from the record's actors and their roles.

    A person no role places anywhere on the record speaks for the state whose own institution relays
    their words ("Smith told reporters, according to a Ruritanian Foreign Ministry transcript": the
    speaker's channel, not a news agency, which may relay anyone); a role, where one is told, wins."""
    seen: dict[str, set[str]] = {}
    channel: dict[str, set[str]] = {}
    states = state_names()
    for ev in events:
        actor = canonical_actor(ev.actor)
        if not actor or actor in states:
            continue
        sides = lexicon.sides_in(ev.actor_role or "") or lexicon.sides_in(ev.actor or "")
        if sides:
            for word in actor.split():
                seen.setdefault(word, set()).add(sides[0])
        elif ev.kind == "statement" and ev.via and not lexicon.is_agency(lexicon.agency(ev.via) or ""):
            for side in lexicon.sides_in(ev.via)[:1]:
                for word in actor.split():
                    channel.setdefault(word, set()).add(side)
    for word, sides in channel.items():
        seen.setdefault(word, sides)
    # A name word claimed for two states is ambiguous: leave it out rather than guess.
    return {name.title(): next(iter(s)) for name, s in sorted(seen.items()) if len(s) == 1}


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


@lru_cache(maxsize=1)
def _title_stems() -> frozenset[str]:
    return frozenset(lexicon.content_words(" ".join(sorted(TITLE_WORDS))))


def title_stems() -> frozenset[str]:
    """Title words as content words read them ("president", "minister"): they name who acted, not what was done."""
    return _title_stems()


ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
SPEAKER_WORDS = 8  # a longer phrase before the reporting verb is what was said, not who said it


@lru_cache(maxsize=1)
def _speaker_cuts() -> frozenset[str]:
    words = lexicon.load("words")
    return frozenset(words["frame"]["words"]) | frozenset(words["speaker"]["verbs"])


@lru_cache(maxsize=1 << 15)
def speaker_phrase(summary: str) -> str:
    """The words of a statement's summary that name who spoke: after "according to", else before its
    first reporting verb or colon ("China's Eastern Theater Command said" -> "China's Eastern Theater
    Command"); "" when it has none."""
    head = summary.split(":", 1)[0] if ":" in summary else summary
    m = ACCORDING_RE.search(head)
    if m:
        return " ".join(lexicon.WORD_RE.findall(head[m.end():].split(",", 1)[0]))
    cuts = _speaker_cuts()
    for m in lexicon.WORD_RE.finditer(head):
        if m.group(0).casefold() in cuts:
            # A trailing attribution ("..., an envoy said"): the speaker follows the last comma.
            words = lexicon.WORD_RE.findall(head[: m.start()].rsplit(",", 1)[-1])
            return " ".join(words) if len(words) <= SPEAKER_WORDS else ""
    return head if ":" in summary else ""


def _speaker_words(event: Event) -> frozenset[str]:
    """Content words naming a statement's speaker: its actor, its role, title words ("prime minister")
    and the speaker phrase of its summary ("the defence ministry said")."""
    named = " ".join(x for x in (event.actor, event.actor_role, speaker_phrase(event.summary)) if x)
    return _named_words(named)


@lru_cache(maxsize=1 << 14)
def _named_words(named: str) -> frozenset[str]:
    # One set per speaker phrase, shared by all its statements: each is 1-2 KB (the title stems
    # make it large), the largest of a claim's facts before it was shared.
    return frozenset(lexicon.content_words(named)) | _title_stems()


# A time clause's opener and its measure at an act's evidence start ("two weeks after Minsk forced ..."): the evidence
# holds them to name the act in its sentence (timeline/evidencelead.py); they tell when, which the claim's day compares,
# not what was done, so they are no words of the claim.
LEAD_RE = re.compile(rf"^(?:{MEASURE}\s+)?(?:after|before|when|while|once|until)\s+", re.IGNORECASE)


def _without_lead(exact: str) -> str:
    """An act's evidence less the time clause's opener that leads it."""
    return LEAD_RE.sub("", exact, count=1)


def words_of(text: str) -> tuple[str, ...]:
    """Content words of a text as a claim's words are read (agency names left out), unique."""
    return _words_of(text)


@lru_cache(maxsize=1 << 15)
def _words_of(text: str) -> tuple[str, ...]:
    """Content words of a text with agency names left out, unique: one sentence is the evidence of
    several events, so each part of a claim's text is read once."""
    return _unique(lexicon.content_words(lexicon.without_agencies(text)))


# "and"/"or" before a new noun phrase ("two Rafale jets and the frigate Lafayette", "four jets and two
# warships"): the words after it are another thing, not more words of the thing counted before it.
NEXT_THING_RE = re.compile(r"\s+(?:and|or|as well as|along with|plus)\s+(?=(?:the|a|an|its|their|his|her|\d|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several)\b)", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def _counts_of(evidence: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """Counted things of the evidence, each read up to the next noun phrase joined by "and" ("two jets and
    a frigate": the jets' count counts no frigate); lengths of time count nothing."""
    text = lexicon.without_agencies(evidence)
    parts = NEXT_THING_RE.split(text)
    counts = lexicon.counts_in(text) if len(parts) == 1 else tuple(chain.from_iterable(map(lexicon.counts_in, parts)))
    # A length of time ("flew for 50 minutes", "within 48 hours") is how long, not how many things.
    return tuple(c for c in counts if not _time_length(c[2]))


COMPOUND_RE = re.compile(r"^\s*([a-z]+ty)[-\s]([a-z]+)\b(.*)$", re.IGNORECASE)


def _whole_count(count: str | None) -> str | None:
    """A count as comparable text (lexicon.normalise_count), a hyphenated number word whole: "twenty-three" -> "23",
    "twenty-third" -> "23th"."""
    m = COMPOUND_RE.match(count or "")
    if m:
        tens, units = lexicon.normalise_count(m.group(1)), lexicon.normalise_count(m.group(2))
        digit, ordinal = (units or "").removesuffix("th"), (units or "").endswith("th")
        if tens and tens.isdigit() and tens.endswith("0") and digit.isdigit() and len(digit) == 1:
            return f"{int(tens) + int(digit)}{'th' if ordinal else ''}"
    return lexicon.normalise_count(count)


def _time_length(shown: str) -> bool:
    words = lexicon.counted_words(shown)
    return bool(words) and words[0].casefold() in lexicon.TIME_UNITS


@lru_cache(maxsize=1 << 15)
def _stanceless(evidence: str) -> bool:
    # A stance on a person counts (session 26): the record's people, which place him, are not known on the workers.
    return not takes_stance(evidence, things=True, persons=True)


@lru_cache(maxsize=1 << 15)
def _denied_words(evidence: str) -> tuple[str, ...]:
    return _unique(lexicon.content_words(denied_clause(evidence)))


@cache
def _negated_subject_re() -> re.Pattern[str]:
    """A negated subject at a clause's start (stance.toml [negated_subjects]), ending where the act's text starts."""
    rules = lexicon.stance_rules()["negated_subjects"]
    cues = spaced_alt(rules["cues"])
    not_after = "|".join(re.escape(w) for w in rules["not_after"])
    return re.compile(rf"(?:^|[,;:(]\s*|\b(?:that|said|says|and|but|while)\s+)(?:{cues})\b(?!\.)(?!\s+(?:{not_after})\b)"
                      r"(?:(?!\b(?:and|but|while|when|after|as|because)\b)[^,;:()]){0,50}$", re.IGNORECASE)


@cache
def _own_negated_re() -> re.Pattern[str]:
    """A summary's act opening with a negated subject's cue (stance.toml [negated_subjects])."""
    # Made once: the pattern's text was joined and escaped again for every event (~2% of parity's part).
    return re.compile(rf"(?:{'|'.join(map(re.escape, lexicon.stance_rules()['negated_subjects']['cues']))})\s",
                      re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def negated_subject(evidence: str, summary: str) -> bool:
    """The act the summary tells has a negated subject in its clause ("No American soldiers were killed",
    "Nobody was hurt"): told as not done."""
    act = summary.split(": ", 1)[1] if ": " in summary else summary
    act = act.rstrip("…").strip()[:24]
    if not act:
        return False
    pos = evidence.find(act)
    if pos < 0:
        return False
    own = _own_negated_re().match(act)
    if own and not re.match(r"no\.", act, re.IGNORECASE):
        return _negated_subject_re().search(evidence[: pos + own.end() - 1]) is not None
    return _negated_subject_re().search(evidence[:pos].rstrip()) is not None


@cache
def _false_report_re() -> re.Pattern[str]:
    """stance.toml [false_reports]: "Reports that <act> are false", the act's words as group "act"."""
    rules = lexicon.stance_rules()["false_reports"]
    return re.compile(rf"(?<![A-Za-z])(?:{spaced_alt(rules['nouns'])})\s+that\s+(?P<act>[^.;:!?]{{3,200}}?)\s+"
                      rf"(?:{spaced_alt(rules['verbs'])})\s+(?:(?:{spaced_alt(rules['adverbs'])})\s+)?"
                      rf"(?:{spaced_alt(rules['false'])})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def reported_false(evidence: str, summary: str) -> bool:
    """Session 28: the act the summary tells lies inside a report the text calls false ("Reports that our soldiers fired
    on unarmed civilians at the palace are false"): told as not done, as a denial tells it (stance.toml [false_reports]).
    evidence: with the words before it (an act's evidence may open after "Reports that")."""
    if "that" not in evidence:
        return False  # the cheap test first: most evidence holds no "that"
    act = (summary.split(": ", 1)[1] if ": " in summary else summary).rstrip("…").strip()[:24]
    for m in _false_report_re().finditer(evidence):
        if not act or evidence.find(act, m.start("act"), m.end("act") + len(act)) >= 0:
            return True
    return False


def _false_report_words(evidence: str) -> tuple[str, ...]:
    """The content words of the act a statement's evidence calls a false report, or none."""
    m = _false_report_re().search(evidence) if "that" in evidence else None
    return _unique(lexicon.content_words(m.group("act"))) if m else ()


# The subject of a deed a speaker tells as not done: its own people or things ("its pilots never touched the aircraft",
# "we did not fire"), up to a few words before the cue.
OWN_SUBJECT_RE = re.compile(r"\s*(?:(?:its|their|our|his|her)\s+(?:[\w-]+\s+){1,3}|(?:we|they|it)\s+)$", re.IGNORECASE)


AHEAD_RE = re.compile(r"\b(?:will|would|shall|can|could|must|may|might)\s*$", re.IGNORECASE)  # "will never leave": ahead


@cache
def _told_not_done_re() -> re.Pattern[str]:
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lexicon.stance_rules()["told_not_done"]["cues"])
    return re.compile(rf"(?<![A-Za-z'])(?:{cues})(?![A-Za-z'])", re.IGNORECASE)


@cache
def _speech_verb_re() -> re.Pattern[str]:
    """A verb of speech (words.toml [frame], [speaker], and the present of each past: "insisted" -> "insists")."""
    words = lexicon.load("words")
    verbs = set(words["frame"]["words"]) | set(words["speaker"]["verbs"])
    verbs |= {v[:-2] + "s" for v in words["speaker"]["verbs"] if v.endswith("ed")}
    return re.compile(rf"\b(?:{'|'.join(sorted(verbs, key=len, reverse=True))})\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 15)
def told_not_done(summary: str) -> tuple[str, ...]:
    """What a statement's own words tell as not done in the past ("Russia insists: its pilots never touched the
    aircraft" -> pilots, touched, aircraft; stance.toml [told_not_done]): the content words of its clause after the
    speaker's verb, empty when it tells nothing as not done."""
    told = summary.split(": ", 1)[1] if ": " in summary else summary
    m = _told_not_done_re().search(told)
    if m is None:
        return ()
    # The clause holding the cue: from its subject (after the speaker's verb or the last comma before the cue) to the
    # next clause's end.
    verb = None if ": " in summary else _speech_verb_re().search(told, 0, m.start())
    start = max(told.rfind(",", 0, m.start()) + 1, verb.end() if verb else 0)
    if not OWN_SUBJECT_RE.match(told[start : m.start()]) or AHEAD_RE.search(told[start : m.start()]):
        return ()  # "there was no evidence that ...", "the interception was not the first": no deed of its own denied
    end = CLAUSE_END_RE.search(told, m.end())
    return _unique(lexicon.content_words(told[start : end.start() if end else len(told)]))


UNCONFIRMED_BREAK_RE = re.compile(r"[,;:.!?]")  # a clause break between a not-saying cue and the act it frames


@cache
def _unconfirmed_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """stance.toml [unconfirmed]: a cue anywhere in a statement's frame, and one ending an act's prefix (its opener after)."""
    rules = lexicon.stance_rules()["unconfirmed"]
    cue = rf"(?:{spaced_alt(rules['negators'])})\s+(?:immediately\s+)?(?:{spaced_alt(rules['verbs'])})"
    return (re.compile(rf"(?<![\w-]){cue}(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-]){cue}\s+(?:(?:{spaced_alt(rules['openers'])})\s+)?$", re.IGNORECASE))


def unconfirmed(c: ClaimFacts) -> bool:
    """The claim is told only as not confirmed or not said ("Tass did not say the plane had been shot down", "did not
    confirm that its fighters had crossed"; stance.toml [unconfirmed]): negated by its frame alone, which denies
    nothing, so it is no witness for or against the act it names (status.derive_status)."""
    if not c.negated and c.modality != "denied":
        return False
    if c.kind == "statement":
        frame = c.event.summary.split(": ", 1)[0] if ": " in c.event.summary else c.event.evidence.exact
        # A denial verb beside it still denies ("denied the report and would not comment further").
        return _unconfirmed_res()[0].search(frame) is not None and not c.denied
    if _unconfirmed_res()[1].search(c.event.evidence.prefix) is not None:
        return True
    # Or the cue opens the act's own evidence ("Tass did not say the plane had been shot down." read as "shot down"):
    # a cue before the summary's words, no clause break between.
    exact, told = c.event.evidence.exact, c.event.summary.split(": ", 1)[-1].strip(" .")
    at = exact.casefold().find(told.casefold()) if told else -1
    cues = list(_unconfirmed_res()[0].finditer(exact, 0, max(at, 0)))
    return bool(cues) and not UNCONFIRMED_BREAK_RE.search(exact, cues[-1].end(), at)


def _negated_words(evidence: str, summary: str) -> tuple[str, ...]:
    """What a statement says with a negated subject ("said no oil depot had been hit"): its summary's words
    after the speaker, the clause it denies (stance.denied_clause reads only denial verbs)."""
    if not negated_subject(evidence, summary):
        return ()
    return _unique(lexicon.content_words(summary.split(": ", 1)[-1]))


def _not_done_words(event: Event) -> tuple[str, ...]:
    """What a statement tells as not done, less its speaker's words and the cue (told_not_done)."""
    speaker = set(_words_of(event.actor or ""))
    cue = set(lexicon.content_words(" ".join(lexicon.stance_rules()["told_not_done"]["cues"])))
    return tuple(w for w in told_not_done(event.summary) if w not in speaker and w not in cue)


class EventFacts(NamedTuple):
    """What one event tells parity before the record's people are known: a pure function of the event and
    when its source was written (`event_facts`), so the extraction workers make it beside the events."""

    actor: str | None
    sides: tuple[str, ...]  # states its role and actor name, without the people the record teaches
    objects: tuple[str, ...]
    place: str | None
    count: str | None
    counts: tuple[tuple[str, tuple[str, ...], str], ...]
    day: tuple[date, date] | None
    latest: date | None
    words: tuple[str, ...]
    core: tuple[str, ...]
    own_core: frozenset[str]
    speaker: frozenset[str]
    quote_words: tuple[str, ...]
    via: str | None
    written: tuple[date, date] | None
    negated: bool
    denied: tuple[str, ...]
    # A statement in which stances_in finds no stance for any speaker: a stance needs a target, which
    # the text alone names (with no acts around), so no side or person of the record can add one.
    stanceless: bool


# Where an act's subject starts before its summary in its sentence: a clause break or opener (parity.acts'
# CLAUSE_OPENERS_RE, with a comma: "On Tuesday, J-10 jets flew").
SUBJECT_START_RE = re.compile(r"(?:[;:,]|\b(?:after|as|when|while|following|since|before|because)\b)", re.IGNORECASE)
SUBJECT_THING_WORDS = 6  # the subject's last words before the act, where its doer's vehicle is named


def _subject_of(event: Event) -> str:
    """The words of the act's own clause before its summary ("the frigate HMS X struck the gunboat Y": "the frigate HMS X"),
    which the summary leaves out for its actor: the ship or aircraft that did the act (or, in a passive, the one it was
    done to), a thing of the act as much as its object."""
    return _subject_text(event.summary or "", event.evidence.exact)


def _subject_text(summary: str, exact: str) -> str:
    told = summary.split(": ", 1)[-1].rstrip("\u2026")[:40]
    at = exact.find(told) if told else -1
    if at <= 0:
        return ""
    return " ".join(SUBJECT_START_RE.split(exact[:at])[-1].split()[-SUBJECT_THING_WORDS:])


# A subject's last word that names the doer's institution or office, not a unit of its own: every act of it names it.
UNIT_NOT_HEADS = INSTITUTION_WORDS | TITLE_WORDS | {"officials", "authorities", "administration", "regime", "leaders",
                                                    "it", "they", "he", "she", "which", "who"}


def subject_head(event: Event) -> frozenset[str]:
    """The last content word of an act's subject before its summary, no state's name ("A Greek military helicopter
    crashed": helicopter; "Greek sailors replaced": sailor): who did it, in the words the summary replaced with its
    actor."""
    if event.kind.value == "statement":
        return frozenset()
    return _subject_head(event.summary or "", event.evidence.exact)


@lru_cache(maxsize=1 << 14)
def _subject_head(summary: str, exact: str) -> frozenset[str]:
    # Asked of a pair's claims each time score._cores_share reaches them: read once per summary and sentence.
    raw = lexicon.WORD_RE.findall(_subject_text(summary, exact))
    if not raw or raw[-1].casefold() in UNIT_NOT_HEADS or lexicon.sides_in(raw[-1].title()):
        return frozenset()  # "Venezuela's government arrested": the doer's institution, every act of it names
    return frozenset(_words_of(raw[-1]))


def event_facts(event: Event, when: tuple[date, date] | None) -> EventFacts:
    """The attributes of one event that need nothing else of the record (when: its source's `written`)."""
    actor = canonical_actor(event.actor)
    sides = list(lexicon.sides_in(event.actor_role or ""))
    if event.actor:
        sides += lexicon.sides_in(event.actor)
    quote = event.quote.text if event.quote else ""
    exact = event.evidence.exact
    # The event's own objects and those its summary or quote names; the evidence sentence only
    # when those name none (a sentence may hold several events, each with its own object).
    objects = [lexicon.canonical_object(o) for o in event.objects] + lexicon.objects_in(
        lexicon.without_settings(f"{event.summary} {quote}"))
    if not objects:
        objects = lexicon.objects_in(lexicon.without_settings(event.evidence.exact))
    elif event.kind.value != "statement":
        objects += lexicon.objects_in(lexicon.without_settings(_subject_of(event)))
    place_states = lexicon.sides_in(event.place) if event.place else []
    place = place_states[0] if place_states else lexicon.canonical_name(event.place)
    day = (event.date.start, event.date.end) if event.date.start and event.date.end else None
    past = event.modality.value not in ("planned", "expected", "conditional") and event.tense != "future"
    statement = event.kind.value == "statement"
    return EventFacts(
        actor=actor,
        sides=_unique(sides),
        objects=_unique(objects),
        place=place,
        # A count the timeline read from a name ("the Fifth Fleet", "Group of 20") counts nothing.
        # Nor does a clock time or a length of time ("at 02:48", "its first in two months").
        count=None if lexicon.named_count(exact, event.count) or lexicon.timed_count(exact, event.count)
        else _whole_count(event.count),
        counts=_counts_of(exact),
        day=day,
        latest=when[1] if day is None and when is not None and past else None,
        # The evidence, summary and quote read apart (each cached), in that order.
        words=_unique(chain(_words_of(_without_lead(exact)), _words_of(event.summary) if event.summary else (),
                            _words_of(quote) if quote else ())),
        core=_words_of(event.summary),
        own_core=frozenset(_words_of(event.summary)).difference(_words_of(event.actor or "")),
        speaker=_speaker_words(event) if statement else frozenset(),
        quote_words=_unique(lexicon.content_words(quote)),
        via=lexicon.agency(event.via),
        written=when,
        negated=event.polarity == "negative" or event.modality.value == "denied"
        or (statement and denies_joined(event.summary, exact)) or negated_subject(exact, event.summary)
        or (statement and bool(told_not_done(event.summary))) or reported_false(event.evidence.prefix + exact, event.summary),
        denied=(_denied_words(exact) or _negated_words(exact, event.summary) or _not_done_words(event)
                or _false_report_words(exact))
        if statement else (),
        stanceless=not statement or _stanceless(exact),
    )


# Enum members' values by member (Enum.value is a Python descriptor; claim_facts reads two per event).
VALUES: dict[Kind | Modality, str] = {m: m.value for enum in (Kind, Modality) for m in enum}


def claim_facts(event: Event, index: int, record: ExcerptRecord | None,
                people: dict[str, str], memo: dict[tuple[str, tuple[str, ...]], tuple[Stance, ...]] | None = None,
                facts: EventFacts | None = None) -> ClaimFacts:
    """The comparable attributes of one event (memo: stances already read, by evidence and sides,
    for one record's people; facts: event_facts of it, when made already)."""
    if facts is None:
        facts = event_facts(event, written(record) if record else None)
    sides = list(facts.sides)
    if facts.actor:  # a person's name words speak for the state the record's roles give them
        sides += [people[w.title()] for w in facts.actor.split() if w.title() in people]
    stances: tuple[Stance, ...] = ()
    if not facts.stanceless:  # only statements take stances: a test reported in the same sentence does not
        exact = event.evidence.exact
        key = (exact, _unique(sides))
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = tuple(stances_in(exact, key[1], people, things=True))
            if memo is not None:
                memo[key] = found
        stances = found
        if facts.actor and facts.actor not in sides and any(st.target.startswith(THING) for st in stances):
            # Session 28: a named speaker (a person or body) speaks for itself on a thing too, whether or not its state
            # is named ("Gabon's Prime Minister X blamed the opposition parties" / "X has been careful not to blame the
            # opposition parties"): its name is one of the stance's sides, so its own stance told both ways is one
            # position told otherwise (heldout23's Lesotho).
            stances = tuple(replace(st, sides=(*st.sides, facts.actor)) if st.target.startswith(THING)
                            and facts.actor not in st.sides else st for st in stances)
    return ClaimFacts(
        event=event,
        index=index,
        id=event.id,
        excerpt=event.excerpt,
        kind=VALUES[event.kind],
        modality=VALUES[event.modality],
        actor=facts.actor,
        sides=_unique(sides),
        objects=facts.objects,
        place=facts.place,
        count=facts.count,
        counts=facts.counts,
        day=facts.day,
        latest=facts.latest,
        words=facts.words,
        core=facts.core,
        own_core=facts.own_core,
        speaker=facts.speaker,
        quote_words=facts.quote_words,
        stances=stances,
        via=facts.via,
        written=facts.written,
        negated=facts.negated,
        denied=facts.denied,
    )


def claims_of(timeline: Timeline, facts: Sequence[EventFacts | None] | None = None) -> list[ClaimFacts]:
    """Every event of the record as a claim, in record order; facts, when given, holds each event's
    event_facts (None where not made), in record order."""
    records = {r.id: r for r in timeline.excerpts}
    people = surname_sides(timeline.events)
    memo: dict[tuple[str, tuple[str, ...]], tuple[Stance, ...]] = {}
    made = facts if facts is not None else [None] * len(timeline.events)
    claims = [claim_facts(ev, i, records.get(ev.excerpt), people, memo, pre)
              for i, (ev, pre) in enumerate(zip(timeline.events, made, strict=True))]
    acts: dict[str, list[ClaimFacts]] = {}
    # What a statement may only relay: an act, or a meeting of its sentence ("X will visit Leh, officials said").
    relayed: dict[str, list[ClaimFacts]] = {}
    said: dict[str, list[ClaimFacts]] = {}
    ends: dict[tuple[str, int], list[ClaimFacts]] = {}
    for c in claims:
        if c.kind != "statement":
            relayed.setdefault(c.excerpt, []).append(c)
        if c.kind not in ("statement", "meeting"):
            acts.setdefault(c.excerpt, []).append(c)
        elif c.kind == "statement" and c.stances:
            said.setdefault(c.excerpt, []).append(c)
        if not c.event.evidence.exact.rstrip().endswith(SENTENCE_ENDS):
            ends.setdefault((c.excerpt, c.event.evidence.end), []).append(c)
    last_end: dict[str, dict[int, int]] = {}  # excerpt -> evidence end -> the earliest start ending there
    for c in claims:
        ends_at = last_end.setdefault(c.excerpt, {})
        ev = c.event.evidence
        ends_at[ev.end] = min(ends_at.get(ev.end, ev.start), ev.start)
    # Another act of an act's sentence may hold its counts (_without_others_counts): the excerpts with counts, by start.
    counted = {c.excerpt for c in claims if c.counts}
    everyone = {excerpt: _Near(its, _evidence_span) for excerpt, its in _by_excerpt(claims, counted).items()}
    doers = {excerpt: _Near(act_doers(its), _doer_span) for excerpt, its in acts.items()}
    near_acts = {excerpt: _Near(its, _evidence_span) for excerpt, its in relayed.items()}
    near_said = {excerpt: _Near(its, _evidence_span) for excerpt, its in said.items()}
    # How far before a statement its sentence's "one before" can start (_with_act_stances' lo).
    reach = {excerpt: max(end - start for end, start in ends_at.items()) for excerpt, ends_at in last_end.items()}
    nothing = _Near([], _evidence_span)
    # Stances read with the acts around (_with_act_stances), by text, sides and doers: events of one sentence ask alike.
    read: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], tuple[Stance, ...]] = {}
    told_before: dict[str, _ActsBefore] = {}
    out = []
    for c in claims:
        ev = c.event.evidence
        if c.counts and c.kind != "statement":
            c = _without_others_counts(c, everyone[c.excerpt].near(ev.start, ev.end))
        if c.kind == "statement":
            its_doers = doers.get(c.excerpt, nothing)
            if c.excerpt not in told_before:
                told_before[c.excerpt] = _ActsBefore(its_doers.items)
            window = its_doers.near(ev.start - SENTENCE_GAP - reach[c.excerpt], ev.end)
            c = _with_act_stances(c, window, last_end[c.excerpt], people, read)
            c = _with_earlier_act_stances(c, window, last_end[c.excerpt], people, read, told_before[c.excerpt])
            c = _without_relayed_stances(c, near_said.get(c.excerpt, nothing).near(ev.start, ev.end))
            c = _without_sentence_mates_stances(c, near_said.get(c.excerpt, nothing).near(ev.start, ev.end), people)
            c = _own_thing_stances(c)
            if c.negated and _stance_negation_only(c):
                # Nor is its modality a denial (session 26): "neither X nor Y are criticizing Z" denies no event, and
                # a link showed "modality asserted / denied" beside the stance, which an editor reads as a denial.
                c = replace(c, negated=False, modality="asserted" if c.modality == "denied" else c.modality)
        if c.kind == "statement" and _attributes(c, near_acts.get(c.excerpt, nothing).near(ev.start, ev.end)):
            c = replace(c, attribution=True)
        elif c.kind not in ("statement", "meeting"):
            c = _with_clause_counts(c, ends)
        out.append(c)
    from parity.sole import (
        with_rivals,  # here, not above: parity.sole reads this module's ClaimFacts and same_actor
    )

    return with_rivals(out)


def _by_excerpt(claims: Iterable[ClaimFacts], excerpts: set[str]) -> dict[str, list[ClaimFacts]]:
    """The claims of the given excerpts, by excerpt, in record order."""
    out: dict[str, list[ClaimFacts]] = {}
    for c in claims:
        if c.excerpt in excerpts:
            out.setdefault(c.excerpt, []).append(c)
    return out


def _without_others_counts(c: ClaimFacts, others: Iterable[ClaimFacts]) -> ClaimFacts:
    """c with the counts another act of its sentence names in its summary, and c's does not, marked as that act's
    (`others_counts`): in "marines landed on the reef, and Ankara, which had sent 12 frigates, said ..." the frigates
    are the sending's count, not the landing's (an event's evidence is often its whole sentence). A statement's count
    is what it reports of the acts around, and a toll is the act's too (_with_clause_counts): both stay."""
    own = {n[0] for n in _counts_of(c.event.summary)} if c.event.summary else set()
    start, end = c.event.evidence.start, c.event.evidence.end
    theirs: set[tuple[str, str]] = set()
    for other in others:
        ev = other.event.evidence
        if other.id == c.id or not (ev.start < end and start < ev.end) or not other.event.summary \
                or other.kind == "statement":
            continue
        if other.event.summary in (c.event.summary or "") or (c.event.summary or "") in other.event.summary:
            continue  # one wording of one fact
        theirs.update((n[0], n[2]) for n in _counts_of(other.event.summary))
    if not theirs:
        return c
    # A count is matched by its value and its words as the other's summary shows them.
    outcomes = _outcome_words()
    others = tuple(n for n in c.counts if n[0] not in own and outcomes.isdisjoint(n[1]) and any(
        v == n[0] and _shown_in(shown, n[2]) for v, shown in theirs))
    return replace(c, others_counts=others) if others else c


@cache
def _outcome_words() -> frozenset[str]:
    """The outcome heads (words.toml [heads] killed, injured) as content_words reads them."""
    return frozenset(lexicon.content_words("killed injured"))


def _shown_in(summary_shown: str, evidence_shown: str) -> bool:
    """One count as a summary and its evidence show it: one is the other's start (a summary may end mid-phrase)."""
    a, b = summary_shown.casefold(), evidence_shown.casefold()
    return a.startswith(b) or b.startswith(a)


def _evidence_span(c: ClaimFacts) -> tuple[int, int]:
    return c.event.evidence.start, c.event.evidence.end


def _doer_span(d: ActDoer) -> tuple[int, int]:
    return d[0], d[1]


class _Near:
    """One excerpt's items by their span's start, so the items whose span may overlap a span are found
    without reading them all (each statement read every act of its excerpt: quadratic on one huge excerpt)."""

    def __init__(self, items: Sequence[Any], span: Callable[[Any], tuple[int, int]]) -> None:
        spans = list(map(span, items))
        order = sorted(range(len(items)), key=lambda k: spans[k][0])  # stable: ties keep the given order
        self.items = [items[k] for k in order]
        self.starts = [spans[k][0] for k in order]
        self.reach = max((end - start for start, end in spans), default=0)  # the longest span

    def near(self, start: int, end: int) -> list[Any]:
        """A superset of the items overlapping start..end: every item starting after start - reach and before end."""
        return self.items[bisect_right(self.starts, start - self.reach):bisect_left(self.starts, end)]


def _without_relayed_stances(c: ClaimFacts, others: Iterable[ClaimFacts]) -> ClaimFacts:
    """A statement's stances less those held by the speaker of another statement of its sentence:
    in "Russia backed Bishkek's call, Kyrgyz officials said" the backing is Russia's statement, and
    the officials who relay it take no stance of their own."""
    if not c.stances or not c.sides:
        return c  # a speaker of unknown side may be the other's (Lavrov after "Moscow condemned")
    start, end = c.event.evidence.start, c.event.evidence.end
    held: set[str] = set()
    for other in others:
        ev = other.event.evidence
        if other.id != c.id and ev.start < end and start < ev.end and not set(other.sides) & set(c.sides):
            held.update(other.sides)
    if not held:
        return c
    kept = tuple(st for st in c.stances if not set(st.sides) & held or set(st.sides) & set(c.sides))
    return replace(c, stances=kept) if kept != c.stances else c


def _summary_stances(c: ClaimFacts, people: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The (stance, polarity) pairs a statement's own words, its summary, take."""
    if not c.event.summary:
        return frozenset()
    return frozenset((st.stance, st.polarity) for st in stances_in(c.event.summary, c.sides, people, things=True))


def _bare_attribution(c: ClaimFacts) -> bool:
    """A statement whose summary tells only its speaker, the states it names and a reporting verb ("the minister
    noted", "Reports from London say")."""
    states = set(lexicon.content_words(" ".join(lexicon.sides_in(c.event.summary)))) if c.event.summary else set()
    return not (c.own_core - c.speaker - states)


def _without_sentence_mates_stances(c: ClaimFacts, others: Iterable[ClaimFacts], people: dict[str, str]) -> ClaimFacts:
    """A statement's stances less those another speaker's statement of its sentence takes in its own words
    (session 18): in "X stopped short of criticising Y, and a spokesman said only that Z hoped ..." or "European
    states condemned X, according to reports received in Z" the stance is its own clause's speaker's. A bare
    attribution of a named speaker keeps them ("Foreign Minister X said": its said words are its sentence-mate's
    clause; not "according to reports", nobody's stance), and so does a statement whose own words
    hold a stance cue of any class, whatever its target (when only a cue of the stance's own class kept them, a
    blind set lost two links)."""
    if not c.stances or c.actor is not None and _bare_attribution(c) or cue_classes(c.event.summary or ""):
        return c
    start, end = c.event.evidence.start, c.event.evidence.end
    theirs: set[tuple[str, str]] = set()
    for other in others:
        ev = other.event.evidence
        # One speaker's two statements of a sentence ("told reporters ..., repeating that ...") share its stances.
        if other.id != c.id and ev.start < end and start < ev.end and other.actor != c.actor:
            theirs |= _summary_stances(other, people)
    if not theirs:
        return c
    kept = tuple(st for st in c.stances if (st.stance, st.polarity) not in theirs)
    return replace(c, stances=kept) if kept != c.stances else c


def _own_thing_stances(c: ClaimFacts) -> ClaimFacts:
    """A statement's stances on things (stance.THING) only where its own words, its summary, take them: in "X's
    government endorsed the plan, a spokesman said" the spokesman relays the government's stance."""
    if not any(st.target.startswith(THING) for st in c.stances):
        return c
    own = {(st.stance, st.target, st.polarity) for st in stances_in(_summary_words(c), c.sides, things=True)
           if st.target.startswith(THING)} if c.event.summary else set()
    kept = tuple(st for st in c.stances if not st.target.startswith(THING) or (st.stance, st.target, st.polarity) in own)
    return replace(c, stances=kept) if kept != c.stances else c


def _summary_words(c: ClaimFacts) -> str:
    """Session 21 (pstatus21): a summary as the words it stands for: its "Speaker verb: what was said" read as one clause
    ("African Union condemned the transfer as ..."), and a summary clipped at its length ("…") carried on through its
    evidence, so a stance its own words take past the clip is its own ("said it was following the situation and
    stopped short of calling the transfer a coup")."""
    text = c.event.summary or ""
    head, colon, said = text.partition(": ")
    if not colon:
        return text
    if said.endswith("…"):
        evidence = " ".join(c.event.evidence.exact.split())
        at = evidence.find(said[:-1].rstrip())
        if at >= 0:
            said = evidence[at:]
    return f"{head} {said}"


SENTENCE_GAP = 3  # characters between one sentence's evidence and the next (". ", a paragraph break)


# An act that can be a stance's object: its evidence's start and end, its act heads, its doer's side.
ActDoer = tuple[int, int, frozenset[str], str]


def act_doers(acts: Iterable[ClaimFacts]) -> list[ActDoer]:
    """The acts of one excerpt with a known side and act heads, in order (read once per excerpt, not per statement)."""
    heads = lexicon.act_heads()
    out = []
    for act in acts:
        side = lexicon.sides_in(act.event.actor or "")
        # An act is also named by its kind's heads ("the launch" of a missile told as "fired"; words.toml [kind_heads]).
        core = heads.intersection(act.core) | lexicon.kind_heads(act.kind) | _kind_nouns().get(act.kind, frozenset())
        if side and core:
            out.append((act.event.evidence.start, act.event.evidence.end, frozenset(core), side[0]))
    return out


@cache
def _kind_nouns() -> dict[str, frozenset[str]]:
    """stance.toml [acts.kind_nouns]: kind -> the nouns naming its acts whatever their verb, as content words."""
    return {kind: frozenset(lexicon.content_words(" ".join(nouns)))
            for kind, nouns in lexicon.load("stance")["acts"].get("kind_nouns", {}).items()}


class _ActsBefore:
    """One excerpt's act_doers by act head, each head's in order of start: the acts told before a point whose heads a
    statement's words name, found without reading every act of the excerpt (_Near's reason)."""

    LIMIT = 16  # the nearest acts per head looked at: enough to see two sides' acts of one head

    def __init__(self, acts: Sequence[ActDoer]) -> None:
        self.by_head: dict[str, tuple[list[int], list[tuple[frozenset[str], str]]]] = {}
        for act_start, _, core, side in sorted(acts, key=lambda a: a[0]):
            for head in core:
                starts, items = self.by_head.setdefault(head, ([], []))
                starts.append(act_start)
                items.append((core, side))

    def named(self, start: int, words: Iterable[str]) -> list[tuple[frozenset[str], str]]:
        """The (heads, side) of the acts starting before start whose heads words name, the nearest LIMIT per head."""
        out: dict[tuple[frozenset[str], str], None] = {}
        for word in words:
            if word in self.by_head:
                starts, items = self.by_head[word]
                k = bisect_left(starts, start)
                out.update(dict.fromkeys(items[max(0, k - self.LIMIT):k]))
        return list(out)


def _stance_negation_only(c: ClaimFacts) -> bool:
    """A statement whose only negation is a stance's ("declined to take Islamabad's side", "did not criticise
    Moscow"): it says nothing is untrue, so its stance is compared, not its polarity; a denial verb's clause
    ("denied that any shots were fired") still negates."""
    return bool(c.stances) and not c.denied and all(st.polarity == "negative" or st.stance == NEUTRAL
                                                    for st in c.stances)


def _window_doers(c: ClaimFacts, acts: Iterable[ActDoer], ends_at: dict[int, int]) -> list[tuple[frozenset[str], str]]:
    """The (heads, side) of the acts of c's sentence and the one before (acts: act_doers of its excerpt near it)."""
    start, end = c.event.evidence.start, c.event.evidence.end
    before = [ends_at[e] for e in range(start - SENTENCE_GAP, start + 1) if e in ends_at and ends_at[e] < start]
    lo = min(before, default=start)
    return [(core, side) for act_start, act_end, core, side in acts if act_start < end and lo < act_end]


def _with_act_stances(c: ClaimFacts, acts: Iterable[ActDoer], ends_at: dict[int, int],
                      people: dict[str, str],
                      read: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], tuple[Stance, ...]] | None = None,
                      ) -> ClaimFacts:
    """A statement's stances read again with the acts of its sentence and the one before (by known
    sides; acts: act_doers of its excerpt): "condemned the strikes" is aimed at whoever struck (parity/stance.py);
    read: stances already read for one record's people, by text, sides and doers."""
    return _read_with_doers(c, _window_doers(c, acts, ends_at), people, read)


def _with_earlier_act_stances(c: ClaimFacts, acts: Iterable[ActDoer], ends_at: dict[int, int], people: dict[str, str],
                              read: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], tuple[Stance, ...]] | None,
                              earlier: _ActsBefore) -> ClaimFacts:
    """Session 19 (pstatus19): an undated statement with no act in its sentence or the one before (acts, ends_at as
    _with_act_stances) reads its stances on acts against the acts told before it in its excerpt whose heads its words
    name (earlier), so "called for calm, stopping short of condemning the strikes" four paragraphs after "US jets
    struck" withholds blame from the US; aimed only when they are one side's acts (stance._act_target). A statement
    dated on its own ("weeks later ... on Thursday") may be of another turn of events: the window alone
    (tests/parity/test_act_stances.py)."""
    if c.day is not None or _window_doers(c, acts, ends_at):
        return c
    # Only acts its own words name by their heads: a generic object ("the measures", "the attacks") would take every
    # earlier act, and one side's there is no sure target so far from the sentence.
    return _read_with_doers(c, earlier.named(c.event.evidence.start, c.words), people, read)


def _read_with_doers(c: ClaimFacts, doers: list[tuple[frozenset[str], str]], people: dict[str, str],
                     read: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], tuple[Stance, ...]] | None) -> ClaimFacts:
    """c with the stances its evidence takes given the acts' doers around it (none: c as it is)."""
    if not doers:
        return c
    key = (c.event.evidence.exact, c.sides, tuple(sorted(set(doers), key=repr)))
    found = read.get(key) if read is not None else None
    if found is None:
        found = tuple(stances_in(key[0], key[1], people, key[2], things=True))
        if read is not None:
            read[key] = found
    return replace(c, stances=found) if found != c.stances else c


SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")
CLAUSE_GAP = 2  # characters (spaces) between two events' evidence that are clauses of one sentence


def _with_clause_counts(c: ClaimFacts, ends: dict[tuple[str, int], list[ClaimFacts]]) -> ClaimFacts:
    """An act's counts with those of the clause just before it in its sentence ("four crew were injured
    | when ships fired water cannon"): the extractor may split one sentence's facts between two events."""
    start = c.event.evidence.start
    extra = [n for gap in range(CLAUSE_GAP + 1) for other in ends.get((c.excerpt, start - gap), ())
             for n in other.counts if n not in c.counts]
    return replace(c, counts=c.counts + tuple(dict.fromkeys(extra))) if extra else c


ATTRIBUTED_SHARE = 0.75  # share of a statement's own words that an act of its sentence holds
# Words a statement must say of a meeting to relay it ("X will visit Leh this weekend, officials said"): fewer are a
# remark's setting ("said after the talks").
RELAYED_MEETING_WORDS = 3


def _attributes(statement: ClaimFacts, acts: Iterable[ClaimFacts]) -> bool:
    """The statement only relays an act of its sentence: its summary names its speaker alone, or
    what it says (its summary less its speaker) is mostly that act's words; or another party's meeting's, in at
    least RELAYED_MEETING_WORDS words mostly its summary's."""
    start, end = statement.event.evidence.start, statement.event.evidence.end
    said = statement.own_core - statement.speaker
    for act in acts:
        if act.event.evidence.start < end and start < act.event.evidence.end:
            # A meeting is relayed only in its own words (its summary): a sentence may hold a meeting and another
            # statement of the same person ("called a meeting of his cabinet and asked parliament to ...").
            if act.kind == "meeting":
                # A summary that is only its speaker ("the ministry said") tells no relay of a meeting apart from a
                # remark of its own: only words it shares with the meeting's do. A party telling its own meeting
                # ("Tehran was ready to resume talks", Iran said) takes a position of its own.
                own = statement.actor is not None and act.actor is not None and (
                    same_actor(statement.actor, act.actor) or act.actor in statement.sides)
                if not own and len(said) >= RELAYED_MEETING_WORDS and len(said.intersection(act.core)) >= ATTRIBUTED_SHARE * len(said):
                    return True
            elif not said or len(said.intersection(act.words)) >= ATTRIBUTED_SHARE * len(said):
                return True
    return False


def clear_caches() -> None:
    """Empty the per-text caches (filled with a record's actors and sentences, never read by later stages)."""
    for fn in (canonical_actor, _words_of, _counts_of, _denied_words, _stanceless, speaker_phrase, _named_words,
               _subject_head, denies_joined, reported_false):
        fn.cache_clear()
    _KEPT.clear()
