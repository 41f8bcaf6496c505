"""Paragraph spans, labels and sentences of whole excerpts: the samples and a fresh mixed folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from excerpt.models import Excerpt, Label
from excerpt.structure import paragraph_spans, paragraphs_of

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "excerpt" / "samples"
MIXED = ROOT / "tests" / "data" / "excerpts"


def _nonstory(ex: Excerpt) -> list[tuple[str, str]]:
    return [(p.label.value, ex.text(p)[:24]) for p in ex.paragraphs if p.label != Label.story]


@pytest.fixture(scope="module")
def samples() -> dict[str, Excerpt]:
    return {e.id: e for e in load_folder(SAMPLES).excerpts}


# The samples' non-story lines, checked by reading them; every other paragraph is story.
SAMPLE_LABELS = {
    "000": ([("headline", "North Korea: Russia Tell"), ("photo_caption", "Russia's Deputy Foreign ")], 8),
    "002": ([("headline", "Russia, China both warni"), ("related_link", "(Related: Read\xa0Is Iran N"),
             ("related_link", "(Related: Read\xa0Top U.S. "), ("boilerplate", "Keep up with this story "),
             ("author_bio", "J.D. Heyes is a senior w"), ("sources_list", "Sources include:")], 18),
    "003": ([("headline", "The United States urged "), ("pasted_headline", "Lavrov doesn't want 'rac"),
             ("other_news", "Other news")], 13),
}


@pytest.mark.parametrize("eid", sorted(SAMPLE_LABELS))
def test_sample_labels(samples: dict[str, Excerpt], eid: str) -> None:
    nonstory, stories = SAMPLE_LABELS[eid]
    ex = samples[eid]
    assert _nonstory(ex) == nonstory
    assert len(ex.story_paragraphs()) == stories
    assert all(p.reason for p in ex.paragraphs if p.label != Label.story)


def _sentences(ex: Excerpt) -> list[str]:
    return [ex.text(s) for p in ex.paragraphs for s in p.sentences]


@pytest.mark.parametrize(("eid", "sentence"), [
    ("002", "\u2014 Trump has said he won\u2019t allow the North to develop an ICBM capable of hitting U.S. territory, "
            "a point approvingly backed up by U.S Sen. Lindsey Graham, R-S.C., a frequent Trump critic, on Wednesday."),
    ("002", "J.D. Heyes is a senior writer for and, as well as editor of The National Sentinel."),
    ("000", "\"In the current situation any brash move could cause an explosion,\" the minister added."),
    ("000", "Russia's Deputy Foreign Minister Sergei Ryabkov addresses a news conference in Damascus, Syria."),
    ("003", "\"I think this is a big mistake\", Lavrov told reporters."),
])
def test_sample_sentences(samples: dict[str, Excerpt], eid: str, sentence: str) -> None:
    assert sentence in _sentences(samples[eid])


def test_inline_related_link_is_its_own_paragraph_and_the_story_keeps_its_sentences(
        samples: dict[str, Excerpt]) -> None:
    ex = samples["002"]
    i = next(i for i, p in enumerate(ex.paragraphs) if ex.text(p).startswith("A day earlier"))
    story, link = ex.paragraphs[i], ex.paragraphs[i + 1]
    assert story.label == Label.story and link.label == Label.related_link
    assert ex.text(story).endswith("actually is.")
    assert story.end < link.start and ex.body[story.end : link.start] == " "
    assert link.reason.startswith("inline-related:")


MIXED_LABELS = {
    "100": [("headline", "Houthis fire missile at "), ("photo_caption", "A tanker burns after a m"),
            ("boilerplate", "Reporting by Jane Roe in"), ("boilerplate", "Our Standards: The Thoms")],
    "101": [("headline", "Sudan's army and paramil"), ("photo_caption", "Smoke rises over central"),
            ("boilerplate", "Sign up to Global Dispat"), ("other_news", "More on this story"),
            ("other_news", "Sudan's generals: who ar"), ("other_news", "Khartoum residents descr")],
    "102": [("headline", "Pelosi lands in Taiwan a"), ("related_link", "(Related: Read What the "),
            ("boilerplate", "Share this:"), ("author_bio", "K.T. Lin is a contributi"),
            ("sources_list", "Sources include:"), ("sources_list", "Reuters.com"), ("sources_list", "apnews.com")],
    "110": [],
    "111": [],
    "112": [("headline", "Colombia and FARC rebels")],
}


def test_mixed_folder_of_text_and_pages() -> None:
    folder = load_folder(MIXED)
    assert [(e.id, e.format) for e in folder.excerpts] == [
        ("100", "txt"), ("101", "txt"), ("102", "txt"), ("110", "html"), ("111", "html"), ("112", "html")]
    assert folder.skipped == []
    for ex in folder.excerpts:
        assert _nonstory(ex) == MIXED_LABELS[ex.id], ex.id
        assert len(ex.story_paragraphs()) >= 3
        assert ex.warnings == ()


def test_crlf_bom_excerpt_offsets() -> None:
    ex = next(e for e in load_folder(MIXED).excerpts if e.id == "102")
    assert "\r\n" in ex.body and not ex.body.startswith("\ufeff")
    assert ex.author == "K.T. Lin" and ex.as_of == "2022-08-02"
    for p in ex.paragraphs:
        assert "\r" not in ex.text(p)[-1:] and ex.text(p) == ex.text(p).strip()
        for s in p.sentences:
            assert p.start <= s.start < s.end <= p.end
    drills = ex.body.index("Beijing announced")
    assert ex.line_col(drills) == (13, 1)  # 8 lines of front matter, then the body's 5th line


def test_paragraphs_need_not_be_blank_line_separated() -> None:
    body = "Talks resumed in Doha on Monday. (Related: Read Why Qatar mediates.) Envoys left at noon."
    paras = paragraphs_of(body)
    assert [(p.label, body[p.start : p.end]) for p in paras] == [
        (Label.story, "Talks resumed in Doha on Monday."),
        (Label.related_link, "(Related: Read Why Qatar mediates.)"),
        (Label.story, "Envoys left at noon."),
    ]


def test_paragraph_spans_trim_and_skip_blank_runs() -> None:
    body = "  One.\n\n\n \nTwo\r\n\r\nThree  \n"
    assert [body[s.start : s.end] for s in paragraph_spans(body)] == ["One.", "Two", "Three"]
