"""One sentence spun so hard that few 3-shingles survive is still one sentence copied (session 10): its words keep
their order (origins.copied_sentence, COPIED_SENTENCE_ORDER), so a spun copy's claim echoes its source's; two
different sentences of one story do not. Fresh sentences, written from general knowledge of wire copy and what
machine spinners do to it (synonym swaps word by word, the frame and order kept)."""

from __future__ import annotations

import pytest

from parity.blocking import build_index, candidate_pairs
from parity.build import build_parity
from parity.claims import claims_of
from parity.origins import find_origins
from parity.status import carried
from tests.parity.helpers import event, record, timeline
from timeline.models import Evidence

# (wire sentence, the spinner's copy of it): most content words swapped, order and frame kept.
SPUN = [
    ("Serbian police closed two border crossings with Kosovo on Sunday after armed men blocked a road near the lake.",
     "Serbian law enforcement shut two boundary crossings with Kosovo on Sunday after armed males obstructed a roadway close to the lake."),
    ("The Indonesian navy said a Chinese coast guard vessel had entered the waters off the Natuna islands twice last week.",
     "The Indonesian naval force stated a Chinese coastguard ship had gone into the seas off the Natuna isles two times recently."),
    ("Greek fighter jets intercepted six Turkish aircraft that flew over the eastern Aegean on Tuesday, the general staff said.",
     "Greek competitor planes obstructed 6 Turkish airplane that flew over the eastern Aegean on Tuesday, the basic team mentioned."),
    ("Norway's coast guard detained a Russian trawler suspected of illegal fishing in the waters around Svalbard.",
     "Norway's shoreline guard apprehended a Russian fishing boat thought of unlawful angling in the seas around Svalbard."),
    ("Ethiopian troops and Sudanese forces exchanged fire along the disputed border for several hours on Saturday.",
     "Ethiopian soldiers as well as Sudanese pressures traded fire along the contested boundary for numerous hrs on Saturday."),
    ("The ministry said the two diplomats had been given 72 hours to leave the country over activities incompatible with their status.",
     "The department stated the 2 mediators had actually been offered 72 hrs to leave the nation over tasks inappropriate with their standing."),
    ("Thai and Cambodian soldiers fired rockets and mortars near the ancient temple, killing at least three people, officials said.",
     "Thai as well as Cambodian soldiers discharged projectiles as well as mortars near the old holy place, eliminating a minimum of 3 individuals, authorities claimed."),
    ("Egypt's foreign minister warned that filling the reservoir without an agreement would threaten regional stability.",
     "Egypt's international priest cautioned that loading the storage tank without a contract would certainly intimidate local security."),
    ("Israeli and Lebanese negotiators will resume indirect talks on the maritime border next month, the mediator said.",
     "Israeli as well as Lebanese arbitrators will certainly return to indirect speaks on the maritime boundary following month, the conciliator stated."),
    ("Japan scrambled fighter jets after two Chinese drones flew between Okinawa and Miyako island on Thursday.",
     "Japan rushed boxer jets after 2 Chinese drones flew in between Okinawa and also Miyako island on Thursday."),
    ("The Colombian navy seized a semi-submersible carrying three tonnes of cocaine off the Pacific coast.",
     "The Colombian naval force took a semi-submersible lugging 3 tonnes of drug off the Pacific shore."),
    ("Somali officials said pirates had released the bulk carrier and its 23 crew members after a ransom was paid.",
     "Somali authorities stated buccaneers had launched the mass provider as well as its 23 staff participants after a ransom money was paid."),
]

# Two different sentences of one story, as a wire and its copy both hold them: never one sentence copied.
APART = [
    ("Serbian police closed two border crossings with Kosovo on Sunday after armed men blocked a road near the lake.",
     "The European Union's foreign policy chief urged both Belgrade and Pristina to show restraint and return to talks."),
    ("The Indonesian navy said a Chinese coast guard vessel had entered the waters off the Natuna islands twice last week.",
     "Beijing says the area lies within its traditional fishing grounds, a claim Jakarta has long rejected."),
    ("Greek fighter jets intercepted six Turkish aircraft that flew over the eastern Aegean on Tuesday, the general staff said.",
     "Ankara accused Athens of militarising islands that international treaties require to stay demilitarised."),
    ("Norway's coast guard detained a Russian trawler suspected of illegal fishing in the waters around Svalbard.",
     "The Russian embassy in Oslo said it had asked for consular access to the crew and demanded an explanation."),
    ("Ethiopian troops and Sudanese forces exchanged fire along the disputed border for several hours on Saturday.",
     "Thousands of farmers have fled the fertile plain since the fighting began in December, aid groups said."),
    ("The ministry said the two diplomats had been given 72 hours to leave the country over activities incompatible with their status.",
     "The expulsions came a day after the ambassador was summoned over a series of cyberattacks on government networks."),
    ("Egypt's foreign minister warned that filling the reservoir without an agreement would threaten regional stability.",
     "Addis Ababa says the dam is essential to supply electricity to more than half of its population."),
    ("Japan scrambled fighter jets after two Chinese drones flew between Okinawa and Miyako island on Thursday.",
     "The defence ministry in Tokyo said the drones did not enter Japanese airspace and returned towards the East China Sea."),
]


def _origins(wire: str, copy: str):
    # The two excerpts are one agency's story (a credit line each): one origin, so only copied_sentence decides.
    recs = [record("w", "Wire Service", "2024-06-02"), record("c", "Aggregator", "2024-06-02")]
    evs = [event("w", wire, day="2024-06-02"), event("c", copy, day="2024-06-02")]
    claims = claims_of(timeline(recs, evs))
    origins = find_origins(claims, candidate_pairs(claims, build_index(claims)), {"w": "Reuters", "c": "Reuters"})
    return claims, origins


