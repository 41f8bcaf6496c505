"""What an act was done to: the targets its summary names after its verb, each a (family, kind) of targets.toml.

One actor's two acts of one day are often told apart only by their object ("seized a tanker" / "seized a
fishing boat"; "sanctioned three banks" / "sanctioned the defence minister"; "fired two missiles into the sea" /
"fired at the patrol boat"). The predicate after the act's verb is read up to a clause break or a preposition of
place or time; a passive act's target is its subject ("the diplomats were ordered out"). A state named there is the
act's object ("suspended Fiji"), not a party to it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from parity import lexicon

Target = tuple[str, str]  # (family, kind): ("vessel", "tanker"), ("state", "Fiji"); kind "generic" names any of its family
STATE = "state"
GENERIC = "generic"
OWNERS = "bodies"  # banks and companies (targets.toml): what they own or run is often the act's thing
_TOKEN_RE = re.compile(r"[A-Za-z][\w'’-]*|[,;:.()\"“”]")
_PUNCT = frozenset(',;:.()"“”')


@cache
def _data() -> dict:
    return lexicon.load("targets")


@cache
def _phrases() -> tuple[dict[tuple[str, ...], Target], int]:
    """Each target phrase (as lower-case word tuples) and its (family, kind); the longest phrase's length."""
    table: dict[tuple[str, ...], Target] = {}
    for family, kinds in _data()["families"].items():
        for kind, surfaces in kinds.items():
            for s in surfaces:
                table[tuple(s.split())] = (family, kind)
    return table, max(map(len, table))


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()["verbs"][key])


def _is_verb(word: str) -> bool:
    w = word.casefold()
    if w in _words("not_verbs"):
        return False
    return w in _words("irregular") or (len(w) >= 4 and w.endswith("ed")) or (len(w) >= 5 and w.endswith("ing"))


@lru_cache(maxsize=1 << 14)
def act_targets(summary: str) -> frozenset[Target]:
    """The targets an act's summary names ("Iran: seized a foreign tanker in the Gulf" -> {("vessel", "tanker")})."""
    text = summary.split(": ", 1)[1] if ": " in summary else summary  # "Actor: what it did"
    tokens = _TOKEN_RE.findall(text)
    lower = [t.casefold() for t in tokens]
    verb = next((i for i, t in enumerate(tokens) if t not in _PUNCT and (
        _is_verb(t) or (i and lower[i - 1] in _words("modals") and t[:1].islower()))), None)
    if verb is None:
        return frozenset()
    back = verb - 1
    while back >= 0 and lower[back].endswith("ly"):
        back -= 1  # "were quickly ordered out"
    if back >= 0 and lower[back] in _words("passive"):
        span = _subject(tokens, back)  # "the diplomats were ordered out": the subject is what it was done to
    else:
        span = _predicate(tokens, lower, verb + 1)
    return _read(span)


@lru_cache(maxsize=1 << 14)
def named_targets(summary: str) -> frozenset[Target]:
    """Every thing of targets.toml the summary names, wherever it stands (its doer's craft too: "His trawler rammed
    two patrol vessels" names a fishing vessel and a patrol vessel)."""
    text = summary.split(": ", 1)[1] if ": " in summary else summary
    return frozenset(t for t in _read(_TOKEN_RE.findall(text)) if t[0] != STATE)


def _subject(tokens: list[str], aux: int) -> list[str]:
    start = aux
    while start > 0 and tokens[start - 1] not in _PUNCT:
        start -= 1
    return tokens[start:aux]


def _predicate(tokens: list[str], lower: list[str], start: int) -> list[str]:
    """The words after the verb up to a clause break, a preposition of place or time, or a second verb."""
    breaks, aimed = _words("breaks"), _words("aimed")
    out: list[str] = []
    for i in range(start, len(tokens)):
        t, w = tokens[i], lower[i]
        if t in _PUNCT or w in breaks or (out and _is_verb(t) and not _in_phrase(lower, i)):
            break
        if w in aimed:
            out.append("|")  # an aimed phrase's words count; the mark keeps phrases apart
            continue
        out.append(t)
    return out


