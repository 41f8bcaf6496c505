"""The page's sections made in page/fragments.py print exactly what their templates printed: same bytes."""

from __future__ import annotations

from datetime import date
from functools import cache
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader, Environment, StrictUndefined

from page import fragments
from page.context import build_context
from page.render import TEMPLATES, environment, render_page
from page.views import DayGroup, Flag, SourceClaims, SourceView, TextView
from parity.models import Parity
from tests.page.test_fragments import TEXT, briefs, claims, copies, events, paragraphs
from timeline.models import Timeline

RECORD_HASH = "0123456789abcdef" * 4

# The four partial templates as they were before their loops became fragments (kept verbatim): the oracle.
OLD_SOURCES = """<section id="sources" aria-labelledby="sources-h">
<h2 id="sources-h">Sources</h2>
<div class="cards">
{% for s in page.sources %}
<article class="card" id="{{ s.anchor }}" aria-labelledby="{{ s.anchor }}-h">
<h3 id="{{ s.anchor }}-h"><span class="outlet">{{ s.outlet }}</span> <span class="xid">{{ s.id }}</span></h3>
<p class="title">{{ s.title }}</p>
<dl class="meta">
<dt>Link</dt><dd>{% if s.url %}<a href="{{ s.url }}" rel="noreferrer noopener">{{ s.url_text }}</a>{% elif s.url_text %}<span class="nolink">{{ s.url_text }}</span> <span class="sub">(not a web address; not linked)</span>{% else %}<span class="sub">none</span>{% endif %}</dd>
<dt>Published</dt><dd>{{ s.published or "unknown" }}</dd>
{% if s.as_of %}<dt>Written on</dt><dd>{{ s.as_of }}</dd>{% endif %}
{% if s.author %}<dt>Author</dt><dd>{{ s.author }}</dd>{% endif %}
{% if s.origins %}<dt>Origin group</dt><dd>{{ s.origins|join(", ") }}</dd>{% endif %}
{% for key, value in s.extra %}<dt>{{ key }}</dt><dd>{{ value }}</dd>{% endfor %}
<dt>Events</dt><dd>{{ s.events }}{% if s.claims_anchor %} · <a href="#{{ s.claims_anchor }}">claims</a>{% endif %} · <a href="#{{ s.text_anchor }}">text</a></dd>
</dl>
{% if s.flags or s.warnings %}
<ul class="flags">
{% for f in s.flags %}<li class="flag flag-{{ f.code }}">{{ f.text }}</li>{% endfor %}
{% for w in s.warnings %}<li class="flag flag-warning">{{ w }}</li>{% endfor %}
</ul>
{% endif %}
</article>
{% endfor %}
</div>
</section>
"""
OLD_TEXTS = """<section id="texts" aria-labelledby="texts-h">
<h2 id="texts-h">Source texts</h2>
<p class="note">Highlighted words are the evidence of an event; a numbered mark links back to it. Lines that are not the story are dimmed and labelled.</p>
{% for t in page.texts %}
<section class="text" id="{{ t.anchor }}">
<h3 id="{{ t.anchor }}-h"><a href="{{ t.card_href }}">{{ t.outlet }}</a> <span class="xid">{{ t.id }}</span></h3>
<details{{ " open" if t.open }}>
<summary>{{ t.title }}</summary>
<div class="body">
{{ text_paragraphs(t.paragraphs, page.crowded) }}</div>
</details>
</section>
{% endfor %}
</section>
"""
OLD_CLAIMS = """<section id="claims" aria-labelledby="claims-h">
<h2 id="claims-h">Claims against the other sources</h2>
<p class="note">Each source's claims, with how the other sources stand on them.{% if page.crowded %} Claims in no conflict are listed by their number in the source's text; each number links to the event.{% endif %}</p>
{% if page.stale_verdicts %}
<div class="stale">
<p>These verdicts no longer match an event on the record (the text changed); check them in verdicts.toml:</p>
<ul>{% for v in page.stale_verdicts %}<li>{{ v }}</li>{% endfor %}</ul>
</div>
{% endif %}
{% for sc in page.claims %}
<section class="source-claims" id="{{ sc.anchor }}">
<h3 id="{{ sc.anchor }}-h">{{ sc.outlet }} <span class="xid">{{ sc.source }}</span></h3>
{% if sc.claims %}
<ul class="claims">
{% for c in sc.claims %}{{ claim_item(c) }}{% endfor %}
</ul>
{% endif %}
{% for b in sc.brief %}{{ brief_line(b) }}{% endfor %}
</section>
{% endfor %}
</section>
"""
OLD_TIMELINE = """<section id="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
<p class="note">Events by day, oldest first. A span such as “sometime in the week of …” is all the text supports. Each event links to the passage it was read from.{% if page.crowded %} An event with no badge is in its own source only; its “Details” say how its date was read; events of a day that read alike are shown once, with each source's passage.{% endif %}</p>
{% if page.day_index %}
<nav class="days" aria-label="Days on the timeline">
<details><summary>Jump to a day ({{ page.groups|length }})</summary>
<ul>{% for day in page.groups %}<li><a href="#{{ day.anchor }}">{{ day.label }}</a> ({{ day.events|length }})</li>{% endfor %}</ul>
</details>
</nav>
{% endif %}
{% for day in page.groups %}
<section class="day{{ ' interval' if day.interval }}" id="{{ day.anchor }}">
<h3 id="{{ day.anchor }}-h">{{ day.label }}{% if day.anchor == "undated" %} <span class="sub">(the text gives no date)</span>{% endif %}</h3>
<ol class="events">
{% if page.crowded %}
{% for g in day.copies %}{{ look_alikes(g) }}{% endfor %}
{% else %}
{% for e in day.events %}{{ event_item(e) }}{% endfor %}
{% endif %}
</ol>
</section>
{% else %}
<p>No events were found in these excerpts.</p>
{% endfor %}
</section>
"""
OLD = {"_sources.html": OLD_SOURCES, "_texts.html": OLD_TEXTS, "_claims.html": OLD_CLAIMS,
       "_timeline.html": OLD_TIMELINE}


