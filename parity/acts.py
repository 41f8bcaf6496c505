"""Acts across kinds, sides and times: the rules parity/score.py adds to its own for one act.

- Compatible kinds (`firing_of_two_kinds`): one actor's missile test and its live-fire exercise
  (an exercise whose summary names firing, words.toml [firing]) on overlapping short intervals, or one
  told undated in a source written on the other's last day or the next (session 11), are one firing that two sources
  file under two kinds.
- One incident from either side (`from_either_side`): the side that did it and the side it was
  done to tell one act ("shot down four Russian warplanes" / "Russia lost two Su-25 jets"): the
  same kind, one act head in both summaries, two known actors, one of them named in the other's
  summary, overlapping short intervals (or one undated, written within EVENT_WINDOW_DAYS of the other).
  The actors differ by telling, not by fact; the counts each side gives are compared. When each
  summary names the other's side (`crossed`), they are an exchange: two acts (meetings too, when both
  summaries name a one-way head, words.toml [one_way]: each side summoned the other's envoy). Acts both sides do to
  each other (words.toml [mutual]: an exchange of fire) are each side's own: never one incident.
- One trip (`one_trip`): one actor's arrival and its departure (words.toml [trips]) at one place
  (or a place named on one side only), the departure not before the arrival and at most TRIP_DAYS
  after it: one subject at two times.
- A statement and the act it speaks of (`announces`): a statement whose sentence names the act
  head of an act (not a statement or meeting) by its own side, with a cue of an act to come
  (words.toml [announce] ahead: "vowed to retaliate", "due to run until") said no later than
  the act, or of its end ([announce] after: "declared over") said no earlier: one subject at two times.
  Only a statement with a day of its own: an undated one ("the drills will run until Sunday, the ministry said")
  is mostly the frame of its sentence's act, which links on its own (session 10: undated ones linked drills and
  their frames weeks apart on unseen sets; no right link was lost on any corpus).
- A threat and its carrying out (`carries_out`): a statement threatening without act words (words.toml
  [threat]: "would respond", "vowed a response"; a day phrase may stand after the cue's first word: "vowed on
  Tuesday to respond", `CUE_DAY`) and an act by its side, dated on or after the
  statement and at most THREAT_DAYS later (undated: told after the threat's day), whose sentence names a party the statement names
  (other than the speaker's and the act's own sides): the threatened party. A threat naming no other
  party ("shall respond at the time and place of its choosing") is carried out by its side's attack
  (an act head of words.toml [threat_acts]) dated after any day the threat was made and at most
  UNNAMED_THREAT_DAYS later. The cue is in the statement's own words: its summary, or its summary's clause
  ("called the measures a provocation and promised a response" tells a characterisation). Cues are matched with
  quote marks removed ('"may" take further action'). The act's side is its actor's and that of any
  side named as its joint subject ("US and British warplanes ... struck"); a speaker of unknown side
  speaks for the sides its sentence names before the cue ("Britain and its allies may take action").
- A summit announced and held (`meeting_outcome`): a planned meeting and a statement, in a source
  written later, made from its
  first day (all its possible days) to MEETING_OUTCOME_DAYS after its last, by its actor (or a member), whose sentence names
  at least MEETING_PARTIES of the states the meeting's sentence names: its parties on its outcome. Session 16: a bloc's
  planned meeting (its actor's or named in its summary) and, in a source written later, that bloc's own statement or
  act dated within the meeting's days: what it agreed or said (`_bloc_outcome`; tests/data/eval/README.md, planned meetings).
- A body's meeting and the vote that ended its debate (`vote_on_it`, session 22): a meeting of a body that acts by
  meeting and an act telling a vote, by whoever cast it, on a planned meeting's days or within VOTE_DAYS of a held one's
  first, whose sentence names the text voted on ("began its debate on Tuesday night" / "vetoed a Security Council
  resolution").
- What followed (`follows`): one known actor's acts of one kind, the second's head following the
  first's in words.toml [sequels] (arrest -> release, postponed -> suspended), dated on or after it
  and at most SEQUEL_DAYS later: one subject at two times.
- An act whose summary names no act head ("will continue through Sunday") is, for `announces`, what
  its sentence names by the heads of its kind (words.toml [kind_heads]: drills for an exercise).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import chain

from excerpt.letters import LOWER, UPPER
from parity import lexicon
from parity.claims import ClaimFacts, folded_name, per_claim, same_actor
from parity.models import Difference
from timeline.lexicon import spaced_alt

ACT_SPAN_DAYS = 7  # dates no vaguer than a week tell one act
ACT_GAP_DAYS = 1  # one act head on days this far apart (a day's shift across time zones)
EVENT_WINDOW_DAYS = 3  # an undated telling written this close to a dated one may be the same act
STATEMENT_RECENT_DAYS = 3  # an undated statement was made at most this many days before its source
OPENING_WORDS = 3  # a summary names its own doer (its subject) in its first words: "The Azerbaijani navy sank"
SEQUEL_DAYS = 31  # the longest wait between an act and the one that follows it on one subject (an arrest, a release)
TRIP_DAYS = 31  # the longest stay between an arrival and a departure read as one trip
THREAT_DAYS = 31  # the longest wait between a threat and the act that carries it out
MEETING_OUTCOME_DAYS = 7  # a planned meeting's parties speaking this many days after it speak of its outcome
UNNAMED_THREAT_DAYS = 14  # the same for a threat naming no party: only its side's acts this soon after
END_TOLD_DAYS = 3  # an act's end is told at most this many days after its last day known (announces)
FIRING_KINDS = frozenset({"missile_test", "military_exercise"})
NOT_ACTS = frozenset({"statement", "meeting"})
FACT = frozenset({"asserted", "reported_claim"})
PLANS = frozenset({"planned", "expected"})


def day_gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    """Days between two intervals: 0 when they overlap, None when either is undated."""
    if a is None or b is None:
        return None
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return (b[0] - a[1]).days if b[0] > a[1] else (a[0] - b[1]).days


def said_when(c: ClaimFacts) -> tuple[date, date] | None:
    """A claim's date, else the STATEMENT_RECENT_DAYS up to its source's writing; None if neither."""
    if c.day is not None:
        return c.day
    if c.written is None:
        return None
    return c.written[0] - timedelta(days=STATEMENT_RECENT_DAYS), c.written[1]


def _short(c: ClaimFacts) -> bool:
    return c.day is not None and (c.day[1] - c.day[0]).days <= ACT_SPAN_DAYS


def _words(name: str) -> frozenset[str]:
    return frozenset(chain.from_iterable(lexicon.content_words(w) for w in lexicon.load("words")[name]["words"]))


@cache
def firing_words() -> frozenset[str]:
    """The stems of words.toml [firing], as content_words reads them."""
    return _words("firing")


def firing_of_two_kinds(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One actor's missile test and live-fire exercise on overlapping short intervals, or one of them told undated in a
    source written on the other's last day or at most ACT_GAP_DAYS after (one news cycle): one firing."""
    if a.kind == b.kind or {a.kind, b.kind} != FIRING_KINDS:
        return False
    if a.actor is None or not same_actor(a.actor, b.actor) or not (_short(a) or _short(b)):
        return False
    if not (_short(a) and _short(b) and day_gap(a.day, b.day) == 0 or _one_cycle(a, b)):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.modality != b.modality and "asserted" not in (a.modality, b.modality):
        return False
    drill = a if a.kind == "military_exercise" else b
    return bool(firing_words().intersection(drill.core))


