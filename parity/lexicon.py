"""Parity's word lists, loaded once from parity/data/*.toml, and the small normalisers built on them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
WORD_RE = re.compile(r"\w+(?:[-']\w+)*")


@cache
def load(name: str) -> dict[str, Any]:
    """One data file of parity/data, parsed."""
    return tomllib.loads((DATA_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def _alternation(forms: dict[str, str]) -> re.Pattern[str]:
    # Longest form first so "Russian Federation" wins over "Russia"; word boundaries on both sides
    # (lookarounds, because forms like "U.S." end in punctuation).
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f) for f in ordered)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])")


TIMELINE_ALIASES = Path(__file__).parents[1] / "timeline" / "data" / "aliases.toml"


@cache
def _long_tail() -> list[dict[str, Any]]:
    # The states and territories of the project's one entity file that parity's own table does not
    # name by any form (Fiji, Chad, Honduras): parity keeps its curated rows and takes these as they are.
    known = {s for surfaces in load("aliases")["canonical"].values() for s in surfaces}
    entities = tomllib.loads(TIMELINE_ALIASES.read_text(encoding="utf-8"))["entity"]
    return [e for e in entities if e.get("kind") in ("country", "territory")
            and not known & {e["name"], *e.get("aliases", []), *e.get("seats", [])}]


@cache
def canonical_states() -> dict[str, list[str]]:
    """Each canonical state's surface forms: aliases.toml [canonical], then timeline's entities it lacks."""
    table = {canon: list(surfaces) for canon, surfaces in load("aliases")["canonical"].items()}
    for e in _long_tail():
        table[e["name"]] = list(dict.fromkeys([e["name"], *e.get("aliases", []), *e.get("seats", [])]))
    return table


@cache
def demonyms() -> dict[str, list[str]]:
    """Each state's nationality adjectives: aliases.toml [demonyms], then those of timeline's entities it lacks."""
    table = {canon: list(surfaces) for canon, surfaces in load("aliases")["demonyms"].items()}
    for e in _long_tail():
        if e.get("demonyms"):
            table[e["name"]] = list(e["demonyms"])
    return table


@cache
def _alias_table(full: bool = True) -> tuple[dict[str, str], re.Pattern[str]]:
    forms: dict[str, str] = {}
    for canon, surfaces in (canonical_states() if full else load("aliases")["canonical"]).items():
        for s in surfaces:
            forms[s] = canon
    return forms, _alternation(forms)


@cache
def _demonym_table(full: bool = True) -> tuple[dict[str, str], re.Pattern[str]]:
    forms: dict[str, str] = {}
    for canon, surfaces in (demonyms() if full else load("aliases")["demonyms"]).items():
        for s in surfaces:
            forms[s] = canon
            if s[-1:].islower() and not s.endswith(("s", "sh", "ch", "ese")):
                forms.setdefault(f"{s}s", canon)  # the people: "Venezuelans", "Russians"
    return forms, _alternation(forms)


def states_in(text: str) -> list[str]:
    """Canonical states named in text (names, capitals as metonyms, spun synonyms), in order, unique."""
    return _found(text, 0)


def demonym_states(text: str) -> list[str]:
    """States whose nationality adjectives text holds ("10 Russian diplomats", "Americans"), not their names."""
    return _found(text, 1)


def sides_in(text: str) -> list[str]:
    """States a phrase speaks for: its state names first, then nationality adjectives."""
    return list(dict.fromkeys(_found(text, 0) + _found(text, 1)))


@cache
def _blocs() -> dict[str, frozenset[str]]:
    return {name: frozenset(members) for name, members in load("aliases")["blocs"].items()}


@cache
def bloc_names() -> frozenset[str]:
    """The blocs of aliases.toml [blocs], by the side names claims give them ("EU", "G7", "NATO")."""
    return frozenset(_blocs())


def with_members(sides: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The sides, plus the members of each bloc among them and the blocs each side belongs to."""
    blocs = _blocs()
    out = set(sides)
    for side in sides:
        out |= blocs.get(side, frozenset())
        out |= {bloc for bloc, members in blocs.items() if side in members}
    return frozenset(out)