@cache
def old_environment() -> Environment:
    """The page's environment with the old partials and the per-item fragments they called."""
    new = environment()
    sources = {p.name: p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.html")} | OLD
    env = Environment(loader=DictLoader(sources), autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    assert (new.autoescape, new.undefined, new.trim_blocks, new.lstrip_blocks) == (True, StrictUndefined, True, True)
    env.globals.update(event_item=fragments.event, look_alikes=fragments.copies, text_paragraphs=fragments.paragraphs,
                       claim_item=fragments.claim, brief_line=fragments.brief, matrix_row=fragments.matrix_row,
                       matrix_item=fragments.matrix_item)
    env.filters.update(new.filters)  # the partials not changed here (the matrix) call them as filters
    return env


def both(name: str, page: Any) -> tuple[str, str]:
    """A partial template rendered now and as it was, for the same page."""
    return environment().get_template(name).render(page=page), old_environment().get_template(name).render(page=page)


def old_page(excerpts: Any, timeline: Timeline, parity: Parity) -> str:
    """The whole page through the old partials."""
    from page.render import CSP_TEMPLATE, stylesheet

    css, style_hash = stylesheet()
    return old_environment().get_template("base.html").render(
        page=build_context(excerpts, timeline, parity), record_hash=RECORD_HASH,
        css=fragments.Markup(css), csp=CSP_TEMPLATE.format(style_hash=style_hash))


flags = st.builds(Flag, code=TEXT, text=TEXT)
sources = st.builds(
    SourceView, id=TEXT, anchor=TEXT, outlet=TEXT, title=TEXT, url=st.none() | TEXT, url_text=TEXT, published=TEXT,
    as_of=TEXT, author=TEXT, warnings=st.lists(TEXT, max_size=2).map(tuple), flags=st.lists(flags, max_size=2).map(tuple),
    origins=st.lists(TEXT, max_size=3).map(tuple), events=st.integers(0, 30), claims_anchor=TEXT, text_anchor=TEXT,
    extra=st.lists(st.tuples(TEXT, TEXT), max_size=2).map(tuple))
texts = st.builds(TextView, id=TEXT, anchor=TEXT, outlet=TEXT, title=TEXT, open=st.booleans(),
                  paragraphs=st.lists(paragraphs, max_size=3).map(tuple), card_href=TEXT)
days = st.builds(DayGroup, anchor=TEXT | st.just("undated"), label=TEXT, interval=st.booleans(),
                 events=st.lists(events, max_size=3).map(tuple), copies=st.lists(copies, max_size=3).map(tuple))
source_claims = st.builds(SourceClaims, source=TEXT, outlet=TEXT, anchor=TEXT,
                          claims=st.lists(claims, max_size=2).map(tuple), brief=st.lists(briefs, max_size=2).map(tuple))


@settings(max_examples=150, deadline=None)
@given(st.lists(sources, max_size=3))
def test_source_cards_as_the_template_printed_them(items: list[SourceView]) -> None:
    now, before = both("_sources.html", SimpleNamespace(sources=items))
    assert now == before


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, max_size=3), st.booleans())
def test_source_texts_as_the_template_printed_them(items: list[TextView], crowded: bool) -> None:
    now, before = both("_texts.html", SimpleNamespace(texts=items, crowded=crowded))
    assert now == before


@settings(max_examples=150, deadline=None)
@given(st.lists(source_claims, max_size=3), st.lists(TEXT, max_size=2), st.booleans())
def test_claims_sections_as_the_template_printed_them(items: list[SourceClaims], stale: list[str],
                                                      crowded: bool) -> None:
    now, before = both("_claims.html", SimpleNamespace(claims=items, stale_verdicts=stale, crowded=crowded))
    assert now == before


@settings(max_examples=150, deadline=None)
@given(st.lists(days, max_size=3), st.booleans(), st.booleans())
def test_days_as_the_template_printed_them(items: list[DayGroup], crowded: bool, day_index: bool) -> None:
    now, before = both("_timeline.html", SimpleNamespace(groups=items, crowded=crowded, day_index=day_index))
    assert now == before


def test_the_fixture_pages_are_the_old_pages(record: Any) -> None:
    """The fixture story as few sources, as a crowded page, as a long timeline and with no events: byte for byte."""
    xs, tl, par = record
    many = [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    base = tl.events[0]
    long = [base.model_copy(update={"id": f"{base.id}{d}", "date": base.date.model_copy(
        update={"start": date(2024, 1, d), "end": date(2024, 1, d)})}) for d in range(1, 13)]
    cases = [(xs, tl, par), (xs + many, tl, par), (xs, tl.model_copy(update={"events": long}), par),
             (xs[:1], Timeline(excerpts=[], events=[]), Parity(claims=[]))]
    for case in cases:
        assert render_page(*case, RECORD_HASH) == old_page(*case)
