"""Sentence shapes of gold events the extractor missed or mis-kinded: counts only, safe on a blind corpus.

Each test is cheap and general (a pattern on the sentence and the anchor's place in it), so the tally says
WHERE unseen text differs from what the tool reads without naming any story: `python -m timeline.evaluate --shapes`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from excerpt.models import Excerpt, Label
from timeline.evalactors import same_entity
from timeline.evalgold import GoldEvent, anchor_span
from timeline.models import Event

# The shapes in print order; a gold event may have several (each a test below), "length-*" exactly one.
SHAPES = (
    "quote", "after-quote", "reported", "attributed-after", "nominal", "verbal", "passive", "subordinate", "coordinated",
    "fronted", "non-story", "short-line", "tense-future", "tense-perfect", "tense-present", "tense-past",
    "actor-named", "actor-role", "actor-pronoun", "actor-none", "length<15", "length15-29", "length30-44",
    "length45+", "shares-sentence", "overlap",
    "starts-verb", "starts-ing", "starts-aux", "starts-determiner", "starts-name", "starts-pronoun", "starts-number",
    "starts-other", "after-start", "after-comma", "after-and", "after-that", "after-speech-verb", "after-preposition",
    "after-word", "covered-by-statement", "covered-by-act",
    "as-statement",
)
STATUSES = ("gold", "missed", "wrong-kind")
# One exclusive class per gold event, the first of its shapes in this order: (class, the shape that makes it).
PRIMARY = (("in-quote", "quote"), ("after-speech-verb", "reported"), ("before-attribution", "attributed-after"),
           ("nominal", "nominal"), ("subordinate", "subordinate"), ("coordinated", "coordinated"),
           ("passive", "passive"), ("main-clause", ""))

# Reporting verbs (any tense) and "according to": what marks words as someone's report.
SPEECH = (r"(?:sa(?:y|ys|id|ying)|told|tell(?:s|ing)?|add(?:s|ed)|warn(?:s|ed)?|claim(?:s|ed)?|accus(?:e|es|ed)|"
          r"den(?:y|ies|ied)|insist(?:s|ed)?|report(?:s|ed)?|announc(?:e|es|ed)|stated|stat(?:e|es)(?=\s+that\b)|"
          r"confirm(?:s|ed)?|allege[sd]?|assert(?:s|ed)?|argu(?:e|es|ed)|note[sd]?|wrote|writes|"
          r"acknowledg(?:e|es|ed)|admit(?:s|ted)?|believ(?:e|es|ed)|suggest(?:s|ed)?|explain(?:s|ed)?|"
          r"stress(?:es|ed)?|according\s+to)")
SPEECH_BEFORE_RE = re.compile(rf"\b{SPEECH}\b(?:\s+\w+){{0,4}}?(?:\s+that\b|,|:)?", re.IGNORECASE)
SPEECH_AFTER_RE = re.compile(rf"^[^.;]*?,\s*(?:[\w'’.-]+\s+){{0,6}}?{SPEECH}\b|^[^.;]*?,\s*{SPEECH}\b",
                             re.IGNORECASE)
# Past forms and participles no "-ed" ending shows (news verbs); "-ed" words are read by shape.
IRREGULAR = frozenset(
    "said told met held began begun sent took taken made struck shot fought flew flown led left won lost hit put "
    "set cut seen saw came come went gone gave given brought sought caught drew drawn broke broken spoke spoken "
    "wrote written rose risen fell fallen ran stood sank sunk froze frozen withdrew withdrawn undertook undertaken "
    "swept kept built sold bought paid laid shut spread forbade knew known thought felt meant found became chose "
    "chosen stole stolen threw thrown blew blown grew grown drove driven rode ridden hid hidden fled heard quit "
    "upheld overtook overtaken sped slid stuck swung wound sprang arose arisen".split())
AUXILIARY = frozenset("is are was were be been being has have had will would shall should can could may might "
                      "must do does did to".split())
DETERMINER = frozenset("the a an its their his her our this that these those another any each every".split())
PRONOUNS = frozenset("he she it they we i you".split())
BE_FORMS = frozenset("is are was were be been being".split())
ED_NOT_VERB = frozenset("red need speed bed shed seed feed deed hundred armed united limited".split())
SUBORDINATORS = frozenset("after before following which who whom whose when while as since amid despite having "
                          "once until without by where whereby because if unless though although".split())
FRONT_WORDS = frozenset("on in at earlier later last early late during since after before overnight meanwhile "
                        "near off along across from within inside outside over under around this next yesterday "
                        "today tonight monday tuesday wednesday thursday friday saturday sunday january february "
                        "march april may june july august september october november december".split())
FUTURE_RE = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|going|to)|"
                       r"plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to)\b",
                       re.IGNORECASE)
PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|also\s+|already\s+|yet\s+to\s+)?(?:been\s+)?\w+",
                        re.IGNORECASE)
PRESENT_RE = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|not\s+)?\w+ing\b|\b(?:says|tells|warns|claims|insists|"
                        r"denies|accuses|urges|calls|wants|plans|holds|sends|conducts|continues|remains|"
                        r"seeks|rejects|considers|maintains|keeps|argues|believes)\b", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
CLAUSE_CUT_RE = re.compile(r"[,;:()–—]|\s-\s|\b(?:that|and|but|while|after|before|as|when|which|who)\b")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands several".split())
PREPOSITIONS = frozenset("in at on by for with from to of under after before during via through against amid despite "
                         "without within over about into near off since until following".split())
OPEN_QUOTES = "“«"
CLOSE_QUOTES = "”»"


@dataclass
class ShapeTally:
    """Counts of shapes per status ("gold", "missed", "wrong-kind") and of missed gold kind x shape."""

    by_status: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in STATUSES})
    kind_missed: Counter[tuple[str, str]] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)  # gold events per status
    # (statement|act, primary class, gold|missed|covered|wrong-kind): "covered" = missed inside another event's evidence
    primary: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # (statement|act, primary class, shape) over missed and mis-kinded events: what else the failures of a class share
    class_shapes: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)  # dev corpora only (-v): names text
    # Session 15: matched required gold events naming an actor, (statement|act, primary class, outcome): outcome
    # "scored", "right" (strict), "entity" (the same entity otherwise named: evalactors), "none" or "other" (a wrong entity).
    actors: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def __add__(self, other: ShapeTally) -> ShapeTally:
        out = ShapeTally()
        for s in STATUSES:
            out.by_status[s] = self.by_status[s] + other.by_status[s]
        out.kind_missed = self.kind_missed + other.kind_missed
        out.events = self.events + other.events
        out.primary = self.primary + other.primary
        out.class_shapes = self.class_shapes + other.class_shapes
        out.actors = self.actors + other.actors
        out.details = self.details + other.details
        return out


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text)]


def _is_verb(words: list[str], i: int) -> bool:
    """True when words[i] looks like a finite verb or participle (by ending, irregular list or auxiliary before)."""
    w = words[i]
    before = words[i - 1] if i else ""
    if before in DETERMINER or before.endswith(("'s", "’s")):
        return False
    if w in IRREGULAR or (w.endswith("ed") and len(w) > 4 and w not in ED_NOT_VERB):
        return True
    return before in AUXILIARY and w not in AUXILIARY and w not in DETERMINER


def in_quote(text: str, at: int) -> bool:
    """True when offset `at` of a paragraph lies inside a direct quote (straight or curly double marks)."""
    before = text[:at]
    opened = sum(before.count(c) for c in OPEN_QUOTES) - sum(before.count(c) for c in CLOSE_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1


def clause_before(sentence: str, at: int) -> str:
    """The sentence's text before `at` back to the last clause boundary (comma, "that", "and", ...)."""
    head = sentence[:at]
    cuts = list(CLAUSE_CUT_RE.finditer(head))
    return head[cuts[-1].end():] if cuts else head


