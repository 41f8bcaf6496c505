"""Trigger hits that tell an act no one did (session 19, extras19): the act of a condition clause ("its bases would be
targeted if it took part in any retaliation", "unless Russia destroyed the missile"), which only sets off the act of
its main clause; a quality or bond as the subject ("the relationship of trust has been damaged", "security was
maintained"); "you" with a modal ("you can't just plant flags"), a maxim; "no" before the act's object ("has conducted no
nuclear tests", "detected no unusual seismic activity"); an event's noun modifying a place, a day or a craft ("the
briefing room", "the summit venue", "an attack submarine"); a habit ("ships often patrol near the shoal"), a weapon's
reach ("the missile could strike targets as far as Alaska") and a history never made ("has never tested a missile"); an
act urged ("said Denmark should send a warship") or threatened ("threatened to cut off ties") (session 21). Session 21
(prec21): the one reader of acts not done, with one data file: the hits that tell a state, a right or a standing place
(`no_deed`, `into_own_space`: nodeeds.py until then) and an act with no one to do or suffer it, or one demanded
(`NOBODY_BEFORE_RE`, `demanded_after`: notacts.py until then) are read here too. Word lists: data/unasserted.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("unasserted")


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space
_lit = L.literal_alt  # words of a data list, longest first (the lists folded in from nodeeds and notacts, as they read)


# A condition's opener and what follows it up to the trigger, with no comma, semicolon, colon or dash between: the act
# told right after "if"/"unless" is the condition's, never the main clause's ("If the talks fail, the bloc will impose").
CONDITION_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['condition']['openers'])})\s+[^,;:—–()\"“”]*$")
# What may stand between a clause's start and its condition's opener: a conjunction or two ("and only if").
LEAD_RE = re.compile(rf"[\s,]*(?:(?:{_alt(_DATA['condition']['lead'])})\s+){{0,2}}"
                     rf"(?:{_alt(_DATA['condition']['openers'])})\b")


def in_condition(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether a trigger (at trigger, text lowered) is the act of a condition clause that opens its clause."""
    lead = LEAD_RE.match(lower, clause_start, trigger)
    return lead is not None and CONDITION_BEFORE_RE.search(lower, clause_start, trigger) is not None


_AUX = (r"(?:(?:not|n['’]t|also|now|already|\w+ly)\s+)*(?:has|have|had|was|were|is|are|been|be|being|will|would)\s+"
        r"(?:(?:has|have|had|was|were|is|are|been|be|being|not|n['’]t|also|now|already|\w+ly)\s+)*")
# The subject's head noun right at the clause's start (a determiner or a possessive before it), an "of/to/between ..."
# phrase after it, then an auxiliary (and adverbs) before the trigger: the noun is the head, never a modifier ("Security
# forces were deployed", "Peace talks were held": the trigger is the noun after it).
ABSTRACT_SUBJECT_RE = re.compile(
    rf"[\s,\"“”‘’']*(?:(?:and|but|that|while|yet)\s+){{0,2}}(?:(?:the|a|an|its|their|his|her|our|this|that|[\w.-]+['’]s?)\s+)?"
    rf"(?:[\w.-]+['’]s?\s+)?(?:[a-z-]+\s+)?(?:{_alt(_DATA['abstract_subject']['nouns'])})"
    rf"(?:\s+(?:of|to|between|with|for|among)\s+[^,;:()]{{1,70}}?)?\s+{_AUX}$")
GENERIC_YOU_RE = re.compile(rf"[\s,\"“”‘’']*(?:(?:and|but|that)\s+)?you\s+(?:{_alt(_DATA['generic_you']['modals'])})\s+"
                            r"(?:(?:just|simply|really|always|ever|go\s+around\s+[^,;]{0,40}?\s+and)\s+)*(?:[a-z]+\s+){0,1}$")


