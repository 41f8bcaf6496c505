"""What parity compares, read once from the text: clauses, place, objects, count, tense, modality, summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline import datewords as DW
from timeline import lexicon as L
from timeline import sentindex as S
from timeline.asrole import AS_ROLE_AHEAD
from timeline.commaclauses import comma_clause_cuts
from timeline.serieslist import SAME_PAST, declared_act, object_follows
from timeline.speakers import Mention
from timeline.textmemo import per_text
from timeline.thatholes import subject_relative, that_holes
from timeline.timeclause import TIME_BEFORE_RE, cleft_that, following_breaks, since_breaks
from timeline.timeofday import is_time_after
from timeline.whereaside import where_aside_ends

# Where one clause ends and the next begins inside a sentence (on quote-masked text).
CLAUSE_BREAK_RE = re.compile(
    r";|:\s|\s[–—-]\s|—|,\s+(?:and|but|while|whereas|which|who|whom|although|though)\b"
    # ", as <an office>" names the office given ("named X, Y, as prime minister on Monday"): no clause (session 18)
    rf"|,\s+as\b{AS_ROLE_AHEAD}"
    r"|,\s+(?:in|during|under|by|after|from|at|on|with) which\b"
    # ", prompting Mexico to suspend relations": a consequence, done by another, is its own clause.
    r"|,\s+(?:prompting|forcing|leading|causing|pushing|spurring|compelling)\b(?=\s+\S+(?:\s+\S+){0,3}\s+to\s)"
    # Each word led by its first letter, the boundary before it read behind that letter ("t(?<!\wt)hat" is "\bthat"):
    # every branch then starts with a literal or a class, so the engine skips to those characters instead of trying
    # each branch at every position (1.6x; tests/timeline/test_speed_session12_b.py holds the plain form).
    r"|(?:t(?<!\wt)hat|a(?<!\wa)(?:fter|lthough)|b(?<!\wb)(?:efore|ecause)|w(?<!\ww)(?:hile|hereas|hen|hose|here))\b"
    # "since" opens a clause, but not the adverb of a perfect ("Iran has since released the tanker").
    r"|s(?<!\ws)(?<!\bhas s)(?<!\bhave s)(?<!\bhad s)ince\b(?! (?:been|then)\b)"
    r"|(?:i(?<!\wi)f|u(?<!\wu)nless|s(?<!\ws)hould)\b(?= (?:the|it|they|he|she|we|[A-Z]))"
)
# A subordinate clause opening the sentence ends at its first comma: "Ten days after an F-22 brought down
# the balloon, U.S. pilots have shot down three more objects" is two clauses, each with its own act.
LEAD_SUBORDINATE_RE = re.compile(
    # session 28 (acts28): "Nearly three weeks after X came down ..., Y says": "nearly", "almost", "some" lead the measure
    r"\s*(?i:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+|just|only|shortly|soon|not long|long"
    r"|nearly|almost|some|barely|about"
    r"|even|right|hours|days|weeks|minutes|moments)\s+){0,3}(?:(?:days?|hours?|weeks?|months?|minutes?|years?)\s+)?"
    r"(?:after|before|when|while|since|although|though|because|once|until|following))\s[^;:]{3,160}?"
    # ... at the first comma a subject follows, not a list of verbs ("Since guards rammed, fired on and seized X, ...").
    r"(?=,\s+(?:[A-Z\"“\d]|(?:the|a|an|its|their|his|her|it|they|he|she|we|both|two|three|four|some|many)\b))")
# Session 28 (acts28): never "all but" (almost all: "all but a handful have been killed" is one clause).
AND_RE = re.compile(r"\s(?:and|(?<!\ball )(?<!\bAll )but)\s+")
WORD_RE = re.compile(r"[\w’'-]+")
PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|off|to|into|over|inside|across|outside|around)\s+(?:the\s+)?"
    r"(?:(?:waters|coast|shores?|border)\s+(?:off|near|of)\s+(?:the\s+)?)?(?:an?\s+)?$",
    re.IGNORECASE,
)
# "the Russian border", "Iranian waters": a demonym naming a place; not when a force or agency that guards the place
# follows ("Indian border troops", "a Russian border patrol ship", "Turkish border police": the state's own forces).
DEMONYM_PLACE_RE = re.compile(r"\s+(?:port|border|coast|waters|capital|city|base|island|airspace|territory)\b"
                              r"(?!\s+(?:guards?|troops|police|patrols?|forces|units?|services?|officers|officials|authorities"
                              r"|rangers|soldiers|personnel|agents|ships?|vessels?|boats?|cutters?)\b)")
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
SUMMARY_MAX = 100
# A sentence-initial phrase whose names are not the subject: "According to the military, X fired".
LEADING_ADVERBIAL_RE = re.compile(
    r"\s*(?:According to|At|In|After|Following|During|On|Citing|Speaking|Asked|Under|Despite|If|When|"
    r"Unless|While|Although|As|Because|Should|Once)\b[^,;]{1,120},\s*")
LEAD_WORD_RE = re.compile(r"(?:and|but|that|which|who|while|after|as)\s+")
TAIL_WORD_RE = re.compile(r"[,;]?\s+(?:and|but|or|with|while)$")
TAIL_WORDS = ("and", "but", "or", "with", "while")  # TAIL_WORD_RE's words
# A bare present verb opening a when- or that-clause looks ahead ("when EU leaders meet in September",
# "proposed that the two leaders meet this summer"): news tells what is done in the past tense.
# Not a noun after a determiner or a possessive ("after the vote, troops sealed the border", "before Sunday's visit"):
# a noun says nothing of the clause's time (session 20, lead).
AHEAD_RE = re.compile(r"[\s,]*(?:when|once|until|before|after|that)\s+(?:[\w-]+\s+){1,4}?"
                      r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
                      r"(?<!\bthis\s)(?<!\bthat\s)(?<!['’]s\s)(?:meet|gather|convene"
                      r"|vote|sign|visit|travel|arrive|begin|start|hold|resume|take effect)\b")
# "starting June 14", "effective from 1 July": a measure's start lies ahead.
STARTING_RE = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?(?:[a-z]+\s+)?\d")
# "the exercise begins on Monday", "arrives in Manila on Tuesday": a scheduled event told in the present lies ahead
# (not "originally due to end on 7 August": a plan's verb after "to" says nothing of the clause's time).
# Session 20 (dates20): more verbs of a schedule told in the present ("EU ministers meet in Brussels on Monday", "Blinken
# heads to Cairo on Tuesday", "X, who takes office on Jan. 20,", "the council holds an emergency session on Monday", "the
# ultimatum expires on Sunday"); never after "not" ("did not meet on Monday").
SCHEDULED_RE = re.compile(r"(?<!\bto )(?<!\bwould )(?<!\bdid )(?<!\bcould )(?<!\bnot )\b(?:begins?|starts?|opens?|ends?|closes?"
                          r"|kicks? off|gets? under way|takes? place|arrives?"
                          r"|departs?|resumes?|concludes?|runs?|meets?(?:\s+(?:his|her|their|its|the)(?:\s+[\w'’-]+){1,3}?"
                          r"(?=\s+(?:in|at|on|next|this|later|tomorrow)\b))?|convenes?"
                          r"|(?:heads|travels|flies|sails|leaves|returns)\s+(?:to|for)(?:\s+[\w'’-]+){1,3}?(?=\s+on\b)"
                          r"|expires?|takes? office|(?:is|are) sworn in|go(?:es)? to the polls|holds?\s+(?:an?\s+|the\s+|its\s+"
                          r"|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks|session|meeting|summit|referendum|election|drills|exercises?"
                          r"|consultations))\s+(?:(?:in|at|off|near)\s+(?:[\w'’-]+\s+){1,3})?"
                          r"(?:on|next|this|later|tomorrow|from)\b")
# "Hezbollah, which is backed by Iran, fired": a relative clause set off by commas inside the subject.
RELATIVE_RE = re.compile(r",\s+(?:which|who|whom)\b[^,;:–—]{1,120},\s+")


# What may stand between a subject's name and its verb (lowered text): a body of it ("Chinese police", "Peru's
# Congress"), auxiliaries, adverbs and date words ("Russia on Tuesday formally expelled"); never "was" (a passive).
SUBJECT_GAP_RE = re.compile(
    r"(?:['’]s)?(?:[\s,]+(?:has|have|had|also|then|later|again|now|finally|itself|themselves|\w+ly|on|in|last|this"
    r"|since|already|still|just|too|meanwhile|however|instead|nonetheless|nevertheless|for (?:its|their|his|her) part"
    r"|earlier|overnight|yesterday|today|early|late|week|weekend|month|year|morning|afternoon|evening|night"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|\d{1,4}(?:st|nd|rd|th)?|authorities|police|forces|troops|officials|government"
    r"|prosecutors|courts?|judges?|parliament|lawmakers|legislators|army|military|junta|navy|regime|cabinet|leaders?"
    r"|ministry|security|services?|intelligence|agents|regulators?|senate|congress|state|central|bank|president"
    r"|prime|minister|council|assembly|presidency|administration|constitutional|supreme|high|top|federal|national"
    r"|interim|general|judiciary|tribunal|guards?|coast|border|customs|agency|commission|committee|legislature"
    r"|delegation|embassy|mission|diplomats|new)){0,8}[\s,]+$")
# A name that is the object of a preposition is no subject: "talks with Russia ended", "a ban by the EU".
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|by|with|to|from|for|against|on|in|at|over|between|about|than|like"
                                   r"|including|into|toward|towards|under|after|before|since)\s+(?:the\s+)?$", re.I)
# An aside between a subject and its verb: ", which runs the registry,", ", the country's regulator,", ", citing the law,".
ASIDE_RE = re.compile(r",\s+[^,;:()\[\]–—\"“”]{2,110}?,(?=\s)")
# Where the subject is, right after it: "Police in the capital", "Officials in Kabul", "troops near the border".
SUBJECT_PLACE_RE = re.compile(r"\s+(?:in|at|near|along|across|around)\s+(?:the\s+)?[a-z'’.-]+"
                              r"(?:\s+(?:city|capital|province|region|area|port|border|north|south|east|west))?(?=\s)")
# ", France and Italy," is more of a subject list, not an aside ("Germany, France and Italy expelled" names three doers).
LIST_ASIDE_RE = re.compile(r"^,\s+(?:the\s+)?[A-Za-z.'’-]+(?:\s+[A-Za-z.'’-]+)?\s+(?:and|or)\s")
# Passive forms a named subject still did: "Netanyahu was sworn in", "Ruto was elected president".
SUBJECT_PASSIVE_RE = re.compile(r"(?:was|were|has been|have been|had been)\s+(?:sworn in|elected|re-elected"
                                r"|inaugurated)\b")


def subject_before(lower: str, names: Sequence[tuple[int, int]], start: int, trigger: int, aside: bool = False,
                   timed: bool = False) -> int | None:
    """The index of the name (start, end) inside the clause that is the subject right before the verb at
    `trigger` ("Zambia evicted", "Kazakhstan on Tuesday outlawed", "Chinese police detained"; with `aside` also across
    an aside set off by commas: "Ecuador, under pressure from Washington, rescinded"; lower: lowered text; with `timed` a
    time clause's own subject too: "after the army closed"), else None."""
    for i, (a, b) in enumerate(names):
        if not (start <= a and b <= trigger) or PREPOSITION_BEFORE_RE.search(lower, max(start, a - 12), a) and not (
                timed and TIME_BEFORE_RE.search(lower, max(start, a - 12), a)):
            continue
        if aside and (between := ASIDE_RE.match(lower, b, trigger) or SUBJECT_PLACE_RE.match(lower, b, trigger)) \
                is not None and not LIST_ASIDE_RE.search(between.group(0)):
            b = between.end()  # an aside set off by commas, or where the subject is ("Police in the capital dispersed")
        if SUBJECT_GAP_RE.fullmatch(lower, b, trigger) or (
                (passive := SUBJECT_PASSIVE_RE.search(lower, b, min(len(lower), trigger + 24))) is not None
                and passive.end() >= trigger and SUBJECT_GAP_RE.fullmatch(lower, b, passive.start())):
            return i
    return None


def aside_before(lower: str, start: int, trigger: int) -> list[tuple[int, int]]:
    """The aside set off by commas that ends right before the verb at `trigger` ("Ecuador, under pressure from
    Washington, rescinded": Washington is no doer), as a span, or none."""
    for m in ASIDE_RE.finditer(lower, start, trigger):
        if m.start() > start and not LIST_ASIDE_RE.search(m.group(0)) and SUBJECT_GAP_RE.fullmatch(lower, m.end(), trigger):
            return [(m.start(), m.end())]
    return []


# Verbs of speech that with a noun object are acts ("declared a curfew", "declared the envoy persona non grata").
DECLARED = frozenset({"declared", "declares"})
DECLARED_OBJECT_STARTS = frozenset({"a", "an", "martial", "the", "his", "her", "its", "their", "two", "three", "war"})


def _and_cuts(text: str, start: int, end: int) -> list[int]:
    cuts: list[int] = []
    if text.find("and", start, end) < 0 and text.find("but", start, end) < 0:
        return cuts  # AND_RE has nothing to find (session 16: one find each, not a scan of every position)
    last = start
    breaks: list[int] | None = None  # clause-break ends, found once when an "and" is met
    for m in AND_RE.finditer(text, start, end):
        words = WORD_RE.findall(text, m.end(), min(end, m.end() + 80))[:6]
        # "sent troops to the Baltic states and Poland in recent weeks and added jets": the verb after a later "and" is
        # that "and"'s, not this one's (session 15: the first "and" cut "Poland" off as a clause of its own)
        if "and" in words:
            words = words[:words.index("and")]
        # "South Korea and the United States began": no verb before "and", so one subject.
        # A verb of speech on the left opens reported words, not a clause "and" could close.
        # Only the words since the last clause break: "began on 28 April, when Kyrgyz and Tajik guards
        # traded fire" joins two subjects ("began" is another clause's verb).
        if breaks is None:
            breaks = _breaks(text, start, end, ends=True)
        lo = max([last] + [b for b in breaks if b <= m.start()])
        found = WORD_RE.findall(text, lo, m.start())
        # "declared martial law and ordered troops out": a declaration with its object is an act, not reported words.
        # "recalled its ambassador and canceled three exercises": a verb of speech only before "that" is an act here.
        left = [w for i, w in enumerate(found) if not is_reporting(w) or w in DECLARED
                and i + 1 < len(found) and found[i + 1] in DECLARED_OBJECT_STARTS
                or w in L.CLAUSE_ONLY_VERBS and i + 1 < len(found) and found[i + 1] != "that"]
        # "intercepted and destroyed a drone": two verbs of one subject and one object, one clause.
        # "fired on and seized two trawlers": the same, with the first verb's preposition ("opened fire on and captured").
        verb = left[-3] if len(left) > 2 and left[-1] in ("on", "at", "upon") and left[-2] == "fire" \
            else left[-2] if len(left) > 1 and left[-1] in ("on", "at", "upon") else left[-1] if left else ""
        # "stormed and set fire to the office": an irregular past sharing the object too (session 16)
        joined = verb.endswith("ed") and bool(words) and (words[0].endswith("ed") or words[0] in JOINED_IRREGULAR) \
            and m.group(0).strip() == "and" and text[m.start() - 1:m.start()] not in (",", ";")
        # ", expelling 10 envoys and barring eight officials": two participles, two acts.
        tail = text[lo:m.start()].rsplit(",", 1)
        paired = len(tail) == 2 and bool(words) and _participle(words[0]) and _participle(
            (tail[1].split() or [""])[0])
        if _joins_nouns(text, m.end(), end):
            continue  # "imposed bans on its leaders and their families, froze ties": the verb after the comma is the series'
        if _adjective_only(words):
            continue  # "has moved troops and armoured cars to Busia": one object, no clause (session 27)
        # "have been killed and 18 wounded" too: the perfect's "been" is shared as "were" is (session 16)
        if CASUALTY_ELLIPSIS_RE.match(text, m.end(), end) and ("were" in found or "was" in found or "been" in found):
            continue  # "Two people were killed and dozens wounded yesterday": one tally, its "were" shared (session 15)
        if BARE_PARTICIPLE_RE.match(text, m.end(), end) and ("were" in found or "was" in found):
            continue  # "was diverted to Taranto and searched, the official said": one passive's second participle
        # "..., froze defence ties and cut aid": a bare verb spelt like its noun right after the "and" that closes a
        # series of predicates is one more predicate (session 13; never "dragged ... and cut the cable": one act)
        bare = bool(words) and words[0] in AND_BARE_VERBS and any(_verbish(w) for w in left) \
            and SERIES_RE.search(text, lo, m.start()) is not None
        # "ambushed a convoy and stole three trucks": an irregular past right after "and" (or after "then"/"later") opens a
        # predicate as a regular one does (session 16)
        irregular = bool(words) and (words[0] in AND_IRREGULAR or len(words) > 1 and words[0] in ("then", "later", "also")
                                     and words[1] in AND_IRREGULAR)
        if paired or bare or words and words[0] != "that" and not joined and (_finite(words) and not _contact_relative(words)
                                                                              and not _relative_verb(words, _to_punctuation(text, m.end(), end)) or irregular) \
                and _left_verb(left):
            cuts.append(m.start())
            last = m.end()
    return cuts


# "were killed and dozens wounded", "and 15 others injured": a count of people and a participle of harm with no
# auxiliary of its own after "and" shares the passive before it (session 15).
CASUALTY_ELLIPSIS_RE = re.compile(
    r"(?:\d[\d,]*|dozens|scores|hundreds|thousands|many|several|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty)(?:\s+(?:more|others|other|people|civilians|soldiers|police|policemen|"
    r"officers|troops|protesters|demonstrators|passengers|crew|sailors|fishermen))?\s+(?:wounded|injured|hurt|"
    r"detained|arrested|missing)\b", re.IGNORECASE)
# "and searched," / "and searched.": a participle alone closing a passive's clause (session 15).
BARE_PARTICIPLE_RE = re.compile(r"[a-z]{3,}ed\s*(?:[,;.]|$)")
# Session 16: irregular pasts right after "and" that share the verb before it and its object ("stormed and set fire to the
# mayor's office", "attacked and shot two guards"): one act, as "intercepted and destroyed" is.
# Session 28 (acts28): "took" ("which the South Africans stormed and took after a three-hour fight": one object).
JOINED_IRREGULAR = frozenset({"set", "shot", "hit", "tore", "blew", "burnt", "overran", "retook", "sank", "took"})
# Session 16: irregular pasts of acts no CLAUSE_VERBS list holds, a predicate when one opens the words after "and"
# ("ambushed a convoy and stole three trucks", "opened fire and hit two boats", "shelled the town and drove out").
AND_IRREGULAR = frozenset({"hit", "stole", "drove", "threw", "tore", "blew", "caught", "dug",
                           "swept", "slew", "beat", "seized", "burnt", "shut"})
# Session 13: past forms spelt like the present or a noun, a predicate when one opens the words after "and".
AND_BARE_VERBS = frozenset({"cut", "shut", "put", "set", "hit", "quit", "split", "spread", "shed"})
# "and their families, froze": "and" + a determiner's noun phrase, then a comma right before a verb (session 13).
AND_NOUNS_RE = re.compile(r"(?:the|their|its|his|her|our|a|an|other|all|some|two|three|four|several)\s+[^,;:]{1,60}?,\s+")
# Session 25 (acts25): "and" + a bare noun phrase closed by a comma before a series verb ("renounced its treaty of friendship
# and cooperation with the Soviet Union, ordered ... out"): the same join, its first word no setting or subject of a clause.
AND_BARE_NOUNS_RE = re.compile(r"(?!(?:on|in|at|by|for|from|to|after|before|during|then|later|also|he|she|it|they|we|i|you"
                               r"|there|this|that|these|those)\b)[a-z][\w'’-]*(?:\s+[^,;:]{1,60}?)?,\s+")
# Session 25 (acts25): a verb right after a pronoun that follows a noun is a contact relative clause's ("stripped of the naval
# and air facilities it has built up"), never the verb of a clause "and" opens; unless the words before are a setting or a
# time ("and on Monday they struck", "and the next day it fired").
CONTACT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you"})
CONTACT_LEADS = frozenset({"on", "in", "at", "by", "for", "from", "to", "after", "before", "during", "then", "later", "also",
                           "since", "when", "as", "once", "while", "until", "within", "over"})
CONTACT_TIMES = frozenset({"day", "days", "night", "morning", "afternoon", "evening", "week", "weeks", "month", "months",
                           "year", "years", "time", "hour", "hours", "moment", "today", "yesterday", "tonight"})


# A frame's words and the sentence's clauses ask for the same spans in turn (about one call in four was a span read
# already; session 16).
and_cuts = per_text(_and_cuts, """Offsets of "and"/"but" that open a new clause: a verb follows within six words
("..., boasted X and last week conducted Y"), and it is not "and that" (more reported words).""")


def _relative_verb(words: list[str], rest: str) -> bool:
    """Whether the first verb after an "and" is a relative clause's, with no verb of a clause after it up to the next
    punctuation (rest): "killed all seven hijackers and about 20 soldiers who tried to stop them" (one object more, no
    clause); never "and two policemen who tried to flee were shot" nor "and the villagers who stayed fled" (session 27,
    kinds27 and acts27's two rules made one by the lead)."""
    i = next((i for i, w in enumerate(words) if _verbish(w)), -1)
    if not (i >= 2 and any(w in ("who", "which", "whom") for w in words[1:i])):
        return False
    after = WORD_RE.findall(rest)[i + 1:]
    return AUX_AFTER_RE.search(rest) is None and not any(
        (_verbish(w) or w in past_forms()) and prev != "to" for prev, w in zip([words[i], *after], after, strict=False))


@cache
def past_forms() -> frozenset[str]:
    """Irregular past forms ("fled", "fought"; some also bare: "hit", "cut"): openverbs.toml's and actfirst.toml's, read
    here since the rule modules that use them import this one."""
    return frozenset(L._load("openverbs")["irregular"]) | frozenset(L._load("actfirst")["irregular_verbs"])


AUX_AFTER_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b")


def _to_punctuation(text: str, at: int, end: int) -> str:
    """text[at:end] up to the first comma, semicolon, colon or full stop."""
    stop = PUNCTUATION_RE.search(text, at, end)
    return text[at : stop.start() if stop else end]


PUNCTUATION_RE = re.compile(r"[,;:.]")


def _contact_relative(words: list[str]) -> bool:
    """Whether the first verb of the words after an "and" follows a pronoun after a noun: a contact relative clause's."""
    i = next((i for i, w in enumerate(words) if _verbish(w)), -1)
    return i >= 2 and words[i - 1] in CONTACT_PRONOUNS and words[i - 2] not in CONTACT_TIMES and words[0] not in CONTACT_LEADS \
        and words[0] not in CONTACT_PRONOUNS and words[0].islower()


def _joins_nouns(text: str, at: int, end: int) -> bool:
    """Whether the words after an "and" at `at` are a noun phrase closed by a comma before a series verb."""
    m = AND_NOUNS_RE.match(text, at, end) or AND_BARE_NOUNS_RE.match(text, at, end)
    if m is None:
        return False
    if any(_verbish(w) for w in WORD_RE.findall(text, at, m.end())):
        return False
    return SERIES_RE.match(text, text.rindex(",", at, m.end()), end) is not None


_REPORTING: dict[str, bool] = {}  # word -> L.REPORTING_VERB_RE.fullmatch(word) is not None


def is_reporting(word: str) -> bool:
    """Whether the word is a reporting verb (remembered: the pattern is large and words repeat)."""
    got = _REPORTING.get(word)
    if got is None:
        got = _REPORTING[word] = L.REPORTING_VERB_RE.fullmatch(word) is not None
        if len(_REPORTING) > 100_000:  # any text: a bounded memo
            _REPORTING.clear()
    return got


def _finite(words: list[str]) -> bool:
    """Whether the words hold a verb that is no reduced relative ("individuals accused of", "ships seen by")."""
    return any(_verbish(w) and not (w.endswith("ed") and nxt in ("of", "by", "as", "with"))
               for w, nxt in zip(words, [*words[1:], ""], strict=True))


def _participle(word: str) -> bool:
    return len(word) > 5 and word.endswith("ing") and word.islower() and word not in NOT_PARTICIPLES


# -ing words that head a list or a phrase, not an act: "including cutting links and expelling workers".
NOT_PARTICIPLES = frozenset({"including", "according", "following", "regarding", "concerning", "during", "excluding",
                             "pending", "notwithstanding", "involving", "something", "nothing", "anything", "everything"})


def _verbish(word: str) -> bool:
    # "the United States, Japan and Australia will hold": a capitalised "-ed" word is a name, not a verb.
    return word in L.CLAUSE_VERBS or (word.endswith("ed") and len(word) > 4 and word.islower())


# Session 27 (acts27): "-ed" words that are only adjectives ("has moved troops and armoured cars to Busia": no clause at
# "and armoured" when no other verb, nor an irregular past, follows), and those pasts.
NEVER_VERBS = frozenset(L.MILITARY_SUBJECT_ACTS.get("never_verbs", []))
IRREGULAR_PASTS = frozenset(L.MILITARY_SUBJECT_ACTS.get("irregular", []))


# Session 28 (acts28): a participle right after its noun and before "by" modifies that noun ("troops backed by armoured
# cars and helicopters crossed into Lesotho"): no verb of the left clause, so the "and" joins two nouns.
PASSIVE_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "get", "got", "gets"})


