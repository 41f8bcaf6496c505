"""Acts told by an open verb in a statement's reported words, which no trigger list reads: "the ministry said Beijing
had summoned the ambassador on Monday", "Rebels overran an army base on Saturday, residents said" (kind `other`).

Rules (word lists in data/openverbs.toml):
- Only the reported words of a statement of the sentence (its frame's content: after "said (that)", before ", X
  said", after "according to X,"), never a planned speech's or an inverted frame's, never words partly quoted, and
  only where no act of the sentence lies in them.
- Their first clause opens with a subject (one to seven words, not "if", "there", "this", "no", a preposition ...;
  names and a determiner's modifiers stay in it: "the United States", "the armed forces"), then at most a few
  auxiliaries, adverbs or a date phrase ("had", "will", "also", "on Tuesday"), then the verb: an "-ed" form or an
  irregular past, or any verb after "will" (a plan). "was/were" (a state or a passive), a negation, hedge or demand
  ("had not", "may have", "would", "must") tell no act.
- Verbs of being, thinking, speech, judgement, watching and amount are no acts ("said the move violated the accord").
- After "said (that)", only with a day or week of its own in the clause ("on Monday", "overnight"): without one,
  those words tell a state or a stance more often than an act (measured on h5-8: 8 found for 26 extras). A done act
  told first, with ", X said" after it, needs none (h5-9: 2 more found, no extra); a plan ("will continue until
  the enemy surrenders") always does.
- The act is drafted as a trigger's would be (actions.action_draft): doer, place, objects, modality reported_claim
  (or planned), that date phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actfirst import hedged
from timeline.actions import action_draft, day_level
from timeline.datefind import find_dates
from timeline.drafts import Context, Draft, closest
from timeline.frames import Frame
from timeline.speakers import find_mentions

TOKEN_RE = re.compile(r"[a-z][a-z'’-]*|\d[\d,.]*")
SUBJECT_MAX = 7  # words: "the two Chinese coast guard vessels" is six
BE_FORMS = frozenset({"was", "were", "been", "being", "is", "are"})
PLAN_AUX = frozenset({"will"})
PERFECT_AUX = frozenset({"had", "has", "have"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "two", "three", "four", "five"})
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = L._load("openverbs")
    return {k: frozenset(v) for k, v in data.items()}


@cache
def _participles() -> frozenset[str]:
    """The irregular forms that are participles only ("flown", "taken", "begun"): never a past tense alone."""
    return frozenset(w for w in _words()["irregular"] if w.endswith("n") or w in _words()["participles"])


def _verb_shaped(word: str) -> bool:
    w = _words()
    return word in w["irregular"] or word in w["stop"] or word.endswith("ed")


def _verb_at(tokens: list[tuple[str, int, int]], dated: set[int], body: str) -> int | None:
    """Index of the act verb after the clause's subject, or None when the clause does not have that shape."""
    w = _words()
    if not tokens or tokens[0][0] in w["not_subject"] or _verb_shaped(tokens[0][0]) and not body[tokens[0][1]].isupper():
        return None
    for i in range(1, min(len(tokens), SUBJECT_MAX + 1)):
        word = tokens[i][0]
        if body[tokens[i][1]].isupper() or word in w["between"] or i in dated or tokens[i - 1][0] in DETERMINERS:
            continue  # a name or a noun's modifier is the subject's ("the United States", "the armed forces")
        if word in BE_FORMS:
            return None  # a passive or a state: what was done to the subject, or what it is

        if word in w["blockers"]:
            return None
        j = i - 1
        while j > 0 and (tokens[j][0] in w["between"] or j in dated):
            j -= 1
        aux = {t[0] for t in tokens[j + 1:i]}
        if j == i - 1 and word not in w["irregular"] and not word.endswith("ed"):
            continue  # still the subject: "the two leaders", "Russian forces"
        if word in w["stop"] or word.endswith("ing"):
            return None
        if word in _participles() and not aux & PERFECT_AUX:
            return None  # "The troops flown in from Russia are now back home": a reduced relative, not the clause's verb
        if word in w["irregular"] or (word.endswith("ed") and len(word) > 4) or aux & PLAN_AUX:
            return i
        return None
    return None


def open_acts(ctx: Context, s: int, e: int, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
              via: str | None, paragraph: int) -> list[Draft]:
    """Acts an open verb tells in the reported words of sentence s..e's statements (see the module's rules)."""
    acts = [(d.start, d.end) for d in drafts if d.kind != "statement"]
    out: list[Draft] = []
    for st, fr in framed:
        if fr.content is None or fr.planned or fr.inverted:
            continue
        a, b = A.trim(ctx.masked, max(s, fr.content[0]), min(e, fr.content[1]))
        if b - a < 8 or any(t0 < b and a < t1 for t0, t1 in acts):
            continue
        if ctx.masked[a:b] != ctx.body[a:b]:
            continue  # words partly quoted ('it had "taken necessary measures"'): the speaker's label, read as said
        clause = next(((c0, c1) for c0, c1 in A.clauses(ctx.masked, a, b) if c0 <= a < c1), (a, b))
        c0, c1 = A.trim(ctx.masked, a, clause[1])
        dates = [d for d in find_dates(ctx.masked, c0, c1) if d.kind not in UNUSABLE_DATE_KINDS]
        tokens = [(m.group(0), m.start() + c0, m.end() + c0) for m in TOKEN_RE.finditer(ctx.lower[c0:c1])]
        dated = {i for i, (_, t0, _) in enumerate(tokens) if any(d.start <= t0 < d.end for d in dates)}
        v = _verb_at(tokens, dated, ctx.body)
        if v is None or hedged(ctx.lower, c0, c1):
            continue  # "The militia probably shelled the village, an official said": a guess, no act
        t0, t1 = tokens[v][1], tokens[v][2]
        sub = replace(ctx, reg=ctx.reg.copy())  # the sentence's own pass registered its names already
        mentions = find_mentions(sub.masked, c0, c1, sub.reg, None)
        mention = closest(dates, c0, c1, t0)
        planned = any(tok[0] in PLAN_AUX for tok in tokens[:v])
        if (fr.content[1] > fr.verb_start or planned) and (mention is None or not day_level(mention)):
            # with no day of its own, words after "said" (and plans: "will continue until the enemy surrenders") tell a
            # state or a stance more often than an act; done acts told first with ", X said" after them are the
            # report's own news ("Rebels overran a base, residents said")
            continue
        draft = action_draft(sub, "other", t0, t1, (c0, c1), fr, mentions, dates, mention, via or st.via, s, paragraph)
        draft.start, draft.end = c0, c1
        draft.paragraph = paragraph
        out.append(draft)
        acts.append((c0, c1))
    return out
