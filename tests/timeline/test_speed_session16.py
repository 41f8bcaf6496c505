"""Session 16 (speed): readers gated by the body's word index (sentindex.KeyIndex) answer as the plain readers do:
a gate shuts only where its pattern matches nowhere in the sentence, the index answers only for the text it was made
of, and extraction with the gates equals the plain path on development and generated excerpts."""

from __future__ import annotations

import pytest

import timeline.events  # noqa: F401 - registers every gated pattern (its readers gate them at import)
from tests.timeline.speed_helpers import dev_excerpts, events_with, generated_excerpts
from timeline import actions as ACT
from timeline import actnouns as AN
from timeline import lexicon as L
from timeline import nounstart as NS
from timeline import sentindex as S
from timeline import speakers as SP

DEV = ["tests/data/eval", "tests/data/gaps", "tests/data/dev11-acts", "tests/data/dev12-clauses", "tests/data/heldout13",
       "tests/data/excerpts"]

# The patterns session 16 gates, each with the text it runs on: (pattern, its bit, reads the lowered text).
GATED_16 = [(AN.HEAD_ANY_RE, AN.G_HEAD_ANY, True), (NS.NOUN_START_RE, NS.G_NOUN_START, True),
            (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, False), (SP.COUNTRYS_BODY_RE, SP.G_COUNTRYS_BODY, False),
            (SP.LEADER_BODY_RE, SP.G_LEADER_BODY, False), (SP.COMPOUND_GATE_RE, SP.G_COMPOUND_GATE, False),
            (ACT.JUDGED_ANY_RE, ACT.G_JUDGED_ANY, True)]


@pytest.fixture(scope="module")
def excerpts() -> list:
    return dev_excerpts(DEV) + generated_excerpts(30, seed=1616)


def _windows(text: str) -> list[tuple[int, int]]:
    """Every sentence-like window of a text: each line, and each stretch between periods."""
    out, pos = [], 0
    for k, ch in enumerate(text):
        if ch in ".\n":
            out.append((pos, k + 1))
            pos = k + 1
    return out + [(pos, len(text))]


def test_gates_shut_only_where_the_pattern_finds_nothing(excerpts: list) -> None:
    shut = 0
    for x in excerpts:
        lower = L.lowered(x.body)
        keys = S.KeyIndex(lower, x.body)
        for pattern, bit, lowered in GATED_16:
            text = lower if lowered else x.body
            for a, b in _windows(text):
                if not S.fresh_mask(keys, text, a, b) & bit:
                    shut += 1
                    assert pattern.search(text, a, b) is None, (pattern.pattern[:40], text[a:b])
    assert shut > 1000  # the gates do shut: most sentences hold none of these words


@pytest.mark.parametrize(("pattern", "bit", "text", "window", "found"), [
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "after the seizure of the tanker, the navy left.", (0, 48), True),
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "the navy left port on monday. the seizure came later.", (0, 29), False),
    (AN.HEAD_ANY_RE, AN.G_HEAD_ANY, "the missile attack on the depot", (0, 31), True),
    (NS.NOUN_START_RE, NS.G_NOUN_START, "the blockade that began on sunday ended.", (0, 40), True),
    (NS.NOUN_START_RE, NS.G_NOUN_START, "the rain that began on sunday ended.", (0, 36), False),
    (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, "The two leaders agreed to meet.", (0, 31), True),
    (SP.PARTIES_GATE_RE, SP.G_PARTIES_GATE, "The two envoys met. Talks went on.", (20, 34), False),
])
def test_gate_rows(pattern, bit, text: str, window: tuple[int, int], found: bool) -> None:  # noqa: ANN001
    keys = S.KeyIndex(L.lowered(text), text)
    opened = bool(S.fresh_mask(keys, text, *window) & bit)
    assert opened == found
    if not opened:  # a shut gate: the pattern has nothing to find there
        assert pattern.search(text, *window) is None