def _left_verb(left: list[str]) -> bool:
    """Whether the words before an "and" hold a verb other than a participle modifying the noun before it or a force's
    adjective ("troops backed by armoured cars": none; "were backed by" and "backed the rebels" are verbs)."""
    if not any(_verbish(w) for w in left):
        return False
    return any(_verbish(w) and w not in NEVER_VERBS
               and not (w.endswith("ed") and i + 1 < len(left) and left[i + 1] == "by"
                        and i > 0 and left[i - 1] not in PASSIVE_AUX and not _verbish(left[i - 1]))
               for i, w in enumerate(left))


def _adjective_only(words: list[str]) -> bool:
    """Whether the only verb-like words after an "and" are adjectives of a force or a craft ("armoured cars to Busia")."""
    return any(w in NEVER_VERBS for w in words) and not any(
        _verbish(w) and w not in NEVER_VERBS or w in IRREGULAR_PASTS or w in AND_IRREGULAR for w in words)


def subject_scope(text: str, start: int, trigger: int) -> int:
    """Where the clause's subject may start: after a leading "According to X," or "If ...," phrase."""
    m = LEADING_ADVERBIAL_RE.match(text, start, trigger)
    return m.end() if m else start


def relative_holes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Relative clauses between commas that a main verb follows ("X, which is backed by Y, fired"):
    their names are never the main clause's subject."""
    holes = []
    # every match holds "wh" (which, who, whom): a window with none is not scanned (session 16)
    for m in RELATIVE_RE.finditer(text, start, end) if text.find("wh", start, end) >= 0 else ():
        words = WORD_RE.findall(text, m.end(), min(len(text), m.end() + 30))[:1]
        if words and words[0] not in ("and", "but", "or") and (_verbish(words[0]) or words[0] in L.AFTER_RELATIVE_VERBS):
            holes.append((m.start(), m.end()))
    return holes + that_holes(text, start, end)  # "A helicopter that had taken off ... crashed" (session 14)


