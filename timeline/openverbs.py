"""Acts told by an open verb in a statement's reported words, which no trigger list reads: "the ministry said Beijing
had summoned the ambassador on Monday", "Rebels overran an army base on Saturday, residents said", "Kyiv said that
Moscow had annexed four regions", "officials told reporters the convoy was attacked", "Manila accused Beijing of
ramming a supply boat" (kind `other`).

Rules (word lists in data/openverbs.toml):
- Only the reported words of a statement of the sentence (its frame's content: after "said (that)", before ", X
  said", after "according to X," or before ", according to X" (session 13); a setting before "that" is skipped: "said on its Telegram channel that"), never a
  planned speech's or an inverted frame's, never a verb inside quote marks (the speaker's label: 'it had "taken
  necessary measures"'), and only a clause no act of the sentence lies in.
- Each clause of those words may tell one: the first; one joined by "and (that)" or a semicolon; a "that"-clause a
  finding or a belief opens ("said they believed that Russia had fired", data `that_heads`, never after a negation or
  a doubt: "no evidence that"); never a relative or subordinate clause ("as he left", "which holds the presidency").
- A clause opens with a subject (one to seven words, not "if", "there", "this", "no", a preposition ...; names and a
  determiner's modifiers stay in it: "the United States", "the armed forces"), then at most a few auxiliaries,
  adverbs or a date phrase ("had", "will", "also", "on Tuesday"), then the verb: an "-ed" form or an irregular past,
  a bare verb after "will" / "would" (a plan), or a passive of a verb of force, measure or harm ("was attacked", "had
  been expelled": data `passive`; not "be" or "being": "proposed that they be stationed", "was being carried out").
  A negation, hedge or demand ("had not", "may have", "must"), a counterfactual ("would have struck") or a reduced
  relative ("the strikes carried out by X") tells no act.
- Verbs of being, thinking, speech, judgement, watching and amount are no acts ("said the move violated the accord");
  nor is a verb whose object is a thought ("had established that"), nor one told with a habit or a stretch
  ("repeatedly", "in the past", "for days").
- A day of its own ("on Monday", "overnight") makes the act told. Without one:
  - a done act told first, with ", X said" after it, is the report's own news (h5-9: 2 more found, no extra);
    there a few verbs of the stop list tell an act before an object or a place ("arrived on a plane", "reached the
    crash site": data `told_first`, session 14), never before an amount or a thought ("reached 40", "added that");
  - after a verb that reports a clause ("said (that)", "told", "confirmed", "according to"; not "condemned the
    strikes ...", an object judged), a perfect whose subject names its doer is told ("said Kyiv had annexed ...",
    "said it had expelled ...": a state, body or person, a pronoun, "the country", a force, an office); a plain past
    is not ("said Kyiv annexed": h6-h8 gave 5 extras and no act, the perfect 3 acts and none), nor are the verbs of
    help, speech and change that tell a state or a stance more often (data `undated_stop`: "had helped", "had lost");
  - a passive of force or measure is told: the thing acted on is named, the doer only after "by";
  - a plan ("will" / "would", "would be freed"; session 14: "intends / plans / aims to", data `plan_leads`) needs a date
    phrase of its own ("next week", "in April", "soon"),
    no condition or end ("if", "until"), and a verb of an act (data `plan_stop`: "would remain", "will take");
  - "accused / blamed X of / for <verb>-ing ...": X's act, when X is named and the charge no stance or habit
    (data `gerund_stop`: "of interfering", "of violating").
- A predicate after an act told ("had stormed the base and looted its armoury") is the same doer's act, on its day:
  inside the reported words, or right after them when it shares the perfect or the speaker reports in the present
  ("Washington says the jet damaged the drone and forced it down"); after a state it is the speaker's own next act
  ("said the missile was Russian-made and summoned the envoy").
- The act is drafted as a trigger's would be (actions.action_draft): doer, place, objects, modality reported_claim
  (or planned), its own date phrase, else none (a statement's day is not its reported act's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline import attributes as A
from timeline import fastpath as FAST
from timeline import forceacts as F
from timeline import lexicon as L
from timeline import unasserted as UA
from timeline.actfirst import hedged, told_before
from timeline.actions import action_draft, day_level
from timeline.datefind import find_dates
from timeline.dates import DateMention
from timeline.drafts import Context, Draft, closest
from timeline.frames import DISMISSED_GAP_RE, DISMISSED_OFFICE_RE, Frame
from timeline.leadday import after_lead_day
from timeline.speakers import Mention, find_mentions

BY_AFTER_RE = re.compile(r"(?:\s+(?:out|off|up|down))?\s+by\b")
TOKEN_RE = re.compile(r"[a-z][a-z'’-]*|\d[\d,.]*")
SUBJECT_MAX = 7  # words: "the two Chinese coast guard vessels" is six
# After a verb that reports a clause a subject may run longer ("two Chinese coast guard ships and a militia vessel");
# after one that names an object ("reaffirmed their support for ... in a statement issued") a long run is a noun phrase.
CLAUSE_SUBJECT_MAX = 9
BE_FORMS = frozenset({"was", "were", "been", "being", "is", "are", "be"})
PLAN_AUX = frozenset({"will", "would"})
PERFECT_AUX = frozenset({"had", "has", "have"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "two", "three", "four", "five"})
PRONOUNS = frozenset({"it", "they", "he", "she"})  # a doer named before ("the ministry said it had expelled ...")
NAMED_KINDS = frozenset({"person", "entity", "body", "demonym"})
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
KEPT_MODALITIES = frozenset({"asserted", "reported_claim"})  # a done act whose next predicate may be told with it
# What opens a later clause of the reported words that may tell its own act: "and that", "that", "; ".
CLAUSE_LEAD_RE = re.compile(r"[\s,;:]*(?:(?:and|but)\s+)?(?:that\s+)?")
AND_BEFORE_RE = re.compile(r"\b(?:and|but),?\s*$")  # a clause joined to the one before ("..., and that ...")
AND_LEAD_RE = re.compile(r"[\s,]*(?:and|but)\b")
THAT_BEFORE_RE = re.compile(r"\bthat\s*$")
FIRST_WORD_RE = re.compile(r"[a-z]+")
THAT_LEAD_RE = re.compile(r"[\s,]*that\b")
# A negation, a denial or a doubt before a nested "that": what follows is not told as done.
DOUBT_RE = re.compile(r"\b(?:no|not|never|nor|n['’]t|denied|denies|deny|doubt\w*|unclear|uncertain|unlikely|unproven|"
                      r"whether|rejected|dismissed|disputed|questioned|if|may|might|could|would)\b")
# A setting of the speech between the verb and "that": "on its Telegram channel that", "in a televised address that".
SETTING_THAT_RE = re.compile(r"(?:in|on|at|during|via|through|after|before|from)\s+[^,;:.]{2,60}?\s+that\s+")
TAIL_PREDICATE_RE = re.compile(r"[\s,]*(?:and|but)\s+(?:(?:then|later|also|subsequently)\s+)?(?P<verb>[a-z]+)\b")
PERFECT_RE = re.compile(r"\b(?:had|has|have)\b")
# Session 17: a passive in an act's words ("were pursued by the destroyer"): its agent is no doer of a predicate after it.
BE_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")
# A verb whose object is a thought or a question is no act ("had established that", "had checked whether").
THOUGHT_AFTER_RE = re.compile(r"\s+(?:that|whether|how|why|if)\b")
# "accused Beijing of ramming", "blamed Kyiv for shelling": the charge's doer, then its act.
CHARGE_RE = re.compile(r"(?P<doer>[^,;:.]{2,60}?)\s+(?:of|for)\s+(?P<verb>[a-z]{3,}ing)\b")
# "had hoped to", "in the past", "for years": a habit or a history told, not an act of this story.
HISTORY_RE = re.compile(r"\b(?:in the past|for (?:hours|days|weeks|years|decades|months)|over the years|time and again|at times"
                        r"|ever since)\b")
# A plan bounded by a condition or an end ("will remain until ...", "would strike if ..."): no plan told.
UNTIL_RE = re.compile(r"\b(?:until|unless|if|once)\b")
# After a verb told first (data `told_first`), words that make it an amount, a thought or a state, not an act ("reached 40",
# "reached a record", "added that", "returned to normal").
NO_OBJECT_RE = re.compile(r"\s*(?:\d|(?:that|whether|how|why|what|about|some|nearly|almost|around|more|less|over|up|"
                          r"only|just|a record|an all-time|to normal|home safely|safely)\b)")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = L._load("openverbs")
    return {k: frozenset(v) for k, v in data.items()}


@cache
def _habit_re() -> re.Pattern[str]:
    """A word that tells a habit or a history ("repeatedly", "routinely"), never part of a compound ("long-range")."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_words()["habits"])) + r")(?![\w-])")


