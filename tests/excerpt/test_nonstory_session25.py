"""Session 25 (kinds25): a section's "More from World: <headline>" link is no story (heldout19's extras, declassified:
another story's headline read as talks and shelling); fresh lines of other outlets."""

from __future__ import annotations

import pytest

from excerpt.models import Label
from excerpt.nonstory import classify

TITLE = "Border talks collapse as troops mass near the frontier"
STORY = [
    "Negotiators left Geneva on Thursday without a deal, two diplomats said.",
    "The envoy said he would return next month to try again.",
]

# Each was `story` on main 0ab79b9 (its talks and troops read as events).
LINKS = [
    "More from World: Kashmir talks stall as shelling resumes along the line (Mar 3)",
    "More from Africa: Sudan's army retakes the presidential palace",
    "More from Asia & Pacific: Typhoon batters Luzon as thousands flee",
]


@pytest.mark.parametrize("line", LINKS)
def test_a_more_from_link_is_a_related_link(line: str) -> None:
    got, reason = classify([TITLE, *STORY, line, *STORY], title=TITLE)[len(STORY) + 1]
    assert got == Label.related_link, reason


# Guards: the header alone stays the other-news list; a story sentence with a full stop stays story.
def test_a_more_from_header_alone_is_the_other_news_list() -> None:
    assert classify([TITLE, *STORY, "More from Al Jazeera:"], title=TITLE)[-1][0] == Label.other_news


def test_a_sentence_opening_more_from_stays_story() -> None:
    line = "More from the talks: the envoys agreed to meet again in May."
    assert classify([TITLE, *STORY, line, *STORY], title=TITLE)[len(STORY) + 1][0] == Label.story


# A share bar opening with its colon, and a paragraph of one with the section's link under it (heldout19's shape;
# `story` on main 0ab79b9).
def test_a_share_bar_with_a_link_under_it_is_boilerplate() -> None:
    line = "SHARE: Email this article | Print this page\nMore from Europe: Minsk talks falter as border shelling resumes"
    got, reason = classify([TITLE, *STORY, line], title=TITLE)[-1]
    assert got == Label.boilerplate, reason
    assert reason.startswith("share-follow-signup:")


def test_a_sentence_about_sharing_stays_story() -> None:
    line = "Share prices fell in Moscow on Monday after the talks collapsed, traders said."
    assert classify([TITLE, *STORY, line, *STORY], title=TITLE)[len(STORY) + 1][0] == Label.story
