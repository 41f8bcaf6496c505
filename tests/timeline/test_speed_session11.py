"""Session 11's faster forms of the timeline stage give exactly what the plain forms give (equality, never timings)."""

from __future__ import annotations

from timeline import lexicon as L


def test_gate_words_are_read_from_their_prefixes_as_from_every_gate_word() -> None:
    def kinds(word: str) -> frozenset[str]:  # the forms before session 11: every gate word tried
        return frozenset(k for k, ws in L.GATES.items() for w in ws if word.startswith(w))

    def ids(word: str) -> tuple[int, ...]:
        return tuple(i for i, gs in enumerate(L._RARE_GATES) if any(word.startswith(g) for g in gs))

    def split(word: str) -> tuple:
        gate = max((w for ws in L.GATES.values() for w in ws if word.startswith(w)), key=len, default="")
        rare = max((g for gs in L._RARE_GATES for g in gs if word.startswith(g)), key=len, default="")
        return ((len(gate), kinds(gate)) if gate else None, (len(rare), ids(rare)) if rare else None)

    words = {w for ws in L.GATES.values() for w in ws} | {g for gs in L._RARE_GATES for g in gs}
    words |= {w + "s" for w in words} | {w[:-1] for w in words} | {"", "zzz", "redeployments"}
    assert len(words) > 1000
    for w in sorted(words):
        assert (L.gate_kinds(w), L._rare_ids(w), L._split(w)) == (kinds(w), ids(w), split(w)), w
    assert any(len(L._rare_ids(w)) > 1 for w in words) and any(len(L.gate_kinds(w)) > 1 for w in words)


# Development corpora named one by one (never a glob over tests/data: the blind sets live there too).
DEV = ["excerpt/samples", "tests/data/excerpts", "tests/data/eval/bs", "tests/data/eval/iran", "tests/data/eval/scs",
       "tests/data/gaps/kgtj", "tests/data/gaps/senkaku", "tests/data/gaps2/przewodow", "tests/data/gaps2/ryanair",
       "tests/data/heldout/redsea", "tests/data/heldout4/skripal", "tests/data/fresh6/reaper"]
TRAPS = ("The Sunday Times said on Monday that the Good Friday Agreement held. Black Monday came as soon as trading "
         "opened, USA Today wrote; the April 6 Youth Movement meets every Friday. It will not change overnight, and "
         "exports fell compared with the same period last year. Sept. 11 attacks; the Monday Club; Cyber Monday sales.")


def _texts() -> list[str]:
    from pathlib import Path

    from bench.generate import generate
    from excerpt.loader import load_folder

    root = Path(__file__).resolve().parents[2]
    bodies = [e.body for d in DEV for e in load_folder(root / d, structure=False).excerpts]
    return bodies + [raw.decode("utf-8") for raw in generate(12, seed=11).values()] + [TRAPS]


def test_the_guarded_trap_pattern_finds_what_the_plain_one_finds() -> None:
    import re

    from timeline.datewords import lexicon, trap_pattern

    plain = re.compile(r"(?<!\w)(?:" + "|".join(lexicon()["traps"]["patterns"]) + r")(?!\w)")
    assert trap_pattern().pattern != plain.pattern
    found = 0
    for text in _texts():
        for a in range(0, len(text), 97):  # windows as find_dates asks, and the whole text
            b = min(len(text), a + 160)
            assert [m.span() for m in trap_pattern().finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]
        got = [m.span() for m in trap_pattern().finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)]
        found += len(got)
    assert found >= 10  # the trap text's phrases are found


def test_open_verbs_that_tell_no_act_are_remembered_as_the_pattern_says() -> None:
    from timeline import attributes as A
    from timeline.actions import NOT_OPEN_RE, OPEN_VERB_RE, _not_open

    assert NOT_OPEN_RE is not None
    words = {m.group(0) for text in _texts() for m in OPEN_VERB_RE.finditer(L.lowered(text))}
    assert len(words) > 200
    for w in sorted(words) * 2:  # the second time from the memo
        assert _not_open(w) == (NOT_OPEN_RE.fullmatch(w) is not None)
        assert A.is_reporting(w) == (L.REPORTING_VERB_RE.fullmatch(w) is not None)
    assert any(_not_open(w) for w in words) and not all(_not_open(w) for w in words)


