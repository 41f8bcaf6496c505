"""Statement frames: who says what in one sentence ("X said", "according to X", "..., said X") and via."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline import attributes as A
from timeline import lexicon as L
from timeline.sentindex import KeyIndex, gate, mask_of
from timeline.serieslist import declared_measure
from timeline.speakers import (
    ANON_HEAD_RE,
    APPOSED_ROLE,
    PLANNED_SPEECH_GATE_RE,
    PLANNED_SPEECH_RE,
    RELATIVE_ASIDE,
    SPEAKER_KINDS,
    Mention,
    Registry,
    resolve,
)
from timeline.speechdays import addressee_then_day, pronoun_told_day

# Session 23 (speak23): the document nouns each pattern below reads (speech.toml [documents]), one list per pattern.
_DOCUMENTS: dict[str, list[str]] = L._SPEECH["documents"]


def _doc_alt(name: str) -> str:
    """The regex alternation of one [documents] list (a space in a noun matches any run of white space)."""
    return L.spaced_alt(_DOCUMENTS[name])


# What may stand between a speaker and the verb: an appositive between commas or dashes,
# auxiliaries and adverbs, a short "on Wednesday" / "in Moscow" phrase.
# The speaker kinds a name or a body can be (no pronoun), and with no reference either: made once, not at each mention
# a search tries (session 18).
NAMED_SPEAKER_KINDS = SPEAKER_KINDS - {"pronoun"}
NAMED_SPEAKER_KINDS_NO_REFERENCE = SPEAKER_KINDS - {"pronoun", "reference"}
SPOKES_WORD_RE = re.compile(r"\b[Ss]pokes(?:man|woman|person)\b")  # a body's spokesman speaking (session 28)
GAP_RE = re.compile(
    r"(?:\s|,(?:[^,;\"“”]|(?<=\d),(?=\d{3}\b)){1,160},|,\s*(?:which|who)(?=\s)|[–—][^–—]{1,160}[–—]|\([A-Z][A-Za-z]{1,9}\)"
    r"|\b(?:also|then|later|earlier|previously|again|repeatedly|reportedly|has|have|had|is|was"
    r"|were|are|will|would|not|did|does|do|yet to|always|long|often|since|first|so far|still|already|(?:did|does|has|have|had|would|was)n[’']t|all|both|who|too|further|publicly|separately|recently|once|himself"
    # session 13: a concessive or time adverb ("officials last week nonetheless called for", "for his part, says")
    r"|nonetheless|nevertheless|however|meanwhile|instead|likewise|in turn|for (?:his|her|its|their) part|yesterday|today"
    # session 21 (speak21): a place or time adverb right after the speaker ("Officials here insist", "American officials now say")
    r"|here|now"
    # session 24 (speak24): "Officials there say privately that ...": the place named before, as "here"
    r"|there"
    # session 22 (speak22): a perfect progressive ("the Russians have been saying that", "Seoul has been warning"); a
    # passive after "been" is skipped before the speaker is looked for (PASSIVE_BEFORE_RE)
    r"|been"
    # session 23 (speak23): a phase verb before a verb of speech in -ing ("The delegation has begun asking for a session",
    # "Quito has started calling for talks"; PROGRESSIVE_BEFORE_RE makes the -ing word the verb, not a participle)
    r"|begun|began|started|begins|starts"
    r"|afterwards?"  # session 15: "Kerry, who afterwards announced that"
    # session 15: "Arias came out and told reporters", "the envoy emerged from the talks and said": a step to the press
    r"|(?:(?:came|went|stepped|walked)\s+(?:out|outside|forward)|emerged(?:\s+from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)\s+and"
    r"|(?:last|this) (?:week|month|year|night)"
    r"|herself|itself|\w+ly|and (?:\d+|[a-z]+) (?:other )?(?:allies|partners|countries|nations|states|others)|\([A-Z][A-Za-z]{1,9}\)|in a (?:joint )?(?:statement|communiqu[eé]|declaration|letter)|in an interview|on Twitter|(?:on|in|at|from) "
    r"(?:the )?[\w.’'-]+(?: [A-Z][\w.’'-]*)?)\b)*"
    r"(?:\s*[“\"](?:[a-z]+ly\s+)?)?"  # session 22 (speak22): a quoted predicate's opening mark ('X on Wednesday "demanded ...')
)
NEGATED_GAP_RE = re.compile(r"\b(?:not|yet to)\b|n[’']t\b")
# Verbs whose negation is still a statement (a refusal to speak): "has not said", "did not comment".
NEGATABLE_VERBS = L.CLAUSE_SPEECH_VERBS | L.REFUSAL_VERBS | {"comment", "commented", "commented on", "confirm", "confirmed",
                                                            "responded", "replied"}
NOUN_BEFORE_RE = re.compile(r"\b(?:his|her|its|their|the|a|an|these|those|our|my|your|whose|to)\s+$", re.I)
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being)\s+$")
RELATIVE_PASSIVE_RE = re.compile(r"\b(?:which|who|that)\s+(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?$")
# Passive verbs that report words even in a relative clause ("which was condemned by Jordan").
SPEECH_PASSIVES = frozenset({"condemned", "criticized", "criticised", "denied", "rejected", "dismissed", "welcomed",
                             "praised", "announced", "confirmed", "stated", "claimed", "said", "warned", "urged",
                             "told", "accused"})
# '"...," said the captain': an unnamed speaker's determiner between the verb and its head word.
INVERTED_DET_RE = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+")
INVERTED_BEFORE_RE = re.compile(r"(?:[”\"’'»],?|,[”\"’'»])\s*$")
TRAILING_FRAME_RE = re.compile(r"[,”\"]\s*(?:[”\"’'»]\s*)?(?:(?:the|a|an|The|A|An)\s+)?$")
MAX_GAP = 240  # longest stretch between a speaker and the verb (an appositive of 160 and some words)
COMMA_BEFORE_RE = re.compile(r",\s*$")
# "In a message on X, the EU's top diplomat said": the setting opens the sentence, it is no reported words.
SETTING_LEAD_RE = re.compile(r"\s*(?:In|At|During|Speaking\s+(?:in|at|to|on))\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,5}?"
                             r"(?:" + _doc_alt("settings") + r")\b[^,;:.]{0,60}")
# Session 15: "In his State of the Union address on 20 January, Bush presented Libya as proof that ...": after a speech
# setting leading the sentence, its speaker's own verb tells what was said (any past verb, not only one of speech).
SETTING_VERB_RE = re.compile(r",\s+(?P<who>[^,;:.“”\"]{1,60}?)\s+(?:(?:also|again|then|once more|\w+ly)\s+)?"
                             r"(?P<verb>(?!(?:was|were|had|has|did)\b)[a-z]{3,}ed|made|gave|set out|laid out|held up|drew|painted)\b")
# "Bush, who in his State of the Union address on 20 January presented Libya as proof that ...": the same in a who-clause.
WHO_SETTING_VERB_RE = re.compile(r",\s+who\s+(?:in|during)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,5}?(?:"
                                 + _doc_alt("who_settings") + r")\b"
                                 r"(?:(?!\b(?:was|were|is|are|been|being|had|has)\b)[^,;:.“”\"]){0,60}?\s+(?P<verb>(?!(?:was|were|had|has|did)\b)[a-z]{3,}ed|made|gave|set out|laid out"
                                 r"|held up|drew|painted)\b(?!\s+by\b)")
# "told Xi that", "assured his Japanese counterpart that": the one addressed, then the reported clause.
ADDRESSED_VERBS = frozenset({"told", "tells", "assured", "assures", "warned", "warns", "informed", "informs", "reminded",
                             "urged", "reassured"})
# Session 17: a named addressee after "the", with an apposition too ("told the Storting, Norway's parliament, that").
ADDRESSEE_THAT_RE = re.compile(r"\s*(?:(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts?(?:,?\s+[A-Z][\w.'’-]+){0,3},?"
                               r"|(?:the\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s+[^,;:.“”\"]{1,50},"
                               r"|(?:the\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}|him|her|them)\s+that\s*")
DOCUMENT_READ_AFTER_RE = re.compile(r"(?:\s+in\s+part)?\s*(?:[:,.;]|$)")
# Session 15: "X read a statement on state television saying Libya would ...": the reader speaks the document's words,
# told after it (never "read a statement on state television." alone, nor "read the bill a second time").
READ_DOCUMENT_RE = re.compile(r"(?:\s+out)?\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _doc_alt("read")
                              + r")\b[^,;:.“”\"]{0,60}?\s(?:saying|stating|announcing|declaring"
                              r"|in which|that)\b")
# Verbs whose reported clause may drop its "that": "Han said Beijing valued the ties" (Beijing's words are reported).
BARE_CLAUSE_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated",
                               "insisted", "insists", "warned", "warns"})
# After a bare comma only these verbs put their speaker after them (", said the ministry").
INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "stated", "wrote", "writes", "noted"})
COORDINATED_BEFORE_RE = re.compile(r"(?:,|\band|\bbut(?: also)?)\s+$")
BY_AFTER_RE = re.compile(r"\s+by\s+")
# "did not name the frigate after the admiral", "would not name him as its candidate": a name given, not one held back.
NAMED_FOR_RE = re.compile(r"(?:\s+[\w'’-]+){1,6}?\s+(?:after|for|as)\b")
# Session 24 (speak24): "endorsed" speaks for a government or a person, never for a body that votes (speech.toml [endorse]).
ENDORSE_VERBS = frozenset(L._SPEECH["endorse"]["verbs"])
ENDORSE_VOTERS_RE = re.compile(rf"(?<![\w-])(?i:{L.spaced_alt(L._SPEECH['endorse']['voters'])})(?![\w-])")
# Session 25 (speak25): a state's radio named by its capital or its name ("announced by Radio Mogadishu", "by Radio
# Peking"): the state speaks (its name the mention after "Radio").
BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?(?:Radio\s+(?=[A-Z]))?")
# The agent set off between dashes or commas: "is being warned again – this time by Russia – that".
BY_ASIDE_RE = re.compile(r"(?:\s+(?:again|once more|now|also|(?:on|last|this) [A-Z]?[a-z]+))?\s*[–—,]\s*(?:(?:this|that) time\s+|now\s+|again\s+)?by\s+"
                         r"(?:the\s+)?")
# A joint subject whose second part names no one we know: "X and the state media of Y have traded
# barbs". The plural auxiliary at the end is what shows the two are one subject.
JOINT_GAP_RE = re.compile(r"\s+and\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w.'’-]+\s+){1,10}?"
                          r"(?:have|had|were|are)\s+(?:(?:also|both|repeatedly|publicly|\w+ly)\s+)*")
# A clause boundary between a speech verb and a participle after its object: the participle is another's.
PARTICIPLE_GAP_STOP_RE = re.compile(r"[,;:.“”\"]|\b(?:and|but|while|who|which|that|whose|whom|as|after|before|when)\b")
# "they are saying": a verb of its own; so after a phase verb ("has begun asking for": session 23, speak23)
PROGRESSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|am|being|begun|began|started|starts|begins)\s+(?:\w+ly\s+)?$")
FINITE_AUX_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b")
# "The coast guard reported the trawler had rammed two cutters": a clause with no "that" (a subject and its auxiliary).
REPORTED_CLAUSE_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|[A-Z][\w.'’-]*)(?:\s+[\w.'’-]+){0,5}?"
                                r"\s+(?:had|has|have|was|were|is|are|would|will|could)\s")
LEAD_WORD_RE = re.compile(r"\s*([A-Za-z][\w'’-]*)")  # a sentence's first word
JOINT_LEAD_RE = re.compile(r"\s*(?:(?:Both|Both the|The)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}")
# After the verb: "told reporters in Minsk", then "that" — the frame, not the words reported.
THAT_RE = re.compile(
    r"\s*(?:(?:reporters|journalists|newshounds|the press|a news conference|a press conference|lawmakers|parliament"
    r"|(?:[A-Z][\w-]+\s+)?(?:state(?:-run)?\s+)?(?:television|TV|radio)"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|briefing|conference|gathering|rally|summit|forum|audience"
    r"|committee|commission|panel|hearing|inquiry))"
    r"(?:\s+(?:in|at|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?"
    # The setting: "at a press briefing", "in a phone call with X", "during an interview".
    r"(?:\s*,?\s*(?:at|in|during|on|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|conference|interview|call|meeting|session|event|visit|summit|statement|readout|release"
    r"|post|speech|address|letter|tweet|communique|communiqué|broadcast|report|transcript)"
    r"(?:\s+(?:with|in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)?"
    r"\s*(?:,\s*)?(?:that\b)?\s*")
# A verb's object, then its setting or date, then "that": "warned his counterpart in a call last week that".
OBJECT_THAT_RE = re.compile(r"(?:his|her|their|its|the|[A-Z][\w.'’-]*)[^,;:“”\"\n]{0,90}?(\bthat\b)\s*")
TOLD_HOW_RE = re.compile(r"(?:\s+(?:by (?:tele)?phone|in an interview|on condition of anonymity))*")
THAT_AFTER_DATE_RE = re.compile(r"\s*(?:,\s*)?that\b\s*")
CONTENT_END_RE = re.compile(r";|,\s+(?:and|but)\s+(?!that\b)")
# Spun: "in step with". The leading boundary is checked after the first letter ("(?<!\w.)"), so the engine
# skips to those letters in C instead of trying every position ("\b(?:[Aa]ccording to|...)": the same matches).
# "In step with", "Based on" (a clause's opening only) and "As per": a spinner's "according to".
ACCORDING_RE = re.compile(r"(?P<lead>A(?<!\w.)ccording to|a(?<!\w.)ccording to|I(?<!\w.)n step with|i(?<!\w.)n step with"
                          r"|(?:^|(?<=[.;:]\s)|(?<=\n))Based on|A(?<!\w.)s per|(?<=, )as per"
                          # session 26 (speak26): a figure's source by its count ("By the count of Western diplomats,
                          # some 2,000 troops ...", "by the reckoning of Western diplomats"), as "according to"
                          r"|B(?<!\w.)y the (?:count|reckoning|tally) of|b(?<!\w.)y the (?:count|reckoning|tally) of)"
                          r"\s+(?:the\s+|a\s+|an\s+)?")
# Session 26 (speak26): the same with the source as an owner ("Libya, by Chad's count, lost 650 men", "by the ministry's
# own reckoning"): the owner speaks, as after "according to".
OWNED_COUNT_RE = re.compile(r"(?<![\w-])[Bb]y\s+(?:the\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[a-z]+)['’]s\s+"
                            r"(?:own\s+)?(?:count|reckoning|tally)\b")
QUOTED_BY_RE = re.compile(r"\b(?:quoted by|cited by|told|citing)\s+(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+)?")
# "the Saudi-led coalition said": the state that leads it speaks.
LED_HEAD_RE = re.compile(r"-led\s+(?:(?:interim|caretaker|transitional)\s+)?(?:coalition|alliance|forces|force|mission|bloc"
                         r"|administration|government|authorities|council)\b")
# "Armenia recalled its envoy, according to a foreign ministry statement": its own office's; "a Navy statement" too.
OFFICE_STATEMENT = (r"(?:(?:a|an)\s+)?(?:(?i:foreign|defen[cs]e|interior|presidential|government|military|army|navy"
                    r"|ministry|cabinet|official|joint)\s+){1,2}(?:statement|communiqu[eé]|readout)\b(?!\s+(?:by|from|of)\b)")
# With no subject to speak ("Troops withdrew on Monday, according to a defence ministry statement"), the office
# speaks unnamed; so does a statement read or issued (session 12: the sentence had kept no statement at all).
OFFICE_STATEMENT_RE = re.compile(OFFICE_STATEMENT + r"|(?:(?:a|an|the)\s+)?(?:joint\s+|brief\s+|written\s+|official\s+)?"
                                 r"(?:statement|communiqu[eé])\s+(?:read|issued|published|broadcast|posted|released|aired)\b")
# "according to a statement read on state television": no one named, so the sentence's subject speaks.
OWN_STATEMENT_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:joint\s+|brief\s+|written\s+|official\s+)?(?:statement|communiqu[eé]|declaration|decree)"
                              r"\s+(?:read|issued|published|broadcast|posted|released|aired)\b"
                              # "held a referendum in which, according to official results, ...": its own count
                              r"|(?:official|preliminary|final|provisional|reliable)\s+(?:results|figures|data|count|tally|effects)\b"
                              # "The EU will impose tariffs, according to a draft seen by Reuters": the subject's own paper
                              r"|(?:(?:a|an|the)\s+)?(?:draft|document|documents|letter|memo|copy|text|proposal)\s+(?:[\w-]+\s+)?seen\s+by\b"
                              # "Armenia recalled its envoy, according to a foreign ministry statement": its own office's
                              r"|" + OFFICE_STATEMENT)
OWN_STATEMENT = "according to a statement"
# "introduced on Tuesday that", "introduced in a speech that": a short phrase, then "that".
# How a document named in the verb came out, where and when: the frame's setting, never its reported words ("said in a
# statement published on the Kremlin website on Friday", "... posted online late Monday that").
PUBLISHED_SETTING_RE = re.compile(r"(?:posted|published|issued|released|carried|broadcast|aired|televised)\s+"
                                  r"(?:on|in|by|at|via|through|over|online|late|early)\b[^,;:.“”\"]{0,80}?"
                                  r"(?:\s*,?\s*that\b\s*|(?=[\s.]*$))")
# An adverb of time between a verb of speech and its date phrase ("said earlier on Thursday that", "said again Friday").
TIME_ADVERB_RE = re.compile(r"(?:earlier|later|again|also|previously|separately)\s+")
CLAUSE_THAT_RE = re.compile(r"(?:\s+(?:on|last|this|in|at|during|earlier|late|early|with)\b[^,;:.]{0,30}?"
                            r"|\s+(?:yesterday|today|tonight))?\s*,?\s+that\b")  # session 26: "repeated yesterday that"
# '"...," the diplomat posted on X': a post on a platform is words on record, "that" or not.
POSTED_ON_RE = re.compile(r"\s+on\s+(?:X|Twitter|Telegram|Facebook|Instagram|Weibo|WeChat|Truth Social|social media"
                          r"|(?:his|her|its|their)\s+(?:official\s+)?(?:[A-Z][\w-]*\s+)?(?:account|channel|page|website|feed))\b")
# "which X called", "in what X called", "a move X described as": X's view of what the sentence reports.
CHARACTERISE_BEFORE_RE = re.compile(r"\b(?:which|what|a\s+(?:move|step|decision|measure|development|deployment|act|decree)"
                                    r"|an\s+(?:act|action|attack|escalation|incident))\s+(?:the\s+)?$")
APPOSITION_TO_VERB_RE = re.compile(r",\s+(?:the|a|an|[A-Z][\w.’'-]*|[a-z]{3,}ing|[a-z-]{3,}ed|" + APPOSED_ROLE + r")\b[^,;:“”\"]{1,120},\s*"
                                   # "X, the commander of Y, who spoke at a ceremony, said": a relative clause after the role
                                   r"(?:" + RELATIVE_ASIDE + r"\s*)?"
                                   r"(?:(?:also|later|then|again|separately|has|have|had|was|is)\s+)*")
# "has called the closure an act of hostility", "called the strikes “a violation”": the thing, then the view.
# Session 22 (speak22): "has called any sanctions 'a declaration of war'": "any", "all", "such" open the thing too.
COMPLEMENT_AFTER_RE = re.compile(r"\s+(?:the|its|his|her|their|this|that|these|those|it|them|any|all|such|[A-Z][\w’'-]*)\b(?:[^,;:.“”\"]|(?<=[A-Z])\.){0,90}?"
                                 r"\s+(?:an?\s+(?!(?:day|week|month|year|few|number|total|series|couple)\b)[a-z]|[“\"‘'])"
                                 # "called the Western reaction hypocritical.": a short object, then an adjective ends the clause
                                 r"|\s+(?:the|its|his|her|their|this|that|these|those|it|them|[A-Z][\w’'-]*)"
                                 # "called the attack on the peacekeepers unacceptable": one "on"/"of"/"against" phrase inside
                                 r"(?:\s+(?!(?:to|in|on|at|for|from|with|into|of|by|and)\b)[\w’'-]+){0,3}?"
                                 r"(?:\s+(?:on|of|against|by)(?:\s+(?!(?:to|in|on|at|for|from|with|into|of|by|and)\b)[\w’'-]+){1,3}?)?"
                                 # "called the claims fabricated.": a participle as the judgment, the clause ending there
                                 r"\s+(?:[a-z]+(?:al|ous|ive|ic|ible|able|ful|less|ent|ant|ate|ish)|(?:arbitr|(?:un)?necess|extraordin|reaction)ary|[a-z]+ated|biased|rigged|flawed|misguided|unfounded|unwarranted|unjustified|ill-advised|politici[sz]ed|"
                                 + L._alternation(L._SPEECH.get("judgments", [])) + r")\s*(?:[.;]|,\s+(?:and|but|saying)\b|$"
                                 # session 15: "X, who called the plan unworkable, has not ...": a who-clause closes
                                 r"|,\s+(?:(?:also|later|then|\w+ly)\s+)*(?:has|have|had|was|is|will|would|did)\b)")
# Session 14: "called it disappointing the next day.": a pronoun's verdict may be followed by the view's own time.
PRONOUN_VIEW_RE = re.compile(r"\s+(?:it|them)\s+(?:deeply\s+|very\s+|highly\s+|utterly\s+)?(?:"
                             + L._alternation(L._SPEECH.get("judgments", [])) + r")"
                             r"\s+(?:the\s+(?:next|following|same)\s+day|yesterday|today|later)\s*(?:[.;]|,\s+(?:and|but)\b|$)")
# "held Baku responsible for the shelling": blame with the one blamed inside the verb.
HELD_RESPONSIBLE_RE = re.compile(r"\b(?:held|holds|holding)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|the\s+[\w-]+(?:\s+[\w-]+)?"
                                 r"|it|them|him|her)\s+(?:directly\s+|fully\s+|solely\s+)?responsible\b")
AUX_GAP_RE = re.compile(r"\s+(?:(?:has|have|had|also|since|already|repeatedly|publicly|\w+ly)\s+)+")
NAMING_AFTER_RE = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*(?:[,;)]|\.(?!\w)|$)")
AS_AFTER_RE = re.compile(r"[^.;:]{1,80}?\bas\b")
# "added 12 firms to its list", "adding to tensions": "add" with an object, not speech (session 15: "added seven
# jets to NATO's air policing mission", a possessive name after "to").
ADD_VERBS = frozenset({"added", "adds", "adding"})
ADD_TO_RE = re.compile(r"\s+(?:to\b(?!\s+(?:reporters|journalists|the press|newshounds|lawmakers|parliament)\b)|(?!that\b)[^,;:.“”\"]{1,60}?\bto\s+(?:(?:its|the|their|a|an|his|her)\b|[A-Z][\w.-]*['’]s\s))")
# A participle right after a noun or its comma ("the drills, announced by X,", "sanctions announced by X")
# names which thing is meant; it is no statement of its own.
# A document's participle right after it names how it came out (session 12: "a statement posted on its website" had
# made a second statement of the words "posted on its website").
DOCUMENT_PARTICIPLES = frozenset({"posted", "published", "issued", "released", "carried", "broadcast", "aired"})
DOCUMENT_BEFORE_RE = re.compile(r"\b(?:" + _doc_alt("before") + r")\s+$")
REDUCED_RELATIVE_VERBS = frozenset({"announced", "unveiled", "proposed", "ordered"})
# "waters claimed by Indonesia": a claim to territory, not words said (an attack "claimed by" a group is).
TERRITORY_CLAIMED_RE = re.compile(r"\b(?:waters|sea|seas|land|lands|islands?|islets?|territory|territories|area|areas|region"
                                  r"|reefs?|shoals?|atolls?|zone|zones|border|frontier|enclave|province|district)\b")
# "according to the statement": the document named before speaks for whoever issued it.
DOCUMENT_HEADS = frozenset(_DOCUMENTS["heads"])  # session 22 (speak22): "According to the note, ..." as "the statement"
# What may follow a verb of speech and be no reported words: an outlet or platform by name ("told APS",
# "wrote on Twitter", "said in Geneva"), its date phrases blanked.
BARE_OBJECT_RE = re.compile(r"(?:(?:on|via|in|to|at)\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s*,)?")
# Verbs that are also plural nouns: after "the <demonym>" they are the thing, not the act of speaking.
NOUN_LIKE_VERBS = frozenset({"claims", "demands", "protests", "appeals", "promises", "pledges", "vows", "calls",
                             "calls for", "calls on", "states", "warns", "threatens", "proposals", "concerns"})
# "The Baltic states disconnected", "EU member states agreed": "states" after a group word is the plural noun.
STATES_NOUN_BEFORE_RE = re.compile(r"\b(?:member|Baltic|Gulf|Arab|Nordic|Balkan|Western|African|Pacific|island|neighbouring"
                                   r"|coastal|nuclear|frontline|front-line|EU|NATO|ASEAN|Sahel|Caspian|littoral|Central Asian"
                                   r"|the two|other|several|many|some|all|both)\s+$")
THAN_BEFORE_RE = re.compile(r"\bthan\s+$")
COMMA_BEFORE_RE = re.compile(r",\s+$")
# "according to Yemen's Saba news agency", "according to Iran's official IRNA": the state owning the agency.
OWNER_BEFORE_AGENCY_RE = re.compile(r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?['’]s\s+(?:(?:state|official|state-run)\s+)?")
# "The KCNA statement said", "a Xinhua commentary said": the outlet's own piece.
AGENCY_DOCUMENT_RE = re.compile(r"\s+(?:statement|report|commentary|dispatch|editorial|(?:television\s+)?channel|television|TV"
                                r"|newspaper|daily|website|news\s+agency)\s+")
MEDIA_KIND_RE = re.compile(r"(?:[A-Z][\w-]+\s+)?(?:(?:state|state-run|state-owned|state-affiliated|official|semi-official"
                           r"|pro-government|independent|private)\s+){1,2}(?:(?:news\s+agency|broadcaster|television|TV|channel"
                           r"|newspaper|daily)\s+)?")
POSSESSOR_LEAD_RE = re.compile(r"(?:its|their|his|her)\s+(?:[A-Z][\w-]+\s+)?")
# ", as did the United Nations", ", as have Britain and France": another speaker of the words just reported.
AS_DID_RE = re.compile(r",\s+(?P<verb>as\s+(?:did|have|has|had|does|do))\s+")
# Lowercase role words or a title's abbreviation between "according to" and a titled person's mention (session 12).
TITLE_GAP_RE = re.compile(r"(?:[a-z][\w-]*\s+|[A-Z][a-z]{0,3}\.\s+){1,3}")
ACCORDING_MOD_RE = re.compile(r"(?:(?:senior|top|unnamed|western|Western|other|two|three|several|high-ranking|a)\s+){1,2}")
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")
DISMISSED_GAP_RE = re.compile(r"\s+(?:(?:the|his|her|its|their)\s+)?")
DISMISSED_OFFICE_RE = re.compile(r"\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:chief|minister|commander|head"
                                 r"|general|director|governor|ambassador|envoy|secretary|judge|prosecutor|mayor"
                                 r"|premier|cabinet|government)s?\b(?!['’-])(?!\s+(?:claims?|remarks?|comments?|concerns?"
                                 r"|allegations?|accusations?|charges?|warnings?|criticism|statements?|reports?)\b)")
CHARGED_WITH_RE = re.compile(r"\s+(?!that\b)[^,;:.“”\"]{1,80}?\bwith\b")
INVERTED_DOC_RE = re.compile(r"\s+(?:a|an|the)\s+(?:(?:joint|written|brief|separate|short)\s+)?(?:" + _doc_alt("inverted")
                             + r"|spokes(?:man|woman|person))\s+(?:from|for|of|by|issued by)\s+(?:the\s+)?")
# After an inverted verb, the role words before a person's name: "Oman's foreign minister ", "Malian junta spokesman ".
# Session 14: never a pronoun or an auxiliary among the role words ("Name, whose district ..., said she had raised X's case").
INVERTED_ROLE_LEAD_RE = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.-]+(?:['’]s)?\s+){0,2}"
                                   r"(?:(?!(?:he|she|it|they|we|had|has|have|was|were|is|are|would|will)\s)[a-z][\w-]*\s+){0,3}")
QUOTED_LEAD_RE = re.compile(r"(?:(?:a|an|the|two|three|several|senior|top|unnamed|high-ranking|local|military|government"
                            r"|security|diplomatic|Western|western)\s+){0,3}")
SPOKES_OF_RE = re.compile(r"\s+(?:for|of|at|from)\s+(?:the\s+)?")
# A sentence's subject, then an aside set off by commas, then its verb: "Xinhua, citing the coast guard, said".
LEAD_ASIDE_RE = re.compile(r"\s*(?P<lead>(?:[\w.’'-]+\s+){0,5}[\w.’'-]+),\s+[^,;:“”\"]{1,120},\s*")
# Session 25 (speak25): a time clause's gerund of speech ("..., hours after announcing that", "before declaring"), and
# what ends the main clause before it (another clause, reported words).
AFTER_GERUND_RE = re.compile(r"\b(?:after|before|following|upon)\s+$")
GERUND_CLAUSE_STOP_RE = re.compile(r"[;:“”\"]|\b(?:and|but|while|who|which|whose|whom|when|that|because|although|though)\b")
# ... and the time clause such a gerund opens, its evidence's start ("hours after announcing that": session 25).
TIME_GERUND_LEAD_RE = re.compile(r"(?:(?:(?:\w+|a\s+few)\s+)?(?:minutes?|hours?|days?|weeks?)\s+)?(?:after|before|following|upon)\s+$")
BY_BEFORE_RE = re.compile(r"\bby\s+$")  # "responded by announcing": the means of the subject's act
DONE_VERB_RE = re.compile(r"\b(?:[a-z]{2,}ed|met|flew|sent|fired|struck|held|took|made|said|told)\b")
REACTION_FROM = "reaction from"
# Session 23 (speak23): a speech told by its noun, its speaker after a participle and "by" ("Details given by the Pentagon
# today differ ...", "The Salvadoran fear, voiced by Foreign Minister X on Thursday, is that ..."): the one after "by"
# speaks, the statement opening at the noun. Words in speech.toml [given_by]; never a thing given ("aid given by the
# United States") nor an act named ("the drills, announced by Beijing,").
GIVEN_BY = "given by"
GIVEN_BY_RE = re.compile(r"(?P<np>(?:(?i:the|a|an|its|their|his|her|these|those)\s+|(?<![\w'’-])[A-Z][\w'’.-]*\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+)?(?i:" + L.spaced_alt(L._SPEECH["given_by"]["nouns"]) + r"))\b,?\s+(?:"
                         + L.spaced_alt(L._SPEECH["given_by"]["verbs"]) + r")\s+by\s+")
GIVEN_BY_GATE_RE = re.compile(r"\sby\s")
GIVEN_AGENT_GAP_RE = re.compile(r"(?:(?:the|The)\s+)?(?:[A-Z][\w.-]*\s+){0,2}")  # "the ", "Foreign Minister "
REACTION_FROM_RE = re.compile(r"\b(?:drew|draws|drawn|prompted|prompts|sparked|sparks|triggered|provoked|earned)\s+"
                              r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:rebukes?|condemnation|protests?|criticism|reaction"
                              r"|response|denunciation|warnings?|complaints?|objections?)(?=\s+from\s)")
# Offices that sit abroad: "the embassy in Tokyo" is not Japan's.
ABROAD_BODY_RE = re.compile(r"(?i)\b(?:embassy|consulate|mission|delegation|office of the|representation|bureau|correspondent)\b")
PRONOUN_ADVERB_RE = re.compile(r"\s+(?:also|further|later|then|again|too|separately|subsequently)\s+")
SAID_TO_AFTER_RE = re.compile(r"\s+to\s+(?!(?:reporters|journalists|the press|parliament|lawmakers)\b)")
SAID_TO_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|widely|also)\s+$")
SPOKES_FOR_HEADS = ("spokes", "official", "representative")  # one of which every SPOKES_FOR_RE match holds
WHAT_SUBJECT_RE = re.compile(r"(?:^|[.;:]\s+|[“\"]\s*)What\s+$")
SPOKES_FOR_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative|official)\s+"
                           r"(?:for|of|at|from)\s+(?:the\s+)?$")
TAIL_TO_VERB_RE = re.compile(r"(?:['’]s)?(?:\s+(?:[a-z][\w-]*|\d+(?:st|nd|rd|th)\s+[A-Z][\w-]*)){0,3}\s+(?:(?:also|has|have|had|later)\s+)*")
QUOTED_AS_RE = re.compile(r"\b(?:(?P<passive>(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(?:quoted|cited))"
                          r"(?:\s+by\s+[^,;:.“”\"]{1,60}?)?|(?:quoted|cited)\s+(?P<who>[^,;:.“”\"]{1,60}?(?:,[^,;:.“”\"]{1,60},)?))\s+as\s+saying\b")
QUOTED_AS, QUOTED_X_AS = "quoted as saying", "quoted X as saying"
# Never words after "that" ("declared that the mourning period was over": a statement; session 16).
DECLARED_ACT_RE = re.compile(r"(?:(?!\bthat\b)[^.;:,]){0,60}?\b(?:persona non grata|(?:a\s+)?state of (?:emergency|war|siege)|martial law|war on"
                             r"|independence|(?:a\s+)?no-fly zone|(?:a\s+)?curfew|(?:a\s+)?cease-?fire|(?:a\s+)?truce"
                             # session 16: "declared three days of national mourning" is an act (triggers.toml [[rare]])
                             r"|mourning)\b")
PLANNED_SPEECH = "planned speech"
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:the\s+)?$")
# Views told as a noun: "In Beijing's telling, ...", "in Moscow's view,", "The Kremlin's line is that ...".
VIEW_OF = "view of"
VIEW_OF_RE = re.compile(r"(?:\b[Ii]n\s+(?:the\s+)?[^\s,;:.]+(?:\s+[^\s,;:.]+){0,3}['’]s\s+(?P<noun>view|telling|account|version|words"
                        r"|reading|assessment|estimation)\s*,"
                        r"|[’']s\s+(?P<noun2>position|line|view|argument|stance|assessment|contention|official position)"
                        r"\s+(?:is|was|has been|remains)\s+that\b"
                        # session 15: "Erdogan's warning that Turkey could ...": a speech told as its noun, the clause after it
                        r"|[’']s\s+(?P<noun3>(?:(?:latest|earlier|stark|repeated|public|renewed|blunt|veiled|new)\s+)?"
                        r"(?:warning|claim|assertion|insistence|pledge|promise|threat|accusation|charge|denial|admission"
                        r"|announcement|suggestion|argument|complaint|vow|remarks?|comments?|statement|declaration))"
                        r"\s+that\b(?!\s+(?:was|is|were|are|has|had|have|will)\b))")
POSSESSIVE_GAP_RE = re.compile(r"['’]s\s+")
CITING_RE = re.compile(r"citing\s[^,;:“”\"]{1,100}?(?:,\s*(?:that\b\s*)?|[.]?\s*$)")
OUTLET_VERBS = tuple(L._SPEECH["outlet_verbs"])  # session 14: an outlet's own words by other verbs (speech.toml)
MEDIA_REPORTED_RE = re.compile(r"\b(?:reported|reports|said|says|announced|announces|" + L._alternation(list(OUTLET_VERBS)) + r")\b(?!\s+(?:that\s+)?(?:a|an|the|its|his|her|their)?\s*(?:seeing|hearing))")
MEDIA_ROLE_RE = re.compile(r"\b(?:media|television|TV|news agency|broadcaster|newspaper|radio|press service|press office)\b", re.I)
# An impersonal passive of speech: "It was announced on Monday that", "it has been stressed that".
# A paragraph's opening too ("\n\nIt was announced on Saturday that"): "^" alone holds only at the text's start.
IMPERSONAL_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.;:,]\s)|(?<=\band\s)|(?<=\bbut\s))[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?"
                           r"(?P<verb>announced|noted|stated|stressed|emphasi[sz]ed|underlined|pointed out|confirmed|reported"
                           r"|declared|agreed)(?=\s+(?:(?:on|last|this|late|early|earlier)\s+[\w-]+\s+)?(?:,\s*)?that\b)")
# (a sentence's start inside the body too, not only the body's first: session 15)
MEDIA_BEFORE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’']\s)|(?<=\n)|[,;]\s+"
                             # session 21 (speak21): a clause of its own after a conjunction (", but Argentine newspapers
                             # reported that", ", when state television said")
                             r"(?:(?:but|and|while|whereas|when|as|though|although)\s+)?|\b[Tt]he\s+)"
                             # session 17: an owner's hyphened word first ("Army-owned Myawaddy TV", "Hamas-run Al-Aqsa TV")
                             r"(?:[A-Za-z][\w'’]*-(?:run|owned|backed|controlled|funded|affiliated|aligned|linked|sponsored)\s+)?(?P<who>(?:[Ss]tate|[Ll]ocal|[Oo]fficial|[Ss]tate-run|[Ss]tate-owned)\s+"
                             r"(?:media|television|TV|news agency|radio|broadcaster)|[Mm]edia"
                             # "Israeli media reported", "the Kuwaiti daily Al-Qabas reported": a country's press, unnamed
                             r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:state\s+)?(?:media|press|daily|newspaper|broadcaster|television|TV|radio"
                             # session 15: "Moroccan newspapers yesterday accused Spain of ...": the papers, their day
                             r"|newspapers|papers|dailies"
                             r"|news\s+website|news\s+agency|news\s+agencies)|news\s+agencies)"
                             r"(?:\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)\s+(?:(?:yesterday|today|on\s+[A-Z][a-z]+day|(?:last|this)\s+"
                             r"(?:week|month|weekend))\s+)?$")
# "According to Turkish media, ...": the same press after "according to".
MEDIA_AFTER_RE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:state\s+|local\s+|official\s+)?(?:media|press)\b(?!\s+(?:office|service|secretary|conference|release|briefing))(?:\s+reports?\b)?")
# "Al-Arabiya television, citing sources, said": the outlet's own source set off before its verb.
# An outlet's own piece between it and its verb: "Rodong Sinmun, in a commentary, described ...", "The Global Times, in an
# editorial on Monday, said": the outlet speaks for itself there, also with a verb of judgement.
OUTLET_PIECE_GAP_RE = re.compile(r",\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:commentary|editorial|op-ed|opinion\s+piece"
                                 r"|column|article)\b[^,;:“”\"]{0,60},\s*")
LEAD_PIECE_RE = re.compile(r"\s*In\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:commentary|editorial|op-ed|opinion\s+piece|column"
                           r"|article)\b[^,;:“”\"]{0,60},\s*(?:the\s+)?")
OUTLET_PIECE_VERB_RE = re.compile(r"\b(?:described|describes|called|calls|wrote|writes|warned|warns|accused|accuses|urged"
                                  r"|urges|argued|argues|said|says|slammed|slams|criticised|criticized|denounced)\b")
CITING_GAP_RE = re.compile(r"(?:\s+(?:television|TV|channel|newspaper|daily))?,\s+citing\s[^,;:“”\"]{1,80},\s*")
# A trailing frame's speaker phrase before its name: "its Danish owner", "the Kerch seaport's".
SPEAKER_PHRASE_RE = re.compile(r"[,”\"]\s*(?:[”\"]\s*)?(?P<words>(?:[\w.’'-]+\s+){1,5})$")
NOT_IN_SPEAKER_PHRASE = frozenset({"and", "but", "or", "nor", "while", "which", "who", "whom", "that", "when", "as",
                                   "after", "before", "because", "if", "where", "since", "until", "although",
                                   "though", "then", "to", "of", "in", "on", "at", "for", "with", "by", "from",
                                   "is", "are", "was", "were", "has", "have", "had", "will", "would", "not"})
# "the IRGC public relations office said": a named body's office speaks for it.
OFFICE_HEAD_RE = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:office|service|wing|department|directorate|bureau)\b")
# ", a claim X dismissed", ", an accusation X denied": the appended noun is what the speaker answers.
CLAIM_NOUN_BEFORE_RE = re.compile(r",\s+(?P<np>(?:a|an|the)\s+(?:claim|claims|charge|charges|accusation|accusations|allegation"
                                  r"|allegations|assertion|account|version|figure|report|description|characterisation"
                                  r"|characterization|incident|attack|move|step|decision|measure|act|action|escalation"
                                  r"|confrontation|clash|incursion|violation|provocation|seizure|deployment|development)"
                                  r"(?:\s+(?:that|which))?)\s+$")
# Session 15: "..., an offer rejected by Ankara on Friday as 'a waste of time'": the thing answered opens the agent's words.
ANSWERED_NOUN_BEFORE_RE = re.compile(r",\s+(?P<np>(?:a|an|the)\s+(?:offer|proposal|plan|idea|request|demand|call|appeal|claim"
                                     r"|charge|accusation|suggestion|invitation|initiative|overture|bid|ultimatum)"
                                     r"(?:\s+(?:that\s+was|which\s+was|quickly|swiftly|promptly|flatly|firmly))?)\s+$")
# "Gustavo Petro, re-elected president in May, has called": an apposition between speaker and verb.
APPOSED_GAP_RE = re.compile(r",\s[^,;:“”\"]{1,120},\s*(?:(?:has|have|had|also|since|already|repeatedly|publicly|\w+ly)\s+)*")
# "Israel's envoy to the UN, Gilad Erdan, called the vote a disgrace": the apposed name's closing comma.
CLOSING_COMMA_RE = re.compile(r",\s*")
# ", in a statement carried by ...,", ", in a post on X,", ", speaking on state television,": a setting set off by commas.
SETTING_ASIDE_RE = re.compile(r",\s+(?:in|on|at|via|through|during|speaking|writing|addressing)\s")
RELATIVE_TO_VERB_RE = re.compile(r",\s+" + RELATIVE_ASIDE + r"\s*(?:(?:also|later|then|again|has|have|had|[a-z]+ly)\s+)*")
FROM_AFTER_RE = re.compile(r"\s+from\s+(?:the\s+)?")
ENVOY_TO_RE = re.compile(r"\s+to\s+(?:the\s+)?")
ENVOY_ROLE_RE = re.compile(r"(?:ambassador|envoy|representative|delegation|delegate|mission)$", re.I)
PLACE_OF_RE = re.compile(r"\s+in\s+(?:the\s+)?")
# "a State Department readout", "a Kremlin statement": the body's own document.
BODY_DOCUMENT_RE = re.compile(r"\s+(?:" + _doc_alt("body") + r")\b")  # a transcript only relays
# "a readout released by X", "a statement issued by X": the document's issuer follows "by".
ISSUED_BY_RE = re.compile(r"(?:(?:joint|brief|written|official)\s+)?(?:" + _doc_alt("issued")
                          + r")\s+(?:released|issued|published|posted|put out|sent out)\s+(?:on\s+\w+\s+)?by\s+"
                          # "according to a statement from the Indian army", "a report by the New York Times": the same.
                          r"|(?:(?:joint|brief|written|official|new|latest|separate)\s+)?(?:" + _doc_alt("issued_by")
                          + r")\s+(?:from|by|of)\s+"  # session 13: "a report of the General Staff"
                          # session 21 (speak21): a count a body keeps speaks for it ("according to a tally kept by the
                          # Icelandic coastguard", "according to figures compiled by the UN")
                          r"|(?:(?:running|official|separate)\s+)?(?:tally|count|figures|records|database|list|estimates?)\s+"
                          r"(?:kept|compiled|maintained|collected|gathered)\s+by\s+")
# Between two frames of one speaker: a clause break ("..., the ministry said", "..., though Iran always said").
# Session 21 (speak21): '"...," it stressed': a quote closed right before the pronoun makes any verb of speech its
# speaker's, as "said" is with no quote.
QUOTE_CLOSED_BEFORE_RE = re.compile(r"[,!?]?[”\"’»]\s+$")
PRONOUN_RESTATED_RE = re.compile(r"(?:[,;]\s+(?P<conj>but|however)|;)\s*$")
RESTATED_GAP_RE = re.compile(r"[,;]\s+(?:(?:though|although|but|while|whereas|yet|and)\s+)?(?:\S+\s+){0,6}$")
# Session 14: "..., and on Thursday it told Tokyo ...": the pronoun's clause after "and" has a date of its own (blanked).
DATED_AND_RE = re.compile(r",\s+(?P<conj>and)\s+$")
PRONOUN_FORMS = frozenset({"he", "she", "it", "they", "we", "i"})
TIME_CLAUSE_AFTER_RE = re.compile(r",\s+(?:after|before|as|when|while|following|amid|despite|days|hours|weeks)\b")
COLON_QUOTE_RE = re.compile(r":\s*[“\"]")
ACCORDING_REACH = 100  # "According to <source and its qualifiers>, <what it reports>": the comma within reach
# A request told in a relative clause is background, no statement of its own.
# "X, asked about the deal, said ...", "X, when asked whether ..., said": the participle of a question put to the speaker.
POSSESSOR_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
# "..., a senior Japanese diplomat said", "..., two Western officials told": an article or number and a few modifiers
# after the comma open the trailing speaker's frame (else the words before end in ", a senior" and neither holds it).
SPEAKER_ARTICLE_BEFORE_RE = re.compile(r"(?<=[,;] )(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Oo]ne|[Mm]any"
                                       r"|[Oo]ther)\s+(?:(?!(?:and|or|but|that|who|which)\b)[A-Za-z][\w-]*\s+){0,2}$")
ASKED_ASIDE_RE = re.compile(r",\s*(?:when\s+|later\s+|again\s+)?$")
ASKED_WHAT_RE = re.compile(r"\s+(?:(?:by|on)\s+[^,;:]{1,60}?\s+)?(?:about|whether|if|why|how|what|when|where|who|on|to\s+"
                           r"(?:comment|explain|elaborate|confirm|respond|clarify))\b")
REQUEST_VERBS = frozenset({"asked", "asks", "requested", "requests"})
# "Lee, criticized at home for a muted reaction, apologized": a participle right after its subject's comma whose
# words close with another comma and a reporting verb follows is a passive apposition (who was criticized), not the
# subject speaking (session 13).
ADVERB_RE = re.compile(r"(?:[a-z]+ly\s+)?")  # "..., publicly apologized"
PARTICIPLE_APPOSITION_RE = re.compile(r"[a-z]+ed\b[^,;:“”\"]{1,120},\s+(?![Aa]nd\b|[Oo]r\b|[Bb]ut\b)")
RELATIVE_BEFORE_RE = re.compile(r",\s*(?:which|who)\s+(?:(?:had|has|have|first|also|once|\w+ly)\s+)*$")
# Session 15: "Ban Ki-moon, who described it as a courageous step": a person's who-clause between the name and its verb
# of speech (blanked date phrases are spaces: "who last week called").
WHO_GAP_RE = re.compile(r",\s*who\s+(?:(?:had|has|have|first|also|once|later|then|afterwards?|\w+ly)\s+)*")
# Where a speaker's who-clause closes and the main clause's predicate goes on ("X, who said that A, met Y on Monday",
# "X, who called it B, has not yet lifted ..."): a comma, then auxiliaries or adverbs and a finite verb, never a passive
# participle with its agent ("A, drafted by Y, was ...").
RELATIVE_CLOSE_RE = re.compile(r",\s+(?:(?:also|later|then|\w+ly)\s+)*(?:(?:has|have|had|was|were|is|are|will|would|could|can|did"
                               r"|does|do)\s+(?!been\s+[a-z]+ed\s+by\b)|(?:[a-z]{3,}ed(?!\s+by\b)|met|flew|went|left|sent|took|made"
                               r"|held|told|said|spoke|gave|came|began|won|lost|became)\b)")
# "answered in kind", "responded with five explosions of its own", "retaliated by expelling": an act, not words.
# Session 11: also with the thing answered or a time between ("answered the test with a live-fire exercise", "responded
# within minutes by firing three missiles").
IN_KIND_RE = re.compile(r"\s+(?:(?:to\s+)?(?:the|its|their|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?)?"
                        r"(?:(?:within|in|on|late|early|later)\s+(?:[\w-]+\s+){0,2}?|(?:quickly|swiftly|immediately|promptly)\s+)?"
                        r"(?:in kind\b|with\s+(?:[\w-]+\s+){0,4}?(?:tests?|explosions?|blasts?|launch(?:es)?"
                        r"|strikes?|air ?strikes?|attacks?|missiles?|rockets?|drills?|exercises?|fire|gunfire|shelling|artillery|salvos?|barrages?"
                        r"|force|raids?|drones?|expulsions?|warning shots|flares|tear gas"
                        # an answer in measures (civil's request): "responded with a ban on imports", "hit back with sanctions"
                        r"|sanctions|tariffs?|duties|bans?|embargo(?:es)?|countermeasures|counter-measures|restrictions|curbs"
                        r"|export controls)\b"
                        r"|by\s+[a-z]+ing\b)")
REDUCED_BEFORE_RE = re.compile(r"(?:[a-z]{3,},?|\w+s,)\s+$")
PRESENT_VERB_RE = re.compile(r"(?:says|say|tells|warns|adds|urges|insists|believes?|claims|denies)\b")
# Session 25 (speak25): a verb of speech after "will" ("will hand him a final note on Monday", "will tell the council on
# Friday"): a speech to come, its day read forward.
FUTURE_AUX_RE = re.compile(r"\b(?:will|shall|is to|are to)\s+(?:(?:also|then|later|formally|personally)\s+)?$")
PRESENT_AUX_RE = re.compile(r"\b(?:is|are)\s+$")
# "officials in Ankara said": the unnamed sources placed in the state open the frame, not its capital.
PLACED_SOURCES_RE = re.compile(r"(?<![\w-])(?:(?!(?:and|but|or|the)\b)[a-z][\w-]*\s+){0,2}(?:" + ANON_HEAD_RE.pattern + r")\s+in\s+$")


# Session 22 (speak22): a document put out, with its day (or none) before its object: "The Secretariat published this
# morning a full account of the French aggression", "The Foreign Ministry issued on Wednesday a statement on ...". The
# verb alone is no speech ("issued licences", "published figures"): only these document nouns after it.
DOCUMENT_OUT_GATE_RE = re.compile(r"\b(?:published|issued|released|circulated)\b")
DOCUMENT_OUT_RE = re.compile(r"\b(?P<verb>published|issued|released|circulated)\s+(?:(?P<gap>[^,;:.“”\"]{1,40}?)\s+)?"
                             r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _doc_alt("out")
                             + r")\b(?!\s+(?:by|from)\b)")
# Session 25 (speak25): a document handed to its addressee ("handed him a strongly worded protest", "delivered the
# ambassador in Moscow, Lennart Hjelm, a statement of the Soviet government", "will hand him a final note"): the giver's
# statement; the one handed it (a pronoun, or up to eight words with an apposition between commas) between the verb and
# the document (speech.toml [documents] handed); never the passive ("was handed a note": the lookbehinds).
HANDED_DOC_GATE_RE = re.compile(r"\b(?:hand|hands|handed|handing|deliver|delivers|delivered|delivering)\b")
HANDED_DOC_RE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bbe )"
                           r"\b(?P<verb>hand|hands|handed|handing|deliver|delivers|delivered|delivering)\s+"
                           r"(?:him|her|them|(?:the|a|an|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+(?:,[^,;:.“”\"]{1,40},)?)\s+"
                           r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:" + _doc_alt("handed") + r")\b")
# Session 22 (speak22): a figure given by a speaker, its thing named in up to six words and a number after "at" / "as":
# "puts its dead at about 700", "put the length of the dam at 3.8 kilometres", "gave French losses as 24 killed" (never
# "put the ships at anchor": no number; "an estimated 300": a noun's modifier).
ESTIMATE_GATE_RE = re.compile(r"\b(?:puts?|putting|estimated|estimates|gave|gives)\b")
# Session 25 (speak25): "those"/"these" may open the thing counted ("puts those already in Ethiopia at about 400"), and
# up to seven words name it ("estimated the number of Soviet advisers in Somalia at about 1,500").
ESTIMATE_RE = re.compile(r"\b(?P<verb>puts?|putting|estimated|estimates|gave|gives)\s+(?:the|its|their|his|her|those|these"
                         r"|[A-Z][\w-]*)\s+(?:[\w-]+\s+){0,7}?(?P<prep>at|as)\s+(?:(?:about|around|some|nearly|more\s+than|at\s+least|over"
                         r"|under|up\s+to|roughly|almost|fewer\s+than|less\s+than|between)\s+)?\d")
# Session 22 (speak22): an outlet's day between its name and its verb ("Rodong Sinmun today carried an article titled ...",
# "Pravda on Monday wrote"): the outlet still speaks.
OUTLET_DAY_GAP_RE = re.compile(r"\s+(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|evening|week)"
                               r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+")
QUOTE_GAP_END_RE = re.compile(r"[“\"](?:[a-z]+ly\s+)?$")
# Session 22 (speak22): "It denied that ...", "It insisted that ..." with no body read before it (an unnamed office, a
# speaker the pronoun cannot take): any verb of speech before its "that" clause speaks unnamed, as "It said" does.
THAT_NEXT_RE = re.compile(r"\s+that\b")
# Bits of the rules skipped in a sentence that holds none of their required words (sentindex).
G_ACCORDING, G_VIEW_OF, G_PLANNED_SPEECH_GATE = map(gate, (ACCORDING_RE, VIEW_OF_RE, PLANNED_SPEECH_GATE_RE))


@dataclass
class Frame:
    """A statement frame: who speaks (first of a coordinated group), the verb, and what is said."""

    speakers: list[Mention]
    verb: str
    verb_start: int
    verb_end: int
    region_start: int
    content: tuple[int, int] | None
    inverted: bool = False  # the speaker follows the verb: what follows is no reported speech
    borrowed: bool = False  # the speaker is the subject of an earlier verb ("X did A, boasted B")
    tense: str = "past"
    reported: bool = False  # the frame is itself the reported words of the frame before it
    planned: bool = False  # a speech to come ("is due to speak"): what will be said is not told yet
    split: int = 0  # > 0: the speaker named again in a clause of its own, a statement apart from the first
    relative: int = 0  # > 0: the verb is in its speaker's who-clause, which closes there ("X, who said A, met Y": session 15)
    answered: bool = False  # the agent's words open at the thing it answers (", an offer rejected by X": session 15)

    def with_content(self, content: tuple[int, int] | None) -> Frame:
        """This frame with other reported words: dataclasses.replace(self, content=content), without its per-field work."""
        new = object.__new__(Frame)
        new.__dict__ = {**self.__dict__, "content": content}  # a plain dataclass: its fields are its __dict__
        return new


def _speaker_group(mentions: list[Mention], i: int, text: str, step: int) -> list[Mention]:
    """The mention at i and those coordinated with it ("Moscow and Beijing", "A, B and C"); a bare
    comma joins only a list that the word "and" closes, so "Near Kyiv, Mr X said" stays one."""
    group = [mentions[i]]
    j = i + step
    while 0 <= j < len(mentions):
        a, b = (mentions[j], group[-1]) if step < 0 else (group[-1], mentions[j])
        link = text[a.end:b.start]
        # One "and" closes a list; before it only commas, and only between names of one kind.
        anded = link in (" and ", " & ", ", and ", " nor ", " or ", " and the ") and len(group) == 1
        if anded and link == ", and " and step < 0 and not (j > 0 and text[mentions[j - 1].end:mentions[j].start] == ", "):
            anded = False  # "... with Washington, and NATO allies issued": two clauses; "A, B, and C": a list
        listed = link == ", " and len(group) > 1 and step < 0 and mentions[j].kind == group[-1].kind
        if anded and step < 0 and mentions[j].kind == "demonym" and mentions[j].name and group[-1].kind == "body" \
                and link == " and ":
            # "Lithuanian and Polish officials called": both states speak, the first listed leads (session 14)
            group.append(Mention(mentions[j].start, mentions[j].end, "entity", mentions[j].name))
            j += step
            continue
        if mentions[j].kind not in SPEAKER_KINDS or not (anded or listed):
            break
        group.append(mentions[j])
        j += step
    group = group[::-1] if step < 0 else group
    # A named person leads the group: "U.S. diplomats and President X have signaled" -> X.
    people = [m for m in group if m.kind == "person"]
    if people and group[0].kind != "person":
        group = [people[0]] + [m for m in group if m is not people[0]]
    return group


def find_frames(text: str, start: int, end: int, mentions: list[Mention], reg: Registry,
                paragraph: int, blank: set[int], keys: KeyIndex | None = None) -> list[Frame]:
    """Statement frames in one sentence; blank holds offsets of date phrases a gap may contain;
    keys: the body's KeyIndex, to skip rules none of whose words the sentence holds."""
    frames: list[Frame] = []
    gates = mask_of(keys, start, end)
    candidates = [(m.start(), m.end(), m.group(0)) for m in L.REPORTING_VERB_RE.finditer(text, start, end)]
    for m in ACCORDING_RE.finditer(text, start, end) if gates & G_ACCORDING else ():
        mod = ACCORDING_MOD_RE.match(text, m.end())
        # "according to the command": "the" may be in it; "according to a senior EU diplomat": so may modifiers
        poss = POSSESSOR_LEAD_RE.match(text, m.end())  # "according to its Greek operator"
        at = (m.end(), m.end("lead") + 1, *((mod.end(),) if mod else ()), *((poss.end(),) if poss else ()))
        nxt = next((x for x in mentions if x.start in at), None)
        if nxt is None:  # "according to navy spokesman Omar Tonsay", "according to Lt. Col. X": a titled person
            nxt = next((x for x in mentions if x.kind == "person" and m.end() < x.start <= m.end() + 40
                        and TITLE_GAP_RE.fullmatch(text, m.end(), x.start)), None)
        if nxt is not None and nxt.kind == "demonym":  # "according to Qatari mediators": the unnamed sources
            nxt = next((x for x in mentions if x.start == nxt.end + 1 and x.form == "anonymous"), nxt)
        tail = text[m.end():min(end, m.end() + 60)].split(",")[0]
        owned = nxt is not None and (L.OWNED_BODY_RE.match(text, nxt.end) is not None
                                     or (nxt.kind == "reference" and nxt.role in DOCUMENT_HEADS))
        # "according to an informed source in X": an unnamed person, not a document, speaks; so does the
        # body whose document it is ("according to a State Department readout").
        owned = owned or (nxt is not None and (nxt.form == "anonymous" or (
            nxt.kind in ("body", "entity") and BODY_DOCUMENT_RE.match(text, nxt.end) is not None)))
        issued = ISSUED_BY_RE.match(text, m.end()) if nxt is None else None
        by = next((x for x in mentions if issued and x.kind in SPEAKER_KINDS and x.start >= issued.end()
                   and text[issued.end():x.start] in ("", "the ", "The ")), None)
        if by is not None:  # "according to a readout released by the Chinese Foreign Ministry": the issuer
            candidates.append((m.start(), by.start, "according to"))
            continue
        if nxt and nxt.kind in SPEAKER_KINDS and (owned or not L.DOCUMENT_WORDS_RE.search(tail)):
            candidates.append((m.start(), nxt.start, "according to"))
        elif (nxt is None or nxt.start >= m.end() + 40) and OWN_STATEMENT_RE.match(text, m.end()):
            candidates.append((m.start(), m.end(), OWN_STATEMENT))
    for m in OWNED_COUNT_RE.finditer(text, start, end) if text.find("s count", start, end) >= 0 \
            or text.find("s own count", start, end) >= 0 or text.find("s reckoning", start, end) >= 0 \
            or text.find("s own reckoning", start, end) >= 0 or text.find("s tally", start, end) >= 0 else ():
        owner = next((x for x in mentions if x.kind in SPEAKER_KINDS and x.end == m.end("who")
                      and m.start("who") <= x.start), None)  # "by Chad's count", "by the ministry's own reckoning"
        if owner is not None:
            candidates.append((m.start(), owner.start, "according to"))
    for m in QUOTED_AS_RE.finditer(text, start, end) if text.find(" as saying", start, end) >= 0 else ():
        # "X was quoted by state media as saying", "state media quoted X as saying": X said it.
        candidates.append((m.start(), m.end(), QUOTED_AS if m.group("passive") else QUOTED_X_AS))
    for m in DOCUMENT_OUT_RE.finditer(text, start, end) if DOCUMENT_OUT_GATE_RE.search(text, start, end) else ():
        # "The ministry published yesterday a note of protest", "issued on Wednesday a statement": a document put out,
        # its day between the verb and its object (agency translation register); only a day may stand there.
        if m.group("gap") is None or all(k in blank or text[k].isspace() for k in range(m.start("gap"), m.end("gap"))):
            candidates.append((m.start("verb"), m.end("verb"), m.group("verb")))
    for m in HANDED_DOC_RE.finditer(text, start, end) if HANDED_DOC_GATE_RE.search(text, start, end) else ():
        if all(c[0] != m.start("verb") for c in candidates):  # "handed him a protest note": the reporting verb's already
            candidates.append((m.start("verb"), m.end(), m.group("verb")))  # the one handed it and the document: the verb's
    for m in ESTIMATE_RE.finditer(text, start, end) if ESTIMATE_GATE_RE.search(text, start, end) else ():
        # "The Tunisian Government puts its dead at about 700", "the ministry gave French losses as 24 killed": a figure
        # given is a claim (as speech.toml's "put the death toll at"); "at" after put/estimate, "as" after gave.
        if (m.group("prep") == "as") == m.group("verb").startswith("g") and all(c[0] != m.start("verb") for c in candidates):
            candidates.append((m.start("verb"), m.end("verb"), m.group("verb")))
    for m in HELD_RESPONSIBLE_RE.finditer(text, start, end) if text.find("responsible", start, end) >= 0 else ():
        candidates.append((m.start(), m.start() + len(m.group(0).split()[0]), m.group(0).split()[0]))
    for m in GIVEN_BY_RE.finditer(text, start, end) if GIVEN_BY_GATE_RE.search(text, start, end) else ():
        # "Details given by the Pentagon today", "NATO's fear, voiced by X,": the one after "by" speaks from the noun on
        # (its participle is then no verb of the noun's owner: "Peru's fear, voiced by X" is X's words); with no speaker
        # read after "by" the participle is left to the rules before
        if not any(x.kind in SPEAKER_KINDS and x.start >= m.end() and GIVEN_AGENT_GAP_RE.fullmatch(text, m.end(), x.start)
                   for x in mentions):
            continue
        candidates = [c for c in candidates if not m.start("np") < c[0] < m.end()]
        candidates.append((m.start("np"), m.end(), GIVEN_BY))
    for m in REACTION_FROM_RE.finditer(text, start, end) if text.find(" from ", start, end) >= 0 else ():
        # "The remarks drew a sharp rebuke from Beijing": Beijing's reaction, told through what prompted it.
        candidates.append((m.start(), m.end(), REACTION_FROM))
    for m in VIEW_OF_RE.finditer(text, start, end) if gates & G_VIEW_OF \
            and text.find("s ", start, end) >= 0 else ():
        # "In Beijing's telling, ...", "The Kremlin's line is that ...": the one whose view it is speaks.
        candidates.append((m.start("noun") if m.group("noun") else m.start("noun2") if m.group("noun2")
                           else m.start("noun3"), m.end(), VIEW_OF))
    if gates & G_PLANNED_SPEECH_GATE and PLANNED_SPEECH_GATE_RE.search(text, start, end):
        for m in PLANNED_SPEECH_RE.finditer(text, start, end):
            candidates.append((m.start(), m.end(), PLANNED_SPEECH))
    candidates.sort()
    for v_start, v_end, verb in candidates:
        before = text[max(start, v_start - 40):v_start]
        if ("wh" in before or "that" in before) and RELATIVE_PASSIVE_RE.search(before) and verb not in SPEECH_PASSIVES:
            continue  # "Hezbollah, which is backed by Iran,", "who are supported by X": who supports it, not what anyone said
        # "was careful not to blame": a care told after a copula, no passive (session 24)
        if verb not in ("according to", REACTION_FROM, GIVEN_BY) and not verb.startswith(("no ", "careful ")) and (NOUN_BEFORE_RE.search(before) or (
                PASSIVE_BEFORE_RE.search(before)
                and not (verb.endswith("ing") and before.endswith("been "))  # "has been warning" (session 22); "was noting" stays
                and not (BY_AFTER_RE.match(text, v_end) or BY_ASIDE_RE.match(text, v_end)))):
            continue
        if verb in L.CHARACTERISING_VERBS and not _characterises(text, start, v_start, v_end, verb, mentions, blank):
            continue  # "called", "described" speak only in "which X called", "a step X described as"
        if verb in L.CLAUSE_ONLY_VERBS and not CLAUSE_THAT_RE.match(text, v_end) and not (
                verb == "posted" and POSTED_ON_RE.match(text, v_end)) and not (
                verb in ("reported", "reports") and REPORTED_CLAUSE_RE.match(text, v_end, end)) and not (
                verb in ("reported", "reports", "recalled", "recalls")
                and _closes_sentence(text, start, v_start, v_end, end, blank)):
            # session 22 (speak22): "..., the paper recalls." attributes the words before it, as "..., the navy reported."
            continue  # "introduced new tariffs": no speech; "introduced on Tuesday that": spun "announced"
        if IN_KIND_RE.match(text, v_end):
            continue
        if verb in ("read", "reads") and not DOCUMENT_READ_AFTER_RE.match(text, v_end) \
                and not READ_DOCUMENT_RE.match(text, v_end, end):
            continue  # '"...," the statement read' / 'the letter reads:': a document's words; never "read a statement"
        if verb == "said" and SAID_TO_AFTER_RE.match(text, v_end) and SAID_TO_BEFORE_RE.search(before):
            continue  # "He is said to have left", "the rebels are said to number 2,000": hearsay about them, no words
        if verb in ("dismissed", "dismisses") and any(x.start >= v_end and (x.kind == "person" or x.kind == "reference"
                                                                             and x.form == "") and x.role
                                                      and DISMISSED_GAP_RE.fullmatch(text, v_end, x.start)
                                                      and not POSSESSIVE_AFTER_RE.match(text, x.end) for x in mentions):
            continue  # "Putin dismissed Defence Minister Sergei Shoigu": a removal from office, not words
        if verb in ("dismissed", "dismisses") and DISMISSED_OFFICE_RE.match(text, v_end, end):
            continue  # "The council dismissed the army chief of staff": the same removal, the office named alone
        if verb.endswith("not name") and NAMED_FOR_RE.match(text, v_end, end):
            continue  # "The navy did not name the frigate after the admiral": a naming, no blame held back (session 24)
        if verb in ("charged", "charges") and CHARGED_WITH_RE.match(text, v_end, end):
            continue  # "Russia charged the player with smuggling": a prosecution ("charged that" stays speech)
        if verb in ("declared", "declares") and (DECLARED_ACT_RE.match(text, v_end, end) or declared_measure(text, v_end, end)):
            continue  # "declared five diplomats persona non grata", "declared martial law": an act, not words
        if verb in ("asked", "when asked") and ASKED_ASIDE_RE.search(before) and ASKED_WHAT_RE.match(text, v_end):
            continue  # "Peskov, asked whether Moscow would retaliate, said": the question put to him, not his words
        if verb.endswith("ed") and text[v_start - 2:v_start] == ", " \
                and (app := PARTICIPLE_APPOSITION_RE.match(text, v_start, end)) \
                and L.REPORTING_VERB_RE.match(text, ADVERB_RE.match(text, app.end()).end()) \
                and blank.isdisjoint(range(v_start, app.end())) and any(x.end == v_start - 2 for x in mentions):
            # "The minister, praised abroad for his patience, said": whom others praised, not his words ("X, quoted by
            # Y on Monday, said": a day in the apposition may be the words' own; it stays as it was)
            continue
        if verb in REQUEST_VERBS and "wh" in before and RELATIVE_BEFORE_RE.search(before):
            continue  # "Guyana, which asked the court for help in October,": background to what it says now
        if verb in ADD_VERBS and ADD_TO_RE.match(text, v_end):
            continue  # "added 12 firms to its entity list", "adding to tensions": no words said
        if verb == "claimed" and BY_AFTER_RE.match(text, v_end) and TERRITORY_CLAIMED_RE.search(text, max(start, v_start - 100), v_start):
            continue
        if verb in DOCUMENT_PARTICIPLES and DOCUMENT_BEFORE_RE.search(before):
            continue  # "said in a statement posted on its website": how the document came out, no speech of its own
        if verb in REDUCED_RELATIVE_VERBS and BY_AFTER_RE.match(text, v_end) and REDUCED_BEFORE_RE.search(before) \
                and not PASSIVE_BEFORE_RE.search(before) and not RELATIVE_PASSIVE_RE.search(before):
            continue  # "the drills, announced by Beijing on Monday,": which drills, not what anyone said
        group, borrowed = _find_speaker(text, start, v_start, v_end, verb, mentions, reg, paragraph, blank,
                                        frames)
        office = OFFICE_STATEMENT_RE.match(text, v_end) if not group and verb == OWN_STATEMENT else None
        if office is not None:
            group = [Mention(v_end, office.end(), "reference", None, " ".join(office.group(0).lower().split()),
                             form="anonymous")]
        if not group:
            continue
        if verb in ENDORSE_VERBS and any(ENDORSE_VOTERS_RE.search(text, x.start, x.end) for x in group):
            continue  # "Moldovan lawmakers endorsed a state of emergency": a vote, an act; "Washington endorsed" speaks
        if verb in NOUN_LIKE_VERBS and not text[group[0].end:v_start].strip() and (
                text.startswith("the ", group[0].start) and not COMMA_BEFORE_RE.search(text, max(start, group[0].start - 3),
                                                                                      group[0].start)
                or group[0].form == "demonym" and NOUN_BEFORE_RE.search(text, max(start, group[0].start - 8), group[0].start)):
            # "rejected the Chinese claims as baseless": a noun phrase, not China speaking; session 27: after a lead's
            # comma the subject opens its clause ("As to the woman, the Government states that ...")
            continue
        if verb == "states" and STATES_NOUN_BEFORE_RE.search(text, max(start, v_start - 20), v_start):
            continue  # "The Baltic states disconnected ...": the states, not a statement
        if text.find("What", max(start, group[0].start - 8), group[0].start) >= 0 \
                and WHAT_SUBJECT_RE.search(text, max(start, group[0].start - 8), group[0].start) and group[0].start < v_start:
            continue  # "What he said matters less than ...": the words as a subject, no statement told
        if THAN_BEFORE_RE.search(text, max(start, group[0].start - 8), group[0].start):
            continue  # "more exposed than its leaders admit": a comparison, not a statement of theirs
        resolved = [r for r in (resolve(m, reg, paragraph) for m in group) if r is not None]
        if not resolved and group[0].kind == "pronoun" and group[0].form == "it" and (
                verb in L.CLAUSE_SPEECH_VERBS or QUOTE_CLOSED_BEFORE_RE.search(text, max(start, group[0].start - 4),
                                                                              group[0].start)
                or THAT_NEXT_RE.match(text, v_end)) \
                and (v_start - group[0].end <= 1 or PRONOUN_ADVERB_RE.fullmatch(text, group[0].end, v_start)):
            # "It said the jet had entered ..." with no body read before it: a statement by someone unnamed.
            resolved = [Mention(group[0].start, group[0].end, "reference", None, None, form="anonymous")]
        if not resolved or resolved[0].kind == "agency" and group[0].kind != "reference":
            continue  # an outlet named relays (its via); "The paper said" after the outlet spoke is the outlet's own

        # "is being warned – this time by Russia – that ...": the agent follows, so do its words.
        inverted = (group[0].start >= v_end and not BY_ASIDE_RE.match(text, v_end)) or verb == OWN_STATEMENT
        coordinated = bool(frames) and group[0].start < frames[-1].verb_end
        lead = group[0].start
        if text[max(start, lead - 4):lead] in ("the ", "The "):
            lead -= 4  # "..., the Foreign Ministry said": the article opens the frame
        elif SPEAKER_ARTICLE_BEFORE_RE.search(text, max(start, lead - 40), lead) and lead < v_start:
            lead = SPEAKER_ARTICLE_BEFORE_RE.search(text, max(start, lead - 40), lead).start()
        elif POSSESSOR_BEFORE_RE.search(text, max(start, lead - 6), lead):
            lead = POSSESSOR_BEFORE_RE.search(text, max(start, lead - 6), lead).start()  # "said his counterpart had"
        noun = CLAIM_NOUN_BEFORE_RE.search(text, max(start, lead - 40), lead) if lead < v_start else None
        if noun is not None:
            lead = noun.start("np")  # "..., a claim U.S. officials dismissed as propaganda": the claim is its object
        if group[0].kind == "entity" and lead < v_start:
            placed = PLACED_SOURCES_RE.search(text, max(start, lead - 50), lead)
            lead = placed.start() if placed else lead
        answered = ANSWERED_NOUN_BEFORE_RE.search(text, max(start, v_start - 40), v_start) \
            if inverted and verb in SPEECH_PASSIVES and BY_AFTER_RE.match(text, v_end) else None
        who = group[0].kind == "person" and group[0].end < v_start and not inverted and WHO_GAP_RE.fullmatch(
            "".join(" " if k in blank else text[k] for k in range(group[-1].end, v_start))) is not None
        frames.append(Frame(resolved, "stated" if verb == OWN_STATEMENT else "said" if verb in (QUOTED_AS, QUOTED_X_AS)
                            else "reacted" if verb == REACTION_FROM
                            else "to speak" if verb == PLANNED_SPEECH else verb,
                            v_start, v_end,
                            answered.start("np") if answered is not None
                            else v_start if inverted or coordinated else min(v_start, lead), None,
                            inverted=inverted, borrowed=borrowed, planned=verb == PLANNED_SPEECH, relative=-1 if who else 0,
                            answered=answered is not None))
        # "Jordan condemned the strike, which it said ...": "it" is the speaker just named.
        reg.last_speaker = (resolved[0].name or "", resolved[0].role, paragraph, resolved[0].kind)
        reg.last_speaker_at = v_end
        if resolved[0].name and resolved[0].kind in ("entity", "body") and SPOKES_WORD_RE.search(
                text, max(start, group[0].start - 30), group[0].end):  # "a spokesman of the Department of ..." too
            reg.last_spokes = (resolved[0].name, resolved[0].role)  # "The spokesman said" later, after others spoke (session 28)
    lead_setting = SETTING_LEAD_RE.match(text, start, end) if not frames and text.startswith(("In ", "During "), start) else None
    said = SETTING_VERB_RE.match(text, lead_setting.end(), end) if lead_setting is not None else None
    who = next((x for x in mentions if said is not None and x.kind in SPEAKER_KINDS and said.start("who") <= x.start
                and x.end == said.end("who")), None)
    resolved_who = resolve(who, reg, paragraph) if who is not None else None
    if said is not None and resolved_who is not None and resolved_who.kind != "agency" \
            and not BY_AFTER_RE.match(text, said.end("verb")):
        frames.append(Frame([resolved_who], said.group("verb"), said.start("verb"), said.end("verb"), start, None))
    for m in WHO_SETTING_VERB_RE.finditer(text, start, end) if text.find(", who ", start, end) >= 0 else ():
        same = next((f for f in frames if f.verb_start == m.start("verb")), None)
        if same is not None:  # "X, who in an interview on Sunday defended the deal, flew": its words close with the clause
            same.relative = same.relative or -1
            continue
        head = next((x for x in mentions if x.kind == "person" and x.end == m.start()), None)
        resolved_head = resolve(head, reg, paragraph) if head is not None else None
        if resolved_head is not None:  # its words run to the clause's close (found below, as for "X, who said ...")
            frames.append(Frame([resolved_head], m.group("verb"), m.start("verb"), m.end("verb"), head.start, None,
                                relative=-1))
            frames.sort(key=lambda f: f.verb_start)
    for m in AS_DID_RE.finditer(text, start, end) if frames and text.find(" as ", start, end) >= 0 else ():
        # "The EU welcomed the ceasefire, as did the United Nations": a second speaker of the same words (session 12)
        who = next((x for x in mentions if x.kind in NAMED_SPEAKER_KINDS and x.start in (m.end(), m.end() + 4)
                    and text[m.end():x.start] in ("", "the ")), None)
        said = next((f for f in frames if f.verb_end <= m.start()), None)
        resolved = resolve(who, reg, paragraph) if who is not None and said is not None else None
        if resolved is not None and resolved.kind != "agency" and resolved.name != said.speakers[0].name:
            frames.append(Frame([resolved], said.verb, m.start("verb"), m.end("verb"), m.start("verb"), None,
                                inverted=True, tense=said.tense))
    if not frames and (text.find("report", start, end) >= 0 or text.find("ccording to", start, end) >= 0
                       or text.find(" sa", start, end) >= 0 or text.find(" announc", start, end) >= 0
                       or text.find(", in ", start, end) >= 0 or text.startswith("In ", start)
                       or any(text.find(" " + v, start, end) >= 0 for v in OUTLET_VERBS)):
        frames.extend(_media_reports(text, start, end, mentions))
    if not frames and (text.find("It ", start, end) >= 0 or text.find("it ", start, end) >= 0):
        frames.extend(_impersonal(text, start, end))
    if not frames and text.find(":", start, end) >= 0:
        frames.extend(_colon_quote(text, start, end, mentions, reg, paragraph))
    # Each frame's words run from its verb to the next frame (or a clause break, or the sentence end).
    for k, fr in enumerate(frames):
        stop = frames[k + 1].region_start if k + 1 < len(frames) else end
        after_speaker = max(fr.verb_end, max(s.end for s in fr.speakers))
        while after_speaker < stop and (text[after_speaker].isspace() or after_speaker in blank):
            after_speaker += 1  # "said on Wednesday that": the date is the frame's, not the words'
        adverb = TIME_ADVERB_RE.match(text, after_speaker, stop)
        if adverb is not None and adverb.end() in blank:  # "said earlier on Thursday that": adverb and date are the frame's (session 13)
            after_speaker = adverb.end()
            while after_speaker < stop and (text[after_speaker].isspace() or after_speaker in blank):
                after_speaker += 1
        if fr.speakers[0].start > fr.verb_end and after_speaker < stop and text[after_speaker] in "–—":
            after_speaker += 1  # "is being warned – this time by Russia – that": past the closing dash
        agency = next((m for m in mentions if m.kind == "agency" and m.start == after_speaker), None)
        if agency is not None and fr.verb in ("told", "tells"):
            # "a local elder told Reuters by phone": the outlet is the verb's object, not the words.
            after_speaker = TOLD_HOW_RE.match(text, agency.end).end()
        if fr.speakers[0].start < fr.verb_start and k == 0 and TIME_CLAUSE_AFTER_RE.match(text, after_speaker):
            after_speaker = stop  # "X is expelling ..., May announced Wednesday, after Moscow ignored ...": no words after
        lead = THAT_RE.match(text, after_speaker)
        c_start = lead.end() if lead else after_speaker
        told = ADDRESSEE_THAT_RE.match(text, after_speaker) if fr.verb in ADDRESSED_VERBS and not fr.inverted else None
        if told is not None and told.end() <= stop:
            c_start = told.end()  # "Biden told Xi that ...": the one told is the frame's, not the words'
            lead = told
        elif fr.verb in ADDRESSED_VERBS and not fr.inverted and not (lead and lead.group(0).strip()) \
                and (pronoun := pronoun_told_day(text, c_start, stop, blank)) is not None:
            c_start = pronoun  # "Officials told me today that": the pronoun and the date are the frame's (session 20)
        k2 = c_start
        while k2 < stop and (text[k2].isspace() or k2 in blank):
            k2 += 1  # "at a press briefing on Wednesday that": past the setting's date too
        that = THAT_AFTER_DATE_RE.match(text, k2) if k2 > c_start else None
        if that:
            c_start = that.end()
        obj = OBJECT_THAT_RE.match(text, c_start, stop) if not (lead and "that" in lead.group(0)) else None
        if obj and (not blank.isdisjoint(range(c_start, obj.end())) or L.SETTING_RE.search(lower_of(text, c_start, obj.end()))) \
                and not L.REPORTING_VERB_RE.search(text, c_start, obj.start(1)):
            c_start = obj.end()  # "warned his US counterpart in a phone call last week that": the object and setting are the frame's
        cited = CITING_RE.match(text, c_start, stop)
        if cited:  # "Reuters reported, citing two military sources, that ...": the source's source, not its words
            c_start = cited.end()
        published = PUBLISHED_SETTING_RE.match(text, c_start, stop)
        if published is not None:  # "said in a statement published on the Kremlin website on Friday (that ...)" (session 13)
            c_start = published.end()
        brk = CONTENT_END_RE.search(text, c_start, stop)
        c_end = brk.start() if brk else stop
        while c_end > c_start and not text[c_end - 1].isalnum() and text[c_end - 1] not in "”\"’'":
            c_end -= 1
        # session 26 (speak26): a clause of speech with no words ("X, who spoke to the nation on Sunday night, flew to Y"):
        # the lead swallowed the comma that closes it, so the close is looked for from the end of the verb and its date
        close = RELATIVE_CLOSE_RE.search(text, min(c_start, after_speaker), c_end) if fr.relative else None
        if close is not None:  # "X, who said last week that A, met Y on Monday": A is said, the meeting is X's own
            c_start = min(c_start, close.start())
            c_end, fr.relative = close.start(), close.start()
        fr.content = (c_start, c_end) if c_end - c_start > 2 and text[c_start:c_end].strip() else None
        if fr.content and all(k in blank or not text[k].isalnum() for k in range(c_start, c_end)):
            fr.content = None  # "told a news briefing on Thursday.": only the frame's own date follows
        elif fr.content and c_end - c_start < 80 and BARE_OBJECT_RE.fullmatch(
                (text[c_start:c_end] if blank.isdisjoint(range(c_start, c_end))  # no date blanked: the slice itself
                 else "".join(" " if k in blank else text[k] for k in range(c_start, c_end))).strip()):
            fr.content = None  # "told APS on Sunday", "wrote on Twitter on Saturday": an outlet, then the date
        if fr.inverted or fr.planned:
            fr.content = None
        elif fr.content and k == 0 and fr.verb in ADDRESSED_VERBS and fr.speakers[0].start < fr.verb_start \
                and text[start:fr.speakers[0].start].rstrip().endswith(",") \
                and addressee_then_day(text, fr.content[0], fr.content[1], blank):
            # "Kenya will send two frigates, the president told parliament today": an addressee and the frame's
            # date, no words after them; the words reported come first (session 20)
            fr.content = None
        if fr.verb == "according to" and not text[start:fr.verb_start].strip(" \"“‘'"):
            # "According to people familiar with the talks, Japan released ...": the words after the
            # source's phrase are what it reports.
            comma = text.find(",", after_speaker, min(stop, after_speaker + ACCORDING_REACH))
            lead_in = text[after_speaker:comma] if comma > 0 else ""
            if comma > 0 and not L.REPORTING_VERB_RE.search(lead_in) and text[comma + 1:stop].strip():
                c0, c1 = A.trim(text, comma + 1, stop)
                fr.content = (c0, c1) if c1 - c0 > 2 else None
        if fr.content is None and k == 0 and not fr.planned:
            # "X fired on Saturday at Y, the military said": the reported words come first.
            pre = TRAILING_FRAME_RE.search(text, start, fr.region_start) or _speaker_phrase(text, start, fr)
            if pre and len(text[start:pre.start()].split()) >= 3 and not SETTING_LEAD_RE.fullmatch(text, start, pre.start()):
                fr.content = (start, pre.start())
        fr.tense = "future" if fr.planned or FUTURE_AUX_RE.search(text, max(start, fr.verb_start - 24), fr.verb_start) \
            else "present" if PRESENT_VERB_RE.match(fr.verb) or \
            PRESENT_AUX_RE.search(text, max(start, fr.verb_start - 6), fr.verb_start) else "past"
    for prev, fr in zip(frames, frames[1:], strict=False):
        # "The Foreign Office said on Tuesday that France supported X": France's words are a claim
        # the Foreign Office reports, and the Foreign Office's words run on through them.
        if prev.inverted or fr.inverted or prev.content is not None or fr.region_start <= prev.verb_end:
            continue
        gap = "".join(" " if k in blank else text[k] for k in range(prev.verb_end, fr.region_start))
        lead = THAT_RE.match(gap)
        if prev.verb in ADDRESSED_VERBS and ADDRESSEE_THAT_RE.fullmatch(gap):
            lead = ADDRESSEE_THAT_RE.fullmatch(gap)  # "Biden told Xi that the US opposed ...": Xi is told, the US's words reported
        if lead and lead.end() == len(gap) and ("that" in gap or prev.verb in BARE_CLAUSE_VERBS):
            fr.reported = True
            prev.content = (fr.region_start, fr.content[1] if fr.content else end)
    for k, fr in enumerate(frames):
        # "China expressed dissatisfaction ..., the Foreign Ministry said": one speaker named again in a
        # clause of its own says something of its own (not "Russia says it opposes X", nor "and added").
        earlier = next((f for f in frames[:k] if f.speakers[0].name == fr.speakers[0].name), None)
        if earlier is not None and fr.speakers[0].name and not fr.borrowed and not fr.reported \
                and text[fr.speakers[0].start:fr.speakers[0].end].lower() not in PRONOUN_FORMS \
                and fr.region_start > earlier.verb_end and fr.speakers[0].start != earlier.speakers[0].start \
                and RESTATED_GAP_RE.search(text, earlier.verb_end, fr.region_start):
            fr.split = k
        elif earlier is not None and not fr.borrowed and not fr.reported and fr.content is not None \
                and text[fr.speakers[0].start:fr.speakers[0].end].lower() in PRONOUN_FORMS \
                and fr.speakers[0].start < fr.verb_start and fr.region_start > earlier.verb_end \
                and (again := PRONOUN_RESTATED_RE.search(text, earlier.verb_end, fr.speakers[0].start)
                     or _dated_and(text, earlier.verb_end, fr.speakers[0].start, blank)
                     or _present_and(text, earlier, fr)):
            # "X said on Wednesday that ..., but he said he would meet ...": the speaker again, by a pronoun opening a
            # clause of its own after "but" or a semicolon, says a second thing; its clause opens at "but" (session 13)
            fr.split = k
            fr.region_start = again.start("conj") if again.group("conj") else fr.region_start
        elif earlier is not None and not fr.borrowed and fr.region_start > earlier.verb_end \
                and _other_speaker(text, earlier.speakers[0], fr.speakers[0]) \
                and (fr.reported or RESTATED_GAP_RE.search(text, earlier.verb_end, fr.region_start)):
            # "The army said ..., while the police reported ...": two speakers no name tells apart (both unnamed,
            # or two offices of one state) say two things; one statement would lose the second.
            fr.split = k
    for fr in frames:
        reg.last_speaker = (fr.speakers[0].name or "", fr.speakers[0].role, paragraph, fr.speakers[0].kind)
        reg.last_speaker_at = fr.verb_end
    return frames