@cache
def _refs_re() -> re.Pattern[str]:
    """ "the country", "the kingdom": a state named by a noun for it, as the whole subject."""
    return re.compile(r"the (?:" + "|".join(sorted(_words()["subject_refs"], key=len, reverse=True)) + r")\b")


@cache
def _participles() -> frozenset[str]:
    """The irregular forms that are participles only ("flown", "taken", "begun"): never a past tense alone."""
    return frozenset(w for w in _words()["irregular"] if w.endswith("n") or w in _words()["participles"])


def _counted(words: list[str]) -> bool:
    """Whether the clause opens with a bound before a number ("More than 60 soldiers", "less than 20"): a counted subject,
    not the quantifier pronoun not_subject keeps out ("More were detained"; session 23, speak23)."""
    return len(words) > 2 and f"{words[0]} {words[1]}" in _words()["count_leads"] and words[2][0].isdigit()


def _verb_shaped(word: str) -> bool:
    w = _words()
    return word in w["irregular"] or word in w["stop"] or word.endswith("ed")


def _passive_at(tokens: list[tuple[str, int, int]], i: int) -> int | None:
    """Index of the participle of a passive of force or measure that starts at the be-form i ("was attacked",
    "were shot down", "had been expelled"), else None."""
    w = _words()
    if tokens[i][0] == "being" or tokens[i][0] == "be" and (i == 0 or tokens[i - 1][0] not in PLAN_AUX):
        # "proposed that they be stationed", "was being carried out": a wish or a process, no deed told; "would be
        # handed over later in the day" is a plan (session 15: "be" after "will"/"would" was never read)
        return None
    j = i + 1
    while j < len(tokens) and (tokens[j][0] == "been" or tokens[j][0].endswith("ly") and tokens[j][0] != "only"):
        j += 1
    if j + 1 < len(tokens) and f"{tokens[j][0]} {tokens[j + 1][0]}" in w["passive_phrasal"]:
        return j  # "the strike was carried out by drones", "the rally had been called off" (session 17)
    if j < len(tokens) and tokens[j][0] in w["leave_requests"]:
        # "had been asked to leave the country": a request to leave is the expulsion's measure (session 17)
        return j if j + 2 < len(tokens) and tokens[j + 1][0] == "to" and tokens[j + 2][0] in w["leave_verbs"] else None
    return j if j < len(tokens) and tokens[j][0] in w["passive"] else None