# A predicate of a series after its comma: "boarded the tanker, seized its cargo and detained the crew", "captured the
# village, then advanced toward the town" (a past-tense verb right after the comma, "then" or an "and" + verb later).
SERIES_RE = re.compile(r",\s+(?P<then>(?:then|later|and then)\s+)?(?P<verb>[a-z]{3,}ed|went|came|flew|began|struck|hit|shot"
                       r"|ran|fell|sank|took|left|sent|fought|drove|withdrew|overflew|re-entered|crossed"
                       # session 13: irregular past forms of measures ("..., froze defence ties and cut aid")
                       r"|froze|broke|built|bought|sold|forbade|withheld|swore|shut|cut)\b(?! by\b)")
SERIES_AND_RE = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:[a-z]{3,}ed|went|came|flew|began|struck|hit|shot|ran|fell|sank"
                           r"|took|left|sent|fought|drove|withdrew|re-entered|cut|shut|set|put"
                           # a perfect's series ends in a participle too ("had stormed the base, killed four guards and
                           # taken two hostages": session 11)
                           r"|taken|given|driven|thrown|stolen|flown|blown|broken|sunk|begun|withdrawn)\b")


# Session 16 (other16): a series predicate's verb with an object of its own right after it ("cut ties on 25 August,
# closed its airspace to all Moroccan aircraft on 22 September, and now the gas"): a participle set off after a noun
# takes no determiner's object ("the envoy, summoned the day before,": a time, not an object).
SERIES_OBJECT_RE = re.compile(r"\s+(?:its|their|the|a|an|all|his|her|two|three|four|five|six|seven|eight|nine|ten|"
                              r"dozens of|hundreds of|several|some|more than|at least|\d[\d,]*)\s+(?!(?:day|night|week|"
                              r"month|year|previous|following|same|next|last|first|morning|evening|weekend|times?|"
                              r"days|weeks|months|years|hours)\b)")
