"""Session 26 (pstatus26): claim statuses on unseen text, read on heldout21 (declassified this session).

heldout21's wrong statuses by cause, main 10c42fc, `parity.evaluate --eval tests/data/heldout21 -v` end to end / with
--oracle (119 gold statuses: 51 / 76 right):

    cause (gold -> got)                                               e2e / oracle
    event not extracted (any status)                                   32 / -
    conflicting with no link found (-> single_source)                  11 / 11
      of which one side's opposed stances (a blame / "stopped short")   4 / 2
    conflict read as agreement (the differing link not found, or a      4 / 8
      difference unseen on it: "1.8 kilometres" / "some three km")
    a stance unseen on a link found (-> corroborated)                    - / 3
    conflict hidden as echo (the differing link not found)              4 / 2
    corroborated with no link found (-> single_source)                  6 / 6
    a link of the wrong relation (same_topic for same_event)             - / 1
    corroborated via a copy only (the independent link not found)       4 / 2
    later_development with no link (-> single_source / echo)            2 / 4
    a link the gold lacks (-> corroborated / conflicting)               4 / 6
    an echo missed (the copy's counterpart not read, -> single_source)  1 / -

Read claim by claim, as in sessions 24 and 25, almost every row is a link missed or a link the gold lacks (plink26's
matter: passed to it in requests-plink26.md with these counts); the rule reads the links it has right. What belongs to
statuses is the stance the links carry. Three shapes of one side's opposed stances were unread:
- a blame told as a passive agent: "The events in Vilnius were provoked by the policy of the Lithuanian leadership,"
  the President said (stance.toml [agents] "provoked by", "instigated by", "orchestrated by", "masterminded by"; the words
  before the verb name the act, not who blames, so the speaker's sides take it);
- a target told as its government's conduct: "the policy of the Lithuanian leadership", "the reckless policy of the
  Bolivian government" (stance.toml [owners]: up to two words and an owner noun before "of" are skipped; before, the
  target phrase ended at "of" and named no state);
- a state's leader blamed by name: "has stopped short of accusing Correa himself of backing the FARC" (the record's
  roles place the person: `stance._targets` reads the record's people when no state is named; the workers' stance
  pre-check, `takes_stance`, now counts any named person as a possible target, else such a statement was marked
  stanceless before the record's people were known).
And one count: a boat's people counted as its crew and as its fishermen ("detained its five crew" / "six Guyanese
fishermen", counts.toml [things] crews).
Independence: a reprint's credit naming the writer's byline before the outlet ("republishing J.D. Heyes, The National
Sentinel", the sample 002) labelled the origin with the writer's initials ("J D Heyes"); the credit pattern now skips a
byline with initials and takes the outlet, and a name with initials alone credits none.

dev26-status (gold written first, session 26): e2e 69% -> 91%, oracle 75% -> 94%. Fresh sentences below: invented
states' incidents, people and days, no text of a held-out set.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.build import build_parity
from parity.claims import claims_of
from parity.models import Status
from parity.score import count_difference
from parity.stance import stances_in, takes_stance
from tests.parity.helpers import event, record, timeline


@pytest.mark.parametrize(("text", "sides", "expect"), [
    # A blame told as the agent of a passive: the speaker's side blames the agent.
    ('"The riots were provoked by the policy of the Moldovan leadership," the Russian envoy said.', ("Russia",),
     {("Russia", "blame", "Moldova", "positive")}),
    ("Baku said the shelling had been instigated by Armenia.", ("Azerbaijan",),
     {("Azerbaijan", "blame", "Armenia", "positive")}),
    ("The minister said the border clashes were orchestrated by the Eritrean government.", ("Ethiopia",),
     {("Ethiopia", "blame", "Eritrea", "positive")}),
    # A target told as its government's conduct, for any stance verb.
    ("Kenya condemned the reckless actions of the Somali authorities on the border.", ("Kenya",),
     {("Kenya", "blame", "Somalia", "positive")}),
    ("Ghana backed the decision of the Ivorian government to reopen the border.", ("Ghana",),
     {("Ghana", "support", "Ivory Coast", "positive")}),
    # Guards: victims after "of" are no target; a passive agent that names no state blames no one.
    ("Kyiv condemned the killing of Russian prisoners.", ("Ukraine",), set()),
    ("The governor said the flooding was provoked by heavy rain.", ("Peru",), set()),
    ("The march was provoked by anger over fuel prices, organisers said.", ("Chile",), set()),
])
def test_a_passive_blame_and_a_governments_conduct_name_their_target(text, sides, expect):
    """Old code: "provoked by" took no stance, and a target phrase ended at "of" ("the policy of X" named no one)."""
    assert {(("+".join(s.sides)), s.stance, s.target, s.polarity) for s in stances_in(text, sides)} == expect


@pytest.mark.parametrize(("text", "sides", "people", "expect"), [
    ("Lusaka has stopped short of accusing Hichema himself of ordering the raid.", ("Zambia",),
     {"Hichema": "Malawi"}, {("blame", "Malawi", "negative")}),
    ("Officials in Dhaka accused Thapa of sheltering the smugglers.", ("Bangladesh",), {"Thapa": "Nepal"},
     {("blame", "Nepal", "positive")}),
    # A state named wins over a person's side; a person the record does not place is no target.
    ("Officials in Dhaka accused Nepal and Thapa of sheltering the smugglers.", ("Bangladesh",), {"Thapa": "India"},
     {("blame", "Nepal", "positive")}),
    ("Officials in Dhaka accused Thapa of sheltering the smugglers.", ("Bangladesh",), {}, set()),
])
def test_a_states_leader_blamed_by_name_is_his_state_blamed(text, sides, people, expect):
    """Old code: a person after a stance verb was no target, whatever the record's roles said of him."""
    assert {(s.stance, s.target, s.polarity) for s in stances_in(text, sides, people)} == expect


