"""The timeline stage's word lists, loaded once from timeline/data/*.toml, as named compiled patterns."""

from __future__ import annotations

import functools
import re
import string
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from excerpt.letters import LETTER, LOWER, UPPER
from timeline.firstchars import first_letters, guard
from timeline.wordindex import Span, Words

DATA_DIR = Path(__file__).with_name("data")


def _load(name: str) -> dict[str, Any]:
    with (DATA_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _trie(words: list[str], after_first: str = "") -> str:
    """A regex alternation of literal words as a prefix tree, so matching branches per character
    instead of trying hundreds of alternatives at every position (the speed target needs it);
    after_first goes right after each word's first character (a lookbehind there)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        glue = after_first if node is root else ""
        branches = [re.escape(ch) + glue + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longest match first: optional tail is greedy, so "North Korea" wins over "North".
        return f"(?:{body})?" if ends else body

    return emit(root)


@functools.cache
def _trie_of(words: tuple[str, ...]) -> str:
    """_trie of sorted unique words, built once per list (patterns reuse the ship and unit lists)."""
    return "(?:" + _trie(list(words)) + ")"


def literal_alt(words: Iterable[str], spaced: bool = False) -> str:
    """One regex alternation of literal words, longest first (a longer word wins over its prefix); spaced: a space in a
    word matches any run of white space (a phrase broken over a line)."""
    escaped = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaced else "|".join(escaped)


def spaced_alt(words: Iterable[str]) -> str:
    """literal_alt with a space matching any run of white space."""
    return literal_alt(words, spaced=True)


def _alternation(words: list[str], escape: bool = True) -> str:
    """One regex alternation of the words (a prefix tree when literal)."""
    if escape:
        return _trie_of(tuple(sorted(set(words))))
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(items)


_QUANTIFIERS = frozenset("?*+{")


def _top_level_bar(item: str) -> bool:
    """True when a regex item holds a "|" outside any group or class (it is then two items, not one)."""
    depth, i, in_class = 0, 0, False
    while i < len(item):
        c = item[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if item[i + 1:i + 2] != "]" else 2  # "[]...]": a "]" first is a member
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def first_char_alternation(items: list[str]) -> str:
    """Case-sensitive regex items, in the order given, as one alternation grouped by first character ("a(?:x|y)|b(?:z)"):
    the engine tries one group at a position, not each item (a flat list of hundreds was tried item by item: 2-3x
    slower). The same matches: items of different first characters never match at one position, and each group keeps
    its items' order. The plain alternation when an item starts with no literal letter or digit."""
    groups: dict[str, list[str]] = {}
    for item in items:
        first = item[:1]
        if not (first.isascii() and first.isalnum()) or item[1:2] in _QUANTIFIERS or _top_level_bar(item):
            return "|".join(items)
        groups.setdefault(first, []).append(item[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _word_re(words: list[str], flags: int = 0) -> re.Pattern[str]:
    """Whole-word matcher for phrases that may end in a dot ("U.S.") or start with one ("'ll")."""
    return re.compile(rf"(?<![\w.\-]){'(?:' + _alternation(words) + ')'}(?![\w\-]|\.\w)", flags)


# Case-insensitive word lists run on an ASCII-lowercased copy of the text (same length, so same
# offsets) with case-sensitive patterns: Python's re is several times slower under IGNORECASE.
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def lowered(text: str) -> str:
    """The text with ASCII letters lowercased and every offset unchanged."""
    return text.translate(ASCII_LOWER)


def _lower_pattern(pattern: str) -> str:
    """A regex lowercased outside its escapes (so "\\b" stays a word boundary)."""
    return re.sub(r"(\\.)|([A-Z]+)", lambda m: m.group(1) or m.group(2).lower(), pattern)


def _lower_word_re(words: list[str]) -> re.Pattern[str]:
    return _word_re(sorted({w.lower() for w in words}))


_ALIASES = _load("aliases")
_ROLES = _load("roles")
_SPEECH = _load("speech")
_MILITARY = _load("military")
_TRIGGERS = _load("triggers")

# --- entities (aliases.toml) -------------------------------------------------------------
# Session 17: a state's name in copy written before a day is its predecessor's (aliases.toml [eras]): name -> (the
# predecessor's name, the first day the name is the state's own).
ERAS: dict[str, tuple[str, str]] = {k: (v["name"], v["until"]) for k, v in _ALIASES.get("eras", {}).items()}
# surface form -> (canonical name, how it names the entity: name | seat | demonym | region)
ENTITY_FORMS: dict[str, tuple[str, str]] = {}
ENTITY_KINDS: dict[str, str] = {}
for _ent in _ALIASES["entity"]:
    ENTITY_KINDS[_ent["name"]] = _ent.get("kind", "country")
    for _form in [_ent["name"], *_ent.get("aliases", [])]:
        ENTITY_FORMS.setdefault(_form, (_ent["name"], "name"))
    for _form in _ent.get("seats", []):
        ENTITY_FORMS.setdefault(_form, (_ent["name"], "seat"))
    for _form in _ent.get("demonyms", []):
        ENTITY_FORMS.setdefault(_form, (_ent["name"], "demonym"))
for _region, _forms in _ALIASES.get("regions", {}).items():
    for _form in [_region, *_forms]:
        ENTITY_FORMS.setdefault(_form, (_region, "region"))
# "the North" / "the South" (aliases.toml open_forms) are the state only with no capitalised word after them:
# "the North Pole" and "the South China Sea" are places, not North or South Korea.
_OPEN_FORMS = [f for f in _ALIASES.get("open_forms", []) if f in ENTITY_FORMS]
# "the National Security Council", "Algeria's High Security Council": a state's own council, not the UN's (aliases.toml
# qualified_forms, session 16): such an alias after a capitalised word other than "The" names no entity.
QUALIFIED_FORMS = frozenset(f for f in _ALIASES.get("qualified_forms", []) if f in ENTITY_FORMS)
QUALIFIER_BEFORE_RE = re.compile(r"\b(?!The\b|UN\b)[A-Z][a-z]+(?:['’]s)?\s+$")  # session 18: "the General People's Congress"
ENTITY_RE = re.compile(
    rf"(?<![\w.\-])(?:{_alternation([f for f in ENTITY_FORMS if f not in _OPEN_FORMS])}"
    + (rf"|(?:{_alternation(_OPEN_FORMS)})(?!\s+[{UPPER}])" if _OPEN_FORMS else "")
    + r")(?![\w\-]|\.\w)")


def entity_named_in(text: str) -> str | None:
    """The canonical name of the first entity a text names ("Russian Foreign Minister" -> "Russia"), else None."""
    found = ENTITY_RE.search(text)
    return ENTITY_FORMS[found.group(0)][0] if found is not None and found.group(0) in ENTITY_FORMS else None


# Canonical country -> the adjective a role uses ("Russia's Deputy Foreign Minister" -> "Russian ...").
DEMONYM_OF: dict[str, str] = {}
for _ent in _ALIASES["entity"]:
    _adjs = [d for d in _ent.get("demonyms", []) if not d.endswith("s") or d.endswith("ese")]
    if _adjs:
        DEMONYM_OF[_ent["name"]] = _adjs[0]

# --- roles (roles.toml) ------------------------------------------------------------------
ROLE_HEADS: list[str] = _ROLES["heads"]
ROLE_MODIFIERS: list[str] = _ROLES["modifiers"]
TITLE_ABBREVIATIONS: dict[str, str] = _ROLES["abbreviations"]
HONORIFICS: list[str] = _ROLES["honorifics"]["words"]
ROLE_REFERENCES: list[str] = _ROLES["references"]["words"]
COMMANDER_RANKS: frozenset[str] = frozenset(_ROLES["references"].get("commander_ranks", []))  # "the commander" (session 13)
# "the Head of State noted": an office named by what it is, and the titles of its holders (session 17)
OFFICE_TITLES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _ROLES["references"].get("offices", {}).items()}
BODY_NOUNS: list[str] = _ROLES["bodies"]["nouns"]
BODY_NAMES: list[str] = _ROLES["bodies"]["names"]
BODY_REFERENCES: list[str] = _ROLES["bodies"]["references"]

_HEAD_ALT = _alternation(ROLE_HEADS + list(TITLE_ABBREVIATIONS))
# "Supreme Leader Ayatollah Ali Khamenei": a second title word at the front of the name is role, not name.
LEADING_HEAD_RE = re.compile(rf"(?:{_alternation([h for h in ROLE_HEADS if h[:1].isupper()])})\s+(?=[{UPPER}])")
_MOD_ALT = _alternation(ROLE_MODIFIERS)
_ENTITY_ALT = _alternation(list(ENTITY_FORMS))
# "Saudi-led", "Iranian-backed": a country joined to a participle (roles.toml [compounds]).
COMPOUND_LEADS: frozenset[str] = frozenset(_ROLES["compounds"]["leads"])
COMPOUND_RE = re.compile(
    rf"(?<![\w.\-])(?P<ent>{_ENTITY_ALT})-(?P<how>{_alternation(_ROLES['compounds']['leads'] + _ROLES['compounds']['backs'])})\b")
# Session 27 (speak27): a state's formal style around its name in a title ("President of the Kyrgyz Republic Askar
# Akayev", "President of the Republic of Kazakhstan X"), as state agencies write it (roles.toml [references] state_styles).
_STATE_STYLE = _alternation(_ROLES["references"].get("state_styles", []))
# A title before a name: "[Russia's|Russian|U.S.] [UN] [Deputy Foreign] Minister [to the UN]".
TITLE_RE = re.compile(
    rf"(?:(?:{_ENTITY_ALT})(?:'s|’s)?\s+)?(?:(?:{_ENTITY_ALT})\s+)?"
    rf"(?:(?:{_MOD_ALT})[\s-]+){{0,3}}(?:{_HEAD_ALT})(?:\s+(?:to|of|for)\s+(?:the\s+)?(?:{_STATE_STYLE}\s+of\s+(?:the\s+)?)?"
    rf"(?:{_ENTITY_ALT})(?:\s+{_STATE_STYLE})?)?"
)
# One token of a personal name ("Sergei", "Jong-un", "O'Brien", "J."), and particles inside names.
# (The capital is factored out in front so the regex engine can skip fast to capitals.)
NAME_TOKEN = rf"[{UPPER}](?:[{LOWER}]{{0,2}}[{UPPER}][{LOWER}]+|[{LOWER}]+(?:[-'’][{LETTER}][{LOWER}]+)*|\.|[{LOWER}]*[{UPPER}][{LOWER}]+)"  # McCarthy, DeSantis first
NAME_PARTICLE = r"(?:bin|al-|de|van|von|der|da|di|del|la|le|ibn|el-)"
NAME = rf"{NAME_TOKEN}(?:\s+(?:{NAME_PARTICLE}\s+)?{NAME_TOKEN}){{0,3}}"
# "\b(?=[A-Za-z])" first lets the engine skip most positions fast (10x on long bodies); narrowed to the
# letters a title can start with, most lowercase words are passed over at once (the same matches).
_TITLE_FIRST = first_letters(TITLE_RE.pattern) or "[A-Za-z]"
TITLED_NAME_RE = re.compile(rf"\b(?={_TITLE_FIRST})(?P<title>{TITLE_RE.pattern})\s+(?P<name>{NAME})")
HONORIFIC_NAME_RE = re.compile(rf"(?<!\w)(?:{_alternation(HONORIFICS)})\s+(?P<name>{NAME})")
# The boundary is checked after the capital ("(?<![\w.'’-].)": the character before it), not before:
# a pattern that starts with a character class lets the engine skip to capitals in C (the same matches).
BARE_NAME_RE = re.compile(rf"(?P<name>[{UPPER}](?<![\w.'’-].){NAME[len(f'[{UPPER}]'):]})")
ROLE_REFERENCE_RE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|(?P<indef>[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}?)\s*(?P<head>{_alternation(ROLE_REFERENCES)})\b(?!-)")
# "<country> [one word] <body noun>" ("China's coast guard") or a body's own name ("Foreign Ministry").
_BODY_FIRST = first_letters(rf"{_ENTITY_ALT}|{_alternation(BODY_NAMES)}") or "[A-Za-z]"  # as for TITLED_NAME_RE
BODY_RE = re.compile(
    rf"\b(?={_BODY_FIRST})(?:(?P<ent>{_ENTITY_ALT})(?:'s|’s)?\s+(?:(?P<mod>[A-Za-z-]+)\s+)??"
    rf"(?P<noun>(?i:{_alternation([n.lower() for n in BODY_NOUNS])}))"
    rf"(?:\s+of\s+(?:the\s+)?[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)?"
    # "the US Navy's Seventh Fleet": a named unit of the body is still the country's.
    rf"(?:['’]s\s+(?:[{UPPER}][\w-]*\s+){{1,3}}(?:{_alternation(_ROLES['bodies']['org_words'])}))?"
    rf"|(?P<name>{_alternation(BODY_NAMES)}))"
    rf"(?:\s+(?i:{_alternation(_ROLES['bodies']['speakers'])}))?\b"
)
ORG_WORDS: list[str] = _ROLES["bodies"]["org_words"]
# An organisation's own capitalised name, with "of/for the ..." after it.
# Session 17: the "of" part may list portfolios closed by "and" ("the Ministry of Economy, Trade and Industry", "of
# Agriculture and Fisheries"), never running on into a state's name ("the Ministry of Defence and Russia") nor into an
# apposed name ("the Atomic Energy Organization of Iran, Ali Akbar Salehi, said").
ORG_NAME_RE = re.compile(
    rf"\b(?:[{UPPER}][\w’'-]+\s+(?:and\s+)?){{1,4}}(?:{_alternation(ORG_WORDS)})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}"
    rf"(?:(?:,\s+(?!(?:{_ENTITY_ALT})\b)[{UPPER}][\w’'-]*){{0,3}}\s+and\s+(?!(?:{_ENTITY_ALT})\b)[{UPPER}][\w’'-]*"
    rf"(?:\s+[{UPPER}][\w’'-]*)?)?)?\b"
)
# "its military", "their navy": a body of the last country or organisation named; session 26 (speak26): its title in
# capitals too ("its High Commissioner in Lagos said", "its Foreign Minister told").
POSSESSIVE_NOUNS: list[str] = [n for n in BODY_NOUNS if n.islower()] + [n.title() for n in BODY_NOUNS if n.islower()]
POSSESSIVE_BODY_RE = re.compile(
    rf"\b(?:(?P<person>[Hh]is|[Hh]er)\s+(?P<pnoun>{_alternation(_ROLES['bodies']['personal'])})"
    rf"|(?:[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?P<noun>{_alternation(POSSESSIVE_NOUNS)}))\b")
# Bodies named alone that belong to a government ("the Defense Ministry" = the last country's).
GOVERNMENT_BODIES: frozenset[str] = frozenset(_ROLES["bodies"]["government_names"])
BODY_REFERENCE_RE = re.compile(rf"\b[Tt]he\s+(?P<head>(?i:{_alternation(BODY_REFERENCES)}))\b")
_STATE_HEAD_ALT = _alternation(_ROLES["bodies"]["state_heads"])
STATE_BODY_RE = re.compile(
    rf"\b[Tt]he\s+(?P<role>(?:{_STATE_HEAD_ALT})\s+of\s+(?:the\s+)?[{UPPER}][\w-]+(?:\s+(?:and\s+)?[{UPPER}][\w-]+){{0,3}}"
    rf"|(?:[{UPPER}][\w-]+\s+){{1,3}}(?:{_STATE_HEAD_ALT}))\b")
# "the Hamas movement", "Ansar Allah fighters": a group's own name and the head word after it.
ENTITY_HEAD_RE = re.compile(rf"\s+{_alternation([w for w in BODY_REFERENCES if w.islower()])}\b")
# "the military's media wing", "the army's spokesman": a body of the one just named, not a document.
OWNED_BODY_RE = re.compile(rf"['’]s\s+{_alternation([n for n in BODY_NOUNS if n.islower()])}\b")
# "the four countries' defence chiefs": a group speaking for the countries listed before it.
GROUP_REFERENCE_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|all)\s+)"
    rf"(?:{_alternation(_ROLES['groups']['members'])})['’]\s+(?P<head>{_alternation(_ROLES['groups']['heads'])})\b")

