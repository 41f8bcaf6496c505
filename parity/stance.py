"""Stance of a claim (who takes which side against whom, negated or not), read with data-driven rules.

Rules (word lists in parity/data/stance.toml):
- A stance verb ("accused", "criticizing", "does not threaten") from one of the stance classes
  (blame, support, threaten) gives the stance; the first state named after it (states and capitals
  as metonyms, via parity/data/aliases.toml) is the target, up to the first preposition ("backed the
  measures against Russia" backs no one named; "backed Pakistan against India" backs Pakistan).
- The sides taking the stance are the states named before the verb in its clause (both of
  "neither Putin nor Xi", through the claim's actor sides when no state is named there).
- Polarity is negative when a negation cue ("not", "n't", "neither", "nor", "refused to", ...)
  stands within `window` words before the verb with no clause break ("but", "while", ...) between.
- A blame verb with no state after it ("condemned the strikes", "denounced the attack"), or a backing
  phrase whose object is a measure or act ([acts] backed: "voiced support for the measures"), is aimed at
  the doer of an act on the record in its sentence or the one before (doers, from parity/claims.py):
  the act its object names by one of the act's heads, or any act for a generic act word
  (stance.toml [acts]) or no object; only when that leaves one doer.
- A blame verb whose object is an act with its doer in a by-phrase ("condemned the strikes carried out by the
  United States and Britain", "denounced the seizure of the tanker by Iran") targets that doer (session 10).
- A predicate of [predicates] after a form of "to be" ("believes Russia is responsible for the attack",
  "Iran was probably behind the strikes", "Moscow is to blame") takes the state named in the few words
  before the verb as its target, only when it names an act (an [acts] noun or one of its objects) or
  ends the clause ("is responsible for border security" is no blame); sides and negation as for a verb.
- A label pinned on a thing ([labels], session 9: "called the US move a serious provocation", "branded the
  sanctions illegal", "described the strike as a violation") blames the states the thing names, else the doer of
  the act it names, as a blame verb's act target ("called the launch a grave provocation"); sides and negation
  as for a verb ("did not call the move illegal" is negative).
- Asides between commas are skipped, and so is a relative clause after the subject (", which has held
  talks with X,") unless it takes a stance itself: the states it names are not the subject's sides.
  Quote marks may stand between a phrase's words ('stood "in solidarity" with').
- A stance phrase that is the object of a verb of deliberation ([topics]: "will discuss extra support
  for Kyiv") is what will be talked over, not a side taken: no stance.
- "for"/"of" + a stance verb in -ing ("denounced Caracas for threatening Guyana") takes the previous
  stance's target as its side, unless that stance targets no one ("called for calm, stopping short of
  condemning": the callers withhold the blame).
- A neutral phrase may hold one modifier word of stance.toml [modifiers] between two of its words ("called
  instead for dialogue", "urged maximum restraint", "urged an immediate de-escalation"): read as the phrase.
- Taking no side (class neutral) is never negated, and its sides are those named before a verb addressing
  others ([addressed]: "urged Canada and Saudi Arabia to resolve the dispute through dialogue": the UK's).
- Session 26: a blame told as a passive's agent ("the events were provoked by the policy of X": [agents] "provoked by",
  "instigated by", ...) is the speaker's, whatever the words before name; a target told as its government's conduct
  ("the reckless policy of the X government", [owners]) is that state; a person named as the target, no state named,
  is the state the record's roles give them ("stopped short of accusing Correa himself").
- Two stances conflict when they have the same class and target, their sides overlap (a bloc
  overlaps its members, aliases.toml [blocs]; an unknown side overlaps any), and their polarities differ ("neither Russia nor China criticises Washington" vs "Russia blames the US").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from parity import lexicon
from timeline.firstchars import guard


@dataclass(frozen=True)
class Stance:
    """One stance a claim takes: sides, stance class, target, polarity."""

    sides: tuple[str, ...]
    stance: str
    target: str
    polarity: str  # positive | negative

    def same_subject(self, other: Stance) -> bool:
        """Same stance on the same target from overlapping sides (or an unknown side), any polarity.

        A stance whose speaker's side is unknown ("Lavrov accused ...", no role given) may be
        anyone's, so it is compared on stance and target alone: a possible conflict is shown to
        the editor rather than hidden."""
        if self.stance in POSITIONS or other.stance in POSITIONS:
            return self.opposes(other)  # two sides' positions relate only when they oppose
        if NEUTRAL in (self.stance, other.stance):
            # Taking no side is compared with taking one only for a known, shared side.
            return self.neutral_against(other) or other.neutral_against(self)
        if self.target.startswith(THING) or other.target.startswith(THING):
            # One known side's stance on a thing told both ways relates the two; told alike it ties nothing.
            return (self.stance == other.stance and self.target == other.target and self.polarity != other.polarity
                    and self._sides_overlap(other, False))
        return self.stance == other.stance and self.target == other.target and self._sides_overlap(other, True)

    def _sides_overlap(self, other: Stance, unknown: bool) -> bool:
        if not self.sides or not other.sides:
            return unknown
        return bool(lexicon.with_members(self.sides) & set(other.sides)
                    or set(self.sides) & lexicon.with_members(other.sides))

    def neutral_against(self, other: Stance) -> bool:
        """self takes no side and other (a side of the same speaker) backs someone."""
        return (self.stance == NEUTRAL and other.stance in SIDING and self.polarity == other.polarity == "positive"
                and not other.target.startswith(THING) and self._sides_overlap(other, False))

    def opposes(self, other: Stance) -> bool:
        """Two positions that oppose, whoever speaks: other owners of a place both asserted, or one owner (one
        characterisation of one thing) asserted and denied."""
        if self.stance not in POSITIONS or self.stance != other.stance:
            return False
        if self.target == other.target:
            return self.polarity != other.polarity
        if self.stance == CHARACTERISATION:
            return False  # other concepts or other things: no one position
        return self.polarity == other.polarity == "positive"

    def conflicts_with(self, other: Stance) -> bool:
        """Same stance on the same target from overlapping sides, opposite polarity."""
        if self.stance in POSITIONS or other.stance in POSITIONS:
            return self.opposes(other)
        if NEUTRAL in (self.stance, other.stance):
            return self.neutral_against(other) or other.neutral_against(self)
        return self.same_subject(other) and self.polarity != other.polarity

    def label(self) -> str:
        """A short human label: "Russia+China not blame US"."""
        neg = "not " if self.polarity == "negative" else ""
        if self.stance == NEUTRAL:
            return f"{'+'.join(self.sides) or '?'} {neg}takes no side"
        return f"{'+'.join(self.sides) or '?'} {neg}{self.stance} {self.target}"


# The class aimed at an act's doer when it names the act, not a side: backing words are too often
# nouns of other things ("with the support of", "hit back") to be read so.
ACT_CLASS = "blame"
THING = "thing:"  # the target prefix of a stance on a thing no state is named for (stance.toml [things])
NEUTRAL = "neutral"  # the class of stance.toml that takes no side; its target is ANY
ANY = "*"
# The class that takes a side: neutrality conflicts with backing someone, not with blaming them
# ("condemned the attack and urged restraint" is one common, consistent position).
SIDING = frozenset({"support"})


def _key(matched: str) -> str:
    """A matched phrase as its data file writes it: one space between words, no quote marks, case-folded."""
    return " ".join(QUOTE_MARKS_RE.sub(" ", matched).split()).casefold()


QUOTE_MARKS_RE = re.compile(r"[\"“”]")
RELATIVE_RE = re.compile(r",\s*(?:which|whose|who)(?![A-Za-z])[^,;.]{0,160},")


def _phrase_re(phrases: list[str], modified: frozenset[str] = frozenset()) -> str:
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    # Quote marks may stand between a phrase's words ('stood "in solidarity" with'); a phrase of
    # `modified` may hold one modifier word between two of its words ("urged maximum restraint").
    mods = _modifiers_re() if modified else ""
    return "|".join((rf"(?:[\s\"“”]+(?:{mods}))?[\s\"“”]+" if p in modified else r"[\s\"“”]+").join(
        re.escape(w) for w in p.split()) for p in ordered)


@cache
def _modifiers() -> tuple[str, ...]:
    """stance.toml [modifiers] neutral, case-folded, longest first."""
    words = lexicon.stance_rules().get("modifiers", {}).get("neutral", [])
    return tuple(sorted((" ".join(w.split()).casefold() for w in words), key=lambda w: (-len(w), w)))


@cache
def _modifiers_re() -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in _modifiers())


def _class_key(matched: str, verb_class: dict[str, str]) -> str:
    """The data file's phrase a match stands for: the match itself, else without the modifier inside it."""
    key = _key(matched)
    if key in verb_class:
        return key
    for mod in _modifiers():
        bare = key.replace(f" {mod} ", " ", 1)
        if bare != key and bare in verb_class:
            return bare
    return key


