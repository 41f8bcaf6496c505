"""Civil acts in fresh news English (session 7; no corpus text): meetings, sanctions and civil `other` acts, and
above all the act a statement tells ("the ministry said it had expelled ...", "X announced sanctions on ...",
"<act>, the ministry said", "according to X, <act>"), read as a second event beside the statement. Written from
general knowledge in the registers of wires, state agencies, broadcasters, papers and communiques across many
crises. Each row: the anchor lies in an event of the row's kind ("a|b": either), by the row's actor (None:
unnamed or unchecked), with the row's modality and date phrase where given; speech rows also need the statement.
Negative rows hold no event of the kinds named."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2024-10-18"  # a Friday


class Row(NamedTuple):
    text: str
    kind: str  # "a|b": either kind is right (expulsions of diplomats: other or sanction)
    anchor: str
    actor: str | None = None
    modality: str | None = None
    phrase: str | None = None  # the date phrase the event is dated by
    said: str | None = None  # the statement's own anchor, when the act is told inside one


R = Row
EXP = "other|sanction"  # diplomats expelled: an expulsion, and a measure against another state's mission

MEETINGS = [
    # --- wires ---------------------------------------------------------------------------------------------------
    R("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.",
      "meeting", "held talks", "William Ruto", phrase="on Monday"),
    R("Polish Foreign Minister Radoslaw Sikorski met his Lithuanian counterpart in Vilnius on Wednesday.", "meeting",
      "met his Lithuanian counterpart", "Radoslaw Sikorski", phrase="on Wednesday"),
    R("Argentine President Javier Milei will meet Pope Francis at the Vatican on Monday.", "meeting", "will meet",
      "Javier Milei", modality="planned"),
    R("The Armenian and Azerbaijani foreign ministers held a fresh round of peace talks in Almaty on Thursday.",
      "meeting", "peace talks"),
    R("Thai Prime Minister Srettha Thavisin is due to visit Phnom Penh next week.", "meeting", "visit",
      "Srettha Thavisin", modality="planned"),
    R("Hungarian Prime Minister Viktor Orban flew to Beijing on Monday for talks with Xi Jinping.", "meeting",
      "flew to Beijing", "Viktor Orban"),
    R("German Chancellor Olaf Scholz spoke by phone with Russian President Vladimir Putin on Friday for the first "
      "time in nearly two years.", "meeting", "spoke by phone", "Olaf Scholz", phrase="on Friday"),
    R("Indonesian President Prabowo Subianto received Japanese Prime Minister Shigeru Ishiba at the Bogor palace "
      "on Saturday.", "meeting", "received", "Prabowo Subianto"),
    R("Mexican and U.S. officials met in Mexico City on Tuesday to discuss migration.", "meeting", "met"),
    R("South African President Cyril Ramaphosa arrived in Kyiv on Friday at the head of an African peace mission.",
      "meeting", "arrived in Kyiv", "Cyril Ramaphosa"),
    R("The Israeli and Jordanian foreign ministers held a rare meeting in Amman on Sunday.", "meeting",
      "held a rare meeting"),
    R("Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro met at the border on Tuesday.",
      "meeting", "met at the border"),
    R("Negotiators from Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Thursday.", "meeting",
      "resumed talks"),
    R("Finnish President Alexander Stubb hosted his Estonian counterpart in Helsinki on Wednesday.", "meeting",
      "hosted his Estonian counterpart", "Alexander Stubb"),
    R("The leaders of Serbia and Kosovo sat down with EU mediators in Brussels on Monday.", "meeting", "sat down"),
    R("Philippine President Ferdinand Marcos Jr. began a state visit to Vietnam on Tuesday.", "meeting",
      "state visit"),
    R("U.S. and Chinese trade officials held a video call on Wednesday, the first since the tariff truce.",
      "meeting", "video call"),
    R("Pakistani Prime Minister Shehbaz Sharif is expected to meet Saudi Crown Prince Mohammed bin Salman in Riyadh "
      "on Sunday.", "meeting", "to meet", "Shehbaz Sharif", modality="expected"),
    R("Turkish and Greek leaders met on the sidelines of the NATO summit in Vilnius on Wednesday.", "meeting",
      "met on the sidelines"),
    R("The presidents of Rwanda and the Democratic Republic of Congo shook hands at a summit in Luanda on Saturday.",
      "meeting", "summit"),
    R("Georgian Prime Minister Irakli Kobakhidze made his first official visit to Baku on Thursday.", "meeting",
      "official visit", "Irakli Kobakhidze"),
    R("Ukraine's defence minister held talks at the Pentagon on Tuesday with Lloyd Austin.", "meeting",
      "held talks"),
    R("Nepalese Prime Minister K.P. Sharma Oli will pay an official visit to China from Monday.", "meeting",
      "official visit", modality="planned"),
    R("Iranian and Saudi delegations held a second round of talks in Baghdad on Friday.", "meeting",
      "second round of talks"),
    R("Senior Japanese and North Korean officials held secret talks in Mongolia last month, Kyodo reported.",
      "meeting", "secret talks"),
    R("Vietnamese and Chinese coast guard commanders met in Hanoi on Monday.", "meeting", "met in Hanoi"),
    R("Emir Sheikh Tamim bin Hamad Al Thani hosted Hamas leaders in Doha on Saturday.", "meeting",
      "hosted Hamas leaders"),
    R("Ecuadorean President Daniel Noboa travelled to Washington on Monday for talks at the White House.",
      "meeting", "travelled to Washington", "Daniel Noboa"),
    # --- state agencies and communiques -------------------------------------------------------------------------
    R("Russian Foreign Minister Sergei Lavrov held a telephone conversation with his Turkish counterpart "
      "Hakan Fidan on Tuesday.", "meeting", "telephone conversation", "Sergei Lavrov", phrase="on Tuesday"),
    R("Chinese President Xi Jinping held talks with visiting Kazakh President Kassym-Jomart Tokayev in Beijing "
      "on Thursday.", "meeting", "held talks", "Xi Jinping"),
    R("His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call from the Egyptian President on "
      "Sunday.", "meeting", "received a phone call"),
    R("Kim Jong Un received a delegation of the Russian Defence Ministry led by Andrei Belousov on Saturday.",
      "meeting", "received a delegation", "Kim Jong Un"),
    R("External Affairs Minister S. Jaishankar called on President Joko Widodo in Jakarta on Tuesday.", "meeting",
      "called on President", "S. Jaishankar"),
    R("The two sides exchanged views on regional issues during the meeting in Tashkent on Wednesday.", "meeting",
      "meeting in Tashkent"),
    R("Custodian of the Two Holy Mosques King Salman received the Emir of Kuwait at Al-Salam Palace in Jeddah.",
      "meeting", "received the Emir"),
    R("Azerbaijani President Ilham Aliyev received a delegation led by the speaker of the Pakistani Senate on "
      "Monday, AZERTAC reported.", "meeting", "received a delegation", "Ilham Aliyev"),
    R("Premier Li Qiang met visiting New Zealand Prime Minister Christopher Luxon at the Great Hall of the People "
      "on Tuesday.", "meeting", "met visiting", "Li Qiang"),
    R("Erdogan and Putin had a phone conversation on Saturday, the Turkish presidency said.", "meeting",
      "phone conversation", said="the Turkish presidency said"),
    R("The defence ministers of Japan and the Philippines held their first bilateral meeting in Manila on "
      "Sunday.", "meeting", "bilateral meeting"),
    R("The sixth round of Sino-Indian border talks was held in Beijing on Thursday.", "meeting",
      "border talks was held"),
    R("A Vietnamese delegation led by Deputy Foreign Minister Le Hoai Trung paid a working visit to Laos from "
      "Tuesday to Thursday.", "meeting", "working visit"),
    R("Belarusian leader Alexander Lukashenko had a meeting with the governor of Russia's Pskov region on Friday.",
      "meeting", "had a meeting", "Alexander Lukashenko"),
    R("Foreign Minister Penny Wong will visit Port Moresby on Thursday for talks with Papua New Guinea's prime "
      "minister.", "meeting", "will visit", "Penny Wong", modality="planned"),
    R("The African Union convened an emergency summit on the Sahel in Addis Ababa on Friday.", "meeting",
      "emergency summit"),
    R("The UN Security Council held an emergency session on Gaza on Tuesday.", "meeting", "emergency session"),
    R("Arab League foreign ministers gathered in Cairo on Sunday for an extraordinary session.", "meeting",
      "extraordinary session"),
    R("NATO defence ministers meet in Brussels on Thursday.", "meeting", "meet in Brussels"),
    R("Leaders of the Shanghai Cooperation Organisation will gather in Astana next month for their annual summit.",
      "meeting", "annual summit"),
    R("Kishida and Biden are scheduled to hold a summit at Camp David in August.", "meeting", "summit",
      modality="planned"),
    # --- told inside a statement --------------------------------------------------------------------------------
    R("The Kremlin said Putin had spoken by phone with Saudi Crown Prince Mohammed bin Salman on Wednesday.",
      "meeting", "spoken by phone", said="The Kremlin said"),
    R("Zelensky met Polish President Andrzej Duda in Warsaw on Tuesday, his office said.", "meeting",
      "met Polish President", said="his office said"),
    R("Beijing announced that Foreign Minister Wang Yi would visit Moscow next week.", "meeting",
      "would visit Moscow", said="Beijing announced"),
    R("Mr Blinken met Chinese President Xi Jinping for 35 minutes on Monday, the State Department said.",
      "meeting", "met Chinese President", said="the State Department said"),
    R("The Japanese foreign ministry said senior officials of the two countries had met in Seoul on Thursday.",
      "meeting", "had met in Seoul", said="foreign ministry said"),
    R("Kazakh President Tokayev held talks with Uzbek President Mirziyoyev in Khiva on Friday, Akorda said.",
      "meeting", "held talks", said="Akorda said"),
    R("The White House said Biden would host the Kenyan president for a state visit in May.", "meeting",
      "would host", said="The White House said"),
    R("Officials from both countries met in Geneva last week, a Swiss foreign ministry spokesman said.",
      "meeting", "met in Geneva", said="spokesman said"),
    R("Iran's foreign ministry confirmed that its deputy foreign minister had held talks with European diplomats "
      "in Geneva on Friday.", "meeting", "held talks", said="foreign ministry confirmed"),
]

SANCTIONS = [
    # --- wires ---------------------------------------------------------------------------------------------------
    R("The United States on Thursday imposed sanctions on three Chinese companies accused of supplying drone parts "
      "to Russia.", "sanction", "imposed sanctions", "United States", phrase="on Thursday"),
    R("Britain froze the assets of five Hamas financiers on Monday.", "sanction", "froze the assets",
      "United Kingdom"),
    R("The European Union agreed on Wednesday a 14th package of sanctions against Russia, targeting liquefied "
      "natural gas.", "sanction", "package of sanctions", "European Union"),
    R("Canada slapped sanctions on four Haitian politicians on Friday.", "sanction", "slapped sanctions", "Canada"),
    R("Japan banned exports of construction machinery to Russia on Tuesday.", "sanction", "banned exports", "Japan"),
    R("Australia imposed targeted financial sanctions and travel bans on six Myanmar military officials on "
      "Wednesday.", "sanction", "imposed targeted financial sanctions", "Australia"),
    R("Washington blacklisted two Iranian shipping firms on Tuesday.", "sanction", "blacklisted", "United States"),
    R("The U.S. Commerce Department added 37 Chinese entities to its Entity List on Wednesday.", "sanction",
      "Entity List", "United States"),
    R("Switzerland adopted the latest EU sanctions against Belarus on Friday.", "sanction", "adopted the latest EU sanctions",
      "Switzerland"),
    R("New Zealand imposed travel bans on 12 Iranian officials on Monday.", "sanction", "travel bans", "New Zealand"),
    R("The World Bank suspended disbursements to Mali after the coup.", "sanction", "suspended disbursements"),
    R("The Netherlands halted exports of advanced chipmaking machines to China.", "sanction", "halted exports"),
    R("Seoul unveiled fresh unilateral sanctions on North Korean hackers on Friday.", "sanction",
      "unilateral sanctions", "South Korea"),
    R("The U.S. suspended $95 million in military aid to Egypt on Tuesday.", "sanction",
      "suspended $95 million in military aid", "United States"),
    R("Germany halted development aid to Niger after the generals seized power.", "sanction",
      "halted development aid", "Germany"),
    R("Ottawa imposed an arms embargo on Turkey in October 2019.", "sanction", "arms embargo", "Canada"),
    R("Beijing imposed sanctions on Lockheed Martin units over arms sales to Taiwan on Friday.", "sanction",
      "imposed sanctions", "China"),
    R("China suspended imports of Taiwanese citrus fruit on Thursday.", "sanction", "suspended imports", "China"),
    R("Britain sanctioned 10 Russian individuals over the death of Alexei Navalny.", "sanction", "sanctioned",
      "United Kingdom"),
    R("Brussels extended its sanctions against Moscow by six months on Monday.", "sanction", "extended its sanctions",
      "European Union"),
    R("Washington lifted sanctions on Venezuelan gold and oil in October.", "sanction", "lifted sanctions",
      "United States"),
    R("The U.S. eased some sanctions on Syria on Monday to speed earthquake relief.", "sanction",
      "eased some sanctions", "United States"),
    R("India banned imports of Chinese apps and restricted investment from China after the clash.", "sanction",
      "banned imports"),
    R("Poland closed its border to Belarusian trucks on Saturday.", "sanction|other", "closed its border", "Poland"),
    R("The European Union suspended budget support to Niger's government on Saturday.", "sanction",
      "suspended budget support", "European Union"),
    R("Washington revoked the visas of 250 Nicaraguan officials on Monday.", "sanction|other", "revoked the visas",
      "United States"),
    R("Lithuania closed the last two Belarusian border crossings on its frontier on Friday.", "other|sanction",
      "closed the last two Belarusian border crossings", "Lithuania"),
    R("Washington barred U.S. investors from buying shares in 59 Chinese firms.", "sanction", "barred U.S. investors",
      "United States"),
    R("The EU imposed anti-dumping duties on Chinese electric cars on Friday.", "sanction", "anti-dumping duties",
      "European Union"),
    R("China imposed export controls on gallium and germanium on Monday.", "sanction", "export controls", "China"),
    R("Ukraine imposed sanctions on 18 Russian shipping companies on Friday.", "sanction", "imposed sanctions",
      "Ukraine"),
    R("Kyrgyzstan suspended the transit of sanctioned goods to Russia, the finance ministry said.", "sanction",
      "suspended the transit", said="the finance ministry said"),
    R("The United States will impose visa restrictions on 50 Georgian officials, the State Department said on "
      "Thursday.", "sanction", "visa restrictions", "United States", modality="planned",
      said="the State Department said"),
    # --- mission measures ---------------------------------------------------------------------------------------
    R("Moscow ordered the closure of the Finnish consulate in St Petersburg on Thursday.", "sanction|other",
      "closure of the Finnish consulate", "Russia"),
    R("Washington ordered China to close its consulate in Houston within 72 hours.", "sanction|other",
      "close its consulate", "United States"),
    R("Bratislava expelled three Russian diplomats on Friday.", EXP, "expelled three Russian diplomats", "Slovakia"),
    R("Prague ordered the Russian embassy to cut its staff to the size of the Czech mission in Moscow.",
      "sanction|other", "cut its staff"),
    # --- told inside a statement --------------------------------------------------------------------------------
    R("The Treasury Department said it had sanctioned four Mexican cartel leaders.", "sanction",
      "sanctioned four", "United States", said="The Treasury Department said"),
    R("The foreign ministry announced sanctions on eight U.S. defence contractors on Tuesday.", "sanction",
      "sanctions on eight", said="foreign ministry announced"),
    R("Japan will freeze the assets of 11 Russian individuals, Chief Cabinet Secretary Yoshimasa Hayashi said on "
      "Friday.", "sanction", "freeze the assets", "Japan", modality="planned",
      said="Yoshimasa Hayashi said"),
    R("The EU imposed new sanctions on Iranian drone makers on Monday, the Council said in a statement.",
      "sanction", "imposed new sanctions", "European Union", said="the Council said"),
    R("According to the Official Journal, the bloc has frozen the assets of 17 more Belarusian officials.",
      "sanction", "frozen the assets", said="According to the Official Journal"),
    R("Beijing said on Friday it would impose sanctions on nine European lawmakers.", "sanction",
      "impose sanctions", "China", modality="planned", said="Beijing said"),
    R("The ministry said Washington had blacklisted 14 Chinese firms over Xinjiang.", "sanction", "blacklisted",
      said="The ministry said"),
    R("Canada has frozen about $400 million in Russian central bank assets, Finance Minister Chrystia Freeland told "
      "reporters.", "sanction", "frozen about", "Canada", said="told reporters"),
]

OTHERS = [
    # --- envoys: expelled, recalled, summoned -------------------------------------------------------------------
    R("Niger's junta expelled the French ambassador on Friday.", EXP, "expelled the French ambassador"),
    R("Algeria recalled its ambassador to Madrid for consultations on Saturday.", "other",
      "recalled its ambassador", "Algeria"),
    R("Rwanda recalled its high commissioner from Kinshasa on Tuesday.", "other", "recalled its high commissioner",
      "Rwanda"),
    R("The Dutch foreign ministry summoned the Chinese ambassador on Monday over the cyber attack.", "other",
      "summoned the Chinese ambassador"),
    R("Tokyo summoned Beijing's envoy on Thursday over the buoy near Yonaguni.", "other", "summoned", "Japan"),
    R("Ankara summoned the Swedish charge d'affaires over the Koran burning.", "other", "summoned", "Turkey"),
    R("Estonia declared a Russian diplomat persona non grata on Wednesday.", EXP, "persona non grata", "Estonia"),
    R("Kinshasa gave the Rwandan ambassador 48 hours to leave the country.", "other|sanction",
      "48 hours to leave"),
    R("Tehran summoned the British charge d'affaires on Sunday, IRNA reported.", "other", "summoned", "Iran"),
    R("Beijing lodged a formal protest and summoned the Czech ambassador on Wednesday.", "other",
      "summoned the Czech ambassador", "China"),
    R("Moldova expelled a Russian diplomat on Tuesday, the foreign ministry in Chisinau said.", EXP,
      "expelled a Russian diplomat", "Moldova", said="foreign ministry in Chisinau said"),
    R("Azerbaijan's foreign ministry said on Monday it had summoned the French ambassador.", "other",
      "summoned the French ambassador", said="foreign ministry said"),
    R("The foreign ministry said it had recalled its ambassador from Caracas for consultations.", "other",
      "recalled its ambassador", said="The foreign ministry said"),
    R("Israel recalled its ambassador to Turkey, Foreign Minister Eli Cohen said on Saturday.", "other",
      "recalled its ambassador", "Israel", said="Eli Cohen said"),
    R("According to the foreign ministry, Ghana's envoy was summoned on Friday over the deportations.", "other",
      "was summoned", said="According to the foreign ministry"),
    # --- arrests, detentions, releases, swaps -------------------------------------------------------------------
    R("Georgian police detained dozens of protesters outside parliament overnight.", "other", "detained"),
    R("Russian authorities arrested a U.S. journalist in Yekaterinburg on Wednesday on espionage charges.", "other",
      "arrested a U.S. journalist"),
    R("Iran freed two French nationals on Friday after more than two years in detention.", "other",
      "freed two French nationals", "Iran"),
    R("The Taliban released a British aid worker on Thursday.", "other", "released a British aid worker"),
    R("Russia and Ukraine swapped 95 prisoners of war each on Monday.", "other", "swapped 95 prisoners"),
    R("Venezuela released 10 Americans in exchange for a close ally of President Nicolas Maduro.", "other",
      "released 10 Americans", "Venezuela"),
    R("Belarusian security forces detained an opposition activist at the Lithuanian border.", "other", "detained"),
    R("Israeli troops arrested 20 Palestinians in overnight raids in the West Bank, the army said.", "other",
      "arrested 20 Palestinians", said="the army said"),
    R("Turkish police detained 11 suspects over the embassy bombing plot, state media reported.", "other",
      "detained 11 suspects", said="state media reported"),
    R("Hamas handed over three hostages to the Red Cross in Gaza on Saturday.", "other", "handed over three hostages",
      "Hamas"),
    R("Chinese authorities released the Australian journalist Cheng Lei on Wednesday after three years.", "other",
      "released the Australian journalist"),
    R("North Korea deported the American soldier who crossed the border in July.", "other", "deported"),
    R("Pakistani police arrested former Prime Minister Imran Khan in Islamabad on Tuesday.", "other",
      "arrested former Prime Minister Imran Khan"),
    R("The ministry said three Chinese nationals had been arrested near the air base on Friday.", "other",
      "had been arrested", said="The ministry said"),
    R("According to rights groups, more than 300 people have been detained since the vote.", "other",
      "have been detained", said="According to rights groups"),
    R("Kuwait deported 12 Egyptian workers on Monday, the interior ministry said.", "other", "deported 12",
      said="the interior ministry said"),
    R("Azerbaijan handed over 32 Armenian soldiers in a prisoner exchange on Thursday, Baku said.", "other",
      "handed over 32 Armenian soldiers", said="Baku said"),
    R("Moscow has released the French researcher Laurent Vinatier, his family said.", "other", "released",
      said="his family said"),
    # --- courts ---------------------------------------------------------------------------------------------------
    R("A Moscow court sentenced the U.S. reporter to 16 years in a high-security penal colony on Friday.", "other",
      "sentenced"),
    R("The International Court of Justice ordered Israel to halt its offensive in Rafah on Friday.", "other",
      "ordered Israel"),
    R("Brazil's Supreme Court suspended X nationwide on Saturday.", "other", "suspended X"),
    R("A court in Tbilisi jailed an opposition leader for eight months on Monday.", "other", "jailed"),
    R("An Iranian court handed a death sentence to a rapper over the 2022 protests.", "other", "death sentence"),
    R("Hong Kong's High Court convicted 14 pro-democracy activists of subversion on Thursday.", "other",
      "convicted 14"),
    R("A Paris court acquitted the former minister on Tuesday.", "other", "acquitted"),
    R("The International Criminal Court issued an arrest warrant for the Taliban's supreme leader on Thursday.",
      "other", "issued an arrest warrant"),
    R("Pakistan's Supreme Court acquitted Khan on Monday, his lawyers said.", "other", "acquitted Khan",
      said="his lawyers said"),
    # --- votes, elections, laws, resignations ---------------------------------------------------------------------
    R("Georgia's parliament passed the foreign agents law in its third reading on Tuesday.", "other",
      "passed the foreign agents law"),
    R("The UN General Assembly voted overwhelmingly on Tuesday to demand a ceasefire in Gaza.", "other",
      "voted overwhelmingly"),
    R("Slovaks voted in a presidential run-off on Saturday.", "other", "voted in a presidential run-off"),
    R("French Prime Minister Michel Barnier resigned on Thursday after losing a confidence vote.", "other",
      "resigned", "Michel Barnier"),
    R("Sri Lankans elected a Marxist-leaning president on Saturday.", "other", "elected"),
    R("The Security Council adopted a resolution on Monday demanding an immediate ceasefire.", "other",
      "adopted a resolution"),
    R("The Knesset approved the bill in its final reading early on Monday.", "other", "approved the bill"),
    R("Finland's parliament ratified the defence cooperation agreement with the United States on Monday.", "other",
      "ratified the defence cooperation agreement"),
    R("South Korea's National Assembly impeached President Yoon Suk Yeol on Saturday.", "other", "impeached"),
    R("Senegal's president dissolved parliament on Thursday and called snap elections.", "other",
      "dissolved parliament"),
    R("Kosovo's prime minister sacked the interior minister on Friday.", "other", "sacked the interior minister"),
    R("The ruling party chose Shigeru Ishiba as its new leader on Friday.", "other", "chose Shigeru Ishiba"),
    R("Russia vetoed a U.N. resolution on Sudan on Monday.", "other", "vetoed", "Russia"),
    R("Voters in Moldova narrowly backed joining the EU in Sunday's referendum, the electoral commission said.",
      "other", "backed joining the EU", said="the electoral commission said"),
    R("Taiwan's legislature approved a record defence budget, the cabinet said.", "other", "approved a record defence budget",
      said="the cabinet said"),
    R("Tunisia's president sacked the prime minister late on Wednesday, the presidency said in a statement.",
      "other", "sacked the prime minister", said="the presidency said"),
    # --- signings, deals, ceasefires ------------------------------------------------------------------------------
    R("Armenia and Azerbaijan initialled a peace treaty in Washington on Friday.", "other", "initialled a peace treaty"),
    R("Saudi Arabia and Pakistan signed a mutual defence pact in Riyadh on Wednesday.", "other",
      "signed a mutual defence pact"),
    R("Israel and Hezbollah agreed a ceasefire brokered by the United States and France on Tuesday.", "other",
      "agreed a ceasefire"),
    R("Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.",
      "other", "signed a comprehensive strategic partnership treaty"),
    R("The two sides agreed on a 72-hour truce starting on Monday, the mediators said.", "other", "72-hour truce",
      said="the mediators said"),
    R("Kenya and Haiti signed an agreement on the deployment of Kenyan police, Ruto's office said.", "other",
      "signed an agreement", said="Ruto's office said"),
    R("Ukraine and the United States signed a minerals deal on Wednesday, the Ukrainian government said.", "other",
      "signed a minerals deal", said="the Ukrainian government said"),
    R("Ethiopia and Somalia agreed to end their dispute over Somaliland at talks in Ankara.", "other|meeting",
      "agreed to end their dispute"),
    # --- evacuations, closures, states of emergency --------------------------------------------------------------
    R("Germany evacuated 200 citizens from Khartoum on Sunday.", "other", "evacuated 200 citizens", "Germany"),
    R("Jordan closed its airspace to all flights on Saturday night.", "other", "closed its airspace", "Jordan"),
    R("Pakistan shut its border crossings with Afghanistan on Wednesday.", "other", "shut its border crossings",
      "Pakistan"),
    R("Washington closed its embassy in Kyiv and moved staff to Lviv.", "other", "closed its embassy",
      "United States"),
    R("Armenia declared a state of emergency in the border region on Tuesday.", "other", "state of emergency",
      "Armenia"),
    R("Ecuador's president declared martial law on Tuesday.", "other", "declared martial law"),
    R("South Korea's president declared emergency martial law late on Tuesday.", "other",
      "declared emergency martial law"),
    R("Iraq reopened its airspace on Sunday, the civil aviation authority said.", "other", "reopened its airspace",
      said="the civil aviation authority said"),
    R("France said it was evacuating its nationals from Niger.", "other", "evacuating its nationals",
      said="France said"),
    R("The embassy ordered non-essential staff to leave Beirut, the State Department said.", "other",
      "ordered non-essential staff to leave", said="the State Department said"),
    # --- ruptures, suspensions, withdrawals -----------------------------------------------------------------------
    R("Mali, Burkina Faso and Niger quit the West African bloc ECOWAS on Sunday.", "other", "quit"),
    R("Russia suspended its participation in the New START treaty in February.", "other", "suspended its participation",
      "Russia"),
    R("Nicaragua broke off diplomatic relations with the Netherlands on Saturday.", "other", "broke off",
      "Nicaragua"),
    R("Bolivia cut diplomatic ties with Israel on Tuesday.", "other", "cut diplomatic ties", "Bolivia"),
    R("Niger revoked its military accord with the United States on Saturday.", "other", "revoked",
      "Niger"),
    R("Saudi Arabia and Iran restored diplomatic relations in March.", "other", "restored diplomatic relations"),
    R("Honduras switched diplomatic recognition from Taiwan to China on Sunday.", "other", "switched diplomatic recognition",
      "Honduras"),
    R("Russia withdrew from the Black Sea grain deal on Monday, the Kremlin said.", "other", "withdrew",
      "Russia", said="the Kremlin said"),
    R("Nauru said on Monday it was cutting ties with Taiwan.", "other", "cutting ties", said="Nauru said"),
    # --- plans, expectations, conditions, denials -----------------------------------------------------------------
    R("Poland will expel the Belarusian consul if the journalist is not released.", EXP, "expel", "Poland",
      modality="conditional"),
    R("Britain plans to recall its ambassador from Minsk, officials said.", "other", "recall its ambassador",
      "United Kingdom", modality="planned", said="officials said"),
    R("Moscow is expected to expel several German diplomats in response.", EXP, "expel",
      "Russia", modality="expected"),
    R("Ukraine is due to hand over 50 Russian prisoners on Friday.", "other", "hand over", "Ukraine",
      modality="planned"),
    R("The election will be held on December 8.", "other|meeting", "election will be held", modality="planned"),
    R("Kyiv denied that it had detained the Hungarian consul.", "other", "detained", "Ukraine",
      modality="denied"),
]

# Longer copy: measures, rulings and steps told in a statement's words, in nouns, in lists and in passives.
HARD = [
    R("President Barack Obama ordered the expulsion of 35 Russian diplomats on Thursday.", EXP, "expulsion",
      "Barack Obama"),
    R("The administration also shut down two Russian compounds in Maryland and New York used for intelligence "
      "gathering.", "sanction", "shut down two Russian compounds"),
    R("The State Department said it was closing two Russian-owned compounds in Maryland and New York.", "sanction",
      "closing two Russian-owned compounds", said="The State Department said"),
    R("The Treasury Department also designated two Russian individuals for stealing personal information.",
      "sanction", "designated two Russian individuals", "United States"),
    R("Obama said in a statement that the State Department was declaring 35 Russian intelligence operatives "
      "persona non grata.", EXP, "persona non grata", said="Obama said"),
    R("The Russian diplomats and their families were given 72 hours to leave the country.", EXP,
      "given 72 hours to leave"),
    R("South Korea suspended shipments of humanitarian aid to North Korea on Wednesday, the unification ministry "
      "said.", "sanction", "suspended shipments of humanitarian aid", "South Korea"),
    R("President Lee Myung-bak accepted the resignation of Defence Minister Kim Tae-young on Thursday.", "other",
      "accepted the resignation"),
    R("Defence Minister Kim Tae-young offered to resign over the military's response to the attack, his ministry "
      "said.", "other", "offered to resign"),
    R("Obama spoke with Lee by telephone on Tuesday night, the White House said.", "meeting",
      "spoke with Lee by telephone", said="the White House said"),
    R("The U.N. Security Council met in an emergency session on Sunday but failed to agree on a statement.",
      "meeting", "met in an emergency session"),
    R("South Korea banned its citizens from travelling to the island, officials said.", "sanction|other",
      "banned its citizens", said="officials said"),
    R("Lee convened an emergency meeting of security officials in the underground bunker of the presidential "
      "office.", "meeting", "convened an emergency meeting"),
    R("Yonhap news agency reported that the military had evacuated civilians from the island.", "other",
      "evacuated civilians", said="Yonhap news agency reported"),
    R("Moscow on Friday announced it was barring entry to nine British officials in retaliation.", "sanction",
      "barring entry", "Russia", said="Moscow on Friday announced"),
    R("In a statement, the foreign ministry said it had summoned the U.S. ambassador over the remarks.", "other",
      "summoned the U.S. ambassador", said="the foreign ministry said"),
    R("Moscow ordered the United States to cut its diplomatic staff in Russia by 755 people.", "sanction",
      "cut its diplomatic staff"),
    R("Russia seized two U.S. diplomatic properties in Moscow, the foreign ministry said.", "sanction|other",
      "seized two U.S. diplomatic properties", "Russia", said="the foreign ministry said"),
    R("The foreign ministry said in a statement that Hungary had banned the entry of 14 Serbian nationals.",
      "sanction", "banned the entry", "Hungary", said="foreign ministry said"),
    R("Baku announced on Tuesday that it was closing its embassy in Tehran and evacuating its staff.", "other",
      "closing its embassy", "Azerbaijan", said="Baku announced"),
    R("Lithuanian President Gitanas Nauseda said on Monday that Vilnius would expel the Chinese charge d'affaires.",
      EXP, "would expel", "Lithuania", modality="planned", said="Gitanas Nauseda said"),
    R("Seoul's unification ministry said it had halted all cross-border trade with Pyongyang.", "sanction",
      "halted all cross-border trade", "South Korea", said="unification ministry said"),
    R("The Australian government said it had suspended all funding to the agency pending an investigation.",
      "sanction", "suspended all funding", "Australia", said="The Australian government said"),
    R("The Kremlin announced that Putin had signed a decree banning imports of food from the European Union.",
      "sanction|other", "signed a decree", said="The Kremlin announced"),
    R("Officials in Kyiv confirmed that 130 Ukrainian soldiers had returned home in the swap.", "other",
      "returned home in the swap", said="Officials in Kyiv confirmed"),
    R("Japan's top government spokesman said Tokyo had lodged a protest and summoned China's ambassador.", "other",
      "summoned China's ambassador", "Japan", said="spokesman said"),
    R("The Chinese commerce ministry said on Thursday it would add 28 U.S. firms to its export control list.",
      "sanction", "export control list", "China", modality="planned", said="commerce ministry said"),
    R("The Indian foreign ministry said it had asked Canada to withdraw 41 diplomats by October 10.",
      "sanction|other", "withdraw 41 diplomats", said="foreign ministry said"),
    R("The U.S. Treasury said in a statement that it had imposed sanctions on 150 entities.", "sanction",
      "imposed sanctions", "United States", said="Treasury said"),
    R("In a statement released late on Sunday, the Sudanese army said it had agreed to a 72-hour ceasefire.",
      "other", "agreed to a 72-hour ceasefire", said="the Sudanese army said"),
    R("Pakistan's foreign office said the two sides had agreed to an immediate ceasefire.", "other",
      "agreed to an immediate ceasefire", said="foreign office said"),
    R("Russian state media reported that Moscow had blocked access to Instagram.", "other|sanction",
      "blocked access", "Russia", said="state media reported"),
    R("The Greek government said it had granted asylum to the eight Turkish officers.", "other", "granted asylum",
      "Greece", said="The Greek government said"),
    R("The president's office said he had accepted the resignation of the interior minister.", "other",
      "accepted the resignation", said="office said"),
    R("Interfax quoted the foreign ministry as saying that Moscow had expelled the Estonian ambassador.", EXP,
      "expelled the Estonian ambassador", "Russia"),
    R("The European Commission said it had frozen 4.6 billion euros in aid to Hungary.", "sanction",
      "frozen 4.6 billion euros in aid", said="The European Commission said"),
    R("Seoul said it would put off the Red Cross talks scheduled for Thursday.", "other", "put off",
      "South Korea", said="Seoul said"),
    R("The court's president said the tribunal had found Serbia responsible for failing to prevent genocide.",
      "other", "found Serbia responsible"),
    R("The Constitutional Court annulled the first round of the presidential election on Friday.", "other",
      "annulled the first round"),
    R("The United States and Russia completed the largest prisoner exchange since the Cold War in Ankara on "
      "Thursday.", "other", "prisoner exchange"),
    R("The two presidents conferred by telephone on Thursday evening.", "meeting", "conferred by telephone"),
    R("Iranian President Masoud Pezeshkian received the credentials of the new Omani ambassador on Monday.",
      "meeting", "received the credentials", "Masoud Pezeshkian"),
    R("According to the Elysee, Macron held a 40-minute call with Netanyahu on Sunday.", "meeting",
      "40-minute call", said="According to the Elysee"),
    R("The Treasury designated six Venezuelan officials for human rights abuses on Wednesday.", "sanction",
      "designated six Venezuelan officials"),
    R("Russia banned entry to 92 U.S. citizens, including journalists, on Friday.", "sanction", "banned entry",
      "Russia"),
    R("Taiwan added two Chinese firms to its export control list on Tuesday.", "sanction", "export control list",
      "Taiwan"),
    R("London announced on Wednesday that it had banned the export of drone engines to Iran.", "sanction",
      "banned the export", "United Kingdom", said="London announced"),
    R("The Office of Foreign Assets Control said it had designated 11 entities linked to the Houthis.", "sanction",
      "designated 11 entities", said="Office of Foreign Assets Control said"),
    R("Chinese Foreign Minister Wang Yi will travel to Brussels next week for a strategic dialogue with EU foreign "
      "policy chief Josep Borrell.", "meeting", "travel to Brussels", "Wang Yi", modality="planned"),
]

ROWS = MEETINGS + SANCTIONS + OTHERS + HARD

# Sentences that hold no act of the kinds named: threats, judgements, hypotheses, titles, regimes, histories.
NEGATIVES = [
    ("Sanctions would hurt ordinary Iranians, the minister said.", ["sanction"]),
    ("The threat of sanctions hangs over the talks.", ["sanction"]),
    ("Talks remain possible, a diplomat said.", ["meeting"]),
    ("The sanctions regime on North Korea is leaking, a U.N. panel said.", ["sanction"]),
    ("Western sanctions have had little effect on Russia's war economy.", ["sanction"]),
    ("The Treasury's sanctions chief, Brian Nelson, said the measures would bite.", ["sanction"]),
    ("Sanctions relief is at the heart of the negotiations.", ["sanction"]),
    ("Washington warned of sanctions if the vote goes ahead.", ["sanction"]),
    ("Sanctions-hit Russian banks have turned to Chinese lenders.", ["sanction"]),
    ("Critics argue that asset freezes rarely change a government's behaviour.", ["sanction"]),
    ("The sanctions list, published in 2022, runs to 1,700 names.", ["sanction"]),
    ("A summit between the two leaders is not on the cards, officials said.", ["meeting"]),
    ("The foreign minister's visit had been planned for months.", ["meeting"]),
    ("Talks would only be possible after a full withdrawal, the ministry said.", ["meeting"]),
    ("The prime minister is a former ambassador to Washington.", ["other"]),
    ("The former political prisoner now leads the opposition.", ["other"]),
    ("The detained activists' families gathered outside the court.", ["other", "sanction"]),
    ("The arrest of the journalist has drawn condemnation.", ["sanction", "meeting"]),
    ("The talks format was agreed in 2019.", ["meeting"]),
    ("The embassy, which opened in 1992, sits on the riverfront.", ["other"]),
    ("Export controls are a blunt instrument, analysts say.", ["sanction"]),
    ("Asked whether sanctions were under consideration, the spokesman declined to comment.", ["sanction"]),
    ("The president has no plans to meet his Russian counterpart, the Kremlin said.", ["meeting"]),
    ("Diplomats described the atmosphere at the embassy as tense.", ["other", "meeting"]),
    ("The EU's sanctions envoy, David O'Sullivan, is expected in Astana.", ["sanction"]),
    ("A prisoner swap has long been discussed but never agreed.", ["other"]),
    ("The ceasefire remains fragile.", ["other"]),
    ("Summit fatigue has set in among African leaders.", ["meeting"]),
    ("The resignation of the finance minister would unsettle markets, analysts said.", ["other"]),
    ("The question of sanctions will be on the agenda, the minister said.", ["sanction"]),
    ("The election commission's headquarters is in the capital.", ["other"]),
    ("The sanctions committee chair, a Swiss diplomat, declined to comment.", ["sanction"]),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


def _held(events: list, text: str, kinds: str, anchor: str) -> list:
    start = text.index(anchor)
    return [e for e in events if e.kind.value in kinds.split("|") and e.evidence.start <= start
            and start + len(anchor) <= e.evidence.end]


# Still missed (strict: a row that starts passing must leave this list). Most are the statement, not the act.
MISSED = {
    "Switzerland adopted the latest EU sanctions": "actor: the EU named in the object, not the subject",
    "Washington ordered China to close": "actor: the state ordered to close, not the one that ordered",
    "According to the Official Journal": "no statement from a gazette",
    "Beijing lodged a formal protest": "the summons is read as the protest's words, with no doer",
}


def _cases(rows: list[Row]) -> list:
    return [pytest.param(r, id=r.text[:48], marks=[pytest.mark.xfail(reason=why, strict=True) for key, why
                                                    in MISSED.items() if r.text.startswith(key)]) for r in rows]


@pytest.mark.parametrize("row", _cases(ROWS))
def test_an_act_is_read(row: Row) -> None:
    events = _events(row.text)
    held = _held(events, row.text, row.kind, row.anchor)
    assert held, f"no {row.kind} holds {row.anchor!r}: {[(e.kind.value, e.evidence.exact) for e in events]}"
    if row.actor is not None:
        assert any((e.actor or "").casefold() == row.actor.casefold() for e in held), [e.actor for e in held]
    if row.modality is not None:
        assert any(e.modality.value == row.modality for e in held), [e.modality.value for e in held]
    if row.phrase is not None:
        assert any(row.phrase in (e.date.phrase or "") for e in held), [e.date.phrase for e in held]
    if row.said is not None:
        assert _held(events, row.text, "statement", row.said), [(e.kind.value, e.evidence.exact) for e in events]


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_act_is_read(text: str, absent: list[str]) -> None:
    found = [(e.kind.value, e.evidence.exact) for e in _events(text) if e.kind.value in absent]
    assert not found, found