# --- speech (speech.toml) ----------------------------------------------------------------
REFUSAL_VERBS: frozenset[str] = frozenset(_SPEECH["refusal_verbs"]) - {"comment", "commented on"}
REPORTING_VERBS: list[str] = _SPEECH["reporting_verbs"] + _SPEECH["spin_reporting_verbs"] + _SPEECH["refusal_verbs"]
SETTING_RE = _lower_word_re(_SPEECH["settings"])  # run on lowered(text)
REPORTING_VERB_RE = _word_re(REPORTING_VERBS)
CONTINUATION_VERBS: frozenset[str] = frozenset(_SPEECH["continuation_verbs"])
CLAUSE_SPEECH_VERBS: frozenset[str] = frozenset(_SPEECH["clause_verbs"])
OBJECT_CLAUSE_VERBS: frozenset[str] = frozenset(_SPEECH["object_clause_verbs"])
MODALITY_WORDS: frozenset[str] = frozenset(w for ws in _SPEECH["modality"].values() for w in ws if " " not in w)
PASSIVE_AGENT_VERBS: frozenset[str] = frozenset(_SPEECH["passive_agent_verbs"])
DENIAL_VERBS: frozenset[str] = frozenset(_SPEECH["denial_verbs"])
DOCUMENT_WORDS_RE = _word_re(_SPEECH["document_words"])
PERSON_PRONOUNS: frozenset[str] = frozenset(_SPEECH["pronouns"]["person"])
BODY_PRONOUNS: frozenset[str] = frozenset(_SPEECH["pronouns"]["body"])
PRONOUN_RE = _word_re(sorted(PERSON_PRONOUNS | BODY_PRONOUNS))
# Run on lowered(text).
MODALITY_RES: dict[str, re.Pattern[str]] = {
    name: _lower_word_re(words) for name, words in _SPEECH["modality"].items()
}
FUTURE_RE = _lower_word_re(_SPEECH["tense"]["future"])
SUPERSEDED_RE = _lower_word_re(_SPEECH["superseded"])  # run on lowered(text)
PRESENT_RE = _word_re(_SPEECH["tense"]["present"])
PORTFOLIO_WORDS: frozenset[str] = frozenset(_SPEECH["not_names"].get("portfolios", []))  # session 17
NOT_NAMES: list[str] = _SPEECH["not_names"]["words"] + sorted(PORTFOLIO_WORDS)
NAME_DATE_WORDS: frozenset[str] = frozenset(_SPEECH["not_names"]["surnames"])
# A body role that is a person speaking for it ("military spokesman", "top diplomat").
SPOKESPERSON_RE = _word_re(_ROLES["bodies"]["speakers"] + ["diplomat", "envoy", "spokesman", "spokeswoman", "spokesperson"])
AGENCY_FORMS: dict[str, str] = {
    form: name for name, forms in _SPEECH["agencies"].items() for form in [name, *forms]
}
AGENCY_RE = _word_re(list(AGENCY_FORMS))