def _closes_sentence(text: str, start: int, v_start: int, v_end: int, end: int, blank: set[int]) -> bool:
    """True when the verb ends its sentence after a comma ("..., the navy reported.", "..., UKMTO reported on Sunday."):
    an attribution of the words before it, not a body's report of something it saw; a place it speaks from may follow
    ("..., the correspondent reports from Riga.": session 17)."""
    place = PLACE_TAIL_RE.match(text, v_end, end) or DOCUMENT_TAIL_RE.match(text, v_end, end)
    return text.rfind(",", start, v_start) >= 0 and all(
        k in blank or text[k].isspace() or text[k] in ".!?”\"’'" for k in range(place.end() if place else v_end, end))


# Session 17: the place a closing "reports" may speak from before the sentence's end ("..., X reports from Reykjavik.").
PLACE_TAIL_RE = re.compile(r"\s+(?:from|in)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}")
# Session 21 (speak21): or the document it reports in ("..., the Navy reported in a separate communiqué.", "..., the
# ministry reported in a statement on Sunday."): still the attribution of the words before it.
DOCUMENT_TAIL_RE = re.compile(r"\s+in\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _doc_alt("tail")
                              + r")(?:\s+(?:on|late|early|last|this)\s+[\w ]{1,20}?)?")


def _dated_and(text: str, a: int, b: int, blank: set[int]) -> re.Match[str] | None:
    """The ", and" before a pronoun speaker when only a date phrase stands between them, else None."""
    k = b
    while k > a and (text[k - 1].isspace() or k - 1 in blank):
        k -= 1
    if k == b or not any(j in blank for j in range(k, b)):
        return None
    return DATED_AND_RE.search(text, a, k + 1)