def without_states(text: str) -> str:
    """Text with every state name and nationality adjective blanked out."""
    for _, pattern in (_alias_table(), _demonym_table()):
        text = pattern.sub(" ", text)
    return text


def canonical_name(name: str | None) -> str | None:
    """A state's canonical name when the whole name is one alias, else the name tidied (case-folded)."""
    if not name:
        return None
    forms, _ = _alias_table()
    stripped = name.strip()
    bare = re.sub(r"^(?:the)\s+", "", stripped, flags=re.IGNORECASE)
    for candidate in (stripped, bare):
        if candidate in forms:
            return forms[candidate]
    return " ".join(WORD_RE.findall(stripped)).casefold() or None


def spin_normalise(text: str) -> str:
    """Text with every alias of a state replaced by its canonical name, so spun copy reads as the wire."""
    forms, pattern = _alias_table()
    return pattern.sub(lambda m: forms[m.group(0)], text)


@cache
def _agency_table() -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    data = load("agencies")
    forms: dict[str, str] = {}
    for canon, surfaces in data["agencies"].items():
        for s in surfaces:
            forms[s] = canon
    # Longest name first on word boundaries (the alternation), and never a name that goes on
    # "of <Name>": "Associated Press of Pakistan" is another agency than "Associated Press".
    pattern = re.compile(_alternation(forms).pattern + r"(?!\s+of\s+[A-Z])")
    return forms, pattern, frozenset(data["noise"]["words"])


@cache
def _agency_names_re() -> re.Pattern[str]:
    """The agencies' names alone, with no lookaround: found wherever _agency_table's pattern can match."""
    # A pattern that opens with a lookbehind is tried at every position of a text; an alternation of plain
    # names skips to the characters they start with: 2.5 -> 1.0 us per sentence, most of which name no agency.
    # (Not for case-blind tables: with IGNORECASE the alternation alone was slower than the whole pattern.)
    forms = sorted(_agency_table()[0], key=lambda f: (-len(f), f))
    return re.compile("|".join(re.escape(f) for f in forms))


def without_agencies(text: str) -> str:
    """Text with news agency names blanked: who relayed a claim is not what it claims."""
    if _agency_names_re().search(text) is None:
        return text  # names no agency (most sentences): what the substitution gives back
    _, pattern, _ = _agency_table()
    return pattern.sub(" ", text)


@cache
def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load("agencies")["credit"]["patterns"])


def credited(text: str) -> str | None:
    """The source a text credits itself to ("Source: Reuters", "(AP) -", "reprinting TASS"), canonical."""
    forms, pattern, _ = _agency_table()
    for credit in _credit_patterns():
        m = credit.search(text)
        if m:
            return agency(m.group("name"))
    return None


def outlet_origin(outlet: str | None) -> str | None:
    """The agency an outlet is, or reprints ("Sputnik International (reprinting TASS)" -> "TASS")."""
    if not outlet:
        return None
    forms, pattern, _ = _agency_table()
    m = pattern.search(outlet)
    return forms[m.group(0)] if m else credited(outlet)


def is_agency(name: str) -> bool:
    """True when a canonical name is a news agency of parity/data/agencies.toml."""
    return name in load("agencies")["agencies"]


def agency(name: str | None) -> str | None:
    """The canonical name of an attribution ("state news agency Itar-Tass" -> "TASS"), else it tidied."""
    if not name:
        return None
    forms, pattern, noise = _agency_table()
    m = pattern.search(name)
    if m:
        return forms[m.group(0)]
    words = [w for w in WORD_RE.findall(name) if w.casefold() not in noise]
    return " ".join(words) or None


