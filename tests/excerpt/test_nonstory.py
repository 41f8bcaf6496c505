"""Table-driven tests of the non-story rules on lines written in the style of several outlets."""

from __future__ import annotations

import re
import tomllib

import pytest

from excerpt.models import Label
from excerpt.nonstory import DATA, classify, is_title, rules

TITLE = "Ceasefire talks stall as Houthi strikes hit Red Sea shipping"
STORY = [
    "Negotiators left Cairo on Thursday without a deal, two officials said.",
    "The United Nations envoy said he would return next week to try again.",
    "Shipping companies have rerouted vessels around the Cape of Good Hope since January.",
    "Insurers raised premiums for the route again on Friday, brokers said.",
    "Egypt, which earns billions from the Suez Canal, has urged restraint.",
    "Analysts expect the talks to resume after the holiday.",
]

# (outlet style, line, where it sits: top | middle | bottom, expected label, rule name or "")
CASES: list[tuple[str, str, str, Label, str]] = [
    # --- captions and credits ---
    ("Reuters", "Houthi fighters parade in Sanaa, Yemen, January 14, 2024. REUTERS/Khaled Abdullah/File Photo",
     "top", Label.photo_caption, "caption-with-credit"),
    ("Newsweek", "Yemen's foreign minister addresses reporters in Muscat, Oman. Jane Roe/Reuters",
     "top", Label.photo_caption, "caption-with-credit"),
    ("AP", "A tanker burns in the Gulf of Aden, Friday, Jan. 26, 2024. (AP Photo/Jon Gambrell)",
     "top", Label.photo_caption, "caption-with-credit"),
    ("Al Jazeera", "Palestinians inspect the rubble of a house in Rafah [Mohammed Salem/Reuters]",
     "middle", Label.photo_caption, "caption-bracketed-credit"),
    ("Al Jazeera", "Displaced families shelter in a school in Deir el-Balah. [Ashraf Amra/Anadolu Agency]",
     "middle", Label.photo_caption, "caption-with-credit"),
    ("Guardian", "Rescuers search the rubble in Antakya, Turkey. Photograph: Burak Kara/Getty Images",
     "top", Label.photo_caption, "caption-with-credit"),
    ("BBC", "Image caption, Protesters gathered outside parliament in Tbilisi on Sunday",
     "top", Label.photo_caption, "caption-marker"),
    ("Reuters", "FILE PHOTO: A view of the Zaporizhzhia nuclear power plant, June 2023.",
     "top", Label.photo_caption, "caption-marker"),
    ("BBC", "Image source, Getty Images", "top", Label.photo_credit, "credit-only"),
    ("BBC", "Image source, EPA\nImage caption, Troops patrol the border near Nagorno-Karabakh on Tuesday",
     "top", Label.photo_caption, "credit-then-caption"),
    ("BBC", "Image source, Getty Images\nMedia caption, Ships queue to enter the Suez Canal",
     "middle", Label.photo_caption, "credit-then-caption"),
    ("Guardian", "Photograph: Anadolu Agency/Getty Images", "top", Label.photo_credit, "credit-only"),
    ("wire", "Ivan Petrov/TASS", "top", Label.photo_credit, "credit-only"),
    ("wire", "(Reuters)", "middle", Label.photo_credit, "credit-only"),
    # --- related links ---
    ("blog", "(Related: Read Why the Strait of Hormuz matters more than ever.)",
     "middle", Label.related_link, "related-link"),
    ("Guardian", "READ MORE: Sudan's forgotten war enters its second year", "middle", Label.related_link, "related-link"),
    ("Al Jazeera", "Read more Israel strikes Beirut suburb as border clashes widen",
     "middle", Label.related_link, "read-more"),
    ("BBC", "Watch: Moment missile hits apartment block in Dnipro", "middle", Label.related_link, "related-link"),
    ("AP", "RELATED COVERAGE: Why Taiwan's election matters to Beijing", "middle", Label.related_link, "related-link"),
    # --- pasted headline of another story ---
    ("aggregator", "Erdogan says Sweden must do more before Turkey backs NATO bid",
     "top", Label.pasted_headline, "pasted-headline"),
    # --- author bios ---
    ("blog", "Maria Lopez is a senior correspondent for the Latin America desk.",
     "bottom", Label.author_bio, "bio-is-a-writer"),
    ("Al Jazeera", "Omar Haddad has covered the Gulf for more than a decade.",
     "bottom", Label.author_bio, "bio-covers"),
    ("blog", "About the author", "bottom", Label.author_bio, "about-the-author"),
    # --- sources, other news ---
    ("blog", "Sources include:", "bottom", Label.sources_list, "sources-header"),
    ("Al Jazeera", "Source: Al Jazeera and news agencies", "bottom", Label.sources_list, "sources-header"),
    ("aggregator", "Other news", "bottom", Label.other_news, "other-news-header"),
    ("Al Jazeera", "More from Middle East", "bottom", Label.other_news, "other-news-header"),
    ("tabloid", "Trending", "bottom", Label.other_news, "other-news-header"),
    ("BBC", "More on this story", "bottom", Label.other_news, "other-news-header"),
    # --- boilerplate ---
    ("blog", "Keep up with this story as it develops at", "bottom", Label.boilerplate, "keep-up"),
    ("Guardian", "Sign up to First Edition, our free daily newsletter", "middle", Label.boilerplate,
     "share-follow-signup"),
    ("site", "Share this article", "top", Label.boilerplate, "share-follow-signup"),
    ("site", "Follow us on Telegram", "bottom", Label.boilerplate, "share-follow-signup"),
    ("Reuters", "Our Standards: The Thomson Reuters Trust Principles.", "bottom", Label.boilerplate,
     "share-follow-signup"),
    ("site", "Advertisement", "middle", Label.boilerplate, "advertisement"),
    ("site", "© 2024 Example Media Group. All rights reserved.", "bottom", Label.boilerplate, "copyright"),
    ("Reuters", "Reporting by Jane Roe in Kyiv; Editing by John Doe", "bottom", Label.boilerplate, "credits-trailer"),
    ("AP", "Associated Press writer Samy Magdy in Cairo contributed to this report.", "bottom",
     Label.boilerplate, "credits-trailer"),
    ("AP", "By ABBY SEWELL and BASSEM MROUE", "top", Label.boilerplate, "byline"),
    ("CNN", "Updated 4:12 PM EST, Tue February 6, 2024", "top", Label.boilerplate, "dateline-stamp"),
    ("blog", "Tags: Yemen, Red Sea, shipping", "bottom", Label.boilerplate, "tags"),
    # --- story lines that must stay story ---
    ("AP", "The strike hit a fuel depot near Hodeidah on Saturday, officials said.", "top", Label.story, ""),
    ("Reuters", "KYIV, March 3 (Reuters) - Ukraine said it shot down 20 drones overnight.", "top", Label.story, ""),
    ("BBC", "Share prices in Tel Aviv fell sharply after the announcement.", "middle", Label.story, ""),
    ("Guardian", "John Kirby is a spokesman for the National Security Council, and he said the talks were useful.",
     "middle", Label.story, ""),
    ("Al Jazeera", "Sources said the convoy reached Khan Younis before dawn.", "bottom", Label.story, ""),
    ("blog", "Consider:", "middle", Label.story, ""),
    ("WSJ", "Evan Gershkovich is a reporter for The Wall Street Journal who was detained in March.",
     "middle", Label.story, ""),
    # session 18: a correction note at the foot of a story (what it retracts is no story)
    ("Herald", "* CORRECTION: An earlier version of this article said the envoy had been expelled. He was recalled.",
     "bottom", Label.boilerplate, "correction-note"),
    ("AP", "More from the ministry was expected on Friday.", "bottom", Label.story, ""),
    ("AP", "More than 200 people were detained in Minsk, rights groups said.", "top", Label.story, ""),
    ("Newsweek", "Read the transcript and you will see why diplomats were alarmed.", "middle", Label.story, ""),
    ("AP", "Sign language interpreters were at the briefing, which lasted an hour.", "middle", Label.story, ""),
]