def abstract_subject(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether the trigger's clause opens with a quality, bond or state as its subject ("the relationship ... has been")."""
    return ABSTRACT_SUBJECT_RE.fullmatch(lower, clause_start, trigger) is not None


def generic_you(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether the trigger's clause is a maxim told to "you" with a modal ("you can't go around ... and plant flags")."""
    return GENERIC_YOU_RE.fullmatch(lower, clause_start, trigger) is not None


# "no" as the determiner of the act's object, inside the trigger's words after its verb ("conducted no nuclear tests");
# never "No. 2", "no-fly" or a quantity ("no fewer than ten").
NO_OBJECT_RE = re.compile(rf"\bno\s+(?!{_alt(_DATA['no_object']['not_after'])}\b)[a-z]")


NO_AFTER_RE = re.compile(rf"\s+(?:{NO_OBJECT_RE.pattern})")


# Session 26: "would send no arms": an embargo ahead, the refusal itself (data [no_object] embargo_*).
EMBARGO_RE = re.compile(rf"(?:{_alt(_DATA['no_object']['embargo_verbs'])})\s+no\s+(?:(?:more|further)\s+)?"
                        rf"(?:{_alt(_DATA['no_object']['embargo_goods'])})\b")
EMBARGO_BEFORE_RE = re.compile(r"\b(?:would|will)\s+$")


# "would not supply arms", "will sell no more weapons": the refusal's verb and goods, from the modal before it.
EMBARGO_REFUSAL_RE = re.compile(rf"\b(?:would|will)\s+(?:(?:not|never|no\s+longer)\s+(?:{_alt(_DATA['no_object']['embargo_verbs'])})"
                                rf"(?:\s+any)?(?:\s+(?:more|further))?|(?:{_alt(_DATA['no_object']['embargo_verbs'])})\s+no"
                                rf"(?:\s+(?:more|further))?)\s+(?:{_alt(_DATA['no_object']['embargo_goods'])})\b")


def embargo(lower: str, t0: int, end: int) -> bool:
    """Whether the trigger at t0 (its clause ending at end) is an embargo told as a refusal ahead ("would send no arms",
    "will not sell weapons"): a sanction by its refuser, planned (session 26)."""
    m = EMBARGO_REFUSAL_RE.search(lower, max(0, t0 - 24), end)
    return m is not None and m.start() <= t0 < m.end()


# "would not send warships", "will never deploy troops": a force refused ahead is no act (dev23-acts, dev23-dates golds);
# never an arms embargo ("would not send arms": `embargo`) nor an act denied in the past ("did not send troops").
# "would not deploy missiles in any region until American ones appeared there": a condition, kept (heldout11's gold).
CONDITION_AFTER_RE = re.compile(r"\b(?:until|unless|if|as long as|so long as|without)\b")
NEGATION_AT_RE = re.compile(r"(?:not|never)\s+")
FORCE_REFUSED_BEFORE_RE = re.compile(r"\b(?:would|will)\s+(?:not|never)\s+(?:\w+ly\s+)?$")


def force_refused(lower: str, t0: int, end: int) -> bool:
    """Whether a deployment's or movement's trigger at t0 is refused ahead ("would not send troops"; session 26)."""
    if (neg := NEGATION_AT_RE.match(lower, t0)) is not None:
        t0 = neg.end()  # a force's verb read with its negation ("not send warships": forceacts)
    return FORCE_REFUSED_BEFORE_RE.search(lower, max(0, t0 - 24), t0) is not None and not embargo(lower, t0, end) \
        and CONDITION_AFTER_RE.search(lower, t0, end) is None


def no_object(lower: str, verb: int, end: int) -> bool:
    """Whether an act's trigger words (verb..end, text lowered), or the word right after them, give its object as "no
    ...": nothing done ("has sent no ships": the trigger may end at its verb); never an embargo told as a refusal."""
    if EMBARGO_RE.match(lower, verb) and EMBARGO_BEFORE_RE.search(lower, max(0, verb - 8), verb):
        return False
    return NO_OBJECT_RE.search(lower, verb + 1, end) is not None or NO_AFTER_RE.match(lower, end) is not None


# An event's noun as the trigger's last word, then one of the nouns it only modifies ("briefing room", "attack submarine").
_MOD = _DATA["modifier_noun"]
MODIFIER_RE = re.compile(rf"(?<![\w-])(?:{_alt(_MOD['events'])})\s+(?:{_alt(_MOD['heads'])})(?![\w-])")


def modifier_noun(lower: str, start: int, end: int) -> bool:
    """Whether a trigger's hit (start..end, text lowered) ends with an event's noun that only modifies the next noun."""
    at = max(start, lower.rfind(" ", start, end - 1) + 1)  # the hit's last word
    return MODIFIER_RE.match(lower, at) is not None


# A frequency word, then a verb in the present (no auxiliary of a past or perfect, no "-ed" form) up to the trigger's end.
HABIT_RE = re.compile(rf"\b(?:{_alt(_DATA['habit']['adverbs'])})\s+(?!(?:has|have|had|was|were|did|been|will|would)\b)"
                      r"(?:[a-z]+(?<!ed)(?<!ew)(?<!ook)(?<!ent)(?<!ought)(?<!ame)(?<!eld)(?<!et))\b")


def habit(lower: str, clause_start: int, end: int) -> bool:
    """Whether the clause up to a trigger's end (text lowered) tells a habit: a frequency word before a present verb."""
    return HABIT_RE.search(lower, clause_start, end) is not None


CAPABILITY_RE = re.compile(rf"\b(?:{_alt(_DATA['capability']['nouns'])})\s+(?:{_alt(_DATA['capability']['modals'])})\s+"
                           r"(?:[a-z]+ly\s+)?$")
NEVER_RE = re.compile(rf"\b(?:{_alt(_DATA['never_done']['before'])})\s+(?:[a-z]+ly\s+)?(?:been\s+)?$")


def capability(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether a weapon or craft right before the trigger only can do it ("the missile could strike", text lowered)."""
    return CAPABILITY_RE.search(lower, max(clause_start, trigger - 60), trigger) is not None


def never_done(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether "has/have never" right before the trigger tells a history with no event (text lowered)."""
    return NEVER_RE.search(lower, max(clause_start, trigger - 40), trigger) is not None


# Session 21 (prec21): a modal of advice right before the act, a few words between and no comma ("said Denmark should send
# a warship", "the council should begin lifting sanctions", "ought to be deployed"): the act urged, none done ("must" stays
# out: "must leave the country within a week" is an expulsion ordered, an act).
URGED_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['urged']['modals'])})\s+(?:[a-z'’-]+\s+){{0,3}}$")
# A verb of threat, up to three words (a day, an adverb, the one threatened), then "to" or "with" before the act ("threatened
# on Sunday to cut off ties", "are threatening us with closing the border"): the act threatened, none done.
THREATENED_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['threatened']['verbs'])})\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|with)\s+"
                                  r"(?:[a-z]+ly\s+)?$")