@cache
def stopwords() -> frozenset[str]:
    """Function words and reporting-frame words, ignored when comparing claim content."""
    data = load("words")
    return frozenset(data["stopwords"]["words"]) | frozenset(data["frame"]["words"])


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix-stripping stem, enough that "tests"/"tested"/"testing" and "fire"/"fired" compare equal."""
    w = word
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    # A final "e" goes too, so the bare verb meets its "-ed" form ("seize", "seized" -> "seiz").
    w = w[:-1] if w.endswith("e") and len(w) >= 4 else w
    # British and American spellings of one word meet (session 18: "criticised" ~ "criticized", "defence" ~ "defense").
    for ending, american, shortest in SPELLINGS:
        if w.endswith(ending) and len(w) >= shortest:
            return w[: len(w) - len(ending)] + american
    return w


# A stem's British ending -> its American one, and the shortest stem it applies to (words.toml [spelling]: "criticis",
# "harbour", "defenc", "centr", "programm", "analys"; not "hour", "four" or "fenc").
SPELLINGS: tuple[tuple[str, str, int], ...] = tuple(
    (ending, american, int(shortest)) for ending, american, shortest in load("words")["spelling"]["endings"])


@cache
def spin_words() -> dict[str, str]:
    """Word swaps of article-spinning software, mapped back (words.toml [spin])."""
    return dict(load("words")["spin"])


@cache
def _spin_folded() -> bool:
    """Every word a spin swap gives back is case-folded (so normal_tokens are)."""
    return all(w == w.casefold() for w in spin_words().values())


TOKEN_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Phrases:
    """Multi-word names as token tuples -> canonical token, with the first tokens for a quick test."""

    table: dict[tuple[str, ...], str]
    firsts: frozenset[str]
    longest: int
    folded: bool  # keys are case-folded (objects) or as written (states, demonyms)
    lengths: dict[str, tuple[int, ...]]  # first token -> lengths of the phrases it starts, longest first


def _phrases(forms: dict[str, str], folded: bool) -> _Phrases:
    table: dict[tuple[str, ...], str] = {}
    for surface, canon in forms.items():
        key = tuple(t.casefold() if folded else t for t in TOKEN_RE.findall(surface))
        if key:
            table[key] = canon
    lengths: dict[str, set[int]] = {}
    for k in table:
        lengths.setdefault(k[0], set()).add(len(k))
    return _Phrases(table, frozenset(k[0] for k in table), max(map(len, table), default=1), folded,
                    {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()})


@cache
def _token_tables(full: bool = True) -> tuple[_Phrases, ...]:
    """States, demonyms and objects as phrase tables: of the one table of states (full), or of parity's own rows."""
    return (_phrases(_alias_table(full)[0], False), _phrases(_demonym_table(full)[0], False),
            _phrases(_object_table()[0], True))


@cache
def _word_tables() -> tuple[_Phrases, ...]:
    """The tables content words read: the one table of states less the long tail's names of two words or more, then
    demonyms and objects. A one-word form of the long tail is its state ("Suva" ~ "Fiji"); its longer names stay the
    words they are written in ("Sierra Leone", "Hong Kong"): joined into one token, a name two claims share weighed
    one word instead of two, and a blind set lost a link (measured, session 14)."""
    own = dict(_alias_table(False)[0])
    for form, canon in _alias_table()[0].items():
        if form not in own and len(TOKEN_RE.findall(form)) == 1:
            own[form] = canon
    _, demonyms, named = _token_tables()
    return _phrases(own, False), demonyms, named


@cache
def _places() -> _Phrases:
    """Places named after a state that are no side ("Sea of Japan", "Indian Ocean"): each read as one token
    first, so no state name or demonym inside it is found (places.toml)."""
    return _phrases({name: name.casefold() for name in load("places")["places"]["names"]}, True)


def _folded(tokens: list[str]) -> list[str]:
    """Each token case-folded, in one call: tokens hold no space (words, or names joined by "_"),
    and case folding maps characters one by one and never to a space."""
    folded = " ".join(tokens).casefold().split(" ") if tokens else []
    return folded if len(folded) == len(tokens) else [t.casefold() for t in tokens]  # a token with a space