def _present_and(text: str, earlier: Frame, fr: Frame) -> re.Match[str] | None:
    """The ", and" before a pronoun speaker whose verb is in the present after its first verb in the past ("X had accused
    Y of A, and it blames Z for B"): words reported would be told in the past, so the clause is the reporter's own, a
    second statement (session 26, speak26), else None."""
    first, verb = earlier.verb.split()[0], fr.verb.split()[0]
    if not (first.endswith("ed") or first in BARE_CLAUSE_VERBS and not first.endswith("s")) \
            or not verb.endswith("s") or verb.endswith("ss"):
        return None
    return DATED_AND_RE.search(text, earlier.verb_end, fr.speakers[0].start)


def _other_speaker(text: str, a: Mention, b: Mention) -> bool:
    """True when two speakers of one name (or none) are two: other words, neither a pronoun nor a person, and
    roles that differ where both have one ("the foreign ministry" / "the defence ministry")."""
    if a.start == b.start or "person" in (a.kind, b.kind) or "pronoun" in (a.kind, b.kind):
        return False
    words = [" ".join(text[m.start:m.end].lower().split()) for m in (a, b)]
    if words[0] == words[1] or words[1] in PRONOUN_FORMS:
        return False
    if a.name:  # one state's two offices: "China's foreign ministry said ..., while its defence ministry warned"
        return bool(a.role and b.role and a.role.casefold() != b.role.casefold())
    return (a.role or words[0]).casefold() != (b.role or words[1]).casefold()