# --- military (military.toml) ------------------------------------------------------------
SHIP_PREFIXES: dict[str, str] = _MILITARY["ship_prefixes"]
SHIP_TYPES: list[str] = _MILITARY["ship_types"]
MISSILES: list[str] = _MILITARY["weapons"]  # what a missile test can fire
WEAPONS: list[str] = MISSILES + _MILITARY["aircraft"]
UNITS: list[str] = _MILITARY["units"]
AIRCRAFT: list[str] = _MILITARY["aircraft"]
MILITARY_SUBJECT_ACTS: dict[str, list[str]] = _MILITARY.get("subject_acts", {})  # attributes.military_subject
FORCES_MOVED: dict[str, list[str]] = _MILITARY.get("forces_moved", {})  # attributes.forces_moved
# The leading boundary is checked after the prefix's first capital (no word character before it), so
# the engine skips to those capitals in C instead of trying every word start (the same matches).
_NO_WORD_BEFORE_FIRST = r"(?<!\w.)"
SHIP_NAME_RE = re.compile(
    rf"(?P<prefix>(?:{_trie(sorted(set(SHIP_PREFIXES)), after_first=_NO_WORD_BEFORE_FIRST)}))\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,2}})"
)
SHIP_TYPE_RE = _lower_word_re(SHIP_TYPES)  # run on lowered(text)
# "the frigate Admiral Gorshkov": a ship type right before a titled name makes it the ship's name.
SHIP_TYPE_BEFORE_RE = re.compile(rf"\b(?:{_alternation(SHIP_TYPES)})\s+$", re.IGNORECASE)
WEAPON_ALT = "|".join(sorted(WEAPONS, key=lambda w: (-len(w), w)))
MISSILE_ALT = "|".join(sorted(MISSILES, key=lambda w: (-len(w), w)))
WEAPON_RE = re.compile(rf"(?<![\w-])(?:{first_char_alternation(sorted(WEAPONS, key=lambda w: (-len(w), w)))})(?![\w-])")
UNIT_ALT = _alternation(UNITS)
UNIT_RE = _word_re(UNITS)

