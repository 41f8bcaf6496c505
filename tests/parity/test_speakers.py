"""Statements that only name their speaker (parity/claims.py speaker_phrase, attribution), and spin swaps."""

from __future__ import annotations

from parity import lexicon
from parity.build import build_parity
from parity.claims import claims_of, speaker_phrase
from tests.parity.helpers import event, record, timeline


def test_speaker_phrase_is_who_spoke_never_what_was_said():
    assert speaker_phrase("Iran's Khatam al-Anbiya headquarters said") == "Iran's Khatam al-Anbiya headquarters"
    assert speaker_phrase("according to the militia") == "the militia"
    assert speaker_phrase("Tehran said: the strikes would continue") == "Tehran"
    assert speaker_phrase("the General Staff conceded") == "the General Staff"
    assert speaker_phrase("called for calm on both sides") == ""


STRUCK = "Iranian missiles struck the Ain al-Asad air base in Iraq early on Wednesday, according to the Revolutionary Guards."
HIT = "At least 15 missiles hit two bases housing US troops in Iraq on Wednesday, according to the Pentagon."


def _ain_al_asad():
    ev = {
        "struck": event("a1", STRUCK, "other", actor="Iran", day="2020-01-08",
                        summary="Iranian missiles struck the Ain al-Asad air base"),
        "guards": event("a1", STRUCK + " ", actor="Iran", role="Revolutionary Guards", day="2020-01-08",
                        summary="according to the Revolutionary Guards"),
        "hit": event("a2", HIT, "other", actor="Iran", day="2020-01-08",
                     summary="At least 15 missiles hit two bases housing US troops"),
        "pentagon": event("a2", HIT + " ", actor="United States", role="Pentagon", day="2020-01-08",
                          summary="according to the Pentagon"),
    }
    recs = [record("a1", "Baghdad Wire", "2020-01-08"), record("a2", "Gulf Ledger", "2020-01-08")]
    return ev, timeline(recs, list(ev.values()))


def test_an_attribution_of_an_act_is_flagged_and_a_plain_remark_is_not():
    ev, tl = _ain_al_asad()
    flags = {c.id: c.attribution for c in claims_of(tl)}
    assert flags[ev["guards"].id] and flags[ev["pentagon"].id]
    assert not flags[ev["struck"].id]
    remark = event("a3", "Iran's foreign minister said the strikes had concluded proportionate measures.",
                   actor="Iran", role="foreign minister", day="2020-01-08",
                   summary="Iran's foreign minister said the strikes had concluded")
    alone = timeline([record("a3", "Tehran Daily", "2020-01-08")], [remark])
    assert not claims_of(alone)[0].attribution


def test_attributions_link_no_subject_of_their_own():
    ev, tl = _ain_al_asad()
    key = {e.id: k for k, e in ev.items()}
    parity = build_parity(tl)
    links = {frozenset({key[c.event], key[link.event]}) for c in parity.claims for link in c.links}
    assert frozenset({"guards", "pentagon"}) not in links
    assert frozenset({"guards", "hit"}) not in links and frozenset({"struck", "pentagon"}) not in links


def test_spinners_swaps_read_as_the_wire():
    spun = lexicon.normal_tokens("took essential management measures adjacent to the reef")
    assert spun == lexicon.normal_tokens("took necessary control measures near to the reef")


def test_a_day_after_its_month_is_no_count():
    found = lexicon.counts_in("the October 7 raid on the border post, in which three guards were wounded")
    assert [(value, shown) for value, _, shown in found] == [("3", "three guards")]


def test_an_act_takes_the_count_of_the_clause_before_it_in_its_sentence():
    # One sentence, split by the extractor into two events: the injuries and the act that caused them.
    body = "Two soldiers were wounded on Monday when border guards opened fire on a patrol near Kerem."
    wounded = event("c1", body[:41], "other", day="2012-05-07", summary="Two soldiers were wounded")
    fired = event("c1", body[42:], "other", actor="Israel", day="2012-05-07",
                  summary="border guards opened fire on a patrol")
    fired = fired.model_copy(update={"evidence": fired.evidence.model_copy(update={"start": 42, "end": len(body)})})
    claims = {c.id: c for c in claims_of(timeline([record("c1", "Negev Post", "2012-05-08")], [wounded, fired]))}
    assert [n[0] for n in claims[fired.id].counts] == ["2"]
    assert [n[0] for n in claims[wounded.id].counts] == ["2"]  # its own, nothing added