@cache
def _aside_re() -> re.Pattern[str]:
    asides = lexicon.stance_rules()["negation"]["asides"]
    return re.compile(rf",\s*(?:{_phrase_re(asides)})(?![A-Za-z])[^,;.]{{0,160}},", re.IGNORECASE)


@cache
def _inverse() -> frozenset[str]:
    """Verbs of stance.toml [inverse], case-folded: their stance is negated."""
    rules = lexicon.stance_rules()
    return frozenset(" ".join(v.split()).casefold() for verbs in rules.get("inverse", {}).values() for v in verbs)


VERBS_GUARD_LETTERS = 4  # letters of the stance verbs' lookahead (more: a longer tree, fewer words tried)


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str], int]:
    rules = lexicon.stance_rules()
    verb_class: dict[str, str] = {}
    for table in ("stances", "inverse", "agents"):
        for cls, verbs in rules.get(table, {}).items():
            for v in verbs:
                verb_class[" ".join(v.split()).casefold()] = cls
    for cls, phrases in rules.get("gapped", {}).items():
        for p in phrases:
            verb_class[p.casefold()] = cls
    # A gapped phrase matches its first part, the target (group "gap"), then its last part.
    gapped = "|".join(
        rf"{re.escape(p.split('…')[0].strip())}\s+(?P<gap{k}>[^.;,]{{1,60}}?)\s+{re.escape(p.split('…')[1].strip())}"
        for k, p in enumerate(sorted(q for q in verb_class if "…" in q))
    )
    neutral = frozenset(" ".join(v.split()).casefold() for v in rules["stances"].get(NEUTRAL, []))
    plain = _phrase_re([v for v in verb_class if "…" not in v], neutral)
    # Plain phrases first: "took no side" is the neutral phrase, not "took … side" with a gap of "no".
    # A lookahead of the first letters any phrase opens with lets the engine pass most positions at once
    # instead of trying every phrase there (the same matches): four letters as a prefix tree (timeline.firstchars,
    # session 14: a quarter of the search of the flat two-letter list, which is the fallback).
    body = rf"(?:{plain}{'|' + gapped if gapped else ''})(?![A-Za-z])"
    heads = sorted({v[:2] for v in verb_class})
    lead = "|".join(re.escape(h) for h in heads) if all(re.fullmatch(r"[a-z]{2}", h) for h in heads) else ""
    lead_guard = guard(r"(?<![A-Za-z])" + body, re.IGNORECASE, k=VERBS_GUARD_LETTERS) or (f"(?={lead})" if lead else "")
    verbs_re = re.compile(r"(?<![A-Za-z])" + lead_guard + body, re.IGNORECASE)
    neg = rules["negation"]
    # "n't" attaches to the previous word ("doesn't"), so it has no left boundary.
    cues = [c for c in neg["cues"] if c != "n't"]
    cue_re = re.compile(rf"(?:n't|n’t)|(?<![A-Za-z])(?:{_phrase_re(cues)})(?![A-Za-z])", re.IGNORECASE)
    # "has yet to condemn": "yet" before "to" is a negation cue, no clause break.
    break_re = re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(neg['clause_breaks'])})(?![A-Za-z])(?!\s+to\b)|[;:—–]",
                          re.IGNORECASE)
    return verbs_re, verb_class, cue_re, break_re, int(neg["window"])