def test_index_answers_only_for_its_own_texts() -> None:
    text = "The two leaders agreed to meet."
    lower = L.lowered(text)
    keys = S.KeyIndex(lower, text)
    other = "".join(["The two envoys ", "agreed to meet."])  # another text: its words are not the index's
    assert S.fresh_mask(keys, other, 0, len(other)) == -1
    assert S.fresh_mask(None, text, 0, len(text)) == -1
    assert S.fresh_mask(keys, text, 0, len(text)) & SP.G_PARTIES_GATE
    assert S.fresh_mask(keys, lower, 0, len(lower)) & SP.G_PARTIES_GATE
    assert not S.fresh_mask(keys, text, 16, len(text)) & SP.G_PARTIES_GATE  # "agreed to meet." holds no party word


def test_every_fresh_gate_is_listed_here_and_seen_open_on_its_own_words() -> None:
    assert set(S._FRESH_BITS) == {p for p, _, _ in GATED_16}
    assert not set(S._FRESH_BITS) & set(S._BITS)  # a bit of its own: the session 12 gates' bits are untouched
    text = ("After the seizure of the tanker, the blockade that began on Sunday ended. The two leaders met. "
            "The country's foreign ministry said so. The Biden administration agreed. Iranian-backed groups fired. "
            "Seoul condemned the launch.")
    keys = S.KeyIndex(L.lowered(text), text)
    for pattern, bit, lowered in GATED_16:
        assert pattern.search(L.lowered(text) if lowered else text), pattern.pattern[:40]
        assert S.fresh_mask(keys, text, 0, len(text)) & bit


def test_extraction_with_the_gates_equals_the_plain_path(excerpts: list) -> None:
    assert events_with(excerpts, S, "GATED", True) == events_with(excerpts, S, "GATED", False)