def test_a_stance_on_a_person_is_not_stanceless_before_the_record_is_known():
    """Old code: the workers' pre-check read no target in "accusing Hichema himself" (no people yet), so the statement
    was marked stanceless and its stance never read."""
    assert takes_stance("Lusaka has stopped short of accusing Hichema himself of ordering the raid.", persons=True)
    assert not takes_stance("Lusaka said the talks would resume on Monday.", persons=True)


def test_the_stance_on_a_leader_conflicts_with_the_blame_of_his_state():
    """A later source's "stopped short of accusing <the president> himself" against an accusation of his capital: one
    side's opposed stances, both conflicting (old code: no stance in the later one, both single_source)."""
    a = "Zambia's Foreign Minister Ruth Banda accused Lilongwe of arming the poachers in the park."
    b = "Lusaka has stopped short of accusing Mwale himself of arming the poachers."
    c = "Malawi's President Peter Mwale will visit Lusaka next week."
    recs = [record("a", "Lusaka Times", "2046-02-03"), record("b", "Nyasa Times", "2046-02-11"),
            record("c", "Nyasa Times", "2046-02-03")]
    ea = event("a", a, actor="Ruth Banda", role="Zambia's Foreign Minister", day="2046-02-03",
               summary="Ruth Banda accused Lilongwe of arming the poachers in the park")
    eb = event("b", b, actor="Zambia", summary="Zambia stopped short of accusing Mwale himself of arming the poachers")
    ec = event("c", c, "meeting", actor="Peter Mwale", role="Malawi's President", modality="planned",
               summary="Peter Mwale will visit Lusaka next week")
    tl = timeline(recs, [ea, eb, ec])
    stances = {c.excerpt: {(s.stance, s.target, s.polarity) for s in c.stances} for c in claims_of(tl)}
    assert stances["b"] == {("blame", "Malawi", "negative")}
    parity = build_parity(tl, None, {"a": a, "b": b, "c": c})
    status = {c.excerpt: c.status for c in parity.claims}
    assert status["a"] == status["b"] == Status.conflicting


def test_a_quoted_passive_blame_conflicts_with_a_later_withheld_blame():
    """The minister's quoted "provoked by the reckless policy of the X government" and a later "has since stopped short
    of blaming the X government": conflicting both (old code: no stance in the quote; the later one single_source)."""
    a = ('"The shooting was provoked by the reckless policy of the Tajik government," Kyrgyzstan\'s Foreign Minister '
         'Aibek Sydykov told reporters.')
    b = "Bishkek has since stopped short of blaming the Tajik government for the shooting."
    recs = [record("a", "AKIpress", "2045-06-02"), record("b", "Eurasianet", "2045-06-09")]
    ea = event("a", a, actor="Aibek Sydykov", role="Kyrgyzstan's Foreign Minister", day="2045-06-02",
               quote="The shooting was provoked by the reckless policy of the Tajik government",
               summary="Aibek Sydykov told reporters")
    eb = event("b", b, actor="Kyrgyzstan", summary="Kyrgyzstan stopped short of blaming the Tajik government")
    parity = build_parity(timeline(recs, [ea, eb]), None, {"a": a, "b": b})
    assert {c.excerpt: c.status for c in parity.claims} == {"a": Status.conflicting, "b": Status.conflicting}