def actor_shape(subject: str, sentence_start: bool) -> str:
    """How the anchor's doer is named: actor-named, actor-role, actor-pronoun or actor-none."""
    raw = WORD_RE.findall(subject)
    if not raw:
        return "actor-none"
    lowered = [w.lower() for w in raw]
    if lowered[-1] in PRONOUNS or lowered[0] in PRONOUNS:
        return "actor-pronoun"
    caps = [w for i, w in enumerate(raw) if w[0].isupper() and not (i == 0 and sentence_start and
                                                                      w.lower() in DETERMINER)]
    return "actor-named" if caps else "actor-role"


def shapes_of(excerpt: Excerpt, anchor: tuple[int, int], other_event_in_sentence: bool,
              overlapped: bool = False) -> list[str]:
    """The shapes of the sentence holding a gold anchor (see SHAPES), in SHAPES order."""
    body = excerpt.body
    para = next((p for p in excerpt.paragraphs if p.start <= anchor[0] < p.end), None)
    if para is None:
        return []
    sent = next((s for s in para.sentences if s.start <= anchor[0] < s.end), para)
    sentence = body[sent.start:sent.end]
    at, end = anchor[0] - sent.start, min(anchor[1], sent.end) - sent.start
    text = body[anchor[0]:anchor[1]]
    words = _words(text)
    verbs = [i for i in range(len(words)) if _is_verb(words, i)]
    found: set[str] = set()
    if in_quote(body[para.start:para.end], anchor[0] - para.start):
        found.add("quote")
    head = sentence[:at]
    if SPEECH_BEFORE_RE.search(head) and "quote" not in found:
        found.add("reported")
    if SPEECH_AFTER_RE.search(sentence[end:]):
        found.add("attributed-after")
    if any(c in head for c in '"”»'):
        found.add("after-quote")
    found.add("verbal" if verbs else "nominal")
    pre = _words(sentence[max(0, at - 30):at])[-2:]
    context = pre + words
    if any(w in BE_FORMS and i + 1 >= len(pre) and i + 1 < len(context)
           and (context[i + 1] in IRREGULAR or context[i + 1].endswith("ed")) for i, w in enumerate(context)):
        found.add("passive")
    clause = clause_before(sentence, at)
    lead = _words(head)[-1:] if not _words(clause) else _words(clause)[:1]
    boundary = CLAUSE_CUT_RE.findall(head)
    if (words and (words[0].endswith("ing") or words[0] in SUBORDINATORS)) or set(lead) & SUBORDINATORS or (
            boundary and boundary[-1].lower() in SUBORDINATORS):
        found.add("subordinate")
    near = _words(sentence[max(0, at - 25):at])
    if "and" in near or "or" in near or " and " in text:
        found.add("coordinated")
    first = _words(sentence)[:1]
    if first and first[0] in FRONT_WORDS:
        found.add("fronted")
    if para.label != Label.story:
        found.add("non-story")
    n = len(_words(sentence))
    if len(para.sentences) <= 1 and (n < 12 or not sentence.rstrip().endswith((".", "!", "?", '"', "”"))):
        found.add("short-line")
    window = sentence[max(0, at - 25):end]
    if verbs:
        if FUTURE_RE.search(window):
            found.add("tense-future")
        elif PERFECT_RE.search(window):
            found.add("tense-perfect")
        elif PRESENT_RE.search(window):
            found.add("tense-present")
        else:
            found.add("tense-past")
    subject = clause + " " + " ".join(WORD_RE.findall(text)[:verbs[0]] if verbs else [])
    found.add(actor_shape(subject if verbs else "", not clause.strip() or sentence.startswith(clause)))
    found.add("length<15" if n < 15 else "length15-29" if n < 30 else "length30-44" if n < 45 else "length45+")
    if other_event_in_sentence:
        found.add("shares-sentence")
    if overlapped:
        found.add("overlap")
    raw = WORD_RE.findall(text)
    found.add("starts-" + _word_class(raw[0] if raw else "", at == 0))
    found.add("after-" + _before_class(head))
    return [s for s in SHAPES if s in found]


