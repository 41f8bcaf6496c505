"""Speaker lines of a broadcast or briefing transcript ("MICHAEL OREN: These were ...") as statements."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.models import Quote

_WORDS = L._SPEECH["transcript"]
HOST_LABELS = frozenset(_WORDS["host_labels"])
NOT_SPEAKERS = frozenset(_WORDS["not_speakers"])
HONORIFICS = frozenset(_WORDS["honorifics"])
# A word of a name in capitals; a Scots or Irish "Mc"/"Mac" keeps its small letters in a transcript's capitals
# ("MR. McCORMACK:", "MacDONALD:": session 24).
CAPS_WORD = r"(?:Ma?c(?=[A-Z]))?[A-Z][A-Z.'’-]*"
# A name in capitals (one to four words, an honorific allowed), an optional ", LABEL" and a colon opening a line;
# the words after the colon are the speaker's.
SPEAKER_LINE_RE = re.compile(rf"(?P<name>{CAPS_WORD}(?: {CAPS_WORD}){{0,3}})(?:, (?P<label>[A-Z][A-Z -]*))?:[ \t]+(?=\S)")
LINE_OPENING_RE = re.compile(r"^" + SPEAKER_LINE_RE.pattern[:-len(r"[ \t]+(?=\S)")] + r"(?:[ \t]|$)", re.M)
# A label line of its own ("MELISSA BLOCK, HOST:", "ANDREA SOLANO, host:", "CARLOS RUIZ reporting:"): who the
# programme's people are (a label in either case, after a comma or, in lowercase, a space: session 15).
LABEL_LINE_RE = re.compile(rf"^(?P<name>{CAPS_WORD}(?: {CAPS_WORD}){{0,3}})(?:, (?P<label>[A-Za-z][A-Za-z -]*)"
                           r"| (?P<lower>[a-z][a-z -]*)):", re.M)


# A speaker line whose first sentence has fewer words than this and is only a reply ("That's right.", "Thank you.": speech.toml
# [transcript] replies) or a pronoun's copula ("He is thirty-four.") is no statement of the story; a short stance stays one
# ("I doubt it."); the line's later sentences are read as any are (session 18, acts18).
SHORT_LINE_WORDS = 4
REPLIES = frozenset(_WORDS.get("replies", []))
PRONOUN_COPULA_RE = re.compile(r"(?:He|She|It|They)(?:\s+(?:is|was|are|were)|['’]s)\b")


# Session 25 (speak25, the lead's ruling): a line's sentence with no proposition to check (a greeting, thanks, "Next
# question, please.", "Let me begin with Haiti.") is no statement (speech.toml [transcript] greetings, topic_openers).
NO_PROPOSITION_RE = re.compile(
    rf"(?:(?:{L.literal_alt(_WORDS['greetings'])})(?:,?\s+(?:{L.literal_alt(_WORDS['greeting_vocatives'])}))?"
    rf"(?:,?\s+please)?|(?:{L.literal_alt(_WORDS['topic_openers'])})(?:\s+[\w'’-]+){{1,4}})\s*[.!]?")


def no_proposition(said: str) -> bool:
    """Whether a transcript sentence only greets, thanks, takes turns or names a topic ("Good afternoon, everyone.")."""
    return NO_PROPOSITION_RE.fullmatch(said.strip().lower()) is not None


def _words(name: str) -> list[str]:
    """The name's words without a leading honorific."""
    words = name.split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return words


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space


# Session 19 (extras19): an anchor no label names signs the programme off ("CHANCELLOR: That's the NBC Nightly News.",
# "Good night."): a whole sentence of one of the speaker's lines (speech.toml [transcript] sign_offs, programme_nouns).
SIGN_OFF_RE = re.compile(rf"(?:^|(?<=[.!?] ))(?:(?:{_alt(_WORDS.get('sign_offs', []))})"
                         rf"|that(?:'s|’s| is) (?:the|our|this)(?: [\w.'’-]+){{0,5}} (?:{_alt(_WORDS.get('programme_nouns', []))})"
                         rf"(?: for (?:tonight|today|this evening|this morning))?)[.!]", re.I)