@pytest.mark.parametrize(("a", "b", "differs"), [
    ("detained its five crew", "six Guyanese fishermen", True),
    ("seized the trawler and its 12 crewmen", "detained 14 fishermen", True),
    ("held 15 sailors", "its 16 crew", True),
    # Guard: soldiers and a boat's crew are two groups of one incident.
    ("killed two soldiers", "its five crew", False),
])
def test_a_boats_crew_and_its_fishermen_are_one_count(a, b, differs):
    """Old code: "five crew" / "six fishermen" counted two kinds of people, so the figures were never compared."""
    recs = [record("x", "AFP", "2044-09-21"), record("y", "Stabroek News", "2044-09-21")]
    ex = event("x", f"The navy {a} on Tuesday.", "other", actor="Suriname", day="2044-09-20", count=a.split()[-2],
               summary=f"Suriname {a}")
    ey = event("y", f"Soldiers {b} on Tuesday.", "other", actor="Suriname", day="2044-09-20", count=b.split()[-2],
               summary=f"Suriname {b}")
    cx, cy = (next(c for c in claims_of(timeline(recs, [ex, ey])) if c.id == e.id) for e in (ex, ey))
    assert (count_difference(cx, cy, own=True) is not None) == differs


@pytest.mark.parametrize(("outlet", "origin"), [
    ("Preparedness.news (republishing J.D. Heyes, The National Sentinel)", "National Sentinel"),
    ("Ultima Hora (republishing R.J. Ortiz, EFE)", "EFE"),
    ("The Daily Star (courtesy of Mary K. Okafor, Agence France-Presse)", "AFP"),
    ("Gulf Post (syndicated from P. R. Nair, The Hindu)", "Hindu"),
    # A name with initials alone credits no outlet; a plain credit is read as before.
    ("Frontier Weekly (republishing J.D. Heyes)", None),
    ("Sputnik International (reprinting TASS)", "TASS"),
    ("Coast Herald (republishing The Conversation)", "Conversation"),
])
def test_a_credit_names_the_outlet_never_the_writers_byline(outlet, origin):
    """Old code: "republishing J.D. Heyes, The National Sentinel" -> "J D Heyes" (the sample page's origin group)."""
    assert lexicon.outlet_origin(outlet) == origin


def test_a_stance_withheld_is_no_denial_on_the_page():
    """The sample page's fact-checker's trip: "neither Putin nor Xi are criticizing Washington" against "Russia blamed
    the US" showed "modality asserted / denied" beside the stance, as if one source denied an event. A statement whose
    only negation is its stance's is asserted (old code: the modality difference shown on both links)."""
    a = "The fact that neither Abuja nor Accra is criticising Paris over the coup is telling."
    b = "Nigeria's foreign minister blamed Paris for the coup in Niamey."
    recs = [record("a", "Sahel Weekly", "2047-08-02"), record("b", "Premium Times", "2047-08-01")]
    ea = event("a", a, actor="Nigeria", modality="denied",
               summary="Nigeria not criticising: Paris over the coup is telling")
    eb = event("b", b, actor="Nigeria", summary="Nigeria blamed Paris for the coup in Niamey")
    parity = build_parity(timeline(recs, [ea, eb]), None, {"a": a, "b": b})
    assert {c.excerpt: c.status for c in parity.claims} == {"a": Status.conflicting, "b": Status.conflicting}
    for claim in parity.claims:
        (link,) = claim.links
        assert [d.attribute for d in link.differences] == ["stance"]


def test_a_source_card_tells_an_attribution_from_a_copy():
    """The sample page's Newsweek card read "Origin group: TASS" because one claim relays TASS, as if the whole text were
    TASS's copy. An attribution group is now told as such (old code: the name alone); a copy group keeps its basis."""
    from page.context import ATTRIBUTED_ONLY, build_context
    from parity.models import Origin
    from tests.page import story

    xs, tl, parity = story.record()
    origins = [Origin(name="Wirebeat", events=[], excerpts=["br2", "wb3"], basis="br2 credited to Wirebeat"),
               Origin(name="Kyodo", events=[], excerpts=["wb3"], basis="attribution: Kyodo")]
    cards = {s.id: s.origins for s in build_context(xs, tl, parity.model_copy(update={"origins": origins})).sources}
    assert cards["br2"] == ("Wirebeat (br2 credited to Wirebeat)",)
    assert cards["wb3"] == (f"Kyodo ({ATTRIBUTED_ONLY})", "Wirebeat")