def _media_reports(text: str, start: int, end: int, mentions: list[Mention]) -> list[Frame]:
    """"..., state media reported", "Interfax reported, citing a source, that ...", "..., according to the Saba
    news agency": a sentence whose only attribution is a news outlet's report is that outlet's statement
    (with another speaker in the sentence, the outlet only relays: its via)."""
    for m in MEDIA_REPORTED_RE.finditer(text, start, end):
        who = next((x for x in reversed(mentions) if x.end <= m.start() and (not text[x.end:m.start()].strip()
                                                                             or OUTLET_DAY_GAP_RE.fullmatch(text, x.end, m.start())
                                                                             or AGENCY_DOCUMENT_RE.fullmatch(text, x.end, m.start())
                                                                             or CITING_GAP_RE.fullmatch(text, x.end, m.start()))
                    and (x.kind == "agency" or (x.kind == "body" and MEDIA_ROLE_RE.search(x.role or "")))), None)
        if who is None:
            bare = MEDIA_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
            if bare is None:
                continue
            who = Mention(bare.start("who"), bare.end("who"), "reference", None, role=bare.group("who").lower(),
                          form="anonymous")
        return [Frame([who], m.group(0), m.start(), m.end(), who.start, None)]
    for x in mentions:
        piece = OUTLET_PIECE_GAP_RE.match(text, x.end) if x.kind == "agency" or (
            x.kind == "body" and MEDIA_ROLE_RE.search(x.role or "")) else None
        verb = OUTLET_PIECE_VERB_RE.match(text, piece.end()) if piece is not None else None
        if verb is None and x.kind == "agency" and LEAD_PIECE_RE.fullmatch(text, start, x.start):
            # "In a commentary, the People's Daily warned that ...": the piece set before the outlet (session 12)
            verb = OUTLET_PIECE_VERB_RE.match(text, x.end + 1) if text.startswith(" ", x.end) else None
        if verb is not None and verb.end() <= end:
            return [Frame([x], verb.group(0), verb.start(), verb.end(), x.start, None)]
    for m in ACCORDING_RE.finditer(text, start, end):  # "..., according to Yemen's Saba news agency"
        doc = ISSUED_BY_RE.match(text, m.end())  # "according to a report by the New York Times"
        kind = MEDIA_KIND_RE.match(text, m.end())  # "according to Egyptian state-affiliated Al-Qahera News"
        # "according to a report by the state-run IRNA news agency": the outlet after the document's qualifiers
        doc_kind = MEDIA_KIND_RE.match(text, doc.end() + (4 if text.startswith("the ", doc.end()) else 0)) if doc else None
        at = (m.end(), m.end("lead") + 1, *((doc.end(), doc.end() + 4) if doc else ()),
              *((kind.end(),) if kind else ()), *((doc_kind.end(),) if doc_kind else ()))
        who = next((x for x in mentions if x.start in at and (
            x.kind == "agency" or (x.kind == "body" and MEDIA_ROLE_RE.search(x.role or "")))), None)
        if who is None:  # "according to Yemen's Saba news agency": the state that owns the agency speaks
            agency = next((x for x in mentions if x.kind == "agency" and x.start > m.end()
                           and OWNER_BEFORE_AGENCY_RE.fullmatch(text, m.end(), x.start)), None)
            who = next((x for x in mentions if agency is not None and x.start in (m.end(), m.end() + 4)
                        and x.end <= agency.start and L.ENTITY_KINDS.get(x.name or "") == "country"), None)
        press = MEDIA_AFTER_RE.match(text, m.end()) if who is None else None
        if press is not None:  # "According to Turkish media, ...": the press of a country, no one named
            who = Mention(press.start(), press.end(), "reference", None, role=press.group(0).strip().lower(), form="anonymous")
        if who is not None:
            return [Frame([who], "according to", m.start(), who.start, m.start(), None, inverted=True)]
    return []