WORDS_RE = re.compile(r"\S+")
LETTERS_RE = re.compile(r"[a-z]+", re.IGNORECASE)


@lru_cache(maxsize=16)
def folded_letter_words(text: str) -> list[str]:
    """The words of letters of text as the phrase regexes bound them (LETTERS_RE), each case-folded (one list
    per text, shared by its readers: never changed in place)."""
    # Four readers of one statement's evidence (stances, sovereignty, characterisations, denials) asked for it
    # in turn: a few recent texts kept make it once per text.
    # One casefold of the words joined: folding maps each character alone and never to or from a space.
    tokens = LETTERS_RE.findall(text)
    return " ".join(tokens).casefold().split(" ") if tokens else []


@cache
def _predicate_re() -> re.Pattern[str]:
    """stance.toml [predicates]: a form of "to be", hedges, then the predicate (group "pred")."""
    rules = lexicon.stance_rules()["predicates"]
    preds = [p for cls, ps in rules.items() if cls in _classes() for p in ps]
    quote = "[\"“”'‘’]?"
    return re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(rules['copulas'])})"
                      rf"(?:\s+{quote}(?:{_phrase_re(rules['hedges'])}){quote})*\s+(?P<pred>{_phrase_re(preds)})(?![A-Za-z])",
                      re.IGNORECASE)


@cache
def _classes() -> frozenset[str]:
    return frozenset(lexicon.stance_rules()["stances"])


@cache
def _predicate_class() -> dict[str, str]:
    rules = lexicon.stance_rules()["predicates"]
    return {" ".join(p.split()).casefold(): cls for cls, ps in rules.items() if cls in _classes() for p in ps}


@cache
def _predicate_words() -> frozenset[str]:
    """Each [predicates] phrase's longest word, case-folded: no such word, no predicate to look for."""
    return frozenset(max(p.split(), key=len).casefold() for p in _predicate_class())


@cache
def _predicate_objects() -> frozenset[str]:
    return frozenset(lexicon.stance_rules()["predicates"]["objects"]) | frozenset(lexicon.stance_rules()["acts"]["generic"])


PREDICATE_REACH = 4  # words after the predicate in which its act noun must stand ("behind the missile attack")
TARGET_REACH = 3  # words before the verb "to be" in which the target is named ("believes Russia is")


