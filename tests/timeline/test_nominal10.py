"""Events told as nouns (session 10, timeline/nominal.py; fresh sentences, no corpus text): a launch, a test, a blast,
a statement, talks or a seizure named by its noun with its own doer ("Pyongyang's launch", "a statement by the
ministry", "talks between X and Y") or its own day ("Tuesday's launch", "the test on Sunday"), in wire, agency,
broadcast and paper English across regions and decades. Each row: the anchor lies in an event of the row's kind
("a|b": either), by the row's actor (None: not checked), on the row's day (None: not checked). Negative rows: a noun
that only refers back to an act already told, generic nouns ("a test of wills", "missile defence", "nuclear talks" as
a topic), nouns used as a time, and headlines, which are never read."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2023-03-10"  # a Friday: "on Monday" told in the past is 2023-03-06


R = Row = ActRow
MON, TUE, WED, THU, FRI, SAT, SUN = ("2023-03-06", "2023-03-07", "2023-03-08", "2023-03-09", "2023-03-10",
                                     "2023-03-04", "2023-03-05")

# A launch or a firing named by its noun, with a possessive doer or its own day, in a sentence or excerpt that names
# a missile or a rocket.
LAUNCHES = [
    R("Japan's defence ministry condemned Pyongyang's launch of two ballistic missiles on Thursday.", "missile_test",
      "Pyongyang's launch", "North Korea", date=THU),
    R("Tuesday's launch of a Hwasong-17 missile was the North's first in a month.", "missile_test", "Tuesday's launch",
      date=TUE),
    R("The launch of three cruise missiles from a submarine on Sunday drew protests from Seoul.", "missile_test",
      "The launch of three cruise missiles", date=SUN),
    R("Iran's launch of a satellite-carrying rocket on Monday alarmed Western capitals.", "missile_test",
      "Iran's launch", "Iran", date=MON),
    R("Russia's launch of a Sarmat intercontinental ballistic missile on Wednesday was its first since the autumn.",
      "missile_test", "Russia's launch", "Russia", date=WED),
    R("Thursday's firing of two short-range missiles into the sea was the fifth this year.", "missile_test",
      "Thursday's firing", date=THU),
    R("The salvo of four rockets on Saturday fell into the sea off the east coast.", "missile_test",
      "The salvo of four rockets", date=SAT),
    R("Beijing protested over Taiwan's test-launch of a Sky Bow missile on Friday.", "missile_test",
      "Taiwan's test-launch", "Taiwan", date=FRI),
    R("Iran's test-firing of a Sejjil missile on Wednesday was watched closely in Riyadh.", "missile_test",
      "Iran's test-firing", "Iran", date=WED),
    R("Israel's test of a Jericho ballistic missile on Tuesday went off without incident, the army said.",
      "missile_test", "Israel's test", "Israel", date=TUE),
    R("North Korea's launch of an intercontinental ballistic missile drew condemnation from the Security Council.",
      "missile_test", "North Korea's launch", "North Korea"),
    R("Seoul said Pyongyang's launch on Monday violated UN resolutions banning its ballistic missile programme.",
      "missile_test", "Pyongyang's launch on Monday", "North Korea", date=MON),
    R("Sunday's launch, the third ballistic missile test in a week, flew about 600 km.", "missile_test",
      "Sunday's launch", date=SUN),
    R("Washington condemned Iran's test of a Khorramshahr ballistic missile on Saturday.", "missile_test",
      "Iran's test", "Iran", date=SAT),
    R("China's launch of a hypersonic glide vehicle on Thursday took Pentagon officials by surprise.", "missile_test",
      "China's launch", "China", date=THU),
    R("The test-firing of a new cruise missile on Wednesday was overseen by Kim Jong Un.", "missile_test",
      "The test-firing of a new cruise missile", date=WED),
    R("Wednesday's test-launch of a solid-fuel missile was the first of its kind.", "missile_test",
      "Wednesday's test-launch", date=WED),
    R("The Houthis' launch of two ballistic missiles toward the Red Sea on Tuesday was the group's first in weeks.",
      "missile_test", "The Houthis' launch", date=TUE),
    R("Israel's test of the Arrow-3 interceptor missile on Monday was a success, officials said.", "missile_test",
      "Israel's test", "Israel", date=MON),
    R("France's test-firing of an M51 missile from a submarine on Friday went as planned.", "missile_test",
      "France's test-firing", "France", date=FRI),
    R("The launch on Friday of a Kinzhal missile from a MiG-31 was shown on state television.", "missile_test",
      "The launch on Friday", date=FRI),
    R("Tokyo lodged a protest over North Korea's launch of a ballistic missile on Thursday.", "missile_test",
      "North Korea's launch", "North Korea", date=THU),
    R("Moscow's test of an anti-satellite missile on Monday scattered debris across low orbit.", "missile_test",
      "Moscow's test", "Russia", date=MON),
    R("Britain's test-firing of a Trident missile on Wednesday failed, the defence ministry admitted.",
      "missile_test", "Britain's test-firing", "United Kingdom", date=WED),
    R("After Tuesday's launch of a Pukguksong missile, Japan convened its national security council.",
      "missile_test", "Tuesday's launch", date=TUE),
    R("South Korea's launch of a Hyunmoo missile on Saturday was a response to the North.", "missile_test",
      "South Korea's launch", "South Korea", date=SAT),
    R("The firing of six rockets from Gaza on Sunday set off sirens in Ashkelon.", "missile_test|other",
      "The firing of six rockets", date=SUN),
    R("Turkey's test of a Tayfun ballistic missile on Wednesday was filmed over the Black Sea.", "missile_test",
      "Turkey's test", "Turkey", date=WED),
    R("The US Air Force's test of a Minuteman III missile on Thursday was routine, officials said.", "missile_test",
      "Minuteman III", date=THU),
    R("Vietnam voiced concern after China's launch of four missiles into the South China Sea on Monday.",
      "missile_test", "China's launch", "China", date=MON),
]

# A nuclear test named by its noun (the test, a blast, a detonation) with its doer or day, in a nuclear story.
NUCLEAR = [
    R("North Korea's sixth nuclear test drew condemnation from around the world.", "nuclear_test",
      "North Korea's sixth nuclear test", "North Korea"),
    R("The blast on Sunday registered as a magnitude 6.3 tremor, the nuclear monitoring body said.", "nuclear_test",
      "The blast on Sunday", date=SUN),
    R("The detonation on Tuesday was detected by seismic stations in China, according to the nuclear test ban "
      "organisation.", "nuclear_test", "The detonation on Tuesday", date=TUE),
    R("Pyongyang's nuclear test on Saturday was its most powerful yet.", "nuclear_test", "Pyongyang's nuclear test",
      "North Korea", date=SAT),
    R("Sunday's test of a hydrogen bomb was the North's most powerful.", "nuclear_test", "Sunday's test", date=SUN),
    R("China's underground nuclear test at Lop Nur on Monday drew protests from Tokyo.", "nuclear_test",
      "China's underground nuclear test", "China", date=MON),
    R("Britain's nuclear test on Thursday was carried out in Nevada.", "nuclear_test", "Britain's nuclear test",
      "United Kingdom", date=THU),
    R("The test on Wednesday, Pyongyang's seventh nuclear detonation, triggered a tremor felt in China.",
      "nuclear_test", "The test on Wednesday", date=WED),
    R("Seismologists said Sunday's explosion at the nuclear test site was about ten times stronger than the last.",
      "nuclear_test", "Sunday's explosion", date=SUN),
    R("Wednesday's blast at the Punggye-ri nuclear site caused a landslide.", "nuclear_test", "Wednesday's blast",
      date=WED),
    R("North Korea's nuclear test on Monday prompted an emergency session of the Security Council.", "nuclear_test",
      "North Korea's nuclear test", "North Korea", date=MON),
    R("The nuclear test on Friday was detected by Japanese and South Korean sensors.", "nuclear_test",
      "The nuclear test on Friday", date=FRI),
    R("France's nuclear test at Mururoa on Tuesday set off protests across the Pacific.", "nuclear_test",
      "France's nuclear test", "France", date=TUE),
    R("China's atomic test on Saturday was its first in a year.", "nuclear_test", "China's atomic test", "China",
      date=SAT),
    R("The underground test on Thursday, the country's fourth nuclear test, measured magnitude 5.1.", "nuclear_test",
      "The underground test on Thursday", date=THU),
    R("Monday's detonation of a nuclear device was confirmed by radioactive traces.", "nuclear_test",
      "Monday's detonation", date=MON),
    R("Russia's nuclear test at Novaya Zemlya on Wednesday would be its first since 1990, the monitors said.",
      "nuclear_test", "Russia's nuclear test", "Russia", date=WED),
    R("Japan condemned North Korea's nuclear test as a grave threat.", "nuclear_test", "North Korea's nuclear test",
      "North Korea"),
    R("Seoul protested over North Korea's fourth nuclear test, its foreign ministry said.", "nuclear_test",
      "North Korea's fourth nuclear test", "North Korea"),
]

# A statement named by its noun with its own speaker or day, where no frame reads it.
STATEMENTS = [
    R("Prime Minister Kishida's remarks to reporters on Tuesday angered Beijing.", "statement", "remarks to reporters",
      date=TUE),
    R("The foreign ministry's statement on Wednesday called the drills provocative.", "statement",
      "statement on Wednesday", date=WED),
    R("A statement by the Turkish foreign ministry on Monday condemned the attack.", "statement", "A statement by",
      "Turkey", date=MON),
    R("A communique issued by the G7 foreign ministers on Friday called for restraint.", "statement",
      "A communique issued by", date=FRI),
    R("The Kremlin's readout of the call made no mention of Ukraine.", "statement", "readout of the call", "Russia"),
    R("Lavrov's comments on Monday drew a sharp rebuke from Kyiv.", "statement", "comments on Monday", date=MON),
    R("President Erdogan's speech to parliament on Wednesday set out Turkey's demands.", "statement",
      "speech to parliament", date=WED),
    R("Macron's address to the nation on Sunday focused on pensions.", "statement", "address to the nation", date=SUN),
    R("A joint statement by Japan and South Korea on Thursday condemned the launch.", "statement",
      "joint statement by Japan", date=THU),
    R("The Chinese embassy's statement on Sunday rejected the report as a smear.", "statement",
      "embassy's statement", "China", date=SUN),
    R("Monday's statement by the Egyptian presidency welcomed the truce.", "statement", "statement by the Egyptian",
      "Egypt", date=MON),
    R("The Pentagon's statement on Tuesday gave no figure for the casualties.", "statement", "Pentagon's statement",
      date=TUE),
    R("The defence minister's remarks on Thursday were seen as a warning to Moscow.", "statement",
      "remarks on Thursday", date=THU),
    R("Blinken's comments to reporters in Tokyo on Friday were his first on the dispute.", "statement",
      "comments to reporters", date=FRI),
    R("A statement from the Saudi foreign ministry on Saturday urged both sides to show restraint.", "statement",
      "A statement from the Saudi", "Saudi Arabia", date=SAT),
    R("The Indian army's statement on Monday made no mention of casualties.", "statement", "army's statement", "India",
      date=MON),
    R("The African Union's communique on Wednesday suspended the country from the bloc.", "statement|sanction|other",
      "communique on Wednesday", date=WED),
    R("Netanyahu's remarks on Sunday drew criticism from Washington.", "statement", "remarks on Sunday", date=SUN),
    R("The UN chief's statement on Tuesday was his strongest yet on the crisis.", "statement", "statement on Tuesday",
      date=TUE),
    R("Thursday's statement by the Russian defence ministry gave a different account.", "statement",
      "statement by the Russian defence ministry", "Russia", date=THU),
    R("A declaration by the Arab League on Monday backed the Palestinian position.", "statement",
      "A declaration by the Arab League", date=MON),
    R("The NATO secretary general's remarks on Wednesday were aimed at Moscow.", "statement", "remarks on Wednesday",
      date=WED),
    R("The ministry's statement on Friday named the three ships.", "statement", "statement on Friday", date=FRI),
    R("Beijing's statement on Tuesday called the sale a gross interference.", "statement", "Beijing's statement",
      "China", date=TUE),
    R("Tehran's statement on Saturday blamed the United States.", "statement", "Tehran's statement", "Iran", date=SAT),
]

# Talks, summits and sittings named by their noun with their parties ("between X and Y") or their own day.
MEETINGS = [
    R("Talks between Armenia and Azerbaijan on Monday ended without agreement.", "meeting", "Talks between",
      date=MON),
    R("Friday's summit in Brussels was overshadowed by the dispute.", "meeting", "Friday's summit", date=FRI),
    R("The summit between Biden and Xi in Bali on Monday lasted three hours.", "meeting", "summit between", date=MON),
    R("Talks between Serbia and Kosovo in Brussels collapsed without agreement.", "meeting", "Talks between Serbia"),
    R("A meeting between Egypt and Ethiopia on the dam broke up after an hour.", "meeting", "A meeting between Egypt"),
    R("Talks between India and China at the border on Sunday failed to end the standoff.", "meeting",
      "Talks between India and China", date=SUN),
    R("Wednesday's talks in Geneva were the first in a year.", "meeting", "Wednesday's talks", date=WED),
    R("Negotiations between Israel and Hamas in Cairo resumed after a pause.", "meeting",
      "Negotiations between Israel and Hamas"),
    R("Thursday's meeting between the two foreign ministers lasted two hours.", "meeting", "Thursday's meeting",
      date=THU),
    R("The talks on Tuesday between Greece and Turkey touched on the maritime border.", "meeting", "The talks on Tuesday",
      date=TUE),
    R("Consultations between Russia and the United States on strategic stability ended in Geneva.", "meeting",
      "Consultations between Russia"),
    R("A call between Biden and Putin on Saturday lasted an hour.", "meeting", "A call between Biden", date=SAT),
    R("Sunday's summit in Riyadh drew leaders from across the Arab world.", "meeting", "Sunday's summit", date=SUN),
    R("Talks between Sudan's army and the RSF in Jeddah stalled over a ceasefire.", "meeting", "Talks between Sudan"),
    R("A meeting between Japan and China on the islands was held in Beijing.", "meeting", "A meeting between Japan"),
]

# Acts named by their noun with a named doer ("Iran's seizure of the tanker") or their own day.
ACTS = [
    R("Iran's seizure of the tanker was condemned by London.", "other", "Iran's seizure", "Iran"),
    R("China's detention of two Canadian citizens strained ties with Ottawa.", "other", "China's detention", "China"),
    R("Russia's seizure of three Ukrainian navy boats was condemned by NATO.", "other", "Russia's seizure", "Russia"),
    R("Turkey's downing of a Russian jet brought the two close to war.", "other", "Turkey's downing", "Turkey"),
    R("Israel's air strike on the consulate drew condemnation across the region.", "other", "Israel's air strike",
      "Israel"),
    R("Azerbaijan's capture of the town was a turning point.", "other", "Azerbaijan's capture", "Azerbaijan"),
    R("Venezuela's expulsion of the Spanish ambassador deepened the row.", "other|sanction", "Venezuela's expulsion",
      "Venezuela"),
    R("India's air strikes on the camps were condemned by Islamabad.", "other", "India's air strikes", "India"),
    R("Saudi Arabia's interception of a Houthi drone was the third this week.", "other", "Saudi Arabia's interception",
      "Saudi Arabia"),
    R("Belarus's arrest of the journalist drew condemnation from the EU.", "other", "arrest of the journalist",
      "Belarus"),
    R("The Houthis' attack on the tanker set it ablaze.", "other", "attack on the tanker"),
    R("Pakistan's shelling of border villages killed four civilians, Indian officials said.", "other",
      "Pakistan's shelling", "Pakistan"),
    R("Egypt's closure of the crossing left aid trucks stranded.", "other", "Egypt's closure", "Egypt"),
    R("Mali's expulsion of the French envoy came after weeks of tension.", "other|sanction", "Mali's expulsion", "Mali"),
    R("Greece's interception of the migrant boat drew criticism from rights groups.", "other",
      "Greece's interception", "Greece"),
    R("The seizure of the tanker by Iranian commandos on Friday was filmed from a helicopter.", "other",
      "The seizure of the tanker", date=FRI),
    R("The attack on the embassy on Sunday left two guards dead.", "other", "The attack on the embassy", date=SUN),
    R("Tuesday's raid on the opposition offices was condemned by the UN.", "other", "Tuesday's raid", date=TUE),
    R("Russia's annexation of the four regions was rejected by the General Assembly.", "other",
      "Russia's annexation", "Russia"),
    R("China's boarding of the Philippine supply boat drew protests from Manila.", "other", "China's boarding",
      "China"),
    # A noun with a doer of its own inside another act's clause is a second act ("in response to Iran's missile attack").
    R("Israel struck air defence sites near Isfahan on Friday in response to Iran's missile attack.", "other",
      "Iran's missile attack", "Iran"),
]

# Whole paragraphs: a noun naming a new act after another act told before (another day or another doer).
NEW_AFTER = [
    R("North Korea fired a ballistic missile on Tuesday.\n\nSunday's launch of two cruise missiles was "
      "the first this month.", "missile_test", "Sunday's launch", date=SUN),
    R("Iran fired a missile on Monday, state media said.\n\nIsrael's test of an interceptor missile on Wednesday "
      "went as planned.", "missile_test", "Israel's test", "Israel", date=WED),
    R("Iran tested a Shahab missile on Thursday.\n\nIsrael's launch of an Arrow interceptor missile on Saturday "
      "followed.", "missile_test", "Israel's launch", "Israel", date=SAT),
    R("Russia's foreign ministry said on Monday it would respond.\n\nThe Chinese foreign ministry's statement on "
      "Tuesday was milder.", "statement", "foreign ministry's statement on", date=TUE),
    R("North Korea conducted a nuclear test on Sunday.\n\nChina's nuclear test on Thursday followed.",
      "nuclear_test", "China's nuclear test", "China", date=THU),
]

# More of each in other registers: agency copy, broadcasters' scripts, papers' analysis.
MORE = [
    R("KCNA said Monday's launch of a new-type ICBM was a warning to Washington.", "missile_test", "Monday's launch",
      date=MON),
    R("Yonhap reported that the North's launch on Thursday was its twelfth ballistic missile this year.",
      "missile_test", "launch on Thursday", date=THU),
    R("Iran's test-firing of a Fattah hypersonic missile on Tuesday was shown on state TV.", "missile_test",
      "Iran's test-firing", "Iran", date=TUE),
    R("Saturday's salvo of two ballistic missiles landed outside Japan's economic zone.", "missile_test",
      "Saturday's salvo", date=SAT),
    R("The US condemned Russia's launch of a Bulava missile from the Barents Sea on Wednesday.", "missile_test",
      "Russia's launch", "Russia", date=WED),
    R("China's test of a DF-41 intercontinental missile on Monday was its first public one.", "missile_test",
      "China's test", "China", date=MON),
    R("Japan's launch of an H-2A rocket on Saturday marked a milestone.", "missile_test", "Japan's launch",
      "Japan", date=SAT),
    R("The firing of a Hwasong-18 missile on Thursday was watched by Kim and his daughter.", "missile_test",
      "The firing of a Hwasong-18", date=THU),
    R("Experts said Friday's launch showed the missile could reach the whole of the United States.", "missile_test",
      "Friday's launch", date=FRI),
    R("South Korea's military said the launch of two short-range ballistic missiles on Sunday came from Pyongyang.",
      "missile_test", "the launch of two short-range", date=SUN),
    R("The Houthis' launch of a cruise missile at Eilat on Monday was intercepted by an Israeli jet.",
      "other", "The Houthis' launch", date=MON),
    R("Russia's test of the Avangard missile on Wednesday carried a glide vehicle.", "missile_test",
      "Russia's test", "Russia", date=WED),
    R("Tuesday's test-firing of a Tomahawk missile by the Japanese navy was the first.", "missile_test",
      "Tuesday's test-firing", date=TUE),
    R("Washington's launch of a Minuteman missile on Wednesday had been postponed twice.", "missile_test",
      "Washington's launch", "United States", date=WED),
    R("Russia's nuclear test on Monday, the first since the Soviet era, was condemned by Washington.", "nuclear_test",
      "Russia's nuclear test", "Russia", date=MON),
    R("The explosion on Sunday at the nuclear test site was picked up by 30 seismic stations.", "nuclear_test",
      "The explosion on Sunday", date=SUN),
    R("Wednesday's nuclear test drew a rebuke from China, Pyongyang's only ally.", "nuclear_test",
      "Wednesday's nuclear test", date=WED),
    R("North Korea's detonation of a hydrogen bomb on Sunday shook buildings in China.", "nuclear_test",
      "North Korea's detonation", "North Korea", date=SUN),
    R("Russia's nuclear tests on Monday stunned the world.", "nuclear_test", "Russia's nuclear tests", "Russia",
      date=MON),
    R("The nuclear blast on Tuesday was estimated at 100 kilotons.", "nuclear_test", "The nuclear blast on Tuesday",
      date=TUE),
    R("Pyongyang's sixth nuclear test was condemned by the Security Council.", "nuclear_test",
      "Pyongyang's sixth nuclear test", "North Korea"),
    R("The underground nuclear test on Saturday was the North's first in five years.", "nuclear_test",
      "The underground nuclear test on Saturday", date=SAT),
    R("Erdogan's remarks on Friday drew a rebuke from Athens.", "statement", "remarks on Friday", date=FRI),
    R("The State Department's statement on Monday called the arrests arbitrary.", "statement",
      "State Department's statement", date=MON),
    R("A statement by the Iranian foreign ministry on Sunday condemned the strike.", "statement",
      "A statement by the Iranian", "Iran", date=SUN),
    R("Tuesday's statement by the Polish government said the border would stay shut.", "statement",
      "statement by the Polish government", "Poland", date=TUE),
    R("The Japanese prime minister's remarks on Monday were aimed at Beijing.", "statement", "remarks on Monday",
      date=MON),
    R("Modi's speech to the UN General Assembly on Saturday skipped the border dispute.", "statement",
      "speech to the UN", date=SAT),
    R("A communique by the Gulf Cooperation Council on Wednesday backed Riyadh.", "statement",
      "A communique by the Gulf", date=WED),
    R("The Israeli army's statement on Thursday said nothing of the strike.", "statement", "army's statement",
      "Israel", date=THU),
    R("Putin's address to the nation on Wednesday announced a partial mobilisation.", "statement",
      "address to the nation", date=WED),
    R("The White House's statement on Sunday welcomed the release.", "statement", "White House's statement",
      date=SUN),
    R("A statement from the Philippine coast guard on Saturday accused Chinese vessels of ramming.", "statement",
      "A statement from the Philippine coast guard", "Philippines", date=SAT),
    R("Wang Yi's remarks to reporters on Friday were the sharpest yet.", "statement", "remarks to reporters", date=FRI),
    R("Ethiopia's seizure of the town was confirmed by aid workers.", "other", "Ethiopia's seizure", "Ethiopia"),
    R("Iran's detention of the French citizens angered Paris.", "other", "Iran's detention", "Iran"),
    R("Russia's storming of the plant drew condemnation from the IAEA.", "other", "Russia's storming", "Russia"),
    R("North Korea's capture of the US spy ship was a crisis for Washington.", "other", "North Korea's capture",
      "North Korea"),
    R("Israel's raid on the camp killed 12 people, the Palestinian health ministry said.", "other", "Israel's raid",
      "Israel"),
    R("Algeria's closure of its airspace to French planes disrupted flights to the Sahel.", "other",
      "Algeria's closure", "Algeria"),
    R("China's interception of the Philippine boat was filmed by journalists on board.", "other",
      "China's interception", "China"),
    R("Nigeria's evacuation of its citizens from Sudan began on Monday.", "other", "Nigeria's evacuation", "Nigeria"),
]

# An act of the past named by its noun with its own year (dated as that whole year): collisions, clashes, standoffs.
HISTORY = [
    R("Relations have not been this bad since the 2010 standoff over a Chinese trawler.", "other", "the 2010 standoff",
      date="2010-01-01"),
    R("The 2014 seizure of three naval tugs remains a sore point between the two navies.", "other",
      "The 2014 seizure", date="2014-01-01"),
    R("It was the deadliest incident since the 2008 clashes on the border.", "other", "the 2008 clashes",
      date="2008-01-01"),
    R("The 1988 collision between two warships in the Black Sea is the closest parallel.", "other",
      "The 1988 collision", date="1988-01-01"),
    R("The crisis recalled the 2012 standoff at Scarborough Shoal.", "other", "the 2012 standoff", date="2012-01-01"),
    R("Analysts compared it to the 1996 confrontation in the Taiwan Strait.", "other", "the 1996 confrontation",
      date="1996-01-01"),
    R("A 2019 attack on oil facilities in the kingdom showed how exposed they were.", "other", "A 2019 attack",
      date="2019-01-01"),
    R("Both fleets have stayed apart since the 1986 clash off the islands.", "other", "the 1986 clash",
      date="1986-01-01"),
]

# Acts of force whose doer is the demonym right before the noun, told once in the past ("Russian missile strikes on Kyiv
# damaged a power station").
DEMONYMS = [
    R("Russian missile strikes on Kyiv overnight damaged a power station.", "other", "Russian missile strikes", "Russia"),
    R("Saudi-led air strikes on Sanaa resumed after the truce collapsed.", "other", "Saudi-led air strikes",
      "Saudi Arabia"),
    R("A North Korean missile launch prompted Japan to issue an alert.", "missile_test", "North Korean missile launch",
      "North Korea"),
    R("Ukrainian drone attacks on Russian refineries have cut fuel output.", "other", "Ukrainian drone attacks",
      "Ukraine"),
    R("The strikes followed a Houthi missile attack on a tanker in the Red Sea.", "other", "Houthi missile attack",
      "Houthis"),
    R("American strikes on Houthi targets resumed on Friday.", "other", "American strikes", "United States", date=FRI),
    R("Turkish drone strikes on Kurdish positions killed three fighters.", "other", "Turkish drone strikes", "Turkey"),
    R("Azerbaijani artillery fire hit Armenian positions near the border.", "other", "Azerbaijani artillery fire",
      "Azerbaijan"),
    R("Iranian missile attacks on Kurdish groups in Iraq killed two people.", "other", "Iranian missile attacks",
      "Iran"),
    R("Egyptian air strikes on militant camps in Libya killed dozens.", "other", "Egyptian air strikes", "Egypt"),
    R("A Russian missile strike on the port destroyed grain stores.", "other", "Russian missile strike", "Russia"),
    R("Fresh Israeli strikes hit southern Lebanon as talks continued.", "other", "Israeli strikes", "Israel"),
]

ROWS = LAUNCHES + NUCLEAR + STATEMENTS + MEETINGS + ACTS + NEW_AFTER + MORE + HISTORY + DEMONYMS
# Rows the tool still reads wrong (strict: a fix makes them pass and fail here): what is missed, and why.
MISSED: dict[str, str] = {
    "The defence minister's remarks": "a speech noun whose speaker is named only by a role is not read (on unseen text "
                                      "such nouns named a statement told before)",
    "The ministry's statement on Friday": "as above: the ministry's names no speaker of its own",
    "Saudi-led air strikes on Sanaa": "a demonym alone, with no day, names a doer but not a new act (on unseen text such "
                                      "nouns were acts told elsewhere: 2 extras, none found)",
    "A North Korean missile launch prompted": "as above: a demonym and no day",
    "Ukrainian drone attacks on Russian": "as above: a demonym and no day",
    "The strikes followed a Houthi missile": "as above: a demonym and no day",
}

# Whole paragraphs where a noun only refers back to the act told before: one event of the kind, never two.
REFERS_BACK = [
    ("North Korea fired a ballistic missile on Tuesday.\n\nThe launch was condemned by Japan.", "missile_test"),
    ("North Korea fired a ballistic missile on Tuesday.\n\nTuesday's launch was condemned by Japan.", "missile_test"),
    ("North Korea fired a ballistic missile on Tuesday.\n\nNorth Korea's launch was its fourth this year.",
     "missile_test"),
    ("Iran test-fired a Khorramshahr missile on Saturday.\n\nSaturday's launch was filmed by state television.",
     "missile_test"),
    ("Iran test-fired a Sejjil missile on Monday.\n\nThe test on Monday was a success, the army said.",
     "missile_test"),
    ("North Korea carried out its sixth nuclear test on Sunday.\n\nThe test drew condemnation from China.",
     "nuclear_test"),
    ("North Korea carried out its sixth nuclear test on Sunday.\n\nThe blast was the most powerful yet.",
     "nuclear_test"),
    ("North Korea carried out its sixth nuclear test on Sunday.\n\nSunday's test was ten times stronger than the last.",
     "nuclear_test"),
    ("North Korea carried out its sixth nuclear test on Sunday.\n\nNorth Korea's test was its most powerful.",
     "nuclear_test"),
    ("North Korea carried out a nuclear test on Sunday.\n\nPyongyang's nuclear test drew condemnation from Seoul.",
     "nuclear_test"),
    ("China fired eleven ballistic missiles on Thursday.\n\nThursday's launches landed in the sea.", "missile_test"),
    ("Russia test-fired a Sarmat missile on Wednesday.\n\nRussia's launch was watched by the Pentagon.",
     "missile_test"),
    ("Iran seized a British tanker on Friday.\n\nIran's seizure of the tanker was condemned by London.", "other"),
    ("France conducted a nuclear test on Thursday.\n\nFrance's nuclear test drew protests across the Pacific.",
     "nuclear_test"),
    ("North Korea fired two missiles on Monday.\n\nThe missiles' launch on Monday came during the drills.",
     "missile_test"),
]

# Sentences whose noun tells no act of the kinds named: generic nouns, topics, capabilities, nouns used as a time,
# a launch of something no missile, and no doer or day.
NEGATIVES = [
    ("The nuclear standoff has become a test of wills between the two capitals.", ["nuclear_test", "missile_test"]),
    ("Japan is expanding its missile defence.", ["missile_test"]),
    ("Nuclear talks have stalled since 2019.", ["meeting"]),
    ("North Korea's missile programme is expanding fast.", ["missile_test"]),
    ("The nuclear test site at Punggye-ri lies in the north-east.", ["nuclear_test"]),
    ("Seoul says a nuclear test would be a grave provocation.", ["nuclear_test"]),
    ("The missile crisis is the biggest test for the new government.", ["missile_test", "nuclear_test"]),
    ("The ballistic missile treaty is a litmus test of the alliance.", ["missile_test"]),
    ("Banks in the region passed the stress test despite the missile threat.", ["missile_test"]),
    ("The nuclear test ban treaty was signed in 1996.", ["nuclear_test"]),
    ("The missile launch pad was built in the 1990s.", ["missile_test"]),
    ("The rocket launch site at Sohae has been expanded, satellite images show.", ["missile_test"]),
    ("The launch of the campaign was delayed by the missile crisis.", ["missile_test"]),
    ("The country's missile tests have grown more frequent.", ["missile_test"]),
    ("Missile launches by the North have become routine.", ["missile_test"]),
    ("Since the test, the two Koreas have traded threats over the nuclear issue.", ["nuclear_test"]),
    ("The nuclear blast radius of such a weapon would cover the whole city.", ["nuclear_test"]),
    ("The statement of intent was signed by the missile makers.", ["statement"]),
    ("Analysts said a seventh nuclear test is likely.", ["nuclear_test"]),
    ("The country has no capability for a nuclear test.", ["nuclear_test"]),
    ("The missile defence test facility at Kauai is run by the US Navy.", ["missile_test"]),
    ("A test of resolve awaits NATO over the missile deployments.", ["missile_test"]),
    ("The explosion of anger on social media followed the nuclear debate.", ["nuclear_test"]),
    ("The launch window for the rocket opens in the spring.", ["missile_test"]),
    ("The missile's test flight programme has been delayed for years.", ["missile_test"]),
    ("Tests like the one the nuclear monitors describe are rare.", ["nuclear_test"]),
    ("The nuclear crisis remains a test case for the treaty.", ["nuclear_test"]),
    ("As the launch approached, the missile crews were briefed.", ["missile_test"]),
    ("A driving test is now required for the missile convoy drivers.", ["missile_test"]),
    ("The nuclear agency's statement of principles was adopted in 2005.", ["statement"]),
    ("The ballistic missile was displayed at the launch ceremony.", ["missile_test"]),
    ("Until the test, few had thought the North capable of a nuclear weapon.", ["nuclear_test"]),
    ("Missile tests are banned under UN resolutions.", ["missile_test"]),
    ("The nuclear talks in Vienna are a topic the ministers avoided.", ["meeting"]),
    ("A nuclear explosion would contaminate the whole peninsula, experts warn.", ["nuclear_test"]),
    ("Diplomats fear the launch of a new arms race in missiles.", ["missile_test"]),
    ("Yet another test of wills looms over the nuclear deal.", ["nuclear_test"]),
    ("The missile threat dominated the summit agenda.", ["missile_test"]),
    ("Any launch from the site would be detected at once, the missile command said.", ["missile_test"]),
    ("The explosion of a nuclear device in the atmosphere is banned by treaty.", ["nuclear_test"]),
    ("A blast furnace at the missile plant was shut down.", ["nuclear_test", "missile_test"]),
    ("Moscow was accused of trying to influence the 2016 election.", ["other"]),
    ("Iran's first nuclear test, if it came, would upend the region, analysts said.", ["nuclear_test"]),
    ("It was the tenth Russian missile attack on the port since January.", ["other"]),
    ("This was Pyongyang's seventh nuclear test, the monitors said.", ["nuclear_test"]),
    ("Israeli strikes are a constant threat, residents say.", ["other"]),
    ("US officials say Chinese missile tests are becoming more frequent.", ["missile_test"]),
    ("The French strike closed schools across the country.", ["other"]),

    ("The 2015 nuclear deal capped enrichment at 3.67 percent.", ["other", "meeting", "nuclear_test"]),
    ("The 2006 missile tests were condemned at the time.", ["missile_test"]),
    ("North Korea fired a missile on Tuesday.\n\nSince the launch, the two Koreas have exchanged threats.",
     ["missile_test:2"]),
    ("North Korea fired a missile on Tuesday.\n\nLike the launch in January, it landed in the sea.",
     ["missile_test:2"]),
]

# Headlines are never read: a headline naming a nominal event gives nothing; its story sentence does.
HEADLINE = ("North Korea's launch on Tuesday draws condemnation\n\nJapan protested on Wednesday over the missile, "
            "its foreign ministry said.")


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(ROWS, MISSED))
def test_a_nominal_event_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kind"), REFERS_BACK, ids=[t[:48] for t, _ in REFERS_BACK])
def test_a_noun_that_refers_back_makes_no_second_event(text: str, kind: str) -> None:
    found = kinds_found(_events(text), [kind])
    assert len(found) == 1, found


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_nominal_event_is_read(text: str, absent: list[str]) -> None:
    events = _events(text)
    for want in absent:
        kind, _, most = want.partition(":")  # "statement:2": at most one, the first telling
        found = kinds_found(events, [kind])
        assert len(found) <= (int(most) - 1 if most else 0), found


def test_a_headline_gives_no_nominal_event() -> None:
    """The headline's launch is no event; the story sentence's own words are read."""
    events = _events(HEADLINE)
    first = HEADLINE.index("\n\n")
    assert not [e for e in events if e.evidence.start < first], [(e.kind.value, e.evidence.exact) for e in events]


def test_the_table_is_large_enough() -> None:
    """At least 150 rows of nominal events and 50 negative rows (the session's brief)."""
    assert len(ROWS) >= 150 and len(NEGATIVES) + len(REFERS_BACK) >= 50