def _impersonal(text: str, start: int, end: int) -> list[Frame]:
    """"It was announced on Monday that ...", "it was also noted that ...": words on record with no speaker named."""
    m = IMPERSONAL_RE.search(text, start, end)
    if m is None:
        return []
    who = Mention(m.start(), m.start() + 2, "reference", None, role="unnamed", form="anonymous")
    return [Frame([who], m.group("verb"), m.start("verb"), m.end("verb"), m.start(), None)]


def _colon_quote(text: str, start: int, end: int, mentions: list[Mention], reg: Registry,
                 paragraph: int) -> list[Frame]:
    """"The minister was blunt: "This is war."": the sentence's subject speaks the quote its colon opens."""
    colon = COLON_QUOTE_RE.search(text, start, end)
    if colon is None:
        return []
    first = next((m for m in mentions if m.kind in SPEAKER_KINDS and m.end <= colon.start()), None)
    if first is None or not JOINT_LEAD_RE.fullmatch(text, start, first.start) \
            or L.REPORTING_VERB_RE.search(text, first.end, colon.start()) or colon.start() - first.end > 60:
        return []
    who = resolve(first, reg, paragraph)
    if who is None or who.kind == "agency":
        return []
    return [Frame([who], "said", colon.start(), colon.start() + 1, first.start, None)]