@cache
def _verb_words() -> frozenset[str]:
    """The words _verb_at may read as a clause's act verb or the auxiliary before one: irregular pasts, passive
    participles, "will" and "would"."""
    w = _words()
    return w["irregular"] | w["passive"] | PLAN_AUX | w["plan_leads"] | w["leave_requests"]


@cache
def _verb_pairs() -> frozenset[str]:
    """The two-word verbs _verb_at may read whose first word alone is none of _verb_words ("used tear", "called off")."""
    return _words()["phrasal_acts"] | _words()["passive_phrasal"]


def _pair_in(words: list[str]) -> bool:
    """Whether two words in a row are one of _verb_pairs (session 17: "Police used tear gas, witnesses said")."""
    pairs = _verb_pairs()
    return any(f"{a} {b}" in pairs for a, b in zip(words, words[1:], strict=False))


def may_tell(tokens: list[tuple[str, int, int]]) -> bool:
    """False when _verb_at finds no verb in these tokens whatever their skipped words: none after the first is an
    irregular past, a passive participle, "will"/"would" or an "-ed" word of five letters or more."""
    words = _verb_words()
    return any(t[0] in words or len(t[0]) > 4 and t[0].endswith("ed") for t in tokens[1:]) \
        or _pair_in([t[0] for t in tokens[1:]])


def _verb_word_in(lower: str, a: int, b: int) -> bool:
    """Whether any word of lower[a:b] is one may_tell looks for (it is then True for no clause inside a..b without one)."""
    words = _verb_words()
    tokens = TOKEN_RE.findall(lower, a, b)
    return any(w in words or len(w) > 4 and w.endswith("ed") for w in tokens) or _pair_in(tokens)