def _predicate_stances(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(target start, predicate start, class, targets) of each [predicates] stance ("Russia was behind
    the attack"): the target is the state named in the few words before the verb "to be"."""
    out = []
    for m in _predicate_re().finditer(text):
        pred = " ".join(m.group("pred").split()).casefold()
        after = [w.strip(".,;:\"“”'‘’").casefold() for w in text[m.end():m.end() + 80].split()[:PREDICATE_REACH]]
        bare = re.match(r"\s*[.;!?\"”’]", text[m.end():]) is not None  # "... Russia was responsible."
        if pred != "to blame" and not bare and _predicate_objects().isdisjoint(after):
            continue  # "is responsible for border security": no act, no blame
        words = list(re.finditer(r"\S+", text[:m.start()]))[-TARGET_REACH:]
        if not words:
            continue
        start = words[0].start()
        targets = lexicon.sides_in(text[start:m.start()])[-1:]
        if targets:
            out.append((start, m.start("pred"), _predicate_class()[pred], targets))
    return out


@cache
def _label_re() -> re.Pattern[str]:
    """stance.toml [labels]: a labelling verb, the labelled thing (group "thing"), "as", an article, intensifiers
    and the label."""
    rules = lexicon.stance_rules()["labels"]
    return re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(rules['verbs'])})\s+(?P<thing>[^.;,:!?\"“”()]{{1,80}}?)\s+"
                      rf"(?:as\s+)?(?:(?:a|an)\s+)?(?:(?:{_phrase_re(rules['intensifiers'])})\s+){{0,2}}"
                      rf"(?P<label>{_phrase_re(rules['labels'])})(?![A-Za-z])", re.IGNORECASE)


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """stance.toml [labels]: its verbs, the words no labelled thing holds, those none opens with, and its reach."""
    rules = lexicon.stance_rules()["labels"]
    return (frozenset(v.casefold() for v in rules["verbs"]), frozenset(rules["stops"]), frozenset(rules["not_first"]),
            int(rules["reach"]))


def _label_stances(text: str, doers: Doers, things: bool = False) -> list[tuple[int, int, str, list[str]]]:
    """(sides end, verb start, class, targets) of each label pinned on a thing ("called the US move a
    provocation"): the states the thing names, else the doer of the act it names; with things, also a label that is
    a thing of stance.toml [things] ("labelling the ouster a military coup": blame of thing:coup)."""
    out = []
    _, stops, not_first, reach = _label_words()
    for m in _label_re().finditer(text):
        words = [w.casefold() for w in LETTERS_RE.findall(m.group("thing"))]
        if not words or len(words) > reach or words[0] in not_first or not stops.isdisjoint(words):
            continue
        targets = lexicon.sides_in(m.group("thing")) or (_act_target(m.group("thing"), doers) if doers else [])
        if things:
            targets = targets + [t for t in _thing_targets(m.group("label")) if t not in targets]
        if targets:
            out.append((m.start(), m.start(), ACT_CLASS, targets))
    return out


SOVEREIGNTY = "sovereignty"  # a claim that a place is one state's (stance.toml [sovereignty]); its target the owner


@cache
def _sovereignty_re() -> re.Pattern[str]:
    """stance.toml [sovereignty]: a verb of being or belonging, hedges, a negation, the owner (group "owner") ending its clause."""
    rules = lexicon.stance_rules()["sovereignty"]
    hedges = rf"(?:(?:{_phrase_re(rules['hedges'])})\s+){{0,2}}"
    land = rf"(?:\s+(?:{_phrase_re(rules['territory'])}))?"
    return re.compile(
        rf"(?<![A-Za-z])(?P<verb>{_phrase_re(rules['belonging'])}|{_phrase_re(rules['copulas'])})\s+{hedges}"
        rf"(?P<neg>(?:not|never|no\s+longer)\s+)?{hedges}(?:the\s+)?"
        rf"(?P<owner>(?-i:[A-Z][A-Za-z]+)(?:\s+(?-i:[A-Z][A-Za-z]+))?)(?:['’]s)?{land}"
        rf"(?=\s*(?:[,.;:!?\"”’)]|$)|\s+(?:under|since|and|by|as|according|in\s+accordance)(?![A-Za-z]))",
        re.IGNORECASE)


@cache
def _sovereignty_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """stance.toml [sovereignty]: the verbs' words, the place nouns, the words no claimed place is, the reach."""
    rules = lexicon.stance_rules()["sovereignty"]
    verbs = {w.casefold() for p in rules["copulas"] + rules["belonging"] for w in p.split()}
    return (frozenset(verbs), frozenset(rules["places"]), frozenset(rules["not_places"]), int(rules["reach"]))


def _names_a_place(before: str) -> bool:
    """The few words before the verb name a place: a place noun, or a proper name that is no state ("Imia")."""
    _, places, not_places, reach = _sovereignty_words()
    clause = re.split(r"[,;:\"“”(]", before)[-1]
    words = LETTERS_RE.findall(clause)[-reach:]
    if any(w.casefold() in places for w in words):
        return True
    return any(w[0].isupper() and w.casefold() not in not_places and not lexicon.sides_in(w) for w in words)


def sovereignty_stances(text: str, actor_sides: tuple[str, ...] = ()) -> list[Stance]:
    """Each claim that a place is one state's ("the islets are Greek", "the reef belongs to China"), in text order."""
    if _sovereignty_words()[0].isdisjoint(folded_letter_words(text)):
        return []
    out: list[Stance] = []
    for m in _sovereignty_re().finditer(text):
        owners = lexicon.sides_in(m.group("owner"))
        if len(owners) != 1 or not _names_a_place(text[max(0, m.start() - 80) : m.start()]):
            continue
        polarity = "negative" if m.group("neg") else "positive"
        st = Stance(sides=tuple(s for s in actor_sides if s != owners[0]), stance=SOVEREIGNTY, target=owners[0],
                    polarity=polarity)
        if st not in out:
            out.append(st)
    return out


CHARACTERISATION = "characterisation"  # what a thing is told to be (stance.toml [characterisations]); target concept:thing
POSITIONS = frozenset({SOVEREIGNTY, CHARACTERISATION})  # positions compared whoever speaks


@cache
def _characterisation_table() -> dict[str, tuple[str, bool]]:
    """Each complement word of stance.toml [characterisations], case-folded: its concept and whether it denies it."""
    rules = lexicon.stance_rules()["characterisations"]
    table = {" ".join(w.split()).casefold(): (c, False) for c, ws in rules["concepts"].items() for w in ws}
    table.update({" ".join(w.split()).casefold(): (c, True) for c, ws in rules["denying"].items() for w in ws})
    return table


@cache
def _characterisation_re() -> re.Pattern[str]:
    """The thing ("the" and up to three words: group "thing"), "to be", a negation, fillers and the complement."""
    rules = lexicon.stance_rules()["characterisations"]["rules"]
    quote = "[\"“”'‘’]?"
    fillers = rf"(?:{quote}(?:{_phrase_re(rules['fillers'])}){quote}\s+){{0,4}}"
    return re.compile(
        rf"(?<![A-Za-z])the\s+(?P<thing>[A-Za-z-]+(?:\s+[A-Za-z-]+){{0,2}})\s+(?:{_phrase_re(rules['copulas'])})"
        rf"(?P<neg>n['’]t|\s+not|\s+never)?\s+{fillers}{quote}(?P<label>{_phrase_re(list(_characterisation_table()))})"
        rf"(?![A-Za-z])", re.IGNORECASE)


COPULA_WORDS = frozenset({"is", "are", "was", "were", "weren", "isn", "wasn", "aren"})  # a characterisation's verb


def characterisation_stances(text: str) -> list[Stance]:
    """Each thing told to be or not to be a concept ("the measures were not a countermeasure"), in text order."""
    words = folded_letter_words(text)
    if COPULA_WORDS.isdisjoint(words):  # no set of every word made (a sixth of the reader's time)
        return []
    stops = frozenset(lexicon.stance_rules()["characterisations"]["rules"]["stops"])
    out: list[Stance] = []
    for m in _characterisation_re().finditer(text):
        thing = [w.casefold() for w in m.group("thing").split()]
        if not stops.isdisjoint(thing):
            continue
        concept, denying = _characterisation_table()[" ".join(m.group("label").split()).casefold()]
        negative = bool(m.group("neg")) != denying
        st = Stance(sides=(), stance=CHARACTERISATION, target=f"{concept}:{thing[-1]}",
                    polarity="negative" if negative else "positive")
        if st not in out:
            out.append(st)
    return out


@cache
def _first_words() -> frozenset[str] | None:
    """The case-folded longest word of every stance phrase (a quick test before the regex); None when
    one is not plain letters, so the test could miss it."""
    rules = lexicon.stance_rules()
    phrases = [p for table in ("stances", "inverse", "gapped", "agents") for ps in rules.get(table, {}).values() for p in ps]
    # A predicate is tested by its longest word ("to blame" by "blame"): "to" is in every sentence.
    firsts_extra = {max(p.split(), key=len).casefold() for cls, ps in rules["predicates"].items()
                    if cls in rules["stances"] for p in ps}
    # Each phrase by its longest word, not its first: "would not take a position" holds "position", and
    # "would" or "not" would let most sentences through to the regex.
    firsts = {max(LETTERS_RE.findall(p) or [""], key=len).casefold() for p in phrases} | firsts_extra
    firsts |= _label_words()[0]  # a label's verb ("called the move a provocation")
    return frozenset(firsts) if all(re.fullmatch(r"[a-z]+", f) for f in firsts) else None
REASON_RE = re.compile(r"(?<![A-Za-z])(?:for|of)\s+$", re.IGNORECASE)


def _clause_start(text: str, pos: int, break_re: re.Pattern[str]) -> int:
    start = 0
    for m in break_re.finditer(text, 0, pos):
        start = m.end()
    # A sentence end also closes a clause.
    for m in re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z\"“])", text[:pos]):
        start = max(start, m.end())
    return start


