"""A negated subject ("No soldiers were killed", "Nobody was hurt") tells the act as not done (claims.negated):
fresh sentences of wire, agency and paper English, and sentences where "no" negates nothing of the act."""

from __future__ import annotations

import pytest

from parity.claims import negated_subject

NEGATED = [
    ("No U.S. troops were killed in the attack, officials said.", "were killed in the attack."),
    ("No American soldiers were killed in the missile strikes on the base.", "No American soldiers were killed"),
    ("Nobody was hurt when the supply boat collided with the coast guard ship on Sunday.", "was hurt when the supply boat"),
    ("No one was injured in the blast near the embassy, police said.", "was injured in the blast"),
    ("The ministry said none of the crew was injured.", "was injured"),
    ("Officials said no ships were hit by the missiles fired overnight.", "Houthis: were hit by the missiles"),
    ("Not a single drone reached its target, the air force said.", "reached its target"),
    ("Kyiv said that no civilians were killed in the shelling of the village.", "were killed in the shelling"),
    ("None of the 23 crew members was harmed, the owner said.", "was harmed"),
    ("Neither of the pilots was hurt when the jet made an emergency landing on Hainan.", "was hurt when the jet"),
]

NOT_NEGATED = [
    ("Three Filipino sailors were hurt when the ships collided.", "Three Filipino sailors were hurt"),
    ("Russia no longer recognises the border, and troops were killed near it.", "were killed near it"),
    ("The No. 2 reactor was shut down on Friday, officials said.", "The No. 2 reactor was shut down"),
    ("There were no casualties, but two ships were damaged.", "two ships were damaged"),
    ("No agreement was reached and four soldiers were killed in the clash.", "four soldiers were killed"),
    ("No doubt the missiles were fired from the north, the analyst said.", "the missiles were fired"),
    ("No more than 20 people were evacuated from the village.", "were evacuated from the village"),
    ("Moscow said the tanker had been seized and no explanation was given.", "had been seized"),
    ("The drone was shot down over the Gulf of Oman on Thursday.", "was shot down over the Gulf"),
]


@pytest.mark.parametrize(("text", "summary"), NEGATED)
def test_a_negated_subject_negates_the_act(text, summary):
    assert negated_subject(text, summary)


@pytest.mark.parametrize(("text", "summary"), NOT_NEGATED)
def test_no_negated_subject(text, summary):
    assert not negated_subject(text, summary)


def test_a_negated_subject_is_a_polarity_conflict_on_one_subject():
    from tests.parity.helpers import event, record, scored

    records = [record("a", "Manila Wire", "2023-10-23"), record("b", "Beijing Herald", "2023-10-23")]
    hurt = event("a", "Three Filipino sailors were hurt when the ships collided on Sunday.", "other",
                 actor="China", day="2023-10-22", summary="Three Filipino sailors were hurt")
    nobody = event("b", "Nobody was hurt when the boat collided with the ship on Sunday.", "other",
                   day="2023-10-22", summary="Nobody was hurt")
    got = scored(records, hurt, nobody)
    assert got is not None and not got.agrees
    assert [d.attribute for d in got.differences][:1] == ["polarity"]


@pytest.mark.parametrize(("text", "negated"), [
    ("China declined to take Islamabad's side, urging both countries to exercise restraint.", False),
    ("Germany did not criticise Moscow over the expulsions.", False),
    ("Oman refrained from condemning Washington over the strikes on Yemen.", False),
    ("Russia denied that its jets had fired on the destroyer.", True),
    ("The ministry denied that any shots were fired and did not criticise London.", True),
])
def test_a_stance_negated_is_no_denial(text, negated):
    from tests.parity.helpers import claims_for, event, record

    actor = text.split()[0].replace("The", "Russia")
    (c,), _ = claims_for([record("a", "Wire", "2024-01-13")],
                         [event("a", text, actor=actor, modality="denied", polarity="negative")])
    assert c.negated == negated
