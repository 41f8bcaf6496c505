"""Session 13: non-story lines found among the false events of two declassified blind sets (a caption credited to a
picture desk after a dash, "<Outlet> recommends:" links, "contributed reporting from"); fresh lines of other outlets."""

from __future__ import annotations

import pytest

from excerpt.models import Label
from excerpt.nonstory import classify

TITLE = "Border talks collapse as troops mass near the frontier"
STORY = [
    "Negotiators left Geneva on Thursday without a deal, two diplomats said.",
    "The envoy said he would return next month to try again.",
    "Troops have moved closer to the border since the spring.",
    "The foreign ministry summoned the ambassador on Friday, officials said.",
]

# (line, where: top | bottom, label, rule)
CASES = [
    ("Armenian soldiers stand guard near the village of Tegh on Monday. Karen Minasyan/Agence France-Presse — Getty Images",
     "top", Label.photo_caption, "caption-with-credit"),
    ("Police officers patrol a street in Bamako. Annie Risemberg/Agence France-Presse – Getty Images",
     "top", Label.photo_caption, "caption-with-credit"),
    ("BBC recommends: Why the Suwalki Gap matters to NATO", "bottom", Label.related_link, "related-link"),
    ("France24 recommends: Mali's junta and the Wagner question", "bottom", Label.related_link, "related-link"),
    ("Ivan Nechepurenko reported from Tbilisi. Anton Troianovski contributed reporting from Berlin.", "bottom",
     Label.boilerplate, "credits-trailer"),
    ("Sui-Lee Wee contributed reporting.", "bottom", Label.boilerplate, "credits-trailer"),
]


@pytest.mark.parametrize(("line", "where", "label", "rule"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_non_story_line_is_labelled(line: str, where: str, label: Label, rule: str) -> None:
    texts = [TITLE, line, *STORY] if where == "top" else [TITLE, *STORY, line]
    index = 1 if where == "top" else len(texts) - 1
    got, reason = classify(texts, title=TITLE)[index]
    assert got == label, reason
    assert reason.startswith(rule + ":")


# Story lines that look like them stay story.
STORY_LIKE = [
    "The ministry recommends that citizens leave the region, a spokesman said on Tuesday.",
    "Two reporters contributed to the investigation that the committee published on Monday, the chairman said.",
    "Soldiers fired warning shots near the village, a witness told Agence France-Presse on Sunday.",
]


@pytest.mark.parametrize("line", STORY_LIKE)
def test_a_story_line_stays_story(line: str) -> None:
    texts = [TITLE, *STORY[:2], line, *STORY[2:]]
    assert classify(texts, title=TITLE)[3][0] == Label.story
