"""A handout (``make handouts``) opened with the network off: content, widgets and charts are there."""

from __future__ import annotations

import pytest
from chromium import unavailable

from newslit import handouts

from . import audit
from .conftest import LESSONS, REPO

pytestmark = pytest.mark.browser

# The lesson with every kind of exercise and a chart; the first lesson if it is missing.
PREFERRED = "02_editorial_framing"

_SEEN = """() => ({
  title: (document.querySelector('h1') || {}).textContent || '',
  widgets: document.querySelectorAll('.widget-subarea .jupyter-widgets').length,
  radios: document.querySelectorAll('.widget-radio-box input[type=radio]').length,
  selects: document.querySelectorAll('.widget-dropdown select').length,
  unrendered: Array.from(document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'))
    .filter(s => !s.parentElement.querySelector('.widget-subarea .jupyter-widgets')).length,
  errors: document.body.innerText.includes('Error displaying widget'),
  images: Array.from(document.querySelectorAll('.jp-OutputArea img')).map(i => i.complete && i.naturalWidth > 0),
  fallbacks: Array.from(document.querySelectorAll('details.newslit-fallback')).map(d => d.textContent),
})"""


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    chosen = next((p for p in LESSONS if p.stem == PREFERRED), LESSONS[0] if LESSONS else None)
    if chosen is None:
        pytest.fail("no lesson to build a handout from")
    out = tmp_path_factory.mktemp("handouts")
    pages = handouts.build(out, [chosen], cache=REPO / "build" / ".widget-assets", log=lambda _: None)
    return pages[0]


def test_handout_reads_offline_with_widgets_charts_and_text_versions(offline_page, handout, screenshot_dir):
    offline_page.goto(handout.as_uri())
    offline_page.wait_for_function(
        "() => document.querySelectorAll('.widget-subarea .jupyter-widgets').length > 0", timeout=30_000, polling=200
    )
    offline_page.wait_for_load_state("load")
    seen = offline_page.evaluate(_SEEN)
    screenshot_dir.mkdir(parents=True, exist_ok=True)
    offline_page.screenshot(path=str(screenshot_dir / "top.png"))
    offline_page.locator(".widget-radio-box").first.scroll_into_view_if_needed()
    offline_page.screenshot(path=str(screenshot_dir / "first-widget.png"))

    assert offline_page.blocked == [], "the handout tried to reach the network"
    assert seen["title"].strip(), "no lesson title"
    assert seen["widgets"] > 0 and seen["unrendered"] == 0, seen
    assert not seen["errors"]
    assert all(seen["images"]), "a chart is not drawn"
    # Every widget has its text version: the exercises, and the hand-in panel at the end of the lesson.
    assert any("Question:" in text for text in seen["fallbacks"])
    exercise_or_hand_in = ("Question:", "Your text, sentence", "Hand in")  # the cue tagger lists its sentences
    assert [t[:80] for t in seen["fallbacks"] if not any(mark in t for mark in exercise_or_hand_in)] == []


def test_handouts_index_links_every_page(handout):
    index = (handout.parent / "index.html").read_text(encoding="utf-8")
    assert f'href="{handout.name}"' in index
    assert (handout.parent / handouts.RENDERER).is_file() and (handout.parent / handouts.REQUIRE).is_file()


def test_handout_output_passes_axe(offline_page, handout):
    """What the workbook draws in a handout (charts described, tables named, widgets as left) passes axe-core."""
    if not audit.AXE_JS.is_file():
        unavailable(f"axe-core is not installed ({audit.AXE_JS} is missing): run `make axe`")
    offline_page.goto(handout.as_uri())
    offline_page.wait_for_function(
        "() => document.querySelectorAll('.widget-subarea .jupyter-widgets').length > 0", timeout=30_000, polling=200
    )
    audit.inject(offline_page)
    result = audit.run(offline_page)
    assert result["violations"] == [], "\n".join(audit.describe(result["violations"]))
    assert audit.passed(result, "image-alt") > 0 and audit.passed(result, "color-contrast") > 0, result["passes"]
