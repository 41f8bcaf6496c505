"""The page in Debian's chromium (Playwright): inert input, no network, links both ways, axe, print."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from excerpt.models import Excerpt
from page.render import render_page
from parity.models import Parity
from tests.page import story
from tests.page.conftest import RECORD_HASH
from timeline.models import Timeline

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
Record = tuple[list[Excerpt], Timeline, Parity]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless chromium for the whole module."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (scripts/setup.sh --test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory, page_html: str) -> str:
    path = tmp_path_factory.mktemp("page") / "index.html"
    path.write_text(page_html, encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def collapsed_url(tmp_path_factory: pytest.TempPathFactory, record: Record) -> str:
    """A page with enough sources that every source text starts collapsed."""
    xs, tl, par = record
    extra = [xs[0].model_copy(update={"id": f"{xs[0].id}-copy{i}"}) for i in range(6)]
    path = tmp_path_factory.mktemp("collapsed") / "index.html"
    path.write_text(render_page(xs + extra, tl, par, RECORD_HASH), encoding="utf-8")
    return path.as_uri()


class Watch:
    """A page with every console error, page error, dialog and non-file request recorded."""

    def __init__(self, browser: Any, js: bool, **context: Any) -> None:
        self.context = browser.new_context(java_script_enabled=js, **context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture(params=[True, False], ids=["js-on", "js-off"])
def watch(request: pytest.FixtureRequest, browser: Any) -> Iterator[Watch]:
    w = Watch(browser, js=request.param)
    yield w
    w.close()


def _in_view(page: Any, selector: str) -> bool:
    return page.locator(selector).evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; }"
    )


def test_no_console_error_no_network_no_dialog(watch: Watch, page_url: str) -> None:
    watch.page.goto(page_url)
    watch.page.wait_for_load_state("load")
    for summary in watch.page.locator(".events details > summary").all():
        summary.click()  # open every date reasoning: nothing fetched, nothing logged
    assert watch.errors == []
    assert watch.requests == []
    assert watch.dialogs == []
    assert watch.page.locator("script").count() == 0


def test_hostile_strings_render_as_visible_text(watch: Watch, page_url: str) -> None:
    page = watch.page
    page.goto(page_url)
    assert page.locator("#src-zz9 .outlet").inner_text() == story.HOSTILE_OUTLET
    assert page.locator("#src-zz9 .title").inner_text() == story.HOSTILE_TITLE
    page.locator("#text-zz9 mark").scroll_into_view_if_needed()
    assert page.locator("#text-zz9 mark").inner_text() == "{{ 7*7 }} vessels {% raw %} left port on 3 October 2023"
    assert "</script><script>alert(2)</script>" in page.locator("#text-zz9").inner_text()
    assert page.locator("img, iframe, script").count() == 0
    assert watch.dialogs == [] and watch.errors == []


def test_every_event_links_to_its_passage_and_back(watch: Watch, page_url: str, record: Record) -> None:
    page = watch.page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page_url)
    for ev in record[1].events:
        page.locator(f'#ev-{ev.id} a[href="#ev-{ev.id}-src"]').click()
        assert page.evaluate("location.hash") == f"#ev-{ev.id}-src"
        assert _in_view(page, f"#ev-{ev.id}-src"), ev.id
        page.locator(f"#ev-{ev.id}-src").click()
        assert page.evaluate("location.hash") == f"#ev-{ev.id}"
        assert _in_view(page, f"#ev-{ev.id}"), ev.id
    assert watch.requests == []


def test_links_open_collapsed_source_texts(browser: Any, collapsed_url: str, record: Record) -> None:
    w = Watch(browser, js=False)
    try:
        w.page.goto(collapsed_url)
        assert w.page.locator("section.text details[open]").count() == 0
        ev = record[1].events[0]
        w.page.locator(f'#ev-{ev.id} a[href="#ev-{ev.id}-src"]').click()
        # Chromium opens the <details> around a fragment target; the passage must be visible.
        assert w.page.locator(f"#ev-{ev.id}-src").is_visible()
        assert _in_view(w.page, f"#ev-{ev.id}-src")
    finally:
        w.close()


def test_matrix_has_one_column_per_source(watch: Watch, page_url: str, record: Record) -> None:
    page = watch.page
    page.goto(page_url)
    heads = page.locator("table.matrix thead th.src")
    assert heads.count() == len(record[0])
    for row in page.locator("table.matrix tbody tr").all():
        assert row.locator("td").count() == len(record[0])


def test_keyboard_skip_link(watch: Watch, page_url: str) -> None:
    page = watch.page
    page.goto(page_url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert _in_view(page, ".skip")  # the skip link shows itself when focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_print_hides_navigation(browser: Any, page_url: str) -> None:
    w = Watch(browser, js=False)
    try:
        w.page.goto(page_url)
        assert w.page.locator("body > nav").is_visible()
        assert not w.page.locator(".events details code").first.is_visible()  # on screen, reasoning waits in <details>
        w.page.emulate_media(media="print")
        assert not w.page.locator("body > nav").is_visible()
        assert not w.page.locator(".skip").is_visible()
        assert w.page.locator("main").is_visible()
        # On paper nothing can be clicked open, so the date reasoning is printed.
        assert w.page.locator(".events details code").first.is_visible()
    finally:
        w.close()


@pytest.mark.parametrize(("which", "scheme"), [("small", "light"), ("small", "dark"), ("large", "light")])
def test_axe_finds_no_serious_violation(browser: Any, page_url: str, collapsed_url: str, which: str,
                                        scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    w = Watch(browser, js=True, color_scheme=scheme)
    try:
        w.page.goto(page_url if which == "small" else collapsed_url)
        for summary in w.page.locator(".events details > summary").all():
            summary.click()  # check the date reasoning too
        results = Axe().run(w.page)
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == []
    finally:
        w.close()


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "light"), (1280, "dark"), (390, "dark")])
def test_screenshots_and_no_sideways_scroll(browser: Any, page_url: str, width: int, scheme: str) -> None:
    w = Watch(browser, js=True, viewport={"width": width, "height": 900}, color_scheme=scheme)
    try:
        w.page.goto(page_url)
        ARTIFACTS.mkdir(exist_ok=True)
        w.page.screenshot(path=str(ARTIFACTS / f"page-{width}-{scheme}.png"), full_page=True)
        # Only the matrix may scroll sideways (inside its own focusable region), never the page.
        assert w.page.evaluate("document.documentElement.scrollWidth") <= width
        assert w.errors == []
    finally:
        w.close()


def test_page_title_and_hash_meta(watch: Watch, page_url: str) -> None:
    page = watch.page
    page.goto(page_url)
    assert re.match(r"Timeline and parity: 4 sources", page.title())
    assert page.locator('meta[name="record-sha256"]').get_attribute("content") == RECORD_HASH
