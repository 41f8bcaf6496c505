"""bench.generate: deterministic, varied, ~600-word excerpts that the loader reads, from every word list."""

from __future__ import annotations

import re
import tomllib
from collections import Counter

import pytest

from bench import generate as gen
from excerpt.loader import load_folder

N = 120


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return gen.generate(N, seed=5)


def meta_of(raw: bytes) -> dict:
    return tomllib.loads(raw.decode("utf-8").split("+++\n")[1])


def test_same_seed_same_bytes_other_seed_other_bytes(files):
    assert gen.generate(N, seed=5) == files
    assert gen.generate(N, seed=6) != files


def test_sizes_and_words(files):
    assert sorted(files) == [f"{i:05d}.txt" for i in range(N)]
    words = [len(raw.decode().split("+++\n", 2)[2].split()) for raw in files.values()]
    assert 520 <= sum(words) / len(words) <= 720
    assert min(words) >= 500


def test_no_slot_left_unfilled(files):
    for name, raw in files.items():
        assert not re.search(r"\{\w+\}", raw.decode()), name


def test_variety_outlets_reprints_spins_and_precision(files):
    metas = [meta_of(raw) for raw in files.values()]
    outlets = Counter(m["outlet"] for m in metas)
    assert len(outlets) >= 8
    aggregators = gen.data("outlets")["aggregators"]
    assert any(m["outlet"] in aggregators["reprint"] for m in metas)
    assert any(m["outlet"] in aggregators["spin"] for m in metas)
    assert any("as_of" in m and m["as_of"] != m["published"] for m in metas)  # reprints written earlier
    lengths = Counter(len(m["published"]) for m in metas)
    assert lengths[10] > N / 2 and lengths[7] + lengths[4] + lengths[0] > 0  # some month/year/unknown pages
    # reprinted bodies repeat an original word for word; spun bodies swap words
    bodies = [raw.decode().split("+++\n", 2)[2] for raw in files.values()]
    assert any(b != a and b.startswith(a.rstrip("\n")) for a in bodies for b in bodies if len(a) > 100)


def test_many_date_styles(files):
    text = b"".join(files.values()).decode()
    for phrase in ("last week", "on Monday", "yesterday", "earlier this week", "last month"):
        assert phrase in text, phrase
    assert re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                     r" \d{1,2}, \d{4}\b", text)  # US style
    assert re.search(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November"
                     r"|December) \d{4}\b", text)  # UK style


@pytest.mark.parametrize("name", ["world", "people", "outlets", "prose", "spin", "dates"])
def test_every_word_list_is_nonempty_and_commented(name):
    raw = (gen.DATA / f"{name}.toml").read_text(encoding="utf-8")
    assert raw.startswith("#"), "each word list says what it is for"
    data = gen.data(name)

    def lists(obj):
        if isinstance(obj, list):
            yield obj
            for x in obj:
                yield from lists(x)
        elif isinstance(obj, dict):
            for v in obj.values():
                yield from lists(v)

    assert all(len(x) > 0 for x in lists(data))


def test_date_phrase_agrees_with_the_calendar():
    import random
    from datetime import date, timedelta

    rng = random.Random(1)
    anchor = date(2022, 3, 16)  # a Wednesday
    for delta in range(-6, 0):
        day = anchor + timedelta(days=-delta)
        for _ in range(20):
            p = gen.date_phrase(rng, day, anchor, "us")
            assert "weekend" not in p or day.weekday() >= 5
    for _ in range(20):
        assert gen.date_phrase(rng, anchor - timedelta(days=1), anchor, "uk") in (
            "yesterday", "on Tuesday", "Tuesday", "on Tuesday night")


def test_generated_folder_loads(tmp_path):
    folder = gen.write_folder(tmp_path / "g", 30, seed=2)
    loaded = load_folder(folder)
    assert len(loaded.excerpts) == 30 and not loaded.skipped
    assert all(e.story_paragraphs() for e in loaded.excerpts)


def test_html_pages_carry_their_metadata():
    files = gen.generate(20, seed=3, html_share=1.0)
    assert all(name.endswith(".html") for name in files)
    page = next(iter(files.values())).decode()
    assert 'property="og:site_name"' in page and '"@type": "NewsArticle"' in page and "<article>" in page
