"""Speakers whose names carry accents are found whole, wherever the name stands."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


@pytest.mark.parametrize("sentence, actor", [
    ('"We will not be intimidated," Padrino López said.', "Padrino López"),
    ("Álvarez said the border crossings would stay closed.", "Álvarez"),
    ("Foreign Minister Yván Gil said the commission would meet in Brasília.", "Yván Gil"),
    ("Turkish President Recep Tayyip Erdoğan told reporters the corridor would be closed.", "Recep Tayyip Erdoğan"),
    ("Czech Deputy Foreign Minister Tomáš Dvořák said Prague had summoned the ambassador.", "Tomáš Dvořák"),
    ('"The talks are over," said Şahin, a spokesman for the ministry.', "Şahin"),
])
def test_an_accented_speaker_is_one_name(sentence, actor):
    statements = [e for e in extract_strict(make_excerpt(sentence, published="2023-12-29"))
                  if e.kind.value == "statement"]
    assert [e.actor for e in statements] == [actor]


def test_an_accented_initial_does_not_end_a_sentence():
    from excerpt.sentences import split_text
    text = "The envoy met Š. Dvořák and É. Ólafsdóttir in Prague. Then he left for Kraków. Later it rained."
    starts = [text[s:e].split()[0] for s, e in split_text(text)]
    assert starts == ["The", "Then", "Later"]
