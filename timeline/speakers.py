"""Who is named in a sentence, and who says what: mentions, coreference and statement frames."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline import lexicon as L

SPEAKER_KINDS = frozenset({"person", "entity", "body", "pronoun", "reference"})
ACTOR_KINDS = frozenset({"person", "entity", "body", "pronoun", "reference", "demonym"})
NOT_NAMES = frozenset(L.NOT_NAMES)
# What may stand between a speaker and the verb: an appositive between commas or dashes,
# auxiliaries and adverbs, a short "on Wednesday" / "in Moscow" phrase.
GAP_RE = re.compile(
    r"(?:\s|,[^,;\"“”]{1,160},|[–—][^–—]{1,160}[–—]"
    r"|\b(?:also|then|later|earlier|previously|again|repeatedly|reportedly|has|have|had|is|was"
    r"|were|are|will|would|all|both|who|too|further|publicly|separately|recently|once|himself"
    r"|herself|itself|\w+ly|and (?:\d+|[a-z]+) (?:other )?(?:allies|partners|countries|nations|states|others)|\([A-Z][A-Za-z]{1,9}\)|in a (?:joint )?statement|in an interview|on Twitter|(?:on|in|at|from) "
    r"(?:the )?[\w.’'-]+(?: [A-Z][\w.’'-]*)?)\b)*"
)
NOUN_BEFORE_RE = re.compile(r"\b(?:his|her|its|their|the|a|an|these|those|our|my|your|whose|to)\s+$", re.I)
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being)\s+$")
INVERTED_BEFORE_RE = re.compile(r"(?:[”\"],?|,[”\"])\s*$")
# "the agency", "the watchdog": an organisation named earlier (the IAEA, NATO), not a ministry.
ORG_REFERENCES = frozenset({"agency", "watchdog", "alliance", "bloc", "organisation", "organization"})
TRAILING_FRAME_RE = re.compile(r"[,”\"]\s*(?:[”\"]\s*)?(?:(?:the|a|an|The|A|An)\s+)?$")
MAX_GAP = 240  # longest stretch between a speaker and the verb (an appositive of 160 and some words)
COMMA_BEFORE_RE = re.compile(r",\s*$")
# After a bare comma only these verbs put their speaker after them (", said the ministry").
INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "stated", "wrote", "writes", "noted"})
COORDINATED_BEFORE_RE = re.compile(r"(?:,|\band|\bbut(?: also)?)\s+$")
BY_AFTER_RE = re.compile(r"\s+by\s+")
# After the verb: "told reporters in Minsk", then "that" — the frame, not the words reported.
THAT_RE = re.compile(
    r"\s*(?:(?:reporters|journalists|the press|a news conference|a press conference|lawmakers|parliament)"
    r"(?:\s+(?:in|at|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?\s*(?:,\s*)?(?:that\b)?\s*")
CONTENT_END_RE = re.compile(r";|,\s+(?:and|but)\s+(?!that\b)")
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?:the\s+|a\s+|an\s+)?")
QUOTED_BY_RE = re.compile(r"\b(?:quoted by|cited by|told|citing)\s+(?:the\s+)?(?:state\s+)?(?:news\s+agency\s+)?")
# A bare name is a person when a verb of speech follows, perhaps after one word ("yesterday").
SPEAKING_AFTER_RE = re.compile(r",?\s+(?:[a-z]+\s+)?(?:" + L.REPORTING_VERB_RE.pattern + ")")
PRESENT_VERB_RE = re.compile(r"(?:says|say|tells|warns|adds|urges|insists|believes?|claims|denies)\b")
PRESENT_AUX_RE = re.compile(r"\b(?:is|are)\s+$")
ABBREVIATION_RE = re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, L.TITLE_ABBREVIATIONS)) + ")(?!\\w)")
TOKEN_RE = re.compile(r"\S+")
CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
LEADING_THE_RE = re.compile(r"^the\s+")
LEADING_ARTICLE_RE = re.compile(r"(?:The|A|An|the|a|an)\s+")
SPEAKING_BEFORE_RE = re.compile(r"(?:[”\"],?|,)\s*(?:said|says|added|adds|wrote|stated)\s+$")
MIDDLE_INITIAL_RE = re.compile(r"\s+[A-Z]\.(?=\s)")
POSSESSIVE_RE = re.compile(r"^(?P<ent>.+?)(?:'s|’s)\s+")


@dataclass
class Mention:
    """A person, entity, body, pronoun or role reference named in the text."""

    start: int
    end: int
    kind: str  # person | entity | demonym | region | body | pronoun | reference | agency
    name: str | None  # canonical name once resolved
    role: str | None = None
    form: str = ""  # for entities: name | seat | demonym | region


@dataclass
class Person:
    """A person the excerpt has named, with the role the text gave."""

    name: str
    role: str | None
    last: int  # offset of the latest mention


@dataclass
class Registry:
    """What one excerpt has named so far, for "he", "the minister", "Ryabkov", "the ministry"."""

    persons: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    family_first: dict[str, str] = field(default_factory=dict)
    bodies: list[tuple[str, str]] = field(default_factory=list)  # (actor name, body role) as named
    last_org: str | None = None  # the last organisation named, for "the agency", "the watchdog"
    last_speaker: tuple[str, str | None, int, str] | None = None  # name, role, paragraph, kind
    last_person: str | None = None

    def note_person(self, raw: str, role: str | None, pos: int) -> Person:
        """Register (or refresh) a person from a written name; a surname alone joins the full name."""
        name = MIDDLE_INITIAL_RE.sub("", raw).strip()
        tokens = name.split()
        if len(tokens) == 1 and name in self.surnames:
            name = self.surnames[name]
        elif len(tokens) == 1 and name in self.family_first:
            name = self.family_first[name]
        person = self.persons.get(name)
        if person is None:
            person = self.persons[name] = Person(name, role, pos)
            self.surnames[tokens[-1]] = name
            if len(tokens) > 1:  # "Xi Jinping" -> "Xi", "Kim Jong Un" -> "Kim": family name first
                self.family_first.setdefault(tokens[0], name)
        else:
            person.last = pos
            if role and not person.role:
                person.role = role
        self.last_person = name
        return person

    def by_role(self, head: str) -> Person | None:
        """The most recently mentioned person whose role contains the head word."""
        head = head.lower()
        best = None
        for person in self.persons.values():
            if person.role and head in person.role.lower() and (best is None or person.last > best.last):
                best = person
        return best


def canonical_role(title: str) -> str:
    """A role as the record writes it: "Russia's X" -> "Russian X", "Sen." -> "Senator"."""
    title = " ".join(title.split())
    m = POSSESSIVE_RE.match(title)
    if m and m.group("ent") in L.ENTITY_FORMS:
        canon = L.ENTITY_FORMS[m.group("ent")][0]
        adj = L.DEMONYM_OF.get(canon)
        if adj:
            title = f"{adj} {title[m.end():]}"
    if "." in title:
        title = ABBREVIATION_RE.sub(lambda m: L.TITLE_ABBREVIATIONS[m.group(0)], title)
    return title


def _clean_name(raw: str) -> tuple[int, str]:
    """(offset, name): a captured name without leading non-name words ("While Putin"), cut at the
    first later word that cannot be part of a name ("Trump Administration")."""
    out: list[str] = []
    offset = 0
    if " " not in raw:  # the common case: one word
        return (0, "") if raw in NOT_NAMES or raw in L.ENTITY_FORMS else (0, raw)
    for tok in TOKEN_RE.finditer(raw):
        bad = tok.group(0) in NOT_NAMES or tok.group(0) in L.ENTITY_FORMS
        if bad and out:
            break
        if bad:
            continue
        if not out:
            offset = tok.start()
        out.append(tok.group(0))
    return offset, " ".join(out)


def _entity_at(text: str, m: re.Match[str]) -> re.Match[str]:
    """Prefer "North Korean" over "the North" in "the North Korean border"."""
    if m.group(0).startswith("the ") and CAPITAL_NEXT_RE.match(text, m.end()):
        inner = L.ENTITY_RE.match(text, m.start() + 4)
        if inner:
            return inner
    return m


def find_mentions(text: str, start: int, end: int, reg: Registry) -> list[Mention]:
    """Mentions in text[start:end], in order, without overlaps; persons are registered as met."""
    found: list[Mention] = []
    taken = bytearray(end - start)

    def free(a: int, b: int) -> bool:
        return not any(taken[a - start : b - start])

    def take(m: Mention) -> None:
        found.append(m)
        taken[m.start - start : m.end - start] = b"\x01" * (m.end - m.start)

    for m in L.SHIP_NAME_RE.finditer(text, start, end):  # "HMS Queen Elizabeth" is no queen
        take(Mention(m.start(), m.end(), "ship", f"{m.group('prefix')} {m.group('name')}"))
    for m in L.AGENCY_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "agency", L.AGENCY_FORMS[m.group(0)]))
    for m in L.TITLED_NAME_RE.finditer(text, start, end):
        off, name = _clean_name(m.group("name"))
        if name and off == 0 and free(m.start(), m.start("name") + len(name)):
            take(Mention(m.start(), m.start("name") + len(name), "person", name,
                         canonical_role(m.group("title"))))
    for m in L.HONORIFIC_NAME_RE.finditer(text, start, end):
        off, name = _clean_name(m.group("name"))
        if name and off == 0 and free(m.start(), m.start("name") + len(name)):
            take(Mention(m.start(), m.start("name") + len(name), "person", name))
    for m in L.BODY_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            role = LEADING_THE_RE.sub("", canonical_role(text[m.start():m.end()]))
            name = L.ENTITY_FORMS[m.group("ent")][0] if m.group("ent") else role
            take(Mention(m.start(), m.end(), "body", name, role))
            reg.bodies.append((name, role))
    for m in L.ORG_NAME_RE.finditer(text, start, end):
        lead = LEADING_ARTICLE_RE.match(m.group(0))
        a = m.start() + (lead.end() if lead else 0)
        if free(a, m.end()) and a < m.end():
            inner = L.ENTITY_RE.search(text, a, m.end())
            role = text[a:m.end()]
            take(Mention(a, m.end(), "body", L.ENTITY_FORMS[inner.group(0)][0] if inner else role, role))
            reg.bodies.append((L.ENTITY_FORMS[inner.group(0)][0] if inner else role, role))
    for m in L.ENTITY_RE.finditer(text, start, end):
        m = _entity_at(text, m)
        if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
            continue  # "(IAEA)" after the name it abbreviates is no second mention
        if free(m.start(), m.end()):
            canon, form = L.ENTITY_FORMS[m.group(0)]
            kind = {"demonym": "demonym", "region": "region"}.get(form, "entity")
            take(Mention(m.start(), m.end(), kind, canon, form=form))
            if L.ENTITY_KINDS.get(canon) == "organisation" and form == "name":
                reg.last_org = canon
    for m in L.BARE_NAME_RE.finditer(text, start, end):
        off, name = _clean_name(m.group("name"))
        a = m.start() + off
        if not name or not free(a, a + len(name)):
            continue
        known = name in reg.persons or name in reg.surnames or name in reg.family_first
        speaking = SPEAKING_AFTER_RE.match(text, a + len(name)) or SPEAKING_BEFORE_RE.search(
            text, max(start, a - 24), a)
        if known or (speaking and name not in L.AGENCY_FORMS):
            take(Mention(a, a + len(name), "person", name))
    for m in L.ROLE_REFERENCE_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head")))
    for m in L.BODY_REFERENCE_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "reference", None, role=m.group("head"), form="body"))
    for m in L.PRONOUN_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "pronoun", None, form=m.group(0).lower()))
    found.sort(key=lambda x: x.start)
    for mention in found:
        if mention.kind == "person":
            person = reg.note_person(mention.name or "", mention.role, mention.start)
            mention.name, mention.role = person.name, person.role
    return found


def resolve(mention: Mention, reg: Registry, paragraph: int) -> Mention | None:
    """A speaker-like mention with its name filled in from the registry, or None when it cannot be."""
    if mention.kind in ("person", "entity", "body", "demonym"):
        return mention
    name, role, kind = None, None, "person"
    last = reg.last_speaker if reg.last_speaker and paragraph - reg.last_speaker[2] <= 1 else None
    head = (mention.role or "").lower()
    if mention.kind == "pronoun" and mention.form in ("he", "she"):
        if last and last[3] == "person":
            name, role = last[0], last[1]
        elif reg.last_person:
            name, role = reg.last_person, reg.persons[reg.last_person].role
    elif mention.kind == "pronoun" and mention.form == "it":
        if last and last[3] in ("entity", "body"):  # "It said ..." after "the ministry said ..."
            name, role, kind = last[0], last[1], last[3]
    elif mention.kind == "reference":
        person = reg.by_role(head) if mention.form != "body" else None
        if person:
            name, role = person.name, person.role
        else:
            body = next((b for b in reversed(reg.bodies) if head in b[1].lower()), None)
            if body:
                name, role, kind = body[0], body[1], "body"
            elif head in ORG_REFERENCES and reg.last_org:
                name, kind = reg.last_org, "entity"
    if name is None:
        return None
    return Mention(mention.start, mention.end, kind, name, role)


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
        listed = link == ", " and len(group) > 1 and step < 0 and mentions[j].kind == group[-1].kind
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
                paragraph: int, blank: set[int]) -> list[Frame]:
    """Statement frames in one sentence; blank holds offsets of date phrases a gap may contain."""
    frames: list[Frame] = []
    candidates = [(m.start(), m.end(), m.group(0)) for m in L.REPORTING_VERB_RE.finditer(text, start, end)]
    for m in ACCORDING_RE.finditer(text, start, end):
        at = (m.end(), m.start() + len("according to "))  # "according to the command": "the" may be in it
        nxt = next((x for x in mentions if x.start in at), None)
        tail = text[m.end():min(end, m.end() + 60)].split(",")[0]
        if nxt and nxt.kind in SPEAKER_KINDS and not L.DOCUMENT_WORDS_RE.search(tail):
            candidates.append((m.start(), nxt.start, "according to"))
    candidates.sort()
    for v_start, v_end, verb in candidates:
        before = text[max(start, v_start - 40):v_start]
        if verb != "according to" and (NOUN_BEFORE_RE.search(before) or (
                PASSIVE_BEFORE_RE.search(before) and not BY_AFTER_RE.match(text, v_end))):
            continue
        group, borrowed = _find_speaker(text, start, v_start, v_end, verb, mentions, reg, paragraph, blank,
                                        frames)
        if not group:
            continue
        resolved = [r for r in (resolve(m, reg, paragraph) for m in group) if r is not None]
        if not resolved or resolved[0].kind == "agency":
            continue
        inverted = group[0].start >= v_end
        coordinated = bool(frames) and group[0].start < frames[-1].verb_end
        frames.append(Frame(resolved, verb, v_start, v_end,
                            v_start if inverted or coordinated else min(v_start, group[0].start), None,
                            inverted=inverted, borrowed=borrowed))
    # Each frame's words run from its verb to the next frame (or a clause break, or the sentence end).
    for k, fr in enumerate(frames):
        stop = frames[k + 1].region_start if k + 1 < len(frames) else end
        after_speaker = max(fr.verb_end, max(s.end for s in fr.speakers))
        while after_speaker < stop and (text[after_speaker].isspace() or after_speaker in blank):
            after_speaker += 1  # "said on Wednesday that": the date is the frame's, not the words'
        lead = THAT_RE.match(text, after_speaker)
        c_start = lead.end() if lead else after_speaker
        brk = CONTENT_END_RE.search(text, c_start, stop)
        c_end = brk.start() if brk else stop
        while c_end > c_start and not text[c_end - 1].isalnum() and text[c_end - 1] not in "”\"’'":
            c_end -= 1
        fr.content = (c_start, c_end) if c_end - c_start > 2 and text[c_start:c_end].strip() else None
        if fr.inverted:
            fr.content = None
        if fr.content is None and k == 0:
            # "X fired on Saturday at Y, the military said": the reported words come first.
            pre = TRAILING_FRAME_RE.search(text, start, fr.region_start)
            if pre and len(text[start:pre.start()].split()) >= 3:
                fr.content = (start, pre.start())
        fr.tense = "present" if PRESENT_VERB_RE.match(fr.verb) or \
            PRESENT_AUX_RE.search(text, max(start, fr.verb_start - 6), fr.verb_start) else "past"
    for fr in frames:
        reg.last_speaker = (fr.speakers[0].name or "", fr.speakers[0].role, paragraph, fr.speakers[0].kind)
    return frames


def _find_speaker(text: str, start: int, v_start: int, v_end: int, verb: str, mentions: list[Mention],
                  reg: Registry, paragraph: int, blank: set[int],
                  frames: list[Frame]) -> tuple[list[Mention], bool]:
    """The speaker group of one reporting verb ([] when none fits), and whether it is borrowed from
    an earlier verb of the sentence ("X did A, boasted B")."""
    after = [i for i, m in enumerate(mentions) if m.start >= v_end]
    if verb == "according to":
        return (_speaker_group(mentions, after[0], text, 1) if after else []), False
    before_text = text[max(start, v_start - 4):v_start]
    # '"...," said X' / ', said X'; never "telling Trump" or "told reporters" (an object, not a speaker).
    inverting = bool(after) and not verb.endswith("ing") and verb not in ("told", "tells") and \
        mentions[after[0]].kind in SPEAKER_KINDS - {"pronoun"} and not text[v_end:mentions[after[0]].start].strip()
    if inverting and INVERTED_BEFORE_RE.search(before_text):
        return _speaker_group(mentions, after[0], text, 1), False
    by = BY_AFTER_RE.match(text, v_end)
    if by and verb in L.PASSIVE_AGENT_VERBS and after and mentions[after[0]].start == by.end() \
            and mentions[after[0]].kind in SPEAKER_KINDS:
        return _speaker_group(mentions, after[0], text, 1), False
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > v_start or m.kind not in SPEAKER_KINDS:
            continue
        if v_start - m.end > MAX_GAP:
            break
        if m.kind == "pronoun" and m.form not in ("he", "she") and v_start - m.end > 1:
            continue
        gap = text[m.end:v_start]
        if m.kind == "person" and gap.lstrip().startswith(",") and GAP_RE.fullmatch(gap.lstrip()[1:]) \
                and text[max(start, m.start - 2):m.start] == ", ":
            return _speaker_group(mentions, i, text, -1), False  # "the head of X, Ali Salehi, said"
        if blank and not blank.isdisjoint(range(m.end, v_start)):
            gap = "".join(" " if k in blank else text[k] for k in range(m.end, v_start))
        if GAP_RE.fullmatch(gap):
            return _speaker_group(mentions, i, text, -1), False
    if inverting and verb in INVERTING_VERBS and COMMA_BEFORE_RE.search(before_text):
        return _speaker_group(mentions, after[0], text, 1), False  # "..., said the ministry"
    if COORDINATED_BEFORE_RE.search(text[max(start, v_start - 8):v_start]):
        if frames:
            return frames[-1].speakers, True
        first = next((i for i, m in enumerate(mentions) if m.kind in SPEAKER_KINDS and m.end <= v_start), None)
        if first is not None:
            return _speaker_group(mentions, first, text, 1), True
    return [], False


def find_via(text: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The agency or document the sentence relays its claim through ("Itar-Tass reported")."""
    for m in mentions:
        if m.kind == "agency":
            return m.name
    for m in ACCORDING_RE.finditer(text, start, end):
        tail = text[m.end():end]
        doc = L.DOCUMENT_WORDS_RE.search(tail[:60].split(",")[0])
        if doc:
            return " ".join(tail[:doc.end()].split())
    return None