def _speaker_phrase(text: str, start: int, fr: Frame) -> re.Match[str] | None:
    """The comma that opens a trailing frame whose speaker is a longer noun phrase: "..., its Danish
    owner Nordline said", "..., the Kerch seaport's harbour master said" (words of a name, never a verb
    or a conjunction)."""
    if fr.inverted or fr.speakers[0].start > fr.verb_start:
        return None
    pre = SPEAKER_PHRASE_RE.search(text, max(start, fr.region_start - 80), fr.region_start)
    if pre is None or any(w.lower() in NOT_IN_SPEAKER_PHRASE or (w.islower() and w.endswith("ed"))
                          for w in pre.group("words").split()):
        return None
    return pre


def _find_speaker(text: str, start: int, v_start: int, v_end: int, verb: str, mentions: list[Mention],
                  reg: Registry, paragraph: int, blank: set[int],
                  frames: list[Frame]) -> tuple[list[Mention], bool]:
    """The speaker group of one reporting verb ([] when none fits), and whether it is borrowed from
    an earlier verb of the sentence ("X did A, boasted B")."""
    after = [i for i, m in enumerate(mentions) if m.start >= v_end]
    if verb == OWN_STATEMENT:  # "X expelled Y, according to a statement read on state television": X's own
        first = next((i for i, m in enumerate(mentions) if m.end <= v_start and m.kind in NAMED_SPEAKER_KINDS
                      and JOINT_LEAD_RE.fullmatch(text, start, m.start)), None)
        return (_speaker_group(mentions, first, text, 1) if first is not None else []), False
    if verb == "according to":
        return (_speaker_group(mentions, after[0], text, 1) if after else []), False
    if verb.startswith("no ") or verb == REACTION_FROM:  # "There was no immediate comment from the Kremlin": the one named after "from"
        who = next((i for i in after if mentions[i].kind in SPEAKER_KINDS
                    and FROM_AFTER_RE.fullmatch(text, v_end, mentions[i].start)), None)
        return (_speaker_group(mentions, who, text, 1) if who is not None else []), False
    if verb == GIVEN_BY:  # "Details given by the Pentagon": the one named right after "by" (its title or "the" between)
        who = next((i for i in after if mentions[i].kind in SPEAKER_KINDS
                    and GIVEN_AGENT_GAP_RE.fullmatch(text, v_end, mentions[i].start)), None)
        return (_speaker_group(mentions, who, text, 1) if who is not None else []), False
    if verb == VIEW_OF:  # "In Beijing's telling": the owner right before "'s"
        who = next((i for i, m in enumerate(mentions) if m.kind in NAMED_SPEAKER_KINDS and m.end < v_start
                    and POSSESSIVE_GAP_RE.fullmatch(text, m.end, v_start)), None)
        return (_speaker_group(mentions, who, text, -1) if who is not None else []), False
    if verb == QUOTED_X_AS:  # "state media quoted Abiy as saying": the one quoted, right after "quoted"
        lead = len(text[v_start:v_end].split(None, 1)[0]) + 1  # "quoted " or "cited "
        # "quoted a senior Egyptian official as saying": a few modifiers may stand before the one quoted
        who = next((i for i, m in enumerate(mentions) if v_start + lead <= m.start <= v_start + lead + 30
                    and m.kind in SPEAKER_KINDS and QUOTED_LEAD_RE.fullmatch(text, v_start + lead, m.start)), None)
        if who is not None and who + 1 < len(mentions) and mentions[who].kind == "reference" \
                and mentions[who + 1].kind in ("entity", "body") and mentions[who + 1].name \
                and SPOKES_OF_RE.fullmatch(text, mentions[who].end, mentions[who + 1].start):
            who += 1  # "quoted a spokesman for the North's defence ministry as saying": the body they speak for
        return (_speaker_group(mentions, who, text, 1) if who is not None else []), False
    participle = verb.endswith("ing") and not PROGRESSIVE_BEFORE_RE.search(text, max(start, v_start - 12), v_start)
    if participle and frames and not frames[-1].inverted and v_start - frames[-1].verb_end <= 80 \
            and not text.endswith(" as ", max(start, v_start - 4), v_start) \
            and not PARTICIPLE_GAP_STOP_RE.search(text, frames[-1].verb_end, v_start) \
            and not DONE_VERB_RE.search(text, frames[-1].verb_end, v_start) \
            and not FINITE_AUX_RE.search(text, frames[-1].verb_end, v_start):
        # "Ukraine wrote to the Security Council demanding a session": the writer demands, not the one written to
        # (only past the verb's object: "said Russia was massing troops, demanding ..." reports a clause)
        return frames[-1].speakers, True
    if participle and AFTER_GERUND_RE.search(text, max(start, v_start - 12), v_start):
        # "Fujimori declared a ceasefire on Tuesday, hours after announcing that ...": the main clause's subject speaks
        # in a time clause's gerund (session 25); never across another clause or a clause of reported words
        if frames and not frames[-1].inverted and frames[-1].verb not in L.CLAUSE_SPEECH_VERBS \
                and not GERUND_CLAUSE_STOP_RE.search(text, frames[-1].verb_end, v_start):
            return frames[-1].speakers, True
        subj = next((i for i, m in enumerate(mentions) if m.kind in NAMED_SPEAKER_KINDS and m.end <= v_start
                     and JOINT_LEAD_RE.fullmatch(text, start, m.start)), None)
        if not frames and subj is not None and DONE_VERB_RE.search(text, mentions[subj].end, v_start) \
                and not GERUND_CLAUSE_STOP_RE.search(text, mentions[subj].end, v_start):
            return _speaker_group(mentions, subj, text, 1), True
    if participle and not frames and not COMMA_BEFORE_RE.search(text, max(start, v_start - 4), v_start):
        # "Macron called Putin on Friday urging restraint": the sentence's subject, not the one its verb took
        subj = next((i for i, m in enumerate(mentions) if m.kind in NAMED_SPEAKER_KINDS and m.end <= v_start
                     and JOINT_LEAD_RE.fullmatch(text, start, m.start)), None)
        near = next((m for m in reversed(mentions) if m.end <= v_start), None)
        if subj is not None and near is not None and near.start > mentions[subj].end \
                and DONE_VERB_RE.search(text, mentions[subj].end, near.start) \
                and not PARTICIPLE_GAP_STOP_RE.search(text, mentions[subj].end, v_start):
            return _speaker_group(mentions, subj, text, 1), True
        if subj is not None and near is mentions[subj] and BY_BEFORE_RE.search(text, max(start, v_start - 4), v_start) \
                and DONE_VERB_RE.search(text, mentions[subj].end, v_start) \
                and not PARTICIPLE_GAP_STOP_RE.search(text, mentions[subj].end, v_start):
            # "Seoul answered on 12 August by announcing that ...": the subject answers by its words (session 14)
            return _speaker_group(mentions, subj, text, 1), True
        lead = LEAD_WORD_RE.match(text, start)
        if subj is None and near is not None and lead is not None and DONE_VERB_RE.search(text, lead.end(), near.start) \
                and not PARTICIPLE_GAP_STOP_RE.search(text, start, v_start):
            # "Protesters marched on the embassy demanding ...": a subject no name reads speaks unnamed
            return [Mention(lead.start(1), lead.end(1), "reference", None, None, form="anonymous")], True
    before_text = text[max(start, v_start - 4):v_start]
    # '"...," said X' / ', said X'; never "telling Trump" or "told reporters" (an object, not a speaker).
    inverting = bool(after) and not verb.endswith("ing") and verb not in ("told", "tells") and \
        mentions[after[0]].kind in NAMED_SPEAKER_KINDS and (not text[v_end:mentions[after[0]].start].strip() or (
            (mentions[after[0]].form == "anonymous" or mentions[after[0]].kind in ("body", "entity", "reference"))
            and INVERTED_DET_RE.fullmatch(text, v_end, mentions[after[0]].start)))
    doc = INVERTED_DOC_RE.match(text, v_end) if verb in INVERTING_VERBS else None
    if doc is not None and (INVERTED_BEFORE_RE.search(before_text) or COMMA_BEFORE_RE.search(before_text)):
        # "..., said a statement from the Egyptian presidency": the issuer after "from"
        issuer = next((i for i in after if mentions[i].start == doc.end() and mentions[i].kind in NAMED_SPEAKER_KINDS), None)
        if issuer is not None:
            return _speaker_group(mentions, issuer, text, 1), False
    # '"...," declared Malian junta spokesman Colonel X', ', said Oman's foreign minister X': the person the
    # role words after the verb lead to, not the state they name.
    titled = next((i for i in after[:3] if mentions[i].kind == "person" and mentions[i].start - v_end <= 70
                   and INVERTED_ROLE_LEAD_RE.fullmatch(text, v_end, mentions[i].start)), None) if after else None
    if titled is not None and (INVERTED_BEFORE_RE.search(before_text) or (
            verb in INVERTING_VERBS | {"insisted", "declared", "warned", "added"} and COMMA_BEFORE_RE.search(before_text))):
        return _speaker_group(mentions, titled, text, 1), False
    if inverting and INVERTED_BEFORE_RE.search(before_text):
        return _speaker_group(mentions, after[0], text, 1), False
    by = BY_AFTER_RE.match(text, v_end)
    # "was welcomed by the European Union": the agent's article may stand before its name
    agent_at = (by.end(), BY_AGENT_RE.match(text, v_end).end()) if by else ()
    if by and verb in L.PASSIVE_AGENT_VERBS and after and mentions[after[0]].start in agent_at \
            and mentions[after[0]].kind in SPEAKER_KINDS:
        return _speaker_group(mentions, after[0], text, 1), False
    aside = BY_ASIDE_RE.match(text, v_end)
    if aside and verb in L.PASSIVE_AGENT_VERBS and PASSIVE_BEFORE_RE.search(text, max(start, v_start - 40), v_start) \
            and after and mentions[after[0]].start == aside.end() and mentions[after[0]].kind in SPEAKER_KINDS:
        return _speaker_group(mentions, after[0], text, 1), False
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > v_start or v_start - m.end > 80:
            continue
        lo = max(start, m.start - 50)
        lead = SPOKES_FOR_RE.search(text, lo, m.start) if any(  # its head word first, found at C speed (session 16)
            text.find(w, lo, m.start) >= 0 for w in SPOKES_FOR_HEADS) else None
        if lead and m.kind in ("entity", "body") and TAIL_TO_VERB_RE.fullmatch(text, m.end, v_start):
            return [m], False  # "a spokesperson for the EU's foreign service said": the body they speak for
    joint = _joint_subject(text, start, v_start, mentions)
    if joint:
        return joint, False
    # "Kaja Kallas, the bloc's foreign policy chief, said": the person, not a body inside the apposition;
    # "X, which owns Y, said", "X, who spoke to Y on Monday, said": X, not a name inside the relative clause.
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end <= v_start and m.kind == "person" and APPOSITION_TO_VERB_RE.fullmatch(text, m.end, v_start):
            return _speaker_group(mentions, i, text, -1), False
        if m.end <= v_start and m.kind in NAMED_SPEAKER_KINDS and RELATIVE_TO_VERB_RE.fullmatch(text, m.end, v_start):
            # "Name, the commander of the Guards, who spoke in Tehran, said": the person whose apposition holds the clause
            held = next((j for j in range(i - 1, -1, -1) if mentions[j].kind == "person"
                         and APPOSITION_TO_VERB_RE.fullmatch(text, mentions[j].end, v_start)), None)
            return _speaker_group(mentions, i if held is None else held, text, -1), False
        if m.end <= v_start and v_start - m.end > 140:
            break
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > v_start:
            continue
        # "The Hamas movement", "the Houthi group": a name (or its adjective) and a group's head word speak.
        head = (L.ENTITY_HEAD_RE.match(text, m.end, v_start) or LED_HEAD_RE.match(text, m.end, v_start)
                or OFFICE_HEAD_RE.match(text, m.end, v_start)) if m.kind in ("entity", "demonym") else \
            L.OWNED_BODY_RE.match(text, m.end, v_start) if m.kind == "body" else None  # "the army's media wing"
        if m.kind not in SPEAKER_KINDS and head is None:
            continue
        if v_start - m.end > MAX_GAP:
            break
        if m.kind == "entity" and i > 0 and mentions[i - 1].kind in ("entity", "demonym"):
            ph = LED_HEAD_RE.match(text, mentions[i - 1].end, m.start) or L.ENTITY_HEAD_RE.match(text, mentions[i - 1].end, m.start)
            if ph and PLACE_OF_RE.fullmatch(text, ph.end(), m.start):
                continue  # "the Houthi-led administration in Sanaa said": the group's body, not the place it sits in
        if m.kind == "entity" and i > 0 and mentions[i - 1].kind in ("body", "person", "reference") \
                and PLACE_OF_RE.fullmatch(text, mentions[i - 1].end, m.start):
            own = mentions[i - 1]
            if own.kind in ("body", "reference") and (own.name is None or own.name == own.role) and own.role \
                    and not ABROAD_BODY_RE.search(own.role) and L.ENTITY_KINDS.get(m.name or "") == "country" \
                    and GAP_RE.fullmatch(text, m.end, v_start):
                # "the ministry of defence in Ankara said": a state's own office placed in its capital is that state's
                return [Mention(own.start, own.end, "body", m.name, own.role)], False
            continue  # "the Chinese embassy in Tokyo said": the embassy speaks, not the place it is in
        if m.kind == "entity" and i > 0 and mentions[i - 1].kind in ("body", "person") \
                and ENVOY_ROLE_RE.search(mentions[i - 1].role or text[mentions[i - 1].start:mentions[i - 1].end]) \
                and ENVOY_TO_RE.fullmatch(text, mentions[i - 1].end, m.start) and GAP_RE.fullmatch(text, m.end, v_start):
            # "Russia's ambassador to Washington said": the envoy speaks, not the state it is sent to
            return _speaker_group(mentions, i - 1, text, -1), False
        if m.kind == "pronoun" and m.form not in ("he", "she") and v_start - m.end > 1 \
                and not PRONOUN_ADVERB_RE.fullmatch(text, m.end, v_start):
            continue  # "It further stated", "They also said": an adverb between is still its verb
        gap = text[m.end:v_start]
        if m.kind == "person" and gap.lstrip().startswith(",") and GAP_RE.fullmatch(gap.lstrip()[1:]) \
                and text[max(start, m.start - 2):m.start] == ", ":
            return _speaker_group(mentions, i, text, -1), False  # "the head of X, Ali Salehi, said"
        m_end = head.end() if head else m.end
        gap = text[m_end:v_start]
        if blank and not blank.isdisjoint(range(m_end, v_start)):
            gap = "".join(" " if k in blank else text[k] for k in range(m_end, v_start))
        if GAP_RE.fullmatch(gap) and not (QUOTE_GAP_END_RE.search(gap) and not verb.endswith("ed")):
            # a quote's opening mark in the gap only before a past verb of speech ('X "deeply deplored" ...'); 'He said
            # Australia "deplores the loss"' is the words of the one who said it (session 22)
            # "X did not say" is a (negated) statement; "X had not declared the site" is no speech at all.
            if NEGATED_GAP_RE.search(gap) and verb.lower() not in NEGATABLE_VERBS:
                return [], False
            return _speaker_group(mentions, i, text, -1), False
    if inverting and verb in INVERTING_VERBS and COMMA_BEFORE_RE.search(before_text):
        return _speaker_group(mentions, after[0], text, 1), False  # "..., said the ministry"
    if COORDINATED_BEFORE_RE.search(text[max(start, v_start - 8):v_start]):
        aside = LEAD_ASIDE_RE.fullmatch(text, start, v_start) if not frames else None
        if aside is not None and not DONE_VERB_RE.search(text, start, aside.end("lead")) \
                and not L.REPORTING_VERB_RE.search(text, start, aside.end("lead")):
            # "Xinhua, citing the coast guard, said", "Pakistan's media wing, ISPR, said": the sentence's own
            # subject and an aside before its verb; no earlier predicate lends the speaker.
            first = next((i for i, m in enumerate(mentions) if m.kind in SPEAKER_KINDS and m.end <= v_start), None)
            if first is not None:
                return _speaker_group(mentions, first, text, 1), False
        if frames:
            return frames[-1].speakers, True
        first = next((i for i, m in enumerate(mentions) if m.kind in SPEAKER_KINDS and m.end <= v_start), None)
        if verb.endswith("ing") and (first is None or not JOINT_LEAD_RE.fullmatch(text, start, mentions[first].start)):
            # "Israeli jets struck targets in Lebanon, saying ...": the clause's subject speaks, never a name in its
            # object; a demonym opening the sentence is its state's, else the subject is no name read (unnamed)
            demo = next((m for m in mentions if m.kind == "demonym" and m.end <= v_start and m.name
                         and JOINT_LEAD_RE.fullmatch(text, start, m.start)), None)
            lead = LEAD_WORD_RE.match(text, start)
            if demo is not None:
                return [Mention(demo.start, demo.end, "entity", demo.name)], True
            return ([Mention(lead.start(1), lead.end(1), "reference", None, None, form="anonymous")] if lead else []), True
        if first is not None:
            return _speaker_group(mentions, first, text, 1), True
    return [], False


