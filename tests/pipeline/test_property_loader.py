"""Property: any bytes in a .txt file load as an Excerpt or raise ExcerptError naming it, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from excerpt.errors import ExcerptError
from excerpt.loader import load_file
from excerpt.models import Excerpt

KEYS = ["title", "outlet", "published", "as_of", "url", "author", "notes", "pubished", "x"]
VALUES = st.one_of(
    st.text(max_size=30).map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.sampled_from(['"2017-09-04"', '"2017-02-30"', '"2017-13"', '"1999"', '""', "2017", "2017-09-04",
                     "true", "[1, 2]", '"""multi\nline"""', "{a = 1}", "'lit'"]),
    st.text(max_size=10),  # broken TOML
)
PUBLISHED = st.one_of(st.sampled_from(['"2017-09-04"', '"2020-02"', '"1999"', '""']), VALUES)
FRONT = st.lists(st.tuples(st.sampled_from(KEYS), VALUES), max_size=8).map(
    lambda kv: "\n".join(f"{k} = {v}" for k, v in kv))
BODY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
FENCE = st.sampled_from(["+++", "+++ ", "+++\r", "++", "", "\ufeff+++"])
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"])


@st.composite
def excerpt_like(draw) -> bytes:
    """Bytes shaped like an excerpt, with every part liable to be wrong."""
    nl = draw(NEWLINE)
    text = draw(FENCE) + nl + draw(FRONT) + nl + draw(FENCE) + nl + draw(BODY)
    return text.encode(draw(ENCODING), errors="replace")


def toml_quote(s: str) -> str:
    return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 32 or c in '"\\' or ord(c) == 127 else c for c in s) + '"'


@st.composite
def nearly_valid(draw) -> bytes:
    """A well-formed excerpt with one liable part: odd title text, a date, extra keys, any body."""
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    lines = [f"title = {toml_quote(draw(st.text(min_size=0, max_size=40)))}",
             f"outlet = {toml_quote(draw(st.text(max_size=20)))}",
             f"published = {draw(PUBLISHED)}"]
    lines += [f"{k} = {v}" for k, v in draw(st.lists(st.tuples(st.sampled_from(KEYS[3:]), VALUES), max_size=3))]
    text = "+++" + nl + nl.join(lines) + nl + "+++" + nl + draw(BODY)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])), errors="replace")


def load_bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(raw)
        try:
            got = load_file(path, "x", "x.txt", max_bytes=1_000_000)
        except ExcerptError as exc:
            assert exc.path == "x.txt" and exc.problem  # named, with the problem
            return
        assert isinstance(got, Excerpt)
        assert got.id == "x" and got.title.strip()
        for p in got.paragraphs:
            assert got.body[p.start:p.end].strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes(raw):
    load_bytes(raw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(excerpt_like())
def test_excerpt_shaped_bytes(raw):
    load_bytes(raw)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nearly_valid())
def test_nearly_valid_excerpts(raw):
    load_bytes(raw)