def _negated(text: str, verb_start: int, clause_start: int, cue_re: re.Pattern[str], window: int) -> bool:
    before = text[clause_start:verb_start]
    words = WORDS_RE.findall(before)
    span = " ".join(words[-window:]) if words else ""
    # "neither X nor Y" negates however long X and Y are, as long as it opens the clause.
    if re.search(r"(?<![A-Za-z])neither(?![A-Za-z])", before, re.IGNORECASE) and re.search(
        r"(?<![A-Za-z])nor(?![A-Za-z])", before, re.IGNORECASE
    ):
        return True
    # Two cues cancel out: "did not shy away from condemning" condemns.
    return len(cue_re.findall(span)) % 2 == 1


Doers = tuple[tuple[frozenset[str], str], ...]  # acts nearby: (their act heads, stemmed; their doer's side)


@cache
def _generic_acts() -> frozenset[str]:
    return frozenset(w for word in lexicon.stance_rules()["acts"]["generic"] for w in lexicon.content_words(word))


@cache
def _addressed_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(lexicon.stance_rules()['addressed']['verbs'])})(?![A-Za-z])",
                      re.IGNORECASE)


@cache
def _measures() -> frozenset[str]:
    return frozenset(w for word in lexicon.stance_rules()["acts"]["backed"] for w in lexicon.content_words(word))


def _backs_measures(after: str) -> bool:
    """A backing phrase whose object opens with an act noun of stance.toml [acts] backed ("voiced support for
    the measures", "backed the strikes"): backing whoever did them, as a blame verb's act target."""
    m = TARGET_END_RE.search(after)
    words = lexicon.content_words(after[: m.start()] if m else after)
    return bool(words) and not _measures().isdisjoint(words[:3])


# An act's doer named in a by-phrase after the act noun ("condemned the strikes carried out by the US and Britain",
# "denounced the seizure of the tanker by Iran"): the by-phrase, read up to the next target end.
AGENT_RE = re.compile(r"(?<![A-Za-z])(?:(?:carried|launched|conducted|staged|mounted|committed|ordered)\s+(?:out\s+)?)?by\s+",
                      re.IGNORECASE)
AGENT_STOP_RE = re.compile(r"[.;:!?\"“”]|,\s+(?:saying|and|but|which|who|calling|urging)(?![A-Za-z])|"
                           r"(?<![A-Za-z])(?:and|but)\s+(?:said|called|urged|demanded|warned)(?![A-Za-z])", re.IGNORECASE)


def _agent_target(after: str) -> list[str]:
    """The states a blame verb's act object names as its doer in a by-phrase ("condemned the strikes carried out
    by the United States", "the seizure of the tanker by Iran"): only when an act noun (stance.toml [acts]
    generic or backed, or an act head) stands before the "by", in the verb's clause."""
    stop = AGENT_STOP_RE.search(after)
    clause = after[: stop.start()] if stop else after
    by = AGENT_RE.search(clause)
    if by is None:
        return []
    words = set(lexicon.content_words(clause[: by.start()]))
    if not words & (_generic_acts() | lexicon.act_heads() | _measures()):
        return []
    rest = clause[by.end():]
    end = TARGET_END_RE.search(rest)
    return lexicon.sides_in(rest[: end.start()] if end else rest)