def _anchors(body: str) -> set[str]:
    """Names (in capitals, full and last) of the speakers who sign the programme off."""
    out: set[str] = set()
    for m in SPEAKER_LINE_RE.finditer(body):
        if m.start() and body[m.start() - 1] != "\n":
            continue
        line_end = body.find("\n", m.end())
        if SIGN_OFF_RE.search(body[m.end():line_end if line_end >= 0 else len(body)]):
            words = _words(m.group("name"))
            out.update((words[-1], " ".join(words)) if words else ())
    return out


# Session 20 (prec20): a line that only hands the story back to a correspondent by name ("Mark Obi in Nairobi.",
# "Li Chen in Seoul, thank you.", "Park Ji-ho reporting."): the named one is the programme's correspondent
# and the line's speaker its host; the lines of both are the outlet's own telling, no statements.
# Only a correspondent's tag marks it: the outlet's possessive, the place reported from, or "reporting" (a bare "Ambassador
# Meron, thank you." thanks a guest, who stays a speaker).
HAND_BACK_RE = re.compile(rf"(?P<own>(?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w.'’-]*['’]s\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
                          rf"(?P<tag>,?\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}|\s+reporting)?"
                          rf"(?:[,.]\s*(?i:{_alt(_WORDS['hand_back_thanks'])}))?[.!]?\s*")


def _handed_back(body: str) -> set[str]:
    """Names (in capitals, full and last) of a correspondent handed back to by name and of the speaker who does it."""
    labels = {}
    lines = []
    for m in SPEAKER_LINE_RE.finditer(body):
        if m.start() and body[m.start() - 1] != "\n":
            continue
        words = _words(m.group("name"))
        if words:
            labels[words[-1]] = words
            line_end = body.find("\n", m.end())
            lines.append((words, body[m.end():line_end if line_end >= 0 else len(body)].strip()))
    out: set[str] = set()
    for words, said in lines:
        back = HAND_BACK_RE.fullmatch(said)
        named = back.group("name").upper().split() if back is not None and (back.group("own") or back.group("tag")) else []
        label = next((w for w in (named[-1:] + named[:1]) if w in labels and w != words[-1]), None)
        if label is not None:  # a surname first or last ("Park Ji-ho reporting." for the line "PARK:")
            out.update((label, " ".join(labels[label]), words[-1], " ".join(words)))
    return out


@lru_cache(maxsize=16)
def hosts_of(body: str) -> frozenset[str]:
    """Surnames (in capitals) of the programme's own people: hosts, correspondents, moderators."""
    out = set()
    for m in LABEL_LINE_RE.finditer(body):
        if any(w.upper() in HOST_LABELS for w in (m.group("label") or m.group("lower")).split()):
            words = _words(m.group("name"))
            out.update((words[-1], " ".join(words)) if words else ())
    if is_transcript(body):
        out |= _anchors(body) | _handed_back(body)
    return frozenset(out)


def _display(words: list[str]) -> str:
    """'GARCIA-NAVARRO' -> 'Garcia-Navarro', "O'BRIEN" -> "O'Brien", 'McCORMACK' -> 'McCormack'."""
    return " ".join(re.sub(r"(Ma?c(?=[A-Z]))?([A-Za-z]+)", lambda m: (m.group(1) or "") + m.group(2).capitalize(), w)
                    for w in words)


@lru_cache(maxsize=16)
def is_transcript(body: str) -> bool:
    """True when at least two lines open with a speaker label: a transcript, not a story with one "NEW DELHI:" dateline."""
    return len(LINE_OPENING_RE.findall(body)) >= 2


def label_end(body: str, s: int, e: int) -> int | None:
    """Where the words start when the sentence at s opens a transcript line ("OREN: ...", "Q: ..."), else None."""
    if not is_transcript(body):
        return None
    line = body.rfind("\n", 0, s) + 1
    if line < s and body[line:s].strip() not in HONORIFICS:
        return None  # not a line's start, nor right after an honorific there ("MS." split off as a sentence)
    m = SPEAKER_LINE_RE.match(body, line, e)
    return m.end() if m is not None and len(m.group("name").replace(".", "")) >= 1 else None


def _guest(body: str, m: re.Match[str]) -> list[str] | None:
    """The name's words of a speaker line's guest, or None (the host's line, a question from the floor, a place)."""
    if m.group("label") and any(w in HOST_LABELS for w in m.group("label").split()):
        return None
    words = _words(m.group("name"))
    if not words or any(w.strip(".") in NOT_SPEAKERS or w in HOST_LABELS for w in words) or len("".join(words)) < 2 \
            or L.ENTITY_RE.fullmatch(_display(words)) is not None:
        return None  # a question from the floor, a voice not named, a place ("MOSCOW:")
    hosts = hosts_of(body)
    if words[-1] in hosts or " ".join(words) in hosts:
        return None  # the host's questions and links, not a statement
    return words


