"""Session 22 (plink22): parity links on unseen text, main 6139bf0 (session 22's start, heldout18 declassified).

Every missed and extra link under --oracle (`python -m parity.evaluate --eval DIR --oracle -v --why`) on heldout18
(declassified this session: 118 gold links with both ends, tp 60 fp 17 fn 58) and the open link sets, by the rule that
refused it (same_e = a gold same_event pair, same_t = same_topic; h18 .. h2 = heldout18 .. heldout2, h = heldout, f6 =
fresh6, d22 = dev22-links, written gold-first this session):
| missed link: rule (--why)                      |  h18|  h17|  h16|  h15|  h14|  h13|  h12|  h11|  h10|   h9|   h7|   h4|   h3|   h2|    h| eval| gaps|gaps2|   f6|  d22|  all|
| extra same_event                               |    8|   12|    7|    8|    2|     |    4|    3|    7|    4|    1|    6|   12|    3|    2|    1|     |     |    4|     |   84|
| extra same_topic                               |    8|   13|    2|    3|    7|    7|    2|    4|    1|    2|    3|    3|    2|   10|    7|    2|    3|    4|     |     |   83|
| same_e: summaries share no word                |    5|   11|    2|    8|    5|    1|     |    3|    2|   12|    7|    7|    1|    4|     |     |    2|    2|    6|    1|   79|
| same_e: score under threshold                  |    5|    7|    6|    6|    1|    1|    6|    2|     |    7|    6|    1|    4|    1|     |     |     |    1|    1|    1|   56|
| same_t: similarity < 0.05                      |    1|    4|    5|     |    1|     |    2|     |    1|     |    9|     |    3|     |     |     |    1|    3|    2|     |   32|
| same_e: no anchor                              |    8|    4|    1|    2|    3|     |    1|    2|     |    3|    1|     |     |    1|     |     |     |    1|     |    1|   28|
| same_t: blocked: cut by the candidate limit    |    2|    8|    2|     |    3|    1|    1|    3|     |     |    7|     |     |     |     |    1|     |     |     |     |   28|
| same_t: a relay                                |    4|    3|    3|     |    5|     |    2|    2|    1|    1|     |    2|     |     |     |    1|     |     |    1|     |   25|
| same_e: blocked: cut by the candidate limit    |    8|    7|    1|     |    1|     |     |    1|     |    2|    1|    1|     |    2|     |     |     |     |     |     |   24|
| same_t: blocked: no shared key                 |    1|    5|    4|     |     |     |     |    5|     |    1|    1|     |     |    1|     |     |     |     |    1|     |   19|
| same_t: similarity < 0.12                      |    3|    1|    3|     |     |     |     |     |     |    3|    5|     |    2|     |     |     |     |     |     |     |   17|
| same_t: similarity < 0.25                      |     |    5|    4|     |     |     |     |    1|    1|     |     |    2|     |     |     |     |     |     |    1|     |   14|
| the rest (a relay 12, kinds differ 43, ...)    |   21|   15|    9|   10|   11|   11|    1|    6|    1|   13|    8|    1|    4|    2|    1|    8|     |    3|   10|    5|  140|
| all missed (fn)                                |   58|   70|   40|   26|   30|   14|   13|   25|    6|   42|   45|   14|   14|   11|    1|   10|    3|   10|   22|    8|  462|
| false links (fp)                               |   17|   27|   12|   15|    9|    8|    6|    8|    8|    8|    5|   10|   16|   14|    9|    3|    3|    5|    5|    0|  188|
| found (tp)                                     |   60|   41|   51|   61|   36|   46|   45|   38|   63|   64|   93|   52|   91|   63|   62|   81|   45|   38|   25|   18| 1073|
Of "the rest", kinds differ between a meeting and another kind: 22 pairs (heldout18 9), most a session and what came of
it (the fix below).
Blocking read pair by pair (`candidate_pairs`, the best PER_CLAIM = 15 of each claim's candidates by summed key idf):
the pairs cut share one or two common words or an actor only; the slots go to the other events of a candidate's
sentence, which share all its words. Tried and left out: a key per summary word (`("core", w)`): heldout18's two
"opened fire" pairs became candidates (and were then refused by score), no other open set gained a link, heldout9 and
heldout16 gained three false ones.
End to end (`--bridge -v` on heldout18): of 66 gold links found on gold events, 32 are lost end to end, 19 of them with
an end not extracted (a deployment or count in a clause of the wire's sentence, "put their own losses at 21 dead",
"ferrying reinforcements to the Sidi Ahmed airfield"; a plan told in the future, "will arrive in Tunis on Monday",
"are expected on station off Jersey early tomorrow"; a noun's act, "the killing of Mr Maurice Bishop"): requested of
the extraction helpers (/tmp/team/requests-plink22.md).

Fixed:
- A body's session and the vote that ended its debate (`acts.vote_on_it`, words.toml [meeting_votes]): a meeting of a body
  that acts by meeting and an act telling a vote by whoever cast it ("began its debate on Tuesday night" / "the United
  States vetoed a Security Council resolution"; "met yesterday evening" / "The resolution, adopted by 10 votes with France
  abstaining"): same_topic, on a planned meeting's days or within VOTE_DAYS = 14 of a held one's first. The member's veto
  is cast in the body, so `_bloc_outcome`'s rule (the bloc's own acts only) never read it. Guards: a planned meeting
  and a vote days after its day (heldout18's gold leaves "would probably meet Friday" and "will meet in emergency
  session tonight" apart from votes of later days: read with the held ones' window they were 5 false links), a vote
  told ahead taken for the vote ("a vote was expected on Friday" is no session's outcome, but the plan of the vote: a vote
  told done on its day, on a text both sentences name, is what came of it), a procedural vote of the session itself (heldout3: "members voted down
  Russia's proposed agenda" at the session, a false link while the organ named stood for the text voted on).
- A spinner's swaps of a seizure's words read back (words.toml [spin]: "grabbed" -> "seized", "seafarers" -> "sailors",
  "encircled" -> "surrounded"); headlines, attention or the initiative seized or grabbed are no capture
  (paraphrases.toml [heads] no_seizure).
- Two summonses whose sentences name envoys of two states, neither the other's ("Britain summoned the Iranian
  ambassador" / "the British ambassador had been summoned to the ministry"): each side's own act (`acts.envoys_apart`,
  words.toml [one_way] envoys), also when a summary names neither doer (`crossed` needs both: end to end the passive's
  summary was "summoned to the ministry to receive a strong protest", a false same_event link on dev22-links).
After (F1, tp/fp): oracle heldout18 .62 -> .65 (60/17 -> 65/17), heldout11 .70 -> .71 (38/8 -> 39/8), dev22-links .82 ->
.87 (18/0 -> 20/0), blind heldout20 .64 -> .66; end to end heldout18 .40 -> .41 (34/13 -> 35/13), dev22-links .69 -> .78
(17/6 -> 19/4, status 71 -> 86%), heldout11 20/10 -> 20/11 (a detention and the spun coup, "grabbed energy"); every other
open set and the blind summaries (heldout5, 6, 8, 19, 20; oracle and end to end) unchanged.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.acts import envoys_apart, vote_on_it
from parity.models import Relation
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("u1", "Harbour Wire", "2032-03-09"), record("u2", "Valley Post", "2032-03-14"),
        record("u3", "Coast Herald", "2032-03-30")]


def _words(text: str) -> tuple[str, ...]:
    return lexicon.content_words(text)


# ---- a body's session and the vote that ended its debate (each fails on the code before session 22: no rule)

def _debate(modality: str = "asserted", day: str = "2032-03-09") -> object:
    return event("u1", "The UN Security Council began an emergency debate on the blockade on Monday night.", "meeting",
                 actor="UN", day=day, modality=modality, summary="The UN Security Council began an emergency debate")


def test_a_veto_days_later_ends_the_debate_held() -> None:
    veto = event("u2", "Russia vetoed a Security Council resolution demanding an end to the blockade on Friday.",
                 "other", actor="Russia", day="2032-03-13",
                 summary="Russia vetoed a Security Council resolution demanding an end to the blockade")
    (m, s), _ = claims_for(RECS, [_debate(), veto])
    assert vote_on_it(m, s)
    got = scored(RECS, _debate(), veto)
    assert got is not None and got.relation is Relation.same_topic


def test_a_resolution_adopted_names_the_text_not_the_organ() -> None:
    """The organ is named a sentence before: "The resolution, adopted by 12 votes with two abstaining, ..."."""
    adopted = event("u2", "The resolution, adopted by 12 votes with two abstaining, asked both navies to withdraw.",
                    "other", actor="UN", day="2032-03-10", summary="adopted by 12 votes with two abstaining")
    (m, s), _ = claims_for(RECS, [_debate(), adopted])
    assert vote_on_it(m, s)


def test_a_planned_session_and_the_vote_on_its_day() -> None:
    plan = event("u1", "The Security Council is to resume its debate today.", "meeting", actor="UN", day="2032-03-09",
                 modality="planned", summary="The Security Council is to resume its debate today")
    vote = event("u2", "The draft won 11 votes on Monday, but China voted against it.", "other", actor="UN",
                 day="2032-03-09", summary="won 11 votes on Monday")
    (m, s), _ = claims_for(RECS, [plan, vote])
    assert vote_on_it(m, s)


@pytest.mark.parametrize("case", ["planned, vote days later", "vote told ahead", "another organ", "past the window",
                                  "no vote word", "procedural vote"])
def test_no_vote_on_the_session(case: str) -> None:
    debate = _debate("planned") if case == "planned, vote days later" else _debate()
    texts = {
        "vote told ahead": ("A vote on the Security Council draft is expected on Friday.", "2032-03-13", "expected",
                            "A vote on the Security Council draft is expected on Friday"),
        "another organ": ("The national parliament voted to extend the blockade on Friday.", "2032-03-13", "asserted",
                          "The national parliament voted to extend the blockade"),
        "past the window": ("Russia vetoed a Security Council resolution on the blockade on 30 March.", "2032-03-30",
                            "asserted", "Russia vetoed a Security Council resolution on the blockade"),
        "procedural vote": ("Security Council members voted down the proposed agenda on Monday night.", "2032-03-09",
                            "asserted", "Security Council members voted down the proposed agenda"),
        "no vote word": ("The Security Council resolution called on both navies to withdraw on Friday.", "2032-03-13",
                         "asserted", "The Security Council resolution called on both navies to withdraw"),
    }
    text, day, modality, summary = texts.get(case, (
        "Russia vetoed a Security Council resolution on the blockade on Friday.", "2032-03-13", "asserted",
        "Russia vetoed a Security Council resolution on the blockade"))
    other = event("u3" if case == "past the window" else "u2", text, "other", actor="Russia", day=day,
                  modality=modality, summary=summary)
    (m, s), _ = claims_for(RECS, [debate, other])
    assert not vote_on_it(m, s)


def test_a_vote_told_ahead_and_the_veto_on_its_day() -> None:
    """heldout18's shape in fresh words: "where a draft resolution ... was tabled, a vote was expected on Friday"."""
    plan = event("u1", "At the UN, where a draft resolution on the blockade was tabled by Peru, a vote was expected on Friday.",
                 "other", actor="UN", day="2032-03-13", modality="expected", summary="a vote was expected on Friday")
    veto = event("u2", "Russia vetoed the draft resolution on Friday.", "other", actor="Russia", day="2032-03-13",
                 summary="Russia vetoed the draft resolution")
    (m, s), _ = claims_for(RECS, [plan, veto])
    assert vote_on_it(m, s)
    got = scored(RECS, plan, veto)
    assert got is not None and got.relation is Relation.same_topic