def _word_class(word: str, sentence_start: bool) -> str:
    """The anchor's first word as a class (no word printed): verb, ing, aux, determiner, name, pronoun, number, other."""
    w = word.lower()
    if not w:
        return "other"
    if w in AUXILIARY and w != "to" or w in BE_FORMS:
        return "aux"
    if w in DETERMINER or w.endswith(("'s", "’s")):
        return "determiner"
    if w in PRONOUNS:
        return "pronoun"
    if w[0].isdigit() or w in NUMBER_WORDS:
        return "number"
    if word[0].isupper() and not sentence_start:
        return "name"
    if w.endswith("ing"):
        return "ing"
    if w in IRREGULAR or (w.endswith("ed") and len(w) > 4 and w not in ED_NOT_VERB):
        return "verb"
    return "name" if word[0].isupper() else "other"


def _before_class(head: str) -> str:
    """What stands right before the anchor: sentence start, comma, and/or, that, a speech verb, a preposition, a word."""
    tail = head.rstrip()
    if not tail:
        return "start"
    if tail[-1] in ",;:–—-(":
        return "comma"
    last = tail.split()[-1].lower().strip("\"'“”‘’")
    if last in ("and", "or", "but", "then"):
        return "and"
    if last == "that":
        return "that"
    if re.fullmatch(SPEECH, last, re.IGNORECASE):
        return "speech-verb"
    if last in PREPOSITIONS:
        return "preposition"
    return "word"


