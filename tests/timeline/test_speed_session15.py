"""Session 15 (speed): the required-words choice (sentindex) gives what the plain choice gave, for every gated pattern
and every [[rare]] trigger pattern; find_dates tries the grammar only before a window's last core word, with the same
mentions as the whole-window scan; extraction with the shortcuts equals the plain path."""

from __future__ import annotations

import re
from itertools import product
from re import _constants as C  # noqa: N812 - the stdlib's own parser and opcodes, as sentindex reads them
from re import _parser as P  # noqa: N812

import pytest

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actindex as X
from timeline import fastpath as FAST
from timeline import lexicon as L
from timeline import sentindex as S

DEV = ["tests/data/eval", "tests/data/gaps", "tests/data/dev11-acts", "tests/data/dev12-kinds", "tests/data/heldout13",
       "tests/data/excerpts"]


# --- the plain required-words choice (sentindex as it was in session 14), the reference for the faster one ----------
def _plain_rare(words: set[str]) -> bool:
    return not any(w in f for w in words for f in S.FREQUENT)


def _plain_better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (_plain_rare(a), min(map(len, a)), -len(a)) >= (_plain_rare(b), min(map(len, b)), -len(b)) else b


def _plain_required(items: list, limit: int) -> set[str] | None:  # noqa: C901 - the old function, kept whole
    best: set[str] | None = None
    exacts = [S._exact_item(op, av, limit) for op, av in items]
    for i in range(len(items)):
        run: set[str] | None = {""}
        for j in range(i, len(items)):
            if exacts[j] is None or run is None:
                break
            run = {a + b for a, b in product(run, exacts[j])}
            if len(run) > limit:
                break
            if "" not in run:
                best = _plain_better(best, run)
    for op, av in items:
        inner: set[str] | None = None
        if op is C.SUBPATTERN and not av[2] & re.IGNORECASE and not av[1] & re.IGNORECASE:
            inner = _plain_required(list(av[3]), limit)
        elif op is C.ATOMIC_GROUP:
            inner = _plain_required(list(av), limit)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _plain_required(list(av[2]), limit)
        elif op is C.BRANCH:
            union: set[str] | None = set()
            for branch in av[1]:
                one = _plain_required(list(branch), limit)
                if one is None or union is None:
                    union = None
                    break
                union |= one
            inner = union if union is not None and len(union) <= limit else None
        best = _plain_better(best, inner)
    return best


def _plain_words(pattern: re.Pattern[str], limit: int) -> tuple[str, ...] | None:
    if pattern.flags & re.IGNORECASE:
        return None
    found = _plain_required(list(P.parse(pattern.pattern, pattern.flags)), limit)
    if not found or min(map(len, found)) < S.MIN_LEN:
        return None
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


GATED = sorted({*S._BITS, *X._BITS, *(p for _, p in L.RARE)}, key=lambda p: p.pattern)


def test_every_kind_of_gated_pattern_is_compared() -> None:
    assert len(S._BITS) >= 8 and len(X._BITS) >= 15 and len(L.RARE) > 300


@pytest.mark.parametrize("limit", [S.MAX_SET, X.MAX_SET])
def test_required_words_as_the_plain_choice(limit: int) -> None:
    """Every gated pattern's required words (statement rules, act triggers, rare triggers) as the plain choice gives."""
    for p in GATED:
        S._WORDS.pop((p, limit), None)  # chosen again here, not remembered from import
        assert S.required_words(p, limit) == _plain_words(p, limit), p.pattern[:120]


@pytest.mark.parametrize(("words", "rare"), [
    ({"talks"}, True), ({"the"}, False), ({"he"}, False), ({"summit", "ill"}, False), ({"", "summit"}, False),
    ({"ambassador", "envoy"}, True), ({"aid"}, False),  # "aid" is part of "said"
])
def test_rare_rows(words: set[str], rare: bool) -> None:
    assert S._rare(words) is rare is _plain_rare(words)


# --- extraction and date finding on development and generated texts -------------------------------------------------
@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(40, seed=15)


def test_the_shortcuts_give_the_plain_path_s_events(excerpts: list) -> None:
    assert events_with(excerpts, FAST, "ON", True) == events_with(excerpts, FAST, "ON", False)