def _replace_both(tokens: Sequence[str], folded: Sequence[str], phrases: _Phrases, hits: list[str] | None = None,
                  keep_head: bool = False) -> tuple[Sequence[str], Sequence[str]]:
    """_replace of tokens and of their case-folded forms together: (tokens, folded) with folded[i] ==
    tokens[i].casefold() (the lists given back when nothing is replaced; never changed in place)."""
    # Folding each pass's tokens again cost a sentence more than the pass itself (fresh strings, hashed again).
    keys = folded if phrases.folded else tokens
    # Most passes start no phrase (two in three while parity reads an excerpt's events): the set's own
    # test over the tokens is ~2.5x cheaper than listing the starts.
    if phrases.firsts.isdisjoint(keys):
        return tokens, folded
    starts = list(compress(range(len(keys)), map(phrases.firsts.__contains__, keys)))
    out: list[str] = []
    out_folded: list[str] = []
    done, n, table, lengths = 0, len(tokens), phrases.table, phrases.lengths
    for i in starts:
        if i < done:
            continue  # inside a phrase already replaced
        for size in lengths[keys[i]]:  # only the lengths of phrases this token starts, longest first
            if i + size > n:
                continue
            canon = table.get(tuple(keys[i : i + size]))
            if canon is not None:
                out.extend(tokens[done:i])
                out_folded.extend(folded[done:i])
                token = canon.replace(" ", "_")
                out.append(token)
                out_folded.append(token.casefold())
                if keep_head and size > 1:
                    out.append(tokens[i + size - 1])
                    out_folded.append(folded[i + size - 1])
                if hits is not None:
                    hits.append(canon)
                done = i + size
                break
    if not done:
        return tokens, folded
    out.extend(tokens[done:])
    out_folded.extend(folded[done:])
    return out, out_folded


@lru_cache(maxsize=1 << 16)
def _found_cached(text: str, which: int) -> tuple[str, ...]:
    hits: list[str] = []
    tokens = TOKEN_RE.findall(text)
    _replace_both(*_replace_both(tokens, _folded(tokens), _places()), _token_tables()[which], hits)
    return tuple(dict.fromkeys(hits))


def _found(text: str, which: int) -> list[str]:
    return list(_found_cached(text, which))


@lru_cache(maxsize=1 << 16)
def normal_tokens(text: str, objects: bool = True) -> tuple[str, ...]:
    """Case-folded word tokens of text with every state alias, nationality adjective and (when
    objects) named object as one canonical token, and spinners' word swaps undone: the text as the
    wire wrote it, for content words and near-duplicate shingles alike."""
    return normal_tokens_uncached(text, objects)


def normal_tokens_uncached(text: str, objects: bool = True) -> tuple[str, ...]:
    """normal_tokens without its cache: for whole bodies, read once, which the cache would keep alive."""
    states, demonyms, named = _word_tables()
    tokens = TOKEN_RE.findall(text)
    # Case-folded once, and kept beside the tokens through every pass (_replace_both).
    tokens, folded = _replace_both(*_replace_both(*_replace_both(tokens, _folded(tokens), _places()), states), demonyms)
    if objects:
        tokens, folded = _replace_both(tokens, folded, named, keep_head=True)
    spin = spin_words()
    return tuple(map(spin.get, folded, folded))


@cache
def head_groups() -> dict[str, tuple[str, ...]]:
    """Event heads worded differently: words.toml [heads] with paraphrases.toml [heads] added (a group of
    one name in both holds the surfaces of both)."""
    groups: dict[str, list[str]] = {canon: list(surfaces) for canon, surfaces in load("words")["heads"].items()}
    for canon, surfaces in load("paraphrases")["heads"].items():
        groups.setdefault(canon, []).extend(s for s in surfaces if s not in groups.get(canon, ()))
    return {canon: tuple(surfaces) for canon, surfaces in groups.items()}


@cache
def _heads() -> _Phrases:
    forms = {surface: canon for canon, surfaces in head_groups().items() for surface in surfaces}
    return _phrases(forms, True)


@cache
def act_heads() -> frozenset[str]:
    """The canonical heads that name acts (words.toml and paraphrases.toml [acts]) as content_words reads them, stemmed."""
    return frozenset(stem(canon) for canon in load("words")["acts"]["names"] + load("paraphrases")["acts"]["names"])


@cache
def kind_heads(kind: str) -> frozenset[str]:
    """The act heads that name an event kind (words.toml [kind_heads]), stemmed."""
    return frozenset(stem(h) for h in load("words")["kind_heads"].get(kind, ()))


@cache
def _compatible(section: str = "compatible") -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    words, more = load("words"), load("paraphrases")
    listed = words["compatible"]["pairs"] + more["compatible"]["pairs"]
    if section != "compatible":
        listed = listed + words[section]["pairs"] + more[section]["pairs"]
    for a, b in listed:
        pairs.setdefault(stem(a), set()).add(stem(b))
        pairs.setdefault(stem(b), set()).add(stem(a))
    return {head: frozenset(others) for head, others in pairs.items()}