# Session 16: irregular pasts that make the words before a series comma a predicate ("Algeria cut diplomatic ties on
# 25 August, closed ...": "cut" is no CLAUSE_VERBS word, for it is also a noun elsewhere).
SERIES_LEFT_VERBS = frozenset({"cut", "shut", "froze", "broke", "withdrew", "sank", "struck", "seized", "expelled"})


def _series_goes_on(text: str, at: int, end: int) -> bool:
    """Whether the predicate opened at `at` runs to the sentence's end, to a comma before "and"/"then" (a series
    "A, B, and C") or before an attribution (", the army said"), not to a comma before more words of the clause before
    ("the tanker, renamed the X, in April")."""
    comma = text.find(",", at, end)
    return comma < 0 or SERIES_CLOSE_RE.match(text, comma + 1, end) is not None


# What may follow the comma that closes a series predicate: "and"/"then"/"but", or an attribution (session 16).
# Session 25 (acts25): or a participle's tail that closes the sentence's whole series (", accusing both of arming X").
# Session 26 (acts26): any past verb of an attribution ("..., occupied X and blew up Y, Radio Tanzania announced").
SERIES_CLOSE_RE = re.compile(r"\s+(?:and|then|but)\b|\s+(?:[\w'’.-]+\s+){1,5}(?:said|says|reported|added|told|announced"
                             r"|stated|claimed|confirmed|declared|reports|announces|states)\b"
                             r"|\s+[a-z]{3,}ing\b")