def _draft(ctx: Context, m: re.Match[str], words: list[str], s: int, e: int, paragraph: int, via: str | None) -> Draft:
    """The guest's statement told by the words s..e of the line m opens."""
    name = _display(words)
    if len(words) == 1:  # "OREN:": the speaker named in full before
        name = ctx.reg.surnames.get(name, name)
    if len(words) == 1 and name == _display(words):  # "MR. McCORMACK:" under a heading "Sean McCormack, Spokesman"
        full = re.compile(rf"(?<![\w'’.-])(?:[A-Z][a-z'’-]+ ){{1,2}}{re.escape(name)}(?![\w'’-])").search(ctx.body, 0, m.start())
        name = full.group(0) if full is not None else name
    person = ctx.reg.note_person(name, None, m.start())
    start, end = A.trim(ctx.body, s, e)
    words_said = ctx.body[max(m.end(), start):end].strip()
    return Draft(kind="statement", start=start, end=end, pos=max(m.start(), s - 1), paragraph=paragraph,
                 summary=A.summary(person.name, "said", words_said), actor=person.name, role=person.role,
                 quote=Quote.built(text=words_said, direct=True), via=via, tense="past")


# Session 24: a later sentence of a guest's line that speaks in the first person ("We are studying the note.", "I expect
# we will answer by Friday.") is the guest's statement too: a briefing's spokesman speaks for his side in every sentence,
# while a sentence with no "I"/"we" ("The Secretary called X on Saturday.") tells an act, read as any reporter's is.
FIRST_PERSON_RE = re.compile(r"(?<![\w'’-])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)(?![\w'’-])")
# "Our correspondent Mark Ellis has been following the story.": the programme's own people, a host's link, no statement.
OUR_PEOPLE_RE = re.compile(rf"(?<![\w'’-])[Oo]ur\s+(?:own\s+)?(?i:{_alt(sorted(HOST_LABELS))})s?\b")


def line_sentence(ctx: Context, s: int, e: int, paragraph: int, dates: list[DateMention]) -> Draft | None:
    """The guest's statement told by a later first-person sentence s..e of a transcript line, or None; the sentence's
    first date phrase is its day ("on Friday our embassy received a note", "we will answer by Friday")."""
    if not is_transcript(ctx.body):
        return None
    line = ctx.body.rfind("\n", 0, s) + 1
    m = SPEAKER_LINE_RE.match(ctx.body, line, e)
    if m is None or m.end() > s or FIRST_PERSON_RE.search(ctx.masked, s, e) is None or no_proposition(ctx.body[s:e]) \
            or OUR_PEOPLE_RE.search(ctx.masked, s, e) is not None:
        return None
    words = _guest(ctx.body, m)
    if words is None:
        return None
    draft = _draft(ctx, m, words, s, e, paragraph, None)
    draft.mention = next((d for d in dates if s <= d.start < e), None)
    if draft.mention is not None:
        draft.tense = A.tense_of(ctx.lower, s, e)
    return draft


# Session 25 (speak25): what a transcript prints around its speakers tells no event: the heading lines before the first
# speaker's line ("Daily Press Briefing", "Sean McCormack, Spokesman", "Washington, DC": short, no closing stop), a
# stage direction in brackets ("(The briefing was concluded at 1:02 p.m.)", "(Laughter.)"), and a question from the
# floor ("QUESTION: Will the minister travel to Ouagadougou?": nothing asserted).
HEADING_WORDS = 8
STAGE_DIRECTION_RE = re.compile(r"\s*\([^()]*\)\s*")


def untold(body: str, s: int, e: int) -> bool:
    """Whether the sentence s..e of a transcript is a heading, a stage direction or a question from the floor."""
    if not is_transcript(body):
        return False
    said = body[s:e].strip()
    if STAGE_DIRECTION_RE.fullmatch(said):
        return True
    first = LINE_OPENING_RE.search(body)
    if first is not None and e <= first.start() and said[-1:] not in ".!?:;\"”" and len(said.split()) <= HEADING_WORDS:
        return True
    if not said.endswith("?"):
        return False
    line = body.rfind("\n", 0, s) + 1
    m = SPEAKER_LINE_RE.match(body, line, e)
    return m is not None and any(w.strip(".") in NOT_SPEAKERS for w in m.group("name").split())