# --- find_dates tries the grammar only before the end of a window's last core word ---------------------------------
def _plain_find_dates(text: str, start: int, end: int) -> list:
    """find_dates as it was (session 14): the grammar's finditer over each whole window."""
    from timeline.datefind import TRAP_REACH, _dateline, windows
    from timeline.dates import DateMention
    from timeline.datewords import interpret, pattern, trap_pattern

    found = []
    for ws, we in windows(text, start, end):
        traps = [(t.start(), t.end()) for t in trap_pattern().finditer(text, max(0, ws - TRAP_REACH),
                                                                      min(len(text), we + TRAP_REACH))]
        for m in pattern().finditer(text, ws, we):
            if any(s < m.end() and m.start() < e for s, e in traps):
                continue
            parsed = interpret(m)
            if parsed is not None:
                kind = "dateline" if parsed.form == "date" and _dateline(text, m.start(), m.end()) else parsed.kind
                found.append(DateMention(m.start(), m.end(), m.group(), kind))
    return found


def test_find_dates_as_the_whole_window_scan(excerpts: list) -> None:
    from timeline.datefind import find_dates

    n = 0
    for x in excerpts:
        spans = [(p.start, p.end) for p in x.paragraphs] + [(s.start, s.end) for p in x.paragraphs for s in p.sentences]
        for a, b in spans + [(0, len(x.body))]:
            got = find_dates(x.body, a, b)
            assert got == _plain_find_dates(x.body, a, b), (x.id, a, b)
            n += len(got)
    assert n > 2000


@pytest.mark.parametrize("text", [
    "On Monday, May 5, 2024, the talks resumed",  # a match reaching past its core words
    "the 2015 deal and the 1950-53 war", "late on Friday night and early on Saturday morning",
    "MOSCOW, June 23 (Reuters) - Russia said", "from 30 January to 2 February", "Sunday Times reporters said on Sunday",
    "Mayor May said", "in the first week of October", "two days later", "x" * 40 + " Monday " + "y" * 40,
])
def test_find_dates_rows(text: str) -> None:
    from timeline.datefind import find_dates

    assert find_dates(text) == _plain_find_dates(text, 0, len(text))


# --- open_acts skips a frame whose words hold no verb may_tell reads and no act to share ---------------------------
def test_open_acts_gate_drops_no_act(excerpts: list, monkeypatch: pytest.MonkeyPatch) -> None:
    """open_acts with its frame gate gives what it gives with the gate always open, call by call (the sentence's own
    drafts as they stood at the call)."""
    import timeline.reported as R
    from timeline import openverbs as O
    from timeline.events import extract

    calls = []
    real = O.open_acts

    def record(ctx, s, e, framed, drafts, via, paragraph):  # noqa: ANN001, ANN202 - open_acts' own arguments
        calls.append((ctx, s, e, list(framed), list(drafts), via, paragraph))
        return real(ctx, s, e, framed, drafts, via, paragraph)

    monkeypatch.setattr(R, "open_acts", record)
    for x in excerpts:
        extract(x)
    monkeypatch.setattr(R, "open_acts", real)

    def told(args: tuple) -> list[tuple]:
        return [(d.kind, d.start, d.end, d.actor, d.modality) for d in real(*args)]

    gated = [told(args) for args in calls]
    monkeypatch.setattr(O, "_verb_word_in", lambda lower, a, b: True)
    assert gated == [told(args) for args in calls]
    assert sum(map(len, gated)) > 20


@pytest.mark.parametrize(("words", "has"), [
    ("the move was a violation of the accord", False), ("it would respond", True), ("rebels stormed the base", True),
    ("the navy had sunk a ship", True), ("the talks are a step forward", False), ("it used force", False),
])
def test_verb_word_rows(words: str, has: bool) -> None:
    from timeline.openverbs import _verb_word_in

    assert _verb_word_in(words, 0, len(words)) is has


# --- quotes made without validation: the same models --------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "We will respond.", "“Nous répondrons”", "a\nb", " spaced ", "İn 2019 — Erdoğan"])
@pytest.mark.parametrize("direct", [True, False])
def test_quote_built_is_the_validated_quote(text: str, direct: bool) -> None:
    from timeline.models import Quote

    built, valid = Quote.built(text=text, direct=direct), Quote(text=text, direct=direct)
    assert built == valid and built.__dict__ == valid.__dict__
    assert built.__pydantic_fields_set__ is valid.__pydantic_fields_set__  # the class's one shared set
    assert built.model_dump_json() == valid.model_dump_json() and hash(built) == hash(valid)


def test_extracted_quotes_validate_to_themselves(excerpts: list) -> None:
    """Every quote extraction made (events.py, transcript.py: Quote.built from body slices) is what validation makes."""
    from timeline.events import extract
    from timeline.models import Quote

    quotes = [ev.quote for x in excerpts for ev in extract(x) if ev.quote is not None]
    for q in quotes:
        assert type(q.text) is str and type(q.direct) is bool
        assert Quote.model_validate(q.model_dump()) == q
    assert len(quotes) > 200 and any(not q.direct for q in quotes)