def series_cuts(text: str, start: int, end: int, breaks: list[int]) -> list[int]:
    """Offsets of the commas that open a predicate of a series of one subject's acts ("entered the zone, sailed for two
    hours and left"): the words before the comma, since the last clause break, already hold a verb."""
    cuts = []
    for m in SERIES_RE.finditer(text, start, end):
        verb = m.group("verb")
        # "..., declared a state of emergency and took over": a declaration with its object is an act (session 16,
        # other16); ", recalled its envoy": a verb that reports only in a clause, with its object, too (clause16)
        if is_reporting(verb) and not (verb in DECLARED and (WORD_RE.findall(text, m.end(), m.end() + 12)
                                                             or [""])[0] in DECLARED_OBJECT_STARTS) \
                and not declared_act(text, m.start("verb")) \
                and not (verb in L.CLAUSE_ONLY_VERBS and object_follows(text, m.end())):
            continue
        lo = max([start] + [b for b in breaks if b <= m.start()])
        left = WORD_RE.findall(text, lo, m.start())
        if not left:
            continue
        # the words before the comma with a verb of their own, no aside after the subject ("Mongolia, squeezed between
        # its neighbours, delisted the company": the participle is no predicate; session 16)
        main = WORD_RE.findall(text, lo, text.find(",", lo, m.start()) if "," in text[lo:m.start()] else m.start())
        objected = SERIES_OBJECT_RE.match(text, m.end()) is not None and not is_reporting(verb) \
            and any(_verbish(w) or w in SERIES_LEFT_VERBS for w in main) and _series_goes_on(text, m.end(), end)
        if not objected and not any(_verbish(w) or w in SAME_PAST for w in left):
            continue  # "The frigate, built in 1990, sank": a participle after the subject
        if _verbish(left[-1]) or left[-1] in ("on", "at", "upon") or len(left) > 1 and _verbish(left[-2]) \
                and left[-1] in ("on", "at", "upon", "up", "down", "off"):
            continue  # "rammed, fired on and captured three boats": verbs of one object, one act
        if m.group("then") or SERIES_AND_RE.search(text, m.end(), min(end, m.end() + 120)) or objected or (
                "," not in text[lo:m.start()] and (_finite(left) or any(w in SAME_PAST for w in left))
                and object_follows(text, m.end()) and _series_goes_on(text, m.end(), end)):
            cuts.append(m.start())  # session 16: a series closed by no "and" + verb ("..., closed its airspace on 22 May")
    return cuts


