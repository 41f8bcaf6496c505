"""Session 19 (doers19): the state of a craft its subject names with no state, from an earlier mention of that craft.

"Three Argentine Mirage jets approached a patrol plane. The Mirages flew within 100 metres": "The Mirages" are
Argentina's; "Moroccan fighter jets buzzed a drone. On Saturday, F-16 jets flew within 300 feet": Morocco's; "a second
Russian navy corvette sailed ... On Monday, the corvette Soobrazitelny took the same route": Russia's. The subject is a
craft word (data/crafts.toml `heads`) with only counts, model names, craft modifiers and a name around it; its state is
the one whose name or demonym opens the last earlier noun phrase of the excerpt holding the same model, name or craft
word (a model or name wins over the bare craft word). Called by `actions._shape_doer` after forces (`passives.py`).
"""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("crafts")
HEADS: frozenset[str] = frozenset(_DATA["heads"])
LEADS: frozenset[str] = frozenset(_DATA["leads"])
MODIFIERS: frozenset[str] = frozenset(_DATA["modifiers"])
AUX: frozenset[str] = frozenset(_DATA["aux"])
# Forces a passive deployment may name as its subject ("Troops were deployed", "Marines were flown in").
FORCE_HEADS: frozenset[str] = frozenset(_DATA["forces"])
STATE_KINDS = ("country", "territory")
_TOKEN_RE = re.compile(r"[^\W_][\w'’.-]*")
# An earlier noun phrase after a state's name or demonym: words up to a clause mark (its verb comes after).
_AFTER_STATE_RE = re.compile(r"(?:['’]s)?(?P<np>(?:\s+[^\W_][\w'’-]*(?:\.[\w'’-]+)*){1,6})")
# Subject text a craft's noun phrase never holds: a clause mark or a quote.
_BREAK_RE = re.compile(r"[,;:()\"“”]")
# An aside of the craft's company between it and its verb ("Three ships, led by the cruiser X, sailed").
ASIDE_RE = re.compile(rf"\s*,\s*(?:{'|'.join(_DATA['asides'])})\s+by\s+[^,;:.()\"“”]{{1,60}},\s*")


def _one(word: str) -> str:
    """A craft word or model name in the singular, lowercase ("Mirages" -> "mirage", "Su-27s" -> "su-27")."""
    w = word.casefold().rstrip(".")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 2 else w


def _named(word: str) -> bool:
    """A model or ship name's word: capitalised or holding a digit ("Mirage", "J-10", "Su-27s")."""
    return word[:1].isupper() or any(c.isdigit() for c in word)


def craft_keys(masked: str, start: int, end: int) -> tuple[frozenset[str], str] | None:
    """(model and name words, craft word) of a subject opening masked[start:end] that names a craft with no state and
    runs to its verb (the first lowercase word no craft phrase holds), else None."""
    words: list[str] = []
    words_end = start
    for t in _TOKEN_RE.finditer(masked, start, end):
        if t.start() < words_end:
            continue  # inside an aside skipped
        w = t.group(0)
        if _BREAK_RE.search(masked, words_end, t.start()):
            aside = ASIDE_RE.match(masked, words_end) if words else None
            if aside is None or aside.end() > end:
                return None
            words_end = aside.end()  # "Three ships, led by the cruiser X, sailed": the subject goes on after it
            if t.start() < words_end:
                continue
        if not _named(w) and w.casefold() not in LEADS | MODIFIERS | AUX and _one(w) not in HEADS:
            break
        words.append(w)
        words_end = t.end()
    else:
        return None
    if not words or L.ENTITY_RE.search(" ".join(words)):
        return None
    while words and words[-1].casefold() in AUX:
        words.pop()
    while words and words[0].casefold() in LEADS:
        words.pop(0)
    if not words or len(words) > 6:
        return None
    head = max((i for i, w in enumerate(words) if _one(w) in HEADS and not w[:1].isupper()), default=None)
    if head is None:  # "The Mirages flew", "the Su-27s dumped fuel": a model alone, named as written
        if len(words) > 2 or not all(_named(w) for w in words):
            return None
        return frozenset(_one(w) for w in words), ""
    before, after = words[:head], words[head + 1:]
    if not all(w[:1].isupper() for w in after):
        return None
    return frozenset(_one(w) for w in before + after if _named(w)), _one(words[head])


def craft_state(masked: str, start: int, end: int) -> str | None:
    """The state an earlier noun phrase of the excerpt names with the craft of the subject opening masked[start:end]."""
    keys = craft_keys(masked, start, end)
    if keys is None:
        return None
    named, head = keys
    by_name = by_head = None
    for m in L.ENTITY_RE.finditer(masked, 0, start):
        state = L.ENTITY_FORMS.get(m.group(0), (None, ""))[0]
        if not state or L.ENTITY_KINDS.get(state) not in STATE_KINDS:
            continue
        np = _AFTER_STATE_RE.match(masked, m.end())
        if np is None:
            continue
        said = {_one(w) for w in _np_words(np.group("np"))}
        if named & said:
            by_name = state
        elif head and head in said:
            by_head = state
    return by_name or by_head


def _np_words(text: str) -> list[str]:
    """The words of a noun phrase up to its first word that is no model, name, modifier or craft word."""
    out: list[str] = []
    for w in _TOKEN_RE.findall(text):
        if w.casefold() in ("and", "or") and out:
            continue  # "American aircraft or ships", "Russian jets and helicopters": one phrase of crafts
        if not (_named(w) or w.casefold() in MODIFIERS or _one(w) in HEADS):
            break
        out.append(w)
    return out


# Session 19: a force or craft as the subject of a passive deployment ("Turkish fighter jets were scrambled", "Troops were
# deployed", "Two Greek frigates have been sent"): counts, demonyms, model names and craft words before the auxiliary.
_PASSIVE_AUX_RE = re.compile(r"\s+(?:(?:have|has|had)\s+been|were|was|are|is|being|been)(?:\s+(?:being|also|then|later|quickly))*"
                             r"\s+(?:[a-z]+ed|flown|sent|put|sunk|taken|driven|brought)\b")


def own_force_subject(lower: str, start: int, end: int) -> bool:
    """Whether lower[start:end] opens with a force or craft subject and a passive verb ("turkish fighter jets were
    scrambled", "troops were deployed")."""
    aux = _PASSIVE_AUX_RE.search(lower, start, end)
    if aux is None or _BREAK_RE.search(lower, start, aux.start()):
        return False
    words = _TOKEN_RE.findall(lower[start:aux.start()])
    if not words or len(words) > 6:
        return False
    last = words[-1]
    return _one(last) in HEADS or last in FORCE_HEADS