def test_a_protest_meeting_and_the_incident_it_protests_are_no_one_subject():
    from parity.blocking import build_index
    from parity.score import score_pair

    recs = [record("m1", "Hanoi Wire", "2014-05-06"), record("m2", "Reef Post", "2014-05-07")]
    a = event("m1", "Hanoi summoned a Chinese envoy on Monday over the ramming of fishing boats near the Paracel "
              "Islands by coast guard ships.", "meeting", actor="Vietnam", day="2014-05-05",
              summary="summoned a Chinese envoy")
    b = event("m2", "Chinese coast guard ships rammed fishing boats near the Paracel Islands on Sunday.", "other",
              actor="China", day="2014-05-04", summary="rammed fishing boats near the Paracel Islands")
    claims = claims_of(timeline(recs, [a, b]))
    assert score_pair(claims[0], claims[1], build_index(claims)) is None


def test_a_statement_relaying_its_sentences_act_is_an_attribution_and_no_remark_of_another_speaker():
    from parity.blocking import build_index
    from parity.score import score_pair

    said = "The Revolutionary Guards said missiles struck the Ain al-Asad air base in Iraq on Wednesday."
    relay = event("a1", said, actor="Revolutionary Guards", role="Iranian military", day="2020-01-08",
                  summary="Revolutionary Guards said: missiles struck the Ain al-Asad air base")
    act = event("a1", said + " ", "other", actor="Iran", day="2020-01-08",
                summary="missiles struck the Ain al-Asad air base")
    ministry = event("a2", "Iran's foreign ministry said on Wednesday that missiles struck the Ain al-Asad air base "
                    "in Iraq in self-defence.", actor="Iran", role="foreign ministry", day="2020-01-08",
                    summary="Iran's foreign ministry said: missiles struck the Ain al-Asad air base in self-defence")
    recs = [record("a1", "Baghdad Wire", "2020-01-08"), record("a2", "Gulf Ledger", "2020-01-08")]
    claims = {c.id: c for c in claims_of(timeline(recs, [relay, act, ministry]))}
    assert claims[relay.id].attribution and not claims[ministry.id].attribution
    index = build_index(list(claims.values()))
    scored = score_pair(claims[relay.id], claims[ministry.id], index)
    assert scored is None or scored.relation.value != "same_event"


def test_two_acts_of_one_actor_whose_summaries_share_only_its_name_are_two_events():
    from parity.blocking import build_index
    from parity.score import score_pair

    recs = [record("n1", "Seoul Wire", "2016-04-10"), record("n2", "Tokyo Ledger", "2016-04-11")]
    a = event("n1", "North Korea had also restarted the plutonium reactor at Yongbyon.", "other",
              actor="North Korea", objects=("Yongbyon",), summary="North Korea: restarted the plutonium reactor")
    b = event("n2", "North Korea had begun reprocessing spent fuel rods from the Yongbyon reactor.", "other",
              actor="North Korea", objects=("Yongbyon",), summary="North Korea: begun reprocessing spent fuel rods")
    claims = claims_of(timeline(recs, [a, b]))
    scored = score_pair(claims[0], claims[1], build_index(claims))
    assert scored is None or scored.relation.value != "same_event"


def test_territorial_waters_and_the_border_are_one_thing():
    waters = set(lexicon.content_words("a Turkish frigate entered Greek territorial waters"))
    border = set(lexicon.content_words("a Turkish frigate violated the Greek maritime border"))
    assert "border" in waters & border


def test_one_person_spelt_with_and_without_diacritics_is_one_actor():
    from parity.claims import canonical_actor, same_actor

    assert canonical_actor("Recep Tayyip Erdoğan") == canonical_actor("Recep Tayyip Erdogan") == "recep tayyip erdogan"
    assert canonical_actor("Radosław Sikorski") == "radoslaw sikorski"
    assert same_actor(canonical_actor("President Erdoğan"), canonical_actor("Erdogan"))
    assert not same_actor(canonical_actor("Erdoğan"), canonical_actor("Mitsotakis"))
    recs = [record("t1", "Anadolu", "2020-08-13"), record("t2", "Wire", "2020-08-13")]
    one = event("t1", "Erdoğan said on Wednesday that Turkey would not back down in the eastern Mediterranean.",
                actor="Recep Tayyip Erdoğan", summary="Erdoğan said", day="2020-08-12")
    two = event("t2", "Erdogan said on Wednesday Turkey would not back down in the eastern Mediterranean.",
                actor="Recep Tayyip Erdogan", summary="Erdogan said", day="2020-08-12")
    parity = build_parity(timeline(recs, [one, two]))
    claim = next(c for c in parity.claims if c.event == one.id)
    assert [link.event for link in claim.links] == [two.id]
    assert not any(d.attribute == "actor" for link in claim.links for d in link.differences)