# --- event triggers (triggers.toml) ------------------------------------------------------


def _first_char_guard(items: list[str]) -> str:
    """A lookahead for the first characters of regex items that each start with a literal character:
    the same matches, but a position no item can start at is left before trying them all."""
    firsts = {item[0] for item in items}
    if not items or any(not c.isalnum() for c in firsts):
        return ""
    return "(?=[" + "".join(sorted(firsts | {c.lower() for c in firsts})) + "])"


def _expand(pattern: str) -> str:
    ship = f"(?:{_alternation(SHIP_TYPES)}|{SHIP_NAME_RE.pattern})"
    weapon = f"(?:{_first_char_guard(WEAPONS)}(?:{WEAPON_ALT}))"
    missile = f"(?:{_first_char_guard(MISSILES)}(?:{MISSILE_ALT}))"
    return pattern.replace("{weapon}", weapon).replace("{missile}", missile).replace("{ship}", ship).replace(
        "{unit}", f"(?:{UNIT_ALT})")


# Lookbehind assertions (no nested groups) then a word boundary, at the start of a trigger pattern.
_LEADING_BOUNDARY_RE = re.compile(r"((?:\(\?<!(?:[^()\\]|\\.)*\))*)\\b")


def _one_boundary(patterns: list[str]) -> str:
    """The patterns as one alternation. When each starts with a word boundary (perhaps after
    lookbehinds, which commute with it), the boundary is tested once before the branches: the same
    matches, but mid-word positions fail at once instead of entering every branch (several times faster)."""
    heads = [_LEADING_BOUNDARY_RE.match(p) for p in patterns]
    if not all(heads):
        return "|".join(f"(?:{p})" for p in patterns)
    return r"\b(?:" + "|".join(f"(?:{h.group(1)}{p[h.end():]})" for h, p in zip(heads, patterns, strict=True) if h) + ")"