@pytest.mark.parametrize(("planned", "day"), [
    ("a vote was expected on Friday", "2032-03-16"),  # a vote days after the day told ahead
    ("talks were expected on Friday", "2032-03-13"),  # no vote told ahead
])
def test_no_vote_told_ahead_came(planned: str, day: str) -> None:
    plan = event("u1", f"At the UN, where a draft resolution on the blockade was tabled by Peru, {planned}.", "other",
                 actor="UN", day="2032-03-13", modality="expected", summary=planned)
    veto = event("u2", "Russia vetoed the draft resolution on Monday.", "other", actor="Russia", day=day,
                 summary="Russia vetoed the draft resolution")
    (m, s), _ = claims_for(RECS, [plan, veto])
    assert not vote_on_it(m, s)


# ---- a spinner's swaps of a seizure's words (each fails before session 22) and their guards

@pytest.mark.parametrize(("spun", "wire"), [
    ("Coast guard cutters grabbed 12 fishermen off the atoll", "Coast guard cutters seized 12 fishermen off the atoll"),
    ("Gunmen grabbed three seafarers from the tanker", "Gunmen seized three sailors from the tanker"),
    ("The patrol boats encircled the trawler", "The patrol boats surrounded the trawler"),
])
def test_a_spun_seizure_reads_as_the_wire(spun: str, wire: str) -> None:
    assert _words(spun) == _words(wire)