def _characterises(text: str, start: int, v_start: int, v_end: int, verb: str, mentions: list[Mention],
                   blank: set[int] | frozenset[int] = frozenset()) -> bool:
    """"which Belgrade called", "in what London called", "a step Kinshasa described as", "X described Y as",
    "X has called the closure an act of hostility", "..., calling the seizure an act of piracy"."""
    if NAMING_AFTER_RE.match(text, v_end):
        return False  # "which China calls Diaoyu": a name, not a view
    judged = (verb.startswith(("describ", "regard")) and AS_AFTER_RE.match(text, v_end) is not None) \
        or COMPLEMENT_AFTER_RE.match(text, v_end) is not None or PRONOUN_VIEW_RE.match(text, v_end) is not None
    if verb.endswith("ing"):  # the subject of the verb before speaks: "Oslo went further, calling ..."
        own = next((m for m in reversed(mentions) if m.end <= v_start), None)
        if judged and own is not None and own.kind in SPEAKER_KINDS and not text[own.end:v_start].strip() \
                and WITH_BEFORE_RE.search(text, max(start, own.start - 10), own.start):
            return True  # "..., with the foreign ministry calling the move a provocation": its own subject
        return judged and COMMA_BEFORE_RE.search(text, max(start, v_start - 4), v_start) is not None
    if PASSIVE_BEFORE_RE.search(text, max(start, v_start - 12), v_start) and BY_AFTER_RE.match(text, v_end):
        return judged  # "was described by Russian diplomats as a circus": the agent's view
    speaker = next((m for m in reversed(mentions) if m.end <= v_start and m.kind in SPEAKER_KINDS), None)
    # "France's foreign ministry on Saturday called the arrests arbitrary": the speaker's date phrase is blank.
    gap = "" if speaker is None else "".join(" " if k in blank else text[k] for k in range(speaker.end, v_start))
    if speaker is not None and gap.strip() and not APPOSED_GAP_RE.fullmatch(gap):
        # "The ministry, in a statement carried by the official IRNA agency, called ...": the subject before the
        # aside speaks, not a name inside it
        aside = next((m for m in reversed(mentions) if m.end < speaker.start and m.kind in SPEAKER_KINDS), None)
        if aside is not None and APPOSED_GAP_RE.fullmatch(text, aside.end, v_start) \
                and SETTING_ASIDE_RE.match(text, aside.end):
            speaker, gap = aside, text[aside.end:v_start]
    if speaker is None or (gap.strip() and not AUX_GAP_RE.fullmatch(gap)
                           and not APPOSED_GAP_RE.fullmatch(gap)
                           and not (speaker.kind == "person" and WHO_GAP_RE.fullmatch(gap))
                           and not CLOSING_COMMA_RE.fullmatch(gap)):
        return False
    if CHARACTERISE_BEFORE_RE.search(text, max(start, speaker.start - 30), speaker.start):
        return True
    return judged