def _verb_at(tokens: list[tuple[str, int, int]], skipped: set[int], body: str,
             longest: int = SUBJECT_MAX, allowed: frozenset[str] = frozenset()) -> tuple[int, bool] | None:
    """Index of the act verb after the clause's subject and whether it is a passive's participle, or None when the
    clause does not have that shape (skipped: tokens of date phrases and relative clauses)."""
    w = _words()
    if not tokens or tokens[0][0] in w["not_subject"] and not _counted([t[0] for t in tokens[:3]]) \
            or _verb_shaped(tokens[0][0]) and not body[tokens[0][1]].isupper():
        return None
    counted = 0  # the subject's words, less a name's and a date's: "the Swedish icebreaker Oden" is two words long
    for i in range(1, len(tokens)):
        word = tokens[i][0]
        counted += not (i in skipped or body[tokens[i][1]].isupper())
        if counted > longest:
            return None
        if i in skipped or body[tokens[i][1]].isupper() or word in w["between"] or tokens[i - 1][0] in DETERMINERS:
            continue  # a name or a noun's modifier is the subject's ("the United States", "the armed forces")
        if word in w["plan_leads"] and i + 2 < len(tokens) and tokens[i + 1][0] == "to" and i + 1 not in skipped:
            return i + 2, False  # "Russia intends to submit ...": the act planned is the bare verb after "to" (session 14)
        if word in BE_FORMS:
            # a passive of force or measure tells what was done to the subject; any other, or a state, tells none
            p = _passive_at(tokens, i)
            return (p, True) if p is not None else None
        if word in w["blockers"]:
            return None
        j = i - 1
        while j > 0 and (tokens[j][0] in w["between"] or j in skipped):
            j -= 1
        aux = {t[0] for t in tokens[j + 1:i]}
        if j == i - 1 and word not in w["irregular"] and not word.endswith("ed"):
            continue  # still the subject: "the two leaders", "Russian forces"
        if word in w["noun_like"] and tokens[i - 1][0].endswith("ing"):
            continue  # "the satellite launching ground", "a training set": a noun after its "-ing" modifier (session 17)
        # "had called off the strikes", "had used tear gas": a stop verb whose particle or object makes it an act (session 17)
        phrasal = i + 1 < len(tokens) and f"{word} {tokens[i + 1][0]}" in w["phrasal_acts"]
        if word in w["stop"] and not (word in allowed and _object_after(body, tokens, i)) and not phrasal \
                or word.endswith("ing"):
            return None
        if aux & PLAN_AUX and aux & PERFECT_AUX:
            return None  # "would have struck": what might have been, no act
        if not aux and BY_AFTER_RE.match(body, tokens[i][2]):
            return None  # "the strikes carried out by X": a reduced relative, the noun's, not the clause's verb
        if word in _participles() and not aux & PERFECT_AUX:
            return None  # "The troops flown in from Russia are now back home": a reduced relative, not the clause's verb
        if word in w["irregular"] or (word.endswith("ed") and len(word) > 4) or aux & PLAN_AUX or phrasal:
            return i, False
        return None
    return None


def _named_subject(ctx: Context, mentions: list[Mention], tokens: list[tuple[str, int, int]], v: int) -> bool:
    """Whether the words before the verb name its doer: a state, body or person, a pronoun for one, a force or an
    office ("the junta")."""
    if v == 0:
        return False
    a, b = tokens[0][1], tokens[v - 1][2]
    if tokens[0][0] in PRONOUNS and v <= 3:
        return True
    if any(m.kind in NAMED_KINDS and m.name and a <= m.start and m.end <= b for m in mentions):
        return True
    if _proper_name(ctx, tokens[:v]):
        return True  # "said Kovrig had been detained", "said Netanyahu had cut short a visit": a name no list holds (session 15)
    nouns = L.FALLBACK_TRIGGERS.get("subject_nouns")
    return F.MILITARY_HEAD_RE.search(ctx.lower, a, b) is not None or (nouns is not None and nouns.search(ctx.lower, a, b) is not None) \
        or _refs_re().match(ctx.lower, a, b) is not None


def _proper_name(ctx: Context, tokens: list[tuple[str, int, int]]) -> bool:
    """Whether the subject's words, less auxiliaries and adverbs, are one to three capitalised words and no date's or
    pronoun's ("Netanyahu", "Abu Mohammed al-Jolani"; never "Thursday", "It")."""
    words = [t for t in tokens if t[0] not in _words()["between"]]
    return 0 < len(words) <= 3 and all(ctx.body[t[1]].isupper() and t[0] not in _words()["not_subject"]
                                       and t[0] not in _words()["not_names"] for t in words)


def _clause_frame(ctx: Context, fr: Frame) -> bool:
    """Whether the frame reports a clause ("said (that)", "according to", "confirmed that"), not an object ("condemned
    the strikes carried out by ...": a thing judged, whose verb is no act told)."""
    if fr.content is None:
        return False
    verb = fr.verb.split(" ", 1)[0]  # "said in a statement"
    return verb in L.CLAUSE_SPEECH_VERBS or verb in _words()["clause_verbs"] or fr.verb == "according to" \
        or THAT_BEFORE_RE.search(ctx.lower, max(fr.verb_end, fr.content[0] - 6), fr.content[0]) is not None