def urged(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether the act at trigger (text lowered) is only urged: "should" or "ought to" right before it."""
    return URGED_BEFORE_RE.search(lower, max(clause_start, trigger - 50), trigger) is not None


def threatened(lower: str, clause_start: int, trigger: int) -> bool:
    """Whether the act at trigger (text lowered) is what someone threatened to do ("threatened to cut off ties")."""
    return THREATENED_BEFORE_RE.search(lower, max(clause_start, trigger - 60), trigger) is not None


def untold(lower: str, clause_start: int, subject_start: int, hit: re.Match[str]) -> bool:
    """Whether a trigger's hit in a clause (its subject from subject_start; text lowered) tells an act no one did."""
    verb = hit.start(1) if hit.re.groups and hit.start(1) >= 0 else hit.start()  # a pattern's group 1 is its verb
    return in_condition(lower, clause_start, hit.start()) or abstract_subject(lower, subject_start, verb) \
        or generic_you(lower, clause_start, hit.start()) or no_object(lower, hit.start(), hit.end()) \
        or modifier_noun(lower, hit.start(), hit.end()) or habit(lower, clause_start, hit.end()) \
        or capability(lower, clause_start, verb) or never_done(lower, clause_start, verb) \
        or urged(lower, clause_start, verb) or threatened(lower, clause_start, verb)


# Session 23: a tally of the act's times within a few words after it, no clause break between (data [tally]).
_TALLY = _DATA["tally"]
TALLY_AFTER_RE = re.compile(
    rf"[^.;:]{{0,60}}?\b(?:(?:{_alt(_TALLY['bounds'])})\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)|\d\d[\d,]*|{_alt(_TALLY['many'])})"
    r"\s+times\b(?!\s+(?:the|as|more|less|larger|bigger|higher|greater|smaller|that|its|their)\b)")


def tally(lower: str, end: int) -> bool:
    """Whether a tally of times follows an act's trigger ("have called at Ceuta more than 60 times"): a voyage's or a
    visit's history (read for those kinds only: "the ships had collided 19 times" is a tally the golds count)."""
    return TALLY_AFTER_RE.match(lower, end) is not None


# A verb of asking, up to five words (whom it asks), the question's opener, then the question's own words up to the act
# with no clause break after the opener: the act is asked about (session 20).
ASKED_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['asked']['verbs'])})\s+(?:[\w'’-]+\s+){{0,5}}?"
                             rf"(?:{_alt(_DATA['asked']['openers'])})\s+[^,;:.!?—–()]*$")
ASK_REACH = 160  # how far before the act the verb of asking may stand (a question is a clause, rarely longer)


def asked(lower: str, sentence_start: int, pos: int) -> bool:
    """Whether an act at pos (text lowered) lies in a question someone asked ("Asked whether X had expelled ..."): no act
    told done."""
    return ASKED_BEFORE_RE.search(lower, max(sentence_start, pos - ASK_REACH), pos) is not None


# Session 13 (notacts.py until session 21): an act with no one to do or suffer it, an act demanded.
# An indefinite or negative pronoun as the subject right before the act ("denied that anyone had been hurt", "nobody was
# detained"): no act told.
NOBODY_BEFORE_RE = re.compile(r"\b(?:anyone|anybody|no one|nobody)\s+(?:(?:was|were|had|has|have|been|being)\s+)*$")
# A modal of obligation with a passive right after an event's noun: the act asked for, none told ("retaliation should be
# made", "sanctions must be imposed").
DEMANDED_AFTER_RE = re.compile(rf"[\"”’']?\s+(?:{_lit(_DATA['demand']['modals'])})\s+(?:not\s+)?be\b")


def demanded_after(lower: str, end: int) -> bool:
    """Whether an event's noun ending at end is followed by a modal of obligation and "be": an act demanded."""
    return DEMANDED_AFTER_RE.match(lower, end) is not None


# Session 18 (nodeeds.py until session 21): trigger hits that tell a state, a right or a standing place, no deed.
# A be-form (an adverb may follow) right before "left": what remained, not a departure.
LEFT_STATE_BEFORE_RE = re.compile(rf"\b(?:{_lit(_DATA['left_state']['be_forms'])})\s+(?:[a-z]+ly\s+)?$")
# A right's noun, its holder after "of" (a few words), then "to" and the verb: "the right of all ships to".
RIGHT_TO_BEFORE_RE = re.compile(rf"\b(?:{_lit(_DATA['right_to']['nouns'])})\s+(?:of\s+(?:[\w'’-]+\s+){{1,6}})?to\s+"
                                r"(?:[a-z]+ly\s+)?$")
# "where" and up to four words of the forces' name right before the trigger's start: "where Ethiopian troops".
WHERE_BEFORE_RE = re.compile(r"\bwhere\s+(?:(?:some|about|around|up to|more than|[\d,]+)\s+)*(?:[\w'’.-]+\s+){0,3}$")
STANDING_RE = re.compile(rf"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+|permanently\s+)?"
                         rf"(?:{_lit(_DATA['standing_place']['verbs'])})\b")


_POSITION = _DATA["position"]
# Session 21 (prec21): a craft's whereabouts told in the past progressive in someone's words, the waters, airspace or
# territory it was in right after ("said the ships were sailing in international waters", "insists the bomber was flying
# over Syrian territory"): a claim of its lawfulness, no movement of its own (with its own day it stays one: "were sailing
# off the Portuguese coast on Tuesday").
POSITION_RE = re.compile(
    rf"(?P<be>(?:{_lit(_POSITION['be_forms'])})\s+(?:[a-z]+ly\s+)?)?(?:{_lit(_POSITION['verbs'])})\s+(?:{_lit(_POSITION['prepositions'])})\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_lit(_POSITION['places'])})\b")
BE_BEFORE_RE = re.compile(rf"\b(?:{_lit(_POSITION['be_forms'])})\s+(?:[a-z]+ly\s+)?$")


def position(lower: str, start: int, t0: int) -> bool:
    """Whether a craft's move read at t0 is only where it was: a progressive verb of travel and the space it was in."""
    m = POSITION_RE.match(lower, t0)
    # the be-form opens the hit ("was sailing in") or stands right before it ("were <sailing in>")
    return m is not None and (m.group("be") is not None or BE_BEFORE_RE.search(lower, max(start, t0 - 20), t0) is not None)


def no_deed(lower: str, kind: str, start: int, hit: re.Match[str], claimed: bool = False) -> bool:
    """Whether a trigger's hit (in a sentence starting at start) tells a state, a right or a standing place, no deed
    (claimed: the hit lies in someone's reported words and has no date phrase of its own)."""
    t0 = hit.start()
    if claimed and kind in ("ship_movement", "other") and position(lower, start, t0):
        return True  # "the ships were sailing in international waters": whereabouts, no voyage (session 21)
    before = lower[max(start, t0 - 70):t0]
    if kind == "ship_movement" and lower.startswith("left", t0) and LEFT_STATE_BEFORE_RE.search(before):
        return True  # "was left burning": what remained
    if RIGHT_TO_BEFORE_RE.search(before):
        return True  # "the right of all ships to sail": a principle, no act
    return kind == "deployment" and STANDING_RE.search(hit.group(0)) is not None \
        and WHERE_BEFORE_RE.search(lower[max(start, t0 - 50):t0]) is not None  # "where troops are based"


# "entered its waters", "violated their airspace", "intruded into our territorial sea": a move into the speaker's own
# space, never the speaker's own act (the doer stays the clause's subject, or none).
OWN_SPACE_RE = re.compile(rf"\b(?:its|their|our)\s+(?:own\s+)?(?:{_lit(_DATA['own_space']['modifiers'])}\s+)?"
                          rf"(?:{_lit(_DATA['own_space']['nouns'])})\b")


def into_own_space(lower: str, t0: int, end: int) -> bool:
    """Whether an act's words after its trigger at t0 (to end) tell a move into the speaker's own waters or airspace."""
    return OWN_SPACE_RE.search(lower, t0, min(end, t0 + 80)) is not None