STEP_THAT_RE = re.compile(r"(?:after|before)\s+$")  # the "after"/"before" right before a "that"


def _breaks(text: str, start: int, end: int, ends: bool = False) -> list[int]:
    """Where CLAUSE_BREAK_RE's clauses open in text[start:end] (their ends with `ends`), less a time of the day after
    "after"/"before" and a "since" that leads a predicate's own day (session 23: timeclause.since_breaks)."""
    out: list[int] = []
    for b in CLAUSE_BREAK_RE.finditer(text, start, end):
        if is_time_after(text, b.start()):
            continue
        if text.startswith("that", b.start()) and cleft_that(text, start, b.start()):
            continue  # "It was not until 12 March that troops crossed": the day is the act's (session 23)
        if text.startswith("that", b.start()) and (step := STEP_THAT_RE.search(text, max(start, b.start() - 8), b.start())) \
                and is_time_after(text, step.start()):
            continue  # "the day before that, a tug had collided": the step back's pronoun, no clause (session 28)
        if text.startswith("since", b.start()):
            out += [(c + 5 if c == b.start() else c + 1) if ends else c for c in since_breaks(text, start, b.start(), end)]
            continue
        out.append(b.end() if ends else b.start())
    return sorted(set(out))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split at semicolons, dashes, subordinators, "and" + verb and the commas of a series
    of predicates; a relative clause inside the subject comes first as its own span, and the main clause runs around it."""
    return clause_parts(text, start, end)[2]


def clause_parts(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]]]:
    """(relative_holes, series_cuts, clauses) of text[start:end], each found once (openverbs reads all three)."""
    holes = relative_holes(text, start, end)
    # "passed the strait shortly after midnight on 5 May": a time of the day, no clause of its own (session 14)
    breaks = _breaks(text, start, end)
    if "following" in text[start:end] or " as " in text[start:end]:  # "X following the capture of Y", "as ships shadowed"
        breaks = sorted(breaks + following_breaks(text, start, end))
    # "A helicopter that had taken off from the frigate crashed": a relative clause inside the subject (session 14)
    breaks = [b for i, b in enumerate(breaks) if not subject_relative(text, breaks[i - 1] if i else start, b)]
    series = series_cuts(text, start, end, breaks)
    cuts = breaks + and_cuts(text, start, end) + series
    if text.count(",", start, end) > 1:  # "A retook X, B landed at Y, and ...": a middle clause's own subject (session 16)
        cuts += comma_clause_cuts(text, start, end, breaks, lambda ws: any(_verbish(w) or w in SERIES_LEFT_VERBS
                                                                           for w in ws), is_reporting)
    if ", where" in text[start:end]:  # "Outside the stadium, where thousands had gathered, police fired" (session 15)
        cuts += where_aside_ends(text, start, end)
    if (lead := LEAD_SUBORDINATE_RE.match(text, start, end)) is not None:
        cuts.append(lead.end())
    cuts = [c for c in cuts if not any(h0 <= c < h1 for h0, h1 in holes)]
    bounds = sorted({start, *cuts, end})
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    return holes, series, holes + spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without surrounding spaces, joining punctuation or a leading conjunction."""
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    m = LEAD_WORD_RE.match(text, start, end)
    if m and end - m.end() > 3:
        start = m.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    # TAIL_WORD_RE ends at `end` (no space is left there), so only a span ending in one of its words can match.
    tail = TAIL_WORD_RE.search(text, start, end) if text.endswith(TAIL_WORDS, start, end) else None
    if tail and tail.start() - start > 3:
        end = tail.start()
    return start, end


