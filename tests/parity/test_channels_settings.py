"""A speaker no role places speaks for the state whose own institution relays the words (not for a news
agency's state); a policy named only as the setting of a remark ("following talks with X, warned") is no
position on it. Fresh sentences of other stories."""

from __future__ import annotations

from parity import lexicon
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("c1", "Capital Wire", "2023-03-10"), record("c2", "Harbour Post", "2023-03-12")]


def _sides(*events):
    claims, _ = claims_for(RECS, list(events))
    return [c.sides for c in claims]


def test_speaker_side_from_own_ministry_channel():
    relayed = event("c1", '"We will not accept this," Fidan told reporters, according to a Turkish Foreign Ministry '
                    "readout.", actor="Fidan", via="Turkish Foreign Ministry readout")
    later = event("c1", "Fidan accused Athens of stoking tension in the Aegean.", actor="Fidan")
    assert _sides(relayed, later) == [("Turkey",), ("Turkey",)]


def test_news_agency_gives_no_side_and_a_role_wins():
    by_agency = event("c1", "Grandi said the camps were full, Anadolu reported.", actor="Grandi", via="Anadolu")
    assert _sides(by_agency) == [()]
    readout = event("c1", "Sullivan stressed restraint, according to a Chinese Foreign Ministry readout.",
                    actor="Sullivan", via="Chinese Foreign Ministry readout")
    placed = event("c2", "US National Security Adviser Jake Sullivan said on Friday the call was candid.",
                   actor="Jake Sullivan", role="US National Security Adviser")
    assert _sides(readout, placed)[0] == ("US",)


def test_talks_as_a_setting_are_no_position():
    assert lexicon.objects_in(lexicon.without_settings(
        "Erdogan, following talks in Ankara with the Swedish prime minister, warned that time was short")) == []
    assert lexicon.objects_in(lexicon.without_settings("told reporters after the negotiations in Doha")) == []
    assert lexicon.objects_in(lexicon.without_settings("Kristersson called for a return to negotiations")) == ["talks"]
    assert lexicon.objects_in(lexicon.without_settings("Sanctions were discussed during the talks")) == ["sanctions"]


def test_setting_talks_do_not_link_two_officials_of_one_side():
    a = event("c1", "Turkish President Tayyip Erdogan, following talks on Tuesday with Sweden's prime minister, "
              "warned that the vote could slip.", actor="Tayyip Erdogan", role="Turkish President",
              summary="Tayyip Erdogan warned: the vote could slip")
    b = event("c2", "Turkish Foreign Minister Mevlut Cavusoglu called for new negotiations with Stockholm.",
              actor="Mevlut Cavusoglu", role="Turkish Foreign Minister",
              summary="Mevlut Cavusoglu called for: new negotiations with Stockholm")
    assert scored(RECS, a, b) is None
    c = event("c1", "Turkish President Tayyip Erdogan said talks with Stockholm must resume.",
              actor="Tayyip Erdogan", role="Turkish President", summary="Tayyip Erdogan said: talks with Stockholm must resume")
    got = scored(RECS, c, b)
    assert got is not None and got.agrees