def _act_target(after: str, doers: Doers) -> list[str]:
    """The doer of the act a stance's object names (module docstring), or none."""
    m = TARGET_END_RE.search(after)
    words = set(lexicon.content_words(after[: m.start()] if m else after))
    if not words or words & _generic_acts() or words & _measures():
        found = {doer for _, doer in doers}
    else:
        found = {doer for heads, doer in doers if heads & words}
    return list(found) if len(found) == 1 else []


def stances_in(text: str, actor_sides: tuple[str, ...] = (), people: dict[str, str] | None = None,
               doers: Doers = (), things: bool = False) -> list[Stance]:
    """Every stance the text takes, in text order.

    actor_sides stand in when no side is named before the verb; people maps a person's surname to
    the state they speak for (learnt from the record's actor roles), so "neither Putin nor Xi" has sides;
    doers are the acts on the record around the text, for a stance aimed at an act ("condemned the strikes");
    things: also stances on things no state is named for (stance.toml [things], as claims read them).
    """
    people = people or {}
    return _stances_in(text, actor_sides, people, doers, things) + sovereignty_stances(text, actor_sides) \
        + characterisation_stances(text)


def cue_classes(text: str) -> frozenset[str]:
    """The classes of the stance verbs, labels and predicates text holds, whatever their targets (a summary
    holding one may take that stance on an act its sentence names: "described the strikes as illegal")."""
    verbs_re, verb_class = _compiled()[:2]
    found = set()
    for m in verbs_re.finditer(text):
        gap = next((g for name, g in m.groupdict().items() if g is not None and name.startswith("gap")), None)
        found.add(verb_class[_gapped_key(m.group(0), gap) if gap is not None else _class_key(m.group(0), verb_class)])
    words = set(folded_letter_words(text))
    if not _label_words()[0].isdisjoint(words):
        found.add(ACT_CLASS)  # a label blames
    if not _predicate_words().isdisjoint(words):
        found.update(_predicate_class().values())
    return frozenset(found)


class _AnyPerson(dict):
    """Stands for a record's people before they are known: every capitalised name word may be one (a stance aimed at
    a person, "stopped short of accusing Kartowidjojo himself", is read once the record's roles place them)."""

    def __contains__(self, name: object) -> bool:
        return True

    def __missing__(self, name: str) -> str:
        return PERSON


PERSON = "person:"  # takes_stance's stand-in target for a named person


def takes_stance(text: str, things: bool = False, persons: bool = False) -> bool:
    """bool(stances_in(text, things=things)), each reader asked only while none has found one; persons: or could with
    the record's people (any named person a side's: the workers' pre-check, before the people are known)."""
    return bool(_stances_in(text, (), _AnyPerson() if persons else {}, (), things) or sovereignty_stances(text)
                or characterisation_stances(text))


def _stances_in(text: str, actor_sides: tuple[str, ...], people: dict[str, str], doers: Doers,
                things: bool = False) -> list[Stance]:
    """stances_in less the claims of sovereignty."""
    firsts = _first_words()
    # Words as the stance regex bounds them (letters under IGNORECASE), case-folded.
    folded = folded_letter_words(text)
    if firsts is not None and firsts.isdisjoint(folded):
        return []  # no word that opens a stance phrase: most sentences take no stance
    words = set(folded)
    # A predicate ("was behind the attack") is looked for only where its word is.
    predicates = not _predicate_words().isdisjoint(words) and _predicate_re().search(text) is not None
    labels = not _label_words()[0].isdisjoint(words)  # searched for after "the U.S." is normalised
    verbs_re = _compiled()[0]
    if not predicates and not labels and not verbs_re.search(text):
        return []  # skip the normalising below
    # Asides are blanked to spaces of the same length, so offsets stay those of the text.
    # State synonyms first ("the U.S." must not read as a sentence end), then asides blanked.
    text = _aside_re().sub(lambda m: " " * len(m.group(0)), lexicon.spin_normalise(text))
    verbs_re, verb_class, cue_re, break_re, window = _compiled()
    # A relative clause after the subject (", which has held talks with the Houthis,") names states
    # that are not the subject's sides; it is blanked too, unless it takes a stance of its own.
    if "which" in words or "who" in words or "whose" in words:
        text = RELATIVE_RE.sub(lambda m: m.group(0) if verbs_re.search(m.group(0)) else " " * len(m.group(0)), text)
    out: list[Stance] = []
    previous: list[str] = []
    # Stance verbs and predicates in text order: (where the sides end, the verb, match or None, class, targets).
    found: list[tuple[int, int, re.Match[str] | None, str, list[str]]] = [
        (start, pred, None, cls, targets) for start, pred, cls, targets in (_predicate_stances(text) if predicates else ())]
    found += [(start, verb, None, cls, targets)
              for start, verb, cls, targets in (_label_stances(text, doers, things) if labels else ())]
    for m in verbs_re.finditer(text):
        found.append((m.start(), m.start(), m, "", []))
    found.sort(key=lambda item: item[1])
    for sides_end, verb_at, m, cls, targets in found:
        gap = None
        if m is not None:
            gap = next((g for name, g in m.groupdict().items() if g is not None and name.startswith("gap")), None)
        if m is None:
            pass  # a predicate or a label: class and target read already
        elif gap is not None:
            cls = verb_class[_gapped_key(m.group(0), gap)]
            targets = lexicon.sides_in(gap)
        else:
            key = _class_key(m.group(0), verb_class)
            cls = verb_class[key]
            targets = [ANY] if cls == NEUTRAL else _targets(text[m.end() : m.end() + 120], people)
            state_named = bool(targets)  # a state named as the object: no thing of its own
            if not targets and cls == ACT_CLASS:
                targets = _agent_target(text[m.end() : m.end() + 160])
            if not targets and doers and (cls == ACT_CLASS or (cls in SIDING and _backs_measures(text[m.end():]))):
                targets = _act_target(text[m.end() : m.end() + 120], doers)
            if things and not state_named and (cls == ACT_CLASS or cls in SIDING):
                # The thing too, beside the doer an act target gave: one side's stance on it may be told otherwise.
                targets = targets + _thing_targets(text[m.end() : m.end() + 120])
        if not targets or (m is not None and _deliberated(text, m.start())):
            continue
        clause = _clause_start(text, sides_end, break_re)
        before = text[clause : sides_end]
        if cls == NEUTRAL:
            # "urged Canada and Saudi Arabia to resolve the dispute through dialogue": the states
            # addressed are not the speaker's sides.
            addressed = _addressed_re().search(before)
            before = before[: addressed.start()] if addressed else before
        if m is not None and _key(m.group(0)) in _agent_verbs():
            # A passive blame ("the events were provoked by the policy of X"): the words before name the act, not
            # who blames (session 26); the speaker's sides take it.
            named = []
        else:
            named = lexicon.sides_in(before) + [side for name, side in people.items() if _names(before, name)]
        # No side named in the clause ("but it blamed ..."): the side of the sentence's previous
        # stance, else the speaker's.
        named = named or previous or list(actor_sides)
        if (m is not None and out and out[-1].target != ANY
                and REASON_RE.search(text[max(0, m.start() - 5) : m.start()]) and m.group(0).casefold().endswith("ing")):
            # "denounced Caracas for threatening Guyana": the reason's doer is the previous target
            # (a stance on no one, "called for restraint, stopping short of condemning", has none).
            named = [out[-1].target]
        previous = named
        # Taking no side is never negated: "refused to take sides and called for dialogue" is one
        # position, and "refrained from blaming either side" is itself a neutral phrase.
        negated = cls != NEUTRAL and _negated(text, verb_at, clause, cue_re, window)
        if m is not None and gap is None and _key(m.group(0)) in _inverse():
            negated = not negated  # "opposed X": not supporting X
        polarity = "negative" if negated else "positive"
        for target in targets:
            sides = tuple(dict.fromkeys(s for s in named if s != target))
            st = Stance(sides=sides, stance=cls, target=target, polarity=polarity)
            if st not in out:
                out.append(st)
    return out