# --- [[rare]] patterns led by the lookahead of their first characters: the same matches ---------------------------
def test_guarded_rare_patterns_find_what_the_plain_ones_find(excerpts: list) -> None:
    rows = L._TRIGGERS.get("rare", [])
    plain = [re.compile(L._lower_pattern(L._one_boundary([L._expand(r["pattern"])]))) for r in rows]
    assert len(plain) == len(L.RARE) > 300
    assert sum(g.pattern != p.pattern for (_, g), p in zip(L.RARE, plain, strict=True)) > 300  # nearly all are led
    texts = [L.lowered(x.body) for x in excerpts]
    found = 0
    for (_, g), p in zip(L.RARE, plain, strict=True):
        for lower in texts:
            got = [m.span() for m in g.finditer(lower)]
            assert got == [m.span() for m in p.finditer(lower)], p.pattern[:100]
            found += len(got)
        for lower in texts[:20]:  # windows starting mid-word: a leading boundary is read behind the window
            for a in range(0, len(lower), 37):
                assert [m.span() for m in g.finditer(lower, a, a + 150)] == [m.span() for m in p.finditer(lower, a, a + 150)]
    assert found > 100


def test_guarded_noun_start_finds_what_the_plain_one_finds(excerpts: list) -> None:
    """nounstart.NOUN_START_RE led by its first characters' lookahead (session 15) against its plain form."""
    from timeline import nounstart

    plain = re.compile(nounstart.NOUN_START_RE.pattern.replace(nounstart.NOUN_START_RE.pattern[2:nounstart.NOUN_START_RE.pattern.index("(?P<np>")], "", 1))
    assert plain.pattern.startswith(r"\b(?P<np>") and plain.pattern != nounstart.NOUN_START_RE.pattern
    found = 0
    rows = ["the drills that began on monday", "the exercise, which began sunday, ended", "talks that started in june"]
    for lower in [L.lowered(x.body) for x in excerpts] + rows:
        got = [m.span() for m in nounstart.NOUN_START_RE.finditer(lower)]
        assert got == [m.span() for m in plain.finditer(lower)]
        found += len(got)
        for a in range(0, len(lower), 41):  # windows starting mid-word
            assert [m.span() for m in nounstart.NOUN_START_RE.finditer(lower, a, a + 160)] == \
                [m.span() for m in plain.finditer(lower, a, a + 160)]
    assert found >= 3


def test_head_that_led_by_one_lookbehind_finds_what_the_plain_one_finds(excerpts: list) -> None:
    """thatholes.HEAD_THAT_RE with "(?<!\\S)" first (session 15) against its plain form."""
    from timeline import thatholes

    assert thatholes.HEAD_THAT_RE.pattern.startswith(r"(?<!\S)")
    plain = re.compile(thatholes.HEAD_THAT_RE.pattern[len(r"(?<!\S)"):])
    rows = ["A navy helicopter that had taken off from the frigate crashed.", "The officers killed when the bus hit were buried.",
            "said two ships that left Odesa struck mines", "x, the ship that sank", "\nThe ship that sank", "İts ship that sank"]
    found = 0
    for text in [x.body for x in excerpts] + rows:
        got = [m.span() for m in thatholes.HEAD_THAT_RE.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)]
        found += len(got)
        for a in range(0, len(text), 29):  # windows starting mid-word and at spaces
            assert [m.span() for m in thatholes.HEAD_THAT_RE.finditer(text, a, a + 200)] == \
                [m.span() for m in plain.finditer(text, a, a + 200)]
    assert found >= 10


def test_said_gate_as_a_prefix_tree_finds_what_the_plain_alternation_finds(excerpts: list) -> None:
    """speakers.SAID_GATE_RE, its verbs as a prefix tree (session 15), against the plain alternation it was."""
    from timeline import speakers as SP

    assert len(SP.UNNAMED_VERB_WORDS) > 60 and all(re.fullmatch(r"[a-z]+", w) for w in SP.UNNAMED_VERB_WORDS)
    plain = re.compile(r"\s" + SP.UNNAMED_VERBS + r"\b")
    rows = ["Officials said", "the minister added that", "x saidx", "he tweeted.", "adds", " adds", " addsomething",
            "\tconcluded", " Said", " warns,", " claimedly"]
    found = 0
    for text in [x.body for x in excerpts] + rows:
        got = [m.start() for m in SP.SAID_GATE_RE.finditer(text)]
        assert got == [m.start() for m in plain.finditer(text)]
        found += len(got)
        for a in range(0, len(text), 31):
            one, two = SP.SAID_GATE_RE.search(text, a, a + 120), plain.search(text, a, a + 120)
            assert (one and one.start()) == (two and two.start())
    assert found > 500
