"""Session 14 (speed): the tokens parity reads, case-folded once and kept beside the tokens through every
replacement pass (lexicon._replace_both), are those of the plain passes that fold each pass's tokens again."""

from __future__ import annotations

import sys
from itertools import compress
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import lexicon

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = [DATA / "eval" / "scs", DATA / "eval" / "iran", DATA / "gaps2" / "przewodow", DATA / "dev11-acts" / "cfe",
           DATA / "dev12-links" / "radar", DATA / "excerpts"]

# Sentences that exercise each table: places blocking a state inside them, multi-word states and demonyms,
# objects with keep_head, heads worded differently, spin swaps, a phrase at either end, case and accents.
SENTENCES = [
    "The Sea of Japan drills by the Russian Federation and the United States ended.",
    "South Korean warning shots hit the Indian Ocean; the USA denied any shots were fired.",
    "Türkiye's Foreign Ministry summoned the İran envoy after the Strait of Hormuz seizure.",
    "united states",
    "ballistic missiles",
    "North Korea fired two ballistic missiles into the East Sea, Seoul's Joint Chiefs of Staff said.",
    "THE PEOPLE'S REPUBLIC OF CHINA SHOT DOWN A DRONE",
    "",
    "Größe ΣΑΣ ﬁrst ǅ Straße",
]


def _plain_replace(tokens: list[str], phrases: lexicon._Phrases, hits: list[str] | None = None,
             keep_head: bool = False) -> list[str]:
    """tokens with each known phrase replaced by its canonical name as one token (spaces as "_"),
    followed by the phrase's last word when keep_head ("any shots" still meets "warning shots");
    the canonical names found are appended to hits (the plain pass as it was before session 14, folding again: kept here as the
    reference that lexicon._replace_both, what the readers use, is held equal to)."""
    keys = lexicon._folded(tokens) if phrases.folded else tokens
    # Only positions whose token may start a phrase are tried (found in C): most tokens start none.
    starts = list(compress(range(len(keys)), map(phrases.firsts.__contains__, keys)))
    if not starts:
        return list(tokens)
    out: list[str] = []
    done, n, table, lengths = 0, len(tokens), phrases.table, phrases.lengths
    for i in starts:
        if i < done:
            continue  # inside a phrase already replaced
        for size in lengths[keys[i]]:  # only the lengths of phrases this token starts, longest first
            if i + size > n:
                continue
            canon = table.get(tuple(keys[i : i + size]))
            if canon is not None:
                out.extend(tokens[done:i])
                out.append(canon.replace(" ", "_"))
                if keep_head and size > 1:
                    out.append(tokens[i + size - 1])
                if hits is not None:
                    hits.append(canon)
                done = i + size
                break
    out.extend(tokens[done:])
    return out


def _plain_normal_tokens(text: str, objects: bool = True) -> tuple[str, ...]:
    """normal_tokens as it was before session 14: each pass folds its tokens again."""
    states, demonyms, named = lexicon._token_tables()
    tokens = _plain_replace(_plain_replace(_plain_replace(lexicon.TOKEN_RE.findall(text), lexicon._places()),
                                               states), demonyms)
    if objects:
        tokens = _plain_replace(tokens, named, keep_head=True)
    folded = lexicon._folded(tokens)
    spin = lexicon.spin_words()
    return tuple(map(spin.get, folded, folded))


def _plain_content_words(text: str) -> tuple[str, ...]:
    stop = lexicon.stopwords()
    tokens = _plain_replace(list(_plain_normal_tokens(text)), lexicon._heads())
    return tuple(lexicon.stem(t) for t in tokens if t not in stop and len(t) >= 2)


def _plain_found(text: str, which: int) -> tuple[str, ...]:
    hits: list[str] = []
    _plain_replace(_plain_replace(lexicon.TOKEN_RE.findall(text), lexicon._places()),
                     lexicon._token_tables()[which], hits)
    return tuple(dict.fromkeys(hits))


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for folder in FOLDERS:
        for x in load_folder(folder).excerpts:
            texts += [x.body[s.start : s.end] for p in x.paragraphs for s in p.sentences]
    return list(dict.fromkeys(texts))


TEXTS = _texts()


def test_casefold_is_idempotent() -> None:
    """content_words skips folding normal_tokens again: folding a folded character changes nothing."""
    bad = [c for c in map(chr, range(sys.maxunicode + 1)) if c.casefold().casefold() != c.casefold()]
    assert bad == []
    assert lexicon._spin_folded()


