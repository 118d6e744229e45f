"""
The report page in a real headless browser: Debian's chromium driven by Playwright.

Skipped, with the reason, when Playwright or chromium is missing; ``.ci/browser-setup.sh``
installs chromium (never ``playwright install``, which downloads a browser). Screenshots
go to ``artifacts/`` (gitignored): ``report-seeds.png`` (the whole seed page) and
``report-seeds-claim.png`` (the page after clicking through to a conflicting claim).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimrec as cr
from claimrec.report import Report
from claimrec.report.page import claim_anchor, event_anchor, finding_anchor
from claimrec.testing import count_claim, document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("CLAIMREC_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(
        sync_playwright is None,
        reason="Playwright is not installed (pip install 'claimrec[browser]')",
    ),
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"no chromium at {CHROMIUM}; run .ci/browser-setup.sh (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert sync_playwright is not None
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return cr.reconcile(str(SEEDS))


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory, seed_report: Report) -> Path:
    path = tmp_path_factory.mktemp("page") / "report.html"
    seed_report.write_html(path)
    return path


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda m: opened.problems.append(f"{m.type}: {m.text}"))
    opened.on("pageerror", lambda e: opened.problems.append(f"pageerror: {e}"))
    opened.on(
        "request",
        lambda r: (
            None if r.url.startswith("file:") else opened.problems.append(f"network: {r.url}")
        ),
    )
    yield opened
    context.close()


class TestSeedPageInChromium:
    def test_events_and_a_conflict_are_visible(
        self, page: Any, seed_page: Path, seed_report: Report
    ) -> None:
        """Every event of the seeds is listed; a conflicting finding shows both sides."""
        page.goto(seed_page.as_uri())

        for event in seed_report.events:
            assert page.locator(f"#overview a[href='#{event_anchor(event.id)}']").is_visible()
        conflict = seed_report.conflicts()[0]
        finding = page.locator(f"#{finding_anchor(conflict)}")
        finding.scroll_into_view_if_needed()
        assert finding.is_visible()
        assert "conflicting" in finding.locator("h3").inner_text().lower()
        assert finding.locator(".sides > div").count() == len(conflict.conflicts[0])
        page.screenshot(path=str(ARTIFACTS / "report-seeds.png"), full_page=True)
        assert page.problems == []

    def test_click_through_to_a_claims_highlighted_sentence(
        self, page: Any, seed_page: Path, seed_report: Report
    ) -> None:
        """Overview → event → conflict → the claim's card, with its span marked and on screen."""
        conflict = seed_report.conflicts()[0]
        target = conflict.conflicts[0][0]
        page.goto(seed_page.as_uri())

        page.locator(f"#overview a[href='#{event_anchor(conflict.event)}']").click()
        page.locator(
            f"#{finding_anchor(conflict)} .sides a[href='#{claim_anchor(target)}']"
        ).click()

        card = page.locator(f"#{claim_anchor(target)}")
        mark = card.locator("blockquote mark")
        assert page.evaluate("location.hash") == f"#{claim_anchor(target)}"
        assert mark.is_visible()
        assert mark.inner_text().strip()
        assert page.evaluate(
            "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }",
            mark.element_handle(),
        )
        page.screenshot(path=str(ARTIFACTS / "report-seeds-claim.png"))

    def test_inline_style_is_allowed_by_the_csp_hash(self, page: Any, seed_page: Path) -> None:
        """The hashed <style> applies (marks are yellow) and the CSP reports no violation."""
        page.goto(seed_page.as_uri())

        colour = page.evaluate("getComputedStyle(document.querySelector('mark')).backgroundColor")

        assert colour == "rgb(253, 230, 138)"
        assert page.problems == []

    def test_keyboard_reaches_the_skip_link_and_follows_it(
        self, page: Any, seed_page: Path
    ) -> None:
        """Tab focuses the skip link first (shown with a focus style); Enter jumps to the events."""
        page.goto(seed_page.as_uri())

        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className")
        page.keyboard.press("Enter")

        assert focused == "skip"
        assert page.evaluate("location.hash") == "#overview"

    def test_details_open_without_script(self, page: Any, seed_page: Path) -> None:
        """A closed <details> opens on click; the page has no script at all."""
        page.goto(seed_page.as_uri())
        details = page.locator("section[id^='event-'] details:not([open])").first.element_handle()

        details.query_selector("summary").click()

        assert details.get_attribute("open") is not None
        assert page.evaluate("document.scripts.length") == 0

    def test_phone_width_does_not_scroll_sideways(self, browser: Any, seed_page: Path) -> None:
        """At 375 px wide the page fits; conflict sides stack into one column."""
        context = browser.new_context(viewport={"width": 375, "height": 740})
        phone = context.new_page()
        phone.goto(seed_page.as_uri())

        width = phone.evaluate("document.documentElement.scrollWidth")
        sides = phone.locator(".sides").first
        boxes = [d.bounding_box() for d in sides.locator(":scope > div").all()]
        context.close()

        assert width <= 375
        assert len({round(b["x"]) for b in boxes}) == 1

    def test_phone_width_events_table_does_not_scroll_inside_its_box(
        self, browser: Any, seed_page: Path
    ) -> None:
        """At 375 px the events table's rows stack, so its box never scrolls sideways."""
        context = browser.new_context(viewport={"width": 375, "height": 740})
        phone = context.new_page()
        phone.goto(seed_page.as_uri())

        inner, outer = phone.locator("#overview .table-wrap").evaluate(
            "box => [box.scrollWidth, box.clientWidth]"
        )
        context.close()

        assert inner <= outer


class TestHostilePageInChromium:
    def test_hostile_article_runs_nothing_and_loads_nothing(
        self, page: Any, tmp_path: Path
    ) -> None:
        """<script>, <img onerror> and javascript: links stay text: nothing runs, nothing loads."""
        text = (
            "Two people <script>window.pwned = 1</script> were hurt. "
            'Three <img src="https://evil.example/x.png" onerror="window.pwned = 2"> died. '
            '<a href="javascript:window.pwned = 3">Four</a> fled.'
        )
        doc = document(id="d1", text=text, title="<script>window.pwned = 4</script>")
        claims = [
            count_claim(
                id="d1:c1",
                document="d1",
                span=(0, 3),
                sentence=text.split(". ", maxsplit=1)[0] + ".",
            ),
            count_claim(
                id="d1:c2",
                document="d1",
                span=(text.index("Three"), text.index("Three") + 5),
                sentence=text.split(". ")[1] + ".",
                measure="killed",
            ),
        ]
        report = Report(
            documents=(doc,),
            events=(cr.Event(id="ev-1", documents=("d1",)),),
            claims=tuple(claims),
            findings=(),
            document_event={"d1": "ev-1"},
            claim_event={c.id: "ev-1" for c in claims},
        )
        path = tmp_path / "hostile.html"
        report.write_html(path)

        page.goto(path.as_uri())
        for link in page.locator("main a[href^='#']").all():
            if link.is_visible():
                link.click()

        assert page.evaluate("window.pwned") is None
        assert page.locator("img").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        assert "<script>window.pwned = 1</script>" in page.locator("body").text_content()
        assert page.problems == []