WORDISH = ("AT&T", "Hapag-Lloyd", "al-Houthi", "o’clock", "Lavrov's", "Tankers", "tankers", "x", "Ukraine", "U.S.")


def test_a_whole_word_led_by_the_word_finds_what_the_lookbehind_first_form_finds() -> None:
    import re

    from timeline.newnames import _whole_word

    texts = _texts() + ["AT&T-AT&T AT&T; Hapag-Lloyd's al-Houthi o’clock tankers,Tankers x-x 'x' U.S. U.S.-led"]
    checked = 0
    for text in texts:
        words = set(re.findall(r"[\w'’&.-]+", text)) | {w.lower() for w in re.findall(r"[\w'’&.-]+", text)} | set(WORDISH)
        for w in sorted(words):
            old = [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text)]
            assert [m.span() for m in re.finditer(_whole_word(w), text)] == old, w
            checked += bool(old)
    assert checked > 2000


def _fuller_name_before_session11(text, m, taken, lo):  # noqa: ANN001, ANN202 - speakers._fuller_name as it was
    import re

    from timeline.speakers import FIRST_NAME_BEFORE_RE, LOWER, NAME_PARTICLES, UPPER, _first_name

    name = m.name or ""
    before = FIRST_NAME_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if before and _first_name(before.group("first")) and m.start - before.start() <= m.start - lo \
            and taken.find(1, before.start() - lo, m.start - lo) < 0:
        return before.start(), f"{text[before.start():m.start]}{name}"
    for full in re.finditer(rf"(?<![\w.'’-])(?P<first>[{UPPER}][{LOWER}]+) (?:{NAME_PARTICLES} ){{0,2}}"
                            rf"(?:(?:al|el|ad|as|ash|at|az|an|ar)-)?{re.escape(name)}(?![\w'’-])", text):
        if _first_name(full.group("first")):
            return m.start, " ".join(full.group(0).split())
    return m.start, name


def test_a_surname_gets_the_full_name_the_lookbehind_first_scan_gave() -> None:
    import re

    from timeline.speakers import Mention, _fuller_name

    texts = _texts() + ["Ursula von der Leyen spoke. Later von der Leyen said, and Leyen added. Abdul Malik al-Houthi "
                        "vowed; al-Houthi said. O'Brien met Conor O'Brien. Élise Borne and Borne.",
                        "Sen.Maria Kowalczyk met them. They met, and Kowalczyk said."]  # a dot before the first name
    changed = 0
    for text in texts:
        for w in re.finditer(r"(?<![\w.'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])", text):
            m = Mention(w.start(), w.end(), "person", w.group(0))
            lo = max(0, w.start() - 200)
            taken = bytearray(w.end() - lo)
            want = _fuller_name_before_session11(text, m, taken, lo)
            assert _fuller_name(text, m, taken, lo) == want, (w.group(0), w.start())
            changed += want[1] != w.group(0)
    assert changed > 50  # fuller names were found, not only the surname given back


def test_one_search_for_any_act_noun_head_answers_as_a_test_per_head() -> None:
    from timeline.actnouns import HEAD_ANY_RE, STEMS

    hits = 0
    for text in [L.lowered(t) for t in _texts()] + ["the seizure of", "seizur", "", "downing"]:
        for a in range(0, max(1, len(text)), 37):
            for b in (a + 1, a + 60, a + 200, len(text)):
                b = min(b, len(text))
                want = any(h in text[a:b] for h in STEMS)
                assert (HEAD_ANY_RE.search(text, a, b) is not None) == want, (a, b)
                hits += want
    assert hits > 100