@pytest.mark.parametrize("text", ["The row over the islets grabbed the headlines in Seoul",
                                  "Kyiv's forces seized the initiative on the southern front",
                                  "The opposition seized upon the minister's remarks",
                                  "The summit grabbed the attention of the region"])
def test_headlines_and_initiatives_seized_are_no_capture(text: str) -> None:
    assert "captur" not in _words(text)


def test_a_spun_seizure_is_one_act_with_the_agencys() -> None:
    """A spun copy's seizure and an agency's capture of that day: one act (was "summaries share no word")."""
    spun = event("u1", "Naval forces grabbed nine seafarers in the disputed strait on Sunday.", "other",
                 actor="Iran", day="2032-03-08", summary="grabbed nine seafarers in the disputed strait")
    arrest = event("u2", "The sailors were captured by patrol boats in the strait on Sunday.", "other",
                   actor="Iran", day="2032-03-08", summary="The sailors were captured by patrol boats")
    got = scored(RECS, spun, arrest)
    assert got is not None and got.relation is Relation.same_event


# ---- two summonses naming two states' envoys (fails before session 22: one act, as dev22-links sl-01 ~ sl-03 end to end)

def test_each_side_summoning_the_others_envoy_is_two_acts() -> None:
    ours = event("u1", "Norway summoned the Russian ambassador to the Foreign Ministry over the detention.", "other",
                 actor="Norway", summary="Norway summoned the Russian ambassador to the Foreign Ministry")
    theirs = event("u2", "A spokeswoman said the Norwegian ambassador had been summoned to the ministry over the detention.",
                   "other", summary="summoned to the ministry over the detention")
    (a, b), _ = claims_for(RECS, [ours, theirs])
    assert envoys_apart(a, b)
    got = scored(RECS, ours, theirs)
    assert got is None or got.relation is not Relation.same_event


@pytest.mark.parametrize("other", [
    "Oslo summoned Russia's ambassador to the ministry over the detention.",  # one side's summons told twice
    "The ministry summoned the envoy over the detention.",  # no envoy's state told: nothing apart
])
def test_one_summons_told_twice_is_not_apart(other: str) -> None:
    ours = event("u1", "Norway summoned the Russian ambassador to the Foreign Ministry over the detention.", "other",
                 actor="Norway", summary="Norway summoned the Russian ambassador to the Foreign Ministry")
    told = event("u2", other, "other", actor="Norway", summary=other.rstrip("."))
    (a, b), _ = claims_for(RECS, [ours, told])
    assert not envoys_apart(a, b)