@cache
def _one_target_pairs() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for a, b in load("paraphrases")["one_target"]["pairs"]:
        pairs.setdefault(stem(a), set()).add(stem(b))
        pairs.setdefault(stem(b), set()).add(stem(a))
    return {head: frozenset(others) for head, others in pairs.items()}


def one_head(a: Iterable[str], b: Iterable[str], one_doer: bool = False, one_target: bool = False) -> frozenset[str]:
    """The act heads of a that b names too, itself or by a compatible head (words.toml [compatible]:
    "intercepted" ~ "shot down"; with one_doer, also [one_doer]: "launched" ~ "struck" told of one doer's act; with
    one_target too, paraphrases.toml [one_target]: "attacked" ~ "struck" told of one doer's act on one thing)."""
    heads, compatible = act_heads(), _compatible("one_doer" if one_doer else "compatible")
    mine, theirs = heads.intersection(a), heads.intersection(b)
    more = _one_target_pairs() if one_doer and one_target else {}
    return frozenset(h for h in mine if h in theirs or not compatible.get(h, frozenset()).isdisjoint(theirs)
                     or not more.get(h, frozenset()).isdisjoint(theirs))


@cache
def generic_words() -> frozenset[str]:
    """Stopwords, the reporting frame and stock crisis phrasing (words.toml [generic]): no sign of copying."""
    return stopwords() | frozenset(load("words")["generic"]["words"])


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> tuple[str, ...]:
    """Stemmed content words of text (normal_tokens less stopwords and the reporting frame), in order;
    event heads worded differently read as one word (words.toml [heads]: "downed" ~ "shot down")."""
    stop = stopwords()
    tokens = normal_tokens(text)
    # normal_tokens are case-folded already (and folding them again changes none: casefold is idempotent,
    # tests/parity/test_speed_session14.py), unless a spin swap's word is not.
    tokens = _replace_both(tokens, tokens if _spin_folded() else _folded(tokens), _heads())[0]
    return tuple(stem(t) for t in tokens if t not in stop and len(t) >= 2)


@cache
def _numbers() -> tuple[dict[str, int], dict[str, int], tuple[str, ...]]:
    data = load("words")["numbers"]
    return dict(data["cardinals"]), dict(data["ordinals"]), tuple(data["percent"])


COUNT_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)|([A-Za-z]+)")


def normalise_count(count: str | None) -> str | None:
    """A count as comparable text: "six" -> "6", "sixth" -> "6th", "90 percent" -> "90%"; None if none."""
    if not count:
        return None
    cardinals, ordinals, percent = _numbers()
    low = count.casefold()
    is_share = any(p in low for p in percent)
    for m in COUNT_RE.finditer(low):
        if m.group(1):
            value = m.group(1).replace(",", "")
            tail = low[m.end() : m.end() + 2]
            suffix = "th" if tail in ("th", "st", "nd", "rd") else ""
            return f"{value}{'%' if is_share else suffix}"
        word = m.group(2)
        if word in ordinals:
            return f"{ordinals[word]}th"
        if word in cardinals:
            return f"{cardinals[word]}{'%' if is_share else ''}"
    return " ".join(low.split())


@cache
def stance_rules() -> dict[str, Any]:
    """The stance data file: stance verb classes and negation cues."""
    return load("stance")


@cache
def _object_table() -> tuple[dict[str, str], re.Pattern[str]]:
    forms: dict[str, str] = {}
    for canon, surfaces in load("aliases")["objects"].items():
        for s in surfaces:
            forms[s.casefold()] = canon
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f) for f in ordered)
    return forms, re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)


def objects_in(text: str) -> list[str]:
    """Canonical weapons, systems and topics named in text (case-insensitive), in order, unique."""
    return _found(text, 2)


@cache
def _setting_re() -> re.Pattern[str]:
    table = load("aliases")
    policies = table["policies"]
    surfaces = sorted((s for name in policies["names"] for s in table["objects"][name]), key=lambda f: (-len(f), f))
    lead = "|".join(re.escape(w) for w in sorted(policies["settings"], key=lambda f: (-len(f), f)))
    body = "|".join(re.escape(f) for f in surfaces)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{lead})\s+(?:the\s+|their\s+|its\s+)?(?:{body})(?![A-Za-z0-9])",
                      re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # session 21 (pspeed21): a third of its calls on the workers repeat a text (a sentence's events)
