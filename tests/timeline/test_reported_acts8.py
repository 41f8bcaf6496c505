"""Acts told inside reported speech (session 8; fresh sentences of wire, state-agency, broadcaster and paper English, no
corpus text): the act before ", X said", the "that"-clause, the clause after "according to X,", the words a body
"reported", "announced" or "confirmed", and above all the act a direct quote tells ('"We have expelled four diplomats,"
the minister said', timeline/reported.py). Each row: an event of the row's kind ("a|b": either) holds the anchor, by
the row's actor (None: unchecked), with the row's modality and start day; its evidence is the act's own words (never
the frame's "said" words), and the statement is on the record beside it. Negative rows: things said that tell no act
(opinions, conditions, readiness, questions, demands, guesses, labels). Written Friday 2024-10-18."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.timeline.events_helpers import check_act, held_by, make_excerpt, show
from timeline.events import extract_strict

PUBLISHED = "2024-10-18"  # a Friday: Mon 14, Tue 15, Wed 16, Thu 17; Sat 12, Sun 13; overnight/yesterday 17
MON, TUE, WED, THU, FRI, SAT, SUN = ("2024-10-14", "2024-10-15", "2024-10-16", "2024-10-17", "2024-10-18",
                                     "2024-10-12", "2024-10-13")
OVERNIGHT = THU
RC = ("reported_claim",)
PLAN = ("planned", "expected")
EXP = "other|sanction"  # diplomats expelled: an expulsion, and a measure against another state's mission


class Row(NamedTuple):
    text: str
    kind: str
    anchor: str
    actor: str | None = None
    modality: tuple[str, ...] | None = RC
    date: str | None = None
    frame: str | None = None  # the frame's words, which the act's evidence must not hold
    xfail: str | None = None  # what is still missed (another module's: the frame or the trigger)


R = Row
FRAME = "frame: the speaker is not read, so no statement and the act keeps the frame"


def _events(text: str):
    return extract_strict(make_excerpt(text, published=PUBLISHED))


# --- "<act>, X said": the clause before its speaker -------------------------------------------------------------
SAID_AFTER = [
    R("North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's "
      "Joint Chiefs of Staff said.", "missile_test", "fired two short-range ballistic missiles", "North Korea", RC, THU,
      "Joint Chiefs of Staff said"),
    R("Chinese warships entered the contiguous zone near the Senkaku Islands on Monday, Japan's coast guard said.",
      "ship_movement", "entered the contiguous zone", "China", RC, MON, "coast guard said"),
    R("Two Turkish frigates arrived in the port of Famagusta on Tuesday, Cypriot officials said.", "ship_movement",
      "arrived in the port of Famagusta", "Turkey", RC, TUE, "officials said"),
    R("Israeli jets struck weapons depots near Damascus late on Sunday, Syria's state news agency SANA said.", "other",
      "struck weapons depots near Damascus", "Israel", RC, SUN, "SANA said"),
    R("The European Union imposed sanctions on four Iranian officials on Monday, diplomats said.", "sanction",
      "imposed sanctions on four Iranian officials", "European Union", RC, MON, "diplomats said"),
    R("Azerbaijani and Armenian forces exchanged fire along the border on Wednesday, Armenia's defence ministry said.",
      "other", "exchanged fire along the border", None, RC, WED, "ministry said"),
    R("Venezuela expelled the Spanish ambassador on Friday, the foreign ministry in Caracas said.", EXP,
      "expelled the Spanish ambassador", "Venezuela", RC, FRI, "ministry in Caracas said"),
    R("The two foreign ministers met in Geneva on Thursday, a State Department spokesman said.", "meeting",
      "met in Geneva", None, RC, THU, "spokesman said"),
    R("Houthi rebels fired an anti-ship missile at a Greek-owned tanker in the Red Sea on Monday, the U.S. military said.",
      "other|missile_test", "fired an anti-ship missile", None, RC, MON, "military said"),
    R("The frigate HMS Richmond shot down two drones overnight, the Ministry of Defence said.", "other",
      "shot down two drones", None, RC, OVERNIGHT, "Ministry of Defence said"),
    R("Seoul and Washington began their annual Freedom Shield exercises on Monday, the South Korean military said.",
      "military_exercise", "began their annual Freedom Shield exercises", None, RC, MON, "military said"),
    R("A Chinese coast guard vessel fired a water cannon at a Philippine supply boat on Saturday, Manila said.", "other",
      "fired a water cannon", "China", RC, SAT, "Manila said"),
    R("Iranian commandos seized a Liberian-flagged tanker in the Strait of Hormuz on Friday, the Revolutionary Guards said.",
      "other", "seized a Liberian-flagged tanker", "Iran", RC, FRI, "Guards said"),
    R("The destroyer USS Chung-Hoon sailed through the Taiwan Strait on Saturday, the U.S. Seventh Fleet said.",
      "ship_movement", "sailed through the Taiwan Strait", "United States", RC, SAT, "Seventh Fleet said"),
    R("Moscow recalled its ambassador to Chisinau for consultations on Wednesday, the Russian foreign ministry said.",
      "other", "recalled its ambassador", "Russia", RC, WED, "ministry said"),
    R("India test-fired an Agni-V missile from Abdul Kalam Island on Monday, defence sources said.", "missile_test",
      "test-fired an Agni-V missile", "India", RC, MON, "sources said"),
    R("Beijing sanctioned three U.S. defence firms on Tuesday over arms sales to Taiwan, the commerce ministry said.",
      "sanction", "sanctioned three U.S. defence firms", "China", RC, TUE, "commerce ministry said"),
    R("Two fishing vessels were seized by Russian border guards on Thursday, the Japanese foreign ministry said.", "other",
      "were seized by Russian border guards", "Russia", RC, THU, "foreign ministry said"),
    R("Russian bombers flew over the Baltic Sea on Monday, the Finnish defence ministry said.", "other",
      "flew over the Baltic Sea", "Russia", RC, MON, "ministry said"),
    R("Eight soldiers were killed in the ambush, the army said.", "other", "were killed in the ambush", None, RC, None,
      "the army said"),
    R("Rebels shelled the airport in Goma on Wednesday, the provincial governor's office said.", "other",
      "shelled the airport in Goma", None, RC, WED, "office said"),
    R("Ethiopian and Eritrean officials held talks in Asmara on Sunday, the Ethiopian foreign ministry said.", "meeting",
      "held talks in Asmara", None, RC, SUN, "ministry said"),
    R("The Dutch frigate Tromp docked in Tokyo on Tuesday, the Dutch navy said.", "ship_movement", "docked in Tokyo",
      None, RC, TUE, "navy said"),
    R("Two Russian corvettes passed through the English Channel on Monday, the Royal Navy said.", "ship_movement",
      "passed through the English Channel", "Russia", RC, MON, "Royal Navy said"),
    R("Britain froze the assets of five Russian oligarchs on Thursday, the Foreign Office said.", "sanction",
      "froze the assets of five Russian oligarchs", "United Kingdom", RC, THU, "Foreign Office said"),
    R("Gunmen attacked an army post in the north of the country on Sunday, killing six soldiers, the military said.",
      "other", "attacked an army post", None, RC, SUN, "military said"),
    R("Egyptian troops were deployed along the Gaza border on Saturday, security sources said.", "deployment",
      "were deployed along the Gaza border", None, RC, SAT, "security sources said"),
    R("North Korea conducted a test of a new multiple rocket launcher on Tuesday, state media said.", "missile_test",
      "conducted a test of a new multiple rocket launcher", "North Korea", RC, TUE, "state media said"),
    R("The Security Council voted on Friday to extend the peacekeeping mission in Lebanon, diplomats said.", "other",
      "voted on Friday to extend", None, RC, FRI, "diplomats said"),
    R("A Ukrainian sea drone hit a Russian landing ship off Crimea overnight, Ukrainian military intelligence said.",
      "other", "hit a Russian landing ship", None, RC, OVERNIGHT, "intelligence said"),
    R("Sudan's army launched air strikes on Khartoum North on Tuesday, residents and a military source said.", "other",
      "launched air strikes on Khartoum North", "Sudan", RC, TUE, "military source said"),  # read since actfirst.py
    R("Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday, Tokyo's defence ministry said.",
      "other|military_exercise", "flew a joint patrol", None, RC, TUE, "defence ministry said"),
    R("Kenya expelled two Somali diplomats on Monday, the Kenyan foreign ministry said.", EXP,
      "expelled two Somali diplomats", "Kenya", RC, MON, "ministry said"),
    R("Malaysian and Indonesian navies held joint exercises in the Strait of Malacca last week, officials said.",
      "military_exercise", "held joint exercises", None, RC, "2024-10-07", "officials said"),
    R("The Nigerian navy intercepted a tanker carrying stolen crude off the Niger Delta on Sunday, a spokesman said.",
      "other", "intercepted a tanker", "Nigeria", RC, SUN, "spokesman said"),
    R("Hundreds of Colombian troops were sent to the Venezuelan border on Thursday, the defence minister said.",
      "deployment", "were sent to the Venezuelan border", None, RC, THU, "defence minister said"),
    R("Thai and Cambodian soldiers traded fire near a disputed temple on Wednesday, a Thai army spokesman said.", "other",
      "traded fire near a disputed temple", None, RC, WED, "spokesman said"),
    R("The U.S. Treasury blacklisted 12 companies over drone sales to Russia on Tuesday, officials said.", "sanction",
      "blacklisted 12 companies", "United States", RC, TUE, "officials said"),
    R("The Italian navy escorted two migrant boats into Lampedusa on Saturday, the coast guard said.", "ship_movement|other",
      "escorted two migrant boats", None, RC, SAT, "coast guard said"),  # read since session 9: the navy as the verb's subject
    R("Chad's foreign minister met his Sudanese counterpart in N'Djamena on Monday, state radio said.", "meeting",
      "met his Sudanese counterpart", None, RC, MON, "state radio said"),
]

# --- "X said (that) <act>" -----------------------------------------------------------------------------------------
SAID_THAT = [
    R("The Japanese defence ministry said two Chinese destroyers sailed through the Osumi Strait on Wednesday.",
      "ship_movement", "sailed through the Osumi Strait", "China", RC, WED, "ministry said"),
    R("The ministry said Chinese warships had entered the zone on Monday.", "ship_movement", "had entered the zone",
      "China", RC, MON, "ministry said"),
    R("South Korea's military said North Korea launched a ballistic missile toward the East Sea on Sunday.",
      "missile_test", "launched a ballistic missile", "North Korea", RC, SUN, "military said"),
    R("Ukraine's air force said Russia launched 45 drones and three cruise missiles overnight.", "missile_test|other",
      "launched 45 drones", "Russia", RC, OVERNIGHT, "air force said"),
    R("Israel's military said it had struck Hezbollah targets in southern Lebanon on Tuesday.", "other",
      "had struck Hezbollah targets", "Israel", RC, TUE, "military said"),
    R("Beijing said on Monday its forces had completed three days of drills around Taiwan.", "military_exercise",
      "completed three days of drills", "China", RC, None, "Beijing said"),
    R("Iran's foreign ministry said it had summoned the British ambassador on Sunday.", "other",
      "had summoned the British ambassador", "Iran", RC, SUN, "ministry said"),
    R("The Kremlin said on Friday that Putin had held talks with Erdogan by telephone.", "meeting",
      "held talks with Erdogan", None, RC, None, "Kremlin said"),
    R("The Pentagon said a U.S. destroyer had sailed through the Taiwan Strait on Thursday.", "ship_movement",
      "had sailed through the Taiwan Strait", "United States", RC, THU, "Pentagon said"),
    R("The U.S. Treasury said it had imposed sanctions on six Hong Kong officials.", "sanction",
      "had imposed sanctions on six Hong Kong officials", "United States", RC, None, "Treasury said"),
    R("The Philippine coast guard said a Chinese vessel rammed one of its boats near Sabina Shoal on Monday.", "other",
      "rammed one of its boats", "China", RC, MON, "coast guard said"),
    R("The Turkish defence ministry said its jets had hit 20 Kurdish militant targets in northern Iraq overnight.",
      "other", "had hit 20 Kurdish militant targets", "Turkey", RC, OVERNIGHT, "ministry said"),
    R("Britain's foreign office said it had expelled a Russian defence attache on Wednesday.", EXP,
      "had expelled a Russian defence attache", "United Kingdom", RC, WED, "foreign office said"),
    R("Taiwan's defence ministry said 21 Chinese military aircraft entered the island's air defence zone on Friday.",
      "other", "entered the island's air defence zone", "China", RC, FRI, "ministry said"),
    R("KCNA said North Korea had test-fired a new solid-fuel intercontinental ballistic missile on Thursday.",
      "missile_test", "test-fired a new solid-fuel intercontinental ballistic missile", "North Korea", RC, THU,
      "KCNA said"),
    R("The Egyptian army said it had deployed additional troops to the Sinai border on Saturday.", "deployment",
      "had deployed additional troops", "Egypt", RC, SAT, "army said"),
    R("The Lithuanian foreign ministry said the Chinese charge d'affaires had been summoned on Monday.", "other",
      "had been summoned", None, RC, MON, "ministry said"),
    R("Officials said the talks, held in Doha on Sunday, ended without agreement.", "meeting", "held in Doha on Sunday",
      None, RC, SUN, "Officials said"),
    R("Armenia's foreign ministry said Azerbaijani forces had opened fire on Armenian positions near Sotk on Tuesday.",
      "other", "had opened fire on Armenian positions", "Azerbaijan", RC, TUE, "ministry said"),
    R("Seoul's unification ministry said North Korea had blown up the inter-Korean liaison office on Tuesday.", "other",
      "had blown up the inter-Korean liaison office", "North Korea", RC, TUE, "ministry said"),
    R("The State Department said Secretary of State Antony Blinken would travel to Beijing next week.", "meeting",
      "would travel to Beijing", None, PLAN, None, "Department said"),
    R("Ghana's foreign ministry confirmed that the Ivorian envoy had been summoned over the border incident.", "other",
      "had been summoned", None, RC, None, "ministry confirmed"),
    R("The statement said that the navy had seized an oil tanker in the Gulf of Oman on Thursday.", "other",
      "had seized an oil tanker", None, RC, THU, "statement said"),
    R("Russia's defence ministry said its air defences shot down 12 Ukrainian drones over Belgorod overnight.", "other",
      "shot down 12 Ukrainian drones", "Russia", RC, OVERNIGHT, "ministry said"),
    R("The military said on Sunday that militants attacked a checkpoint in the region, killing four soldiers.", "other",
      "militants attacked a checkpoint", None, RC, None, "military said"),
    R("Syria's state news agency said Israeli missiles hit the airport in Aleppo, putting it out of service.", "other",
      "Israeli missiles hit the airport in Aleppo", "Israel", RC, None, "agency said"),
    R("The United States said it would send two aircraft carriers to the eastern Mediterranean.", "ship_movement|deployment",
      "would send two aircraft carriers", "United States", PLAN, None, "United States said"),
    R("The defence ministry said that on Saturday two Chinese navy vessels sailed near the island of Yonaguni.",
      "ship_movement", "sailed near the island of Yonaguni", "China", RC, SAT, "ministry said"),
    R("Kyiv said Russia had launched a massive missile barrage on Monday, hitting energy facilities across the country.",
      "missile_test|other", "had launched a massive missile barrage", "Russia", RC, MON, "Kyiv said"),
    R("A Pentagon spokesman said Russian and Chinese bombers had conducted a joint patrol near Alaska on Thursday.",
      "military_exercise|other", "conducted a joint patrol near Alaska", None, RC, THU, "spokesman said"),
    R("Washington said it was imposing new sanctions on Iran's oil sector.", "sanction", "imposing new sanctions",
      "United States", RC, None, "Washington said"),
    R("The Japanese government said a Chinese survey ship entered its territorial waters on Sunday.", "ship_movement",
      "entered its territorial waters", "China", RC, SUN, "government said"),
    R("The foreign ministry said Lavrov and Wang Yi had met in Vientiane on Thursday.", "meeting",
      "had met in Vientiane", None, RC, THU, "ministry said"),
    R("Officials confirmed on Wednesday that U.S. forces had shot down a high-altitude object over Lake Huron.", "other",
      "had shot down a high-altitude object", "United States", RC, None, "Officials confirmed"),
    R("Lebanese security sources said an Israeli drone struck a car near Tyre on Monday, killing two people.", "other",
      "an Israeli drone struck a car near Tyre", "Israel", RC, MON, "sources said"),
    R("The agency quoted the minister as saying that 500 more troops had been sent to the Kyrgyz border on Tuesday.",
      "deployment", "had been sent to the Kyrgyz border", None, RC, TUE, "quoted the minister"),
    R("The navy's statement said the destroyer USS Mason had intercepted two anti-ship missiles on Sunday.", "other",
      "had intercepted two anti-ship missiles", "United States", RC, SUN, "statement said"),
    R("The ministry said Monday that two Chinese ships had sailed through the strait.", "ship_movement",
      "had sailed through the strait", "China", RC, None, "ministry said"),
    R("Zelensky wrote on Telegram that Russian drones had struck a grain terminal in Izmail overnight.", "other",
      "had struck a grain terminal", "Russia", RC, OVERNIGHT, "wrote on Telegram"),
    R("Medvedev wrote on X that Moscow had expelled three Finnish diplomats.", EXP,
      "had expelled three Finnish diplomats", "Russia", RC, None, "wrote on X"),
    R("The ministry said in a post on X that two Russian jets violated Finnish airspace on Friday.", "other",
      "violated Finnish airspace", "Russia", RC, FRI, "said in a post"),
    R("In a statement, the Israeli military said its aircraft struck a Hamas command centre in Gaza City on Saturday.",
      "other", "struck a Hamas command centre", "Israel", RC, SAT, "military said"),
    R("The ministry, in a statement, said two Russian warships had entered Danish waters on Friday.", "ship_movement",
      "had entered Danish waters", "Russia", RC, FRI, "in a statement, said"),
    R("A statement by the Cypriot government said Turkish survey ships had entered its exclusive economic zone on "
      "Wednesday.", "ship_movement", "had entered its exclusive economic zone", "Turkey", RC, WED, "government said"),
    R("The spokesman said Iran had seized a second tanker near the Strait of Hormuz.", "other",
      "had seized a second tanker", "Iran", RC, None, "spokesman said"),
    R("The coast guard said a Chinese ship blocked and rammed a Philippine vessel on Monday.", "other",
      "rammed a Philippine vessel", "China", RC, MON, "coast guard said"),
    R("The ministry said it had summoned the Russian ambassador and handed him a protest note.", "other",
      "had summoned the Russian ambassador", None, RC, None, "ministry said"),
    R("The Ghanaian army said it had sent two battalions to the northern border on Wednesday.", "deployment",
      "had sent two battalions", None, RC, WED, "army said"),
    R("Jordan's army said it had shot down a drone carrying drugs from Syria on Sunday.", "other",
      "had shot down a drone", "Jordan", RC, SUN, "army said"),
    R("Pakistan's foreign office said it had recalled its ambassador from Kabul on Tuesday.", "other",
      "had recalled its ambassador", "Pakistan", RC, TUE, "foreign office said"),
    R("The Saudi-led coalition said it had intercepted a drone launched toward Jazan on Tuesday.", "other",
      "had intercepted a drone", None, RC, TUE, "coalition said"),
    R("Warsaw said on Wednesday it had closed the Russian consulate in Poznan.", "sanction",
      "had closed the Russian consulate in Poznan", "Poland", RC, None, "Warsaw said"),
    R("The Iranian news agency IRNA reported that Iran had test-fired a new cruise missile during drills on Saturday.",
      "missile_test", "had test-fired a new cruise missile", "Iran", RC, SAT, "reported that"),
    R("Officials said the two leaders met for 90 minutes on the sidelines of the summit.", "meeting",
      "met for 90 minutes", None, RC, None, "Officials said"),
    R("The agency said the government had frozen the assets of 15 companies linked to the group on Tuesday.", "sanction",
      "had frozen the assets of 15 companies", None, RC, TUE, "agency said"),
    R("Xinhua said Chinese and Russian warships had held joint naval drills in the Sea of Japan on Sunday.",
      "military_exercise", "had held joint naval drills", None, RC, SUN, "Xinhua said"),
    R("The military said in a statement on Sunday that its forces had killed 12 militants in a raid.", "other",
      "had killed 12 militants", None, RC, None, "military said"),
    R("North Korea conducted its sixth nuclear test on Sunday, Japan's government said.", "nuclear_test",
      "conducted its sixth nuclear test", "North Korea", RC, SUN, "government said"),
    R("South Korea's weather agency said North Korea had carried out a nuclear test on Sunday, its sixth.",
      "nuclear_test", "had carried out a nuclear test", "North Korea", RC, SUN, "agency said"),
    R("According to KCNA, the country successfully tested a hydrogen bomb on Sunday.", "nuclear_test",
      "tested a hydrogen bomb", None, RC, SUN, "According to KCNA"),
    R("The ministry said on Friday that its forces had struck two command posts on Wednesday.", "other",
      "had struck two command posts", None, RC, WED, "ministry said"),
    R("Officials said on Thursday that Chinese and Russian warships had begun joint drills on Monday.",
      "military_exercise", "had begun joint drills", None, RC, MON, "Officials said"),
    R("Baku denied that its troops had crossed the border on Tuesday.", "other", "had crossed the border", "Azerbaijan",
      ("denied",), TUE, "Baku denied"),
]

# --- "according to X, <act>" and "<act>, according to X" -------------------------------------------------------
ACCORDING = [
    R("According to the coast guard, two patrol boats were rammed overnight.", "other", "were rammed overnight", None,
      RC, OVERNIGHT, "According to the coast guard"),
    R("According to Philippine officials, a Chinese coast guard ship fired a water cannon at a resupply boat on Saturday.",
      "other", "fired a water cannon at a resupply boat", "China", RC, SAT, "According to"),
    R("According to Yonhap, the North fired two cruise missiles into the Yellow Sea on Sunday.", "missile_test",
      "fired two cruise missiles", "North Korea", RC, SUN, "According to Yonhap"),
    R("According to the statement, the navy seized an oil tanker in the Gulf of Oman on Thursday.", "other",
      "seized an oil tanker", None, RC, THU, "According to the statement"),
    R("Russian bombers flew over the Baltic Sea on Monday, according to the Finnish defence ministry.", "other",
      "flew over the Baltic Sea", "Russia", RC, MON, "according to"),
    R("According to Interfax, the Baltic Fleet began live-fire exercises in the Kaliningrad region on Monday.",
      "military_exercise", "began live-fire exercises", None, RC, MON, "According to Interfax"),
    R("According to diplomats, the EU froze the assets of 15 Belarusian officials on Friday.", "sanction",
      "froze the assets of 15 Belarusian officials", "European Union", RC, FRI, "According to diplomats"),
    R("According to the Pentagon, a Russian Su-27 jet struck the propeller of a U.S. MQ-9 drone over the Black Sea "
      "on Tuesday.", "other", "struck the propeller", "Russia", RC, TUE, "According to the Pentagon"),
    R("According to the Saudi Press Agency, the crown prince received the Iranian foreign minister in Jeddah on "
      "Wednesday.", "meeting", "received the Iranian foreign minister", None, RC, WED, "According to"),
    R("According to the Syrian Observatory for Human Rights, Turkish drones struck a Kurdish-held village on Saturday.",
      "other", "struck a Kurdish-held village", "Turkey", RC, SAT, "According to"),
    R("According to the army, militants ambushed a convoy near the border on Thursday.", "other",
      "ambushed a convoy near the border", None, RC, THU, "According to the army"),
    R("According to Greek officials, a Turkish research vessel sailed into disputed waters on Monday.", "ship_movement",
      "sailed into disputed waters", "Turkey", RC, MON, "According to Greek officials"),
    R("According to the ministry, the two delegations met in Istanbul on Tuesday.", "meeting",
      "met in Istanbul", None, RC, TUE, "According to the ministry"),
    R("According to Kyodo, Japan scrambled fighter jets on Sunday after a Chinese drone flew near Okinawa.",
      "deployment|other", "scrambled fighter jets", "Japan", RC, SUN, "According to Kyodo"),
    R("The navy seized two dhows carrying weapons off Somalia on Friday, according to a U.S. statement.", "other",
      "seized two dhows", None, RC, FRI, "according to"),
    R("Ukrainian forces shot down 30 drones overnight, according to the air force.", "other", "shot down 30 drones",
      "Ukraine", RC, OVERNIGHT, "according to the air force"),
    R("Moscow expelled a U.S. diplomat on Wednesday, according to the Russian foreign ministry.", EXP,
      "expelled a U.S. diplomat", "Russia", RC, WED, "according to"),
    R("The Chinese carrier Shandong sailed into the western Pacific on Monday, according to Taiwan's defence ministry.",
      "ship_movement", "sailed into the western Pacific", "China", RC, MON, "according to"),
    R("According to state media, the leader oversaw the test-firing of two cruise missiles on Wednesday.",
      "missile_test", "test-firing of two cruise missiles", None, RC, WED, "According to state media"),
    R("According to the presidency, Ruto held talks with the Somali president in Nairobi on Monday.", "meeting",
      "held talks with the Somali president", None, RC, MON, "According to the presidency"),
    R("According to the Treasury, Washington imposed sanctions on three Chinese firms on Thursday.", "sanction",
      "imposed sanctions on three Chinese firms", "United States", RC, THU, "According to the Treasury"),
    R("According to local officials, artillery shells hit a market in the town on Saturday.", "other",
      "artillery shells hit a market", None, RC, SAT, "According to local officials"),
]

# --- agencies and bodies that report, announce, confirm, tell ---------------------------------------------------
TOLD = [
    R("Kyodo News reported that North Korea had launched a ballistic missile from near Pyongyang on Wednesday.",
      "missile_test", "had launched a ballistic missile", "North Korea", RC, WED, "Kyodo News reported"),
    R("Yonhap, citing the Joint Chiefs of Staff, reported that the North fired two cruise missiles on Sunday.",
      "missile_test", "fired two cruise missiles", "North Korea", RC, SUN, "citing the Joint Chiefs"),
    R("The Pentagon confirmed that a U.S. destroyer had sailed through the Taiwan Strait on Tuesday.", "ship_movement",
      "had sailed through the Taiwan Strait", "United States", RC, TUE, "Pentagon confirmed"),
    R("The Kremlin announced that Putin had signed a decree on partial mobilisation on Wednesday.", "other",
      "had signed a decree", None, RC, WED, "Kremlin announced"),
    R("Military sources told Reuters that 3,000 troops had been moved to the border region on Friday.",
      "deployment|other", "had been moved to the border region", None, RC, FRI, "told Reuters"),
    R("The foreign ministry said in a statement that it had recalled its ambassador from Stockholm on Thursday.",
      "other", "had recalled its ambassador", None, RC, THU, "said in a statement"),
    R("Tass quoted the defence ministry as saying that the Pacific Fleet had started drills in the Sea of Japan on "
      "Monday.", "military_exercise", "had started drills in the Sea of Japan", None, RC, MON, "quoted the defence"),
    R("A spokesman told reporters that the carrier had arrived in the eastern Mediterranean on Saturday.",
      "ship_movement", "had arrived in the eastern Mediterranean", None, RC, SAT, "told reporters"),
    R("Officials told AFP that the two presidents had met in Luanda on Friday.", "meeting", "had met in Luanda", None, RC,
      FRI, "told AFP"),
    R("The two sides exchanged fire along the border on Wednesday, local officials told AFP.", "other",
      "exchanged fire along the border", None, RC, WED, "told AFP"),
    R("The ministry announced that it had expelled four Belarusian diplomats on Monday.", EXP,
      "had expelled four Belarusian diplomats", None, RC, MON, "ministry announced"),
    R("Sweden's foreign ministry confirmed that it had summoned Iran's ambassador on Tuesday.", "other",
      "had summoned Iran's ambassador", "Sweden", RC, TUE, "ministry confirmed"),
    R("The White House announced on Thursday that it had imposed tariffs on Chinese electric vehicles.", "sanction",
      "had imposed tariffs on Chinese electric vehicles", "United States", RC, None, "White House announced"),
    R("A senior official told Reuters that Israeli jets had struck an air defence site near Isfahan overnight.", "other",
      "had struck an air defence site", "Israel", RC, OVERNIGHT, "told Reuters"),
    R("Diplomats told the BBC that the EU had agreed to sanction four settlers on Monday.", "sanction",
      "agreed to sanction four settlers", "European Union", None, MON, "told the BBC"),
    R("The navy said in a press release that the frigate HMS Lancaster had arrived in Bahrain on Sunday.",
      "ship_movement", "had arrived in Bahrain", None, RC, SUN, "said in a press release"),
    R("The prime minister's office said Netanyahu had spoken with Biden by phone on Tuesday.", "meeting",
      "spoken with Biden by phone", None, RC, TUE, "office said"),
    R("The agency quoted a ministry official as saying that border guards had detained 12 fishermen on Sunday.", "other",
      "had detained 12 fishermen", None, RC, SUN, "quoted a ministry official"),
    R("State television reported that the president had received the Chinese foreign minister in Harare on Monday.",
      "meeting", "had received the Chinese foreign minister", None, RC, MON, "State television reported"),
    R("The defence ministry told Interfax that two strategic bombers had flown over the Barents Sea on Tuesday.",
      "other", "had flown over the Barents Sea", None, RC, TUE, "told Interfax"),
]

# --- direct quotes: first person (the speaker's side) and third person --------------------------------------------
QUOTED = [
    R('"Two Chinese warships entered our territorial waters on Monday morning," the spokesman said.', "ship_movement",
      "entered our territorial waters", "China", RC, MON, "the spokesman said"),
    R('"Our forces intercepted and destroyed three drones over the Red Sea overnight," the Israeli military said.',
      "other", "intercepted and destroyed three drones", "Israel", RC, OVERNIGHT, "military said"),
    R('"We conducted a successful test of a new hypersonic missile on Thursday," the Russian defence ministry said.',
      "missile_test", "conducted a successful test", "Russia", RC, THU, "ministry said"),
    R('"Today we imposed sanctions on 12 Iranian entities," the U.S. Treasury said.', "sanction",
      "imposed sanctions on 12 Iranian entities", "United States", RC, FRI, "Treasury said"),
    R('"We held very productive talks with our Turkish counterparts in Ankara on Tuesday," the Russian foreign ministry '
      "said.", "meeting", "held very productive talks", "Russia", RC, TUE, "ministry said"),
    R('"We will hold joint drills with Russia next month," the Chinese defence ministry said.', "military_exercise",
      "hold joint drills with Russia", "China", PLAN, None, "ministry said"),
    R('Lavrov said: "We responded by expelling five German diplomats."', EXP, "expelling five German diplomats", None, RC,
      None, "Lavrov said"),
    R('"We decided to expel four diplomats," the Czech foreign ministry said.', EXP, "expel four diplomats",
      "Czech Republic", RC, None, "ministry said"),
    R('"The amphibious assault ship USS Kearsarge arrived in Stockholm on Friday," the spokesman said.', "ship_movement",
      "arrived in Stockholm", "United States", RC, FRI, "spokesman said"),
    R('"Britain is to send 1,000 troops to Poland," the spokesman said.', "deployment", "send 1,000 troops to Poland",
      "United Kingdom", PLAN, None, "spokesman said"),
    R('She said: "We fired two missiles at the ship."', "missile_test|other", "fired two missiles at the ship", None, RC,
      None, "She said"),
    R('"We will test another missile next week," the general said.', "missile_test", "test another missile", None, PLAN,
      None, "general said"),
    R('"Our air defences shot down 14 drones over the capital overnight," the Ukrainian air force said on Telegram.',
      "other", "shot down 14 drones", "Ukraine", RC, OVERNIGHT, "air force said"),
    R('"The Houthis fired two anti-ship ballistic missiles at the vessel on Tuesday," the U.S. Central Command said.',
      "other|missile_test", "fired two anti-ship ballistic missiles", None, RC, TUE, "Command said"),
    R('"A Chinese coast guard ship rammed our vessel near the shoal this morning," the Philippine coast guard said.',
      "other", "rammed our vessel", "China", RC, FRI, "coast guard said"),
    R('"Russian forces shelled the town of Nikopol overnight," the regional governor wrote on Telegram.', "other",
      "shelled the town of Nikopol", "Russia", RC, OVERNIGHT, "wrote on Telegram"),
    R('"The Russian ambassador was summoned to the ministry on Wednesday," a Polish foreign ministry spokesman said.',
      "other", "was summoned to the ministry", None, RC, WED, "spokesman said"),
    R('"We have frozen the assets of 40 companies linked to the regime," the Canadian foreign minister said.', "sanction",
      "frozen the assets of 40 companies", "Canada", RC, None, "minister said"),
    R('"Our warships escorted the convoy through the Strait of Hormuz on Sunday," the British navy said.',
      "ship_movement|other", "escorted the convoy", "United Kingdom", RC, SUN, "navy said"),
    R('"On Monday, our troops recaptured two villages," an army spokesman said.', "other",
      "recaptured two villages", None, RC, MON, "army spokesman said"),
    R('"Two Iranian fast boats approached the destroyer at high speed on Saturday," the U.S. Navy said in a statement.',
      "ship_movement|other", "approached the destroyer", "Iran", RC, SAT, "Navy said"),
    R('"Israeli jets struck a car in the south of the city on Wednesday, killing two people," the Lebanese health '
      "ministry said.", "other", "struck a car", "Israel", RC, WED, "ministry said"),
    R('"The Chinese foreign minister met his Indian counterpart in Moscow on Thursday," the Indian embassy said.',
      "meeting", "met his Indian counterpart", None, RC, THU, "embassy said"),
    R('The ministry said: "Two Russian strategic bombers flew over the Norwegian Sea on Tuesday."', "other",
      "flew over the Norwegian Sea", "Russia", RC, TUE, "The ministry said"),
    R('"We are sending two more frigates to the Red Sea," the French defence minister told reporters.',
      "ship_movement|deployment", "sending two more frigates", "France", RC + PLAN, None, "told reporters"),
    R('"We carried out strikes on 14 Houthi targets in Yemen overnight," the Pentagon said.', "other",
      "carried out strikes on 14 Houthi targets", "United States", RC, OVERNIGHT, "Pentagon said"),
    R('"Yesterday our coast guard detained a fishing boat in our exclusive economic zone," the Indonesian foreign ministry '
      "said.", "other", "detained a fishing boat", "Indonesia", RC, THU, "ministry said"),
    R('"Our navy seized a tanker smuggling fuel in the Gulf on Thursday," the Iranian state news agency said.', "other",
      "seized a tanker smuggling fuel", "Iran", RC, THU, "agency said"),
    R('"We have expelled the Venezuelan ambassador," the Argentine foreign minister said.', EXP,
      "expelled the Venezuelan ambassador", "Argentina", RC, None, "minister said"),
    R('"We launched a new satellite carrier rocket on Wednesday," KCNA said.', "missile_test",
      "launched a new satellite carrier rocket", None, RC, WED, "KCNA said"),
    R('"Chinese troops tried to cross the line near Tawang on Friday but were pushed back," the Indian army said.',
      "other", "were pushed back", None, RC, FRI, "army said", xfail='trigger: troops that tried to cross a line and were pushed back'),
    R('"The Turkish drillship arrived in the area on Monday," the Cypriot government spokesman said.', "ship_movement",
      "arrived in the area", None, RC, MON, "spokesman said"),
    R('"Our jets were scrambled twice on Saturday to intercept Russian aircraft," the Estonian air force said.',
      "deployment|other", "were scrambled twice", None, RC, SAT, "air force said"),
    R('"We held talks with the Taliban delegation in Doha on Sunday," the Uzbek foreign minister said.', "meeting",
      "held talks with the Taliban delegation", "Uzbekistan", RC, SUN, "minister said"),
    R('"The Kenyan army deployed 400 troops to the border this morning," Kenyan Defence Secretary Aden Duale said.',
      "deployment", "deployed 400 troops to the border", "Kenya", RC, FRI, "Aden Duale said"),
    R('"We have suspended all flights to Israel until Sunday," the Turkish transport minister told reporters.', "sanction|other",
      "suspended all flights to Israel", "Turkey", None, None, "told reporters"),
    R('"Our coast guard boarded the vessel and arrested its crew on Tuesday," the Senegalese navy said.', "other",
      "boarded the vessel", "Senegal", RC, TUE, "navy said"),
    R('Turkish President Tayyip Erdogan told reporters: "Our jets struck PKK targets in northern Iraq last night."', "other",
      "struck PKK targets", "Turkey", RC, None, "told reporters"),
    R('"The Japanese destroyer sailed through the Taiwan Strait on Wednesday," the Japanese defence ministry confirmed.',
      "ship_movement", "sailed through the Taiwan Strait", "Japan", RC, WED, "ministry confirmed"),
    R('"The two presidents spoke by phone for an hour on Sunday," the Elysee said.', "meeting", "spoke by phone", None,
      RC, SUN, "Elysee said"),
    R('"We carried out an underground nuclear test at 12 noon today," the state news agency KCNA said.', "nuclear_test",
      "carried out an underground nuclear test", None, RC, FRI, "KCNA said"),
    R('"We summoned the Chinese ambassador this morning," the Philippine foreign secretary said.', "other",
      "summoned the Chinese ambassador", "Philippines", RC, FRI, "secretary said"),
    R('"The Chinese embassy\'s deputy chief was summoned on Monday," the ministry said.', "other", "was summoned on Monday",
      None, RC, MON, "the ministry said"),
    R('"NATO jets intercepted two Russian aircraft over the Baltic on Tuesday," the alliance said in a statement.',
      "other", "intercepted two Russian aircraft", "NATO", RC, TUE, "alliance said"),
    R('"Our navy conducted a live-fire exercise in the Yellow Sea on Thursday," the Chinese military said.',
      "military_exercise", "conducted a live-fire exercise", "China", RC, THU, "military said"),
    R('"Russian troops have been deployed to the border region," the Ukrainian president said.', "deployment",
      "have been deployed to the border region", "Russia", RC, None, "president said"),
    R('"We have closed our airspace to all Russian aircraft," the Finnish transport minister said.', "other|sanction",
      "closed our airspace", "Finland", RC, None, "minister said"),
    R('"We expelled 15 Russian diplomats on Tuesday," the German foreign minister said.', EXP,
      "expelled 15 Russian diplomats", "Germany", RC, TUE, "minister said"),
    R('"I met the Chinese ambassador on Tuesday and told him our position," the minister said.', "meeting",
      "met the Chinese ambassador", None, RC, TUE, "minister said"),
    R('"The Russian navy sent three warships to the Mediterranean last week," the Italian defence minister said.',
      "ship_movement|deployment", "sent three warships to the Mediterranean", "Russia", RC, "2024-10-07", "minister said"),
    R('"Turkish drones struck 15 targets in northern Syria on Sunday," the Syrian Democratic Forces said.', "other",
      "struck 15 targets in northern Syria", "Turkey", RC, SUN, "forces said"),
    R('"We launched 30 drones at military targets in Israel overnight," the Houthi military spokesman said.',
      "other|missile_test", "launched 30 drones", None, RC, OVERNIGHT, "spokesman said"),
    R('"The U.S. imposed sanctions on two of our banks on Monday," the Russian finance ministry said.', "sanction",
      "imposed sanctions on two of our banks", "United States", RC, MON, "ministry said"),
    R('"Our delegation met the Armenian side in Brussels on Wednesday," the Azerbaijani foreign ministry said.', "meeting",
      "met the Armenian side", "Azerbaijan", RC, WED, "ministry said"),
    R('"Two Chinese research vessels entered our exclusive economic zone on Saturday," Vietnam\'s foreign ministry said.',
      "ship_movement", "entered our exclusive economic zone", "China", RC, SAT, "foreign ministry said"),
    R('"Russian forces fired 40 missiles at Kharkiv overnight," the Ukrainian president said.', "missile_test|other",
      "fired 40 missiles at Kharkiv", "Russia", RC, OVERNIGHT, "president said"),
    R('"We will send a delegation to Beijing next week for talks," the Australian trade minister said.', "meeting",
      "send a delegation to Beijing", "Australia", PLAN, None, "minister said"),
    R('"Our frigate is due to sail through the Taiwan Strait on Sunday," the Canadian navy said.', "ship_movement",
      "sail through the Taiwan Strait", "Canada", PLAN, None, "navy said"),
]

# Quotes running on over two sentences, or a quote alone after the speaker's quoted remark ('"A," X said. "B."'):
# the second sentence's act is the same speaker's claim.
RUN_ON = [
    R('The ministry said: "The frigate left Sevastopol on Monday. On Tuesday the frigate entered the Mediterranean."',
      "ship_movement", "the frigate entered the Mediterranean", None, RC, TUE, "The ministry said"),
    R('Lavrov said: "Our diplomats were expelled from Berlin. We responded by expelling five German diplomats."', EXP,
      "expelling five German diplomats", None, RC, None, "Lavrov said"),
    R('"This is a provocation," the Greek foreign minister said. "Our warships escorted the convoy through the strait on '
      'Sunday. We will not be intimidated."', "ship_movement", "escorted the convoy", "Greece", RC, SUN,
      "minister said"),
    R('"We will not be silent," the Polish foreign ministry said. "The Russian consul was summoned on Tuesday."', "other",
      "was summoned on Tuesday", None, RC, TUE, "ministry said"),
    R('The Iranian navy said in a statement: "Our forces seized the tanker. It was taken to Bandar Abbas on Sunday."',
      "other", "seized the tanker", "Iran", RC, None, "navy said"),
]

ROWS = SAID_AFTER + SAID_THAT + ACCORDING + TOLD + QUOTED + RUN_ON


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=r.xfail, strict=True)) if r.xfail else r
                                 for r in ROWS], ids=[r.text[:60] for r in ROWS])
def test_an_act_told_in_reported_speech_is_read(row: Row) -> None:
    events = _events(row.text)
    extra: dict = {}
    if row.modality is not None:
        extra["modality"] = row.modality
    if row.date is not None:
        extra["date"] = row.date
    check_act(events, row.text, row.kind, row.anchor, row.actor, extra)
    assert any(e.kind.value == "statement" for e in events), show(events)
    if row.frame is not None:  # the act's own words, not the frame that reports them
        held = held_by(events, row.text, row.kind, row.anchor)
        assert any(row.frame not in e.evidence.exact for e in held), show(held)


# --- said, and no act told --------------------------------------------------------------------------------------
# (text, kinds that must hold no event)
NEGATIVES = [
    # opinions and judgements of acts
    ('"This is a reckless provocation that threatens peace in the region," the ministry said.',
     ("other", "missile_test", "sanction")),
    ('"Sanctions have never worked against our people," the foreign minister told reporters.', ("sanction",)),
    ('"These exercises are a rehearsal for an invasion," the spokeswoman said.', ("military_exercise",)),
    ('"Talks are the only way out of this crisis," the envoy said.', ("meeting",)),
    ('"The deployment of foreign troops would be a grave mistake," the president said.', ("deployment",)),
    # conditions and threats
    ('"If they cross the line, we will strike back," the Iranian commander said.', ("other",)),
    ('"Any ship that enters our waters will be seized," the navy chief warned.', ("other", "ship_movement")),
    ('"If Washington sends more warships, we will respond," the minister said.', ("ship_movement", "deployment")),
    ('"Should the sanctions be extended, we would expel their diplomats," the spokesman said.', ("other", "sanction")),
    ('"If the drills go ahead, we will cut off all talks," the ministry said.', ("military_exercise", "meeting")),
    # readiness, willingness, wishes
    ('"We are ready to hold talks at any time," the North Korean foreign ministry said.', ("meeting",)),
    ('"I expect to be speaking with the president soon," the chancellor told reporters.', ("meeting",)),
    ('"It is not uncommon for patrol aircraft to enter other countries\' airspace," the official said.', ("other",)),
    ('"We want to hold a summit with Moscow this year," the prime minister said.', ("meeting",)),
    ('"We hope to resume the talks," the mediator said.', ("meeting",)),
    # questions, guesses, demands
    ('"Did we strike the convoy? No," the Israeli spokesman said.', ("other",)),
    ('"Why would we send troops to the border?" the minister asked.', ("deployment",)),
    ('"They may not have flown over the island at all," the analyst said.', ("other",)),
    ('"The drone might have been shot down by its own side," a military source said.', ("other",)),
    ('"The ship must leave our waters at once," the ministry said.', ("ship_movement",)),
    ('"They should withdraw their troops immediately," the secretary-general said.', ("deployment", "other")),
    ('"Beijing needs to stop sending warships into our waters," the senator said.', ("ship_movement",)),
    # threats with a condition in a relative clause or a negation
    ('"We are not going to send troops to Ukraine," the chancellor said.', ("deployment",)),
    ('"We could impose sanctions if the talks fail," the EU foreign policy chief said.', ("sanction",)),
    ('"We would never attack a civilian ship," the spokesman said.', ("other",)),
    ('"Nobody has fired a single shot," the Serbian president said.', ("other",)),
    ('"Will they launch another missile? We do not know," the official said.', ("missile_test",)),
    ('"Pyongyang has conducted six nuclear tests since 2006," the analyst said.', ("nuclear_test",)),
    ('"If China attacks, we will send our navy," the minister said.', ("ship_movement", "deployment")),
    ('"Unless they release the tanker, we will seize another ship," the commander said.', ("other",)),
    ('"Should Russia invade, we will impose crippling sanctions," the president said.', ("sanction",)),
    ('"Are we supposed to hold talks with people who shell our cities?" the minister asked.', ("meeting",)),
    ('"They might have launched the drone from a ship," the officer said.', ("other", "missile_test")),
    ('"Moscow must withdraw its troops from the border," the foreign minister said.', ("deployment", "other")),
    ('"The United States should stop sending warships to the strait," the spokesman said.', ("ship_movement",)),
    ('"We are prepared to meet them anywhere," the president said.', ("meeting",)),
    ('"It would be a mistake to expel the ambassador," the senator said.', ("other", "sanction")),
    # a relative clause that names a thing by its past; a generic verb that characterises an act told elsewhere
    ('"The resolutions which introduced the sanctions should have required talks," the minister said.', ("sanction",)),
    ('"The ships that entered the strait last year were never a threat," the admiral said.', ("ship_movement",)),
    ('"This action was specifically targeted at the training camp," the foreign secretary said.', ("other",)),
    # denials in a quote: no act done (the statement carries the denial)
    ('"Our forces have not crossed the border," the Azerbaijani defence ministry said.', ("other",)),
    ('"We have never tested a nuclear weapon and we never will," the Iranian foreign minister said.', ("nuclear_test",)),
    ('"We did not fire at any ship," the Iranian foreign minister told reporters.', ("other", "missile_test")),
    # labels, scare quotes, short quotes
    ('The ministry called the drills "a provocation".', ("military_exercise",)),
    ('The agency described the launch as "routine".', ("missile_test",)),
    ('Moscow calls the war a "special military operation".', ("other",)),
    # denials of plans and refusals
    ('The ministry said it had no plans to expel any diplomats.', ("other", "sanction")),
    ('The Kremlin said there were no plans for a meeting between the two leaders.', ("meeting",)),
    # things said that are no act at all
    ('"Our position on the islands has not changed," the spokesman said.', ("other", "ship_movement")),
    ('"We will always defend our sovereignty," the president said.', ("other", "deployment")),
    ('"The sea is ours and will remain ours," the admiral said.', ("ship_movement",)),
]


@pytest.mark.parametrize(("text", "kinds"), NEGATIVES, ids=[n[0][:60] for n in NEGATIVES])
def test_words_said_that_tell_no_act(text: str, kinds: tuple[str, ...]) -> None:
    found = [(e.kind.value, e.modality.value, e.evidence.exact) for e in _events(text) if e.kind.value in kinds]
    assert not found, found


# A reported act with no date phrase of its own stays undated: the frame's day is the statement's, not the act's;
# in a quote only a day or a week dates the act.
UNDATED = [
    ('"We expelled 15 Russian diplomats last month," the German foreign minister said on Monday.', EXP,
     "expelled 15 Russian diplomats"),  # a month in a quote is too loose to date its act (reported.py)
    ("The ministry said on Friday that Chinese ships had entered the zone.", "ship_movement", "had entered the zone"),
    ("Officials said on Tuesday that the EU had frozen the assets of 12 officials.", "sanction", "had frozen the assets"),
    ('"Our forces shot down two drones," the military said on Wednesday.', "other", "shot down two drones"),
    ('The ministry said on Monday: "Two Russian warships entered our waters."', "ship_movement", "entered our waters"),
]


@pytest.mark.parametrize(("text", "kind", "anchor"), UNDATED, ids=[u[0][:60] for u in UNDATED])
def test_a_reported_act_without_its_own_date_stays_undated(text: str, kind: str, anchor: str) -> None:
    events = _events(text)
    held = held_by(events, text, kind, anchor)
    assert held and all(e.date.start is None for e in held), show(events)
    statements = [e for e in events if e.kind.value == "statement"]
    assert statements and all(e.date.start is not None for e in statements), [e.date for e in statements]
