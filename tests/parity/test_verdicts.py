"""Editor verdicts: reading verdicts.toml, errors naming the line, stale verdicts, not_same."""

from __future__ import annotations

import pytest

from excerpt.errors import VerdictError
from parity.build import build_parity
from parity.models import Decision
from parity.verdicts import load_verdicts, parse_verdicts
from tests.parity.stories import STORIES

GOOD = '''# verdicts for the launch story
[[verdict]]
here = "m1-aaaaaa"
there = "m2-bbbbbb"
decision = "accept_there"
note = "the South Korean military gave Wednesday"

[[verdict]]
here = "m3-cccccc"
decision = "noted"
'''


def test_good_file(tmp_path):
    path = tmp_path / "verdicts.toml"
    path.write_text(GOOD, encoding="utf-8")
    first, second = load_verdicts(path)
    assert (first.here, first.there, first.decision, first.line) == ("m1-aaaaaa", "m2-bbbbbb",
                                                                      Decision.accept_there, 2)
    assert first.note == "the South Korean military gave Wednesday"
    assert (second.here, second.there, second.decision, second.line) == ("m3-cccccc", None, Decision.noted, 8)


def test_missing_file_means_no_verdicts(tmp_path):
    assert load_verdicts(tmp_path / "verdicts.toml") == []


@pytest.mark.parametrize("text, message", [
    ('[[verdict]]\nhere = "a-1"\ndecision = "maybe"\n',
     "v.toml: line 3: decision 'maybe' is not one of accept_here, accept_there, both_wrong, not_same, noted"),
    ('[[verdict]]\nhere = "a-1"\ndecision = "noted"\n\n[[verdict]]\nthere = "b-2"\ndecision = "noted"\n',
     "v.toml: line 5: verdict has no 'here'"),
    ('[[verdict]]\nhere = "a-1"\ndecison = "noted"\n',
     "v.toml: line 3: unknown key 'decison' (expected here, there, decision, note)"),
    ('[[verdict]]\nhere = "a-1"\ndecision = noted\n', "v.toml: line 3: not valid TOML (Invalid value)"),
    ('[[verdict]]\nhere = 7\ndecision = "noted"\n', "v.toml: line 2: here must be a string"),
    ('title = "x"\n', "v.toml: line 1: unknown key 'title' (expected [[verdict]] tables)"),
])
def test_malformed_files_name_the_line(text, message):
    with pytest.raises(VerdictError) as exc:
        parse_verdicts("v.toml", text)
    assert str(exc.value) == message


def test_verdicts_attach_keep_the_status_and_stale_ones_are_reported():
    story = STORIES["launch"]()
    herald, daily = story.events["herald_launch"].id, story.events["daily_launch"].id
    text = (f'[[verdict]]\nhere = "{herald}"\nthere = "{daily}"\ndecision = "accept_there"\n\n'
            '[[verdict]]\nhere = "m9-gone00"\ndecision = "noted"\nnote = "event edited away"\n')
    verdicts = parse_verdicts("verdicts.toml", text)
    parity = build_parity(story.timeline, verdicts)
    by_event = {c.event: c for c in parity.claims}
    assert by_event[herald].status.value == "conflicting"  # the verdict is shown, the conflict stays
    assert by_event[herald].verdict.decision == Decision.accept_there
    assert by_event[daily].verdict.decision == Decision.accept_there
    assert [(v.here, v.line) for v in parity.stale_verdicts] == [("m9-gone00", 6)]


def test_not_same_removes_the_link():
    story = STORIES["launch"]()
    herald, daily = story.events["herald_launch"].id, story.events["daily_launch"].id
    verdicts = parse_verdicts("verdicts.toml",
                              f'[[verdict]]\nhere = "{daily}"\nthere = "{herald}"\ndecision = "not_same"\n')
    by_event = {c.event: c for c in build_parity(story.timeline, verdicts).claims}
    assert by_event[herald].links == [] and by_event[herald].status.value == "single_source"
    assert by_event[daily].verdict.decision == Decision.not_same