# Spun past recognition: every content word swapped and "and" made "as well as", under half the words kept in order.
TOO_SPUN = {SPUN[6][0], SPUN[7][0]}


@pytest.mark.parametrize("wire, copy", [
    pytest.param(w, c, id=w[:40], marks=pytest.mark.xfail(reason="spun past recognition: under half the words in order",
                                                           strict=True) if w in TOO_SPUN else ())
    for w, c in SPUN])
def test_a_heavily_spun_sentence_is_one_sentence_copied(wire, copy):
    _, origins = _origins(wire, copy)
    assert origins.dependent(0, 1)
    assert origins.copied_sentence(0, 1)


@pytest.mark.parametrize("wire, other", APART, ids=[w[:40] for w, _ in APART])
def test_two_sentences_of_one_story_are_not_one_sentence_copied(wire, other):
    _, origins = _origins(wire, other)
    assert origins.dependent(0, 1)
    assert not origins.copied_sentence(0, 1)


def test_a_short_sentence_inside_a_long_one_is_no_copy():
    # The shorter's few words all stand, in order, in the longer: like length is required as well.
    _, origins = _origins("The ministry said the talks would resume.",
                          "The ministry said on Monday that the talks on the disputed border, suspended since the "
                          "clashes in March, would resume in Geneva next week with both delegations present.")
    assert not origins.copied_sentence(0, 1)


def test_the_spun_copy_of_a_wire_sentence_is_its_echo():
    wire, copy = SPUN[3]
    recs = [record("w", "Reuters", "2024-06-02"), record("c", "Daily Aggregator (reprinting Reuters)", "2024-06-03")]
    evs = [event("w", wire, "other", actor="Norway", day="2024-06-01", summary="detained a Russian trawler"),
           event("c", copy, "other", actor="Norway", day="2024-06-01", summary="apprehended a Russian fishing boat")]
    parity = build_parity(timeline(recs, evs), None, {"w": wire, "c": copy})
    assert {c.excerpt: c.status.value for c in parity.claims} == {"w": "echo", "c": "echo"}


@pytest.mark.parametrize("wire, copy", [
    pytest.param(w, c, id=w[:40], marks=pytest.mark.xfail(reason="spun past recognition: under half the words in order",
                                                           strict=True) if w in TOO_SPUN else ())
    for w, c in SPUN])
def test_a_spun_copy_sentence_carries_its_source_claim(wire, copy):
    # status.carried: when scoring makes no link between the two claims of a copied sentence, the copy still carries
    # the claim (echo), though spinning left under CARRIED_SHARE of its content words.
    claims, _ = _origins(wire, copy)
    assert carried(*claims)


@pytest.mark.parametrize("wire, other", APART, ids=[w[:40] for w, _ in APART])
def test_another_sentence_of_the_story_carries_nothing(wire, other):
    claims, _ = _origins(wire, other)
    assert not carried(*claims)


def test_the_word_id_cache_emptied_between_pairs_reads_the_same(monkeypatch):
    # ORDER_CACHE bounds the sentences held; emptied before a pair (never within one), the answers stay the same.
    import parity.origins as origins_module

    monkeypatch.setattr(origins_module, "ORDER_CACHE", 1)
    for wire, copy in SPUN:
        _, origins = _origins(wire, copy)
        origins._order_of("A sentence read before the pair fills the cache to its bound at once.")
        assert origins.copied_sentence(0, 1) == (wire not in TOO_SPUN)
        assert len(origins._orders) <= 2


def test_one_storys_stock_phrasing_far_apart_in_the_two_copies_is_no_copied_sentence():
    # A reprint's lead and its source's closing background sentence word one act alike ("China fired missiles into
    # waters near ..."): a copy keeps its source's order of sentences, so the two are not one sentence copied.
    lead = "China fired several ballistic missiles into waters around the island on Thursday, the ministry said."
    filler = " ".join(f"Background sentence number {n} says nothing of the launches at all." for n in range(12))
    past = "Analysts recalled that China fired missiles into waters near the island in 1996, the ministry said."
    recs = [record("w", "Wire Service", "2024-06-02"), record("c", "Aggregator", "2024-06-02")]
    bodies = {"w": f"{lead} {filler}", "c": f"{filler} {past}"}
    evs = [event("w", lead, day="2024-06-02"), event("c", past, day="1996-03-08")]
    evs = [evs[0], evs[1].model_copy(update={"evidence": Evidence.of(bodies["c"], len(filler) + 1, len(bodies["c"]))})]
    claims = claims_of(timeline(recs, evs))
    origins = find_origins(claims, candidate_pairs(claims, build_index(claims)), {"w": "Reuters", "c": "Reuters"},
                           bodies)
    i, j = (next(k for k, c in enumerate(claims) if c.excerpt == e) for e in ("w", "c"))
    assert origins.dependent(i, j)
    assert not origins.copied_sentence(i, j)
    # The same two sentences at one place in their stories are read as one sentence spun.
    near = find_origins(claims, candidate_pairs(claims, build_index(claims)), {"w": "Reuters", "c": "Reuters"},
                        {"w": f"{lead} {filler}", "c": f"{past} {filler}"})
    near.lengths["c"] = near.lengths["w"] = 10 ** 6  # both sentences near the start of long stories
    assert near.copied_sentence(i, j)
