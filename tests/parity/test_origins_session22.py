"""Session 22 (lead): a claim's sentence is found without splitting its paragraph once per claim (the hostile suite's
"10,000 dates in one text", one paragraph of 20,000 claims, took 8.5 s end to end before copy_sentences and over
120 s with it: every claim split the whole paragraph again). Rows fail on e0eb5a7."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from excerpt import sentences
from parity import origins
from parity.build import build_parity
from tests.parity.helpers import event, record, timeline
from timeline.models import Evidence

WORDS = st.sampled_from(["Talks", "were", "held", "on", "Monday.", "Mr.", "Smith", "said", "5", "March", "?", "!",
                         "\n\n", "\n", "ships", "sailed."])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.data())
def test_the_remembered_paragraphs_give_the_sentences_read_afresh(words, data):
    body = " ".join(words)
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    paragraphs: dict = {}
    for _ in range(2):  # the second call reads the remembered spans
        assert origins._sentence_of(body, start, end, paragraphs) == origins._sentence_of(body, start, end)


def test_a_claim_without_a_copy_splits_no_sentence(monkeypatch):
    """One long paragraph of many claims, in an excerpt no other copies: its sentences are never split for a copy."""
    lines = [f"Talks were held on {1 + i % 28} March {1990 + i % 30}, officials said on Monday." for i in range(200)]
    body = " ".join(lines)
    events, at = [], 0
    for i, line in enumerate(lines):
        at = body.index(line, at)
        events.append(event("w", line, "meeting", actor="Officials", day=f"{1990 + i % 30}-03-{1 + i % 28:02d}")
                      .model_copy(update={"evidence": Evidence.of(body, at, at + len(line))}))
    calls = []
    real = sentences.split_text
    monkeypatch.setattr(sentences, "split_text", lambda text: calls.append(len(text)) or real(text))
    build_parity(timeline([record("w", "Wire", "2020-01-01")], events), None, {"w": body})
    assert calls == []
