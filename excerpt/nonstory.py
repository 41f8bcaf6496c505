"""Label paragraphs that are not the story (captions, credits, links, bios, trailers) with a reason."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from excerpt.models import Label

DATA = Path(__file__).parent / "data" / "nonstory.toml"
# Quote marks and dashes unified before comparing a line with the title.
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                        "–": "-", "—": "-", "\u00a0": " "})
# A title often carries the site name after a separator: "Headline | Outlet", "Headline - Outlet".
SITE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{1,60}$")
# Final punctuation that makes a line a sentence rather than a headline.
SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
# A full stop (or comma, colon...) at the end: a sentence, which ends a list of headlines or links.
FULL_STOP_END = re.compile(r"[.:;,][\"'”’)\]]*$")
# A line that is only a web address or a domain (source lists, link trailers).
BARE_LINK = re.compile(r"^(?:https?://\S+|(?:www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?)$", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """One non-story rule read from excerpt/data/nonstory.toml."""

    name: str
    label: Label
    regex: re.Pattern[str]
    why: str
    max_words: int | None = None
    where: str = "any"
    continues: bool = False


@dataclass(frozen=True)
class Rules:
    """All the data of nonstory.toml, compiled."""

    rules: tuple[Rule, ...]
    inline_related: re.Pattern[str]
    settings: dict
    pasted: dict
    author: dict


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    # Fragments may use each other ({credit} uses {agency}); expand until nothing changes.
    for _ in range(3):
        for key, value in fragments.items():
            pattern = pattern.replace("{" + key + "}", value)
    return pattern


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules of excerpt/data/nonstory.toml."""
    with DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    fragments = raw.get("fragments", {})
    compiled = []
    for r in raw["rule"]:
        flags = 0 if r.get("case") else re.IGNORECASE
        compiled.append(Rule(
            name=r["name"], label=Label(r["label"]), why=r["why"],
            regex=re.compile(_expand(r["pattern"], fragments), flags),
            max_words=r.get("max_words"), where=r.get("where", "any"), continues=r.get("continues", False),
        ))
    return Rules(
        rules=tuple(compiled),
        inline_related=re.compile(raw["inline"]["related"], re.IGNORECASE),
        settings=raw["settings"], pasted=raw["pasted_headline"], author=raw["author_bio"],
    )


def normalise(text: str) -> str:
    """Text with quotes, dashes and whitespace unified and case folded, for comparing lines."""
    text = " ".join(text.translate(QUOTES).split()).casefold()
    return text.rstrip(" .")


def is_title(line: str, title: str) -> bool:
    """Whether a line repeats the title (quotes, whitespace, case and a site suffix ignored)."""
    if not title.strip():
        return False
    got = normalise(line)
    want = normalise(title)
    return bool(got) and (got == want or got == normalise(SITE_SUFFIX.sub("", title)))


def _where_ok(rule: Rule, index: int, count: int, rs: Rules) -> bool:
    """Whether a paragraph at index (of count) is where the rule may apply."""
    if rule.where == "top":
        return index < rs.settings["top"]
    if rule.where == "bottom":
        return index >= count - rs.settings["bottom"]
    return True


def _author_bio(text: str, author: str | None, near_end: bool, rs: Rules) -> bool:
    """Whether text starts with the author's name (the surname alone only near the end) and a bio verb."""
    if not author or not author.strip():
        return False
    names = [author.strip()] + ([author.strip().split()[-1]] if near_end else [])
    for name in names:
        if text.startswith(name):
            rest = text[len(name):]
            word = rest.split()[0] if rest.split() else ""
            if rest[:2] in ("'s", "’s") or word in rs.author["after_name"]:
                return True
    return False


def _pasted_headline(text: str, index: int, rs: Rules) -> bool:
    """Whether text is a short single line without final punctuation near the top."""
    words = len(text.split())
    return (index < rs.settings["top"] and "\n" not in text and not SENTENCE_END.search(text)
            and rs.pasted["min_words"] <= words <= rs.pasted["max_words"])


def classify(texts: list[str], title: str = "", author: str | None = None) -> list[tuple[Label, str]]:
    """A (label, reason) for each paragraph text, in order; story paragraphs get an empty reason."""
    rs = rules()
    out: list[tuple[Label, str]] = []
    following: tuple[Label, str] | None = None  # the open list after a "Sources include:" header
    count = len(texts)
    for index, raw_text in enumerate(texts):
        text = raw_text.strip()
        words = len(text.split())
        result: tuple[Label, str] | None = None
        if index == 0 and is_title(text, title):
            result = (Label.headline, "headline: the first line repeats the title")
        if result is None:
            for rule in rs.rules:
                if rule.max_words is not None and words > rule.max_words:
                    continue
                if (rule.where == "any" or _where_ok(rule, index, count, rs)) and rule.regex.search(text):
                    result = (rule.label, f"{rule.name}: {rule.why}")
                    following = (rule.label, f"{rule.name}: listed under '{text}'") if rule.continues else None
                    break
        if result is None and _author_bio(text, author, index >= count - rs.settings["bottom"], rs):
            result = (Label.author_bio, f"author-name: {rs.author['why']}")
        if result is None and following is not None:
            if BARE_LINK.match(text) or (words <= rs.settings["follow_max_words"] and not FULL_STOP_END.search(text)):
                result = following
            else:
                following = None
        if result is None and _pasted_headline(text, index, rs) and not is_title(text, title):
            result = (Label.pasted_headline, f"pasted-headline: {rs.pasted['why']}")
        out.append(result or (Label.story, ""))
    return out
