"""Session 17 (scale17): the quick tests parity's per-excerpt part (parity.build.excerpt_part) now runs before its
slower readers answer as the readers alone did: agency names blanked, the phrase passes, stances, denied clauses."""

from __future__ import annotations

from parity import lexicon, stance
from tests.parity.test_speed_session14 import DENIALS, TEXTS

# Invented sentences naming agencies in the shapes the agency pattern reads (and one it must not: "X of Pakistan"),
# stances of each reader (verbs, sovereignty, characterisations) and denials.
AGENCIES = [
    "Valdoria's navy fired flares near the reef, Reuters reported on Tuesday.",
    "The Associated Press of Pakistan said the talks would resume.",
    "According to Agence France-Presse, two frigates sailed at dawn.",
    "reuters",
    "Reuters",
    "XReuters and ReutersX are no agency's names.",
    "(AP) -- Three drones were shot down, the Associated Press said.",
    "Interfax and TASS quoted the ministry as saying the drills had ended.",
]
STANCES = [
    "Valdoria condemned the seizure of the tanker by Ostrania.",
    "The minister said the islets are Valdorian and always have been.",
    "The spokesman said the measures were not a countermeasure.",
    "Ostrania backed Valdoria's call for talks, officials in Port Ardel said.",
    "The ministry declined to blame either side and urged restraint.",
    "The envoy said nothing about the ships.",
]


def _old_without_agencies(text: str) -> str:
    _, pattern, _ = lexicon._agency_table()
    return pattern.sub(" ", text)


def test_without_agencies_equal_the_substitution() -> None:
    blanked = 0
    for text in TEXTS + AGENCIES:
        got = lexicon.without_agencies(text)
        assert got == _old_without_agencies(text), text
        blanked += got != text
    assert blanked >= 5  # the slow path ran too


def test_agency_names_found_wherever_the_pattern_matches() -> None:
    """The quick test (the names alone) finds a name in every text the full pattern matches in."""
    for text in TEXTS + AGENCIES:
        if lexicon._agency_table()[1].search(text):
            assert lexicon._agency_names_re().search(text), text


def test_replace_both_without_starts_gives_the_lists_back() -> None:
    states, demonyms, named = lexicon._token_tables()
    for text in TEXTS:
        tokens = lexicon.TOKEN_RE.findall(text)
        folded = lexicon._folded(tokens)
        for table in (lexicon._places(), states, demonyms, named):
            keys = folded if table.folded else tokens
            if table.firsts.isdisjoint(keys):
                out, out_folded = lexicon._replace_both(tokens, folded, table)
                assert out is tokens and out_folded is folded


def test_takes_stance_is_stances_found() -> None:
    taken = 0
    for text in TEXTS + STANCES + DENIALS:
        for things in (False, True):
            want = bool(stance.stances_in(text, things=things))
            assert stance.takes_stance(text, things=things) == want, (text, things)
            taken += want
    assert taken >= 10


def _old_denied_clause(text: str) -> str:
    m = stance._denial_re().search(text)
    if m is None:
        return ""
    rest = text[m.end() : m.end() + 200]
    end = stance.CLAUSE_END_RE.search(rest)
    return rest[: end.start()] if end else rest


def test_denied_clause_equal_the_regex_alone() -> None:
    found = 0
    for text in TEXTS + DENIALS:
        got = stance.denied_clause(text)
        assert got == _old_denied_clause(text), text
        found += bool(got)
    assert found >= 3


def test_folded_letter_words_kept_are_the_words_again() -> None:
    """A text asked again gives the same words (kept), and a kept list is never changed by its readers."""
    for text in STANCES + DENIALS:
        first = list(stance.folded_letter_words(text))
        stance.stances_in(text, things=True)
        stance.denies(text)
        assert stance.folded_letter_words(text) == first == [w.casefold() for w in stance.LETTERS_RE.findall(text)]


def test_denies_joined_is_denies_of_the_joined_text() -> None:
    """A statement's summary and evidence asked apart answer as the two joined by a space."""
    summaries = ["Ostrania denied", "The ministry said", "Valdoria: it den\u0130ed", "", "rejected", "The envoy"]
    found = 0
    for tail in TEXTS[:300] + DENIALS:
        for head in summaries:
            want = stance.denies(f"{head} {tail}")
            assert stance.denies_joined(head, tail) == want, (head, tail)
            found += want
    assert found >= 20


def _old_negated_subject(evidence: str, summary: str) -> bool:
    import re

    from parity import claims

    act = summary.split(": ", 1)[1] if ": " in summary else summary
    act = act.rstrip("…").strip()[:24]
    if not act:
        return False
    pos = evidence.find(act)
    if pos < 0:
        return False
    own = re.match(rf"(?:{'|'.join(map(re.escape, lexicon.stance_rules()['negated_subjects']['cues']))})\s", act,
                   re.IGNORECASE)
    if own and not re.match(r"no\.", act, re.IGNORECASE):
        return claims._negated_subject_re().search(evidence[: pos + own.end() - 1]) is not None
    return claims._negated_subject_re().search(evidence[:pos].rstrip()) is not None


def test_negated_subject_with_its_pattern_made_once() -> None:
    from parity import claims

    rows = [("No Valdorian sailors were hurt when the ship was hit.", "No Valdorian sailors were hurt"),
            ("Officials said nobody was injured in the blast at the depot.", "Officials said: nobody was injured"),
            ("NO civilians were killed, the army said.", "NO civilians were killed"),
            ("The No. 2 reactor was shut down on Friday.", "No. 2 reactor was shut down"),
            ("None of the drones reached the port, the navy said.", "None of the drones reached the port")]
    rows += [(t, t[:40]) for t in TEXTS[:400]]
    negated = 0
    for evidence, summary in rows:
        want = _old_negated_subject(evidence, summary)
        assert claims.negated_subject.__wrapped__(evidence, summary) == want, (evidence, summary)
        negated += want
    assert negated >= 2


def test_characterisations_with_the_copula_test_as_a_set_test() -> None:
    """The copula test before the characterisation pattern answers as the set intersection it replaced."""
    for text in TEXTS + STANCES:
        words = stance.folded_letter_words(text)
        assert stance.COPULA_WORDS.isdisjoint(words) == (not (set(stance.COPULA_WORDS) & set(words))), text
    assert stance.characterisation_stances("The spokesman said the measures were not a countermeasure.")
