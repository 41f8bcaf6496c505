"""A negated statement frame ("neither X nor Y are criticising") is recorded as negated, never as its opposite."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


@pytest.mark.parametrize("sentence, actors", [
    ("Notably, neither Erdogan nor Aliyev are condemning Moscow over the strike.", ("Erdogan", "Aliyev")),
    ("The fact that neither Erdogan nor Aliyev are criticizing Moscow instead of Yerevan is noteworthy.", ("Erdogan", "Aliyev")),
])
def test_negated_frames_are_negative_and_say_not(sentence, actors):
    events = [e for e in extract_strict(make_excerpt(sentence)) if e.kind.value == "statement"]
    assert events, sentence
    e = events[0]
    assert e.polarity == "negative"
    assert e.modality.value == "denied"
    assert " not " in f" {e.summary} "
    assert e.actor in actors


def test_a_plain_frame_stays_positive():
    e = next(e for e in extract_strict(make_excerpt("Aliyev condemned Moscow over the strike on Tuesday."))
             if e.kind.value == "statement")
    assert (e.polarity, e.modality.value) == ("positive", "asserted")
    assert " not " not in f" {e.summary} "