def _guarded(pattern: str) -> str:
    """The pattern with a lookahead of the first characters its matches start with, after its leading
    word boundary: most words then fail in one small prefix tree, not in each branch (the same matches)."""
    first = guard(pattern)
    if first is None:
        return pattern
    return "\\b" + first + pattern[2:] if pattern.startswith("\\b") else first + pattern


def _kind_patterns(table: dict[str, list[str]], guarded: bool = True) -> dict[str, re.Pattern[str]]:
    out = {}
    for kind, patterns in table.items():
        alts = _lower_pattern(_one_boundary([_expand(p) for p in patterns]))
        out[kind] = re.compile(_guarded(alts) if guarded else alts)  # run on lowered(text)
    return out


TRIGGERS: dict[str, re.Pattern[str]] = _kind_patterns(_TRIGGERS["kinds"])
NOMINAL_TRIGGERS: dict[str, re.Pattern[str]] = _kind_patterns(_TRIGGERS.get("nominal", {}))
# Visits: a meeting only when its actor is a person (triggers.toml [visits]).
VISIT_TRIGGERS: dict[str, re.Pattern[str]] = _kind_patterns(_TRIGGERS.get("visits", {}))
# Generic act verbs, tried last and only in a clause no kind above took (triggers.toml [fallback]).
FALLBACK_TRIGGERS: dict[str, re.Pattern[str]] = _kind_patterns(_TRIGGERS.get("fallback", {}))


def _literal_start(pattern: str) -> str:
    """The literal text a regex fragment starts with, lowercased ("Hwasong-\\d+" -> "hwasong-")."""
    m = re.match(r"[A-Za-z0-9' -]+", pattern)
    lit = m.group(0) if m else ""
    # A trailing character made optional ("ICBMs?") or repeated is not part of the literal start.
    if len(lit) < len(pattern) and pattern[len(lit)] in "?*{" and lit:
        lit = lit[:-1]
    return lit.lower()


def _gate_words(words: list[str]) -> tuple[str, ...]:
    expanded: list[str] = []
    for w in words:
        if w == "{weapon}":
            expanded += [_literal_start(p) for p in WEAPONS]
        elif w == "{missile}":
            expanded += [_literal_start(p) for p in MISSILES]
        elif w == "{ship}":
            expanded += [t.lower() for t in SHIP_TYPES] + [p.lower() + " " for p in SHIP_PREFIXES]
        elif w == "{unit}":
            expanded += [u.lower() for u in UNITS]
        else:
            expanded.append(w.lower())
    return tuple(sorted({w for w in expanded if w}))


