"""Session 9: denials in the other nouns and verbs news English uses (stance.toml [denial]): "rejected allegations
that ...", "dismissed suggestions that ...", "disputed reports that ..."; what is denied is the clause after them.
Fresh sentences, no corpus read; rejecting a proposal or dismissing an official denies nothing."""

from __future__ import annotations

import pytest

from parity.stance import denied_clause, denies


@pytest.mark.parametrize(("text", "denied"), [
    ("Moscow rejected allegations that its jets had struck the drone.", "that its jets had struck the drone"),
    ("The ministry dismissed suggestions that the tanker had been seized.", "that the tanker had been seized"),
    ("Beijing flatly rejected reports that its vessels had rammed the boat, calling them fabrications.",
     "that its vessels had rammed the boat"),
    ("Ankara rejected the accusation that its drones had crossed into Iraqi airspace.",
     "that its drones had crossed into Iraqi airspace"),
    ("Tehran dismissed the allegations as baseless.", "as baseless"),
    ("Caracas disputed reports that troops had massed near the border.", "that troops had massed near the border"),
    ("New Delhi rejected as baseless the claim that its aircraft had been shot down.",
     "the claim that its aircraft had been shot down"),
    ("The army dismissed as nonsense the report that soldiers had fired on the crowd.",
     "the report that soldiers had fired on the crowd"),
    ("Officials said the reports were false and that no shots were fired.", "and that no shots were fired"),
    ("Pyongyang's envoy dismissed accusations that it had supplied shells to Russia.",
     "that it had supplied shells to Russia"),
])
def test_a_denial_in_other_words(text: str, denied: str) -> None:
    assert denies(text)
    assert denied_clause(text).strip() == denied


@pytest.mark.parametrize("text", [
    "The council rejected the proposal to extend the mission.",
    "The president dismissed the defence minister on Friday.",
    "The court rejected the appeal of the detained sailors.",
    "Reports said the tanker had been seized near the strait.",
])
def test_no_denial(text: str) -> None:
    assert not denies(text)