@cache
def _topic_re() -> re.Pattern[str]:
    """stance.toml [topics]: a verb of deliberation ending the text before a stance phrase."""
    rules = lexicon.stance_rules()["topics"]
    # Words between are the stance noun's modifiers ("extra", "a resolution"), never a conjunction or a
    # comma: "is considering sanctions and condemned Russia" condemns.
    words = rf"(?:\s+(?!(?:and|or|but|then)(?![A-Za-z]))[A-Za-z-]+){{0,{int(rules['window']) - 1}}}"
    return re.compile(rf"(?<![A-Za-z])(?:{_phrase_re(rules['verbs'])}){words}\s*$", re.IGNORECASE)


def _deliberated(text: str, verb_start: int) -> bool:
    """The stance phrase is the object of a verb of deliberation ("will discuss support for X"): a
    topic of talks, not a side taken."""
    return _topic_re().search(text[max(0, verb_start - 80) : verb_start]) is not None


# The target phrase ends at a preposition or punctuation that starts the reason or the
# circumstances ("accused the US *of* trying...", "blamed Washington *for* responding...").
TARGET_END_RE = re.compile(r"[.;,:!?\"“”]|(?<![A-Za-z])(?:for|of|over|as|in|with|after|because|by|to|at|on|from|against|"
                           r"during|since|amid|before|into|near|about|under|while|when|if|that|which)(?![A-Za-z])")


def _gapped_key(matched: str, gap: str) -> str:
    head, tail = matched.split(gap, 1)
    return f"{' '.join(head.split())} … {' '.join(tail.split())}".casefold()


@cache
def _opener_re() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_phrase_re(lexicon.stance_rules()['openers']['phrases'])})\s+", re.IGNORECASE)


@cache
def _agent_verbs() -> frozenset[str]:
    """stance.toml [agents]: the passive verbs whose agent a stance targets, case-folded."""
    return frozenset(_key(v) for verbs in lexicon.stance_rules().get("agents", {}).values() for v in verbs)


@cache
def _deposed_re() -> re.Pattern[str]:
    """stance.toml [deposed]: a leader no longer in power, with what owns him before ("Niger's", "the exiled Malian")
    and the noun after (with its "of <state>"): skipped, so the state named there is no target."""
    words = _phrase_re(lexicon.stance_rules()["deposed"]["words"])
    owner = r"(?:[\w.-]+['’]s\s+|(?:the|its|their|his|her)\s+)?"
    noun = r"(?!of(?![A-Za-z]))[A-Za-z-]+"
    return re.compile(rf"{owner}(?:{words})\s+(?:{noun}\s+)?{noun}(?:\s+of\s+(?:the\s+)?[\w.-]+)?", re.IGNORECASE)


@cache
def _owner_re() -> re.Pattern[str]:
    """stance.toml [owners]: "the reckless policy of", skipped before the state whose conduct it is."""
    nouns = _phrase_re(lexicon.stance_rules()["owners"]["nouns"])
    return re.compile(rf"^\s*(?:(?:the|its|their|this)\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?:{nouns})\s+of\s+", re.IGNORECASE)


