"""Table-driven tests of the sentence splitter on news lines, and properties of its offsets."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from excerpt.sentences import DATA, lexicon, sentence_spans, split_text
from tests.excerpt.split_cases import KNOWN_MISSES, SPLIT_CASES


@pytest.mark.parametrize(("text", "want"), SPLIT_CASES, ids=[t[:40] for t, _ in SPLIT_CASES])
def test_split_table(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in split_text(text)] == want


@pytest.mark.xfail(strict=True, reason="initialism ending a sentence before a proper noun")
@pytest.mark.parametrize(("text", "want"), KNOWN_MISSES)
def test_known_misses(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in split_text(text)] == want


def test_spans_are_offsets_into_the_body() -> None:
    body = "Headline Here\r\n\r\nSen. Ann Lee, D-N.Y., spoke. \u201cNo.\u201d She left."
    start = body.index("Sen.")
    spans = sentence_spans(body, start, len(body))
    assert [body[s.start : s.end] for s in spans] == ["Sen. Ann Lee, D-N.Y., spoke.", "\u201cNo.\u201d", "She left."]
    assert spans[0].start == start


def test_every_list_of_the_data_file_is_used_and_has_no_duplicates() -> None:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    assert set(raw) == {"titles", "before_numbers", "mid_sentence", "time_marks", "time_zones", "starters"}
    for key, values in raw.items():
        assert len(values) == len(set(values)), key
    assert set(lexicon()) == set(raw)


@pytest.mark.parametrize(("text", "parts"), [
    ("Lt. Gen. Ben Hodges spoke.", 1),      # titles
    ("It is No. 3 on the list.", 1),        # before_numbers + digit
    ("They scored no. Then they left.", 2),  # lower-case "no." is a word
    ("Iran vs. Israel: the war widened.", 1),  # mid_sentence
    ("At 9 a.m. EST the vote opened.", 1),  # time_zones
    ("Aid came from the U.S. It arrived late.", 2),  # starters
])
def test_each_list_changes_a_decision(text: str, parts: int) -> None:
    assert len(split_text(text)) == parts


WORDS = st.sampled_from(["U.S.", "Sen.", "the", "Talks", "said.", "“No.”", "a.m.", "\r\n", "\n", " ",
                         "(Related:", "Read.)", "J.D.", "Why?", "end.", "Jan.", "5", "..."])


@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_spans_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    spans = split_text(text)
    pos = 0
    for a, b in spans:
        assert pos <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert text[pos:a].strip() == ""  # nothing but whitespace between sentences
        pos = b
    assert text[pos:].strip() == ""