def without_settings(text: str) -> str:
    """text with a policy named only as the setting of what was said blanked ("following talks with X,
    warned ...": a meeting, no position on talks); the other words kept."""
    return _setting_re().sub(lambda m: " " * len(m.group(0)), text)


def canonical_object(name: str) -> str:
    """An object's canonical name when the data knows it, else the name case-folded."""
    found = objects_in(name)
    return found[0] if found else " ".join(WORD_RE.findall(name)).casefold()


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
COUNTED_RE = re.compile(r"(?<![\w.,+-])(\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+)(?![\w-])")
THING_WORDS = 4  # content words after a number read as the thing it counts


NAME_OF_RE = re.compile(r"[A-Z][\w-]*\s+of\s+$")  # "Group of " before a number: the number is in the name
# A sentence's start: also after a dateline's closing parenthesis or dash ("Havana, Jul 6 (Prensa Latina) Two people
# were killed", "(Reuters) - Three sailors": session 15).
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“(]\s*|[)\-–—]\s+|\n\s*)$")


def in_name(text: str, start: int, end: int) -> bool:
    """The number or ordinal at text[start:end] is part of a proper name, no count: a number word
    capitalised inside a sentence ("the Group of Seven", "Six Party Talks", "the Big Three"), a
    capitalised ordinal before another capitalised word ("Second Thomas Shoal", "Fifth Fleet") and
    a number after "<Name> of" ("Group of 20"). Glued forms ("G7", "G-20", "P5+1") never match a count."""
    word = text[start:end]
    if NAME_OF_RE.search(text[max(0, start - 30) : start]):
        return True
    if not word[:1].isupper():
        return False
    if not SENTENCE_START_RE.search(text[max(0, start - 3) : start]):
        return True  # a capitalised number word inside a sentence
    _, ordinals, _ = _numbers()
    nxt = TOKEN_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return word.casefold() in ordinals and nxt is not None and nxt.group(0)[:1].isupper()


def named_count(text: str, count: str | None) -> bool:
    """Every place the count stands in text is inside a proper name ("fifth" of "the Fifth Fleet")."""
    if not count:
        return False
    hits = [m.span(1) for m in re.finditer(rf"(?<![\w+-])({re.escape(count.split()[0])})(?![\w-])", text, re.IGNORECASE)]
    return bool(hits) and all(in_name(text, a, b) for a, b in hits)


TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years", "decade", "decades", "am", "pm", "a.m", "p.m", "gmt", "utc"})


def timed_count(text: str, count: str | None) -> bool:
    """Every place the count stands in text is a clock time or a length of time ("at 02:48", "for 53
    minutes", "its first in more than two months"): how long or when, not how many of the event's things."""
    if not count:
        return False
    hits = list(re.finditer(rf"(?<![\w+-]){re.escape(count.split()[0])}(?![\w-])", text, re.IGNORECASE))
    if not hits:
        return False
    for m in hits:
        after = text[m.end(): m.end() + 12]
        word = TOKEN_RE.findall(after)[:1]
        if not (re.match(r"[:.]\d\d", after) or (word and word[0].casefold() in TIME_UNITS)):
            return False
    return True


@cache
def _counted_re() -> re.Pattern[str]:
    """COUNTED_RE's matches that can count: numbers, and the words of the cardinals (words.toml [numbers]) less
    "hundred" and "thousand", in any ASCII case; the same matches counts_in kept, the other words never made."""
    # Why: COUNTED_RE matches every word, and counts_in's loop dropped all but the few number words in Python
    # (a tenth of parity's per-excerpt work, session 20). A word COUNTED_RE matches is a whole ASCII-letter run
    # bounded as here, and holds no digit, so leaving the others out changes no number's match.
    cardinals, _, _ = _numbers()
    words = sorted((w for w in cardinals if w not in ("hundred", "thousand")), key=lambda w: (-len(w), w))
    # Session 27 (pstatus27): a compound number word, tens and units joined ("thirty-five", "Twenty-three"), first.
    tens, units = _compound_parts()
    compound = f"(?:{'|'.join(tens)})-(?:{'|'.join(units)})"
    # Session 28 (pstatus28): a number joined to another by a slash ("at 05h30 on 22/9", "24/7", "9/11") is a day, a
    # ratio or a name, no count ("22/9 a task force" was read as 22 task forces, a false conflict).
    return re.compile(r"(?<![\w.,+/-])(\d{1,3}(?:,\d{3})+|\d+|(?ai:" + compound + "|" + "|".join(map(re.escape, words))
                      + r"))(?![\w-]|/\d)")