def _in_phrase(lower: list[str], i: int) -> bool:
    """The word is part of a target phrase ("fishing boat"), not a second verb."""
    table, longest = _phrases()
    return any(tuple(lower[j:j + n]) in table for n in range(2, longest + 1) for j in range(max(0, i - n + 1), i + 1))


def _read(span: list[str]) -> frozenset[Target]:
    table, longest = _phrases()
    words = [w.casefold() for w in span]
    found: set[Target] = set()
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            hit = table.get(tuple(words[i:i + n]))
            if hit is not None:
                found.add(hit)
                i += n
                break
        else:
            i += 1
    if not found:  # a state named beside a thing is whose it is ("a US destroyer"); alone, it is the object
        found.update((STATE, s) for s in lexicon.states_in(" ".join(w for w in span if w != "|")))
    return frozenset(found)


@cache
def _one_act_families() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in _data().get("one_act_families", {}).get("pairs", []))


def _one_thing(x: Target, y: Target) -> bool:
    if x[0] != y[0] and frozenset((x[0], y[0])) in _one_act_families():
        return True  # a site and the aircraft or people an act there reached may be one act (targets.toml)
    return x[0] == y[0] and (x[1] == y[1] or GENERIC in (x[1], y[1]))


def one_target(a: frozenset[Target], b: frozenset[Target]) -> bool:
    """Some target of one is one thing with a target of the other (of one family and kind, or one generic)."""
    return any(x[0] == y[0] and (x[1] == y[1] or GENERIC in (x[1], y[1])) for x in a for y in b)


_CLAUSE_BREAK_RE = re.compile(r"[,;:()\"“”—]|\s-\s")


def told_in(summary: str, sentence: str) -> str:
    """The act as its sentence tells it: the summary with the words of its clause before it ("a patrol boat was" +
    "struck by the aggressors"), where a passive act's subject, the thing it was done to, stands."""
    text = summary.split(": ", 1)[1] if ": " in summary else summary
    at = sentence.find(text)
    if at <= 0:
        return text
    before = sentence[:at]
    breaks = list(_CLAUSE_BREAK_RE.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    lead = text.split(maxsplit=1)[0] if text.strip() else ""
    if clause.rstrip().casefold().endswith(" and") and (_is_verb(lead) or lead.casefold() in _words("passive")):
        # Session 26 (plink26): a second predicate of its clause, no subject of its own ("The crews abandoned their
        # vessels and were picked up by a freighter"): its subject is the clause's, the words before its first verb, not
        # the first predicate's object.
        tokens = clause.split()
        first = next((i for i, t in enumerate(tokens) if _is_verb(t) or t.casefold() in _words("passive")), None)
        if first:
            return " ".join(tokens[:first]) + " " + text
    return clause + text


def told_apart(a: str, b: str) -> bool:
    """Two acts as told (told_in) name targets apart and neither names, anywhere, a thing the other's act was done
    to: each act's own thing ("struck a missile site" / "a patrol boat was struck"), not one incident told from either
    side, whose doer's craft is the other's target ("intercepted a fishing boat" / "His trawler rammed two patrol
    vessels")."""
    # A company named before a thing is its owner or operator ("a Turkish Airlines flight"), no target to tell apart by.
    ta, tb = (frozenset(t for t in act_targets(x) if t[0] != OWNERS) for x in (a, b))
    if not targets_apart(ta, tb):
        return False
    return not one_target(ta, named_targets(b)) and not one_target(tb, named_targets(a))


def targets_apart(a: frozenset[Target], b: frozenset[Target]) -> bool:
    """Both acts name what they were done to and no target of one may be one of the other's: two acts.

    A state and a thing of another family ("sanctioned Iran" / "sanctioned three Iranian banks") may be one act
    told at two scales, so only two states, or two things of no state, are told apart."""
    if not a or not b or any(_one_thing(x, y) for x in a for y in b):
        return False
    return any(f == STATE for f, _ in a) == any(f == STATE for f, _ in b)