def tally_shapes(excerpt: Excerpt, gold: list[GoldEvent], predicted: list[Event], pairs: dict[int, int],
                 verbose: bool = False) -> ShapeTally:
    """Shape counts of one excerpt's required gold events: all of them, the missed and the mis-kinded."""
    out = ShapeTally()
    for gi, g in enumerate(gold):
        span = anchor_span(excerpt.body, g.anchor)
        if g.optional or span is None:
            continue
        pi = pairs.get(gi)
        status = "missed" if pi is None else None if g.kind_ok(predicted[pi].kind.value) else "wrong-kind"
        sent = _sentence_bounds(excerpt, span[0])
        others = any(i != pi and p.evidence.start < sent[1] and sent[0] < p.evidence.end
                     for i, p in enumerate(predicted))
        overlapped = pi is None and any(p.evidence.start < span[1] and span[0] < p.evidence.end for p in predicted)
        cover = [p.kind.value for p in predicted if pi is None and p.evidence.start <= span[0] and span[1] <= p.evidence.end]
        shapes = shapes_of(excerpt, span, others, overlapped and not cover)
        if cover:
            shapes.append("covered-by-statement" if "statement" in cover else "covered-by-act")
        if status == "wrong-kind" and predicted[pi].kind.value == "statement":
            shapes.append("as-statement")
        out.by_status["gold"].update(shapes)
        out.events["gold"] += 1
        group = "statement" if g.kind.value == "statement" else "act"
        cls = primary_of(shapes)
        out.primary[(group, cls, "gold")] += 1
        if pi is not None and g.actor:
            out.actors[(group, cls, "scored")] += 1
            out.actors[(group, cls, actor_outcome(g.actor, predicted[pi].actor))] += 1
        if status is None:
            continue
        out.by_status[status].update(shapes)
        out.events[status] += 1
        out.primary[(group, cls, status)] += 1
        out.class_shapes.update((group, cls, shape) for shape in shapes)
        if cover:
            out.primary[(group, cls, "covered")] += 1
        if status == "missed":
            out.kind_missed.update((g.kind.value, s) for s in shapes)
        if verbose:
            sentence = excerpt.body[sent[0]:sent[1]].replace("\n", " ")
            out.details.append(f"{excerpt.id}: {status} {g.kind.value} {g.anchor!r} [{' '.join(shapes)}] {sentence}")
    return out


