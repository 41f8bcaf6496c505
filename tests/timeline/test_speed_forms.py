"""Faster forms of the timeline stage's steps give exactly what the plain forms give."""

from __future__ import annotations

import pytest

from bench.generate import generate
from timeline import lexicon as L

TEXTS = [
    "the navy fired a missile and the frigate left port; talks were held and a truce agreed.",
    # Overlapping gate words ("deploy" inside "redeployment"), a rare word alone (" hit"), one list's word
    # inside the other's ("relations", "ties", "tariffs" are in both), words at the very end.
    "redeployment of warships was hit by a ceasefire, relations and ties and tariffs; it was hit",
    "nothing here at all",
    "",
]


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    files = generate(12, seed=5)
    return [L.lowered(b.decode("utf-8")) for b in files.values()]


def test_one_pass_gives_both_lists_of_gate_hits(bodies: list[str]) -> None:
    for text in [L.lowered(t) for t in TEXTS] + bodies:
        assert L.all_hits(text) == (L.gate_hits(text), L.rare_hits(text))
    gates, rares = L.all_hits(L.lowered(TEXTS[1]))
    assert gates[0] and rares[0]  # the test text holds words of both lists


def test_a_model_built_from_every_field_is_the_one_model_construct_makes() -> None:
    from timeline.models import DateResolution, Event, Evidence, Kind, Modality, Quote

    body = "Russia said on Monday it would hold drills."
    fields = dict(id="x-1", excerpt="x", kind=Kind.statement, actor="Russia", actor_role=None, participants=["NATO"],
                  summary="Russia said", quote=Quote(text="it would", direct=False), modality=Modality.asserted,
                  via=None, date=DateResolution(phrase="on Monday", basis="b"), evidence=Evidence.of(body, 0, 11),
                  place=None, objects=["drills"], count=None, polarity="positive", tense="past")
    want, got = Event.model_construct(**fields), Event.built(**dict(reversed(fields.items())))
    assert got == want and list(got.__dict__) == list(want.__dict__)
    assert got.model_fields_set == want.model_fields_set and got.__pydantic_extra__ is None
    assert got.model_dump_json() == want.model_dump_json()
    # Built twice, the field names are one shared set (as Lean shares them for validated models).
    assert Event.built(**fields).__pydantic_fields_set__ is got.__pydantic_fields_set__
    # A field left out: model_construct's own way, defaults and all.
    short = {k: v for k, v in fields.items() if k != "objects"}
    assert Event.built(**short) == Event.model_construct(**short) and Event.built(**short).objects == []


def test_remembered_resolutions_are_the_ones_the_resolver_gives() -> None:
    from timeline import dates as D

    anchors = [D.Anchor.from_value(v, "published") for v in ("2024-03-06", "2024-03", "2023", "")]
    phrases = [("on Monday", "relative"), ("last week", "relative"), ("April 27", "relative"), ("in 2015", "absolute"),
               ("the 2015", "modifier"), ("the 2015", "absolute"), ("days ago", "vague"), ("March 5", "dateline"), ("a day earlier", "anaphoric")]
    previous = [None, ("x-1", D.DateResolution(start=D.date(2024, 3, 1), end=D.date(2024, 3, 1), basis="b")),
                ("x-2", D.DateResolution(start=D.date(2024, 2, 1), end=D.date(2024, 2, 2), basis="c"))]
    for _ in range(2):  # the second round is answered from what the first remembered
        for anchor in anchors:
            for phrase, kind in phrases:
                for tense in ("past", "present", "future", "other"):
                    for prev in previous:
                        m = D.DateMention(0, len(phrase), phrase, kind)
                        want = D._resolve(m, anchor, tense if tense != "other" else "past", prev)
                        assert D.resolve(m, anchor, tense, prev) == want, (phrase, kind, anchor, tense, prev)
    # An anaphoric phrase counts from the event before it: never remembered, whatever that event was.
    assert not any(key[0] == "a day earlier" for key in D._RESOLVED)
    assert ("the 2015", "modifier", anchors[0], "past") in D._RESOLVED


def test_evidence_made_without_validation_is_the_validated_one() -> None:
    from pydantic import ValidationError

    from timeline.models import CONTEXT_CHARS, Evidence

    body = "MANILA, March 23 (Reuters) - The Philippine coast guard said a Chinese vessel fired water cannon. " * 2
    for start, end in [(0, 6), (29, 97), (0, len(body)), (len(body), len(body)), (40, 40), (150, len(body))]:
        fast = Evidence.of(body, start, end)
        slow = Evidence.model_validate({"start": start, "end": end, "exact": body[start:end],
                                        "prefix": body[max(0, start - CONTEXT_CHARS):start],
                                        "suffix": body[end:end + CONTEXT_CHARS]}, context={"body": body})
        assert fast == slow and fast.model_dump_json() == slow.model_dump_json()
        assert fast.model_fields_set == slow.model_fields_set
        # Validated or not, the field names are the one set Lean shares.
        assert fast.__pydantic_fields_set__ is slow.__pydantic_fields_set__
    for start, end in [(-1, 4), (10, 5), (0, len(body) + 1)]:  # what the validator refuses, still refused
        with pytest.raises(ValidationError):
            Evidence.of(body, start, end)


def test_models_with_some_fields_unset_share_the_set_of_those_names() -> None:
    from timeline.models import DateResolution

    a, b = DateResolution(basis="x"), DateResolution(basis="y")
    assert a.model_fields_set == {"basis"} and a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    full = DateResolution(start=None, end=None, phrase=None, basis="z", relative_to=None)
    assert full.model_fields_set == set(DateResolution.model_fields)
    assert full.__pydantic_fields_set__ is not a.__pydantic_fields_set__