def test_interpret_reads_the_groups_as_groupdict_does(excerpts: list, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import datewords as D
    from timeline.datefind import find_dates

    texts = [x.body for x in excerpts] + ["On 7/14/2019 and 04.07.2019, two weeks from now, a week on Monday, the eve of the vote."]
    lazy = [(d.start, d.end, d.phrase, d.kind) for t in texts for d in find_dates(t)]
    parsed_lazy = [D.interpret(m) for t in texts for m in D.pattern().finditer(t)]
    monkeypatch.setattr(D, "_Groups", lambda m: m.groupdict())  # the plain dict of every group, as before session 16
    plain = [(d.start, d.end, d.phrase, d.kind) for t in texts for d in find_dates(t)]
    parsed_plain = [D.interpret(m) for t in texts for m in D.pattern().finditer(t)]
    assert lazy == plain and len(plain) > 500
    assert parsed_lazy == parsed_plain


def test_groups_answer_as_a_dict() -> None:
    from timeline import datewords as D

    m = D.pattern().search("It happened on Monday, 5 March 2019.")
    g, plain = D._Groups(m), m.groupdict()
    assert all(g[k] == v for k, v in plain.items())
    assert g.get("no such group") is None and g.get("no such group", 3) == 3
    assert g.get(next(iter(plain))) == plain[next(iter(plain))]


def test_frame_with_content_is_replace() -> None:
    from dataclasses import asdict, replace

    from timeline.frames import Frame
    from timeline.speakers import Mention

    fr = Frame([Mention(0, 5, "entity", "Chile")], "said", 6, 10, 0, (11, 30), inverted=True, tense="present", split=2)
    new = fr.with_content((11, 40))
    assert new == replace(fr, content=(11, 40)) and asdict(new) == asdict(replace(fr, content=(11, 40)))
    assert new is not fr and fr.content == (11, 30) and new.speakers is fr.speakers  # shallow, as replace is
    new.content = None
    assert fr.content == (11, 30)


def test_ship_names_from_the_body_scan_are_the_sentence_scan(excerpts: list) -> None:
    from timeline.quotes import find_quotes, mask_quotes
    from timeline.speakers import _matches, scan_mentions

    texts = [x.body for x in excerpts] + ["The destroyer USS Carl Vinson and HMS Queen Elizabeth sailed. INS Vikrant did too."]
    seen = 0
    for text in texts:
        masked = mask_quotes(text, find_quotes(text, [(0, len(text))]))
        scan = scan_mentions(masked)
        for a, b in _windows(masked):
            got = [(m.span(), m.group("prefix"), m.group("name")) for m in _matches(scan, "SHIP_NAME_RE", masked, a, b)]
            assert got == [(m.span(), m.group("prefix"), m.group("name")) for m in L.SHIP_NAME_RE.finditer(masked, a, b)]
            seen += len(got)
    assert seen >= 3


def _guards() -> list:
    """(pattern, literals one of which every match holds) for each pattern session 16 runs only after a find."""
    from timeline import attributes as A
    from timeline import events as EV
    from timeline import frames as FR

    return [(A.RELATIVE_RE, ("wh",)), (A.AND_RE, ("and", "but")), (FR.RELATIVE_PASSIVE_RE, ("wh", "that")),
            (FR.WHAT_SUBJECT_RE, ("What",)), (FR.RELATIVE_BEFORE_RE, ("wh",)), (EV.RELATIVE_BEFORE_RE, ("wh",)),
            (FR.SPOKES_FOR_RE, FR.SPOKES_FOR_HEADS), (A.AHEAD_AFTER_RE, ("is", "are"))]


def test_each_guard_holds_where_its_pattern_matches(excerpts: list) -> None:
    checked = 0
    for x in excerpts:
        text = x.body
        spans = _windows(text) + [(k, k + 40) for k in range(0, len(text), 7)]
        for pattern, literals in _guards():
            for a, b in spans:
                m = pattern.search(text, a, b)
                if m is not None:
                    checked += 1
                    assert any(text.find(w, a, b) >= 0 for w in literals), (pattern.pattern[:40], text[a:b])
                    assert any(w in m.group(0) for w in literals)  # the literal is the match's own
    assert checked > 300


@pytest.mark.parametrize(("text", "found"), [
    ("The frigate, which had sailed from Brest, docked.", [(11, 42)]),
    ("The frigate docked in Brest, then sailed on.", []),
])
def test_relative_holes_rows(text: str, found: list) -> None:
    from timeline import attributes as A

    assert [h for h in A.relative_holes(text, 0, len(text)) if text[h[0]] == ","] == found


def test_remembered_answers_are_the_plain_ones_and_copies(excerpts: list) -> None:
    from timeline import attributes as A
    from timeline import thatholes as TH

    for x in excerpts[:60]:
        text = x.body
        for a, b in _windows(text):
            assert TH.that_holes(text, a, b) == TH._that_holes(text, a, b)
            assert A.and_cuts(text, a, b) == A._and_cuts(text, a, b)
    text = "The drone that had taken off from the base crashed, and the navy said it recovered the wreck."
    holes = TH.that_holes(text, 0, len(text))
    assert holes
    holes.append((0, 1))  # a caller's change never reaches the next caller
    assert TH.that_holes(text, 0, len(text)) == TH._that_holes(text, 0, len(text))
    cuts = A.and_cuts(text, 0, len(text))
    cuts.append(-1)
    assert A.and_cuts(text, 0, len(text)) == A._and_cuts(text, 0, len(text))


def test_body_scans_are_finditer_and_entities_are_scanned_plainly(excerpts: list) -> None:
    from timeline.quotes import find_quotes, mask_quotes

    texts = [x.body for x in excerpts] + ["Iran and the Iranian navy met the North Korean envoy; the North said no."]
    for text in texts:
        masked = mask_quotes(text, find_quotes(text, [(0, len(text))]))
        for name in SP.MENTION_PATTERNS:
            got = [(m.span(), m.groupdict()) for m in L.scan(name, masked)]
            assert got == [(m.span(), m.groupdict()) for m in getattr(L, name).finditer(masked)], name
    assert "ENTITY_RE" in L.PLAIN_SCANS and L._FAST["ENTITY_RE"] is None  # no fast form proposes its starts
