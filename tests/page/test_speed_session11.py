"""Session 11 (speed): the page in two parts, the second written by a forked helper, is the page written whole."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
from jinja2 import ChoiceLoader, DictLoader

from page import render
from page.render import PARTS, environment, render_page, write_page
from pipeline.run import build_outputs

DATA = Path(__file__).resolve().parents[1] / "data"
RECORD_HASH = "0123456789abcdef" * 4

# base.html as it was before it became its two parts (kept verbatim): the oracle.
OLD_BASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="record-sha256" content="{{ record_hash }}">
<title>{{ page.title }}</title>
<style>{{ css }}</style>
</head>
<body{% if page.large %} class="large"{% endif %}>
<a class="skip" href="#main">Skip to the report</a>
<header class="top">
<h1>{{ page.title }}</h1>
<p class="lede">What happened when, who said what, and how each source's claims stand against the others.</p>
</header>
<nav aria-label="Sections">
<ul>
<li><a href="#glance">At a glance</a></li>
<li><a href="#sources">Sources</a></li>
<li><a href="#timeline">Timeline</a></li>
{% if page.claims %}
<li><a href="#claims">Claims</a></li>
<li><a href="#matrix">Matrix</a></li>
{% endif %}
<li><a href="#texts">Source texts</a></li>
</ul>
</nav>
<main id="main" tabindex="-1">
{% include "_glance.html" %}
{% include "_sources.html" %}
{% include "_timeline.html" %}
{% if page.claims %}
{% include "_claims.html" %}
{% include "_matrix.html" %}
{% endif %}
{% include "_texts.html" %}
</main>
<footer>
<p>Built from {{ page.glance.sources }} saved excerpt{{ "s" if page.glance.sources != 1 }} and the dated record with sha256 <code class="hash">{{ record_hash }}</code> (timeline.json and parity.json). Every highlighted passage is the exact text an event was read from.</p>
</footer>
</body>
</html>
"""


@cache
def record(name: str):
    result = build_outputs(DATA / name, pages=False)
    return result.excerpts, result.timeline, result.parity


def written(name: str, spill: Path | None) -> bytes:
    chunks: list[bytes] = []
    write_page(chunks.append, *record(name), RECORD_HASH, spill)
    return b"".join(chunks)


@pytest.mark.parametrize("name", ["excerpts", "eval/scs"])
def test_the_two_parts_are_the_old_page(name, monkeypatch):
    new = render_page(*record(name), RECORD_HASH)
    env = environment()
    old_env = env.overlay(loader=ChoiceLoader([DictLoader({"base.html": OLD_BASE}), env.loader]))
    monkeypatch.setattr(render, "environment", lambda: old_env)
    assert render_page(*record(name), RECORD_HASH) == new
    assert set(PARTS) <= set(env.list_templates())


@pytest.mark.parametrize("name", ["excerpts", "eval/scs"])
def test_a_helper_writing_the_second_part_gives_the_same_bytes(name, tmp_path):
    spill = tmp_path / ".index.html.part"
    assert written(name, spill) == render_page(*record(name), RECORD_HASH).encode("utf-8")
    assert not spill.exists()  # the helper's file is gone once copied


def test_a_helper_that_fails_leaves_its_part_to_this_process(tmp_path, monkeypatch):
    parent = os.getpid()
    real = render._write_file

    def fail_in_helper(path, page, record_hash, template):
        if os.getpid() != parent:
            path.write_bytes(b"half a page")
            raise RuntimeError("helper trouble")
        return real(path, page, record_hash, template)

    monkeypatch.setattr(render, "_write_file", fail_in_helper)
    spill = tmp_path / ".index.html.part"
    assert written("excerpts", spill) == render_page(*record("excerpts"), RECORD_HASH).encode("utf-8")
    assert not spill.exists()
