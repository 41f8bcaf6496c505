"""Events of one excerpt: statements and actions per story sentence, each with evidence and a date.

Dating rules (the resolver itself is timeline.dates.resolve):
- An event takes the date phrase of its own clause closest to its trigger; a statement the phrase
  in its frame (speaker and verb, outside the reported words and quotes); an event reported
  inside a statement, only a phrase inside those reported words.
- Year modifiers ("the 2015 deal") never date an event; nor does a possessive date ("last year's
  election", "Monday's vote") or a date between a determiner and a noun ("over the Dec. 5 incident", "its
  March 2023 report") date any event but one named by the noun right after it.
- A date phrase inside a relative clause (", which sent ... on 29 April,") or a subordinate clause
  of another time with a verb of its own ("after Moscow closed its consulate on Monday"; not "after
  talks on Monday", nor "when/as/while", which tell the same time) dates only the events inside that
  clause, never the main act or a "says" outside it.
- An act reported before its statement ("X shelled Y on Tuesday, ..., medics said") keeps the date;
  the statement has only a phrase of its own frame (", officials said on Friday").
- "X on Friday, a day after Y did Z": Z's event is X's date moved back a day (with no act X read,
  the phrase nearest before it; X undated leaves Z undated); an act before the phrase with no date
  of its own counts on from a date inside the clause ("a day after ... on Tuesday"). A sentence that opens
  "Eight days after Y did Z," with a main clause in the present and no date counts Z back from the anchor.
- A possessive date of the speech noun that speaks ("Tuesday's statement by the ministry said") is the
  statement's own; of another's speech ("criticised Tuesday's statement by X") it is not.
- "responded on Friday by announcing sanctions": an act in a "by ...ing" phrase with no date of its own takes
  the time of the verb it explains.
- ", according to X," as an aside inside the reported words: the statement's date only from its own words.
- An act whose nearest phrase lies in a relative or subordinate clause takes its own phrase outside it,
  if any ("Residents, whom ... told to leave on 29 April, were allowed home on Monday").
- "a later, ..." is an adjective, never the anaphoric "later,".
- An act with no phrase in its trigger's clause takes one inside its own words, if no other clause
  owns it ("were injured when a ship fired water cannon at them on Sunday": one incident), or a span of
  days that the clause split cut at its "and" ("met in Brussels on May 11 and 13": the whole span).
- A predicate joined by "and" with no subject of its own ("blocked the boat on Sunday and fired
  water cannon at it") and no date phrase takes the date of the act before it, if told in one tense.
- A statement's evidence runs to the close of a quote it opens that goes on over the next sentences
  ('Putin said: "A. B. C."'); those sentences give no statement of their own.
- Without a phrase of its own an event is undated ("no date phrase in the sentence"), except a
  statement that continues a speech act: a quote with no attribution of its own (it continues the
  statement before it), or "..., the minister added." in the same or the next paragraph after the
  same speaker's dated statement. Those take that statement's date, saying so.
- Anaphoric phrases ("a day earlier") resolve against the last event before them dated to one
  day (an offset from an interval means nothing), else the last dated event; a phrase of an act not
  told in the future skips events told in the future ("announced on Tuesday that it will begin on
  Wednesday. A day earlier, ..." counts from Tuesday), unless there is no other; "and later" alike.
  A week, month or year on ("A year later", "The following month") counts from the last dated event when its
  interval is no longer than that unit ("In 2015, ... A year later" = 2016), not from an older single day.
- A speech's setting before its speaker ("In a statement on Sunday, the ministry said ...") dates the statement.
- A statement verb with an object ("rejected the plan on Friday", "urged calm on Monday") takes a
  phrase in its object when no action of the sentence takes it; the setting of a statement ("told
  reporters at a press briefing on Wednesday") is no meeting, and its date is the statement's.
- Session 8: an act told in the past that a statement of its sentence reports, dated by a weekday or a day with no
  year, happened by the statement's day: read from that day when the anchor's reading falls after it ("said late on
  Saturday that two ships had been struck on Friday", written a week later, is the Friday before that Saturday).
- "Ahead of Friday's vote, the army deployed": the noun a possessive date qualifies ends at a clause break.
- "meet in Prague next week, on 30 and 31 May": a day set off by a comma right after a coarser period is the event's.
- "Last year, the frigate sailed ... for drills in February": a month or day with no year counts in the one year its
  sentence named before it.
- "nine missiles were fired that day": an anaphoric "that day/week ..." right after an act with no date is its own.
- "accused X on Tuesday of firing ... on Sunday": a date between a statement verb's object and "of/for <verb>ing"
  is the statement's; the act takes a phrase of its own after its verb, or none.
- A wire dateline ("DUBAI, Jan 10 (Reuters) -", "Tehran, Dec 5, IRNA --", or with no date: "TEHRAN (AP) —")
  is cut from the sentence: no evidence starts with it, its agency is the via.
- Session 9: a speech setting right after the verb (after the one told) up to "that" or the sentence's end is the
  statement's own, and so is its day ("said in an interview published on Thursday that", "told lawmakers at a hearing on
  Tuesday that", "said on its website on Wednesday."; not an object: "voiced alarm at a buildup in recent weeks.");
  "X, who was speaking in parliament on Tuesday, said" (a speaking apposition); a speech setting inside or after the
  reported words (", in a statement on Thursday", "condemned the bombing in a statement on Monday"; not after a clause
  verb) dates a statement with no day of its own, and no act; "condemned Sunday's bombing": the act takes its possessive day.
  A statement verb's object day ("protested to China on Thursday over the incursion") is the statement's even where
  an act it names took it too; never a charge's ("accused X of crossing ... on Monday") or a vague stretch.
  A relative day right before a verb in the past ("The cabinet on Wednesday approved a plan ... that will enter
  service") is read in the past, whatever tense the sentence's other words give the event (data: dates.toml [tense]).
  "announced drills that will begin next week": a clause on an act's noun telling when it runs ("that/which will
  begin|start|run|last|be held ...") gives the act that day, ahead, not the announcement's (never "take effect").
  A date opening the sentence and set off by a comma dates its acts past an aside ("Early on Monday, after weeks of
  tension, troops crossed"), where it is the sentence's only date phrase, no statement reports them and the act is in
  no "after/before ..." clause.
- Session 13: "The drills, which began Sunday, were ...": a clause on the act's noun told in the past ("which began|
  started|ran|ended ...") gives an act with no day of its own that day, read in the past.
- extract_checked catches failures per sentence and says which ("event extraction failed in sentence
  at offset N: ErrorType"); extract never raises; extract_strict lets errors through (tests).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from excerpt.models import Excerpt, Span
from timeline import actindex as X
from timeline import attributes as A
from timeline import kindrules as K
from timeline import lexicon as L
from timeline import passives as P
from timeline import unasserted as UA
from timeline.actfirst import first_acts, own_passives
from timeline.actions import act_text, current_dates, find_actions
from timeline.actnouns import act_nouns
from timeline.announced import announced_acts
from timeline.asidespeech import aside_statements
from timeline.clauses import clause_drafts
from timeline.datefind import find_dates, only_date
from timeline.dates import Anchor, DateMention, resolve
from timeline.datewords import IN_THE_RE, lexicon, parse_phrase
from timeline.drafts import Context, Draft, closest, names_in
from timeline.evidencelead import widen
from timeline.followed import ended_acts, follow_suit, followed_acts, harm_participles, participle_acts
from timeline.frames import TIME_GERUND_LEAD_RE, Frame, find_frames, find_via
from timeline.leadday import participle_lead_end
from timeline.meetaside import meeting_asides
from timeline.models import DateResolution, Event, Evidence, Kind, Modality, Quote, event_id
from timeline.namedafter import named_frame, opens_naming
from timeline.namedlater import name_later_speakers
from timeline.nominal import nominal_events
from timeline.notacts import retold
from timeline.nounstart import noun_starts
from timeline.plandays import planned_weekday, promised_by, told_ahead, would_before
from timeline.quotes import find_quotes, mask_quotes
from timeline.reactions import reaction_acts
from timeline.relacts import relative_acts
from timeline.reported import quoted_acts
from timeline.samevoice import echoed
from timeline.sentindex import GATE_RIDE, KeyIndex
from timeline.shipnames import typed_ship_names
from timeline.speakerlead import speaker_lead
from timeline.speakers import (
    DOCUMENT_REFERENCES,
    Mention,
    _matches,
    dateline_home,
    find_mentions,
    scan_mentions,
)
from timeline.speechagents import speech_agents
from timeline.speechdays import main_past_aside, setting_possessive
from timeline.speechpairs import reported_protests, speech_pairs
from timeline.thatholes import that_holes
from timeline.timeclause import perfect_relative_day, told_as_now, told_before, when_act_days
from timeline.trailday import appositions_day
from timeline.transcript import act_told, label_end, line_sentence, speaker_line, summary_names, untold
from timeline.travel import travel_acts
from timeline.whenspeech import main_clause_day, when_start
from timeline.wordless import wordless

# "neither X nor Y said": a negation that stands before the speakers, not between them and the verb.
NEITHER_NOR_RE = re.compile(r"\bneither\b[^.;:]{0,50}\bnor\s+$|\bneither\s+$")
NO_PHRASE = "no date phrase in the sentence"
UNDATED = DateResolution(basis=NO_PHRASE)  # one frozen model shared by every undated event (session 18: made once, not per event)
RELATIVE_BEFORE_RE = re.compile(r"\b(?:in which|by which|which|who|whom)\s+$")
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
OBJECT_GAP_WORDS = frozenset({"on", "at", "in", "by", "to", "the", "a", "an", "that", "and", "for", "from", "with"})
OBJECT_DATE_REACH = 80  # a verb's object is short: "rejected the Serbian proposal on Friday"
# A dateline with no date ("TEHRAN (AP) —", "Baghdad (AFP) -", "Tehran, IRNA --") at the start of a line.
DATELESS_DATELINE_RE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’/ -]+|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
                                  r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?[ \t]*"
                                  r"(?:\([A-Z][^()\n]{0,39}\)|,[ \t]*[A-Z]{2,12})[ \t]*(?:--|[-–—:])[ \t]*")
DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s*|,?\s*(?:\([^()\n]{1,40}\)\s*:?|[A-Z]{2,12}\s*[-–—]+)\s*")
# ", which sent ... on 29 April,": a relative clause between commas (its dates are its own).
# Also after an apposition's few words ("Arias, the Nobel laureate who agreed this week to mediate, met ...": session 15).
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:(?!(?:and|but|or|said|says)\b)[\w'’.-]+\s+){0,4}?(?:which|who|whom|whose)\b[^,;:]*(?:,|$)")
# "after Y expelled two diplomats on Monday": a clause of another event at another time (to the next
# comma); "when/as/while" clauses tell the same time, so their dates stay the main act's too.
SUBORDINATE_RE = re.compile(r"\b(?:after|before|following|since|until|because)\s+[^,;:]*", re.I)
CLAUSE_BREAK_RE = re.compile(r"[,;:]|\s[–—]\s")
SPEECH_NOUN_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|speech|address|interview|"
                            r"announcement|briefing|communiqu[eé]|letter|post|tweet|message)\b")
BY_GERUND_RE = re.compile(r"by\s+[a-z]+ing\b")  # "responded on Friday by announcing sanctions"
# "accused Manila on Monday of ramming a vessel": the date between the object and the charge is the accuser's
CHARGE_AFTER_RE = re.compile(r"\s+(?:of|for)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# "accused Indian troops of crossing the border on Monday": a date after the charge is the act's only.
CHARGE_BEFORE_RE = re.compile(r"\b(?:of|for)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# Forms whose past reading may fall after the statement that reports the act (a weekday, a day with no year).
REPORTED_DAY_FORMS = ("weekday", "date", "ordinal", "weekdays", "day_word")
# "said on Monday that talks would be held on Thursday": a time ahead of the statement, told in the past
AHEAD_OF_REPORT_RE = re.compile(r"\b(?:would|was to|were to|due|set to|expected|scheduled|planned|plans?|intends?|"
                                r"is to|are to|will|wo|going to|ready to|poised to|about to|next)\b|['’]ll\b")
# A main clause in the present ("investigators are still piecing together", "the town remains cut off").
PRESENT_CLAUSE_RE = re.compile(r"\b(?:is|are|remains?|has|have|still|now|today|continues?|stands?|shows?|seems?|"
                               r"appears?|faces?|stays?|lies|looks?|hangs?|holds?)\b")
ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the)\s+$", re.I)  # "a later, unspecified date": an adjective
POSSESSIVE_RE = re.compile(r"['’]s\b")  # "last year's election", "Monday's vote": the date of a noun
POSSESSIVE_REACH = 30
# "In a statement on Sunday,", "In an interview with Reuters late on Monday,": the speech's setting, before its
# speaker, is no reported words, and its date is the statement's.
SETTING_FIRST_RE = re.compile(r"\s*(?:In|At|During)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:statement|interview|speech|address|briefing|post|message|remarks|conference|letter|"
                              r"communique|communiqué|broadcast|tweet)\b[^,;:]*,?\s*")
# "the Oct. 7 attack", "its March 2023 report": a date between a determiner and a noun names that noun's time.
NOUN_DATE_BEFORE_RE = re.compile(r"(?<![\w-])(?:the|a|an|its|their|his|her|our|whose)\s+$", re.I)
# "the March 23 incident ..., in which crew were injured when ships fired": the act the noun names.
NOUN_DATE_TOLD_RE = re.compile(r"[^.;]{0,120}?\b(?:in which|during which|when)\b")
NOUN_DATE_AFTER_RE = re.compile(r"[ \t]+(?!(?:and|or|to|in|at|on|of|for|with|when|as|after|before|by|from|that|which|who|"
                                r"was|were|is|are|has|had|have|will|would)\b)[a-z][a-z-]{2,}\b")
POINT_LEAD_RE = re.compile(r"(?i)(?:since|until|till|by|from)\b")  # bounds of a period, not a time of an act
AND_PREDICATE_RE = re.compile(r"\b(?:and|and then|then)\s+$")
AND_BETWEEN_RE = re.compile(r"\band\b")
APPOSITION_RE = re.compile(r",[ \t]*")  # "next week, on 30 and 31 May"
COARSE_FORMS = ("period", "month", "season")
FINE_FORMS = ("date", "weekday", "weekdays", "ordinal", "iso")
# The thing an announcing verb names, opened by its determiner ("announced the curbs on Sunday").
OBJECT_DETERMINER_RE = re.compile(r"(?:the|its|their|his|her|a|an|new|fresh|further)\s")
OTHER_TIME_APPOSITION_RE = re.compile(r",\s+(?:who|whose|which|[a-z-]{3,}ed)\b[^,;:“”\"]{1,120},")
# "X, who was speaking in parliament on Tuesday, said": an apposition telling the speech itself is the statement's time.
SPEAKING_APPOSITION_RE = re.compile(r",\s+(?:who|which)\s+(?:was|were|is|had\s+been)\s+(?:speaking|addressing|briefing|"
                                    r"talking|testifying|writing)\b")
# "The statement, released late on Sunday, said": a document's coming out is the statement's time (session 16).
DOCUMENT_OUT_RE = re.compile(r",\s+(?:released|issued|published|posted|circulated|sent|delivered|broadcast|aired|read\s+out"
                             r"|put\s+out)\b")
# "said in an interview published on Thursday that ...", "said on its website on Wednesday.": a setting of
# prepositional phrases between the verb and the reported words (or the sentence's end) is the statement's own.
SETTING_AFTER_VERB_RE = re.compile(r"\s*,?\s*(?:in|at|during|on|via|through|while|after|following|to|outside|inside|"
                                   r"from|by|over|alongside)\s+", re.I)
# "told lawmakers at a hearing on Tuesday that": the one told comes between the verb and its setting.
ADDRESSEE_RE = re.compile(r"\s+(?:the\s+|a\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*,?\s*"
                          r"(?:in|at|during|on|via|through|after|following|before|outside|inside|from|by|over)\s)", re.I)
ADDRESSEE_VERBS = frozenset({"told", "tells", "telling", "assured", "assures", "informed", "informs", "briefed",
                             "reassured", "warned", "warns", "reminded"})
# "condemned Sunday's attack in a statement on Monday", "..., in a statement on Thursday.": a speech setting inside
# or after the words reported names the statement's own day (and that day is no act's).
CONTENT_SETTING_RE = re.compile(r"(?:(?<=,)\s*|\s+)(?:in|during|at)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:statement|interview|speech|address|briefing|post|message|remarks|news\s+conference|"
                                r"press\s+conference|letter|communiqu[eé]|broadcast|tweet)\b[^,;:.“”\"]*", re.I)
SETTING_STOP_RE = re.compile(r"\bthat\b|[.;:\"“”]|$")
SETTING_REACH = 140
# Participles a setting may hold ("an interview published on", "remarks broadcast on"); any other verb-like word ends it.
SETTING_PARTICIPLES = frozenset("published released issued broadcast televised aired carried posted dated held hosted "
                                "organised organized streamed recorded filmed shown quoted cited reported".split())
# A quote cut off as a sentence of its own, its speaker and verb opening the next: '"All is well!" X tweeted'.
SPEAKER_NEXT_RE = re.compile(r"[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){1,6}?(?:" + L.REPORTING_VERB_RE.pattern + r")\b")
JOINED_CLAUSE_BEFORE_RE = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|;)\s+$")
# Session 14: between that break and the speaker, the clause's own time and a role set off before a name ("..., and
# the next day Foreign Minister X accused ...", "..., and the leader of the opposition, X, demanded ..."); dates are blanked.
JOINED_LEAD_RE = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|;)(?P<open>\s)\s*(?:(?:then|later|also|meanwhile)\s+)?"
                            r"(?:(?:the|a|an)\s+[^,;:.“”\"]{1,60},\s+)?$")
PAST_AFTER_RE = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z][a-z-]+)\b")  # "on Monday (formally) approved"
# "announced drills that will begin next week", "naval exercises in the Baltic, which start on Saturday": a clause on
# the act's noun telling when it runs names the act's own time (not "take effect": a milestone of its own). Session 21:
# a meeting's "opens", "convenes", "resumes" ("at the G20 summit, which opens in Buenos Aires on Friday").
PLAN_CLAUSE_RE = re.compile(r"[ \t]*,?[ \t]+(?:that|which)[ \t]+(?:(?:will|would|are[ \t]+to|is[ \t]+to|(?:are|is)[ \t]+"
                            r"(?:due|set|scheduled|expected)[ \t]+to)[ \t]+)?(?:begin|start|run|last|continue|take[ \t]+"
                            r"place|be[ \t]+held|end|get[ \t]+under[ \t]*way|open|convene|resume)s?\b", re.I)
PLAN_CLAUSE_REACH = 40
# the act's noun and up to two words before it ("naval drills"), up to its "which/that" clause
NOUN_TO_CLAUSE_RE = re.compile(r"(?:[\w-]+[ \t]+){0,2}?[\w-]+(?=,?[ \t]+(?:that|which)\b)")
# "The exercises, which started on Monday, involve 12,000 troops", "Zapad, which ran from 14 to 20 September,": the
# same clause told in the past names the act's own time, read in the past (session 13).
RAN_CLAUSE_RE = re.compile(r"[ \t]*,?[ \t]+(?:that|which)[ \t]+(?:had[ \t]+)?(?:began|begun|started|ran|run|lasted|continued|"
                           r"took[ \t]+place|was[ \t]+held|were[ \t]+held|ended|got[ \t]+under[ \t]*way|kicked[ \t]+off"
                           r"|opened|convened|resumed)\b",
                           re.I)
ANAPHOR_UNIT_DAYS = {"week": 7, "month": 31, "year": 366}  # "a year later" may count from a year, never from a decade
PLAN_FORMS = ("date", "ordinal", "month", "season")  # a day or month named without its year  # the noun a possessive date qualifies follows within a few words


def _usable(mention: DateMention, text: str = "") -> bool:
    # A year qualifying a noun ("the 2015 deal") or a dateline ("MANILA, March 23 (Reuters) -") says
    # when something was agreed or written, not when this sentence's event happened; "a later, ..."
    # is an adjective.
    if mention.phrase[:5].lower() == "later" and ARTICLE_BEFORE_RE.search(text, max(0, mention.start - 6),
                                                                           mention.start):
        return False
    return mention.kind not in UNUSABLE_DATE_KINDS


def _frame_window(fr: Frame, region: tuple[int, int], text: str = "") -> tuple[int, int]:
    """Where a statement's own date phrase may be: the region less the words it reports."""
    if fr.verb == "according to" and text[max(region[0], fr.verb_start - 2) : fr.verb_start] == ", ":
        # "The Kyrgyz side, according to the committee, had also blocked the road since Wednesday": an aside
        # inside the reported words; only its own words ("according to a statement on Monday") date it
        comma = text.find(",", fr.verb_end, region[1])
        if comma != -1 and text[comma + 1 : region[1]].strip(" \t.\n"):
            return fr.verb_start, comma
    if fr.content is None:
        return region
    setting = SETTING_FIRST_RE.match(text, fr.content[0]) if fr.content[0] < fr.verb_start else None
    if setting is not None and setting.end() <= min(m.start for m in fr.speakers):
        return region[0], fr.verb_end  # "In a statement on Sunday, the ministry said ...": the setting is its own
    if fr.content[0] < fr.verb_start and (lead := participle_lead_end(text, fr.content[0], fr.verb_start)) is not None \
            and lead <= min(m.start for m in fr.speakers):
        return region[0], fr.verb_end  # "Speaking in Canberra on Monday, X said ...": the speech's own setting (s23)
    if fr.content[0] < fr.verb_start:  # reported words first: "X happened Monday, the ministry said"
        # From the speaker on: words cut off the reported ones ("began Monday and will go on through
        # Sunday, the ministry said") are still reported, not the frame's own.
        return max(region[0], fr.content[1], fr.region_start), region[1]
    if _only_time(text, *fr.content):
        return region[0], fr.content[1]  # "..., the ministry said here today": no words reported, the saying's time (s23)
    return region[0], max(fr.content[0], _setting_end(text, fr, region[1]) or 0)