def place_of(text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """Where it happened: the first place after "in/at/near/off/to" in the span."""
    for m in mentions:
        if m.start < start or m.end > end or m.kind not in ("entity", "region", "demonym"):
            continue
        if not PLACE_BEFORE_RE.search(text[max(0, m.start - 40):m.start]):
            continue
        if m.kind == "demonym":
            tail = DEMONYM_PLACE_RE.match(text, m.end)
            if tail:
                return text[m.start:tail.end()]
            continue
        return text[m.start:m.end] if m.form == "seat" and not text[m.start:m.end].startswith("the ") else m.name
    return None


# The lists objects_of reads, each searched only in a span holding one of its words (session 20: most spans name no
# ship, weapon or unit; the words found once per body by the excerpt's index, sentindex.list_gate).
SHIP_NAMES = S.Listed(L.SHIP_NAME_RE)
WEAPONS = S.Listed(L.WEAPON_RE, re.compile(rf"(?<![\w-])(?:{L.WEAPON_ALT})(?![\w-])"))
SHIP_TYPES = S.Listed(L.SHIP_TYPE_RE)
UNITS = S.Listed(L.UNIT_RE)


def objects_of(text: str, lower: str, start: int, end: int, ships: dict[str, str]) -> list[str]:
    """Ships, weapons and units named in the span, in order, each once (lower: lowered(text))."""
    found: list[tuple[int, str]] = []
    for m in SHIP_NAMES.finditer(text, start, end):
        found.append((m.start(), f"{m.group('prefix')} {m.group('name')}"))
    for bare, full in ships.items():
        at = text.find(bare, start, end)
        while at >= 0:
            if not text.endswith(full.split()[0] + " ", 0, at):  # "USS Carl Vinson" is found above
                found.append((at, full))
            at = text.find(bare, at + len(bare), end)
    for m in WEAPONS.finditer(text, start, end):
        found.append((m.start(), m.group(0)))
    hulls = [(m.start(), m.end()) for m in SHIP_TYPES.finditer(lower, start, end)]
    for m in UNITS.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in hulls):  # "aircraft" of "aircraft carrier"
            found.append((m.start(), m.group(0)))
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out and not any(name in o for o in out):
            out.append(name)
    return out


