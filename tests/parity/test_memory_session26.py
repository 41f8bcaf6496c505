"""Session 26 (scale26): copy_sentences holds at most COPY_BODIES_HELD copies' bodies read (the least recently read let
go first), and answers alike.

Held for the whole status pass, the sentences, shingles and postings of every copy read were ~520 MB at 10,000 generated
excerpts (3,561 bodies; the driver's high-water at the stage's end 1,629 MB, the run's peak). Rows fail on main f1e146b
(no COPY_BODIES_HELD: every body read stays).
"""

from __future__ import annotations

import random

import pytest

from parity import origins
from parity.build import build_parity
from tests.parity.helpers import event, record, timeline
from timeline.models import Evidence

TOLD = [
    ("The frigate Almirante Brion docked at Varna harbour on 2 May after a week of patrols.", "ship_movement"),
    ("Ruritania test-fired a Sokol cruise missile into the Kelp Sea on 3 May.", "missile_test"),
    ("Borduria imposed sanctions on three Syldavian banks on 4 May over the dam dispute.", "sanction"),
    ("Foreign ministers of Molvania and Pannonia met in Geneva on 5 May to discuss fishing rights.", "meeting"),
    ("Elbonian marines began a ten-day landing exercise near Port Kiro on 6 May.", "military_exercise"),
    ("Freedonia deployed an air-defence battery to the Osten border crossing on 7 May.", "deployment"),
]


def _story(k: int) -> tuple[str, str, str]:
    """A wire story: its told sentence, then words of its own (no other story shares a run of three)."""
    told, kind = TOLD[k]
    rng = random.Random(k)
    rest = " ".join(f"{rng.choice('bdfgklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrs')}{n}" for n in range(60))
    return f"{told} {rest.capitalize()}.", told, kind


def _record():
    """Six stories, each a wire and its reprint (a group of two); only the wire's told sentence is an event, so no link
    reaches it and the reprint's body is read (copy_sentences) to find it carried there."""
    records, events, bodies = [], [], {}
    for k in range(len(TOLD)):
        body, told, kind = _story(k)
        wire, copy = f"w{k}", f"r{k}"
        bodies[wire], bodies[copy] = body, body + "\nOriginally published by Wire.\n"
        records += [record(wire, "Wire", "2021-05-10"), record(copy, "Aggregator", "2021-05-12")]
        events.append(event(wire, told, kind, day=f"2021-05-{k + 2:02d}")
                      .model_copy(update={"evidence": Evidence.of(body, 0, len(told))}))
    return timeline(records, events), bodies


@pytest.fixture(scope="module")
def record_parts():
    return _record()


def _held_while_reading(monkeypatch) -> list[int]:
    """The bodies held after each time copy_sentences reads one."""
    held: list[int] = []
    real = origins.OriginMap._sentences_of

    def spy(self, excerpt):
        found = real(self, excerpt)
        held.append(len(self._body_sentences))
        return found

    monkeypatch.setattr(origins.OriginMap, "_sentences_of", spy)
    return held


def test_a_small_cap_gives_the_same_record_holding_fewer_bodies(monkeypatch, record_parts):
    tl, bodies = record_parts
    held = _held_while_reading(monkeypatch)
    whole = build_parity(tl, None, bodies)
    assert held and max(held) == len(TOLD)  # every reprint read, all held at once (under the default cap)
    assert [c.status.value for c in whole.claims] == ["echo"] * len(TOLD)  # each read and found carried
    held.clear()
    monkeypatch.setattr(origins, "COPY_BODIES_HELD", 2)
    capped = build_parity(tl, None, bodies)
    assert capped == whole
    assert len(held) == len(TOLD) and max(held) <= 2


def test_a_body_let_go_is_read_again_alike(monkeypatch, record_parts):
    tl, bodies = record_parts
    monkeypatch.setattr(origins, "COPY_BODIES_HELD", 2)
    parity_map = origins.OriginMap(claims=[], bodies=dict(bodies))
    first = parity_map._sentences_of("r0")
    parity_map._sentences_of("r1")
    parity_map._sentences_of("r0")  # read last now: r1 is the least recently read
    parity_map._sentences_of("r2")
    assert list(parity_map._body_sentences) == ["r0", "r2"]
    parity_map._sentences_of("r3")
    assert list(parity_map._body_sentences) == ["r2", "r3"]
    again = parity_map._sentences_of("r0")
    assert again is not first and again == first  # the same sentences, shingles, word ids and postings