def test_bare_names_found_as_the_plain_boundary_form_finds_them(bodies: list[str]) -> None:
    import re

    plain = re.compile(rf"(?<![\w.'’-])(?P<name>{L.NAME})")
    edges = ["O'Brien met McCarthy. 'Smith said", "-Smith Jones.Smith 'Smith ’Smith .Smith x_Smith 9Smith",
             "A", "Ab", "Élodie Özil met Nguyễn", "\nZed Lee", "US-Smith"]
    files = generate(12, seed=5)
    for text in edges + [b.decode("utf-8") for b in files.values()]:
        want = [(m.span(), m.group("name")) for m in plain.finditer(text)]
        assert [(m.span(), m.group("name")) for m in L.BARE_NAME_RE.finditer(text)] == want
        for s in range(0, len(text), 53):  # a sentence's range: the boundary still reads the text before it
            got = [m.span() for m in L.BARE_NAME_RE.finditer(text, s, s + 140)]
            assert got == [m.span() for m in plain.finditer(text, s, s + 140)]
    assert [m.group("name") for m in L.BARE_NAME_RE.finditer(edges[1])] == ["Jones"]


def test_ship_names_found_as_the_leading_boundary_form_finds_them() -> None:
    import re

    plain = re.compile(rf"\b(?P<prefix>{L._alternation(list(L.SHIP_PREFIXES))})\s+"
                       rf"(?P<name>{L.NAME_TOKEN}(?:\s+{L.NAME_TOKEN}){{0,2}})")
    edges = ["HMS Defender sailed; xHMS Foo, _USS Bar, 9INS Baz, -USS Carl Vinson, (USS Ross)", "USS Ross",
             "the JS Izumo and HMAS Anzac met", "Ü HMS Kent"]
    files = generate(12, seed=5)
    for text in edges + [b.decode("utf-8") for b in files.values()]:
        want = [(m.span(), m.group("prefix"), m.group("name")) for m in plain.finditer(text)]
        assert [(m.span(), m.group("prefix"), m.group("name")) for m in L.SHIP_NAME_RE.finditer(text)] == want
        for s in range(0, len(text), 47):  # sentence ranges, searches and matches read the text before them
            assert [m.span() for m in L.SHIP_NAME_RE.finditer(text, s, s + 120)] == \
                [m.span() for m in plain.finditer(text, s, s + 120)]
            got, exp = L.SHIP_NAME_RE.search(text, s, s + 120), plain.search(text, s, s + 120)
            assert (got and got.span()) == (exp and exp.span())
    assert [m.group("name") for m in L.SHIP_NAME_RE.finditer(edges[0])] == ["Defender", "Carl Vinson", "Ross"]


def test_gated_and_first_letter_patterns_find_what_the_plain_ones_find() -> None:
    import re

    from timeline import frames, speakers

    plain_according = re.compile(r"\b(?:[Aa]ccording to|[Ii]n step with)\s+(?:the\s+|a\s+|an\s+)?")
    edges = ["According to the ministry, the Saudi-led coalition and Iranian-backed militia; xaccording to, _In step with "
             "a bloc", "the Ministry of Commerce and U.S. Department of State said, in step with an ally",
             "pre-According to; Russia-backed; the Russian-led; Foreign Ministry"]
    files = generate(12, seed=5)
    for text in edges + [b.decode("utf-8") for b in files.values()]:
        for s in range(0, len(text), 41):
            e = s + 160
            assert [m.span() for m in frames.ACCORDING_RE.finditer(text, s, e)] == \
                [m.span() for m in plain_according.finditer(text, s, e)]
            # A sentence the gate passes over holds no match of its pattern.
            for gate, pattern in ((speakers.STATE_HEAD_GATE_RE, L.STATE_BODY_RE), (speakers.COMPOUND_GATE_RE, L.COMPOUND_RE)):
                if gate.search(text, s, e) is None:
                    assert pattern.search(text, s, e) is None
    assert [m.group(0).strip() for m in frames.ACCORDING_RE.finditer(edges[0])] == ["According to the"]
    assert [m.group(0).strip() for m in frames.ACCORDING_RE.finditer(edges[1])] == ["in step with an"]
    assert speakers.COMPOUND_GATE_RE.search(edges[0]) and speakers.STATE_HEAD_GATE_RE.search(edges[1])


def test_titles_and_bodies_found_as_the_any_letter_lookahead_finds_them() -> None:
    import re

    pairs = [(L.TITLED_NAME_RE, re.compile(L.TITLED_NAME_RE.pattern.replace(f"(?={L._TITLE_FIRST})", "(?=[A-Za-z])", 1))),
             (L.BODY_RE, re.compile(L.BODY_RE.pattern.replace(f"(?={L._BODY_FIRST})", "(?=[A-Za-z])", 1)))]
    edges = ["Russian Foreign Minister Sergei Lavrov and the Élysée; China's coast guard and the Foreign Ministry said",
             "former president Donald Trump met Prime Minister Kishida; the minister Ali Khan; Indian army chief X"]
    files = generate(12, seed=5)
    for fast, plain in pairs:
        assert fast.pattern != plain.pattern
        for text in edges + [b.decode("utf-8") for b in files.values()]:
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            for s in range(0, len(text), 59):
                assert [m.span() for m in fast.finditer(text, s, s + 170)] == [m.span() for m in plain.finditer(text, s, s + 170)]