def _one_cycle(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim dated on a short interval, the other undated in a source written on its last day or at most
    ACT_GAP_DAYS after."""
    if (a.day is None) == (b.day is None):
        return False
    dated, undated = (a, b) if a.day is not None else (b, a)
    return (_short(dated) and undated.latest is not None
            and 0 <= (undated.latest - dated.day[1]).days <= ACT_GAP_DAYS)


@cache
def _trip_ends() -> tuple[tuple[str, str], ...]:
    return tuple((lexicon.stem(a), lexicon.stem(d)) for a, d in lexicon.load("words")["trips"]["ends"])


def one_trip(a: ClaimFacts, b: ClaimFacts) -> bool:
    """a and b are the arrival and the departure of one trip, in either order (module docstring)."""
    if a.kind in NOT_ACTS or b.kind in NOT_ACTS or a.actor is None or not same_actor(a.actor, b.actor):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    for arrive, depart in _trip_ends():
        came, went = (a, b) if arrive in a.core else (b, a)
        if arrive not in came.core or depart not in went.core or depart in came.core or arrive in went.core:
            continue
        if came.day is None or went.day is None:
            return True
        return came.day[0] <= went.day[1] and (went.day[0] - came.day[1]).days <= TRIP_DAYS
    return False


def _act_heads_shared(a: ClaimFacts, b: ClaimFacts) -> frozenset[str]:
    return lexicon.one_head(a.core, b.core)


def _names(c: ClaimFacts, state: str) -> bool:
    # The summary only: the sentence around it often names the other side for another reason.
    return state in lexicon.sides_in(c.event.summary)


def _opens_with(c: ClaimFacts, state: str) -> bool:
    """The summary's first OPENING_WORDS words name the state: its subject, the doer it tells."""
    return state in lexicon.sides_in(" ".join((c.event.summary or "").split()[:OPENING_WORDS]))


def _near(a: ClaimFacts, b: ClaimFacts) -> bool:
    gap = day_gap(a.day, b.day)
    if gap is not None:
        # Overlapping days: a strike and the counter-strike a day later are two acts.
        return gap == 0 and _short(a) and _short(b)
    undated, other = (a, b) if a.day is None else (b, a)
    if undated.latest is None:
        return False
    last = other.day[1] if other.day is not None else other.latest
    return last is not None and 0 <= (undated.latest - last).days <= EVENT_WINDOW_DAYS


def from_either_side(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One incident told by the side that did it and by the side it was done to (module docstring)."""
    if a.kind != b.kind or a.kind in NOT_ACTS or a.actor is None or b.actor is None:
        return False
    shared, driven = _act_heads_shared(a, b), driven_out(a, b)
    if same_actor(a.actor, b.actor) or not (shared or driven) or (shared and shared <= _mutual_heads()):
        return False  # an exchange of fire: each side fired, two acts
    if a.place and b.place and a.place != b.place:
        return False
    if not driven and _names(a, b.actor) == _names(b, a.actor):
        return False  # neither names the other side, or both do (crossed: two acts)
    if _opens_with(a, b.actor) or _opens_with(b, a.actor):
        # Session 23 (plink23): a summary whose subject is the other's actor ("The Azerbaijani navy sank a patrol
        # boat", read with another doer) tells that actor's own act: a doer misread, not the other side's telling.
        return False
    return (a.modality in FACT) == (b.modality in FACT) and _near(a, b)


@cache
def _drive_heads() -> tuple[str, frozenset[str]]:
    """The heads of a side driven out and of a side leaving: withdrawing (words.toml withdraw) or abandoning a place
    (paraphrases.toml give_up: "abandoned the capital")."""
    return lexicon.stem("drive_out"), frozenset((lexicon.stem("withdraw"), lexicon.stem("give_up")))


def driven_out(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One claim tells its doer driving out the other's doer, named in its summary ("drove the Islamic Front from the
    city"), the other that doer withdrawing or abandoning the place ("the Front's fighters withdrew from the city",
    "the Front abandoned the capital"): one incident told from either side, whatever place the withdrawing side's
    summary names (its state may be the driver's)."""
    drive, leaving = _drive_heads()
    for driver, leaver in ((a, b), (b, a)):
        if drive in driver.core and not leaving.isdisjoint(leaver.core) and drive not in leaver.core:
            return _names_party(driver, leaver.actor or "")
    return False


def _names_party(c: ClaimFacts, actor: str) -> bool:
    """The summary names the actor: a state by its names, a movement or body by the words of its name (two at least
    when it has two: "the Islamic Courts" names the Union of Islamic Courts)."""
    if actor in lexicon.sides_in(c.event.summary):
        return True
    words = set(lexicon.content_words(actor))
    return bool(words) and len(words & set(c.core)) >= min(2, len(words))


@cache
def _mutual_heads() -> frozenset[str]:
    """Heads of what both sides do to each other (words.toml [mutual]), stemmed."""
    return frozenset(lexicon.stem(h) for h in lexicon.load("words")["mutual"]["names"])


def mutual_only(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The only act heads both summaries share are of what both sides do to each other ([mutual])."""
    shared = _act_heads_shared(a, b)
    return bool(shared) and shared <= _mutual_heads()


def sides_parts(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two known, different actors' parts of what both sides do to each other ("Tajik guards returned
    fire" / "Kyrgyz guards opened fire"): two acts however alike the words (words.toml [mutual])."""
    if a.kind in NOT_ACTS or a.actor is None or b.actor is None or same_actor(a.actor, b.actor):
        return False
    shared = _act_heads_shared(a, b)
    return bool(shared) and shared <= _mutual_heads()


def crossed(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two sides' acts, each against the other ("Georgian jets bombed Russian positions" / "Russian
    bombers struck Georgian positions"): an exchange, two acts, however alike the words. Meetings
    too when both summaries name a one-way head (words.toml [one_way]: "summoned")."""
    if a.actor is None or b.actor is None or same_actor(a.actor, b.actor):
        return False
    if a.kind in NOT_ACTS and not (a.kind == b.kind == "meeting" and _one_way(a) and _one_way(b)):
        return False
    return _names(a, b.actor) and _names(b, a.actor)


@cache
def _envoy_re() -> re.Pattern[str]:
    """words.toml [one_way] envoys: a word or two (a state, its demonym or possessive) before an envoy's title."""
    nouns = spaced_alt(lexicon.load("words")["one_way"]["envoys"])
    word = rf"[{UPPER}][\w'’-]*(?:\.[\w'’-]+)*\.?"  # "Iranian", "Britain's", "U.S." (nouns are lower case: no sentence end)
    return re.compile(rf"({word}(?:\s+{word})?)\s+(?:{nouns})\b")


@lru_cache(maxsize=4096)
def _envoys_of(text: str) -> frozenset[str]:
    """The states whose envoys a sentence names ("the Iranian ambassador", "Britain's envoy")."""
    return frozenset(side for hit in _envoy_re().finditer(text) for side in lexicon.sides_in(hit.group(1)))


def envoys_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Session 22 (plink22): two summonses (words.toml [one_way]) whose sentences name envoys of two states, neither
    naming the other's ("Britain summoned the Iranian ambassador" / "the British ambassador had been summoned to the
    ministry"): each side summoned the other's envoy, two acts, even when a summary names neither doer (`crossed` needs
    both)."""
    if not (_one_way(a) and _one_way(b)):
        return False
    here, there = _envoys_of(a.event.evidence.exact), _envoys_of(b.event.evidence.exact)
    return bool(here) and bool(there) and here.isdisjoint(there)


@cache
def _one_way_heads() -> frozenset[str]:
    return frozenset(lexicon.stem(h) for h in lexicon.load("words")["one_way"]["names"])


def _one_way(c: ClaimFacts) -> bool:
    return not _one_way_heads().isdisjoint(c.core)


def incident_count(a: ClaimFacts, b: ClaimFacts) -> Difference | None:
    """The counts two sides give for one incident: the events' counts, else the first number of each summary."""
    if a.count and b.count:
        return None if a.count == b.count else Difference(attribute="count", here=a.event.count, there=b.event.count)
    ca, cb = lexicon.counts_in(a.event.summary), lexicon.counts_in(b.event.summary)
    if ca and cb and ca[0][0] != cb[0][0]:
        return Difference(attribute="count", here=ca[0][2], there=cb[0][2])
    return None


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("words")["announce"]

    return _cue_pattern(data["ahead"]), _cue_pattern(data["after"])


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    gap = r"(?:\s+[\w'-]+){0,3}\s+"  # " ... " in a cue: up to three words ("declared the drills over")
    body = "|".join(re.escape(w).replace(re.escape(" ... "), gap) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A day phrase news English puts between a cue's verb and the rest ("vowed on Tuesday to respond", "warned late on
# Sunday of a response", "pledged yesterday to hit back"): the cue is still one.
CUE_DAY = (rf"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening))?"
           r"|\s+(?:yesterday|today))?")


@cache
def _threat_re() -> re.Pattern[str]:
    cues = lexicon.load("words")["threat"]["cues"]
    gap = r"(?:\s+[\w'-]+){0,3}\s+"  # " ... " in a cue: up to three words
    forms = []
    for cue in sorted(cues, key=lambda w: (-len(w), w)):
        first, _, rest = cue.partition(" ")
        tail = re.escape(" " + rest).replace(re.escape(" ... "), gap) if rest else ""
        forms.append(re.escape(first) + (CUE_DAY + tail if rest else ""))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def carries_out(s: ClaimFacts, e: ClaimFacts) -> bool:
    """e is an act carrying out the act-less threat of statement s (module docstring)."""
    if s.kind != "statement" or e.kind in NOT_ACTS or e.modality not in FACT or not _one_side(s, e):
        return False
    said, done = said_when(s), e.day or ((e.latest, e.latest) if e.latest else None)
    if said is None or done is None or done[0] < said[0] or (done[0] - said[1]).days > THREAT_DAYS:
        return False
    if e.day is None and (e.written is None or e.written[0] <= said[1]):
        return False  # undated, told by the threat's day: perhaps what the threat answered, not its carrying out
    text = s.event.evidence.exact
    if not _threat_in_own_clause(s):
        return False
    own = _speaks_for(s) | _doers(e)
    threatened = set(lexicon.sides_in(text)) - own
    # A threat naming no other party ("Pakistan shall respond at the time and place of its choosing")
    # is carried out by its side's next acts, whoever they hit, within the shorter UNNAMED_THREAT_DAYS.
    if not threatened:
        # Named by no party, the answer must be a dated attack after any day the threat was made.
        return (e.day is not None and e.day[0] > said[1] and (done[0] - said[1]).days <= UNNAMED_THREAT_DAYS
                and not _attack_heads().isdisjoint(e.core))
    return bool(threatened & set(lexicon.sides_in(e.event.evidence.exact)))


# Between a summary and a cue: a sentence's end, a subordinate clause, or a second predicate ("and promised").
CLAUSE_BREAK_RE = re.compile(r";|(?<!\b[A-Z])\.\s+(?=[A-Z\d])|\b(?:but|while|whereas|after|as|when|since|before|because)\b|\b(?:and|but)\s*$",
                             re.IGNORECASE)


@per_claim("memo_threat")
def _threat_in_own_clause(s: ClaimFacts) -> bool:
    """The statement's own words threaten: a threat cue in its summary, or in its sentence in the clause
    its summary is found in ("called the measures a provocation and promised a response": a
    characterisation, the threat another predicate). A summary not found in its sentence: any cue."""
    text = _unquoted(s.event.evidence.exact)
    cues = list(_threat_re().finditer(text))
    if not cues:
        return False
    told = _unquoted((s.event.summary or "").split(": ", 1)[-1].rstrip("…").strip())
    if not told or _threat_re().search(told):
        return True
    m = re.search(rf"(?<![\w-]){re.escape(told[:SUMMARY_PROBE])}", text, re.IGNORECASE)
    if m is None:
        return True
    start, end = m.start(), max(m.end(), m.start() + len(told))
    for cue in cues:
        if cue.start() < end and start < cue.end():
            return True  # the cue overlaps the summary ("may" of '"may" take further action')
        between = text[end:cue.start()] if cue.start() >= end else text[cue.end():start]
        if not CLAUSE_BREAK_RE.search(between):
            return True
    return False


QUOTE_MARKS_RE = re.compile("[\"\u201c\u201d\u2018\u2019']")


def _unquoted(text: str) -> str:
    """Text without quote marks, so a cue with a quoted word ("'may' take action") still matches."""
    return QUOTE_MARKS_RE.sub("", text)


def _one_side(statement: ClaimFacts, act: ClaimFacts) -> bool:
    if act.actor is None:
        return False
    if same_actor(statement.actor, act.actor):
        return True
    return bool(_doers(act) & _speaks_for(statement))


@per_claim("memo_speaks_for")
def _speaks_for(statement: ClaimFacts) -> frozenset[str]:
    """The sides a statement speaks for, with their blocs and members: its own, else those its sentence names (_speaks_of)."""
    return lexicon.with_members(statement.sides or _speaks_of(statement))


SUMMARY_PROBE = 40  # characters of a summary looked for in its sentence
CLAUSE_OPENERS_RE = re.compile(r"(?:[;:]|\b(?:after|as|when|while|following|since|before|because)\b)", re.IGNORECASE)


@per_claim("memo_doers")
def _doers(act: ClaimFacts) -> frozenset[str]:
    """The act's actor and the sides its sentence names as its joint subject, before its summary in
    its own clause ("US and British warplanes ... struck more than 60 targets": the US and Britain)."""
    doers = {act.actor, *lexicon.sides_in(act.event.actor or "")}
    text, summary = act.event.evidence.exact, act.event.summary
    # An extracted summary may lead with its actor ("United States: struck ...") and end cut ("…").
    told = summary.split(": ", 1)[-1].rstrip("…")[:SUMMARY_PROBE] if summary else ""
    at = text.find(told) if told else -1
    if at > 0:
        subject = CLAUSE_OPENERS_RE.split(text[:at])[-1]
        doers.update(lexicon.sides_in(subject))
    return frozenset(doers)


def _speaks_of(statement: ClaimFacts) -> tuple[str, ...]:
    """A speaker of unknown side speaks for the sides its sentence names as a subject before its
    verb ("Britain and its allies may take further action"): the sides named before its first cue."""
    text = _unquoted(statement.event.evidence.exact)
    m = _threat_re().search(text) or _cues()[0].search(text)
    return tuple(lexicon.sides_in(text[: m.start()])) if m else ()


@cache
def _attack_heads() -> frozenset[str]:
    """The act heads that carry out a threat naming no party (words.toml [threat_acts]), stemmed."""
    return frozenset(lexicon.stem(h) for h in lexicon.load("words")["threat_acts"]["names"])


def tells_end(summary: str) -> bool:
    """A summary telling an act's end ("ended its manoeuvres", "wrapped up the drills": words.toml [announce] after)."""
    return bool(_cues()[1].search(summary))


@cache
def _meeting_bodies() -> frozenset[str]:
    return frozenset(lexicon.load("words")["meeting_bodies"]["names"])


@cache
def _relay_formula() -> frozenset[str]:
    return frozenset(lexicon.load("words")["relay_formula"]["words"])


def _tells_nothing_of_its_own(s: ClaimFacts) -> bool:
    """A statement whose summary is only its speaker and a reporting formula (words.toml [relay_formula])."""
    return not (s.own_core - s.speaker - _relay_formula())


def announces(s: ClaimFacts, e: ClaimFacts) -> bool:
    """s is a statement of an act to come, or of its end, and e that act (module docstring)."""
    if s.kind != "statement" or e.kind in NOT_ACTS or s.day is None:
        return False  # an undated statement is mostly its sentence's act told again: that act links, not its frame
    # What the act is: its summary's heads, else its sentence's ("will continue through Sunday" of
    # "The joint drills ... will continue through Sunday").
    heads = lexicon.act_heads().intersection(e.core) or lexicon.kind_heads(e.kind).intersection(e.words)
    if not heads or heads.isdisjoint(s.words) or not _one_side(s, e):
        return False
    said, done = said_when(s), e.day or ((e.latest, e.latest) if e.latest else None)
    if said is None or done is None:
        return False
    ahead, after = _cues()
    if s.attribution:
        # A relay whose own words are only its speaker and reporting formula ("..., the Pentagon said", session 18),
        # a relay of its sentence's act, told on that act's single day ("the commander announced on Tuesday he had
        # taken control") or relaying the act itself as done ("X announced: he had taken control of the country"):
        # its act links on its own, the frame announces nothing to come.
        told = s.event.summary.partition(": ")[2]
        if _tells_nothing_of_its_own(s) or e.day is not None and said == e.day and said[0] == said[1] or (
                told and not heads.isdisjoint(lexicon.content_words(told)) and not ahead.search(told)
                and not after.search(told)):
            return False
    text = s.event.evidence.exact
    # Session 25 (plink25): an act's end is told at most END_TOLD_DAYS after its last day known ("declared them over on
    # the 10th" of drills due to run until the 7th), not of an act a week or more before it (a drill of the 23rd and
    # a vow of the 1st whose sentence tells another drill "ended").
    return bool((ahead.search(text) and said[0] <= done[1])
                or (after.search(text) and done[0] <= said[1] and (said[0] - done[1]).days <= END_TOLD_DAYS))


MEETING_PARTIES = 2  # states a planned meeting's sentence and a statement's both name: the meeting's parties


BLOC_MEETING_DAYS = 7  # a bloc's planned meeting of at most this many days: what the bloc did on them is its outcome
ADDRESS_WORDS = 5  # words after an address cue ("addressing") that may name the meeting ("the UN Security Council")
BLOC_OVERNIGHT_DAYS = 1  # a bloc's session runs into the night: its outcome may be dated this many days past its last


def meeting_outcome(m: ClaimFacts, s: ClaimFacts) -> bool:
    """s is what the parties of planned meeting m said once it was held, or what the bloc meeting did (module docstring)."""
    if m.kind != "meeting" or m.modality in FACT or m.day is None:
        return False
    if m.written is None or s.written is None or s.written[0] <= m.written[1]:
        return False  # told before it was held: the plan, not its outcome
    if _bloc_outcome(m, s) or _said_at_meeting(m, s):
        return True
    if s.kind != "statement":
        return False
    said = said_when(s)
    if said is None or said[0] < m.day[0] or (said[0] - m.day[1]).days > MEETING_OUTCOME_DAYS:
        return False
    if m.actor is not None and s.actor is not None and not same_actor(m.actor, s.actor) and not (
            set(s.sides) & lexicon.with_members((m.actor,))):
        return False
    parties = lexicon.with_members(lexicon.sides_in(m.event.evidence.exact))
    if len(parties.intersection(lexicon.sides_in(s.event.evidence.exact))) >= MEETING_PARTIES:
        return True
    # Session 20 (pstatus20): parties named as people ("X's president A and Y's president B were due to meet on Thursday"
    # / "when A and B met on the 14th, they agreed ..."): MEETING_PARTIES of the names the meeting's sentence gives.
    return len(_names_in(m.event.evidence.exact) & _names_in(s.event.evidence.exact)) >= MEETING_PARTIES


_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)+")  # a name of two or more capitalised words


@lru_cache(maxsize=4096)
def _names_in(text: str) -> frozenset[str]:
    """The last words (folded) of the names of two or more capitalised words text holds, less those ending in a state's
    name ("Venezuelan President Nicolas Maduro" -> "maduro"): the people (and places) a sentence names, spelled either
    way ("Nicolás")."""
    return frozenset(folded_name(n.split()[-1]) for n in _NAME_RE.findall(text) if not lexicon.sides_in(n.split()[-1]))


def _bloc_outcome(m: ClaimFacts, s: ClaimFacts) -> bool:
    """Planned meeting m is a bloc's (aliases.toml [blocs], or since session 18 words.toml [meeting_bodies]: its
    actor's, or one its summary names: "will convene G7 leaders on Sunday") and s, not a meeting, is that bloc's own statement or act dated within the meeting's days
    (of at most BLOC_MEETING_DAYS): what the meeting agreed or said ("EU leaders agreed on Monday to close the skies",
    "G7 leaders condemned the attack on Sunday"). A bloc acts by meeting; a member state's own act is not the bloc's.
    Session 21: a body of many organs (words.toml [meeting_bodies] organ_bodies: the UN) needs s to name the organ m
    names ("the Council agreed"): its agencies, envoys and peacekeepers act that day on their own."""
    if s.kind == "meeting" or s.day is None or (m.day[1] - m.day[0]).days >= BLOC_MEETING_DAYS:
        return False
    # Session 20 (pstatus20): an emergency session called for the evening runs past midnight; what it adopted "early this
    # morning" in a source of the next day is its outcome (BLOC_OVERNIGHT_DAYS after its last day).
    if not m.day[0] <= s.day[0] <= s.day[1] <= m.day[1] + timedelta(days=BLOC_OVERNIGHT_DAYS):
        return False
    blocs = lexicon.bloc_names() | _meeting_bodies()
    held_by = blocs.intersection(m.sides) | blocs.intersection(lexicon.sides_in(m.event.summary))
    by = held_by.intersection(s.sides)
    if not by:
        return False
    # Session 21 (pstatus21): a body of many organs (the UN) also speaks through agencies, envoys and peacekeepers
    # outside its meetings: s is the session's outcome only when it names the organ that met ("the Council agreed").
    bodies, organs = _organ_bodies()
    return not by <= bodies or bool(organs.intersection(_folded_words(m.event.evidence.exact))
                                    & _folded_words(s.event.evidence.exact))


VOTE_DAYS = 14  # a body's session and the vote that ended its debate: at most this many days from its first day


def vote_on_it(m: ClaimFacts, s: ClaimFacts) -> bool:
    """Session 22 (plink22): m, a meeting of a body that acts by meeting, and s, an act told done (no meeting or statement)
    whose summary tells a vote (words.toml [meeting_votes]: "vetoed a Security Council resolution", "adopted by 10 votes",
    "won 11 votes") dated within a planned meeting's days ("is to resume its debate today"), or from a held one's first day
    to VOTE_DAYS after its last ("began its debate on Tuesday night"), whose sentence names the text voted on ("The
    resolution, adopted by 10 votes"), the meeting's naming an organ of its body ("council"):
    the vote that ended its debate, one subject (the eval README's rule on planned meetings: what the meeting produced).
    Whoever cast it: a member's veto is cast in the body, unlike a member's own act elsewhere (_bloc_outcome).
    Also m, a vote told ahead on a text its sentence names ("where a draft resolution ... was tabled, a vote was expected
    on Friday"), and that vote told done on its days: the plan and what came of it."""
    if m.day is None or s.kind in NOT_ACTS or s.modality not in FACT or _vote_words().isdisjoint(s.core):
        return False
    if m.kind != "meeting":
        return _vote_came(m, s)
    blocs = lexicon.bloc_names() | _meeting_bodies()
    if not (blocs.intersection(m.sides) | blocs.intersection(lexicon.sides_in(m.event.summary))):
        return False
    when = s.day or (None if s.latest is None else (s.latest, s.latest))
    # A session told held ("began its debate", "met yesterday") goes on to its vote; one told ahead is its own day's.
    last = m.day[1] + timedelta(days=VOTE_DAYS if m.modality in FACT else 0)
    if when is None or not m.day[0] <= when[0] <= last:
        return False
    _, organs = _organ_bodies()
    met = organs.intersection(_folded_words(m.event.evidence.exact))
    told = _folded_words(s.event.evidence.exact)
    # The text voted on ("vetoed a Security Council resolution", "The resolution, adopted by 10 votes", "That draft ...
    # won 11 votes"): a procedural vote of the session itself ("voted down the proposed agenda") is the session.
    return bool(met) and not _voted_texts().isdisjoint(told)


def _vote_came(plan: ClaimFacts, vote: ClaimFacts) -> bool:
    """A vote told ahead on a text its sentence names, and a vote on a text told done on its days (vote_on_it)."""
    if plan.kind in NOT_ACTS or plan.modality not in PLANS or _vote_words().isdisjoint(plan.core):
        return False
    when = vote.day or (None if vote.latest is None else (vote.latest, vote.latest))
    if when is None or not plan.day[0] <= when[0] <= plan.day[1]:
        return False
    texts = _voted_texts()
    return not texts.isdisjoint(_folded_words(plan.event.evidence.exact)) and not texts.isdisjoint(
        _folded_words(vote.event.evidence.exact))


@cache
def _vote_words() -> frozenset[str]:
    """words.toml [meeting_votes] words: those by which an act tells a body's vote, as claims read them."""
    return frozenset(lexicon.content_words(" ".join(lexicon.load("words")["meeting_votes"]["words"])))


@cache
def _voted_texts() -> frozenset[str]:
    """words.toml [meeting_votes] texts: the nouns of what a body votes on (lower case)."""
    return frozenset(lexicon.load("words")["meeting_votes"]["texts"])


@cache
def _organ_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """words.toml [meeting_bodies]: the bodies of many organs, and the nouns naming an organ that meets."""
    table = lexicon.load("words")["meeting_bodies"]
    return frozenset(table["organ_bodies"]), frozenset(table["organs"])


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(lexicon.WORD_RE.findall(text.casefold()))


@cache
def _address_re() -> re.Pattern[str]:
    """words.toml [meeting_address]: a cue telling words as said at or to a meeting, then its next ADDRESS_WORDS words."""
    cues = spaced_alt(lexicon.load("words")["meeting_address"]["cues"])
    return re.compile(rf"\b(?:{cues})\s+((?:[\w'’.-]+\s+){{0,{ADDRESS_WORDS - 1}}}[\w'’.-]+)", re.IGNORECASE)


def _said_at_meeting(m: ClaimFacts, s: ClaimFacts) -> bool:
    """Session 20 (pstatus20): s, a statement told in a later source as made at or to the planned meeting m ("addressing the
    General Assembly overnight", "told the emergency session"), on the meeting's days or the night after
    (BLOC_OVERNIGHT_DAYS): what the meeting produced (the eval README's rule on planned meetings). The words after the cue
    name the meeting: a state or body its sentence names as its holder (its actor's sides or a side its summary names),
    or a meeting noun of its own summary ("session", "summit")."""
    if s.kind != "statement" or (m.day[1] - m.day[0]).days >= BLOC_MEETING_DAYS:
        return False
    said = s.day or said_when(s)
    if said is None or not m.day[0] <= said[0] <= m.day[1] + timedelta(days=BLOC_OVERNIGHT_DAYS):
        return False
    holders = set(m.sides) | set(lexicon.sides_in(m.event.summary))
    nouns = set(lexicon.WORD_RE.findall(m.event.summary.casefold())) & _meeting_nouns()
    for hit in _address_re().finditer(s.event.evidence.exact):
        told = hit.group(1)
        if holders & set(lexicon.sides_in(told)) or nouns & set(lexicon.WORD_RE.findall(told.casefold())):
            return True
    return False


@cache
def _meeting_nouns() -> frozenset[str]:
    return frozenset(lexicon.load("words")["meeting_address"]["nouns"])


@cache
def _sequels() -> frozenset[tuple[str, str]]:
    return frozenset((lexicon.stem(a), lexicon.stem(b)) for a, b in lexicon.load("words")["sequels"]["pairs"])


def follows(a: ClaimFacts, b: ClaimFacts) -> bool:
    """b is what followed a on one subject (module docstring): one known actor's acts of one kind,
    heads in words.toml [sequels] order, b dated on or after a (undated a: its source's writing) and at
    most SEQUEL_DAYS later; or b is what a's plan came to (`plan_came_to`)."""
    if a.kind in NOT_ACTS or b.kind in NOT_ACTS:
        return False
    if b.modality in FACT and _planned(a) and not _planned(b):
        # One act filed under "other" by one source and a specific kind by the other is still one subject;
        # a doer unknown ("would be transferred", "were flown") is no other doer, if the summaries share a word.
        doers = a.actor is not None and b.actor is not None
        return ((a.kind == b.kind or "other" in (a.kind, b.kind)) and (not doers or same_actor(a.actor, b.actor))
                and plan_came_to(a, b, summaries_only=not doers))
    if a.kind != b.kind or a.actor is None or not same_actor(a.actor, b.actor):
        return False
    first_day = a.day or ((a.latest, a.latest) if a.latest else None)  # undated: by its source's writing
    if first_day is None or b.day is None or b.day[0] < first_day[0] or (b.day[0] - first_day[1]).days > SEQUEL_DAYS:
        return False
    heads = lexicon.act_heads()
    first, then = heads.intersection(a.core), heads.intersection(b.core)
    return any((x, y) in _sequels() for x in first - then for y in then - first)


@cache
def _outcome_pairs() -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]], ...]:
    """parity/data/outcomes.toml's pairs, each word or phrase as the content words claims read it."""
    def read(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(w for w in (lexicon.content_words(p) for p in words) if w)
    return tuple((read(p["plan"]), read(p["outcome"])) for p in lexicon.load("outcomes")["pair"])


def _names_one(core: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words of the phrases core holds whole."""
    return frozenset(w for p in phrases if core.issuperset(p) for w in p)


@cache
def _plan_cue_re() -> re.Pattern[str]:
    """Cues of a plan or an obligation in a summary: words.toml [plan_cues] and outcomes.toml [plan_cues]."""
    return _cue_pattern(lexicon.load("words")["plan_cues"]["cues"] + lexicon.load("outcomes")["plan_cues"]["cues"])


def _planned(c: ClaimFacts) -> bool:
    """c tells a plan: planned or expected, or an act whose own summary holds a plan cue (extraction may
    file "must leave Russia within a week" as asserted)."""
    if c.modality in PLANS:
        return True
    return c.modality in FACT and _tells_plan(c.event.summary)


@lru_cache(maxsize=1 << 14)  # asked per scored pair; one answer per summary
def _tells_plan(summary: str) -> bool:
    return _plan_cue_re().search(summary) is not None


def plan_came_to(plan: ClaimFacts, deed: ClaimFacts, summaries_only: bool = False) -> bool:
    """deed, told done in a source written later, is what plan came to (module docstring); both one
    actor's acts (follows checks); summaries_only: a doer unknown, so only a word of both summaries tells
    one subject."""
    if plan.written is None or deed.written is None or deed.written[0] <= plan.written[1]:
        return False
    start = plan.day or ((plan.written[0] - timedelta(days=STATEMENT_RECENT_DAYS),) * 2)
    end = plan.day[1] if plan.day else plan.written[1]
    done = deed.day or ((deed.latest, deed.latest) if deed.latest else None)
    if done is None or done[1] < start[0] or (done[0] - end).days > SEQUEL_DAYS:
        return False
    plan_core, deed_core = frozenset(plan.core), frozenset(deed.core)
    for plan_words, outcome_words in _outcome_pairs():
        heads = _names_one(plan_core, plan_words)
        told = _names_one(deed_core, outcome_words)
        if heads and told:
            name = set(lexicon.content_words(plan.event.actor or "")) | set(lexicon.content_words(deed.event.actor or ""))
            # A word both summaries hold names one object or destination, even a capital read as the
            # actor ("transferred to Moscow" / "flown to Moscow"); elsewhere in the sentences, not the actor.
            if (plan_core & deed_core) - heads - told:
                return True
            if not summaries_only and (set(plan.words) & set(deed.words)) - heads - told - name:
                return True
    return False


@cache
def _meeting_requests() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """words.toml [meeting_requests]: a request's verb, the meeting nouns it asks for, a session's own words."""
    table = lexicon.load("words")["meeting_requests"]
    requests = re.compile(rf"\b(?:{spaced_alt(table['requests'])})\b", re.IGNORECASE)
    sessions = re.compile(rf"\b(?:{spaced_alt(table['sessions'])})\b", re.IGNORECASE)
    return requests, frozenset(table["meetings"]), sessions


def session_asked(r: ClaimFacts, m: ClaimFacts) -> bool:
    """Session 24 (plink24): r, a state's request told done for a meeting of an organ of a body that acts by meeting
    ("Tunisia has asked for an urgent meeting of the United Nations Security Council"), and m, that organ's session held
    or set (a meeting, or a summary telling it met or will meet: "will take up Iran's complaint") whose sentence names
    the state, dated from r's day (or the day its source was written) to VOTE_DAYS after: what the request came to, one
    subject. The requester named in both keeps a body's many sessions apart ("at the request of Tunisia")."""
    if r.negated or m.negated or r.modality not in FACT or m is r or r.excerpt == m.excerpt:
        return False
    requests, meetings, sessions = _meeting_requests()
    said = r.event.evidence.exact
    if requests.search(r.event.summary) is None or meetings.isdisjoint(_folded_words(said)):
        return False
    if m.kind != "meeting" and sessions.search(m.event.summary) is None:
        return False
    _, organs = _organ_bodies()
    organ = organs.intersection(_folded_words(said)) & organs.intersection(_folded_words(m.event.evidence.exact))
    # The body whose organ met is the one asked, when the session's sentence names one ("the Council of the Arab League
    # will meet in Cairo next week at Tunisia's request" answers no request of the UN's Security Council).
    bodies = lexicon.bloc_names() | _meeting_bodies()
    named = set(lexicon.sides_in(m.event.evidence.exact))
    if not organ or not bodies.intersection(named) <= bodies.intersection(lexicon.sides_in(said)):
        return False
    askers = (set(r.sides) or set(lexicon.sides_in(r.event.summary))) - bodies
    if not askers or askers.isdisjoint(named):
        return False
    asked = r.day or r.written
    when = m.day or m.written
    if asked is None or when is None:
        return False
    return asked[0] <= when[1] and (when[0] - asked[1]).days <= VOTE_DAYS