def lower_of(text: str, a: int, b: int) -> str:
    """text[a:b] lowered as the word lists expect (ASCII only, same length)."""
    return L.lowered(text[a:b])


def _joint_subject(text: str, start: int, v_start: int, mentions: list[Mention]) -> list[Mention]:
    """"X and the state media of Y have traded barbs": the sentence's first named speaker, when it
    opens the sentence and a plural auxiliary closes the words joined to it; [] otherwise."""
    first = next((m for m in mentions if m.kind in NAMED_SPEAKER_KINDS_NO_REFERENCE), None)
    if first is None or first.end > v_start or not JOINT_LEAD_RE.fullmatch(text, start, first.start):
        return []
    gap = JOINT_GAP_RE.fullmatch(text, first.end, v_start)
    if gap is None or L.REPORTING_VERB_RE.search(text, first.end, v_start):
        return []
    return [first] + [m for m in mentions if first.end < m.start and m.end <= v_start and m.kind in SPEAKER_KINDS]


def find_via(text: str, start: int, end: int, mentions: list[Mention], keys: KeyIndex | None = None) -> str | None:
    """The agency or document the sentence relays its claim through ("Itar-Tass reported")."""
    for m in mentions:
        if m.kind == "agency":
            return m.name
    gates = mask_of(keys, start, end)
    for m in ACCORDING_RE.finditer(text, start, end) if gates & G_ACCORDING else ():
        tail = text[m.end():end]
        owner = next((x for x in mentions if x.start in (m.end(), m.end("lead") + 1)), None)
        if owner is not None and L.OWNED_BODY_RE.match(text, owner.end):
            continue  # "according to the military's media wing": a speaker, not a document
        doc = L.DOCUMENT_WORDS_RE.search(tail[:60].split(",")[0])
        if doc:
            return " ".join(tail[:doc.end()].split())
    return None
