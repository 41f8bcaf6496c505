"""Session 12 (pe2e12): a statement that only relays a meeting of its sentence in the meeting's own words ("X will visit
Leh this weekend, officials said") is an attribution (claims._attributes), as one relaying an act is; a statement
whose words are its own (another request of the same sentence), or only its speaker, or a remark's setting, is not."""

from __future__ import annotations

from tests.parity.helpers import claims_for, event, record

SENT = "Army chief General Rao will visit Leh this weekend to review the operational preparedness of the corps, officials said."
CABINET = "President Hale called an emergency meeting of his war cabinet overnight and asked parliament to impose martial law."


def _statement_relays(text: str, meeting_summary: str, statement_summary: str) -> bool:
    rec = record("rm-01", "Alpha Wire", "2021-06-18")
    meeting = event("rm-01", text, "meeting", actor="Rao", summary=meeting_summary, modality="planned")
    said = event("rm-01", text, "statement", summary=statement_summary)
    (_, claim), _ = claims_for([rec], [meeting, said])
    return claim.attribution


def test_a_meeting_told_in_its_own_words_is_relayed() -> None:
    assert _statement_relays(SENT, "Rao: visit Leh this weekend to review the operational preparedness of the corps",
                             "said: Army chief General Rao will visit Leh this weekend to review the operational…")


def test_another_request_of_the_sentence_is_no_relay_of_its_meeting() -> None:
    assert not _statement_relays(CABINET, "Hale: called an emergency meeting of his war cabinet overnight",
                                 "Hale asked: parliament to impose martial law")


def test_a_summary_only_of_its_speaker_is_no_relay_of_a_meeting() -> None:
    assert not _statement_relays(SENT, "Rao: visit Leh this weekend", "officials said")


def test_a_remarks_setting_is_no_relay_of_its_meeting() -> None:
    assert not _statement_relays("Hale said after the talks in Leh that the border was calm.", "Hale: the talks in Leh",
                                 "Hale said: talks Leh")


def test_a_party_telling_its_own_meeting_is_no_relay() -> None:
    rec = record("rm-02", "Beta Times", "2021-09-06")
    text = "Iran said on Monday that Tehran was ready to resume nuclear talks."
    meeting = event("rm-02", text, "meeting", actor="Iran", summary="Iran: resume nuclear talks", modality="planned")
    said = event("rm-02", text, "statement", actor="Iran", summary="Iran said: Tehran was ready to resume nuclear talks")
    (_, claim), _ = claims_for([rec], [meeting, said])
    assert not claim.attribution