def _targets(after: str, people: dict[str, str] | None = None) -> list[str]:
    """The states a stance verb's object names (people: a person's name word -> the state the record's roles give them,
    so "accusing Correa himself" targets his state)."""
    after = lexicon.spin_normalise(after)  # "the U.S." must not end the phrase at its dots
    after = _opener_re().sub("", after)  # "what it called China's actions": the target is China
    after = _deposed_re().sub(" ", after)  # "Niger's ousted president": no one standing for Niger (session 27)
    after = _owner_re().sub("", after)  # "the policy of the Lithuanian leadership": the target is Lithuania
    m = TARGET_END_RE.search(after)
    head = after[: m.start()] if m else after
    found = lexicon.sides_in(head)
    if not found and people is not None:
        # A state's leader blamed by name is the state blamed (session 26): only when no state is named.
        found = list(dict.fromkeys(people[w.title()] for w in LETTERS_RE.findall(head) if w[0].isupper()
                                   and w.title() in people))
    return found


THING_END_RE = re.compile(r"[.;,:!?\"“”]")


@cache
def _things() -> tuple[re.Pattern[str], dict[str, str]]:
    """stance.toml [things]: a pattern of every group's words at the start of an object ("the", a possessive or an
    adjective before them) and each word's group."""
    groups = {k: v for k, v in lexicon.stance_rules()["things"].items() if k not in _classes()}
    group_of = {" ".join(w.split()).casefold(): name for name, words in groups.items() for w in words}
    return (re.compile(rf"^\s*(?:(?:the|its|their|this|that|a|an|[A-Z][\w.-]*'s|[a-z]+)\s+){{0,2}}?"
                       rf"(?P<thing>{_phrase_re(list(group_of))})(?![A-Za-z])", re.IGNORECASE), group_of)


def _thing_targets(after: str) -> list[str]:
    """The thing a stance verb's object names by a word of stance.toml [things] within its first words ("the
    quarantine", "Washington's peace plan"), as "thing:<group>"; none when the object opens otherwise."""
    end = THING_END_RE.search(after)  # the pattern reads the object's first words only: "the use of force"
    pattern, group_of = _things()
    found = pattern.match(after[: end.start()] if end else after)
    return [THING + group_of[" ".join(found.group("thing").split()).casefold()]] if found else []


def _names(text: str, name: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text) is not None


@cache
def _denial_re() -> re.Pattern[str]:
    verbs = lexicon.stance_rules()["denial"]["verbs"]
    pattern = rf"(?<![A-Za-z])(?:{_phrase_re(verbs)})(?![A-Za-z])"
    # Led by a lookahead of the first characters a denial verb starts with (timeline.firstchars: the same matches,
    # twice as fast; it is searched in every statement's summary and evidence).
    return re.compile((guard(pattern, re.IGNORECASE) or "") + pattern, re.IGNORECASE)


@cache
def _denial_words() -> frozenset[str] | None:
    """The case-folded longest word of every denial phrase (a quick test before the regex, as
    _first_words); None when one is not plain letters."""
    words = {max(LETTERS_RE.findall(v) or [""], key=len).casefold() for v in lexicon.stance_rules()["denial"]["verbs"]}
    return frozenset(words) if all(re.fullmatch(r"[a-z]+", w) for w in words) else None


# Letters that an ASCII letter matches under re.IGNORECASE but that do not case-fold to it (Turkish
# dotted and dotless i): a word holding one may match a phrase its folded form does not name.
UNFOLDED_LETTERS = ("\u0130", "\u0131")


def denies(text: str) -> bool:
    """The text denies something ("denied that any shots had been fired"), per stance.toml [denial]."""
    # Every match of a denial phrase holds the phrase's longest word as a whole word of letters: most
    # statements name none, and the quick test is a fifth of the regex's search (the same answers,
    # tests/parity/test_speed_session14.py).
    return _may_deny(text) and _denial_re().search(text) is not None


@lru_cache(maxsize=1 << 14)  # session 21 (pspeed21): a sentence's statements ask it with one evidence, often one summary
def denies_joined(head: str, tail: str) -> bool:
    """denies(f"{head} {tail}"), the quick word test asked of each part (its words are the two parts' words:
    no run of letters crosses the space), so a text read already (an event's evidence) is not read again."""
    return (_may_deny(head) or _may_deny(tail)) and _denial_re().search(f"{head} {tail}") is not None


def _may_deny(text: str) -> bool:
    """False when the text holds no denial phrase's longest word (denial_re cannot match), else True."""
    words = _denial_words()
    return not (words is not None and words.isdisjoint(folded_letter_words(text))
                and not any(c in text for c in UNFOLDED_LETTERS))


CLAUSE_END_RE = re.compile(r"[;:.!?]|,\s|\s(?:and|but|while|as|after|because)\s+(?:said|says|added|stated|noted)\b|"
                           r"\s(?:and|but)\s+(?:it|he|she|they)\s", re.IGNORECASE)


def denied_clause(text: str) -> str:
    """What a denial denies: the words after the denial verb up to the clause's end ("denied that
    any shots had been fired at the ship and said ..." -> "that any shots had been fired at the
    ship"); empty when the text denies nothing."""
    m = _denial_re().search(text) if _may_deny(text) else None  # denies' quick test: most texts name no denial
    if m is None:
        return ""
    rest = text[m.end() : m.end() + 200]
    end = CLAUSE_END_RE.search(rest)
    return rest[: end.start()] if end else rest