def _document(line: str, where: str) -> tuple[list[str], int]:
    if where == "top":
        return [TITLE, line, *STORY], 1
    if where == "bottom":
        return [TITLE, *STORY, line], len(STORY) + 1
    return [TITLE, *STORY[:3], line, *STORY[3:]], 4


@pytest.mark.parametrize(("outlet", "line", "where", "label", "rule"), CASES,
                         ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_nonstory_table(outlet: str, line: str, where: str, label: Label, rule: str) -> None:
    texts, index = _document(line, where)
    got_label, reason = classify(texts, title=TITLE)[index]
    assert got_label == label, reason
    if rule:
        assert reason.startswith(rule + ":")
    if label == Label.story:
        assert reason == ""


def test_the_story_lines_around_the_case_stay_story() -> None:
    texts, _ = _document("Advertisement", "middle")
    labels = [label for label, _ in classify(texts, title=TITLE)]
    assert labels[0] == Label.headline
    assert labels.count(Label.story) == len(STORY)


def test_every_rule_in_the_data_file_is_covered_by_a_case() -> None:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    names = [r["name"] for r in raw["rule"]]
    assert len(names) == len(set(names))
    assert set(names) <= {c[4] for c in CASES}
    assert all(r["why"].strip() for r in raw["rule"])
    assert len({c[0] for c in CASES}) >= 5


def test_lines_under_a_list_header_share_its_label() -> None:
    texts = [TITLE, *STORY, "Sources include:", "Reuters.com", "https://www.example.org/report",
             "More from Al Jazeera", "Gaza ceasefire talks resume in Doha", "Why the Red Sea matters"]
    got = classify(texts, title=TITLE)
    n = len(STORY) + 1
    assert [label for label, _ in got[n:]] == [Label.sources_list] * 3 + [Label.other_news] * 3
    assert "listed under 'Sources include:'" in got[n + 1][1]


def test_a_story_paragraph_ends_a_list() -> None:
    texts = [TITLE, *STORY, "Other news", STORY[0]]
    assert classify(texts, title=TITLE)[-1][0] == Label.story


@pytest.mark.parametrize(("text", "author", "label"), [
    ("Anna Kovacs writes about Central Europe for the site.", "Anna Kovacs", Label.author_bio),
    ("Kovacs was previously based in Warsaw.", "Anna Kovacs", Label.author_bio),
    ("Anna Kovacs's latest book is about the Balkans.", "Anna Kovacs", Label.author_bio),
    ("Anna Kovacs contributed.", None, Label.story),
])
def test_bio_starting_with_the_author_name(text: str, author: str | None, label: Label) -> None:
    texts = [TITLE, *STORY, text]
    assert classify(texts, title=TITLE, author=author)[-1][0] == label


def test_the_surname_alone_makes_a_bio_only_near_the_end() -> None:
    line = "Kovacs is the first envoy to visit since the war began."
    texts = [TITLE, STORY[0], line, *STORY[1:]]
    assert classify(texts, title=TITLE, author="Anna Kovacs")[2][0] == Label.story
    texts = [TITLE, STORY[0], "Anna Kovacs is based in Budapest.", *STORY[1:]]
    assert classify(texts, title=TITLE, author="Anna Kovacs")[2][0] == Label.author_bio


@pytest.mark.parametrize(("line", "title", "same"), [
    ("\u201cWe will respond,\u201d Iran warns", '"We will respond," Iran warns', True),
    ("Iran  warns\tof response", "Iran warns of response", True),
    ("Iran warns of response", "Iran warns of response | World News", True),
    ("Iran warns of response", "Israel warns of response", False),
    ("Anything", "", False),
])
def test_title_comparison_normalises_quotes_space_and_site(line: str, title: str, same: bool) -> None:
    assert is_title(line, title) is same


def test_headline_only_on_the_first_line() -> None:
    got = classify([STORY[0], TITLE], title=TITLE)
    assert got[0][0] == Label.story and got[1][0] != Label.headline


def test_all_patterns_compile_and_inline_pattern_matches_a_related_link() -> None:
    rs = rules()
    assert all(isinstance(r.regex, re.Pattern) for r in rs.rules)
    assert rs.inline_related.search("war. (Related: Read Top admiral warns (again) of risk.)")