def _object_after(body: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether words follow the verb at i that open an object or a place, not an amount or a thought ("arrived on
    a plane", "added seven jets"; never "reached 40", "added that")."""
    return i + 1 < len(tokens) and NO_OBJECT_RE.match(body[tokens[i][2]:tokens[i][2] + 30].lower()) is None


def _clauses(ctx: Context, a: int, b: int, allowed: frozenset[str] = frozenset()) -> list[tuple[int, int, bool]]:
    """The clauses of reported words a..b that may tell an act of their own, each with whether it is a predicate that
    shares the subject of the clause before ("had stormed the base and looted its armoury"): the first, those after
    "and (that)" or a semicolon; never a relative or subordinate clause (a relative clause inside one is _skipped)."""
    # "had stormed the bank, shot a guard and stolen the cash": a predicate of a series is joined by its comma (session 11)
    holes, cuts, spans = A.clause_parts(ctx.masked, a, b)
    out: list[tuple[int, int, bool]] = []
    series = set(cuts)
    for c0, c1 in spans:
        if (c0, c1) in holes or c1 <= a:
            continue
        c0, c1 = max(c0, a), min(c1, b)
        joined = AND_BEFORE_RE.search(ctx.lower, max(a, c0 - 6), c0) or AND_LEAD_RE.match(ctx.lower, c0, c1) or c0 in series
        nested = THAT_LEAD_RE.match(ctx.lower, c0, c1) and _nested_that(ctx, a, c0)
        if out and not (joined or nested or ctx.lower.startswith(";", c0)):
            continue  # "..., which ...", "after the clash": no clause of its own telling an act
        lead = CLAUSE_LEAD_RE.match(ctx.lower, c0, c1)
        # "On Tuesday, the president inspected ...": the subject follows the leading day (kept in the clause, its date)
        first = FIRST_WORD_RE.match(ctx.lower, after_lead_day(ctx.masked, lead.end() if lead else c0, c1))
        if first is not None and first.group(0) in _words()["not_subject"] \
                and not _counted(TOKEN_RE.findall(ctx.lower, first.start(), min(c1, first.start() + 40))):
            continue  # "as he left the building", "which ...": a subordinate or relative clause (trim drops the word)
        predicate = bool(out) and first is not None and _verb_shaped(first.group(0)) and (
            first.group(0) not in _words()["stop"] or _removal(ctx, first.group(0), first.end())
            or first.group(0) in allowed and _object_word(ctx, first.end())) \
            and not ctx.body[first.start()].isupper()
        c0, c1 = A.trim(ctx.masked, lead.end() if lead else c0, c1)
        if c1 - c0 >= 8:
            out.append((c0, c1, predicate))
    return out


def _object_word(ctx: Context, at: int) -> bool:
    """Whether the words after offset `at` open an object or a place (see _object_after)."""
    return NO_OBJECT_RE.match(ctx.lower, at) is None and ctx.lower[at:at + 2].strip() != ""


def _removal(ctx: Context, verb: str, at: int) -> bool:
    """Whether "dismissed" at `at` removes someone from office ("and dismissed Prime Minister X", "dismissed the army
    chief"), an act, not words judged (session 13; frames never reads it as speech either)."""
    if verb not in ("dismissed", "sacked"):
        return False
    gap = DISMISSED_GAP_RE.match(ctx.body, at)
    return L.TITLED_NAME_RE.match(ctx.body, gap.end() if gap else at) is not None \
        or DISMISSED_OFFICE_RE.match(ctx.lower, at) is not None


def _nested_that(ctx: Context, a: int, c0: int) -> bool:
    """Whether the "that"-clause at c0 tells what a finding, a belief or a second report holds ("said they believed that
    Russia had fired the missile", "said there was evidence that drones had struck the tanker"), and no negation or
    doubt comes before it ("no evidence that", "denied that", "unclear whether")."""
    head = ctx.lower[max(a, c0 - 60):c0]
    return _that_heads_re().search(head) is not None and DOUBT_RE.search(ctx.lower, a, c0) is None


@cache
def _that_heads_re() -> re.Pattern[str]:
    """A word right before "that" which opens reported words of their own (data `that_heads`)."""
    return re.compile(r"\b(?:" + "|".join(sorted(_words()["that_heads"], key=len, reverse=True)) + r")\s*,?\s*$")


def _act_before(acts: list[Draft], a: int, c0: int) -> Draft | None:
    """The act told by the clause of the reported words right before a predicate that shares its subject."""
    prior = [d for d in acts if d.kind != "statement" and a <= d.start < c0 and d.modality in KEPT_MODALITIES]
    return max(prior, key=lambda d: d.start) if prior else None


def _tail(ctx: Context, b: int, e: int, allowed: frozenset[str] = frozenset()) -> list[tuple[int, int, bool]]:
    """The predicate right after the reported words ("said rebels had stormed the base and looted its armoury": the
    frame's words end at "and" + a verb, which may be the speaker's or the reported subject's; _continued decides;
    a verb of `allowed` before an object is one too: "has sent troops to X and added seven jets to Y, a spokesman said")."""
    m = TAIL_PREDICATE_RE.match(ctx.lower, b, e)
    verb = m.group("verb") if m is not None else ""
    if m is None or verb in _words()["stop"] and not _removal(ctx, verb, m.end("verb")) \
            and not (verb in allowed and _object_word(ctx, m.end("verb"))) \
            or not _verb_shaped(verb) or ctx.body[m.start("verb")].isupper():
        return []
    c1 = next((c1 for c0, c1 in A.clauses(ctx.masked, m.start("verb"), e)), e)
    c0, c1 = A.trim(ctx.masked, m.start("verb"), c1)
    return [(c0, c1, True)] if c1 - c0 >= 8 else []


def _continued(ctx: Context, fr: Frame, before: Draft) -> bool:
    """Whether a predicate after the reported words goes on telling them: it shares a perfect's "had" ("had stormed
    the base and looted its armoury"), or the speaker speaks in the present of a past act ("Washington says the jet
    damaged the drone and forced it down"), or the words are told first, before ", X said" (session 17: "The junta
    reassigned 12 governors and replaced four ministers yesterday, the office announced"); else it is the speaker's own
    next act."""
    return fr.tense == "present" or PERFECT_RE.search(ctx.lower, before.start, before.pos) is not None \
        or fr.content is not None and fr.content[1] <= fr.verb_start and _active_deed(ctx, before)


def _active_deed(ctx: Context, before: Draft) -> bool:
    """Whether the act told first that a predicate follows is told in the active voice with no word of speech as its
    object: "The attackers were pursued by X and surrendered" (a passive's agent is no doer of the next predicate) and
    "summoned the envoy and delivered a strong protest" (the protest is a statement) go on no act of the doer's."""
    return BE_PASSIVE_RE.search(ctx.lower, before.start, before.end) is None


def _speech_object(ctx: Context, t1: int) -> bool:
    """Whether the words right after a predicate's verb name a speech ("delivered a strong protest", "sent a message")."""
    return _speech_object_re().match(ctx.lower, t1) is not None


@cache
def _speech_object_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(_words()["speech_objects"], key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b")


def _tail_reported(ctx: Context, fr: Frame, drafts: list[Draft], a: int, c0: int, c1: int) -> None:
    """A trigger's act in the predicate right after the reported words that goes on telling them ("said coast guard
    personnel had boarded its boats and seized rifles": `_continued`) is the reported doer's, reported, at its time
    (session 11: it was read as the speaker's own act, asserted)."""
    before = _act_before(drafts, a, c0)
    if before is None or before.modality != "reported_claim" or not _continued(ctx, fr, before):
        return
    for d in drafts:
        if d.kind == "statement" or not (c0 <= d.pos < c1) or d.modality != "asserted":
            continue
        d.modality = "reported_claim"
        if before.actor is not None:
            d.actor, d.role = before.actor, before.role
        if d.mention is None and d.inherit is None and (before.mention is not None or before.inherit is not None):
            d.inherit, d.inherit_why = before, "a predicate of the reported doer shares the time of the act before it"


def _spaced(text: str, a: int, b: int) -> tuple[int, int]:
    """a..b without surrounding spaces and joining punctuation (its first word kept: "as he left" is no clause of its own)."""
    while a < b and (text[a].isspace() or text[a] in ",;:–—-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:–—-"):
        b -= 1
    return a, b


def _skipped(ctx: Context, tokens: list[tuple[str, int, int]], dates: list[DateMention], c0: int, c1: int) -> set[int]:
    """Tokens a subject's search passes over: date phrases and a relative clause inside the clause."""
    holes = A.relative_holes(ctx.masked, c0, c1)
    return {i for i, (_, t0, _) in enumerate(tokens)
            if any(d.start <= t0 < d.end for d in dates) or any(h0 <= t0 < h1 for h0, h1 in holes)}


def _charge(ctx: Context, fr: Frame, a: int, b: int) -> tuple[int, int, int] | None:
    """ "accused Beijing of ramming a supply boat": (clause start, gerund start, gerund end) of the act charged, or None."""
    if fr.verb not in _words()["charge_verbs"] or a < fr.verb_end:
        return None
    m = CHARGE_RE.match(ctx.lower, a, b)
    if m is None or not any(ch.isupper() for ch in ctx.body[m.start("doer"):m.end("doer")]):
        return None  # the charged must be named ("accused the West of ..." is a stance on a group)
    gerund = m.group("verb")
    stem = gerund[:-3]
    forms = {stem + "ed", stem + "d", stem[:-1] + "ed" if len(stem) > 3 and stem[-1] == stem[-2] else stem + "ed"}
    if gerund in _words()["gerund_stop"] or forms & _words()["stop"]:
        return None
    return m.start("doer"), m.start("verb"), m.end("verb")


def open_acts(ctx: Context, s: int, e: int, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
              via: str | None, paragraph: int) -> list[Draft]:
    """Acts an open verb tells in the reported words of sentence s..e's statements (see the module's rules)."""
    acts = [(d.start, d.end) for d in drafts if d.kind != "statement"]
    out: list[Draft] = []
    for st, fr in framed:
        if fr.content is not None and fr.content[0] >= fr.verb_end and not fr.planned \
                and (told := told_before(ctx, fr, s)) is not None:
            fr = fr.with_content(told)  # "X left on Monday, the ministry said earlier / , ending ...": the words told first (session 17)
        if fr.content is None or fr.planned or fr.inverted and fr.verb != "according to":  # its content is the told words
            continue
        a, b = _spaced(ctx.masked, max(s, fr.content[0]), min(e, fr.content[1]))
        if (setting := SETTING_THAT_RE.match(ctx.lower, a, b)) is not None:
            a = setting.end()  # "said on its Telegram channel that ...": the words reported follow the setting
        if b - a < 8:
            continue
        sub: Context | None = None
        charged = _charge(ctx, fr, a, b)
        if FAST.ON and charged is None and not _verb_word_in(ctx.lower, a, e) and not any(
                d.kind != "statement" and d.modality in KEPT_MODALITIES for d in drafts + out):
            # Each clause below needs may_tell's verb word among its tokens (all within a..e), or an act of the sentence
            # before it to share: with neither, no clause tells an act, and none is cut (~40% of frames; session 15).
            continue
        # words told first, before ", X said", are the report's own news: a few verbs of the stop list tell an act there
        allowed = _words()["told_first"] if fr.content[1] <= fr.verb_start else frozenset()
        # a predicate after words told first ends at the attribution's comma ("... and added seven jets to the mission,
        # a spokesman said": session 15); with none outside quote marks, no predicate is read (session 17)
        told_end = ctx.masked.rfind(",", b, fr.verb_start) if allowed else -1
        spans = [(charged[0], b, False)] if charged \
            else _clauses(ctx, a, b, allowed) + _tail(ctx, b, told_end if told_end > b else b if allowed else e, allowed)
        for c0, c1, predicate in spans:
            if any(t0 < c1 and c0 < t1 for t0, t1 in acts):
                if predicate and c0 >= b:
                    _tail_reported(ctx, fr, drafts + out, a, c0, c1)
                continue
            if hedged(ctx.lower, c0, c1):
                continue  # "The militia probably shelled the village, an official said": a guess, no act
            before = _act_before(drafts + out, a, c0) if predicate else None
            if predicate and (before is None or c0 > b and not _continued(ctx, fr, before)):
                continue  # "the missile was Russian-made and summoned the envoy": the speaker's own act, or none
            tokens = [(m.group(0), m.start() + c0, m.end() + c0) for m in TOKEN_RE.finditer(ctx.lower[c0:c1])]
            if FAST.ON and not charged and before is None and not may_tell(tokens):
                continue  # _verb_at would find no verb: its dates and skipped words are never read (session 12: speed)
            # a day told in a ", who/which ...," aside is that clause's, never the main verb's ("a gunman, who was freed
            # last month, shot two guards on Tuesday": Tuesday; session 14)
            holes = A.relative_holes(ctx.masked, c0, c1) if "," in ctx.masked[c0:c1] else []
            dates = [d for d in find_dates(ctx.masked, c0, c1) if d.kind not in UNUSABLE_DATE_KINDS
                     and not any(h0 <= d.start < h1 for h0, h1 in holes)]
            mentions: list[Mention] | None = None  # read only for a clause of an act's shape (most clauses have none)
            lead_plan = False
            if charged:
                t0, t1, passive, named, planned = charged[1], charged[2], False, True, False
            elif before is not None:
                t0, t1, passive = tokens[0][1], tokens[0][2], False
                named = True  # its doer is the act's before it, told with its perfect or in a present report
                planned = before.modality in ("planned", "expected")
                if planned or ctx.lower[t0:t1] in _words()["undated_stop"] or _speech_object(ctx, t1):
                    continue  # ("and delivered a strong protest": a statement's words, no act; session 17)
            else:
                clause_frame = _clause_frame(ctx, fr)
                at = after_lead_day(ctx.masked, c0, c1)
                k = next((i for i, tok in enumerate(tokens) if tok[1] >= at), len(tokens))  # the leading day's words
                found = _verb_at(tokens[k:], {i - k for i in _skipped(ctx, tokens, dates, c0, c1) if i >= k}, ctx.body,
                                 CLAUSE_SUBJECT_MAX if clause_frame else SUBJECT_MAX, allowed)
                if found is None:
                    continue
                v, passive = found[0] + k, found[1]
                t0, t1 = tokens[v][1], tokens[v][2]
                lead_plan = v >= 2 and tokens[v - 1][0] == "to" and tokens[v - 2][0] in _words()["plan_leads"]
                planned = lead_plan or any(tok[0] in PLAN_AUX for tok in tokens[:v])  # "would be freed" too: a plan, not a deed
                # with no day, only a perfect tells a done act of its own ("said Kyiv had annexed"); a plain past ("said Kyiv
                # annexed") tells a state or a history as often (h6-h8: 5 extras, no act found; the perfect: 3 found, none extra)
                named = clause_frame and any(tok[0] in PERFECT_AUX for tok in tokens[:v])
                if named:
                    sub = sub or replace(ctx, reg=ctx.reg.copy())  # the sentence's own pass registered its names already
                    mentions = find_mentions(sub.masked, c0, c1, sub.reg, None)
                    named = _named_subject(ctx, mentions, tokens[k:], v - k)
            if UA.abstract_subject(ctx.lower, c0, t0) or UA.no_object(ctx.lower, t0, t1):
                continue  # "that Germany's duty ... had prevailed", "has sent no ships": no deed (session 19)
            if ctx.masked[c0:t1] != ctx.body[c0:t1]:
                continue  # the verb in quote marks ('it had "taken necessary measures"'): the speaker's label, read as said
            mention = closest(dates, c0, c1, t0)
            if not _told(ctx, fr, c0, c1, t0, t1, mention, planned, passive, named):
                continue
            if UA.NOBODY_BEFORE_RE.search(ctx.lower, max(c0, t0 - 30), t0):
                continue  # "denied that anybody had been detained": no one did or suffered it (session 13)
            sub = sub or replace(ctx, reg=ctx.reg.copy())
            if mentions is None:
                mentions = find_mentions(sub.masked, c0, c1, sub.reg, None)
            draft = action_draft(sub, "other", t0, t1, (c0, c1), fr, mentions, dates, mention, via or st.via, s, paragraph)
            if lead_plan and draft.modality in KEPT_MODALITIES:
                draft.modality, draft.tense = "planned", "future"  # "Russia intends to submit ...": a plan (session 14)
            if planned and draft.modality not in ("planned", "expected"):
                continue  # "would strike if attacked": a condition, no plan
            draft.start, draft.end = c0, c1
            draft.paragraph = paragraph
            if before is not None:  # "... had stormed the base and looted its armoury": the same doer, at the same time
                draft.actor, draft.role = before.actor, before.role
                draft.mention = draft.mention or before.mention
                if before.mention is None and before.inherit is None and draft.mention is not None \
                        and day_level(draft.mention):  # "reassigned 12 governors and replaced four ministers yesterday"
                    before.mention = draft.mention  # one time for both predicates, as a trigger's act takes it (session 17)
            out.append(draft)
            acts.append((c0, c1))
    return out


def _told(ctx: Context, fr: Frame, c0: int, c1: int, t0: int, t1: int, mention: DateMention | None, planned: bool,
          passive: bool, named: bool) -> bool:
    """Whether the clause tells the act (the module's rules on days, plans, doers and habits)."""
    if THOUGHT_AFTER_RE.match(ctx.lower, t1) or HISTORY_RE.search(ctx.lower, c0, c1) or _habit_re().search(ctx.lower, c0, c1):
        return False  # "had established that ...", "had clashed repeatedly in the past"
    if mention is not None and day_level(mention):
        return True
    if planned:  # "will continue until ...", "would remain": a state to last, no plan told
        return mention is not None and not UNTIL_RE.search(ctx.lower, c0, c1) and (
            passive or ctx.lower[t0:t1] not in _words()["plan_stop"])
    if fr.content is not None and fr.content[1] <= fr.verb_start:
        return True  # a done act told first, the report's own news ("Rebels overran a base, residents said")
    if passive:
        return True  # "the convoy was attacked": what was done is told, its doer only after "by"
    return named and ctx.lower[t0:t1] not in _words()["undated_stop"]
