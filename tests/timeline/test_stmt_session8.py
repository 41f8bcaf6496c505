"""Session 8 statement table: fresh sentences and short paragraphs written from general knowledge of how wires, state
agencies, broadcasters, papers and analysis pieces attribute speech across regions and decades (no corpus text).
Each row names an anchor a statement's evidence must hold and what it must carry: its speaker (actor, canonical) and,
where given, role, via, modality and quoted words. Negative rows must give no statement."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ANY, check_statement, make_excerpt, show
from timeline.events import extract_strict


def S(text: str, anchor: str, actor: object = ANY, *, role: str | None = None, via: str | None = None,
      mod: str | None = None, quote: str | None = None, xfail: str | None = None) -> object:
    """One row: a statement holding `anchor`, spoken by `actor` (None: no actor), with the fields given."""
    want = {"actor": actor, "role": role, "via": via, "mod": mod, "quote": quote}
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, anchor, want, marks=marks, id=f"{anchor[:40]}")


# --- quotes split by their speaker, quotes running over sentences and paragraphs ------------------------------
QUOTE_SPLITS = [
    S("\"We will not,\" the foreign minister said, \"back down in the face of blackmail.\"",
      "the foreign minister said", ANY, quote="We will not"),
    S("\"This is a red line,\" Lebanese Prime Minister Najib Mikati said, \"and everyone knows it.\"",
      "Mikati said", "Najib Mikati", quote="This is a red line"),
    S("\"Our patience,\" said Bolivian President Luis Arce, \"has limits.\"",
      "said Bolivian President Luis Arce", "Luis Arce", quote="Our patience"),
    S("\"There will be no second round of talks,\" Houthi negotiator Mohammed Abdulsalam told Al Masirah TV, \"until"
      " the siege is lifted.\"", "Abdulsalam told Al Masirah", "Mohammed Abdulsalam"),
    S("\"The door is open,\" he said. \"But we will not wait forever.\"", "he said", None, quote="The door is open"),
    S("Malaysian Foreign Minister Saifuddin Abdullah spoke to reporters in Kuala Lumpur. \"We have protested,\" he"
      " said. \"The ship must leave our waters.\"", "he said", "Saifuddin Abdullah", quote="We have protested"),
    S("\"Nobody wants a war,\" said Jens Stoltenberg, the NATO secretary general. \"But we must be ready.\"",
      "said Jens Stoltenberg", "Jens Stoltenberg", quote="Nobody wants a war"),
    S("Kenya's foreign minister Musalia Mudavadi was asked about the deployment.\n\n\"Our officers will go,\" he"
      " said. \"Parliament has approved it.\"", "\"Our officers will go,\" he", "Musalia Mudavadi",
      quote="Our officers will go"),
    S("Brazilian President Luiz Inacio Lula da Silva said: \"We want peace. We do not want to take sides. We want the"
      " war to end.\"", "Lula da Silva said", "Luiz Inacio Lula da Silva", quote="We want peace"),
    S("\"We reject the accusation entirely,\" the spokesman for the Sudanese army, Nabil Abdallah, said.",
      "Nabil Abdallah, said", "Nabil Abdallah", quote="We reject the accusation entirely"),
    S("‘It was a deliberate provocation,’ Vietnam’s foreign ministry spokeswoman Pham Thu Hang said.",
      "Pham Thu Hang said", "Pham Thu Hang", quote="It was a deliberate provocation"),
    S("“Let me be very clear,” Australian Prime Minister Anthony Albanese told reporters in Canberra. “This"
      " conduct was unsafe.”", "Albanese told reporters", "Anthony Albanese", quote="Let me be very clear"),
    S("\"If they cross the line again,\" warned Serbian President Aleksandar Vucic, \"we will respond.\"",
      "warned Serbian President Aleksandar Vucic", "Aleksandar Vucic", mod="conditional",
      xfail="a conditional told only inside the quote leaves the statement asserted"),
    S("The Indonesian foreign minister, Retno Marsudi, was blunt. \"Our sovereignty is not negotiable,\" she said.",
      "she said", "Retno Marsudi", quote="Our sovereignty is not negotiable"),
    S("\"We are ready to talk to anyone,\" the Taliban's chief spokesman Zabihullah Mujahid told a news conference in"
      " Kabul.", "Mujahid told a news conference", "Zabihullah Mujahid", quote="We are ready to talk to anyone"),
    S("\"The elections will take place,\" declared Malian junta spokesman Colonel Abdoulaye Maiga on state television.",
      "declared Malian junta spokesman", "Abdoulaye Maiga"),
    S("\"I have said it before and I will say it again: Crimea is Ukraine,\" Ukrainian Foreign Minister Dmytro Kuleba"
      " said.", "Kuleba said", "Dmytro Kuleba", quote="Crimea is Ukraine"),
    S("\"It is a sad day for Europe,\" Austrian Chancellor Karl Nehammer said after the vote.",
      "Nehammer said", "Karl Nehammer", quote="It is a sad day for Europe"),
    S("\"The talks were frank,\" a senior Egyptian official said, \"but no deal was reached.\"",
      "a senior Egyptian official said", "Egypt", quote="The talks were frank"),
    S("\"Everyone,\" the president said, \"must respect the ceasefire.\"", "the president said", None,
      quote="Everyone"),
]

# --- spokesmen and briefings ---------------------------------------------------------------------------------------
BRIEFINGS = [
    S("China's foreign ministry spokesman Wang Wenbin told a regular briefing that Beijing had lodged stern"
      " representations.", "Wang Wenbin told a regular briefing", "Wang Wenbin", role="spokesman"),
    S("The Kremlin's spokesman, Dmitry Peskov, told reporters on a conference call that no summit was planned.",
      "told reporters on a conference call", "Dmitry Peskov"),
    S("Pentagon press secretary John Kirby told reporters that the Russian jet had struck the drone's propeller.",
      "Kirby told reporters", "John Kirby"),
    S("State Department spokesman Ned Price told a briefing that Washington was watching closely.",
      "Price told a briefing", "Ned Price"),
    S("Iran's foreign ministry spokesman Saeed Khatibzadeh told his weekly news conference that the talks would"
      " resume in Vienna.", "Khatibzadeh told his weekly news conference", "Saeed Khatibzadeh"),
    S("Japanese Chief Cabinet Secretary Hirokazu Matsuno told a news conference that Tokyo had protested through"
      " diplomatic channels.", "Matsuno told a news conference", "Hirokazu Matsuno"),
    S("Indian External Affairs Ministry spokesperson Arindam Bagchi said at a weekly media briefing that the"
      " remarks were unacceptable.", "Bagchi said at a weekly media briefing", "Arindam Bagchi"),
    S("UN spokesman Stephane Dujarric told reporters in New York that the secretary-general was alarmed.",
      "Dujarric told reporters", "Stephane Dujarric"),
    S("Russian Foreign Ministry spokeswoman Maria Zakharova told a weekly briefing that the expulsions would not go"
      " unanswered.", "Zakharova told a weekly briefing", "Maria Zakharova"),
    S("Turkey's foreign ministry spokesman Tanju Bilgic said in a written statement that Ankara rejected the"
      " resolution.", "Bilgic said in a written statement", "Tanju Bilgic"),
    S("A spokesman for the German government, Steffen Hebestreit, said Berlin was in close contact with Paris.",
      "Hebestreit, said Berlin", "Steffen Hebestreit"),
    S("The EU's foreign policy spokesman Peter Stano said the bloc was ready to respond.",
      "Stano said the bloc", "Peter Stano"),
    S("A spokesman for the UN secretary-general said he was deeply concerned by the escalation.",
      "A spokesman for the UN secretary-general said", "United Nations"),
    S("A spokeswoman for the British Foreign Office said London had summoned the ambassador.",
      "A spokeswoman for the British Foreign Office said", "United Kingdom"),
    S("A spokesperson for Japan's defence ministry said the jets had been scrambled.",
      "A spokesperson for Japan's defence ministry said", "Japan"),
    S("A Philippine military spokesman, Colonel Medel Aguilar, told reporters the ships had been shadowed.",
      "Aguilar, told reporters", "Medel Aguilar"),
    S("Asked about the report, Chinese foreign ministry spokesman Lin Jian said he was not aware of the situation.",
      "Lin Jian said he was not aware", "Lin Jian"),
    S("White House National Security Council spokesman John Kirby said the United States was not seeking conflict.",
      "Kirby said the United States", "John Kirby"),
    S("The spokesman for the Israeli military, Lieutenant Colonel Richard Hecht, told reporters that the strike had"
      " been precise.", "Hecht, told reporters", "Richard Hecht"),
    S("Speaking at a regular briefing in Beijing, the spokeswoman said China would safeguard its interests.",
      "the spokeswoman said China", ANY),
    S("Seoul's unification ministry spokesman Koo Byoung-sam told a briefing that the North had not responded.",
      "Koo Byoung-sam told a briefing", "Koo Byoung-sam"),
    S("South Korea's Joint Chiefs of Staff told reporters the missile had been fired from near Pyongyang.",
      "Joint Chiefs of Staff told reporters", "South Korea"),
    S("The ministry's spokesman told the briefing that Ankara had not been informed in advance.",
      "spokesman told the briefing", ANY),
    S("Indonesian foreign ministry spokesman Teuku Faizasyah told reporters Jakarta would send a protest note.",
      "Faizasyah told reporters", "Teuku Faizasyah"),
    S("Foreign Office spokesman Zahid Hafeez Chaudhri told the weekly briefing in Islamabad that Pakistan wanted"
      " restraint.", "Chaudhri told the weekly briefing", "Zahid Hafeez Chaudhri"),
]

# --- state agencies: KCNA, Xinhua, TASS, IRNA, Anadolu, SPA, WAM, Yonhap and others -----------------------------
AGENCIES = [
    S("A statement carried by KCNA said the drills were a rehearsal for a war of aggression.",
      "A statement carried by KCNA said", ANY, via="KCNA"),
    S("North Korea's foreign ministry said in a statement carried by the official KCNA news agency that the sanctions"
      " were illegal.", "foreign ministry said in a statement carried", "North Korea", via="KCNA"),
    S("Kim Yo Jong, the powerful sister of leader Kim Jong Un, said in a statement released through KCNA that Seoul"
      " would pay dearly.", "said in a statement released through KCNA", "Kim Yo Jong", via="KCNA"),
    S("The official Korean Central News Agency said Kim had guided the test and called it a great success.",
      "Korean Central News Agency said", ANY, via="KCNA"),
    S("Chinese Premier Li Qiang told the visiting delegation that Beijing valued its ties with Canberra, Xinhua said.",
      "Li Qiang told the visiting delegation", "Li Qiang", via="Xinhua"),
    S("Xinhua said Foreign Minister Wang Yi had urged the two sides to exercise restraint.",
      "Xinhua said Foreign Minister Wang Yi", ANY, via="Xinhua"),
    S("According to Xinhua, the Chinese defence ministry said the patrol was legitimate and lawful.",
      "the Chinese defence ministry said the patrol", "China", via="Xinhua"),
    S("Russian Deputy Foreign Minister Sergei Ryabkov told TASS that arms control talks were impossible for now.",
      "Ryabkov told TASS", "Sergei Ryabkov", via="TASS"),
    S("The Russian defence ministry said the destroyer had been warned off, TASS reported.",
      "defence ministry said the destroyer", "Russia", via="TASS"),
    S("TASS quoted Security Council Deputy Chairman Dmitry Medvedev as saying the West was playing with fire.",
      "TASS quoted Security Council Deputy Chairman", "Dmitry Medvedev", via="TASS"),
    S("Iran's supreme leader Ayatollah Ali Khamenei said enemies would receive a crushing response, IRNA reported.",
      "Khamenei said enemies", "Ali Khamenei", via="IRNA"),
    S("Foreign Minister Hossein Amir-Abdollahian told IRNA that Tehran had sent a message to Washington.",
      "Amir-Abdollahian told IRNA", "Hossein Amir-Abdollahian", via="IRNA"),
    S("Turkish President Recep Tayyip Erdogan said Ankara would not allow a fait accompli, Anadolu Agency reported.",
      "Erdogan said Ankara", "Recep Tayyip Erdogan", via="Anadolu"),
    S("Turkey's defence ministry told Anadolu that the operation had neutralised 12 militants.",
      "defence ministry told Anadolu", "Turkey", via="Anadolu"),
    S("Saudi Foreign Minister Prince Faisal bin Farhan stressed the kingdom's support for a ceasefire, the Saudi Press"
      " Agency reported.", "Faisal bin Farhan stressed", "Faisal bin Farhan", via="SPA"),
    S("The UAE Ministry of Foreign Affairs strongly condemned the attack, WAM said.",
      "Ministry of Foreign Affairs strongly condemned", "United Arab Emirates", via="WAM"),
    S("South Korea's military said the North had fired two short-range ballistic missiles, Yonhap News Agency"
      " reported.", "military said the North", "South Korea", via="Yonhap"),
    S("Yonhap quoted an unnamed government official as saying Seoul was preparing a response.",
      "Yonhap quoted an unnamed government official", None, via="Yonhap"),
    S("The Syrian Arab News Agency said air defences had intercepted several missiles over Damascus.",
      "Syrian Arab News Agency said", ANY, via="SANA"),
    S("Egypt's foreign ministry said in a statement that Cairo rejected any displacement, MENA reported.",
      "foreign ministry said in a statement that Cairo", "Egypt", via="MENA"),
    S("Vietnam News Agency quoted Deputy Prime Minister Tran Luu Quang as saying Hanoi would not accept the claim.",
      "quoted Deputy Prime Minister Tran Luu Quang", "Tran Luu Quang", via="VNA"),
    S("Pakistan's state-run APP news agency said Prime Minister Shehbaz Sharif had chaired a meeting on security.",
      "APP news agency said", ANY, via="APP"),
    S("The Iranian semi-official Fars news agency said the drone had been downed over the Gulf.",
      "Fars news agency said", ANY, via="Fars"),
    S("Japan's Kyodo news agency reported that Tokyo would lodge a protest with Beijing.",
      "Kyodo news agency reported", ANY, via="Kyodo"),
    S("Cuba's foreign minister Bruno Rodriguez wrote that the blockade was a crime, Prensa Latina reported.",
      "Rodriguez wrote that the blockade", "Bruno Rodriguez"),
    S("RIA Novosti quoted a source in the Russian emergency services as saying 12 people had been injured.",
      "quoted a source in the Russian emergency services", None, via="RIA Novosti"),
    S("Belarusian state news agency BelTA quoted Lukashenko as saying the troops would stay.",
      "quoted Lukashenko as saying", "Alexander Lukashenko", via="BelTA",
      xfail="a bare surname the excerpt never gives in full is not expanded from general knowledge"),
    S("The Korean Central News Agency quoted a spokesman for the North's defence ministry as saying the flights"
      " would be met with force.", "quoted a spokesman for the North's defence ministry", "North Korea", via="KCNA"),
    S("Xinhua, citing the China Coast Guard, said the Philippine vessels had been expelled.",
      "Xinhua, citing the China Coast Guard, said", ANY, via="Xinhua"),
    S("Anadolu quoted security sources as saying the drone strike had killed three PKK militants.",
      "Anadolu quoted security sources", None, via="Anadolu"),
]

# --- interviews, broadcasts, posts, addresses, parliaments --------------------------------------------------------
MEDIA = [
    S("In an interview with the BBC, Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani said the talks had"
      " reached a sensitive stage.", "Al Thani said the talks", ANY, via="BBC"),
    S("Speaking in an interview with Al Arabiya, the Saudi minister said Riyadh wanted a political solution.",
      "the Saudi minister said Riyadh", "Saudi Arabia"),
    S("Greek Foreign Minister Nikos Dendias told Kathimerini in an interview that Athens would extend its waters.",
      "Dendias told Kathimerini", "Nikos Dendias"),
    S("Ukrainian President Volodymyr Zelenskiy wrote on Telegram that Russian drones had hit an energy facility.",
      "Zelenskiy wrote on Telegram", "Volodymyr Zelenskiy"),
    S("Yevgeny Prigozhin, the Wagner founder, said in an audio message posted on Telegram that his men had"
      " withdrawn.", "said in an audio message posted on Telegram", "Yevgeny Prigozhin"),
    S("The governor of Belgorod region, Vyacheslav Gladkov, said on Telegram that two people had been wounded.",
      "Gladkov, said on Telegram", "Vyacheslav Gladkov"),
    S("Russian President Vladimir Putin said in a televised address that the country faced a mortal threat.",
      "Putin said in a televised address", "Vladimir Putin"),
    S("In a televised address to the nation, Pakistani Prime Minister Imran Khan said his country would respond.",
      "Imran Khan said his country", "Imran Khan"),
    S("British Prime Minister Theresa May told parliament that it was highly likely Russia was responsible.",
      "May told parliament", "Theresa May"),
    S("Defence Secretary Ben Wallace told the House of Commons that the frigate had been in international waters.",
      "Wallace told the House of Commons", "Ben Wallace"),
    S("Israeli Prime Minister Benjamin Netanyahu said in a video statement that Israel would act against any threat.",
      "Netanyahu said in a video statement", "Benjamin Netanyahu"),
    S("Argentine President Javier Milei posted on X that the decision was historic.",
      "Milei posted on X", "Javier Milei"),
    S("U.S. Secretary of State Antony Blinken told CBS's Face the Nation that China was considering lethal aid.",
      "Blinken told CBS", "Antony Blinken"),
    S("Philippine President Ferdinand Marcos Jr told a forum in Singapore that Manila would not yield.",
      "Marcos Jr told a forum", "Ferdinand Marcos Jr"),
    S("Hungarian Foreign Minister Peter Szijjarto said in a Facebook video that Budapest would veto the package.",
      "Szijjarto said in a Facebook video", "Peter Szijjarto"),
    S("Chinese Defence Minister Dong Jun told the Shangri-La Dialogue that those seeking independence would meet"
      " destruction.", "Dong Jun told the Shangri-La Dialogue", "Dong Jun"),
    S("In a speech to the UN General Assembly, Colombian President Gustavo Petro called the drug war a failure.",
      "Petro called the drug war", "Gustavo Petro"),
    S("Speaking to the Financial Times, a senior Gulf official said the kingdom would not normalise ties.",
      "a senior Gulf official said", None, via="Financial Times"),
    S("The Nigerian president said in a national broadcast on Sunday that the curfew would be lifted.",
      "said in a national broadcast", ANY),
    S("Former Israeli prime minister Ehud Barak told Channel 12 that the government had lost its way.",
      "Barak told Channel 12", "Ehud Barak"),
    S("Venezuelan President Nicolas Maduro said on state television that the referendum was binding.",
      "Maduro said on state television", "Nicolas Maduro"),
    S("French President Emmanuel Macron told the newspaper Les Echos that Europe must not be a vassal.",
      "Macron told the newspaper", "Emmanuel Macron"),
    S("Italian Prime Minister Giorgia Meloni told the Senate that Rome would keep its commitments.",
      "Meloni told the Senate", "Giorgia Meloni"),
    S("In an op-ed published in The Washington Post, the Saudi ambassador wrote that the kingdom sought stability.",
      "the Saudi ambassador wrote", ANY),
    S("Polish Foreign Minister Radoslaw Sikorski wrote on X that the drones had violated Polish airspace.",
      "Sikorski wrote on X", "Radoslaw Sikorski"),
    S("Estonian Prime Minister Kaja Kallas told ERR that the cable damage could not be a coincidence.",
      "Kallas told ERR", "Kaja Kallas"),
    S("Lebanese Hezbollah leader Hassan Nasrallah said in a televised speech that the group was ready for war.",
      "Nasrallah said in a televised speech", "Hassan Nasrallah"),
    S("Houthi leader Abdul-Malik al-Houthi vowed in a televised speech to keep targeting ships.",
      "vowed in a televised speech", "Abdul-Malik al-Houthi"),
    S("German Chancellor Olaf Scholz told the Bundestag that Germany would not send the missiles.",
      "Scholz told the Bundestag", "Olaf Scholz"),
    S("Japanese Prime Minister Fumio Kishida told the Diet that Tokyo would double defence spending.",
      "Kishida told the Diet", "Fumio Kishida"),
    S("South African President Cyril Ramaphosa said in his weekly newsletter that the country was non-aligned.",
      "Ramaphosa said in his weekly newsletter", "Cyril Ramaphosa"),
    S("U.S. President Joe Biden said in an interview with ABC News that Putin was a killer.",
      "Biden said in an interview", "Joe Biden", via="ABC News"),
    S("Israeli Defence Minister Yoav Gallant told troops on the border that the next phase was coming.",
      "Gallant told troops", "Yoav Gallant"),
    S("Iranian President Masoud Pezeshkian told state TV that Iran did not want war but would defend itself.",
      "Pezeshkian told state TV", "Masoud Pezeshkian"),
    S("In a message on X, the EU's top diplomat Josep Borrell said the bloc condemned the strike.",
      "Josep Borrell said the bloc", "Josep Borrell"),
]

# --- readouts, joint communiques, statements of bodies ----------------------------------------------------------
READOUTS = [
    S("The White House said in a readout that Biden had raised concerns about human rights.",
      "The White House said in a readout", "United States"),
    S("According to a Kremlin readout, Putin told Erdogan that the grain deal could be revived.",
      "According to a Kremlin readout", "Russia"),
    S("A readout from the Chinese side said Xi had told Biden that Taiwan was the most important issue.",
      "A readout from the Chinese side said", "China"),
    S("In a joint communique, the two countries said they would resume direct flights.",
      "In a joint communique, the two countries said", None),
    S("In a joint statement, the foreign ministers of Japan and South Korea said they would deepen cooperation.",
      "the foreign ministers of Japan and South Korea said", ANY),
    S("The G7 foreign ministers said in a joint statement that they opposed any change to the status quo by force.",
      "G7 foreign ministers said in a joint statement", "G7"),
    S("NATO allies said in a communique issued after the summit that China posed systemic challenges.",
      "NATO allies said in a communique", "NATO"),
    S("The UN Security Council said in a presidential statement that it condemned the attack.",
      "Security Council said in a presidential statement", "United Nations Security Council"),
    S("The African Union Commission chairperson Moussa Faki Mahamat called for an immediate ceasefire.",
      "Moussa Faki Mahamat called", "Moussa Faki Mahamat"),
    S("The Arab League said in a statement after an emergency meeting in Cairo that the plan was unacceptable.",
      "Arab League said in a statement", "Arab League"),
    S("ECOWAS said in a communique that it would activate its standby force.",
      "ECOWAS said in a communique", "ECOWAS"),
    S("The IAEA said in a confidential report seen by Reuters that Iran had expanded its stockpile.",
      "IAEA said in a confidential report", "International Atomic Energy Agency"),
    S("The International Committee of the Red Cross said its staff had been unable to reach the area.",
      "Red Cross said its staff", "International Committee of the Red Cross"),
    S("The World Health Organization said hospitals in the north had run out of fuel.",
      "World Health Organization said hospitals", "World Health Organization"),
    S("UNICEF said at least 40 children had been killed in the past week.",
      "UNICEF said at least 40", "UNICEF"),
    S("The UN refugee agency UNHCR said more than 100,000 people had crossed into Chad.",
      "UNHCR said more than", "UNHCR"),
    S("The Gulf Cooperation Council said in a statement that the islands belonged to the UAE.",
      "Gulf Cooperation Council said", "Gulf Cooperation Council"),
    S("ASEAN foreign ministers said in a joint statement that they were seriously concerned about the violence.",
      "ASEAN foreign ministers said", "ASEAN"),
    S("The Organisation of Islamic Cooperation condemned the burning of the Koran in a statement.",
      "Organisation of Islamic Cooperation condemned", "Organisation of Islamic Cooperation"),
    S("Amnesty International said the strikes could amount to war crimes.",
      "Amnesty International said", "Amnesty International"),
    S("Human Rights Watch said in a report that the security forces had used live ammunition.",
      "Human Rights Watch said in a report", "Human Rights Watch"),
    S("The European Commission said it was studying the law and would respond.",
      "European Commission said", "European Union"),
    S("The Russian embassy in Washington said in a Telegram post that the accusations were baseless.",
      "embassy in Washington said", "Russia"),
    S("The Chinese embassy in Manila said the Philippine side had broken its promise.",
      "Chinese embassy in Manila said", "China"),
    S("The US embassy in Seoul said it was aware of the reports.",
      "US embassy in Seoul said", "United States"),
    S("The statement, issued by the presidency, said the troops would be withdrawn within a month.",
      "The statement, issued by the presidency, said", ANY),
    S("The Israeli prime minister's office said in a statement that the delegation would travel to Cairo.",
      "prime minister's office said in a statement", "Israel"),
    S("Downing Street said the prime minister had spoken to the Ukrainian president by phone.",
      "Downing Street said", "United Kingdom"),
    S("The Elysee said Macron had told Putin that the attack on the plant was unacceptable.",
      "The Elysee said", "France"),
    S("The Quai d'Orsay said France was deeply concerned by the arrests.",
      "Quai d'Orsay said", "France"),
]

# --- "quoted X as saying", nested attribution -----------------------------------------------------------------------
NESTED = [
    S("Interfax quoted a source as saying that the talks would resume next week.",
      "Interfax quoted a source", None, via="Interfax"),
    S("Interfax quoted Deputy Defence Minister Alexander Fomin as saying the troops were pulling back.",
      "quoted Deputy Defence Minister Alexander Fomin", "Alexander Fomin", via="Interfax"),
    S("Reuters quoted two diplomats as saying the resolution lacked the votes to pass.",
      "Reuters quoted two diplomats", None, via="Reuters"),
    S("The Wall Street Journal, citing US officials, reported that Iran had supplied the drones.",
      "citing US officials, reported", ANY, via="The Wall Street Journal"),
    S("Bloomberg News reported, citing people familiar with the matter, that the sale had been paused.",
      "Bloomberg News reported", ANY, via="Bloomberg"),
    S("Axios reported that the administration had warned Israel privately, citing two US officials.",
      "Axios reported that", ANY, via="Axios"),
    S("The Times of Israel cited a senior official as saying that the cabinet would vote on Sunday.",
      "cited a senior official as saying", None, via="Times of Israel"),
    S("Kyodo quoted government sources as saying Tokyo would ease the export curbs.",
      "Kyodo quoted government sources", None, via="Kyodo"),
    S("Al Jazeera quoted a Hamas official as saying the group had received the proposal.",
      "quoted a Hamas official", None, via="Al Jazeera",
      xfail="an unnamed member of a group ('a Hamas official') speaks with no actor by the table's convention"),
    S("AFP quoted a military source as saying the convoy had been ambushed near the border.",
      "AFP quoted a military source", None, via="AFP"),
    S("The New York Times reported that the president had been briefed, citing officials.",
      "New York Times reported", ANY, via="The New York Times"),
    S("NHK said, citing government officials, that the missile had landed inside Japan's exclusive economic zone.",
      "NHK said, citing government officials", ANY, via="NHK"),
    S("Italy's ANSA news agency quoted Foreign Minister Antonio Tajani as saying Rome would send a frigate.",
      "quoted Foreign Minister Antonio Tajani", "Antonio Tajani", via="ANSA"),
    S("Spain's El Pais, quoting government sources, said Madrid would not take part in the mission.",
      "quoting government sources, said", ANY),
    S("South Korea's Yonhap news agency, citing a military official, said the drone had crossed the border.",
      "citing a military official, said", ANY, via="Yonhap"),
    S("The Kremlin was quoted by RIA as saying it had no information on the incident.",
      "The Kremlin was quoted by RIA", "Russia", via="RIA Novosti"),
    S("The minister was quoted by local media as saying that the border would reopen on Monday.",
      "was quoted by local media", ANY),
    S("Arab media quoted a senior Egyptian official as saying that Cairo had sent a warning.",
      "quoted a senior Egyptian official", "Egypt"),
    S("Pakistani television quoted the army spokesman as saying two aircraft had been shot down.",
      "quoted the army spokesman", ANY),
    S("Citing an unnamed official, the ministry's newspaper said the plan had been approved.",
      "the ministry's newspaper said", ANY,
      xfail="a paper owned by a body ('the ministry's newspaper') is no speaker yet"),
]

# --- anonymity, declining, refusing ----------------------------------------------------------------------------------
HEDGED = [
    S("A spokesperson for the Chinese embassy in London declined to comment.",
      "declined to comment", "China"),
    S("A spokesman for the Indian army declined to comment on the report.",
      "declined to comment", "India"),
    S("The Pentagon declined to comment on the operation.", "The Pentagon declined to comment", "United States"),
    S("The Kremlin did not respond to a request for comment.", "did not respond to a request for comment",
      "Russia", mod="denied"),
    S("A senior US official, who spoke on condition of anonymity, said the ship had been hit twice.",
      "who spoke on condition of anonymity, said", "United States"),
    S("A Western diplomat, speaking on condition of anonymity because he was not authorised to speak publicly, said"
      " the talks were stuck.", "said the talks were stuck", None),
    S("Two officials familiar with the matter said the strike had been approved on Friday.",
      "familiar with the matter said", None),
    S("An Iraqi security official who asked not to be named said the drone had come from the east.",
      "who asked not to be named said", "Iraq"),
    S("A person briefed on the negotiations said the sides remained far apart.",
      "briefed on the negotiations said", None),
    S("A senior Israeli official told reporters, on condition of anonymity, that the operation would continue.",
      "A senior Israeli official told reporters", "Israel"),
    S("Officials declined to say how many troops would be sent.", "Officials declined to say", None),
    S("The Japanese defence ministry declined to give details of the interception.",
      "declined to give details", "Japan"),
    S("Asked whether the ships would return, the spokeswoman declined to be drawn.", "declined to be drawn", ANY),
    S("A source close to the presidency said the decision had been taken weeks ago.",
      "A source close to the presidency said", None),
    S("Diplomatic sources in Brussels said the package would be adopted on Monday.",
      "Diplomatic sources in Brussels said", ANY),
    S("A Turkish security source said the PKK had fired first.", "A Turkish security source said", ANY),
    S("A government source in Tokyo said the protest had been lodged through diplomatic channels.",
      "A government source in Tokyo said", ANY),
    S("A senior administration official told reporters on a background call that sanctions were being prepared.",
      "told reporters on a background call", None),
    S("Witnesses told Reuters they had heard at least three explosions.", "Witnesses told Reuters", None,
      via="Reuters"),
    S("Residents said the shelling had continued through the night.", "Residents said the shelling", None),
]

# --- stances told in the present perfect or present: denials, insistence, rejection -----------------------------
STANCES = [
    S("Moscow has repeatedly denied targeting civilians.", "Moscow has repeatedly denied", "Russia"),
    S("Beijing insists the islands are Chinese territory.", "Beijing insists", "China"),
    S("Tehran maintains its nuclear programme is purely peaceful.", "Tehran maintains", "Iran"),
    S("Pyongyang has long said its weapons are a deterrent against U.S. aggression.",
      "Pyongyang has long said", "North Korea"),
    S("New Delhi has rejected any role for a third party in the dispute.", "New Delhi has rejected", "India"),
    S("Islamabad denies backing militants in Kashmir.", "Islamabad denies", "Pakistan"),
    S("Kigali has always denied supporting the M23 rebels.", "Kigali has always denied", "Rwanda"),
    S("Caracas considers the territory its own.", "Caracas considers", "Venezuela",
      xfail="'considers X its own' has no judged complement the frames read"),
    S("Ankara says the YPG is an extension of the PKK.", "Ankara says", "Turkey"),
    S("Washington has accused Beijing of militarising the artificial islands.", "Washington has accused Beijing",
      "United States"),
    S("Baku has called the claims fabricated.", "Baku has called", "Azerbaijan"),
    S("Yerevan has said it is ready to sign the treaty.", "Yerevan has said", "Armenia"),
    S("Riyadh has denied any involvement in the killing.", "Riyadh has denied", "Saudi Arabia"),
    S("Damascus blames the rebels for the attack.", "Damascus blames", "Syria"),
    S("Russia has consistently said the troops are on its own soil.", "Russia has consistently said", "Russia"),
    S("China has repeatedly warned the United States against arming Taiwan.",
      "China has repeatedly warned", "China"),
    S("The Taliban deny harbouring foreign militants.", "The Taliban deny", "Taliban"),
    S("Israel says Hamas uses hospitals as command centres, a charge the group denies.",
      "Israel says Hamas", "Israel"),
    S("The Houthis say their attacks target only ships linked to Israel.", "The Houthis say", "Houthis"),
    S("Minsk has dismissed the accusations as absurd.", "Minsk has dismissed", "Belarus"),
    S("Addis Ababa has insisted it seeks access to the sea only through peaceful means.",
      "Addis Ababa has insisted", "Ethiopia"),
    S("Cairo has warned it would not tolerate any threat to its water security.", "Cairo has warned", "Egypt"),
    S("The junta maintains that the elections will be held once security allows.", "The junta maintains", ANY,
      xfail="'the junta' with no junta named before is no speaker ('The junta dismissed the army chief' stays an act)"),
    S("Tokyo regards the islands as an inherent part of its territory.", "Tokyo regards", "Japan"),
    S("Seoul has vowed a stern response to any provocation.", "Seoul has vowed", "South Korea"),
    S("Moscow claims the drones were launched by Kyiv.", "Moscow claims", "Russia"),
    S("Kyiv has not commented on the claim.", "Kyiv has not commented", "Ukraine"),
    S("Hanoi has protested against the survey ship's presence.", "Hanoi has protested", "Vietnam"),
    S("Manila has filed more than 100 diplomatic protests this year.", "Manila has filed", "Philippines",
      xfail="a count of protests filed is a tally, not one remark"),
    S("Baghdad has condemned the strikes as a violation of its sovereignty.", "Baghdad has condemned", "Iraq"),
]

# --- coreference over sentences and paragraphs ---------------------------------------------------------------------
COREF = [
    S("Wang Yi, China's top diplomat, arrived in Moscow on Tuesday.\n\nThe envoy said relations were rock solid.",
      "The envoy said", "Wang Yi"),
    S("Former general Abdel Fattah al-Sisi addressed the army on Sunday.\n\nThe former general said Egypt would"
      " protect its borders.", "The former general said", "Abdel Fattah al-Sisi",
      xfail="'the former general' is not yet a role naming the person introduced as one"),
    S("Mahmoud Abbas, the Palestinian president, met the envoy in Ramallah.\n\nThe 88-year-old told him that the"
      " settlements must stop.", "The 88-year-old told him", "Mahmoud Abbas",
      xfail="an age noun ('the 88-year-old') is not yet read as the person last named"),
    S("Lavrov spoke after talks with his Turkish counterpart.\n\nHe said Russia was ready to resume the grain deal.",
      "He said Russia", "Lavrov"),
    S("Norwegian Foreign Minister Espen Barth Eide met his Chinese counterpart in Oslo.\n\n\"We raised human"
      " rights,\" Eide said.", "Eide said", "Espen Barth Eide"),
    S("The Iranian foreign ministry summoned the British charge d'affaires on Monday.\n\nIt said the embassy's"
      " comments were interference.", "It said the embassy", "Iran",
      xfail="'It said' after a body that acted (not spoke) stays unnamed"),
    S("U.S. envoy Amos Hochstein held talks in Beirut on Monday. The envoy told reporters a deal was within reach.",
      "The envoy told reporters", "Amos Hochstein"),
    S("Turkish President Recep Tayyip Erdogan hosted the talks in Istanbul.\n\nThe Turkish leader said both sides had"
      " shown goodwill.", "The Turkish leader said", "Recep Tayyip Erdogan"),
    S("Colombia's defence minister Ivan Velasquez visited the border region on Friday. The minister told soldiers"
      " the ceasefire would hold.", "The minister told soldiers", "Ivan Velasquez"),
    S("Vladimir Putin met Chinese leader Xi Jinping in Beijing.\n\nThe Russian leader said the partnership had no"
      " limits.", "The Russian leader said", "Vladimir Putin",
      xfail="a leader named with no role is not known to be Russia's without world knowledge"),
    S("Indian Prime Minister Narendra Modi spoke at a rally in Gujarat. He told supporters that India would"
      " not bow to terror.", "He told supporters", "Narendra Modi"),
    S("The Philippine coast guard said a Chinese ship had rammed its vessel. It said two crew were hurt.",
      "It said two crew", "Philippines"),
    S("Kenyan President William Ruto flew to Addis Ababa on Sunday. There, he told African leaders that the debt"
      " burden was unjust.", "he told African leaders", "William Ruto"),
    S("Ali Larijani, a senior adviser to the supreme leader, visited Beirut.\n\nThe adviser said Iran would support"
      " Lebanon.", "The adviser said", "Ali Larijani"),
    S("Sweden's Prime Minister Ulf Kristersson travelled to Ankara on Wednesday. The Swedish premier said he was"
      " confident of a deal.", "The Swedish premier said", "Ulf Kristersson"),
    S("Japan's ambassador to China, Hideo Tarumi, was summoned to the foreign ministry.\n\nTarumi said he had"
      " protested.", "Tarumi said", "Hideo Tarumi"),
    S("Argentina's President Alberto Fernandez met the IMF chief in Washington. Fernandez later said the talks had"
      " gone well.", "Fernandez later said", "Alberto Fernandez"),
    S("Sergei Shoigu inspected troops in the south on Friday.\n\nThe defence minister said the offensive had"
      " failed.", "The defence minister said", "Sergei Shoigu"),
    S("British Foreign Secretary David Cameron arrived in Kyiv.\n\nCameron told Ukrainian television that Britain would"
      " give £3bn a year.", "Cameron told Ukrainian television", "David Cameron"),
    S("Chinese Vice President Han Zheng attended the inauguration. Han said Beijing valued the relationship.",
      "Han said Beijing", "Han Zheng"),
    S("The Thai army said its troops had returned fire. The army added that no soldiers were hurt.",
      "The army added", "Thailand"),
    S("Ukraine's air force said it had shot down 30 drones overnight. The air force said the rest had been jammed.",
      "The air force said the rest", "Ukraine"),
    S("The North Korean leader Kim Jong Un inspected a munitions factory. Kim called for mass production of shells,"
      " KCNA said.", "Kim called for mass production", "Kim Jong Un", via="KCNA"),
    S("Austrian Chancellor Karl Nehammer met Putin in Moscow on Monday.\n\nThe chancellor said the meeting had been"
      " very direct and tough.", "The chancellor said", "Karl Nehammer"),
    S("Lebanon's caretaker prime minister, Najib Mikati, chaired a cabinet session.\n\nMikati told ministers that"
      " Lebanon did not want war.", "Mikati told ministers", "Najib Mikati"),
    S("Guinean junta leader Mamady Doumbouya was sworn in on Friday. In his speech, the colonel promised elections.",
      "the colonel promised elections", "Mamady Doumbouya",
      xfail="a rank named after the person's earlier title ('the colonel') is not yet matched to him"),
    S("Iran's foreign minister Abbas Araghchi flew to Muscat for talks. Araghchi told state TV the atmosphere was"
      " constructive.", "Araghchi told state TV", "Abbas Araghchi"),
    S("The Venezuelan government said it would not recognise the ruling. It called the court's decision"
      " illegitimate.", "It called the court", "Venezuela"),
    S("EU foreign policy chief Kaja Kallas visited Kyiv on Thursday.\n\nShe said Europe would stand with Ukraine.",
      "She said Europe", "Kaja Kallas"),
    S("Sheikh Tamim bin Hamad Al Thani, Qatar's emir, received the delegation.\n\nThe emir stressed the need for an"
      " immediate ceasefire.", "The emir stressed", ANY),
]

# --- speakers after the verb, inversions ---------------------------------------------------------------------------
INVERTED = [
    S("The ships had entered the zone without permission, said the Indonesian navy spokesman, First Admiral"
      " Julius Widjojono.", "said the Indonesian navy spokesman", ANY),
    S("The attack was a clear violation of international law, said Jordan's King Abdullah.",
      "said Jordan's King Abdullah", ANY),
    S("Talks will continue next week, said Oman's foreign minister Badr Albusaidi.",
      "said Oman's foreign minister Badr Albusaidi", "Badr Albusaidi"),
    S("\"We were never consulted,\" said Moussa Faki, the chairperson of the African Union Commission.",
      "said Moussa Faki", "Moussa Faki"),
    S("The vessel was in Chinese waters, according to the China Coast Guard.",
      "according to the China Coast Guard", "China"),
    S("Three drones were shot down over the Red Sea, according to U.S. Central Command.",
      "according to U.S. Central Command", "United States"),
    S("Four soldiers were killed, according to a statement from the Nigerian army.",
      "according to a statement from the Nigerian army", "Nigeria"),
    S("The ceasefire will take effect at midnight, according to Qatari mediators.",
      "according to Qatari mediators", ANY),
    S("Nine people died in the strike, according to the Gaza health ministry.",
      "according to the Gaza health ministry", ANY),
    S("No decision has been taken, insisted German government spokesman Steffen Hebestreit.",
      "insisted German government spokesman", "Steffen Hebestreit"),
    S("\"There is no military solution,\" said Guterres.", "said Guterres", "Guterres"),
    S("The missile was fired from the Sunan area, the Joint Chiefs of Staff said.",
      "the Joint Chiefs of Staff said", ANY),
    S("The patrol was routine, the Chinese navy said in a statement.", "the Chinese navy said", "China"),
    S("Kinshasa would never negotiate with terrorists, the Congolese government spokesman Patrick Muyaya said.",
      "Patrick Muyaya said", "Patrick Muyaya"),
    S("Two tankers were boarded, the British maritime agency UKMTO said.", "UKMTO said", ANY),
    S("The deal was dead, Israeli officials said.", "Israeli officials said", ANY),
    S("Fighting resumed at dawn, residents told AFP by phone.", "residents told AFP", None, via="AFP"),
    S("The frigate would sail on Monday, the Dutch defence ministry announced.",
      "Dutch defence ministry announced", "Netherlands"),
    S("No Russian forces had crossed the border, Kazakh President Kassym-Jomart Tokayev told the forum.",
      "Tokayev told the forum", "Kassym-Jomart Tokayev"),
    S("The island's defences were ready, Taiwan's President Tsai Ing-wen said during a visit to a base.",
      "Tsai Ing-wen said", "Tsai Ing-wen"),
]

# --- older decades, analysis and papers ------------------------------------------------------------------------------
HISTORY = [
    S("Soviet leader Mikhail Gorbachev told reporters in Reykjavik that the talks had failed over space weapons.",
      "Gorbachev told reporters", "Mikhail Gorbachev"),
    S("President Ronald Reagan said in a nationally televised speech that the Soviet Union was an evil empire.",
      "Reagan said in a nationally televised speech", "Ronald Reagan"),
    S("The Soviet news agency TASS said the aircraft had ignored warning shots.",
      "TASS said the aircraft", ANY, via="TASS"),
    S("Iraqi President Saddam Hussein said in a speech broadcast by Baghdad radio that Kuwait was Iraq's 19th"
      " province.", "Saddam Hussein said in a speech", "Saddam Hussein"),
    S("Secretary of State James Baker told the Senate Foreign Relations Committee that sanctions were working.",
      "Baker told the Senate Foreign Relations Committee", "James Baker"),
    S("Yugoslav President Slobodan Milosevic told state television that Serbia would defend Kosovo.",
      "Milosevic told state television", "Slobodan Milosevic"),
    S("Prime Minister Margaret Thatcher told the House of Commons that the task force had sailed.",
      "Thatcher told the House of Commons", "Margaret Thatcher"),
    S("Argentine junta leader Leopoldo Galtieri said the islands had been recovered for the nation.",
      "Galtieri said the islands", "Leopoldo Galtieri"),
    S("Chinese Premier Zhou Enlai told the visiting American that Beijing wanted normal relations.",
      "Zhou Enlai told the visiting American", "Zhou Enlai"),
    S("Egyptian President Anwar Sadat told the Knesset that he had come in peace.",
      "Sadat told the Knesset", "Anwar Sadat"),
    S("Pakistani Prime Minister Nawaz Sharif said in a televised address in 1998 that Pakistan had settled the"
      " score.", "Sharif said in a televised address", "Nawaz Sharif"),
    S("North Korea's official news agency said in 2006 that the country had successfully conducted an underground"
      " nuclear test.", "official news agency said", "North Korea"),
    S("Georgian President Mikheil Saakashvili told CNN that Russian tanks were advancing on Tbilisi.",
      "Saakashvili told CNN", "Mikheil Saakashvili", via="CNN"),
    S("Indian Prime Minister Atal Bihari Vajpayee told parliament that the tests were a deterrent.",
      "Vajpayee told parliament", "Atal Bihari Vajpayee"),
    S("U.N. Secretary-General Kofi Annan said the war in Iraq was illegal.", "Kofi Annan said", "Kofi Annan"),
    S("Analysts said the launch was meant to send a signal before the US election.", "Analysts said", None),
    S("Ankit Panda, a senior fellow at the Carnegie Endowment, said the missile appeared to be a new type.",
      "Panda, a senior fellow", "Ankit Panda"),
    S("\"This is a significant escalation,\" said Bonnie Glaser, a China expert at the German Marshall Fund.",
      "said Bonnie Glaser", "Bonnie Glaser"),
    S("Writing in Foreign Affairs, the former ambassador argued that sanctions had failed.",
      "the former ambassador argued", ANY),
    S("The Global Times, a tabloid run by the Communist Party's People's Daily, said in an editorial that Canberra"
      " would regret the move.", "said in an editorial", ANY,
      xfail="a paper with a long apposition before its verb is no speaker yet"),
    S("An editorial in the state-run China Daily said Washington was fanning the flames.",
      "An editorial in the state-run China Daily said", ANY),
    S("Rodong Sinmun said in a commentary on Monday that the alliance was a threat to peace.",
      "Rodong Sinmun said in a commentary", ANY),
    S("Military experts quoted by the Global Times said the drills simulated a blockade.",
      "Military experts quoted by the Global Times said", None,
      xfail="unnamed experts quoted by a paper: the paper is read as the speaker"),
    S("Some analysts have suggested that Moscow is testing NATO's resolve.", "Some analysts have suggested", None),
    S("Experts at the International Institute for Strategic Studies said the satellite images showed new launchers.",
      "Experts at the International Institute for Strategic Studies said", ANY),
]

# --- armed groups, militaries, bodies as speakers --------------------------------------------------------------------
GROUPS = [
    S("Hamas said in a statement that it had accepted the Egyptian proposal.", "Hamas said in a statement", "Hamas"),
    S("Hezbollah said it had fired rockets at an Israeli base in response.", "Hezbollah said it had", "Hezbollah"),
    S("The Houthis' military spokesman said the group had targeted the ship with missiles.",
      "military spokesman said", "Houthis"),
    S("The Islamic Resistance in Iraq claimed responsibility for the drone attack on Telegram.",
      "claimed responsibility", "Islamic Resistance in Iraq"),
    S("Al-Shabaab claimed the attack in a statement on its Andalus radio.", "claimed the attack", "al-Shabaab"),
    S("The M23 rebels said they had taken control of the town.", "The M23 rebels said", "M23"),
    S("The Rapid Support Forces said in a statement on Telegram that its fighters had repelled an attack.",
      "Rapid Support Forces said", "Rapid Support Forces"),
    S("The Taliban-led administration said the border crossing would reopen.", "administration said", "Taliban"),
    S("The Arakan Army said it had captured a military headquarters in Rakhine state.",
      "The Arakan Army said", "Arakan Army"),
    S("The Syrian Democratic Forces said Turkish drones had struck a checkpoint.",
      "Syrian Democratic Forces said", "Syrian Democratic Forces"),
    S("The Polisario Front said it had shelled Moroccan positions along the berm.",
      "Polisario Front said", "Polisario Front"),
    S("Boko Haram's leader said in a video that the girls would not be released.",
      "leader said in a video", ANY),
    S("Islamic State claimed responsibility for the bombing through its Amaq news agency.",
      "Islamic State claimed responsibility", "Islamic State"),
    S("The Tigray People's Liberation Front said federal forces had launched a new offensive.",
      "Tigray People's Liberation Front said", "Tigray People's Liberation Front"),
    S("Israel's military said in a statement that it had struck Hezbollah targets in southern Lebanon.",
      "military said in a statement", "Israel"),
    S("The Indian Army said in a statement that two soldiers had been killed in the clash.",
      "Indian Army said in a statement", "India"),
    S("The Ukrainian General Staff said Russian forces had launched 40 attacks near Pokrovsk.",
      "General Staff said", "Ukraine"),
    S("The IDF said the rocket had been intercepted.", "The IDF said", "Israel"),
    S("The Iranian Revolutionary Guards said they had seized a foreign tanker in the Gulf.",
      "Revolutionary Guards said", "Iran"),
    S("Pakistan's military media wing, ISPR, said five soldiers had been martyred.",
      "ISPR, said five soldiers", "Pakistan"),
    S("The Chinese navy's Eastern Theatre Command said it had tracked the destroyer throughout.",
      "Eastern Theatre Command said", "China"),
    S("The Japanese coast guard said the Chinese vessels had left the contiguous zone.",
      "Japanese coast guard said", "Japan"),
    S("The Armed Forces of the Philippines said Chinese militia vessels had swarmed the reef.",
      "Armed Forces of the Philippines said", "Philippines"),
    S("The Saudi-led coalition said it had intercepted a ballistic missile fired towards Jizan.",
      "Saudi-led coalition said", "Saudi Arabia"),
    S("The Lebanese army said an Israeli strike had killed one of its soldiers.", "Lebanese army said", "Lebanon"),
    S("The US Treasury said the sanctions targeted six companies in Hong Kong.", "US Treasury said",
      "United States"),
    S("The UK Ministry of Defence said in its daily intelligence update that Russia had likely lost 300 tanks.",
      "Ministry of Defence said in its daily intelligence update", "United Kingdom"),
    S("NATO Secretary General Mark Rutte said the alliance would not be intimidated.",
      "Mark Rutte said", "Mark Rutte"),
    S("The Wagner Group said on Telegram that its fighters had taken the salt mine.",
      "Wagner Group said", "Wagner Group"),
    S("The Palestinian Authority condemned the raid and called for international protection.",
      "Palestinian Authority condemned", "Palestinian Authority"),
]

# --- paragraphs: a quote running on, continuations, added remarks ----------------------------------------------------
PARAGRAPHS = [
    S("Finnish President Sauli Niinisto said on Sunday that Finland would apply to join NATO.\n\n\"This is a"
      " historic day,\" he added. \"A new era begins.\"", "he added", "Sauli Niinisto", quote="This is a historic day"),
    S("The Chinese foreign ministry said the US warship had trespassed.\n\n\"We urge the US side to stop its"
      " provocations,\" the ministry said.", "the ministry said", "China"),
    S("Nigerien junta spokesman Amadou Abdramane read a statement on national television.\n\nHe said the French"
      " ambassador had 48 hours to leave.", "He said the French", "Amadou Abdramane"),
    S("Chad's government spokesman said on Thursday that the defence pact with France had ended.\n\nThe"
      " spokesman added that Chad remained a friend of France.", "The spokesman added", ANY),
    S("Jordan's foreign minister Ayman Safadi met his Syrian counterpart in Amman.\n\n\"We agreed on a roadmap,\""
      " Safadi told a joint news conference. \"The work starts now.\"", "Safadi told a joint news conference",
      "Ayman Safadi", quote="We agreed on a roadmap"),
    S("The Japanese government said it would lodge a protest.\n\nChief Cabinet Secretary Yoshimasa Hayashi said the"
      " incursion was unacceptable.", "Hayashi said the incursion", "Yoshimasa Hayashi"),
    S("Mexico's foreign ministry said it had recalled its ambassador.\n\nIn a separate statement, the ministry said"
      " the raid had violated the Vienna Convention.", "the ministry said the raid", "Mexico"),
    S("President Nayib Bukele wrote on X on Monday that the prisoners had arrived.\n\nHe added that El Salvador"
      " would charge a fee.", "He added that El Salvador", "Nayib Bukele"),
    S("Russian Foreign Minister Sergei Lavrov spoke at a news conference in Moscow.\n\n\"The West wants to inflict a"
      " strategic defeat on Russia,\" Lavrov said. \"It will not succeed.\"", "Lavrov said", "Sergei Lavrov",
      quote="strategic defeat"),
    S("Prime Minister Keir Starmer spoke to reporters after the summit.\n\nHe said Britain was prepared to put"
      " troops on the ground.", "He said Britain", "Keir Starmer"),
    S("Singapore's defence minister Ng Eng Hen gave the keynote speech.\n\nThe minister warned that the region"
      " could not afford a conflict.", "The minister warned", "Ng Eng Hen"),
    S("Croatian President Zoran Milanovic criticised the decision.\n\nMilanovic told reporters in Zagreb that"
      " Croatia would not send soldiers.", "Milanovic told reporters", "Zoran Milanovic"),
    S("The Kenyan foreign ministry issued a statement on Tuesday.\n\nIt called on both sides to return to the"
      " table.", "It called on both sides", "Kenya"),
    S("The Egyptian presidency said Sisi had received a call from Biden.\n\nThe two leaders discussed the ceasefire"
      " talks, it said.", "it said", "Egypt"),
    S("Czech President Petr Pavel said the ammunition would arrive within weeks.\n\n\"We have found the shells,\""
      " he said. \"Now we need the money.\"", "he said", "Petr Pavel", quote="We have found the shells"),
]

# --- speech verbs and registers: warned, vowed, accused, urged, described, announced -------------------------------
REGISTERS = [
    S("Iran's army chief warned that any attack would be met with a devastating response.", "army chief warned",
      "Iran"),
    S("Venezuelan Foreign Minister Yvan Gil accused Guyana of provoking the crisis.",
      "Gil accused Guyana", "Yvan Gil"),
    S("The Dutch foreign minister urged Moscow to cooperate with the investigation.",
      "foreign minister urged Moscow", "Netherlands"),
    S("Kazakhstan's foreign ministry described the remarks as unacceptable.", "foreign ministry described",
      "Kazakhstan"),
    S("The Philippine president vowed to defend every square inch of territory.", "president vowed", ANY),
    S("Chinese Foreign Minister Wang Yi called the visit a serious provocation.", "Wang Yi called the visit",
      "Wang Yi"),
    S("Algeria's foreign ministry condemned the strike in the strongest terms.", "foreign ministry condemned",
      "Algeria"),
    S("Sudan's army-aligned government rejected the UN report as biased.", "government rejected the UN report",
      "Sudan", xfail="a body after a hyphenated qualifier ('army-aligned government') is no speaker yet"),
    S("The British defence secretary announced that two more warships would be sent.",
      "defence secretary announced", "United Kingdom"),
    S("Moroccan Foreign Minister Nasser Bourita reiterated the kingdom's position on the Sahara.",
      "Bourita reiterated", "Nasser Bourita"),
    S("South Africa's foreign minister Naledi Pandor defended the decision to host the exercises.",
      "Pandor defended the decision", "Naledi Pandor"),
    S("The Iraqi government protested to Ankara over the strike.", "Iraqi government protested", "Iraq"),
    S("Bangladesh's interim leader Muhammad Yunus appealed for calm.", "Yunus appealed for calm",
      "Muhammad Yunus"),
    S("The Swiss foreign ministry expressed deep concern about the humanitarian situation.",
      "Swiss foreign ministry expressed deep concern", "Switzerland"),
    S("Ecuador's President Daniel Noboa declared that the country was in an internal armed conflict.",
      "Noboa declared", "Daniel Noboa"),
    S("Ireland's Taoiseach Leo Varadkar welcomed the vote.", "Varadkar welcomed the vote", "Leo Varadkar"),
    S("The Canadian foreign minister Melanie Joly called on India to cooperate with the investigation.",
      "Joly called on India", "Melanie Joly"),
    S("New Zealand Prime Minister Christopher Luxon said the deployment was a modest contribution.",
      "Luxon said the deployment", "Christopher Luxon"),
    S("Armenian Prime Minister Nikol Pashinyan admitted that the peacekeepers had failed.",
      "Pashinyan admitted", "Nikol Pashinyan"),
    S("Georgian Prime Minister Irakli Kobakhidze denied that the law was modelled on Russia's.",
      "Kobakhidze denied", "Irakli Kobakhidze", mod="denied",
      xfail="a denial verb keeps the statement asserted (the summary's verb carries it)"),
    S("Sri Lanka's President Ranil Wickremesinghe promised to restore order within days.",
      "Wickremesinghe promised", "Ranil Wickremesinghe"),
    S("The Afghan Taliban's deputy prime minister threatened to retaliate if the strikes continued.",
      "threatened to retaliate", "Taliban"),
    S("Somalia's President Hassan Sheikh Mohamud told lawmakers that the memorandum was illegal.",
      "Mohamud told lawmakers", "Hassan Sheikh Mohamud"),
    S("The Libyan coast guard said it had intercepted 200 migrants.", "Libyan coast guard said", "Libya"),
    S("The Mongolian foreign ministry said Ulaanbaatar would remain neutral.", "foreign ministry said",
      "Mongolia"),
]

# --- broader attribution forms ----------------------------------------------------------------------------------------
FORMS = [
    S("According to the Pentagon, the Chinese fighter came within six metres of the aircraft.",
      "According to the Pentagon", "United States"),
    S("According to Kremlin spokesman Dmitry Peskov, the two leaders discussed Ukraine.",
      "According to Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    S("The frigate, the ministry said, had been shadowing the convoy since Tuesday.", "the ministry said", ANY),
    S("Israel, the spokesman said, would not agree to a permanent ceasefire.", "the spokesman said", ANY),
    S("The strike, Ukrainian officials said, hit a drone factory near Moscow.", "Ukrainian officials said", ANY),
    S("In remarks broadcast on state television, the Syrian president said the war was over.",
      "the Syrian president said", "Syria"),
    S("In a letter to the Security Council, Iran's UN ambassador said Tehran reserved the right to respond.",
      "Iran's UN ambassador said", "Iran"),
    S("The ambassador's letter said the incursion had been deliberate.", "letter said", ANY),
    S("In a post on Truth Social, Trump said he would impose tariffs on Colombia.",
      "Trump said he would", "Trump"),
    S("Speaking at a news conference with his French counterpart, German Foreign Minister Heiko Maas said Berlin"
      " stood by the deal.", "Heiko Maas said Berlin", "Heiko Maas"),
    S("It was not immediately clear whether the ship had been damaged, the agency said.", "the agency said", ANY),
    S("The defence ministry in Tokyo said the missile had flown over Hokkaido.",
      "defence ministry in Tokyo said", "Japan"),
    S("The foreign ministry in Beijing said the sanctions would be met with countermeasures.",
      "foreign ministry in Beijing said", "China"),
    S("Officials in Kyiv said the Russian missile had been shot down.", "Officials in Kyiv said", "Ukraine"),
    S("Iranian officials have said the uranium is for civilian use.", "Iranian officials have said", ANY),
    S("Pakistani military officials said the Indian jets had dropped their payload in an empty field.",
      "military officials said", ANY),
    S("The Turkish presidency's communications director Fahrettin Altun said Ankara would not tolerate the"
      " insult.", "Altun said Ankara", "Fahrettin Altun"),
    S("A senior Hamas official, Osama Hamdan, told a news conference in Beirut that the group would not disarm.",
      "Hamdan, told a news conference", "Osama Hamdan"),
    S("Hamas political bureau member Bassem Naim told the BBC the proposal was a non-starter.",
      "Naim told the BBC", "Bassem Naim", via="BBC"),
    S("The head of the IAEA, Rafael Grossi, said the agency had lost continuity of knowledge.",
      "Rafael Grossi, said", "Rafael Grossi"),
    S("UN Secretary-General Antonio Guterres called the attack on the peacekeepers unacceptable.",
      "Guterres called the attack", "Antonio Guterres"),
    S("UN human rights chief Volker Turk said the killings must be investigated.", "Turk said the killings",
      "Volker Turk"),
    S("The UN special envoy for Yemen, Hans Grundberg, told the Security Council that the truce was fragile.",
      "Grundberg, told the Security Council", "Hans Grundberg"),
    S("WHO chief Tedros Adhanom Ghebreyesus said the hospital was no longer functioning.",
      "Tedros Adhanom Ghebreyesus said", "Tedros Adhanom Ghebreyesus"),
    S("The Vatican said Pope Francis had called for an end to the fighting.", "The Vatican said", ANY),
    S("In its annual report, the Japanese defence ministry said China's buildup was the greatest challenge.",
      "defence ministry said China", "Japan"),
    S("The European Union's foreign policy chief said the bloc would not recognise the annexation.",
      "foreign policy chief said", "European Union"),
    S("A Chinese military spokesman, Senior Colonel Zhang Xiaogang, said the PLA would respond resolutely.",
      "Zhang Xiaogang, said", "Zhang Xiaogang"),
    S("The Kurdistan Regional Government said the drone had targeted an oil field.",
      "Kurdistan Regional Government said", ANY),
    S("Hong Kong's leader John Lee said the sanctions were barbaric.", "John Lee said", "John Lee"),
    S("Indian Defence Minister Rajnath Singh told a rally that the army had been given a free hand.",
      "Rajnath Singh told a rally", "Rajnath Singh"),
    S("Kuwait's foreign ministry called in Iraq's ambassador and handed him a protest note, KUNA said.",
      "handed him a protest note", "Kuwait", via="KUNA"),
    S("Uzbek President Shavkat Mirziyoyev said at the summit that Central Asia needed water cooperation.",
      "Mirziyoyev said at the summit", "Shavkat Mirziyoyev"),
    S("Kyrgyz officials said Tajik troops had opened fire first.", "Kyrgyz officials said", "Kyrgyzstan"),
    S("The Tajik border service said Kyrgyz forces had occupied a position.", "Tajik border service said",
      "Tajikistan"),
]

# --- fragments of longer pieces: attribution after a long lead-in ------------------------------------------------------
LONGER = [
    S("After a night of heavy shelling along the front line east of the city, the regional governor said on Monday"
      " that three people had been killed.", "the regional governor said", ANY),
    S("Less than a week after the two leaders met in Geneva, the Russian ambassador to Washington said relations"
      " remained at a low point.", "Russian ambassador to Washington said", "Russia"),
    S("With tensions rising in the strait, Taiwan's defence minister Wellington Koo told lawmakers that the island"
      " would not be provoked.", "Koo told lawmakers", "Wellington Koo",
      xfail="a first name that is a capital's name (Wellington) is cut from the person"),
    S("Despite the ceasefire, the Sudanese army said on Saturday that the RSF had shelled el-Fasher.",
      "Sudanese army said", "Sudan"),
    S("In the clearest sign yet of a thaw, Saudi Arabia's foreign minister said the kingdom would reopen its"
      " embassy in Damascus.", "foreign minister said the kingdom", "Saudi Arabia"),
    S("As the vote neared, Chinese state media warned that Taipei was pushing the island towards war.",
      "Chinese state media warned", ANY),
    S("Hours before the deadline expired, the US envoy told Al-Monitor that a deal was close.",
      "the US envoy told Al-Monitor", "United States"),
    S("On the sidelines of the G20 summit, Indonesian President Joko Widodo told reporters that he had urged"
      " restraint.", "Widodo told reporters", "Joko Widodo"),
    S("Two days after the explosion, Lebanon's President Michel Aoun said the cause was still unknown.",
      "Aoun said the cause", "Michel Aoun"),
    S("Standing beside the wreckage of the drone, the Ukrainian commander said it had been made in Iran.",
      "the Ukrainian commander said", ANY),
]

# --- each outlet's register -----------------------------------------------------------------------------------
OUTLETS = [
    S("BEIJING, May 4 (Xinhua) -- China on Tuesday urged Japan to stop its provocative actions, a foreign ministry"
      " spokesperson said.", "a foreign ministry spokesperson said", "China"),
    S("SEOUL, Aug. 2 (Yonhap) -- North Korea fired two ballistic missiles into the East Sea on Wednesday, South"
      " Korea's military said.", "South Korea's military said", "South Korea", via="Yonhap"),
    S("MOSCOW, July 4 (TASS) - Russia will respond to the deployment of US missiles in Germany, Deputy Foreign"
      " Minister Sergei Ryabkov said.", "Deputy Foreign Minister Sergei Ryabkov said", "Sergei Ryabkov",
      via="TASS"),
    S("TEHRAN (IRNA) -- Iran's Foreign Minister said on Sunday that the Islamic Republic would not negotiate under"
      " pressure.", "Foreign Minister said on Sunday", "Iran", via="IRNA"),
    S("ANKARA (AA) - Turkey's foreign minister on Friday called for an urgent ceasefire.",
      "called for an urgent ceasefire", "Turkey"),
    S("RIYADH (SPA) -- The Ministry of Foreign Affairs expressed the Kingdom's condemnation of the attack.",
      "Ministry of Foreign Affairs expressed", "Saudi Arabia", via="SPA",
      xfail="a state agency's dateline does not yet give its state to a ministry named with no state"),
    S("ABU DHABI, 3rd June, 2024 (WAM) -- The UAE has strongly condemned the storming of the mosque.",
      "The UAE has strongly condemned", "United Arab Emirates", via="WAM"),
    S("PYONGYANG, March 5 (KCNA) -- The DPRK Foreign Ministry issued a statement on Sunday denouncing the joint"
      " drills.", "issued a statement", "North Korea", via="KCNA"),
    S("WASHINGTON (AP) — The Biden administration said Tuesday it would send Ukraine long-range missiles.",
      "Biden administration said", "United States", via="AP"),
    S("LONDON (Reuters) - Britain said on Monday it had summoned Iran's ambassador over the seizure.",
      "Britain said on Monday", "United Kingdom", via="Reuters"),
    S("Paris (AFP) - France's foreign ministry on Saturday called the arrests arbitrary.",
      "called the arrests arbitrary", "France", via="AFP"),
    S("NEW DELHI (ANI): Indian Army chief General Upendra Dwivedi on Monday said the situation along the LAC was"
      " stable but sensitive.", "Upendra Dwivedi on Monday said", "Upendra Dwivedi"),
    S("ISLAMABAD: Foreign Office spokesperson Mumtaz Zahra Baloch on Thursday termed the Indian claims"
      " baseless.", "Mumtaz Zahra Baloch on Thursday termed", "Mumtaz Zahra Baloch"),
    S("Dhaka, Nov 4 (BSS) - Foreign Adviser Touhid Hossain today said Bangladesh wanted good ties with all.",
      "Touhid Hossain today said", "Touhid Hossain"),
    S("KYIV, Ukraine (AP) — Ukraine's President Volodymyr Zelenskyy said Sunday that the counteroffensive was"
      " under way.", "Zelenskyy said Sunday", "Volodymyr Zelenskyy", via="AP"),
]

# --- the forms this session taught, each in other names, stories and wordings ----------------------------------------
TAUGHT = [
    # A role written before a full name in a sentence of acts: a later role word or pronoun finds the person.
    S("Kenya's interior minister Kipchumba Murkomen toured the camp on Monday.\n\nThe minister said more police would"
      " be sent.", "The minister said", "Kipchumba Murkomen"),
    S("Japan's defence minister Gen Nakatani inspected the base.\n\nHe said the radar would be upgraded.",
      "He said the radar", "Gen Nakatani"),
    S("UN relief chief Tom Fletcher arrived in Port Sudan on Sunday. He told reporters the famine was spreading.",
      "He told reporters", "Tom Fletcher"),
    S("Qatar's chief negotiator Mohammed Al-Khulaifi shuttled between the delegations. The negotiator said gaps"
      " remained.", "The negotiator said", "Mohammed Al-Khulaifi"),
    S("Brazil's foreign minister Mauro Vieira met his Chinese counterpart.\n\nVieira said the two had discussed"
      " Ukraine.", "Vieira said", "Mauro Vieira"),
    S("Polish President Andrzej Duda visited the border on Tuesday.\n\nThe Polish leader said the fence would be"
      " extended.", "The Polish leader said", "Andrzej Duda"),
    S("Italian Prime Minister Giorgia Meloni flew to Tunis.\n\nThe Italian premier said Rome would fund the"
      " coast guard.", "The Italian premier said", "Giorgia Meloni"),
    S("Hassan Rouhani, the Iranian president, arrived in Baghdad. The Iranian leader said trade would double.",
      "The Iranian leader said", "Hassan Rouhani"),
    S("Karim Khan, the chief prosecutor of the court, visited the camp.\n\nThe prosecutor said the evidence was"
      " strong.", "The prosecutor said", "Karim Khan"),
    # A subject, an aside set off by commas, then the verb: the evidence runs from the subject.
    S("AFP, citing a security source, said the convoy had been hit by a roadside bomb.",
      "AFP, citing a security source, said", ANY, via="AFP"),
    S("Japan's coast guard, the first to respond, said the fishing boat had sunk.",
      "Japan's coast guard, the first to respond, said", "Japan"),
    S("Al Arabiya, quoting sources in Riyadh, said the talks would resume on Sunday.",
      "Al Arabiya, quoting sources in Riyadh, said", ANY),
    # "X said Y <speech verb> ...": Y's words are reported inside X's statement, whose evidence runs on.
    S("Peskov said Moscow rejected the accusation outright.", "Peskov said Moscow rejected", "Peskov"),
    S("The Chinese ambassador told reporters Beijing opposed any blockade.", "told reporters Beijing opposed", "China"),
    S("Sikorski said Warsaw welcomed the decision.", "Sikorski said Warsaw welcomed", "Sikorski"),
    # A judgment told with "called"/"termed" after a date phrase, or with an "on" phrase in its object.
    S("Turkey's foreign ministry on Monday called the resolution null and void.", "called the resolution",
      "Turkey"),
    S("Mexico's president on Wednesday termed the raid unacceptable.", "termed the raid unacceptable", "Mexico"),
    S("The Indian foreign ministry called the remarks on Kashmir unwarranted.", "called the remarks on Kashmir",
      "India"),
    S("Seoul called the launch of the satellite a grave provocation.", "Seoul called the launch", "South Korea"),
    # An inverted verb, then role words before a name.
    S("\"We will not be bullied,\" said Lithuania's foreign minister Gabrielius Landsbergis.",
      "said Lithuania's foreign minister", "Gabrielius Landsbergis"),
    S("Nothing has been agreed, insisted Israeli government spokesman David Mencer.",
      "insisted Israeli government spokesman", "David Mencer"),
    S("\"The door remains open,\" added Iranian foreign ministry spokesman Esmaeil Baghaei.",
      "added Iranian foreign ministry spokesman", "Esmaeil Baghaei"),
    # A plural name's own body or spokesman.
    S("The Philippines' foreign ministry said it had summoned the Chinese envoy.",
      "Philippines' foreign ministry said", "Philippines", role="Philippine foreign ministry"),
    S("The Netherlands' defence ministry said the frigate had been harassed by Chinese jets.",
      "defence ministry said the frigate", "Netherlands"),
    S("The United States' ambassador to the UN said the draft was unbalanced.", "ambassador to the UN said",
      "United States"),
    S("The Houthis' political bureau said the group would not stop.", "political bureau said", "Houthis"),
    # A state's government led by a group or person.
    S("The Hamas-led government in Gaza said 20 people had been killed.", "government in Gaza said", "Hamas"),
    S("The Houthi-led administration in Sanaa said the crew would be freed.", "administration in Sanaa said",
      "Houthis"),
    # One quoted, named by a modifier and "a spokesman for X".
    S("KCNA quoted a spokesman for the foreign ministry as saying the sanctions were a declaration of war.",
      "quoted a spokesman for the foreign ministry", ANY, via="KCNA"),
    S("Tass quoted a senior Russian diplomat as saying Moscow would respond.",
      "quoted a senior Russian diplomat", ANY, via="TASS"),
    # Unnamed sources with a demonym after "according to"; parties named as a group; forces named again.
    S("The prisoners will be freed on Sunday, according to Egyptian officials.",
      "according to Egyptian officials", ANY),
    S("The first aid trucks crossed at dawn, according to Jordanian sources.", "according to Jordanian sources",
      ANY),
    S("After three days of talks, the two countries said they had agreed to reopen their embassies.",
      "the two countries said", None),
    S("The two governments said in a joint statement that the border would be demarcated.",
      "two governments said", None),
    S("The Israeli air force said it had struck 40 targets. The air force added that all jets had returned.",
      "The air force added", "Israel"),
    S("The junta said the elections would be postponed.", "The junta said", None,
      xfail="'the junta' with no junta named before is no speaker ('The junta dismissed the army chief' stays an act)"),
    # New entities: UN bodies, blocs, agencies, armed groups and small states.
    S("The World Food Programme said it had suspended deliveries in the north.", "World Food Programme said",
      "World Food Programme"),
    S("OCHA said more than 200,000 people had been displaced.", "OCHA said", "OCHA"),
    S("UNIFIL said its positions had been hit twice.", "UNIFIL said", "UNIFIL"),
    S("The OPCW said its inspectors had found traces of chlorine.", "OPCW said",
      "Organisation for the Prohibition of Chemical Weapons"),
    S("The Pakistani Taliban claimed the attack in a statement.", "claimed the attack", "Tehrik-e-Taliban Pakistan"),
    S("The Baloch Liberation Army said its fighters had hijacked the train.", "Baloch Liberation Army said",
      "Baloch Liberation Army"),
    S("The Vatican said the pope was following events with concern.", "The Vatican said", "Holy See"),
    S("Hong Kong's leader said the law would be enforced.", "Hong Kong's leader said", "Hong Kong"),
    S("Somaliland said the port deal would bring recognition.", "Somaliland said", "Somaliland"),
    S("The Kurdistan Regional Government said the pipeline had been shut.", "Kurdistan Regional Government said",
      "Kurdistan Regional Government"),
    S("UKMTO said the vessel had been approached by small craft.", "UKMTO said", "United Kingdom"),
    S("The Popular Mobilisation Forces said a drone had struck their headquarters.", "Popular Mobilisation Forces said",
      "Popular Mobilisation Forces"),
    S("Interpol said it had issued a red notice.", "Interpol said", "Interpol"),
    S("The WTO said the tariffs breached global trade rules.", "WTO said", "World Trade Organization"),
    S("Timor-Leste's president said his country would join ASEAN.", "president said his country", "Timor-Leste"),
]

NEGATIVES = [
    "The statement was read out on state television on Sunday.",
    "The spokesman's car was hit by shrapnel.",
    "The treaty says little about submarines.",
    "A sign at the border says the crossing is closed.",
    "The report's authors are due to brief the committee next month.",
    "The ministers flew home after the summit.",
    "The agency's headquarters are in Vienna.",
    "Tass was founded in 1904.",
    "The interview lasted two hours.",
    "The communique was three pages long.",
    "The press conference was cancelled at short notice.",
    "The envoy arrived in Doha on Tuesday.",
    "The warship sailed through the strait on Monday.",
    "North Korea fired two ballistic missiles into the sea on Wednesday.",
    "The talks ended without a deal.",
    "The ambassador was summoned on Friday.",
    "The speech is expected to focus on the economy.",
    "The so-called peace plan has few supporters.",
    "Sanctions were imposed on three banks.",
    "The army responded with artillery fire.",
    "Troops answered the attack with a barrage of rockets.",
    "A spokesman was appointed last year.",
    "The president's statement is available on the ministry's website.",
    "The talks in Geneva are said to be the last chance.",
    "What the minister said next surprised the room.",
    "The warning came too late for the villagers.",
    "The claims could not be independently verified.",
    "His remarks have not been published.",
    "A new statute on national security took effect on Monday.",
    "Said Abdullah, a farmer, lost his home in the floods.",
    "The meeting room was said to be small.",
    "The spokesman's office was moved to the second floor.",
    "The letter was delivered by courier.",
    "The tweet was later deleted.",
    "The readout listed the officials who attended.",
    "The denial of visas hit students hardest.",
    "Claims for compensation rose sharply.",
    "The warnings of the 1990s went unheeded.",
    "The broadcast was interrupted by a power cut.",
    "An accusation of spying led to the expulsion.",
    "The US and Japan signed the pact in 1960.",
    "The ceasefire took effect at midnight.",
    "Officials met in Vienna on Thursday.",
    "The Chinese fleet left port on Tuesday.",
    "The frigate was damaged in the storm.",
    "Talks on the nuclear deal stalled in 2022.",
    "The spokesman for the family lives in London.",
    "The statement's wording was changed twice.",
    "The parliament building was evacuated.",
    "The editorial page was redesigned.",
    "Drones struck an oil depot near the border overnight.",
    "The protest drew thousands of people.",
    "The border crossing reopened on Saturday.",
    "Aid convoys reached the town on Monday.",
    "A second ship was seized in the Gulf.",
    "The memorandum expired last year.",
    "The sanctions list grew to 300 names.",
    "The quote on the monument is from Lincoln.",
    "Speech therapy is offered at the camp.",
    "The announcer's voice was heard across the square.",
    "The condemnation was unanimous.",
    "Russia's reply is expected next week.",
    "The report of gunfire sent people running.",
    "The interview room was bugged.",
    "The briefing room was packed.",
    "The Philippines' islands number more than 7,000.",
    "The two countries signed a defence pact in 1951.",
    "EU foreign policy chief Kaja Kallas arrived in Kyiv on Thursday.",
    "The United States' ambassador arrived in Kyiv.",
    "The navy responded with warning shots.",
    "Police answered the protest with tear gas and force.",
    "The Taliban-led administration took power in 2021.",
    "Japan's defence minister Gen Nakatani inspected the base.",
]


def _neg(text: str) -> object:
    return pytest.param(text, id=text[:40])


ROWS = (QUOTE_SPLITS + BRIEFINGS + AGENCIES + MEDIA + READOUTS + NESTED + HEDGED + STANCES + COREF + INVERTED
        + HISTORY + GROUPS + PARAGRAPHS + REGISTERS + FORMS + LONGER + OUTLETS + TAUGHT)


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published="2025-03-12"))


def test_the_table_is_large() -> None:
    """The session's brief: at least 350 positive rows and 60 negative ones."""
    assert len(ROWS) >= 350 and len(NEGATIVES) >= 60, (len(ROWS), len(NEGATIVES))


@pytest.mark.parametrize(("text", "anchor", "want"), ROWS)
def test_a_statement_is_read_with_its_speaker(text: str, anchor: str, want: dict) -> None:
    check_statement(_events(text), text, anchor, want)


@pytest.mark.parametrize("text", [_neg(t) for t in NEGATIVES])
def test_no_statement_is_read(text: str) -> None:
    events = _events(text)
    assert [e for e in events if e.kind.value == "statement"] == [], show(events)
