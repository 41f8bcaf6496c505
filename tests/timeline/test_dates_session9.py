"""Session 9: which date phrase dates a statement, in fresh short sentences: a speech setting between the verb and the
words reported ("said in an interview published on Thursday that"), after the one told ("told lawmakers at a hearing on
Tuesday that"), at the sentence's end ("said on its website on Wednesday."), a speaking apposition, a speech setting inside
or after the reported words (", in a statement on Thursday"), and an act whose words start after its possessive day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.events import extract_strict

D = date
P = "2019-09-20"  # a Friday: Sun 15, Mon 16, Tue 17, Wed 18, Thu 19 September
SUN, MON, TUE, WED, THU, FRI = (D(2019, 9, d) for d in range(15, 21))

# (sentence, words the event's evidence holds, kind, expected day, (start, end) for an interval, or None for undated)
TABLE = [
    # a setting between the verb and "that": the statement's own day
    ("The Dutch foreign minister said in an interview published on Thursday that the mission would go on.",
     "foreign minister said", "statement", THU),
    ("Officials said in a briefing for reporters on Wednesday that the tanker had been released.",
     "Officials said", "statement", WED),
    ("The admiral said during a visit to Souda Bay on Tuesday that more frigates would follow.",
     "admiral said", "statement", TUE),
    ("The envoy said in remarks to the General Assembly on Wednesday that the blockade was illegal.",
     "envoy said", "statement", WED),
    ("The spokeswoman said in a post on Facebook late on Monday that the consulate would close.",
     "spokeswoman said", "statement", MON),
    ("The Omani minister said at a forum in Muscat on Thursday that both sides wanted calm.",
     "Omani minister said", "statement", THU),
    ("The premier said after talks with his Greek counterpart on Tuesday that the dispute could be settled.",
     "premier said", "statement", TUE),
    ("Her office said via its official channel on Sunday that she had tested negative.",
     "office said", "statement", SUN),
    ("The senator wrote in an op-ed published on Monday that the strikes were unlawful.",
     "senator wrote", "statement", MON),
    ("The coast guard stated in a release issued on Wednesday that two crew members were missing.",
     "coast guard stated", "statement", WED),
    ("The minister announced in a televised address on Sunday that the curfew would be lifted.",
     "minister announced", "statement", SUN),
    ("The foreign ministry confirmed in a note to embassies on Thursday that the flights were suspended.",
     "ministry confirmed", "statement", THU),
    # ... after the one told
    ("The general told lawmakers at a hearing on Tuesday that the threat from drones was growing.",
     "general told", "statement", TUE),
    ("The minister told the Senate in a closed session on Wednesday that the vessel had left port.",
     "minister told", "statement", WED),
    ("The ambassador told reporters outside the council chamber on Thursday that a vote was unlikely.",
     "ambassador told", "statement", THU),
    ("The president assured investors at a conference in Jakarta on Monday that the reforms would continue.",
     "president assured", "statement", MON),
    # ... to the sentence's end
    ("The embassy would stay open, the foreign ministry said on its website on Wednesday.",
     "foreign ministry said", "statement", WED),
    ("Talks would resume next month, the Qatari envoy said in a television interview late on Sunday.",
     "envoy said", "statement", SUN),
    ("The convoy had crossed the border, the ministry said in a post on Telegram on Thursday.",
     "ministry said", "statement", THU),
    ("No sailors were hurt, the navy added in a second statement on Tuesday.",
     "navy added", "statement", TUE),
    ('"We will not be intimidated," the premier said at a rally in the north on Sunday.',
     "premier said", "statement", SUN),
    # a speaking apposition between the speaker and the verb
    ("The chancellor, who was speaking in the Bundestag on Wednesday, said the sanctions would stay.",
     "chancellor", "statement", WED),
    ("The minister, who was addressing a security forum on Tuesday, said the strait had to stay open.",
     "minister", "statement", TUE),
    # a speech setting inside or after the words reported
    ("The ministry said it had recalled its ambassador for consultations, in a statement on Thursday.",
     "ministry said", "statement", THU),
    ("The ministry said it had recalled its ambassador for consultations, in a statement on Thursday.",
     "recalled its ambassador", "other", None),
    ("The president condemned Sunday's bombing in a statement on Monday.", "president condemned", "statement", MON),
    ("The president condemned Sunday's bombing in a statement on Monday.", "Sunday's bombing", "other", SUN),
    ("Amnesty International condemned the arrests in a letter to the governor on Tuesday.", "condemned the arrests",
     "statement", TUE),
    # a statement verb's object holds the only day: the statement's, and the act's it names too
    ("Japan protested to Beijing on Tuesday over the incursion by coast guard ships.", "protested", "statement", TUE),
    ("The foreign minister described the talks on Wednesday as constructive.", "described", "statement", WED),
    ("The Lithuanian president denounced the border incident near Medininkai on Monday.", "denounced", "statement",
     MON),
    # never: a charge's day, a vague stretch of the object
    ("The spokesman accused Azerbaijani troops of shelling the village twice on Monday.", "accused", "statement", None),
    ("Diplomats have voiced concern over a military buildup near the border in recent weeks.", "voiced concern",
     "statement", None),
    # a day right before a past verb dates a past act, whatever else the sentence tells ahead
    ("The government on Tuesday imposed new sanctions, which will take effect in January.", "imposed new sanctions",
     "sanction", TUE),
    ("The cabinet on Wednesday approved a plan to buy four submarines that will enter service in 2030.",
     "approved a plan", "other", WED),
    ("The senate on Thursday formally ratified the treaty, which will come into force next year.", "ratified", "other",
     THU),
    ("Parliament on Tuesday will vote on the bill to extend the mission.", "vote on the bill", "meeting",
     D(2019, 9, 24)),
    # a clause on an act's noun telling when it runs: the act's own time, ahead (not the announcement's day)
    ("The navy on Tuesday announced drills that will begin next week.", "announced drills", "military_exercise",
     (D(2019, 9, 23), D(2019, 9, 29))),
    ("Turkey on Monday announced naval exercises in the Aegean, which will begin on Sunday.", "naval exercises",
     "military_exercise", D(2019, 9, 22)),
    ("The ministry said on Wednesday it would hold exercises that start on Saturday.", "hold exercises",
     "military_exercise", D(2019, 9, 21)),
    ("The navy on Tuesday announced drills that will begin next week.", "navy on Tuesday announced", "statement", TUE),
    # never: a milestone of its own
    ("The bloc on Monday adopted sanctions that take effect on Wednesday.", "adopted sanctions", "sanction", MON),
    # a date opening the sentence, set off by a comma, dates its acts past an aside
    ("Early on Monday, after weeks of tension, Azerbaijani troops crossed the line of contact.", "troops crossed",
     "other", MON),
    ("Late on Tuesday, in a move that stunned diplomats, Riyadh recalled its ambassador.", "recalled its ambassador",
     "other", TUE),
    ("On Sunday, as talks opened in Muscat, the militia shelled the port.", "shelled the port", "other", SUN),
    # never: an act in an "after" clause, nor acts its statement reports
    ("A day earlier, a patrol boat fired warning shots after the trawler crossed into the zone.",
     "trawler crossed", "ship_movement", None),
    ("On Wednesday, the coast guard said it had boarded the vessel and detained its crew.", "boarded the vessel",
     "other", None),
    # never: an object and its own time, a clause reported with its day, another speaker's interview
    ("U.S. officials have also voiced alarm at a naval buildup near the strait in recent weeks.",
     "voiced alarm", "statement", None),
    ("The ministry said the frigate sailed from Brest on Thursday.", "ministry said", "statement", None),
    ("The ministry said the frigate sailed from Brest on Thursday.", "frigate sailed", "ship_movement", THU),
    ("Officials said the minister had told the broadcaster in an interview on Monday that he would resign.",
     "Officials said", "statement", None),
    ("The general told reporters the drills had begun on Monday.", "general told", "statement", None),
    ("The general told reporters the drills had begun on Monday.", "drills had begun", "military_exercise", MON),
    ("The spokesman said after the vote on Wednesday the government would appeal.", "spokesman said", "statement",
     None),
]


@pytest.mark.parametrize(("text", "words", "kind", "day"), TABLE)
def test_which_phrase_dates_the_event(text, words, kind, day):
    ev = find_event(extract_strict(make_excerpt("Headline\n\n" + text, published=P)), words, kind)
    assert (ev.date.start, ev.date.end) == (day if isinstance(day, tuple) else (day, day)), (ev.date.phrase, ev.date.basis)


# (paragraph, words the event's evidence holds, kind, expected start, expected end): a week, month or year on counts
# from the story's last dated event when that is no longer than the unit, not from an older single day.
ANAPHORA = [
    ("The navy seized a tanker on Monday. In 2015, the two countries signed a maritime accord. A year later, they "
     "held their first joint patrol.", "first joint patrol", "military_exercise", D(2016, 1, 1), D(2016, 12, 31)),
    ("The envoy met rebel leaders on Wednesday. In March, the government had expelled two diplomats. The following "
     "month, it closed the consulate.", "closed the consulate", "other", D(2019, 4, 1), D(2019, 4, 30)),
    ("The frigate docked in Split on Tuesday. Last month, the fleet had held drills off Crete. A month later, the "
     "fleet's flagship sailed into Souda Bay.", "sailed into Souda Bay", "ship_movement", D(2019, 9, 1), D(2019, 9, 30)),
    ("The minister flew to Ankara on Thursday. In 2016, the two sides froze their talks. The next year, the "
     "two foreign ministers met in Geneva.", "met in Geneva", "meeting", D(2017, 1, 1), D(2017, 12, 31)),
    # a day on from an interval means nothing: the last single day still counts
    ("The frigate docked in Split on Tuesday. Last month, the fleet held drills off Crete. A day later, the admiral "
     "met the Croatian defence minister.", "admiral met", "meeting", WED, WED),
    # a week on from a year is no reading of it: the last single day
    ("Troops were sent to the border on Monday. In 2017, the army had held drills there. A week later, the minister "
     "met the commanders.", "minister met", "meeting", D(2019, 9, 23), D(2019, 9, 23)),
]


@pytest.mark.parametrize(("text", "words", "kind", "start", "end"), ANAPHORA)
def test_anaphora_count_from_the_event_their_unit_fits(text, words, kind, start, end):
    ev = find_event(extract_strict(make_excerpt("Headline\n\n" + text, published=P)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), (ev.date.phrase, ev.date.basis)
