"""Session 28 (pstatus28): claim statuses on unseen text, read on heldout23 (declassified this session).

heldout23's wrong statuses by cause, main 92206fc, `parity.evaluate --eval tests/data/heldout23 -v --why` end to end /
with --oracle (183 gold statuses: 92 / 133 right):

    cause (gold -> got)                                                    e2e / oracle
    event not extracted (any status)                                        43 / -
    the gold's counterpart not extracted                                     13 / -
    a link missed (conflicting, corroborated or later_development lost)      21 / 17
      of which a denial statement never linked to the act it denies          3 / 4
      ("rejected the charge", "categorically denied", "Reports that ... are false")
    a false link (a copy's claim to another act, two sides' guns, a remark)   5 / 12
    a count read on a link where none is: "at 05h30 on 22/9 a task force"     - / 3
      (a day written with a slash counted as 22 task forces: conflicting for corroborated)
    a count difference unseen on a link found                                 3 / 6
      ("two Nationalist generals" / "the three deputy commanders", 3; "At least eight South African soldiers" /
      "seven members of the SANDF", 3)
    an act told inside "Reports that ... are false" read as asserted          3 / -
      (oracle events carry the gold's modality, denied)
    one speaker's stance on a thing told both ways, unread                    2 / 3
      ("blamed the opposition parties for inciting the mutiny" / "has been careful not to blame the opposition parties")
    a stance on a capital in its older name unread ("refrained from condemning Peking", "Djakarta")  - / 4
      (the Peking alias also lets "Peking proclaimed a twelve-mile territorial sea" meet "declared the breadth of China's
      territorial sea": 2 of the 4)
    a stance whose target is an act told paragraphs before ("condemned the bombardment", read as the US's)  3 / 3
    a trimmed reprint that dropped the claim's clause, its word order read as a spun copy (echo for single_source)
      ("... this morning and ordered civilians away from the beaches" / "... this morning.")  2 / -

What belongs to statuses and independence here, fixed below in fresh sentences: a number joined to another by a slash
is no count (lexicon `_counted_re`, a request noted in requests-plink28.md); "members" of a force are people of any kind
and generals, commanders and officers one group of counted officers (counts.toml [persons] generic, [things] officers);
an act inside a report called false is told as not done (stance.toml [false_reports], `claims.reported_false`); a named
speaker is a side of its own stances on things (`claims.claim_facts`; stance.toml [things] opposition); "Peking",
"Peiping" and "Djakarta" name their states (parity aliases.toml); a copy's sentence that is the claim's sentence less the
claim's clause carries no echo of it (`status._clause_dropped`, the claim's whole sentence from
`origins.OriginMap.copy_sentences`): heldout23 e2e 95 -> 96, nothing else moved (a looser test, a copy shorter than
the sentence by half the claim's words, also took heldout23 to 97 but lost one status on a blind set: not kept). heldout23 e2e 92 -> 95, oracle 133 -> 144 of 183;
dev28-status (gold written first) e2e 8 -> 11, oracle 27 -> 30 of 30. Left to linking (requests-plink28.md): the
links missed and the false links above; "seven members of the SANDF lost their lives" / "At least eight South African
soldiers were killed" still agree (score._one_toll_of_people reads a demonym as the thing's head: 'south_africa').
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.build import build_parity
from parity.claims import claim_facts, reported_false
from parity.stance import stances_in
from parity.tolerance import things_apart
from tests.parity.helpers import claims_for, event, record, timeline
from timeline.models import DateResolution, Event, Evidence, event_id

# ---- a number joined by a slash is no count


@pytest.mark.parametrize(("text", "expect"), [
    # Old code: "22" and "9" of "22/9" counted the task force (a false count difference with "About 600 troops").
    ("At 04h50 on 14/6 a task force of the Malian army entered Kidal.", ()),
    ("The border crossing at Rafah is now open 24/7 to aid convoys.", ()),
    ("The 9/11 commission heard two witnesses.", (("2", "two witnesses"),)),
    # Guards: plain figures still count.
    ("The navy sent 14 warships to the strait.", (("14", "14 warships"),)),
    ("About 600 Malian troops entered Kidal.", (("600", "About 600 Malian troops entered"),)),
])
def test_a_number_joined_by_a_slash_is_no_count(text, expect):
    assert tuple((value, shown) for value, _, shown in lexicon.counts_in(text)) == expect


# ---- counted officers and members of a force


@pytest.mark.parametrize(("count_a", "count_b", "apart"), [
    # Old code: "members" was a thing of its own, apart from soldiers; generals, colonels and commanders were apart.
    ("seven members of the KDF", "eight Kenyan soldiers", False),
    ("eleven members of the crew", "ten sailors", False),
    ("two generals", "three commanders", False),
    ("two colonels of the gendarmerie", "three senior officers", False),
    # Guards: two kinds of people still apart.
    ("32 soldiers", "two farmers", True),
    ("two generals", "three civilians", True),
])
def test_members_and_officers_are_one_count(count_a, count_b, apart):
    """Two events' own counts are compared (not apart) when they count one group: members of a force are people of
    any kind (counts.toml [persons] generic), generals, colonels, commanders and officers one group ([things])."""
    assert things_apart(count_a, count_b) is apart


# ---- an act inside a report called false


@pytest.mark.parametrize(("evidence", "summary", "told_false"), [
    ("Reports that our gunboats fired on the fishing village of Kanel are false.", "our gunboats fired on the fishing village", True),
    ("Claims that the frigate entered Cypriot waters were completely untrue, the ministry said.",
     "the frigate entered Cypriot waters", True),
    ("Rumours that the envoy was expelled from Bamako are baseless.", "the envoy was expelled from Bamako", True),
    # Guards: a report confirmed, and an act told outside the report's clause.
    ("The report that troops crossed the border at Kanel was confirmed.", "troops crossed the border at Kanel", False),
    ("Reports that the tanker sank are false, but its crew fired distress flares.", "its crew fired distress flares", False),
    ("Our gunboats fired on the village of Kanel, the army said.", "Our gunboats fired on the village of Kanel", False),
])
def test_an_act_inside_a_report_called_false_is_told_as_not_done(evidence, summary, told_false):
    assert reported_false(evidence, summary) is told_false


def test_a_denied_report_conflicts_with_the_act_told_done():
    """Old code: "Reports that our gunboats fired on Kanel are false" was asserted, so its link to the act told done
    agreed (heldout23: "Reports that our soldiers fired on unarmed civilians at the palace are false")."""
    told = record("k1", "APS", "2074-05-03")
    denied = record("k2", "Mauritanian defence ministry", "2074-05-03")
    done = event("k1", "Mauritanian gunboats fired on the fishing village of Kanel on Friday, residents said.", "other",
                 actor="Mauritania", day="2074-05-02", summary="fired on the fishing village of Kanel")
    false = event("k2", "Reports that our gunboats fired on the fishing village of Kanel are false.", "other",
                  actor="Mauritania", summary="our gunboats fired on the fishing village of Kanel")
    (a, b), _ = claims_for([told, denied], [done, false])
    assert b.negated and not a.negated
    assert claim_facts(false, 0, denied, {}).negated


# ---- old names of capitals, and a speaker's stance on a thing told both ways


@pytest.mark.parametrize(("text", "target"), [
    # Old code: no target (the capitals' older names were no state).
    ("The Foreign Office has so far refrained from condemning Peking.", "China"),
    ("Washington has stopped short of condemning Djakarta.", "Indonesia"),
    ("Radio Moscow accused Peiping of aggression.", "China"),
])
def test_older_names_of_capitals_are_their_states(text, target):
    assert {st.target for st in stances_in(text, ("UK",))} == {target}


WIRE = record("n1", "Reuters", "2066-11-02")
WEEKLY = record("n2", "The East African", "2066-11-09")


def _blame(rec, text: str, actor: str):
    return event(rec.id, text, actor=actor, summary=text)


@pytest.mark.parametrize(("later", "actor", "conflict"), [
    # Old code: the second had no side (a person no role places), and a stance on a thing needs a known side.
    ("Odhiambo has been careful not to blame the opposition parties in public since the weekend.", "Peter Odhiambo", True),
    ("Odhiambo has stopped short of blaming the opposition for the riots.", "Peter Odhiambo", True),
    # Guards: another speaker's withheld blame is no position of his; a blame told again agrees.
    ("Wanjiru has been careful not to blame the opposition parties in public.", "Grace Wanjiru", False),
    ("Odhiambo again blamed the opposition parties for the riots.", "Peter Odhiambo", False),
])
def test_a_speakers_stance_on_a_thing_told_both_ways_conflicts(later, actor, conflict):
    first = _blame(WIRE, "Kenya's Prime Minister Peter Odhiambo blamed the opposition parties for inciting the riots.",
                   "Peter Odhiambo")
    (a, b), _ = claims_for([WIRE, WEEKLY], [first, _blame(WEEKLY, later, actor)])
    assert any(x.conflicts_with(y) for x in a.stances for y in b.stances) is conflict


# ---- a copy that dropped a claim's clause carries no echo of it


WIRE_BODY = ("NIAMEY, May 3 (Reuters) - The junta declared a curfew in Niamey this morning and ordered civilians off the "
             "streets.\n\nSoldiers blocked the bridges over the Niger river, witnesses said.")


def _niamey_event(excerpt: str, body: str, piece: str) -> Event:
    start = body.index(piece)
    return Event(id=event_id(excerpt, "other", piece), excerpt=excerpt, kind="other", actor="Niger", summary=piece,
                 modality="asserted", date=DateResolution(), evidence=Evidence.of(body, start, start + len(piece)))


@pytest.mark.parametrize(("copy_sentence", "status"), [
    # Old code: echo. The reprint kept only the sentence's first clause; its word order (a prefix of the wire's sentence)
    # read as a sentence spun past its content words, though the clause the claim was read from is not there
    # (heldout23: "and ordered civilians away from the beaches", dropped by a trimmed UPI reprint).
    ("The junta declared a curfew in Niamey this morning.", "single_source"),
    # Guard: a copy that keeps the clause carries it, though no claim was read there.
    ("The junta declared a curfew in Niamey this morning and ordered civilians off the streets.", "echo"),
])
def test_a_copy_that_dropped_the_claims_clause_does_not_echo_it(copy_sentence, status):
    copy_body = WIRE_BODY.replace(WIRE_BODY.split(" - ", 1)[1].split("\n")[0], copy_sentence)
    wire, copy = record("a1", "Reuters", "2071-05-03"), record("b1", "Sahel Daily", "2071-05-04")
    events = [_niamey_event("a1", WIRE_BODY, "declared a curfew in Niamey this morning"),
              _niamey_event("a1", WIRE_BODY, "ordered civilians off the streets"),
              _niamey_event("b1", copy_body, "declared a curfew in Niamey this morning")]
    par = build_parity(timeline([wire, copy], events), bodies={"a1": WIRE_BODY, "b1": copy_body})
    assert {o.name for o in par.origins} == {"Reuters"}
    assert next(c for c in par.claims if c.event == events[1].id).status.value == status
