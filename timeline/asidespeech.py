"""A speech act told in a who/whose aside between a sentence's subject and its main verb ("The foreign minister, who on
Tuesday urged the bloc to hold an emergency session, told journalists that ...", "Sweden, whose foreign minister had on Monday
condemned the raid, on Wednesday summoned the Iranian envoy", "The bloc, whose chairman had called on Tuesday for a
ceasefire, now says ..."): a statement of its own beside the main clause's event (session 19, split19).

`aside_statements` (one line in `events._sentence`, after the sentence's drafts are read): the sentence opens with its
subject (no verb before the first comma), then ", who" or ", whose <role>[, <Name>,]", at most "had/has/have", adverbs
and a date phrase, then a past verb of speech (`data/speechpairs.toml` verbs and `aside_verbs`); the aside ends at its
closing comma (never inside a list of names), and a main verb follows it. The statement's evidence is the aside from its
pronoun to its comma, its speaker the person the aside names ("whose Prime Minister, X,") or the one its role names, else
the subject; its day one it names itself, else none. Nothing read already inside the aside (another reading's event
whose verb lies in it) and never a quote's words.
"""

from __future__ import annotations

import re
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.speakers import Mention
from timeline.speakers import resolve as resolve_mention

UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
ASIDE_RE = re.compile(r",\s+(?P<rel>who|whose)\s")
REACH = 220  # characters: an aside is short
SPEAKER_KINDS = ("person", "entity", "body", "demonym", "reference", "title")
ANONYMOUS_RE = re.compile(r"\s+(?:not\s+to\s+be|to\s+remain|that\s+(?:his|her|their)\s+name)")
VERBLESS_OK = frozenset({"asked", "urged", "said", "called", "condemned", "appealed", "criticised", "criticized"})
# The main clause right after the aside opens with a verb of speech: "..., told journalists that ...".
MAIN_SPEECH_RE = re.compile(r",\s+(?:[a-z]+ly\s+|(?:on|last|this)\s+[a-z]+\s+)?(?P<verb>told|tells|said|says|added|warned"
                            r"|declared|insisted|stressed|announced|reiterated)\b")
# Words that open what a speech act reports: a day after them is the reported act's.
REPORTED_RE = re.compile(r"\b(?:that|would|will|had|has|have|was|were|is|are|could|should|can|may|might)\b")
PLAIN_SPEECH = frozenset({"told", "said", "tells", "says"})
LIST_COMMA_RE = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|\band\b)")


@cache
def _verb_re() -> re.Pattern[str]:
    data = L._load("speechpairs")
    words = ({*data["verbs"]} - set(data["not_aside_verbs"])) | set(data["aside_verbs"])
    verbs = "|".join(sorted(words, key=len, reverse=True))
    # never a passive ("who was described by aides as exhausted": words about the head, none of its own)
    return re.compile(rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?:{verbs})\b")


def _aside_end(text: str, at: int, e: int) -> int | None:
    """The comma closing an aside that opens at `at`: the first one no list of names goes on after."""
    i = at
    while True:
        i = text.find(",", i + 1, min(e, at + REACH))
        if i < 0:
            return None
        if not any(A._verbish(w) or w in VERBLESS_OK for w in A.WORD_RE.findall(text.lower(), at, i)):
            continue  # "whose Prime Minister, Signor X, had ...": a name set off in the aside before its verb
        if LIST_COMMA_RE.match(text, i) is None or text[i + 1:i + 40].lstrip().lower().startswith(("who", "which")):
            return i


def _speaker(ctx: Context, mentions: list[Mention], a: int, b: int, paragraph: int) -> Mention | None:
    """The last speaker-like mention inside a..b, resolved."""
    for m in reversed(mentions):
        if a <= m.start and m.end <= b and m.kind in SPEAKER_KINDS:
            r = resolve_mention(m, ctx.reg, paragraph)
            if r is not None and r.name:
                return r
    return None


def aside_statements(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                     drafts: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The statement a who/whose aside right after the sentence's subject tells (see the module)."""
    text, lower = ctx.masked, ctx.lower
    if ", who" not in lower[s:e]:
        return []
    first = text.find(",", s, e)
    m = ASIDE_RE.match(text, first) if first > s else None
    if m is None or any(A._verbish(w) for w in A.WORD_RE.findall(text, s, first)):
        return []  # not the subject's aside: a clause comes first
    close = _aside_end(text, m.end(), e)
    if close is None or not A.WORD_RE.findall(text, close, e):
        return []
    verb = _verb_re().search(lower, m.end(), close)
    if verb is None or ctx.body[verb.start():verb.end()] != text[verb.start():verb.end()]:
        return []
    if ANONYMOUS_RE.match(lower, verb.end()):
        return []  # "who asked not to be named": no statement
    said = [d for d in drafts if d.kind == "statement" and m.start() < d.pos < close]
    if said and verb.group(0) in PLAIN_SPEECH:
        return []  # "X, who told deputies that A, said B": one speaker's words told twice, read as they are
    if said:  # read already: its words end with the aside where the main clause tells an act or words of its own
        main = MAIN_SPEECH_RE.match(lower, close)
        if any(d.pos > close and d.kind != "statement" for d in drafts) or main is not None:
            for d in said:
                d.end = min(d.end, A.trim(ctx.body, d.start, close)[1])
        if main is None or any(d.pos >= main.start("verb") and d.kind == "statement" for d in drafts):
            return []
        # "X, who on Tuesday urged ..., told journalists that ...": the main clause's words are a statement of their own
        v0 = main.start("verb")
        end = A.trim(ctx.body, v0, e)[1]
        words = REPORTED_RE.search(lower, main.end(), end)
        day = next((d for d in dates if main.end() <= d.start and d.end <= (words.start() if words else end)
                    and d.kind not in UNUSABLE and day_level(d)), None)
        first = said[0]
        return [Draft(kind="statement", start=v0, end=end, pos=v0, paragraph=paragraph,
                      summary=A.summary(first.actor, main.group("verb"), ctx.body[main.end():end].strip()),
                      actor=first.actor, role=first.role, via=via, tense="past", mention=day)]
    who = _speaker(ctx, mentions, m.end(), verb.start(), paragraph) if m.group("rel") == "whose" else None
    head = who or _speaker(ctx, mentions, s, first, paragraph)
    own = next((d for d in dates if m.end() <= d.start and d.end <= close and d.kind not in UNUSABLE
                and day_level(d)), None)
    start, end = m.start("rel"), A.trim(ctx.body, m.start("rel"), close)[1]
    if head is None:  # "The archbishop, who ...": the subject no list names, as the sentence's reading of it gave it
        main = next((d for d in drafts if d.start <= s + 1 and d.end >= close and d.actor), None)
        actor, role = (main.actor, main.role) if main is not None else (None, None)
    else:
        actor, role = head.name, head.role
    return [Draft(kind="statement", start=start, end=end, pos=verb.start(), paragraph=paragraph,
                  summary=A.summary(actor, verb.group(0), ctx.body[verb.end():end].strip()), actor=actor,
                  role=role, via=via, tense="past", mention=own)]