def actor_outcome(gold: str, predicted: str | None) -> str:
    """right (the gold string), entity (one entity otherwise named: evalactors.same_entity), none, or other."""
    if (predicted or "").casefold() == gold.casefold():
        return "right"
    if same_entity(gold, predicted):
        return "entity"
    return "none" if not predicted else "other"


def actor_lines(t: ShapeTally) -> list[str]:
    """Matched gold events' actors by group and primary class: right, same entity, none, other entity. Counts only."""
    lines = [f"shapes: {'actors of class':<30}{'scored':>7}{'right':>7}{'entity':>8}{'none':>6}{'other':>7}"]
    for group in ("act", "statement"):
        for cls, _ in PRIMARY:
            row = [t.actors[(group, cls, o)] for o in ("scored", "right", "entity", "none", "other")]
            if row[0]:
                lines.append(f"shapes: {group + ' ' + cls:<30}{row[0]:>7}{row[1]:>7}{row[2]:>8}{row[3]:>6}{row[4]:>7}")
    return lines


def primary_of(shapes: list[str]) -> str:
    """The gold event's one exclusive class (PRIMARY order)."""
    return next(cls for cls, shape in PRIMARY if not shape or shape in shapes)


def _sentence_bounds(excerpt: Excerpt, at: int) -> tuple[int, int]:
    for p in excerpt.paragraphs:
        if p.start <= at < p.end:
            return next(((s.start, s.end) for s in p.sentences if s.start <= at < s.end), (p.start, p.end))
    return at, at


def shape_lines(t: ShapeTally) -> list[str]:
    """A table of shape -> gold, missed (miss rate), wrong kind; then missed gold kind x shape. Counts only."""
    gold, missed, wrong = (t.by_status[s] for s in STATUSES)
    total_missed = t.events["missed"]
    lines = [f"shapes: gold {t.events['gold']}, missed {total_missed}, wrong kind {t.events['wrong-kind']}",
             f"shapes: {'shape':<17}{'gold':>6}{'missed':>8}{'miss%':>7}{'of-missed':>11}{'wrong-kind':>12}"]
    for s in SHAPES:
        rate = f"{100 * missed[s] / gold[s]:.0f}%" if gold[s] else "-"
        share = f"{100 * missed[s] / total_missed:.0f}%" if total_missed else "-"
        lines.append(f"shapes: {s:<17}{gold[s]:>6}{missed[s]:>8}{rate:>7}{share:>11}{wrong[s]:>12}")
    lines.append(f"shapes: {'primary class':<30}{'gold':>6}{'missed':>8}{'(covered)':>10}{'miss%':>7}{'wrong-kind':>12}")
    for group in ("act", "statement"):
        for cls, _ in PRIMARY:
            g, m, c, w = (t.primary[(group, cls, s)] for s in ("gold", "missed", "covered", "wrong-kind"))
            rate = f"{100 * m / g:.0f}%" if g else "-"
            lines.append(f"shapes: {group + ' ' + cls:<30}{g:>6}{m:>8}{c:>10}{rate:>7}{w:>12}")
    for group, cls in sorted({(g, c) for g, c, _ in t.class_shapes}):
        row = ", ".join(f"{s} {t.class_shapes[(group, cls, s)]}" for s in SHAPES if t.class_shapes[(group, cls, s)])
        lines.append(f"shapes: failed {group} {cls}: {row}")
    lines.extend(actor_lines(t))
    kinds = sorted({k for k, _ in t.kind_missed})
    for k in kinds:
        row = ", ".join(f"{s} {t.kind_missed[(k, s)]}" for s in SHAPES if t.kind_missed[(k, s)])
        lines.append(f"shapes: missed {k}: {row}")
    return lines
