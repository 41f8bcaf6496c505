"""Session 24 (pstatus24): claim statuses on unseen text.

The open sets' wrong statuses by cause, re-tabled with heldout20 (declassified this session), main e81a359, end to end /
--oracle (all open sets with gold statuses, 2,390 claims: 1,518 / 1,869 right; heldout20 alone 105 / 149 of 196):

    cause (gold -> got)                                   open e2e / oracle    heldout20 e2e / oracle
    event not extracted                                        234 / -              51 / -
    conflicting with no link (-> single_source)                132 / 107             9 / 8
    corroborated with no link (-> single_source)               129 / 94              5 / 9
    conflict hidden as echo (conflicting -> echo)               64 / 41              7 / 2
    conflict read as agreement (conflicting -> corroborated)    59 / 52              2 / 9
    corroborated via a copy only (corroborated -> echo)         55 / 36              5 / 8
    later_development with no link (-> single_source)           45 / 34              2 / 3

Each cause read claim by claim on the open sets:
- "conflict hidden as echo": the status rule reads origin groups before differences, as the golds do: of the 2,390
  gold statuses none calls a claim conflicting for a difference with a copy of its own origin (two echoes differ from
  their copy, and stay echoes), so a copy's slip is no conflict (dev24-status `sarstoon`: the wire's seven against its
  reprint's eight, the wire corroborated by an independent seven). Every one of the 41 under --oracle lacks the link
  to the independent source that differs (18 a stance, 10 a count, 9 a date): linking's matter, not the rule's.
- "corroborated via a copy only": the claim's copies are linked and the independent witness is not, to the copy
  either. Lending each claim what independent sources tell its copies through every agreeing same_event link to a copy
  (not only its counterpart in one copied sentence, `status.counterparts`) was measured on the dump of every open set's
  links: oracle 1,869 -> 1,867, end to end 1,518 -> 1,517 (or 1,518 lending through disagreeing copy links too): not
  kept.
- The default for a claim no link reaches, measured (not guessed): single_source is the gold's status for 708 of 944
  such claims under --oracle (75%) and 663 of 975 end to end (68%); an echo by a copy's body (`in_copy_bodies`) is right
  for 6 of 10 end to end. A claim whose only links are same_topic links to sources not written later: single_source
  52 of 84 / 33 of 66 (the next, corroborated, 14 / 22). later_development before echo (a claim linked to its copy and
  to a later source's same_topic claim): later_development 41 of 54 / 18 of 29, echo 7 / 4. No default moved.
- Conflicts through a same_topic link while an independent source agrees on the same event: oracle 9 of 15 conflicting,
  end to end 4 of 5: the rule's order stands.
- Tried and not kept: a statement and a later source's statement on its subject that agree and differ in nothing, not
  even the day (a remark told again), no later_development (later_development was the gold's status for none of 6
  such claims under --oracle, 9 end to end): open sets +2 / +3 right with no loss (dev16-standoff, heldout17, heldout2,
  heldout9), but the blind summaries moved heldout5 --oracle 101 -> 100, heldout6 e2e 80 -> 81, heldout19 e2e
  105 -> 103 of 185: a net blind loss, so the rule stays as it was.

What changed: a state's hand seen behind an act or in a decision is blame laid on it (stance.toml [gapped]: "Washington
does not see Moscow's hand in the decision" withholds it), so it conflicts with a source telling the blame (heldout20
`khanabad`: --oracle 149 -> 152 of 196, end to end 105 -> 108). Fresh sentences below: invented states, people and
days, no text of a held-out set.
"""

from __future__ import annotations

import pytest

from parity.build import build_parity
from parity.models import Status
from parity.stance import stances_in
from tests.parity.helpers import event, record, timeline


@pytest.mark.parametrize(("text", "sides", "expect"), [
    ("Ankara does not see Tehran's hand in the closure of the pipeline, a Turkish official said.", ("Turkey",),
     {("blame", "Iran", "negative")}),
    ("Officials in Vilnius saw Minsk's hand behind the balloons that closed the airport.", ("Lithuania",),
     {("blame", "Belarus", "positive")}),
    ("The minister said she had seen the hand of Caracas behind the strike at the refinery.", ("Guyana",),
     {("blame", "Venezuela", "positive")}),
    ("Seoul sees Pyongyang's hand in the hacking of the exchange, the spy agency told lawmakers.", ("South Korea",),
     {("blame", "North Korea", "positive")}),
    # Guards: a hand in a deal brokered or a hand of no state credits no one with a fault.
    ("Diplomats saw Qatar's hand in brokering the truce between the two militias.", ("France",), set()),
    ("The envoy said he saw the hand of history in the agreement.", ("France",), set()),
    ("Reporters saw the president shake the emir's hand in the palace garden.", ("France",), set()),
])
def test_a_states_hand_seen_behind_an_act_is_blame(text, sides, expect):
    """Old code: no stance read from "sees X's hand in the ..." / "the hand of X behind"."""
    assert {(s.stance, s.target, s.polarity) for s in stances_in(text, sides)} == expect


def test_a_hand_not_seen_conflicts_with_the_blame_told_elsewhere():
    """One state's officials withhold blame in one outlet and lay it in another: a stance conflict, both conflicting
    (old code: no stance in the first, so the later source's blame made it later_development, the blame single_source)."""
    a = "Ankara does not see Tehran's hand in the closure of the pipeline, a Turkish official said."
    b = "Turkish officials blamed Tehran for the closure of the pipeline."
    recs = [record("a", "Reuters", "2037-03-04"), record("b", "Hurriyet", "2037-03-05")]
    ea = event("a", a, "statement", actor="Turkey", day="2037-03-04",
               summary="Turkey said: Ankara does not see Tehran's hand in the closure of the pipeline")
    eb = event("b", b, "statement", actor="Turkey", day="2037-03-05",
               summary="Turkey blamed Tehran for the closure of the pipeline")
    parity = build_parity(timeline(recs, [ea, eb]), None, {"a": a, "b": b})
    assert {c.excerpt: c.status for c in parity.claims} == {"a": Status.conflicting, "b": Status.conflicting}
    (link,) = next(c for c in parity.claims if c.excerpt == "a").links
    assert "stance" in {d.attribute for d in link.differences}