@cache
def _compound_parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cardinal words (words.toml [numbers]) of the tens from twenty to ninety, and of the units one to nine."""
    cardinals, _, _ = _numbers()
    tens = tuple(sorted(w for w, v in cardinals.items() if 20 <= v <= 90 and v % 10 == 0))
    units = tuple(sorted(w for w, v in cardinals.items() if 1 <= v <= 9))
    return tens, units


def compound_value(word: str) -> int | None:
    """A compound number word's value ("thirty-five" -> 35), None for anything else."""
    tens, _, unit = word.casefold().partition("-")
    cardinals, _, _ = _numbers()
    if tens in _compound_parts()[0] and unit in _compound_parts()[1]:
        return cardinals[tens] + cardinals[unit]
    return None


@lru_cache(maxsize=1 << 14)
def counts_in(text: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """Counted things in text: (value as digits, content words after the number, the words as
    written): "fired 11 ballistic missiles" -> ("11", ("ballistic", "missil"), "11 ballistic missiles").
    Years, days of a month ("5 March", "March 23"), shares, ordinals, numbers in compounds ("70-year"), in
    proper names ("Group of 20", "Six Party Talks": in_name) and
    numbers before a function word ("one of the ships") are no counts."""
    cardinals, _, percent = _numbers()
    stop = stopwords()
    out: list[tuple[str, tuple[str, ...], str]] = []
    for m in _counted_re().finditer(text):
        raw = m.group(1)
        low = raw.casefold().replace(",", "")
        if low.isdigit():
            if len(low) == 4 and 1800 <= int(low) <= 2100 and "," not in raw:
                continue  # a year
            value = str(int(low))
        elif low in cardinals and low not in ("hundred", "thousand"):
            value = str(cardinals[low])
        elif (joined := compound_value(low)) is not None:
            value = str(joined)
        else:
            continue
        if in_name(text, m.start(1), m.end(1)):
            continue
        after = text[m.end() : m.end() + 60]
        stop_at = re.search(r"[.;:,()\"“”]", after)
        tail = TOKEN_RE.findall(after[: stop_at.start()] if stop_at else after)
        if not tail or tail[0].casefold() in MONTHS or tail[0].casefold() in percent or tail[0] in ("per", "th"):
            continue
        before_word = TOKEN_RE.findall(text[max(0, m.start() - 12) : m.start()])
        if low.isdigit() and before_word and before_word[-1].casefold() in MONTHS and int(low) <= 31:
            continue  # a day after its month ("the March 23 incident")
        if _not_counted(before_word, low.isdigit()):
            continue  # a hull or flight number ("the coast guard ship 5901")
        partitive = _partitive(tail, value, cardinals)
        if partitive:
            tail = tail[2:]  # "six of its sailors": the sailors are counted
        elif tail[0].casefold() in stop or tail[0].casefold() in ("another", "side", "sides"):
            continue  # "one of the ships", "three of them", "one another": no thing counted
        head = [t for t in tail[: THING_WORDS + 2] if t.casefold() not in MONTHS and not t.isdigit()]
        things = tuple(t for t in content_words(" ".join(head))[:THING_WORDS] if t not in stop)
        if not things:
            continue
        # The verb before the number says what happened to the things ("injuring three crew").
        hedge = _qualifier_re().search(text[max(0, m.start() - QUALIFIER_REACH) : m.start()])
        qualifier = hedge.group(1).split() if hedge else []
        before = TOKEN_RE.findall(text[max(0, m.start() - 30) : m.start()])
        # A hedged figure takes no verb: "flew about 50 minutes" / "flew 950 km" count no one thing.
        verb = content_words(before[-1]) if before and before[-1].casefold() not in stop and not hedge else ()
        shown_words: list[str] = []
        for k, word in enumerate(tail[:3]):  # the counted thing as written, up to the first function word
            if word.casefold() in stop:
                # "300 drones and missiles": a total of two kinds, shown whole (joined_count tells it).
                after_and = tail[k + 1] if k + 1 < len(tail) else ""
                # Session 27 (pstatus27): "4,000 Ethiopian troops and forces of the transitional government" counts the
                # troops; the forces named by their owner ("of the", "of its") are another party's, no part of a total
                # ("300 drones and missiles of various types" stays one).
                owned = k + 3 < len(tail) and tail[k + 2].casefold() == "of" and tail[k + 3].casefold() in \
                    _count_data()["partitive"]["determiners"]
                if (shown_words and word.casefold() in ("and", "or") and after_and and not owned
                        and after_and.casefold() not in stop and after_and.casefold() not in cardinals
                        and after_and.endswith("s") and not after_and.endswith("ss")):  # things, not a verb
                    shown_words += [word, after_and]
                break
            shown_words.append(word)
        shown = " ".join([*qualifier, raw, *partitive, *shown_words])
        out.append((value, tuple(dict.fromkeys(things + verb)), shown))
    return tuple(out)


def _not_counted(before: list[str], digits: bool) -> bool:
    """Digits after what they number (counts.toml [not_counts]: "the coast guard ship 5901", "flight 752"): a name,
    no count."""
    return digits and bool(before) and before[-1].casefold() in _count_data()["not_counts"]["numbered"]


def _partitive(tail: list[str], value: str, cardinals: dict[str, int]) -> list[str]:
    """The words "of its" when tail reads "of its <noun>" after a number above one ("six of its sailors"),
    else none: "one of the ships" singles one out, "two of the three" counts the three."""
    if value == "1" or len(tail) < 3 or tail[0].casefold() != "of":
        return []
    det, noun = tail[1].casefold(), tail[2].casefold()
    if det not in _count_data()["partitive"]["determiners"] or noun in stopwords() or noun in cardinals \
            or noun.isdigit():
        return []
    return tail[:2]


QUALIFIER_REACH = 24  # characters before a number searched for its qualifier ("in excess of ")


@cache
def _count_data() -> dict[str, Any]:
    return load("counts")


@cache
def _count_thing_groups() -> dict[str, str]:
    """Content word -> its group's name, for the words counts.toml [things] lists as one kind of counted thing."""
    return {w: name for name, forms in _count_data()["things"].items() for form in forms for w in content_words(form)}


def count_things(things: tuple[str, ...]) -> frozenset[str]:
    """A counted thing's words with each of one kind read as its group ([things]): "troops" and "soldiers" alike."""
    groups = _count_thing_groups()
    return frozenset(groups.get(w, w) for w in things)


@cache
def _qualifier_re() -> re.Pattern[str]:
    forms = sorted(_count_data()["hedges"]["names"], key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")\s+$", re.IGNORECASE)


def _hedge_words(words: list[str]) -> int:
    """How many leading words of a shown count are its hedge ("at least 20 soldiers": 2)."""
    hedges = _count_data()["hedges"]["names"]
    for k in range(min(len(words) - 1, 4), 0, -1):  # the longest hedge first ("just under" before "under")
        if " ".join(words[:k]).casefold() in hedges:
            return k
    return 0


def counted_words(shown: str) -> list[str]:
    """The words after the number of a shown count, past its hedge and a partitive "of its"."""
    words = shown.split()
    rest = words[_hedge_words(words) + 1 :]
    if len(rest) > 1 and rest[0].casefold() == "of" and rest[1].casefold() in _count_data()["partitive"]["determiners"]:
        rest = rest[2:]
    return rest


def joined_count(shown: str) -> bool:
    """A count of two kinds joined ("300 drones and missiles", as counts_in shows it): a total, never
    compared with a count of one of its parts ("170 drones")."""
    return " and " in shown or " or " in shown


def clear_caches() -> None:
    """Empty the per-text caches (tokens, content words, counts): a large record fills them with
    its sentences, which later stages never look up again."""
    for fn in (_found_cached, normal_tokens, content_words, counts_in, stem, without_settings):
        fn.cache_clear()