def count_of(lower: str, start: int, end: int, skip: list[tuple[int, int]], body: str = "") -> str | None:
    """The first number the claim rests on, outside dates, years, weapon or ship names and proper names."""
    text = lower
    for m in L.COUNT_RE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in skip) or YEAR_RE.match(m.group(0)):
            continue
        if m.start() > 0 and text[m.start() - 1] in "-/":
            continue
        if body and _in_proper_name(body, m.start()):
            continue
        return m.group(0)
    return None


def _in_proper_name(body: str, at: int) -> bool:
    """A number word with a capital inside a sentence is part of a name ("the Fifth Fleet", "Second Thomas Shoal")."""
    if not body[at].isupper():
        return False
    before = body[:at].rstrip()
    return bool(before) and before[-1] not in ".!?\"“‘'(:;—–-\n"


def tense_of(lower: str, start: int, end: int) -> str:
    """future when the clause looks forward ("will", "is scheduled to", "when leaders meet in
    September", "bar banks from buying bonds starting June 14", "the exercise begins on Monday"), else past."""
    ahead = L.FUTURE_RE.search(lower, start, end) or AHEAD_RE.match(lower, start, end) \
        or STARTING_RE.search(lower, start, end) or SCHEDULED_RE.search(lower, start, end) \
        or DUE_AHEAD_RE.search(lower, start, end)
    return "future" if ahead else "past"


# Session 27 (kinds27): a schedule or an expectation told in the present looks forward ("the foreign minister is due in
# Moscow by the end of the week", "The Government expects the bulk of UK forces to leave by 15 June"): dates.toml
# [ahead]; "expects X to" only with no clause break between and a verb after "to".
_AHEAD = DW.lexicon()["ahead"]
DUE_AHEAD_RE = re.compile(rf"\b(?:{L.spaced_alt(_AHEAD['present'])})\b"
                          rf"|\b(?:{L.spaced_alt(_AHEAD['object_then_to'])})\s+[^.;:,()]{{1,60}}?\bto\s+(?!the\b|a\b|an\b)[a-z]")


# "a round of talks is scheduled for next week", "the summit is due to open": the trigger's own plan, told after it.
AHEAD_AFTER_RE = re.compile(r"\s(?:is|are)\s+(?:now\s+)?(scheduled|due|set|planned|slated|expected)\b")
# "The summit will take place in Anchorage on Friday": a noun's own future after it.
WILL_AFTER_RE = re.compile(r"\s(?:will|is to|are to)\s+(?:be\s+held|take\s+place|open|begin|start|convene|go\s+ahead|resume)\b")
# "called on the government to expel", "pressed Tokyo to lift": the act asked of another, not done.
CALLED_ON_RE = re.compile(r"\b(?:call(?:ed|s|ing)? on|appeal(?:ed|s|ing)? to|press(?:ed|es|ing)|ask(?:ed|s|ing)"
                          r"|encourag(?:ed|es|ing)|invit(?:ed|es|ing)|challeng(?:ed|es|ing))\s+[^.;:]{1,60}?\bto\s+(?:\w+ly\s+)?$")


def modality_of(text: str, start: int, trigger: int, end: int, reported: bool,
                dates: Sequence[tuple[int, int]] = (), trigger_end: int | None = None) -> tuple[str, str]:
    """(modality, polarity) of an event from the cues of its clause (text: lowered). A cue inside a
    date phrase is none: "on May 2" holds no modal "may". A plan's cue may run into the trigger ("is
    scheduled to meet" with the trigger "to meet", "leaders will meet" with "leaders ... meet")."""
    res = L.MODALITY_RES

    def cue(name: str, a: int, b: int) -> bool:
        return any(not any(s <= m.start() < e for s, e in dates) for m in res[name].finditer(text, a, b))

    if cue("conditional", start, end) or cue("threat", start, trigger):
        return "conditional", "positive"
    if cue("denied", start, trigger):
        return "denied", "negative"
    ahead = max(trigger, trigger_end or trigger)
    if trigger_end is not None and (text.find("is", trigger, min(end, trigger_end + 16)) >= 0 or text.find(
            "are", trigger, min(end, trigger_end + 16)) >= 0) and (  # every match holds "is" or "are" (session 16)
            after := AHEAD_AFTER_RE.search(text, trigger, min(end, trigger_end + 16))) is not None:
        return ("expected" if after.group(1) == "expected" else "planned"), "positive"
    if trigger_end is not None and WILL_AFTER_RE.match(text, trigger_end) and WILL_AFTER_RE.match(text, trigger_end).end() <= end:
        return "planned", "positive"
    if cue("expected", start, ahead):
        return "expected", "positive"
    if cue("planned", start, ahead) or L.FUTURE_RE.search(text, start, ahead):
        return "planned", "positive"
    if reported or cue("reported_claim", start, end):
        return "reported_claim", "positive"
    return "asserted", "positive"


def is_proposal(text: str, start: int, trigger: int) -> bool:
    """True when the trigger is the object of a call or a threat ("called for talks", "called on the West to
    close its airspace"; text: lowered)."""
    return bool(L.MODALITY_RES["proposal"].search(text, start, trigger)
                or CALLED_ON_RE.search(text, max(start, trigger - 100), trigger))


def short_actor(actor: str | None) -> str:
    """The actor's full canonical name: a surname alone is wrong for surname-first names ("Xi Jinping")."""
    return actor or ""


def clip(words: str, limit: int = SUMMARY_MAX) -> str:
    """Whitespace-normalised text cut at a word boundary to the summary length."""
    words = " ".join(words.split())
    if len(words) <= limit:
        return words
    cut = words[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def summary(actor: str | None, verb: str, rest: str) -> str:
    """A short line from the parts: actor, verb, then the first words of what they said or did."""
    who = short_actor(actor)
    head = " ".join(x for x in (who, verb) if x)
    return clip(f"{head}: {rest}" if head and rest else head or rest) or "event"
