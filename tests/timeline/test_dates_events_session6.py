"""Session 6: which date phrase dates which event, in fresh short paragraphs of news English (wires, state
agencies, papers): a statement's day and the day of the act it reports, plans, datelines, spans, anaphora."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.events import extract_strict

D = date

# (body, published, words the event's evidence holds, kind, expected start, expected end); None = undated.
TABLE = [
    # the statement's day and the reported act's day are each their own
    ("Japan's defence ministry said on Tuesday that Chinese warships had sailed through the Tsushima Strait "
     "on Sunday.", "2024-05-15", "ministry said", "statement", D(2024, 5, 14), D(2024, 5, 14)),
    ("Japan's defence ministry said on Tuesday that Chinese warships had sailed through the Tsushima Strait "
     "on Sunday.", "2024-05-15", "sailed through", "ship_movement", D(2024, 5, 12), D(2024, 5, 12)),
    ("Pakistan test-fired a nuclear-capable cruise missile on Wednesday, the military said in a statement on "
     "Thursday.", "2023-09-08", "test-fired", "missile_test", D(2023, 9, 6), D(2023, 9, 6)),
    ("Pakistan test-fired a nuclear-capable cruise missile on Wednesday, the military said in a statement on "
     "Thursday.", "2023-09-08", "military said", "statement", D(2023, 9, 7), D(2023, 9, 7)),
    # a statement dated, the act it reports with no day of its own stays undated
    ("Turkey's foreign ministry said on Friday that Greek coast guard boats had harassed a Turkish research "
     "vessel.", "2023-09-08", "harassed", "other", None, None),
    # a reported plan keeps its own time ahead
    ("The Indian prime minister will travel to Washington next month for talks with President Biden, his office "
     "said on Wednesday.", "2024-05-15", "will travel to Washington", "meeting", D(2024, 6, 1), D(2024, 6, 30)),
    ("The Indian prime minister will travel to Washington next month for talks with President Biden, his office "
     "said on Wednesday.", "2024-05-15", "office said", "statement", D(2024, 5, 15), D(2024, 5, 15)),
    ("Chinese and Russian warships will hold joint drills in the Sea of Japan this coming Monday, Beijing said.",
     "2025-01-05", "joint drills", "military_exercise", D(2025, 1, 6), D(2025, 1, 6)),
    ("NATO defence ministers are due to meet in Brussels on Thursday next week.",
     "2024-05-15", "meet in Brussels", "meeting", D(2024, 5, 23), D(2024, 5, 23)),
    # overnight: the night before the text
    ("Russian forces launched dozens of drones at Odesa overnight, Ukraine's air force said on Wednesday.",
     "2024-05-15", "launched dozens of drones", "other", D(2024, 5, 14), D(2024, 5, 15)),
    ("Israeli aircraft struck Hezbollah positions in southern Lebanon overnight, the army said.",
     "2023-10-20", "struck Hezbollah positions", "other", D(2023, 10, 19), D(2023, 10, 20)),
    # parts of a day
    ("Houthi rebels fired an anti-ship missile at a tanker in the Red Sea late Tuesday, US Central Command said.",
     "2024-01-31", "fired an anti-ship missile", "other", D(2024, 1, 30), D(2024, 1, 30)),
    ("A Chinese coast guard ship rammed a Philippine supply boat early Sunday near Second Thomas Shoal.",
     "2024-06-18", "rammed a Philippine supply boat", "other", D(2024, 6, 16), D(2024, 6, 16)),
    ("Azerbaijani troops shelled Armenian positions in the early hours of Tuesday, Yerevan said.",
     "2022-09-14", "shelled Armenian positions", "other", D(2022, 9, 13), D(2022, 9, 13)),
    # a weekday of a named week, a week ago
    ("Venezuela deployed troops to the Guyana border on Thursday last week, satellite images showed.",
     "2023-12-12", "deployed troops", "deployment", D(2023, 12, 7), D(2023, 12, 7)),
    ("Two Russian bombers flew over the Sea of Japan a week ago today, Tokyo said.",
     "2024-05-15", "bombers flew", "other", D(2024, 5, 8), D(2024, 5, 8)),
    # two days and spans of days
    ("Serbian and Kosovar negotiators met in Brussels on May 11 and 13, EU officials said.",
     "2024-05-15", "negotiators met", "meeting", D(2024, 5, 11), D(2024, 5, 13)),
    ("The two navies held exercises in the Baltic from 21 to 25 August.",
     "2023-09-08", "held exercises", "military_exercise", D(2023, 8, 21), D(2023, 8, 25)),
    ("Russian and Chinese bombers conducted joint patrols from Monday to Wednesday, the ministry said.",
     "2021-11-18", "joint patrols", "military_exercise", D(2021, 11, 15), D(2021, 11, 17)),
    ("The foreign ministers of Armenia and Azerbaijan held talks in Washington on Monday and Tuesday.",
     "2023-09-08", "held talks", "meeting", D(2023, 9, 4), D(2023, 9, 5)),
    ("Iran will hold naval drills in the Gulf of Oman between 3 and 5 June, state TV said.",
     "2024-05-15", "naval drills", "military_exercise", D(2024, 6, 3), D(2024, 6, 5)),
    # months, parts of months
    ("North Korea launched a reconnaissance satellite in late November, Seoul said.",
     "2023-12-12", "launched a reconnaissance satellite", "other", D(2023, 11, 21), D(2023, 11, 30)),
    ("The Philippines and the US held their largest joint drills in the last week of April.",
     "2024-05-15", "joint drills", "military_exercise", D(2024, 4, 24), D(2024, 4, 30)),
    ("Moscow expelled two Estonian diplomats in the first week of February, Tallinn said.",
     "2024-05-15", "expelled two Estonian diplomats", "sanction", D(2024, 2, 1), D(2024, 2, 7)),
    # a bare ordinal and European day order
    ("Colombian troops clashed with dissident rebels on the 27th, the army said.",
     "2024-05-15", "clashed with dissident rebels", "other", D(2024, 4, 27), D(2024, 4, 27)),
    ("The Greek navy detained a Turkish fishing boat off Crete on 5 September.",
     "2023-09-08", "detained a Turkish fishing boat", "other", D(2023, 9, 5), D(2023, 9, 5)),
    ("Egypt hosted a round of truce talks on Sept. 5, officials said.",
     "2023-09-08", "truce talks", "meeting", D(2023, 9, 5), D(2023, 9, 5)),
    # datelines: the filing day is no event's date
    ("SEOUL, Sept 3 (Yonhap) -- North Korea fired two short-range ballistic missiles into the East Sea, the "
     "Joint Chiefs of Staff said.", "2023-09-03", "fired two short-range", "missile_test", None, None),
    ("Tehran, Dec 5, IRNA -- Iran's navy seized a foreign tanker smuggling fuel in the Gulf on Monday.",
     "2023-12-05", "seized a foreign tanker", "other", D(2023, 12, 4), D(2023, 12, 4)),
    ("Moscow, 5 June (TASS) - The Russian Pacific Fleet began snap drills in the Sea of Okhotsk.",
     "2024-06-05", "snap drills", "military_exercise", None, None),
    # anaphora counted from the event before
    ("Ukrainian drones hit a Russian oil depot on Saturday. The previous day, Russian missiles struck Kharkiv.",
     "2024-05-15", "missiles struck Kharkiv", "other", D(2024, 5, 10), D(2024, 5, 10)),
    ("Thai and Cambodian troops exchanged fire on Monday. Forty-eight hours later, Bangkok closed the border.",
     "2025-01-05", "closed the border", "other", D(2025, 1, 1), D(2025, 1, 1)),
    ("Somali pirates hijacked a bulk carrier on Tuesday. That night, an Indian warship shadowed the vessel.",
     "2024-05-15", "shadowed the vessel", "ship_movement", D(2024, 5, 14), D(2024, 5, 14)),
    # session 20: "within hours" of the past stays on the day before it, as "hours later" does (was 8 .. 9 September)
    ("Kosovo police raided a Serb-run municipal office on Friday. Within hours, Belgrade put its army on alert.",
     "2023-09-08", "put its army on alert", "deployment", D(2023, 9, 8), D(2023, 9, 8)),
    # a date between a determiner and a noun is that noun's ("the Dec. 5 incident"), not the sentence's act's
    ("Russia expelled three Moldovan diplomats over the Dec. 5 incident, the ministry said.",
     "2024-01-10", "expelled three Moldovan diplomats", "sanction", None, None),
    ("Turkey blamed Greece for the Aug. 12 collision between their frigates.",
     "2024-01-10", "collision between their frigates", "other", D(2023, 8, 12), D(2023, 8, 12)),
    ("Poland closed two border crossings after the Nov. 15 blast, officials said on Friday.",
     "2022-11-25", "closed two border crossings", "other", None, None),
    ("Manila lodged a protest on Monday over the April 30 incident near Scarborough Shoal, in which Chinese coast "
     "guard ships fired water cannon at two Philippine vessels.", "2024-05-16", "lodged a protest", "statement",
     D(2024, 5, 13), D(2024, 5, 13)),
    # ... but a span of years after "in the" says when the act was
    ("Greece last fought Turkey at sea in the 1919-22 war.", "2024-05-16", "last fought Turkey", "other",
     D(1919, 1, 1), D(1922, 12, 31)),
    # more statements and the acts they report, each with its own day
    ("Russia's foreign ministry said on Thursday it had summoned the British ambassador on Wednesday.",
     "2024-05-16", "summoned the British ambassador", "other", D(2024, 5, 15), D(2024, 5, 15)),
    ("Russia's foreign ministry said on Thursday it had summoned the British ambassador on Wednesday.",
     "2024-05-16", "foreign ministry said", "statement", D(2024, 5, 16), D(2024, 5, 16)),
    ("Seoul said on Monday that North Korea had fired artillery shells near the border over the weekend.",
     "2024-05-16", "fired artillery shells", "other", D(2024, 5, 11), D(2024, 5, 12)),
    ("Seoul said on Monday that North Korea had fired artillery shells near the border over the weekend.",
     "2024-05-16", "Seoul said", "statement", D(2024, 5, 13), D(2024, 5, 13)),
    ("The Houthis said they had attacked a tanker in the Red Sea overnight.",
     "2024-05-16", "attacked a tanker", "other", D(2024, 5, 15), D(2024, 5, 16)),
    ("The ministry said the warship had docked in Tartus on the 12th.",
     "2024-05-16", "docked in Tartus", "ship_movement", D(2024, 5, 12), D(2024, 5, 12)),
    ("North Korea fired a ballistic missile toward the sea on Thursday last week, Seoul's military said.",
     "2024-05-16", "fired a ballistic missile", "missile_test", D(2024, 5, 9), D(2024, 5, 9)),
    ("Japan scrambled fighter jets on Monday after Russian bombers flew near its airspace, the defence ministry "
     "said on Tuesday.", "2024-05-16", "scrambled fighter jets", "deployment", D(2024, 5, 13), D(2024, 5, 13)),
    ("Japan scrambled fighter jets on Monday after Russian bombers flew near its airspace, the defence ministry "
     "said on Tuesday.", "2024-05-16", "scrambled fighter jets", "statement", D(2024, 5, 14), D(2024, 5, 14)),
    # a speech's setting before its speaker dates the statement
    ("In a statement on Sunday, the Egyptian foreign ministry said it rejected the move.",
     "2024-05-16", "foreign ministry said", "statement", D(2024, 5, 12), D(2024, 5, 12)),
    ("In an interview with Reuters late on Monday, the Kenyan president said the troops would deploy next month.",
     "2024-05-16", "president said", "statement", D(2024, 5, 13), D(2024, 5, 13)),
    ("In a televised address on Friday, the Thai prime minister said the border would stay shut.",
     "2025-01-05", "prime minister said", "statement", D(2025, 1, 3), D(2025, 1, 3)),
    # plans and deadlines ahead
    ("The EU will impose new sanctions on Iran by the end of the month, diplomats said on Monday.",
     "2024-05-16", "impose new sanctions", "sanction", D(2024, 5, 16), D(2024, 5, 31)),
    ("The EU will impose new sanctions on Iran by the end of the month, diplomats said on Monday.",
     "2024-05-16", "diplomats said", "statement", D(2024, 5, 13), D(2024, 5, 13)),
    ("Azerbaijan and Armenia will hold peace talks in Almaty from Monday to Wednesday, officials said.",
     "2024-05-16", "peace talks", "meeting", D(2024, 5, 20), D(2024, 5, 22)),
    ("Chinese warships will sail through the Taiwan Strait next Tuesday, Taipei said.",
     "2024-05-16", "sail through the Taiwan Strait", "ship_movement", D(2024, 5, 21), D(2024, 5, 21)),
    # spans, parts of days and months, a week ago
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq on Saturday and Sunday, the defence "
     "ministry said.", "2024-05-16", "struck Kurdish militant targets", "other", D(2024, 5, 11), D(2024, 5, 12)),
    ("Ethiopian troops crossed into Somalia in the early hours of Friday, residents said.",
     "2024-05-16", "crossed into Somalia", "deployment", D(2024, 5, 10), D(2024, 5, 10)),
    ("China imposed sanctions on three US defence firms a week ago today.",
     "2024-05-16", "imposed sanctions", "sanction", D(2024, 5, 9), D(2024, 5, 9)),
    ("Venezuela's army began exercises near the Guyana border in the second half of April.",
     "2024-05-16", "began exercises", "military_exercise", D(2024, 4, 16), D(2024, 4, 30)),
    ("The foreign ministers met in Geneva on Tuesday, May 7.",
     "2024-05-16", "ministers met", "meeting", D(2024, 5, 7), D(2024, 5, 7)),
    ("BEIJING, Nov. 2 (Xinhua) -- Chinese and Russian naval vessels began joint drills in the East China Sea on "
     "Tuesday.", "2021-11-02", "joint drills", "military_exercise", D(2021, 11, 2), D(2021, 11, 2)),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), TABLE,
                         ids=[f"{w}|{k}" for _, _, w, k, _, _ in TABLE])
def test_event_dates(body, published, words, kind, start, end):
    ev = find_event(extract_strict(make_excerpt(body, published=published)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert ev.date.basis


@pytest.mark.parametrize(("body", "via"), [
    ("TEHRAN (AP) — Iran said Friday it had seized a foreign tanker.", "AP"),
    ("Tehran, IRNA -- Iran's navy seized a foreign tanker on Thursday.", "IRNA"),
    ("KABUL, Afghanistan (AP) — The Taliban said on Friday they had closed the border.", "AP"),
])
def test_a_dateline_with_no_date_is_cut_from_evidence(body, via):
    events = extract_strict(make_excerpt(body, published="2023-09-08"))
    assert events
    for ev in events:
        assert not ev.evidence.exact.startswith(("TEHRAN", "Tehran,", "KABUL")), ev.evidence.exact
        assert ev.via == via


def test_a_capitalised_subject_in_brackets_is_no_dateline():
    [ev] = extract_strict(make_excerpt("Japan (AP) and China said on Friday they would talk.", published="2023-09-08"))
    assert ev.evidence.exact.startswith("Japan")


def test_a_quote_running_over_sentences_is_one_statement_to_its_close():
    body = ('Putin said on Friday: "This is a stab in the back. We will not tolerate this. There will be serious '
            'consequences." The Kremlin recalled its envoy on Saturday.')
    events = extract_strict(make_excerpt(body, published="2024-05-16"))
    [st] = [e for e in events if e.kind.value == "statement"]
    assert st.evidence.exact.endswith('There will be serious consequences."'), st.evidence.exact
    assert "There will be serious consequences" in st.quote.text
    assert (st.date.start, st.date.end) == (D(2024, 5, 10), D(2024, 5, 10))
    assert not any("Kremlin" in e.evidence.exact for e in events if e.kind.value == "statement")