def act_told(ctx: Context, s: int, e: int, acts: list[Draft]) -> bool:
    """Whether a speaker line's opening sentence s..e, with no "I"/"we", is an act told from its first word ("MR. X: Dan
    Fried will travel to Central Asia later this month."; never "She will, and she will raise ..."): the act stands alone, as in a later sentence of the line (session 24);
    the line is no statement of its own (session 25)."""
    return FIRST_PERSON_RE.search(ctx.masked, s, e) is None and any(
        a.kind != "statement" and s <= a.pos < e and a.start <= s + 1 for a in acts)  # the act opens the line's words


def speaker_line(ctx: Context, s: int, e: int, paragraph: int, via: str | None) -> Draft | None:
    """The statement of a transcript line whose sentence opens at s, or None (no line, the host's, a question)."""
    line = ctx.body.rfind("\n", 0, s) + 1
    m = SPEAKER_LINE_RE.match(ctx.body, line, e) if label_end(ctx.body, s, e) is not None else None
    words = _guest(ctx.body, m) if m is not None else None
    if m is None or words is None:
        return None
    said = ctx.body[m.end():e]
    if len(said.split()) < SHORT_LINE_WORDS and (said.strip().rstrip(".!").strip().lower() in REPLIES
                                                 or PRONOUN_COPULA_RE.match(said.strip()) is not None):
        return None  # "RAKOTO: That's right.", "He is thirty-four.": a reply or a remark of a few words, no statement (session 18)
    if no_proposition(said):
        return None  # "MS. HOLT: Good afternoon, everyone.": nothing to check, no statement (the lead's ruling, session 25)
    return _draft(ctx, m, words, m.start(), e, paragraph, via)


# Session 28 (speak28): a meeting's summary (a UN press release, a council's record) names each speaker in capitals with
# the state they speak for in brackets ("SUDJARWO TJONDRONEGORO (Indonesia) said", "Sir PATRICK DEAN (United Kingdom)
# said"); read as "Sudjarwo Tjondronegoro said", the name is a person's, who speaks, and a later "he" finds them.
SUMMARY_STATE_RE = re.compile(r"\((?P<state>[A-Z][A-Za-z .'’-]{1,50})\)(?=\s+[a-z])")
_CAPS_NAME_WORD = r"[A-Z][A-Z'’-]+"
SUMMARY_NAME_BEFORE_RE = re.compile(rf"(?<![\w.'’-])(?P<name>(?:(?P<hon>{L.literal_alt(sorted({*L.HONORIFICS, *(h.upper() for h in L.HONORIFICS)}))})\s+)?{_CAPS_NAME_WORD}"
                                    rf"(?:\s+(?:{_CAPS_NAME_WORD}|[A-Z]\.))*)\s+$")


def summary_names(text: str) -> str:
    """The text with a summary's speakers in capitals and their state in brackets written as names ("ONG YOKE LIN
    (Malaysia) said" -> "Ong Yoke Lin            said"), of the same length; other text as it was."""
    out, at = [], 0
    for m in SUMMARY_STATE_RE.finditer(text) if "(" in text else ():
        form = L.ENTITY_FORMS.get(m.group("state"))
        if form is None or L.ENTITY_KINDS.get(form[0]) not in ("country", "territory"):
            continue
        name = SUMMARY_NAME_BEFORE_RE.search(text, max(at, m.start() - 80), m.start())
        if name is None or (name.group("hon") is None and " " not in name.group("name").strip()) \
                or name.group("name") in L.ENTITY_FORMS:
            continue  # one word in capitals with no title may be an initialism ("ECOWAS (Nigeria) said")
        span = name.span("name")
        words = re.split(r"(\s+)", text[span[0]:span[1]])
        shown = "".join(_display([w]) if w.strip() and w.upper() == w and len(w.rstrip(".")) > 1 else w for w in words)
        if len(shown) != span[1] - span[0]:
            continue
        out += [text[at:span[0]], shown, " " * (m.end() - span[1])]
        at = m.end()
    return "".join(out) + text[at:] if out else text