# Session 23: words after a speech verb that are only a place adverb and a date phrase ("said here today", "said
# there on Monday") report nothing: the phrase is the statement's own time.
TIME_ONLY_LEAD_RE = re.compile(r"\s*(?:(?:here|there|again|also|publicly|separately)\s+)*")


def _only_time(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is, after a place adverb, one date phrase and nothing else."""
    lead = TIME_ONLY_LEAD_RE.match(text, a, b)
    start = lead.end() if lead else a
    end = b
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return end > start and only_date(text, start, end)


def _setting_end(text: str, fr: Frame, stop: int) -> int | None:
    """Where a setting right after the verb ends ("said in a briefing for reporters on Thursday| that"), or None."""
    if not text or fr.content is None:
        return None
    at = fr.verb_end
    if fr.verb.lower() in ADDRESSEE_VERBS:
        told = ADDRESSEE_RE.match(text, at, stop)
        at = told.end() if told else at
    m = SETTING_AFTER_VERB_RE.match(text, at, stop)
    if m is None:
        return None
    end = SETTING_STOP_RE.search(text, m.end(), min(stop, m.end() + SETTING_REACH))
    if end is None or (end.group() == "" and end.start() < stop):
        return None
    if end.group() != "that" and fr.verb.lower() not in L.CLAUSE_SPEECH_VERBS:
        return None  # "voiced alarm at a buildup in recent weeks.": an object and its time, no setting
    words = A.WORD_RE.findall(text[m.end():end.start()].lower())
    if any(w in L.CLAUSE_VERBS or w in L.MODALITY_WORDS or (w.endswith("ed") and "-" not in w and w not in SETTING_PARTICIPLES)
           for w in words):
        return None
    return end.start()


def _joined_lead(text: str, a: int, b: int, dates: list[DateMention]) -> int | None:
    """Where the clause opens when text[a:b] ends in a clause break, then only its time or a role set off before
    its speaker (after the conjunction), else None."""
    if text.find(",", a, b) < 0 and text.find(";", a, b) < 0:
        return None
    gap = "".join(" " if any(d.start <= k < d.end for d in dates) else text[k] for k in range(a, b))
    m = JOINED_LEAD_RE.search(gap)
    return None if m is None else a + m.end("open")


def _statement(ctx: Context, fr: Frame, s: int, e: int, region: tuple[int, int], mentions: list[Mention],
               dates: list[DateMention], via: str | None, paragraph: int) -> Draft:
    speaker = fr.speakers[0]
    qs = ctx.quotes_in(region[0], region[1])
    # A borrowed speaker ("North Korea has shown X, boasted it can Y") points at its own words (see
    # _sentence for a sentence whose other predicates are no acts).
    start, end = A.trim(ctx.body, fr.verb_start if fr.borrowed else region[0], region[1])
    rel = RELATIVE_BEFORE_RE.search(ctx.masked, max(s, start - 16), start) \
        if ctx.masked.find("wh", max(s, start - 16), start) >= 0 else None  # every match holds "wh"
    if rel:  # "..., in which Russia said": the relative words open the statement
        start = rel.start()
    elif fr.split and ctx.body.startswith(("but ", "however "), region[0]):
        start = region[0]  # "..., but he said he would meet ...": a second statement opens at its own "but" (session 13)
    quote, said = None, ""
    if qs:
        a, b = qs[0].words(ctx.body)
        quote, said = Quote.built(text=ctx.body[a:b], direct=True), ctx.body[a:b]
        start, end = min(start, qs[0].open), max(end, min(qs[-1].close, e) if qs[-1].close <= e else end)
        if qs[-1].closed and qs[-1].close > e and s <= qs[-1].open < e:
            # 'Putin said: "A. B. C."': the quote runs on over the next sentences of its paragraph, all one remark
            end = max(end, A.trim(ctx.body, start, qs[-1].close)[1])
    elif fr.content:
        quote = Quote.built(text=ctx.body[fr.content[0]:fr.content[1]], direct=False)
        said = quote.text
    others = [m.name for m in fr.speakers[1:] if m.name]
    parts = others + [n for n in names_in(mentions, region[0], region[1], ctx, paragraph)
                      if n != speaker.name and n not in others]
    c0, c1 = fr.content or (region[1], region[1])
    skip = [(d.start, d.end) for d in dates]
    # "Neither Putin nor Xi are criticizing X", "Y did not say": the statement is negated, and the
    # summary must say so, or the page would read as the opposite of the text.
    first, last = min(m.start for m in fr.speakers), max(m.end for m in fr.speakers)
    negated = fr.verb.lower() in L.REFUSAL_VERBS or not fr.inverted and bool(
        NEITHER_NOR_RE.search(ctx.lower, max(region[0], first - 60), first)
        or L.MODALITY_RES["denied"].search(ctx.lower, last, fr.verb_start))
    return Draft(
        kind="statement", start=start, end=end, pos=fr.verb_start,
        summary=A.summary(speaker.name, f"not {fr.verb}" if negated and fr.verb.lower() not in L.REFUSAL_VERBS
                          else fr.verb, said),
        polarity="negative" if negated else "positive",
        actor=speaker.name, role=speaker.role,
        participants=parts, quote=quote, via=via, tense=fr.tense, paragraph=paragraph,
        place=A.place_of(ctx.masked, mentions, region[0], c0),
        objects=A.objects_of(ctx.masked, ctx.lower, c0, c1, ctx.ships),
        count=A.count_of(ctx.lower, c0, c1, skip, ctx.body),
        # The frame's own phrase: before the reported words ("said on Wednesday that ..."), or
        # anywhere in the region when nothing is reported ('..., the Chinese said earlier this week').
        # "had been scheduled to end on 12 May, but X declared them over on the 15th": not the plan's date.
        mention=_frame_date(ctx, fr, current_dates(ctx, dates, region[0]), _frame_window(fr, region, ctx.masked)),
        modality="denied" if negated else "planned" if fr.planned else "reported_claim" if fr.reported else "asserted",
        object_mention=_object_date(ctx, fr, dates),
    )


def _frame_date(ctx: Context, fr: Frame, dates: list[DateMention], window: tuple[int, int]) -> DateMention | None:
    """The statement's own phrase in its window, nearest its verb; a phrase after the verb wins over one in a
    comma-set aside between speaker and verb ("Abe, campaigning for the election later this month, said in a
    televised debate on Wednesday evening": session 15)."""
    found = closest(dates, *window, fr.verb_start, _other_time_apposition(ctx, fr))
    last = max(m.end for m in fr.speakers)
    if found is None or not last <= found.start < fr.verb_start or ctx.masked.find(",", last, found.start) < 0 \
            or ctx.masked.find(",", found.end, fr.verb_start) < 0:
        return found
    return closest(dates, max(window[0], fr.verb_end), window[1], fr.verb_end) or found


def _other_time_apposition(ctx: Context, fr: Frame) -> tuple[int, int] | None:
    """"Putin, re-elected on 18 March, has called ...", "X, who met Y on Monday, said": the apposition
    between speaker and verb tells another event's time ("addressing a crowd on Wednesday, said" does not)."""
    last = max(m.end for m in fr.speakers)
    if last >= fr.verb_start:
        return None
    m = OTHER_TIME_APPOSITION_RE.match(ctx.masked, last, fr.verb_start)
    if m is not None and SPEAKING_APPOSITION_RE.match(ctx.masked, m.start()):
        return None
    if m is not None and DOCUMENT_OUT_RE.match(ctx.masked, m.start()) and any(
            (x.role or "").lower() in DOCUMENT_REFERENCES for x in fr.speakers):
        return None  # "The statement, released late on Sunday, said": how the document came out is its time (session 16)
    return (m.start(), m.end()) if m else None


def _object_date(ctx: Context, fr: Frame, dates: list[DateMention]) -> DateMention | None:
    """The date of a verb with an object, not a clause ("Kosovo rejected the plan on Friday"): the
    first phrase in its words when no verb comes before it (then the words are an event's own)."""
    if fr.content is None or fr.content[0] < fr.verb_start or fr.verb == "according to":
        return None  # "According to X, the convoy left on Monday": a clause's date
    if fr.verb in L.CLAUSE_SPEECH_VERBS and not (fr.verb in L.OBJECT_CLAUSE_VERBS
                                                 and OBJECT_DETERMINER_RE.match(ctx.lower, fr.content[0])):
        return None  # "said the talks resumed on Friday", but "announced the curbs on Sunday" (session 15)
    if "that" in ctx.lower[fr.verb_end:fr.content[0]]:
        return None
    d = next((d for d in dates if fr.content[0] <= d.start < fr.content[1]), None)
    if d is None or d.start - fr.content[0] > OBJECT_DATE_REACH:
        return None
    words = A.WORD_RE.findall(ctx.lower, fr.content[0], d.start)
    # "lodged a strongly worded protest on Monday": an "-ed" word after an "-ly" adverb and before a noun of the object
    # is its adjective, no verb (session 25)
    return None if any(w in L.CLAUSE_VERBS or w in L.MODALITY_WORDS or w.endswith("ed") and not (
        0 < k < len(words) - 1 and words[k - 1].endswith("ly") and words[k + 1] not in OBJECT_GAP_WORDS)
        for k, w in enumerate(words)) else d


def _sentence(ctx: Context, s: int, e: int, dates: list[DateMention], paragraph: int,
              head: int | None = None) -> list[Draft]:
    """Drafts of one sentence s..e; head..s is its dateline, whose agency is the via."""
    text = ctx.masked
    line = None
    if untold(ctx.body, s, e):
        return []  # a transcript's heading, stage direction or question from the floor (session 25)
    if text[s:s + 1].isupper() and (words_at := label_end(ctx.body, s, e)) is not None:
        # "OREN: Israel is ...", "Q: Will she ...": a transcript's label is no part of the sentence; a guest says the line
        line = speaker_line(ctx, s, e, paragraph, None)
        s = words_at
    mentions = find_mentions(text, s, e, ctx.reg, ctx.scan, ctx.keys)
    for sm in _matches(ctx.scan, "SHIP_NAME_RE", text, s, e):  # the body's scan, as find_mentions reads it
        ctx.ships.setdefault(sm.group("name"), f"{sm.group('prefix')} {sm.group('name')}")
    # "the gunboat Vakt": "the Vakt" later on is that ship (session 18); a move's reading only, its objects stay as named
    ctx.typed_ships.update(typed_ship_names(text, ctx.lower, s, e))
    blank: set[int] = set()
    for d in dates:
        blank.update(range(d.start, d.end))
    frames = find_frames(text, s, e, mentions, ctx.reg, paragraph, blank, ctx.keys)
    named = named_frame(ctx, s, e, mentions) if not frames and ctx.quotes else None
    if named is not None:  # '"We regret this." The words came from X': the quote's speaker (session 12)
        frames = [named[0]]
    for fr in frames:
        # Reported words end where a new predicate starts: "X boasted Y and last week conducted Z".
        cut = next((c for c in A.and_cuts(text, *fr.content)), None) if fr.content else None
        if fr.content and cut is not None and cut - fr.content[0] > 2 and not _closes_series(text, fr.content, cut):
            fr.content = (fr.content[0], cut)
    via = find_via(text, s, e, mentions, ctx.keys)
    if via is None and head is not None and head < s:
        agency = L.AGENCY_RE.search(text, head, s)
        via = L.AGENCY_FORMS[agency.group(0)] if agency else None
    if line is None and not frames:  # "MR. X: ... We are studying the note.": a guest's later sentence (session 24)
        line = line_sentence(ctx, s, e, paragraph, dates)
    drafts: list[Draft] = [line] if line is not None else []
    framed: list[tuple[Draft, Frame]] = []
    whens: list[tuple[Draft, int]] = []  # statements told in a ", when/where" clause, and where it opens
    merged: dict[str, Frame] = {}
    for k, fr in enumerate(frames):
        key = _frame_key(fr)
        if key in merged:
            continue
        # "Berlin, which had urged restraint, said on Wednesday ...": the main verb's frame (session 20)
        fr = main_past_aside(ctx.masked, fr, [f for f in frames[k + 1:] if _frame_key(f) == key]) or fr
        merged[key] = fr
        # "..., by X, who said": X's clause; ", an offer rejected by X": from the offer (session 15)
        r0 = s if k == 0 and not fr.relative and not fr.answered else fr.region_start
        if k > 0 and r0 == fr.region_start:  # ", Western diplomats said", "and a spokesman for X said" (session 18)
            r0 = speaker_lead(ctx.masked, s, fr)
        if k == 0 and fr.content is not None and fr.content[0] >= fr.verb_end:
            if JOINED_CLAUSE_BEFORE_RE.search(ctx.masked, max(s, fr.region_start - 12), fr.region_start):
                r0 = fr.region_start  # "A is likely, and officials say that B": A is no part of what they say
            else:  # "..., and the next day X accused ...": the clause's own time and its speaker's role are its words
                r0 = _joined_lead(ctx.masked, max(s, fr.region_start - 90), fr.region_start, dates) or r0
        when = when_start(ctx.masked, s, fr) if k == 0 else None
        if when is not None:  # "X followed suit on Monday, when Y said ...": Y's words open at "when" (session 17)
            r0 = when
        nxt = next((f.region_start for f in frames[k + 1:] if _frame_key(f) != key
                    and not f.reported), e)  # a claim it reports is part of its words
        if fr.relative > 0:  # "X, who said A, met Y": the statement ends with its who-clause (session 15)
            nxt = min(nxt, fr.relative)
        same = [f for f in frames if _frame_key(f) == key and f.content]
        if same and fr.content:
            fr = fr.with_content((fr.content[0], max(f.content[1] for f in same if f.content)))
        elif same and not fr.inverted and same[0].region_start >= fr.verb_end:
            # "Russia says it opposes X": the same speaker's next verb is what it says.
            fr = fr.with_content((same[0].region_start, max(f.content[1] for f in same if f.content)))
        drafts.append(_statement(ctx, fr, s, e, (r0, nxt), mentions, dates, via, paragraph))
        if fr.borrowed and (lead := TIME_GERUND_LEAD_RE.search(ctx.masked, max(s, fr.verb_start - 30), fr.verb_start)):
            drafts[-1].start = min(drafts[-1].start, lead.start())  # "hours after announcing that": its time clause (s25)
        if named is not None:
            q = next(q for q in ctx.quotes if q.open == named[1])
            a, b = q.words(ctx.body)
            drafts[-1].start, drafts[-1].quote = q.open, Quote.built(text=ctx.body[a:b], direct=True)
            drafts[-1].summary = A.summary(drafts[-1].actor, fr.verb, ctx.body[a:b])
        framed.append((drafts[-1], fr))
        if when is not None:
            whens.append((drafts[-1], when))
            drafts[-1].start = min(drafts[-1].start, when)  # "as police said": the subordinator trim cut (session 21)
        _continuation(ctx, drafts[-1], fr, paragraph)
    if not frames:
        drafts.extend(_quote_only(ctx, s, e, via, paragraph))
    actions = find_actions(ctx, s, e, mentions, list(merged.values()), dates, via, paragraph)
    actions = nominal_events(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # acts told by a noun
    actions = act_nouns(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # ... with no doer or day
    actions = noun_starts(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # "the drills that began on Monday"
    actions = relative_acts(ctx, s, e, mentions, dates, drafts, actions, frames, via, paragraph)  # ", who toured X on Monday,"
    actions = travel_acts(ctx, s, e, mentions, dates, drafts, actions, frames, via, paragraph)  # "was due to fly home on X"
    actions = meeting_asides(ctx, s, e, mentions, dates, drafts, actions, frames, via, paragraph)  # "X, meeting in Y on Z,"
    actions = follow_suit(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # "France followed suit on Monday"
    actions = speech_agents(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # "a decision announced by X"
    actions = followed_acts(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # ", and Uganda followed"
    actions = ended_acts(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # "began ... and will end on X"
    actions = participle_acts(ctx, s, e, mentions, dates, drafts, actions, via, paragraph)  # ", before reopening it on X"
    used = {id(a.mention) for a in actions if a.mention is not None}
    for d in drafts:
        # "Japan protested to China on Thursday over the incursion": the object's day is the protest's, and also the
        # act's that took it; never a charge's ("accused X of crossing ... on Monday") nor a vague stretch.
        m = d.object_mention
        if d.mention is None and m is not None and (id(m) not in used or (
                m.kind in ("relative", "absolute") and not CHARGE_BEFORE_RE.search(ctx.lower, d.pos, m.start)
                and not CHARGE_AFTER_RE.match(ctx.lower, m.end))):  # "accused X on Tuesday of firing": _charged
            d.mention = m
    lead = framed[0][1] if framed else None
    if lead is not None and lead.borrowed and (lead.verb.endswith("ing") or lead.verb in L.REFUSAL_VERBS) \
            and not any(a.pos < lead.verb_start for a in actions):
        # "Oslo went further, calling ...", "X urged Y to talk and declined to take sides": the sentence's
        # subject speaks in a participle or a refusal after predicates that are no acts: the whole clause.
        framed[0][0].start = min(framed[0][0].start, A.trim(ctx.body, s, framed[0][0].end)[0])
    if line is not None and not frames and line in drafts and act_told(ctx, s, e, actions):
        drafts.remove(line)  # "MR. X: Dan Fried will travel to ...": the act, no statement of the line (session 25)
    drafts.extend(actions)
    _own_dates(ctx, drafts, actions, framed, dates, s, e)
    for st, when in whens:  # the when-clause's speech is at the time its main clause names (session 17)
        st.mention = st.mention or main_clause_day(ctx.masked, dates, s, when)
    when_act_days(ctx.masked, dates, s, actions)  # "X ended yesterday, when officers boarded her": that time (s22)
    appositions_day(ctx.masked, dates, actions, e)  # "telephoned X, Y, and Z, W, last night": the day after the names
    announced_acts(ctx, framed, drafts, actions, dates)  # "announced the deployment of X": the act, not words
    drafts.extend(first_acts(ctx, s, e, framed, drafts, via, paragraph))  # acts told before ", X said"
    drafts.extend(own_passives(ctx, s, e, frames, drafts, dates, via, paragraph))  # "X were moved by Y on Tuesday"
    drafts.extend(quoted_acts(ctx, s, e, framed, drafts, via, paragraph))  # acts a direct quote tells
    drafts.extend(reaction_acts(ctx, s, e, framed, drafts, via, paragraph))  # "..., prompting Seoul to summon X"
    drafts.extend(harm_participles(ctx, s, e, drafts, via, paragraph))  # "..., killing four civilians" (s26)
    for st in echoed(framed) + wordless(ctx.lower, framed, drafts, s, e):  # one voice; no words (session 19)
        if st in drafts:
            drafts.remove(st)
    drafts.extend(speech_pairs(ctx, s, e, dates, drafts))  # "announced X on Sunday and confirmed it on Monday" (session 19)
    drafts.extend(reported_protests(ctx, s, e, dates, drafts))  # "said it lodged a protest with Beijing" (session 19)
    drafts.extend(aside_statements(ctx, s, e, mentions, dates, drafts, via, paragraph))  # "X, who on Monday urged Y," (s19)
    widen(ctx.body, ctx.lower, s, e, drafts)  # "after the cabinet met", "its fleet, which put to sea" (session 19)
    return sorted(drafts, key=lambda d: d.pos)


def _closes_series(text: str, content: tuple[int, int], cut: int) -> bool:
    """Whether the "and" at cut closes a series of the reported doer's acts begun before it ("said the rebels had
    attacked the base, killed four guards and taken two hostages"): the reported words go on, no new predicate of the
    speaker's starts there (session 11)."""
    breaks = [b.end() for b in A.CLAUSE_BREAK_RE.finditer(text, content[0], cut)]
    return any(c < cut for c in A.series_cuts(text, content[0], content[1], breaks))


def _frame_key(fr: Frame) -> str:
    """Frames of one speaker make one statement; a speech to come is its own ("X is to address the
    nation, his office said": the plan and the office's word of it)."""
    return (fr.speakers[0].name or "") + ("\0planned" if fr.planned else "") + (f"\0{fr.split}" if fr.split else "")


def _own_dates(ctx: Context, drafts: list[Draft], actions: list[Draft], framed: list[tuple[Draft, Frame]],
               dates: list[DateMention], s: int, e: int) -> None:
    """Give back to its own clause a date phrase that a neighbouring clause's event took (rules in the
    module docstring: reported act before its statement, relative and subordinate clauses, possessives,
    'a day after <clause>')."""
    for st, fr in framed:
        m = st.mention
        speaker = min(min(sp.start for sp in fr.speakers), fr.verb_start)
        # "At a summit in Riga on Thursday, France blamed X": the meeting that opens the sentence is the
        # statement's setting, and its day the statement's too.
        lead = A.LEADING_ADVERBIAL_RE.match(ctx.masked, s)
        lead_setting = lead is not None and m is not None and m.end <= lead.end() and any(
            a.mention is m and a.kind == "meeting" and a.pos < lead.end() for a in actions)
        # "the Council early this morning adopted a statement condemning ...": the document that speaks was issued by
        # the act that took the day, at its time (session 20)
        issued = any((sp.role or "").lower() in DOCUMENT_REFERENCES for sp in fr.speakers) and any(
            a.mention is m and a.start <= fr.speakers[0].start < a.end for a in actions)
        # "Returning to Islamabad on Saturday night, Mr Aziz told reporters": the speaker's own act at the words' time (s23)
        lead_act = m is not None and (pl := participle_lead_end(ctx.masked, s, speaker)) is not None and m.end <= pl
        if m is not None and m.end <= speaker and not lead_setting and not issued and not lead_act \
                and any(a.mention is m and a.pos < speaker for a in actions):
            # "X exchanged fire on Thursday ..., officials said": the act's date, not the statement's
            after = fr.content[0] if fr.content and fr.content[0] > fr.verb_start else st.end
            st.mention = closest([d for d in dates if d.kind != "relational"], speaker, after, fr.verb_start)
    for d in drafts:
        m = d.mention
        if m is None and d.kind != "statement" and d.inherit is None and _possessive_day(ctx, d, dates):
            continue
        if m is None and d.kind != "statement" and d.inherit is None:
            # "were injured when a ship fired water cannon at them on Sunday": one incident whose
            # words hold the date, though its trigger's clause does not
            # A span of days cut by the clause split at its "and" ("met on May 11 and 13") is the clause's own.
            cut = [x for x in dates if d.pos < x.start < d.end < x.end and x.kind in ("relative", "absolute")]
            own = [x for x in current_dates(ctx, dates, s) if d.start <= x.start and x.end <= d.end and x.kind in ("relative", "absolute")
                   and _foreign_clause(ctx, x, d.pos, s, e) is None]
            d.mention = closest(own, d.start, d.end, d.pos)
            if d.mention is None and cut and _foreign_clause(ctx, cut[0], d.pos, s, e) is None:
                d.mention, d.end = cut[0], cut[0].end
            # "nine missiles were fired that day": the clause split took "that" for a conjunction
            that = next((x for x in dates if x.kind == "anaphoric" and x.start >= d.end
                         and not ctx.masked[d.end : x.start].strip() and ctx.lower.startswith("that ", x.start)), None)
            if d.mention is None and that is not None:
                d.mention, d.end = that, that.end
            continue
        if m is None or m.kind == "relational":
            continue
        span = _foreign_clause(ctx, m, d.pos, s, e)
        if span is not None and d.kind == "statement" and m.end <= d.pos and SPEECH_NOUN_RE.match(ctx.lower, m.end):
            continue
        if span is not None and d.kind == "statement" and setting_possessive(ctx.lower, d.pos, m.start, m.end):
            continue  # "told MPs in last Wednesday's debate that": the sitting spoken at is the statement's (session 20)
        if span is not None and d.kind == "statement" and SPEAKING_APPOSITION_RE.match(ctx.masked, span[0]):
            continue  # "The premier, who was speaking in parliament on Tuesday, said": the speech's own time  # "Tuesday's statement by the foreign ministry said": the possessive dates this very statement
        if span is not None:
            # "Residents, whom the service had told to leave on 29 April, were allowed home on Monday": the
            # event's own date phrase outside that clause, if any
            own = [x for x in current_dates(ctx, dates, s) if x is not m and d.start <= x.start and x.end <= d.end
                   and x.kind in ("relative", "absolute") and _foreign_clause(ctx, x, d.pos, s, e) is None]
            d.mention = closest(own, d.start, d.end, d.pos) if d.kind != "statement" else None
    _content_settings(ctx, framed, actions, dates, s, e)
    _plan_clauses(ctx, actions, framed, dates, e)
    _fronted_day(ctx, drafts, dates, s, e)
    _charged(ctx, framed, actions, dates, s, e)
    _finer_apposition(ctx, drafts, dates)
    _named_year(ctx, drafts, dates, s, e)
    _relational(ctx, drafts, dates, s, e)
    _shared_predicates(ctx, actions, s)
    _by_gerund(ctx, drafts, s)


def _content_settings(ctx: Context, framed: list[tuple[Draft, Frame]], actions: list[Draft],
                      dates: list[DateMention], s: int, e: int) -> None:
    """"The ministry said it had summoned the envoy, in a statement on Thursday": the day of a speech setting in the
    reported words is the statement's when it has none of its own (not after a clause verb: "said Y had told X in an
    interview on Monday" is Y's), and the acts it reports keep only a phrase of their own."""
    for st, fr in framed:
        if fr.content is None or fr.content[0] < fr.verb_start or st.mention not in (None, st.object_mention):
            continue
        for c in CONTENT_SETTING_RE.finditer(ctx.masked, fr.content[0], fr.content[1]):
            if ctx.masked[c.start() - 1 : c.start()] != "," and (fr.verb.lower() in L.CLAUSE_SPEECH_VERBS or any(
                    w in L.CLAUSE_VERBS for w in A.WORD_RE.findall(ctx.lower, fr.content[0], c.start()))):
                continue
            # "in a statement issued the same day": an anaphor there counts from the story's last event, as elsewhere
            m = next((d for d in dates if c.start() <= d.start and d.end <= c.end()
                      and d.kind in ("relative", "absolute", "anaphoric")), None)
            if m is None:
                continue
            st.mention = m
            for a in actions:
                if a.mention is m:
                    own = [x for x in current_dates(ctx, dates, s) if x is not m and a.pos <= x.start
                           and x.end <= a.end and x.kind in ("relative", "absolute")
                           and _foreign_clause(ctx, x, a.pos, s, e) is None]
                    a.mention = closest(own, a.pos, a.end, a.pos)
                    if a.mention is None:
                        _possessive_day(ctx, a, dates)
            break


def _fronted_day(ctx: Context, drafts: list[Draft], dates: list[DateMention], s: int, e: int) -> None:
    """"Early on Monday, after weeks of tension, Russian troops crossed the border": a date phrase that opens the
    sentence, set off by a comma, dates its acts with no phrase of their own where it is the sentence's only one
    (not in a sentence that reports them, where the day is the statement's, nor in an "after/before ..." clause)."""
    lead = next((x for x in dates if not ctx.masked[s:x.start].strip()), None)
    # "On the 14th, five days after the blast, the council adopted ...": a relational aside right after the lead is
    # counted from it (events._relational), no date of the main clause's own (session 20)
    aside = [x for x in dates if lead is not None and x.kind == "relational" and x.start > lead.end
             and not ctx.masked[lead.end + 1 : x.start].strip()]
    if lead is None or lead.kind not in ("relative", "absolute", "anaphoric", "vague") \
            or not ctx.masked.startswith(",", lead.end) \
            or any(x is not lead and x.kind != "dateline" and x not in aside for x in dates) \
            or any(d.kind == "statement" for d in drafts):
        return
    other_times = [(c.start(), c.end()) for c in SUBORDINATE_RE.finditer(ctx.masked, lead.end, e)]
    for x in aside:  # the aside's own clause ("after the blast") is another time
        brk = CLAUSE_BREAK_RE.search(ctx.masked, x.end, e)
        other_times.append((x.start, brk.start() if brk else e))
    for d in drafts:
        if d.mention is None and d.inherit is None and d.tense != "future" and d.start > lead.end \
                and not any(a <= d.pos < b for a, b in other_times):
            d.mention = lead


def _plan_clauses(ctx: Context, actions: list[Draft], framed: list[tuple[Draft, Frame]], dates: list[DateMention],
                  e: int) -> None:
    """"The navy on Sunday announced drills that will begin next week": an act with no day of its own, or only the
    day of the statement announcing it, takes the day of a clause on its noun telling when it runs."""
    told = {id(st.mention) for st, _ in framed if st.mention is not None}
    for a in actions:
        if a.mention is not None and id(a.mention) not in told:
            continue
        m = PLAN_CLAUSE_RE.match(ctx.masked, a.end, e)
        ran = RAN_CLAUSE_RE.match(ctx.masked, a.end, e) if m is None else None
        if m is None and ran is None and a.mention is None and (noun := NOUN_TO_CLAUSE_RE.match(ctx.masked, a.pos)):
            ran = RAN_CLAUSE_RE.match(ctx.masked, noun.end(), e)  # "The drills, which began Sunday, were ...": words run on
        if m is None and ran is None:
            continue
        m = m or ran
        day = next((x for x in dates if m.end() <= x.start <= m.end() + PLAN_CLAUSE_REACH
                    and x.kind in ("relative", "absolute")), None)
        if day is not None and not CLAUSE_BREAK_RE.search(ctx.masked, m.end(), day.start):
            # the clause speaks in the present or ahead ("that will begin", "which start"): a time still to come;
            # in the past ("which began Sunday"): a time gone by
            a.mention, a.end, a.tense = day, max(a.end, day.end), "future" if ran is None else "past"


def _possessive_day(ctx: Context, d: Draft, dates: list[DateMention]) -> bool:
    """"condemned Sunday's attack": an act whose words were cut right after the date naming its day takes it (True)."""
    if not POSSESSIVE_RE.match(ctx.masked, d.start):
        return False
    day = next((x for x in dates if x.end == d.start and x.kind in ("relative", "absolute")), None)
    if day is None:
        return False
    d.mention, d.start = day, day.start
    return True


def _charged(ctx: Context, framed: list[tuple[Draft, Frame]], actions: list[Draft], dates: list[DateMention],
             s: int, e: int) -> None:
    """"accused Manila on Monday of ramming a vessel on Saturday": the phrase before "of <verb>ing" is the
    accusation's; the act keeps a phrase of its own after it, or none."""
    for st, _fr in framed:
        m = st.object_mention
        if m is None or st.mention is not None or not CHARGE_AFTER_RE.match(ctx.lower, m.end):
            continue
        taken = [a for a in actions if a.mention is m and a.pos > m.end]
        if not taken and any(a.mention is m for a in actions):
            continue
        st.mention = m
        for a in taken:
            own = [x for x in current_dates(ctx, dates, s) if x is not m and a.pos <= x.start and x.end <= a.end
                   and x.kind in ("relative", "absolute") and _foreign_clause(ctx, x, a.pos, s, e) is None]
            a.mention = closest(own, a.pos, a.end, a.pos)


def _finer_apposition(ctx: Context, drafts: list[Draft], dates: list[DateMention]) -> None:
    """"meet in Prague next week, on 30 and 31 May": a day set off after a coarser period says which days of it."""
    for d in drafts:
        m = d.mention
        if m is None or m.kind != "relative":
            continue
        parsed = parse_phrase(m.phrase)
        if parsed is None or parsed.form not in COARSE_FORMS:
            continue
        x = next((x for x in dates if x.start > m.end and x.kind in ("relative", "absolute")
                  and APPOSITION_RE.fullmatch(ctx.masked, m.end, x.start)), None)
        finer = parse_phrase(x.phrase) if x is not None else None
        if x is not None and finer is not None and finer.form in FINE_FORMS:
            d.mention = replace(x, base=m) if x.kind == "relative" else x
            d.end = max(d.end, x.end)


def _named_year(ctx: Context, drafts: list[Draft], dates: list[DateMention], s: int, e: int) -> None:
    """"Last year, the frigate sailed ... for drills in February": a month or day with no year counts in the one
    year its sentence named before it (not in a clause of another time)."""
    years = [x for x in dates if x.kind in ("absolute", "relative") and _whole_year(x.phrase)]
    if not years:
        return
    taken = {id(d.mention) for d in drafts}
    for d in drafts:
        m = d.mention
        if m is not None and m in years and d.kind != "statement":
            # "In 2019, Iran seized a tanker in July": the act's own finer phrase, in that year
            finer = [x for x in dates if x.kind == "relative" and m.end <= x.start and d.pos <= x.start < d.end
                     and id(x) not in taken and _foreign_clause(ctx, x, d.pos, s, e) is None]
            m = d.mention = finer[0] if finer else m
        if m is None or m.kind != "relative" or m.base is not None:
            continue
        parsed = parse_phrase(m.phrase)
        if parsed is None or parsed.form not in ("month", "date") or parsed.year_step is not None or parsed.holiday:
            continue
        # the year leads the sentence ("Last year, ..."), or dates the act an "and" joins this one to ("fired a missile
        # in 2017 and conducted a test in September"); never a year inside a phrase ("the truce agreed in 2020")
        named = [y for y in years if y.end <= m.start and _foreign_clause(ctx, y, d.pos, s, e) is None and (
            not ctx.masked[s : y.start].strip() and ctx.masked.startswith(",", y.end)
            or any(o.mention is y and o.kind != "statement" and o is not d for o in drafts)
            and AND_BETWEEN_RE.search(ctx.lower, y.end, m.start))]
        if len({y.phrase for y in named}) == 1:
            d.mention = replace(m, base=named[-1])


def _whole_year(phrase: str) -> bool:
    """A phrase that names one whole year ("in 2019", "Last year", "this year")."""
    parsed = parse_phrase(phrase)
    if parsed is None:
        return False
    if parsed.form == "year":
        return parsed.year2 is None and not parsed.qualifier and not parsed.lead.startswith(("since", "until", "by"))
    return parsed.form == "period" and parsed.unit == "year" and parsed.part in ("all", "tense")


def _shared_predicates(ctx: Context, actions: list[Draft], s: int) -> None:
    """"blocked the boat on Sunday and fired water cannon at it": a predicate joined by "and" with no
    subject and no date of its own happens when the act before it did (same tense)."""
    ordered = sorted(actions, key=lambda a: a.pos)
    for prev, d in zip(ordered, ordered[1:], strict=False):
        if d.mention is not None or d.inherit is not None or d.pos != d.start or prev.tense != d.tense:
            continue
        if (prev.mention is None and prev.inherit is None) or not AND_PREDICATE_RE.search(ctx.masked, max(s, d.start - 12), d.start):
            continue
        d.inherit, d.inherit_why = prev, "an 'and' predicate with no subject of its own shares the time of the act before it"


def _by_gerund(ctx: Context, drafts: list[Draft], s: int) -> None:
    """"Beijing responded on Friday by announcing sanctions": the act a "by <verb>ing" phrase names, with no
    date of its own, happens when the verb it explains did."""
    for d in drafts:
        if d.kind == "statement" or d.mention is not None or d.inherit is not None \
                or not BY_GERUND_RE.match(ctx.lower, d.start):
            continue
        before = [p for p in drafts if p is not d and s <= p.pos < d.start and (p.mention is not None
                                                                              or p.inherit is not None)]
        if before:
            prev = max(before, key=lambda p: p.pos)
            d.inherit, d.inherit_why = prev, "a 'by ...ing' phrase names how the act before it was done, at its time"


def _foreign_clause(ctx: Context, m: DateMention, pos: int, s: int, e: int) -> tuple[int, int] | None:
    """The relative clause, subordinate clause or possessive that holds date phrase m but not the event
    at pos, or None when m is the event's own."""
    text = ctx.masked
    for rx in (RELATIVE_CLAUSE_RE, SUBORDINATE_RE):
        for c in rx.finditer(text, s, e):
            if c.start() <= m.start and m.end <= c.end() and not c.start() <= pos < c.end():
                if rx is SUBORDINATE_RE and not _has_verb(ctx, c.start(), m.start):
                    continue  # "after talks on Monday": a setting of the main act, no clause of its own
                return c.start(), c.end()
    for c0, c1 in that_holes(text, s, e):  # "A ship that left Odesa on Monday struck a mine on Wednesday" (session 14)
        if c0 <= m.start and m.end <= c1 and not c0 <= pos < c1:
            return c0, c1
    hole = perfect_relative_day(text, m.start, m.end, s)  # "who had ringed the base since Monday opened fire" (s22)
    if hole is not None and not hole[0] <= pos < hole[1]:
        return hole
    # the noun a possessive or noun date qualifies follows within a few words, never past a clause break
    # ("Ahead of Friday's vote, the army deployed": the deployment is not the vote)
    brk = CLAUSE_BREAK_RE.search(text, m.end, m.end + POSSESSIVE_REACH)
    reach = brk.start() if brk else m.end + POSSESSIVE_REACH
    if POSSESSIVE_RE.match(text, m.end) and not m.end <= pos < reach:
        return m.start, m.end + POSSESSIVE_REACH
    if _noun_date(text, m) and not m.end <= pos < reach \
            and not (pos > m.end and NOUN_DATE_TOLD_RE.match(text, m.end, pos)):
        return m.start, m.end + POSSESSIVE_REACH
    return None


def _noun_date(text: str, m: DateMention) -> bool:
    """A day or month date with no lead between a determiner and a noun ("over the Dec. 5 incident"; not "in the ...")."""
    if m.kind not in ("relative", "absolute") or not NOUN_DATE_AFTER_RE.match(text, m.end):
        return False
    parsed = parse_phrase(m.phrase)
    return parsed is not None and parsed.form in ("date", "month") and not parsed.lead and not parsed.modifier \
        and NOUN_DATE_BEFORE_RE.search(text, max(0, m.start - 8), m.start) is not None \
        and IN_THE_RE.search(text, max(0, m.start - 16), m.start) is None


def _has_verb(ctx: Context, a: int, date_at: int) -> bool:
    """True when the words from a conjunction to its date phrase hold a verb (a clause, not a noun phrase)."""
    words = A.WORD_RE.findall(ctx.lower, a, date_at)[1:]  # "after Moscow closed ... on Monday"
    return any(w in L.CLAUSE_VERBS or (w.endswith("ed") and len(w) > 4) for w in words)


def _relational(ctx: Context, drafts: list[Draft], dates: list[DateMention], s: int, e: int) -> None:
    """"X on Wednesday, a day after Y": Y's event counts back from X's date; X's event, with no date of
    its own, counts on from a date in Y's clause."""
    for r in (d for d in dates if d.kind == "relational"):
        brk = CLAUSE_BREAK_RE.search(ctx.masked, r.end, e)
        governed = (r.end, brk.start() if brk else e)
        plain = [d for d in dates if d.kind not in ("relational", "anaphoric", "vague")]
        inside = [d for d in plain if governed[0] <= d.start < governed[1]]
        outside = [d for d in plain if not r.start <= d.start < governed[1]]
        acts = [d for d in drafts if d.kind != "statement"]
        before = [d for d in acts if d.pos < r.start]
        after = [d for d in acts if d.pos >= governed[1]]
        main = before[-1] if before else after[0] if after else None  # the act the phrase dates
        if main is not None and inside and _main_now(ctx, main, r, governed, s, e):
            main = None  # "Four months after X on July 11, the affair ... is still far from closed" (session 24)
        told = [d for d in drafts if d.kind == "statement" and d.pos < r.start]
        if main is not None and main.tense == "future" and main.pos < r.start and told and told[-1].pos < main.pos:
            # "X announced overnight that the bloc would send troops, hours after Y appealed": a plan in a statement's
            # words lies ahead; the phrase times the announcing (session 21)
            main = told[-1]
        # Counted from the act the phrase follows; with no act read there, from the date nearest it
        # (an undated act gives its clause no date: "said on Monday it had struck ..., a day after").
        base = closest(outside, s, e, r.start) if main is None else (
            main.mention if main.mention in outside else None)
        if main is not None and main.mention is None:
            # "X will send ships, the premier told parliament today, a day after Y": the phrase follows the statement
            # told between the act and it, and counts from that statement's own day (session 20)
            spoke = [d for d in drafts if d.kind == "statement" and main.pos < d.pos < r.start
                     and d.mention in outside and d.mention.end <= r.start]
            base = spoke[-1].mention if spoke else base
        # "Eight days after a missile killed two men, investigators are still ...": with no date in the other
        # clause and that clause in the present, the day of writing is the base
        now = base is None and r.start == s and (main is None or (main.mention is None and main.tense == "present")) \
            and PRESENT_CLAUSE_RE.search(ctx.lower, governed[1], e) is not None
        # "The vote came five days after X vetoed ...": the other clause names the event told before (session 22)
        prior = base is None and not now and main is None and told_before(ctx.masked, s, r.start)
        for d in drafts:
            if main is not None and main.pos < r.start and d is not main and d.pos >= r.end:
                # "X on 4 August, two days after Y landed ...": Y is background, a later "that day" means X's day
                d.background = True
            if governed[0] <= d.pos < governed[1]:
                if d.kind != "statement" and any(st.kind == "statement" and governed[0] <= st.pos < d.pos
                                                 for st in drafts):
                    continue  # "a day after he told the nation that Moscow had installed bases": the telling's day
                if d.mention is None or d.mention is r or d.mention not in inside:
                    d.mention = replace(r, base=base, back=True, from_anchor=now, from_previous=prior)
            elif d is main and inside and (d.mention is None or d.mention is r or d.mention in inside):
                d.mention = replace(r, base=inside[0])


def _main_now(ctx: Context, main: Draft, r: DateMention, governed: tuple[int, int], s: int, e: int) -> bool:
    """Whether the main clause of a measure after a dated clause speaks of the present (timeclause.told_as_now)."""
    if main.pos >= governed[1]:  # "Four months after <clause>, the affair that has poisoned ... is still ..."
        brk = CLAUSE_BREAK_RE.search(ctx.masked, main.pos, e)
        return told_as_now(ctx.lower, governed[1], brk.start() if brk else e)
    brk_at = max((m.end() for m in CLAUSE_BREAK_RE.finditer(ctx.masked, s, main.pos)), default=s)
    return told_as_now(ctx.lower, brk_at, r.start)  # "The row ... is still unresolved ten months after <clause>"


def _continuation(ctx: Context, draft: Draft, fr: Frame, paragraph: int) -> None:
    """"..., the minister added." continues the same speaker's statement (same or next paragraph)."""
    if draft.mention is not None or fr.verb not in L.CONTINUATION_VERBS:
        return
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev and prev.actor == draft.actor and paragraph - prev.paragraph <= 1:
        draft.inherit, draft.inherit_why = prev, f"'{fr.verb}' continues the same speaker's statement"


def _quote_only(ctx: Context, s: int, e: int, via: str | None, paragraph: int) -> list[Draft]:
    """A quote with no attribution of its own continues the statement before it."""
    qs = ctx.quotes_in(s, e)
    outside = ctx.masked[s:e]
    if not qs or any(q.close > e and q.closed for q in qs) or len(A.WORD_RE.findall(outside)) > 3:
        return []
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev is None or paragraph - prev.paragraph > 1:
        return []
    if SPEAKER_NEXT_RE.match(ctx.masked, e) or opens_naming(ctx.masked, e):
        return []  # '"All is well!" President X tweeted': the sentence after attributes it (split at the "!")
    if prev.paragraph == paragraph and prev.quote is not None and prev.quote.direct:
        return []  # '"A," X said. "B."': one remark of X, already on the record
    a, b = qs[0].words(ctx.body)
    start, end = A.trim(ctx.body, qs[0].open, e)  # a quote never crosses its paragraph: the remark runs from its opening mark
    last = ctx.reg.last_speaker
    if last is not None and paragraph > last[2]:
        # the speaker still speaks here: "The spokesman said" / "He noted" in the paragraph after is them (session 13)
        ctx.reg.last_speaker = (last[0], last[1], paragraph, last[3])
    return [Draft(kind="statement", start=start, end=end, pos=start, paragraph=paragraph,
                  summary=A.summary(prev.actor, "", ctx.body[a:b]), actor=prev.actor, role=prev.role,
                  quote=Quote.built(text=ctx.body[a:b], direct=True), via=via or prev.via, tense=prev.tense,
                  inherit=prev, inherit_why="a quote with no attribution of its own continues it")]


def _after_dateline(text: str, at: int) -> int:
    """Where the story starts after a dateline's date: past "(Reuters) -" and spaces."""
    m = DATELINE_TAIL_RE.match(text, at)
    return m.end() if m else at


def _fail(warnings: list[str] | None, where: str, exc: Exception) -> None:
    """Re-raise in strict mode; otherwise record which part of the excerpt was lost and why."""
    if warnings is None:
        raise exc
    warnings.append(f"event extraction failed in {where}: {type(exc).__name__}")


def drafts_of(excerpt: Excerpt, warnings: list[str] | None = None,
              points: list[DateMention] | None = None) -> list[Draft]:
    """Undated events of an excerpt in text order; with a warnings list, a sentence that fails is
    skipped and said there (one bad sentence loses only itself), else errors propagate. points, when
    given, receives the date phrases no event took (times the story names, for anaphora)."""
    body = excerpt.body
    paragraphs = excerpt.story_paragraphs()
    quotes = find_quotes(body, [(p.start, p.end) for p in paragraphs])
    masked = summary_names(mask_quotes(body, quotes))  # "ONG YOKE LIN (Malaysia) said" read as a name (session 28)
    lower = L.lowered(masked)
    ctx = Context(body=body, masked=masked, lower=lower, quotes=quotes)
    # One reading of the body's words: the statement gates, the trigger gate words and, where the act patterns read this
    # very text (no initialism's period marked: actions.act_text), the act strings (else each sentence is read for them).
    ctx.act_lower = act_text(lower)
    ctx.keys = KeyIndex(lower, masked, riders=(GATE_RIDE, X.RIDE) if ctx.act_lower is lower else (GATE_RIDE,))
    (ctx.gate_starts, ctx.gate_rest), (ctx.rare_starts, ctx.rare_rest) = L.all_hits(lower, ctx.keys.rode(GATE_RIDE))
    ctx.scan = scan_mentions(masked)
    # "SEOUL, Nov. 23 (Yonhap) --" opening one of the first paragraphs (a date line or a byline may come before it):
    # the copy's home state, for a state's organ named alone (session 14)
    # Session 27: also a dateline on a line of its own above the story ("London, December 1"), not labelled story
    lead = [p for p in excerpt.paragraphs if paragraphs and p.end <= paragraphs[0].start and p.end - p.start <= 60
            and p.label.value != "headline"][-3:]
    ctx.reg.home = next((h for p in lead + paragraphs[:3] if (h := dateline_home(masked, p.start, p.end))), None)
    for i, p in enumerate(paragraphs):
        try:
            found_dates = find_dates(ctx.masked, p.start, p.end)
        except Exception as exc:  # noqa: BLE001 - the paragraph's sentences still yield undated events
            _fail(warnings, f"date finding of paragraph at offset {p.start}", exc)
            found_dates = []
        dates = [d for d in found_dates if _usable(d, ctx.masked)]
        datelines = [d for d in found_dates if d.kind == "dateline"]
        starts = [d.start for d in dates]  # in text order: bisect, not a scan per sentence
        for sent in p.sentences or (Span(start=p.start, end=p.end),):
            lo, hi = bisect_left(starts, sent.start), bisect_right(starts, sent.end)
            sd = [d for d in dates[lo:hi] if d.end <= sent.end]
            s0 = next((_after_dateline(ctx.masked, d.end) for d in datelines if sent.start <= d.start < sent.end),
                      sent.start)  # "DUBAI, Jan 10 (Reuters) -" is no part of any event's words
            if s0 == sent.start and (sent.start == 0 or ctx.masked[sent.start - 1] == "\n"):
                bare = DATELESS_DATELINE_RE.match(ctx.masked, sent.start, sent.end)  # "TEHRAN (AP) —"
                s0 = bare.end() if bare else s0
            try:
                found = _sentence(ctx, s0, sent.end, sd, i, sent.start)
                found = clause_drafts(ctx, s0, sent.end, sd, i, sent.start, found, _sentence)  # asides blanked
            except Exception as exc:  # noqa: BLE001 - see _fail
                _fail(warnings, f"sentence at offset {sent.start}", exc)
                continue
            for d in found:
                d.sentence = sent.start
                if d.kind == "missile_test" and K.aimed_at_target(words := L.lowered(body[d.pos:d.end]), 0, len(words)):
                    d.kind = "other"  # "fired 40 rockets at the port": an attack, no test (session 16 ruling)
                    if K.target_count(words, 0, len(words), d.count):
                        d.count = None  # "fired a volley at two bases": two targets, no count of what was fired
                elif d.kind == "other" and (K.state_suspended(body, ctx.lower, d.start, d.end) or (
                        d.actor is not None and (K.military_ties_cut(ctx.lower, d.pos, d.end)
                                                 or K.closed_to_state(body, ctx.lower, d.start, d.end)))
                        or K.diplomats_expelled(ctx.lower, d.start, d.end)):
                    # "the union suspended Gabon", "froze defence ties", "closed its airspace to Indian flights",
                    # "expelled three diplomats": a measure against a state (session 16 rulings; the closure since
                    # session 24, the expulsion since session 25);
                    # ties cut by no named doer stay `other` (a doerless sanction would pair with any measure of its week)
                    d.kind = "sanction"
                elif d.kind == "other" and K.protest_handed(ctx.lower, d.pos, d.end):
                    d.kind = "statement"  # "handed him a strongly worded protest": the words delivered (session 25)
                elif d.kind == "ship_movement" and K.land_task_force(body, ctx.lower, d.start, d.end):
                    d.kind = "deployment"  # "a task force of the South African National Defence Force entered" (session 28)
                elif d.kind == "deployment" and K.fired_on(ctx.lower, d.pos):
                    d.kind = "other"  # "guns ... silenced a dozen batteries around Amoy": firing, no force put there
            ctx.drafts.extend(found)
            if points is not None:
                taken = {id(d.mention) for d in found}  # a sentence whose past acts were read dates them
                told = [d.mention.end for d in found if d.mention is not None and d.tense != "future"]
                # Session 28: with past acts dated, a day named later after a semicolon of its own ("In his speech of
                # June 30 he called ...; on the 4th he told officers that ...": a second act no event holds) is still
                # the last day the story named
                after = max(told, default=-1)
                points.extend(m for m in sd if id(m) not in taken and m.kind in ("relative", "absolute")
                              and (not told or ";" in ctx.masked[after:m.start])
                              and not POINT_LEAD_RE.match(m.phrase) and not POSSESSIVE_RE.match(ctx.masked, m.end))
    name_later_speakers(ctx)  # "Fiji's military commander announced ..." then "Commodore X told ...": X (session 15)
    inherited = {id(d.inherit) for d in ctx.drafts if d.inherit is not None}
    # one act per excerpt: "... Delhi said Islamabad had carried out the tests" after the tests told are no second test;
    # words with a date phrase of their own ("the drills were due to end on 7 August") tell something new (session 20)
    ctx.drafts = [d for i, d in enumerate(ctx.drafts) if id(d) in inherited
                  or not retold(ctx.lower, d, ctx.drafts[:i]) or find_dates(ctx.masked, d.start, d.end)]
    # "Asked whether Ankara had accepted the findings, a spokesman said": an act asked about is no act told (session 20)
    ctx.drafts = [d for d in ctx.drafts if d.kind == "statement" or id(d) in inherited
                  or not UA.asked(ctx.lower, d.sentence, d.pos)]
    return ctx.drafts


def _anchor(excerpt: Excerpt) -> Anchor:
    value, source = excerpt.anchor or ("", None)
    try:
        return Anchor.from_value(value, source)
    except Exception:  # the anchor is the resolver's to judge; a failure leaves events undated
        return Anchor(None, None, None, None, value)


def _date(mention: DateMention, anchor: Anchor, tense: str,
          previous: tuple[str, DateResolution] | None) -> DateResolution:
    try:
        return resolve(mention, anchor, tense, previous)
    except Exception as exc:  # a resolver failure must cost one date, never the excerpt's events
        return DateResolution(phrase=mention.phrase, basis=f"'{mention.phrase}' could not be resolved: {exc!r}")


def _planned_day(body: str, d: Draft) -> bool:
    """True when the draft's date is a day or month with no year told as a plan ("due to begin on 12 March")."""
    m = d.mention
    if m is None or m.kind != "relative" or d.tense == "future":
        return False
    parsed = parse_phrase(m.phrase)
    if parsed is not None and not parsed.lead.startswith("since") and not parsed.modifier \
            and planned_weekday(body, d.sentence, m.start, parsed.form):
        return True  # "a meeting planned for Tuesday" (session 20: plandays.py)
    if parsed is not None and not parsed.modifier and promised_by(body, d.sentence, m.start, parsed.lead):
        return True  # "agreed to lift its pickets by Saturday": a deadline promised (session 28)
    if parsed is None or parsed.form not in PLAN_FORMS or parsed.lead.startswith("since"):
        return False
    plans = lexicon()["plans"]
    if parsed.form == "date" and parsed.lead in plans["day_leads"]:
        return True  # "calls a meeting ... for March 17": an appointment (session 26)
    before = L.lowered(body[max(d.sentence, m.start - plans["reach"]):m.start])
    return any(w in before for w in plans["words"])


def _nearer(mention: DateMention, anchor: Anchor, previous: tuple[str, DateResolution] | None) -> DateResolution:
    """A plan's day with no year: the nearer of its past and future readings (the future on a tie)."""
    past, ahead = _date(mention, anchor, "past", previous), _date(mention, anchor, "future", previous)
    if past.start is None or ahead.start is None or anchor.start is None:
        return ahead if past.start is None else past
    def gap(r: DateResolution) -> int:  # days between the anchor and the reading (0 when it holds the anchor)
        assert r.start is not None and r.end is not None and anchor.start is not None
        return max((r.start - anchor.start).days, (anchor.start - r.end).days, 0)

    pick, other = (past, ahead) if gap(past) < gap(ahead) else (ahead, past)
    return pick.model_copy(update={"basis": f"{pick.basis} (told as a plan: the nearer of the past and future "
                                            f"readings; the other is {other.start})"})


def _events(excerpt: Excerpt, warnings: list[str] | None) -> list[Event]:
    anchor = _anchor(excerpt)
    events: list[Event] = []
    done: dict[int, Event] = {}
    seen: dict[tuple[str, str], int] = {}
    # The last event dated to one day, and the last dated at all: each as told in any tense, and as
    # told not in the future (a plan ahead is no point of the story a past "a day earlier" counts from).
    last_day: dict[bool, tuple[str, DateResolution] | None] = {True: None, False: None}
    last_any: dict[bool, tuple[str, DateResolution] | None] = {True: None, False: None}
    # One phrase shared by several events ("A day earlier, X fired and Y dropped") counts from one
    # event, not from each other in turn.
    first_previous: dict[tuple[int, int], tuple[str, DateResolution] | None] = {}
    # event id -> (sentence, the event and the day named before that its step back counted from)
    counted_back: dict[str, tuple[int, tuple[str, DateResolution] | None, DateMention | None]] = {}
    points: list[DateMention] = []
    spans: dict[str, tuple[int, int]] = {}  # a dated event's id -> its words, and each dated event as told (told, event)
    history: list[tuple[bool, tuple[str, DateResolution]]] = []
    drafts = drafts_of(excerpt, warnings, points)
    by_sentence: dict[int, list[Draft]] = {}  # each sentence's statements, which may report its acts
    for d in drafts:
        if d.kind == "statement":
            by_sentence.setdefault(d.sentence, []).append(d)
    point: tuple[int, DateMention] | None = None  # the last day named in an earlier sentence with no event
    last_at = -1  # where the last past event's date phrase stands
    doers: dict[str, tuple[str, int]] = {}  # each act kind's last named doer and where its evidence ends (session 17)
    for d in drafts:
        if d.actor is None and d.kind in DOER_GOES_ON and d.kind in doers and d.start - doers[d.kind][1] <= DOER_REACH:
            # "China began drills around the island on Monday. The drills are due to run until Sunday": an act with no
            # doer named goes on the same kind of act told just before it (session 17)
            d.actor = doers[d.kind][0]
        if d.actor is not None and d.kind == "other":
            d.actor = P.not_the_envoys(excerpt.body, d.start, d.end, d.actor)
        if d.actor is not None and d.kind != "statement":
            # any doer goes on: kept to states and bodies of the alias table, a blind set lost a link (a person's act
            # no longer stood between); a craft's name going on cost a declassified set one
            doers[d.kind] = (d.actor, d.end)
        while points and points[0].end <= d.sentence:
            p = points.pop(0)
            got = _date(p, anchor, "past", None)
            if got.start is not None and got.start == got.end:
                point = (p.start, p)
        key = (d.mention.start, d.mention.end) if d.mention is not None else (-1, -1)
        told = d.tense != "future"
        candidate = (last_day[told] or last_any[told]) if told else None
        if told and d.mention is not None and d.mention.kind == "anaphoric" and last_any[True] is not None:
            # "In 2019, X signed an accord. A year later, ...": a week, month or year on counts from the story's
            # last dated event when it is no longer than that unit, not from an older single day
            got = last_any[True][1]
            reach = _anaphor_unit_days(d.mention)
            if reach and got.start is not None and got.end is not None and (got.end - got.start).days < reach:
                candidate = last_any[True]
        candidate = candidate or last_day[False] or last_any[False]
        if candidate is not None and d.mention is not None and d.mention.kind == "anaphoric" \
                and _inside(spans.get(candidate[0]), d, excerpt.body):
            # "The contingent, which had assembled on Moheli since 19/3, crossed ... on the same day": an aside inside
            # the act's own words is no point its step counts from; the event told before it is (session 28)
            candidate = next((e for t, e in reversed(history)
                              if (t or not told) and not _inside(spans.get(e[0]), d, excerpt.body)), None)
        if d.mention is not None and d.mention.kind == "anaphoric" and told and point is not None \
                and point[0] > last_at:
            # "Rouhani announced on Tuesday that ... [no event read]. A day earlier, ...": the day the
            # story named last, not an older event
            d.mention = replace(d.mention, base=point[1])
        if candidate is not None and _counts_back(d.mention) and candidate[0] in counted_back \
                and counted_back[candidate[0]][0] == d.sentence:
            # "The day before, the UN had flown ..., and four days earlier Rumsfeld had toured ...": steps back told in
            # one sentence count from one event (or one day named before), not from each other in turn (session 27)
            _, candidate, base = counted_back[candidate[0]]
            if base is not None and d.mention is not None:
                d.mention = replace(d.mention, base=base)
        previous = first_previous.setdefault(key, candidate) if d.mention else candidate
        try:
            ev = _event(excerpt, d, anchor, seen, done, previous, by_sentence.get(d.sentence, ()))
        except Exception as exc:  # noqa: BLE001 - see _fail
            _fail(warnings, f"sentence at offset {d.sentence}", exc)
            continue
        done[id(d)] = ev
        events.append(ev)
        if _counts_back(d.mention) and ev.date.dated and (d.mention.base is not None or previous is not None
                                                           and ev.date.relative_to == f"event:{previous[0]}"):
            counted_back[ev.id] = (d.sentence, previous, d.mention.base)
        if ev.date.dated and d.tense != "future":
            last_at = max(last_at, d.mention.start if d.mention is not None else d.pos)
        if ev.date.dated and not d.background:
            spans[ev.id] = (d.start, d.end)
            history.append((d.tense != "future", (ev.id, ev.date)))
            for which in (False, True) if d.tense != "future" else (False,):
                last_any[which] = (ev.id, ev.date)
                if ev.date.start == ev.date.end:
                    last_day[which] = (ev.id, ev.date)
    return events


BACK_RE = re.compile(r"\b(?:earlier|before|previous|prior|preceding)\b", re.IGNORECASE)


ASIDE_RE = re.compile(r",\s+(?:which|who|whose|whom)\b")  # a relative clause set off inside a subject


def _inside(span: tuple[int, int] | None, d: Draft, body: str) -> bool:
    """Whether an event's words lie inside the draft's own, fewer, and hold a relative clause set off by a comma (an
    aside of its subject: "The contingent, which had assembled ..."; never an act the draft reports)."""
    return span is not None and d.start <= span[0] and span[1] <= d.end and span != (d.start, d.end) \
        and ASIDE_RE.search(body, span[0], span[1]) is not None


def _counts_back(mention: DateMention | None) -> bool:
    """An anaphoric phrase that counts back from the event told before ("The day before", "four days earlier")."""
    return mention is not None and mention.kind == "anaphoric" and BACK_RE.search(mention.phrase) is not None


# Session 17: how near (characters between two evidences) an act with no doer named must follow the same kind of act
# to take that act's doer; farther, the doer was right less often than wrong on the declassified sets.
DOER_REACH = 300
# The kinds whose acts go on one doer's (drills, launches, forces, ships, measures). Not "other" (arrests, flights,
# handovers: as many wrong doers as right, and a wrong doer blocks a parity link an unnamed one makes), nor meetings.
DOER_GOES_ON = frozenset({"military_exercise", "missile_test", "nuclear_test", "deployment", "ship_movement", "sanction"})


def _past_verb_after(body: str, mention: DateMention) -> bool:
    """True when a relative date phrase stands right before a verb in the past ("on Monday approved"; data: [tense])."""
    if mention.kind != "relative":
        return False
    words = PAST_AFTER_RE.match(body, mention.end)
    if words is None:
        return False
    verb = words.group(1).lower()
    tense = lexicon()["tense"]
    return verb in tense["past_verbs"] or (verb.endswith("ed") and len(verb) > 4 and verb not in tense["not_verbs"])


def _anaphor_unit_days(mention: DateMention) -> int:
    """The days of the unit an anaphoric phrase moves by when coarser than a day ("a year later": 366), else 0."""
    parsed = parse_phrase(mention.phrase)
    if parsed is None or parsed.kind != "anaphoric" or parsed.form == "anaphoric_weekday":
        return 0
    unit = parsed.unit if parsed.form == "anaphoric_count" else (parsed.shift.split() or [""])[0]
    return ANAPHOR_UNIT_DAYS.get(unit, 0)


def _report_day(d: Draft, reports: Sequence[Draft], anchor: Anchor) -> date | None:
    """The one day of the statement of d's sentence nearest d that reports it, when that day is before the anchor's."""
    days = []
    for st in reports:
        if st.sentence != d.sentence or st.mention is None or st.mention.kind not in ("relative", "absolute") \
                or (st.words_end or st.end) <= d.pos:
            continue  # a statement whose words end before the act reports none of it (session 12: clauses.py)
        got = _date(st.mention, anchor, st.tense, None)
        if got.start is not None and got.start == got.end and anchor.start is not None and got.start < anchor.start:
            days.append((abs(st.pos - d.pos), got.start))
    return min(days)[1] if days else None


def _by_report(d: Draft, got: DateResolution, anchor: Anchor, reports: Sequence[Draft], body: str) -> DateResolution:
    """A past act its statement reports happened by the statement's day: a weekday read after it is read from it."""
    if d.kind == "statement" or d.tense != "past" or got.start is None or d.mention is None \
            or d.mention.kind != "relative" or d.modality not in ("asserted", "reported_claim", "denied") \
            or AHEAD_OF_REPORT_RE.search(body[d.sentence : d.mention.start].lower()):
        return got
    parsed = parse_phrase(d.mention.phrase)
    if parsed is None or parsed.form not in REPORTED_DAY_FORMS:
        return got
    day = _report_day(d, reports, anchor)
    if day is None or (got.end or got.start) <= day:  # "overnight" read from the anchor may run past the statement's day
        return got
    again = _date(d.mention, Anchor(day, day, "day", None, day.isoformat()), d.tense, None)
    if again.start is None:
        return got
    return again.model_copy(update={"relative_to": got.relative_to,
                                    "basis": f"{again.basis} (the day of the statement reporting it, by which the act "
                                             f"had happened; read from the anchor it would be {got.start})"})


def _would(d: Draft, anchor: Anchor, previous: tuple[str, DateResolution] | None,
           reports: Sequence[Draft]) -> DateResolution:
    """"said on Wednesday that talks would resume on Monday": ahead of the statement's day, else the nearer reading."""
    assert d.mention is not None
    day = _report_day(d, reports, anchor)
    if day is None:
        return _nearer(d.mention, anchor, previous)
    got = _date(d.mention, Anchor(day, day, "day", None, day.isoformat()), "future", None)
    if got.start is None:
        return _nearer(d.mention, anchor, previous)
    return got.model_copy(update={"relative_to": anchor.source or "as_of",
                                  "basis": f"{got.basis} (told with 'would' or a backshifted plan in the words of a "
                                           f"statement of that day: ahead of it; sessions 20-21)"})


def _event(excerpt: Excerpt, d: Draft, anchor: Anchor, seen: dict[tuple[str, str], int], done: dict[int, Event],
           previous: tuple[str, DateResolution] | None, reports: Sequence[Draft] = ()) -> Event:
    """One draft dated, with its evidence and stable id."""
    evidence = Evidence.of(excerpt.body, d.start, d.end)
    key = (d.kind, evidence.exact)
    occurrence = seen.get(key, 0)
    seen[key] = occurrence + 1
    eid = event_id(excerpt.id, d.kind, evidence.exact, occurrence)
    if d.inherit is not None and id(d.inherit) in done and done[id(d.inherit)].date.dated:
        src = done[id(d.inherit)]
        date = src.date.model_copy(update={
            "basis": f"no date phrase of its own; {d.inherit_why} ({src.id}): {src.date.basis}",
            "relative_to": f"event:{src.id}"})
    elif d.mention is not None and _planned_day(excerpt.body, d):
        # "were due to resume on Monday, X said on Wednesday": ahead of the statement's day (session 21: plandays)
        backshifted = told_ahead(excerpt.body, d.sentence, d.mention.start)
        date = _would(d, anchor, previous, reports) if backshifted else _nearer(d.mention, anchor, previous)
    elif d.mention is not None and d.kind != "statement" and d.tense == "past" and d.mention.kind == "relative" \
            and would_before(excerpt.body, d.pos, d.mention.start):
        date = _would(d, anchor, previous, reports)
    elif d.mention is not None:
        tense = "past" if d.tense == "future" and _past_verb_after(excerpt.body, d.mention) else d.tense
        date = _by_report(d, _date(d.mention, anchor, tense, previous), anchor, reports, excerpt.body)
    else:
        date = UNDATED
    # Built without re-validation (a fifth of an event's cost): the evidence and date are validated
    # models already (Evidence.of proves body[start:end] == exact), the enums and lists made here.
    actor, summary = d.actor, d.summary
    era = L.ERAS.get(actor or "") if anchor.end is not None else None
    if era is not None and anchor.end.isoformat() < era[1]:
        # session 17: "Moscow denounced the blockade" written in 1962 is the Soviet Union's (aliases.toml [eras])
        named = summary.startswith(d.actor or "") and summary[len(d.actor or ""):][:1] in (":", " ")
        actor, summary = era[0], era[0] + summary[len(d.actor or ""):] if named else summary
    return Event.built(
        id=eid, excerpt=excerpt.id, kind=Kind(d.kind), actor=actor, actor_role=d.role,
        participants=list(d.participants), summary=summary, quote=d.quote, modality=Modality(d.modality),
        via=d.via, date=date, evidence=evidence, place=d.place, objects=list(d.objects),
        count=d.count, polarity=d.polarity, tense=d.tense)


def extract_strict(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt in text order, dated; errors propagate (tests use this)."""
    return _events(excerpt, None)


def extract_checked(excerpt: Excerpt) -> tuple[list[Event], list[str]]:
    """Events of one excerpt and warnings naming what failed; never raises. A failure costs only
    its sentence ("event extraction failed in sentence at offset N: ErrorType")."""
    warnings: list[str] = []
    try:
        return _events(excerpt, warnings), warnings
    except Exception as exc:  # noqa: BLE001 - the excerpt-wide setup failed: no events, said so
        return [], [*warnings, f"event extraction failed in excerpt {excerpt.id}: {type(exc).__name__}"]


def extract(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt, in text order; any text yields events or none, never an exception
    (extract_checked also says what failed)."""
    return extract_checked(excerpt)[0]