# kind -> substrings, one of which every match of the kind contains (see triggers.toml [gates]).
GATES: dict[str, tuple[str, ...]] = {kind: _gate_words(words) for kind, words in _TRIGGERS["gates"].items()}
# The same as one prefix-tree regex per kind, run on lowered(text): far cheaper than many `in` tests.
GATE_RES: dict[str, re.Pattern[str]] = {kind: re.compile(_alternation(list(words))) for kind, words in GATES.items()}
# Every gate word of every kind as one search, repeated from each hit's start + 1: it meets every
# position a gate word starts at, with the longest word there (all shorter ones are its prefixes). The
# words start with letters, so the engine skips to them (a zero-width lookahead scan tried every position).
GATE_FIND_RE = re.compile(_alternation([w for ws in GATES.values() for w in ws]))
_GATE_KINDS: dict[str, frozenset[str]] = {}


# gate word -> the kinds whose gate lists it: a word's kinds are read from its own prefixes (a few lookups), not
# found by trying every gate word of every kind (a worker met each new word at ~0.2 ms; session 11).
_KINDS_OF_WORD: dict[str, set[str]] = {}
for _kind, _words in GATES.items():
    for _w in _words:
        _KINDS_OF_WORD.setdefault(_w, set()).add(_kind)


def _prefixes(word: str) -> Iterator[str]:
    """The word's non-empty prefixes, longest first."""
    return (word[:n] for n in range(len(word), 0, -1))


def gate_kinds(word: str) -> frozenset[str]:
    """The kinds whose gate holds a prefix of this longest gate word (cached)."""
    kinds = _GATE_KINDS.get(word)
    if kinds is None:
        kinds = _GATE_KINDS[word] = frozenset(k for p in _prefixes(word) for k in _KINDS_OF_WORD.get(p, ()))
    return kinds


def gate_hits(lower: str) -> tuple[list[int], list[tuple[int, frozenset[str]]]]:
    """(starts, [(end, kinds)]) of every gate word in a lowered body, in text order."""
    starts: list[int] = []
    rest: list[tuple[int, frozenset[str]]] = []
    pos = 0
    while (m := GATE_FIND_RE.search(lower, pos)) is not None:
        pos = m.start()
        starts.append(pos)
        rest.append((m.end(), gate_kinds(m.group(0))))
        pos += 1
    return starts, rest
CLAUSE_VERBS: frozenset[str] = frozenset(_TRIGGERS["clauses"]["verbs"])
# An act's irregular past right after a relative aside is the main clause's verb (session 14; attributes.relative_holes).
AFTER_RELATIVE_VERBS: frozenset[str] = frozenset(_TRIGGERS["clauses"].get("after_relative", ()))
SHIP_REQUIRED: bool = bool(_TRIGGERS["ship_movement"]["requires_ship"])
NUMBER_WORDS: list[str] = _TRIGGERS["numbers"]["words"]
COUNT_RE = re.compile(  # run on lowered(text)
    rf"(?<![\w.,-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s?(?:percent|per cent|%))?(?![\w-])"
    rf"|\b(?:{_alternation([w.lower() for w in NUMBER_WORDS])})\b"
)


# --- scanning a whole body fast ------------------------------------------------------------
LOOKBEHINDS = (r"(?<![\w.\-])", r"(?<![\w.'’-])", r"(?<!\w)")
# A leading \b is dropped only where a character class or the ship-prefix list follows: then the
# engine skips to those characters (elsewhere dropping it only makes it try mid-word positions).
FAST_AFTER_BOUNDARY = ("[", "(?P<prefix>")