@pytest.mark.parametrize("objects", [True, False])
def test_normal_tokens_equal_plain(objects: bool) -> None:
    assert len(TEXTS) > 200
    for text in TEXTS:
        assert lexicon.normal_tokens_uncached(text, objects) == _plain_normal_tokens(text, objects), text


def test_content_words_equal_plain() -> None:
    for text in TEXTS:
        assert lexicon.content_words.__wrapped__(text) == _plain_content_words(text), text


@pytest.mark.parametrize("which", [0, 1, 2])
def test_found_equal_plain(which: int) -> None:
    for text in TEXTS:
        assert lexicon._found_cached.__wrapped__(text, which) == _plain_found(text, which), text


def test_replace_both_keeps_folded_beside_tokens() -> None:
    """Whatever each pass replaces, folded[i] is tokens[i] case-folded, and nothing given is changed."""
    states, demonyms, named = lexicon._token_tables()
    for text in TEXTS:
        tokens = lexicon.TOKEN_RE.findall(text)
        folded = lexicon._folded(tokens)
        given = (list(tokens), list(folded))
        for table, head in ((lexicon._places(), False), (states, False), (demonyms, False), (named, True)):
            out, out_folded = lexicon._replace_both(tokens, folded, table, keep_head=head)
            assert (list(tokens), list(folded)) == given
            assert list(out) == _plain_replace(list(tokens), table, keep_head=head)
            assert list(out_folded) == [t.casefold() for t in out]
            tokens, folded = out, out_folded
            given = (list(tokens), list(folded))


def test_a_phrase_is_found_at_both_ends() -> None:
    """The fast path gives back the lists it was given when nothing is replaced, new ones when something is."""
    tokens = lexicon.TOKEN_RE.findall("the United States and the Russian Federation")
    folded = lexicon._folded(tokens)
    states = lexicon._token_tables()[0]
    out, out_folded = lexicon._replace_both(tokens, folded, states)
    assert out is not tokens and len(out) < len(tokens)
    plain = lexicon.TOKEN_RE.findall("ships and drones")
    assert lexicon._replace_both(plain, lexicon._folded(plain), states)[0] is plain


# Denials and stance words in other cases and letters: dotted and dotless i, the long s, the Kelvin sign.
DENIALS = ["The ministry DENIED that shots were fired.", "Officials rejected  the claim outright.",
           "It dismissed as \u201cfake\u201d the reports.", "Tokyo den\u0130ed it.", "Tokyo den\u0131ed it.",
           "The envoy refuted\u017f it.", "The envoy refute\u017f the report.", "She said it was untrue",
           "undenied", "denied", "Nobody said anything.", "\u212aremlin denied", ""]


def test_denies_equal_regex() -> None:
    """The quick word test before the denial regex answers as the regex alone does."""
    from parity import stance

    assert stance._denial_words() is not None  # else the quick test is off and this proves nothing
    found = 0
    for text in TEXTS + DENIALS:
        plain = stance._denial_re().search(text) is not None
        assert stance.denies(text) == plain, text
        found += plain
    assert found >= 5


def test_folded_letter_words_equal_each_word_folded() -> None:
    from parity import stance

    for text in TEXTS + DENIALS:
        assert stance.folded_letter_words(text) == [w.casefold() for w in stance.LETTERS_RE.findall(text)], text


def test_stance_verbs_guard_keeps_matches() -> None:
    """The stance verbs' lookahead (four letters as a prefix tree) finds what the phrases alone find."""
    import re

    from parity import stance

    verbs = stance._compiled()[0]
    lead = "(?<![A-Za-z])"
    assert verbs.pattern.startswith(lead + "(?=")
    bare = re.compile(lead + verbs.pattern[_group_end(verbs.pattern, len(lead)):], verbs.flags)
    assert len(bare.pattern) < len(verbs.pattern) - 100  # the lookahead is gone, the phrases stay
    texts = TEXTS + DENIALS + ["The ministry CONDEMNED the strike and urged restraint.", "Tokyo took no side.",
                               "Seoul \u212aept blaming Pyongyang.", "It bla\u0131med them."]
    found = 0
    for text in texts:
        plain = [(m.start(), m.end(), m.groupdict()) for m in bare.finditer(text)]
        assert [(m.start(), m.end(), m.groupdict()) for m in verbs.finditer(text)] == plain, text
        found += len(plain)
    assert found > 10


def _group_end(pattern: str, at: int) -> int:
    """Where the parenthesised group opening at `at` ends (escapes and character classes skipped)."""
    depth, i, in_class = 0, at, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise AssertionError("unbalanced group")
