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