def _fast(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its leading lookbehind: the engine can then skip to the characters a match
    may start with (a lookbehind first makes it try every position)."""
    for lb in LOOKBEHINDS:
        if pattern.pattern.startswith(lb):
            return re.compile(pattern.pattern[len(lb):], pattern.flags)
    if pattern.pattern.startswith("\\b") and pattern.pattern[2:].startswith(FAST_AFTER_BOUNDARY):
        return re.compile(pattern.pattern[2:], pattern.flags)
    return None


_FAST: dict[str, re.Pattern[str] | None] = {}
# Patterns scanned with plain finditer: their fast form proposes a start at nearly every match only for the pattern to
# match there again (ENTITY_RE: ~58 matches a body, 2.4x slower than finditer alone; measured in session 16).
PLAIN_SCANS = frozenset({"ENTITY_RE"})
# Words every match of a pattern holds: a body without one has no match, and is not scanned at all.
PREFILTERS: dict[str, re.Pattern[str]] = {
    "TITLED_NAME_RE": re.compile(rf"(?:{_HEAD_ALT})\s"),  # the title's head, then the name's space
    "ORG_NAME_RE": re.compile(_alternation(ORG_WORDS)),
}

# Fast forms written out where stripping a lookbehind is not enough: each alternative starts with a
# literal, so the engine skips to those letters instead of trying every word start. Each matches wherever
# its pattern does (the same words, without the leading and trailing boundaries): keep them in step.
_POSSESSIVE_PERSON = _alternation(_ROLES["bodies"]["personal"])
_POSSESSIVE_NOUN = _alternation(POSSESSIVE_NOUNS)
_ROLE_HEAD = _alternation(ROLE_REFERENCES)
FAST_FORMS: dict[str, re.Pattern[str]] = {
    "POSSESSIVE_BODY_RE": re.compile("|".join(
        [rf"{w}\s+(?:{_POSSESSIVE_PERSON})" for w in ("His", "his", "Her", "her")]
        + [rf"{w}\s+(?:own\s+)?(?:{_POSSESSIVE_NOUN})" for w in ("Its", "its", "Their", "their")])),
    "ROLE_REFERENCE_RE": re.compile("|".join(
        [rf"{w}\s*(?:{_ROLE_HEAD})" for w in ("The", "the", "This", "this", "That", "that")]
        + [rf"{w}\s+(?:[a-z][\w-]*\s+){{0,2}}?\s*(?:{_ROLE_HEAD})" for w in ("A", "a", "An", "an")])),
}


def scan(name: str, text: str) -> list[re.Match[str]]:
    """Every match of the named pattern in text, exactly as finditer gives them, found faster: the
    fast form proposes a start, the pattern itself confirms it there (else the search goes on one on)."""
    exact: re.Pattern[str] = globals()[name]
    if name in PREFILTERS and PREFILTERS[name].search(text) is None:
        return []
    if name not in _FAST:
        _FAST[name] = None if name in PLAIN_SCANS else FAST_FORMS.get(name) or _fast(exact)
    fast = _FAST[name]
    if fast is None:
        return list(exact.finditer(text))
    out: list[re.Match[str]] = []
    pos = 0
    while (m := fast.search(text, pos)) is not None:
        em = exact.match(text, m.start())
        if em is not None:
            out.append(em)
            pos = em.end() if em.end() > em.start() else em.start() + 1
        else:
            pos = m.start() + 1
    return out


# --- added by the recall work (appended: loaders only) ---------------------------------------
# Heads of an organisation's own name that is no arm of a state (roles.toml [bodies] civic_words).
CIVIC_ORG_WORDS: frozenset[str] = frozenset(_ROLES["bodies"].get("civic_words", []))
# Spun reporting words that are speech only before a "that" clause (speech.toml spin_clause_only).
CLAUSE_ONLY_VERBS: frozenset[str] = frozenset(_SPEECH.get("clause_only", []))
MANDATIVE_VERBS: frozenset[str] = frozenset(_SPEECH.get("mandative", []))  # "demanded that France withdraw": no act
# Verbs that report a characterisation ("which X called ...") (speech.toml characterising).
CHARACTERISING_VERBS: frozenset[str] = frozenset(_SPEECH.get("characterising", []))
# Lead words of a national body's own name with no country in it (roles.toml [bodies] national_leads).
NATIONAL_LEADS: frozenset[str] = frozenset(_ROLES["bodies"].get("national_leads", []))
# Rarer acts, each run only on sentences holding one of its own gate words (triggers.toml [[rare]]).
# Each led by the lookahead of its first characters, as the kinds' triggers are (_guarded: the same matches; a rare
# pattern runs on every sentence holding a gate word, and most of its positions then fail at once: session 15).
RARE: list[tuple[str, re.Pattern[str]]] = [
    (r["kind"], re.compile(_guarded(_lower_pattern(_one_boundary([_expand(r["pattern"])])))))
    for r in _TRIGGERS.get("rare", [])]
_RARE_GATES: list[tuple[str, ...]] = [tuple(g.lower() for g in r["gates"]) for r in _TRIGGERS.get("rare", [])]
# Story words a rare pattern also needs somewhere in the excerpt ("conducted a sixth test" is nuclear only in a
# story about nuclear arms); none: any story.
_RARE_STORY: list[tuple[str, ...]] = [tuple(w.lower() for w in r.get("story", [])) for r in _TRIGGERS.get("rare", [])]
RARE_GATE_RE = re.compile(_alternation([g for gs in _RARE_GATES for g in gs])) if _RARE_GATES else None
_RARE_OF: dict[str, tuple[int, ...]] = {}


_IDS_OF_GATE: dict[str, set[int]] = {}  # rare gate word -> the ids of the rare patterns it gates
for _i, _gs in enumerate(_RARE_GATES):
    for _g in _gs:
        _IDS_OF_GATE.setdefault(_g, set()).add(_i)


def _rare_ids(word: str) -> tuple[int, ...]:
    """The rare patterns whose gate the longest gate word found holds (it holds every gate it starts with)."""
    ids = _RARE_OF.get(word)
    if ids is None:
        ids = _RARE_OF[word] = tuple(sorted({i for p in _prefixes(word) for i in _IDS_OF_GATE.get(p, ())}))
    return ids


def rare_hits(lower: str) -> tuple[list[int], list[tuple[int, tuple[int, ...]]]]:
    """(starts, [(end, pattern ids)]) of every rare gate word in a lowered body, in text order (once per body)."""
    starts: list[int] = []
    rest: list[tuple[int, tuple[int, ...]]] = []
    if RARE_GATE_RE is None:
        return starts, rest
    pos = 0
    while (m := RARE_GATE_RE.search(lower, pos)) is not None:
        starts.append(m.start())
        rest.append((m.end(), _rare_ids(m.group(0))))
        pos = m.start() + 1
    return starts, rest


def in_story(ids: set[int], lower: str) -> set[int]:
    """The ids whose story words (if any) occur in this lowered body."""
    # Each id's answer read once per body (asked per sentence, each asking scanned the whole body: quadratic
    # on one huge excerpt); the body is held, and compared by identity, until another one is asked about.
    # One tuple read and replaced whole, so a thread reading another body only loses the memo.
    global _STORY_SEEN
    held = _STORY_SEEN
    if held[0] is not lower:
        held = _STORY_SEEN = (lower, {})
    seen = held[1]
    for i in ids:
        if i not in seen:
            seen[i] = not _RARE_STORY[i] or any(w in lower for w in _RARE_STORY[i])
    return {i for i in ids if seen[i]}


_STORY_SEEN: tuple[str | None, dict[int, bool]] = (None, {})  # the last body in_story read, {rare id: its story words are in it}


def rare_patterns(ids: set[int]) -> dict[str, list[re.Pattern[str]]]:
    """kind -> the rare patterns of these ids, in table order."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for i in sorted(ids):
        out.setdefault(RARE[i][0], []).append(RARE[i][1])
    return out


# Gate words and rare gate words in one pass over a body (gate_hits and rare_hits each made one):
# at each position the search gives the longest word of either list, and the longest word of each
# list that starts there is a prefix of it, so both lists' hits follow from the one word.
_ANY_GATE_RE = re.compile(_alternation([w for ws in GATES.values() for w in ws] + [g for gs in _RARE_GATES for g in gs]))
_SPLIT: dict[str, tuple[tuple[int, frozenset[str]] | None, tuple[int, tuple[int, ...]] | None]] = {}


def _split(word: str) -> tuple[tuple[int, frozenset[str]] | None, tuple[int, tuple[int, ...]] | None]:
    """(length, kinds) of the longest gate word and (length, ids) of the longest rare gate word that
    the word starts with, each None when there is none (cached)."""
    got = _SPLIT.get(word)
    if got is None:
        gate = next((p for p in _prefixes(word) if p in _KINDS_OF_WORD), "")
        rare = next((p for p in _prefixes(word) if p in _IDS_OF_GATE), "")
        got = _SPLIT[word] = ((len(gate), gate_kinds(gate)) if gate else None,
                              (len(rare), _rare_ids(rare)) if rare else None)
    return got


# Session 21: the same words found in a body's one reading of its words (sentindex.KeyIndex, which this rides):
# every occurrence of every gate word, so the longest word starting at each offset is the one _ANY_GATE_RE gives there.
GATE_WORDS = Words()
for _g in sorted({w for ws in GATES.values() for w in ws} | {g for gs in _RARE_GATES for g in gs}):
    GATE_WORDS.add(_g, 1)


def all_hits(lower: str, found: list[Span] | None = None) -> tuple[tuple[list[int], list[tuple[int, frozenset[str]]]],
                                                                  tuple[list[int], list[tuple[int, tuple[int, ...]]]]]:
    """(gate_hits(lower), rare_hits(lower)), found in one pass; found: GATE_WORDS.spans(lower), when read already."""
    if found is not None and not GATE_WORDS.open:
        return _collect(_longest_found(lower, found))
    return _collect(_regex_found(lower))


def _regex_found(lower: str) -> Iterator[tuple[int, str]]:
    """(start, word) of _ANY_GATE_RE's match at every start where one begins."""
    pos = 0
    while (m := _ANY_GATE_RE.search(lower, pos)) is not None:
        pos = m.start()
        yield pos, m.group(0)
        pos += 1


def _longest_found(lower: str, found: list[Span]) -> Iterator[tuple[int, str]]:
    """(start, word) from every occurrence of a gate word in lower (sorted): at each start the longest word there."""
    k, n = 0, len(found)
    while k < n:
        pos, end, _ = found[k]
        k += 1
        while k < n and found[k][0] == pos:  # sorted by (start, end): the last at a start is the longest
            end = found[k][1]
            k += 1
        yield pos, lower[pos:end]


def _collect(words: Iterable[tuple[int, str]]) -> tuple[tuple[list[int], list[tuple[int, frozenset[str]]]],
                                                          tuple[list[int], list[tuple[int, tuple[int, ...]]]]]:
    """all_hits' two lists of (starts, rests) from the gate words found at their starts, in order."""
    gate_starts: list[int] = []
    gate_rest: list[tuple[int, frozenset[str]]] = []
    rare_starts: list[int] = []
    rare_rest: list[tuple[int, tuple[int, ...]]] = []
    for pos, word in words:
        gate, rare = _split(word)
        if gate is not None:
            gate_starts.append(pos)
            gate_rest.append((pos + gate[0], gate[1]))
        if rare is not None:
            rare_starts.append(pos)
            rare_rest.append((pos + rare[0], rare[1]))
    return (gate_starts, gate_rest), (rare_starts, rare_rest)

