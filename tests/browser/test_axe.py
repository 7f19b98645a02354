"""axe-core finds no accessibility problem in what the workbook draws, in light and dark themes.

Every lesson and both teacher notebooks are opened in JupyterLab and checked by axe-core
(WCAG 2.0-2.2 A and AA, and axe's best practices) three times: after Run All, after a
learner has answered every exercise (feedback and status lines showing), and after Run All
again (the saved answers restored). Each time in the light theme and the dark one, with
the window sized so that axe checks the contrast of every line of text.

The workbook's output must have no violation of any impact. JupyterLab's own page (menus,
side bars, cell toolbars) is checked too and its violations are listed in the test summary,
but they are JupyterLab's to fix and do not fail the test. Where axe cannot decide a text's
contrast (a drop-down list's arrow is a background image; a line of only "●"), the text
colour is measured against its background by hand, as the old contrast test did.
"""

from __future__ import annotations

import json
import re
import time

import pytest
from chromium import unavailable

from . import audit, labpage, learner
from .conftest import LESSONS, REPO, SCREENSHOTS, VIEWPORT

pytestmark = pytest.mark.browser

NOTEBOOKS = LESSONS + sorted((REPO / "notebooks" / "teacher").glob("*.ipynb"))
LIGHT, DARK = "JupyterLab Light", "JupyterLab Dark"
REPORT_FILE = SCREENSHOTS / "axe" / "report.json"

# The theme is applied, and JupyterLab's splash screen (shown while a theme loads, over the
# whole page) is gone: under it axe can tell no text's background.
_THEME_APPLIED = """(dark) => {
  const rgb = getComputedStyle(document.querySelector('.jp-Notebook')).backgroundColor.match(/[\\d.]+/g).map(Number);
  return document.body.dataset.jpThemeLight === (dark ? 'false' : 'true') && (rgb[0] + rgb[1] + rgb[2] < 300) === dark
    && !document.getElementById('jupyterlab-splash');
}"""


def set_theme(page, theme: str) -> None:
    """Switch theme as a person does (Settings > Theme) and wait until the notebook is repainted."""
    page.evaluate("(theme) => window.jupyterapp.commands.execute('apputils:change-theme', {theme})", theme)
    page.wait_for_function(_THEME_APPLIED, arg=theme == DARK, timeout=20_000, polling=100)


def lab_theme_back_to_light(lab) -> None:
    """Leave the shared server in the light theme for the next tests, whatever happened here."""
    import urllib.request

    body = json.dumps({"raw": json.dumps({"theme": LIGHT})}).encode()
    request = urllib.request.Request(
        f"{lab.url}/lab/api/settings/@jupyterlab/apputils-extension:themes",
        data=body,
        method="PUT",
        headers={"Authorization": f"token {lab.token}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=10).close()


@pytest.fixture
def themed_page(page, lab):
    """The page; afterwards the server's theme is light again (the next page opens in it)."""
    if not audit.AXE_JS.is_file():
        unavailable(f"axe-core is not installed ({audit.AXE_JS} is missing): run `make axe`")
    yield page
    lab_theme_back_to_light(lab)


def check(page, state: str, themes: tuple[str, ...], found: dict, record: dict) -> None:
    """Audit the output areas in each theme, in order; after Run All, JupyterLab's own page too.

    The window is made as tall as the notebook once per state (a theme changes colours, not
    heights), and back to a laptop's size afterwards: a learner's clicks and a Run All on a
    page 40,000 px high are slow.
    """

    def problem(where: str, line: str) -> None:
        found.setdefault(line, []).append(where)

    sizes = audit.fit_page(page)
    for theme in themes:
        set_theme(page, theme)
        where = f"{state}, {theme}"
        result = audit.run(page)
        undecided = next((r for r in result["incomplete"] if r["id"] == "color-contrast"), {"nodes": []})
        by_hand = audit.contrast_of(page, [n["target"] for n in undecided["nodes"]])
        record["states"][where] = {
            "checks_passed": audit.node_count(result["passes"]),
            "rules_passed": len(result["passes"]),
            "contrast_passed": audit.passed(result, "color-contrast"),
            "contrast_by_hand": len(by_hand),
            "violations": audit.node_count(result["violations"]),
            "page_height": sizes["window"],
        }
        for line in audit.describe(result["violations"]):
            problem(where, line)
        for low in [m for m in by_hand if m["ratio"] is not None and m["ratio"] < m["needed"]]:
            problem(where, f"low contrast (measured by hand, axe could not decide): {low}")
        if not sizes["fits"]:
            problem(where, f"the notebook is taller than {audit.MAX_HEIGHT} px: its end was not checked")
        if result["scrolled"]:
            problem(where, f"the notebook scrolled by {result['scrolled']} px while axe ran")
        if audit.passed(result, "color-contrast") == 0:
            problem(where, "axe checked the contrast of no text: the page is not sized for it")
        if state == "after Run All":
            chrome = audit.run(page, include=None, exclude=audit.OUTPUTS)
            record["jupyterlab"][theme] = [(r["id"], r["impact"], len(r["nodes"])) for r in chrome["violations"]]
    # The same page in two themes: a theme changes colours, not how many texts there are to check.
    totals = {
        theme: sum(
            record["states"][f"{state}, {theme}"][k] for k in ("contrast_passed", "contrast_by_hand", "violations")
        )
        for theme in themes
    }
    if len(set(totals.values())) > 1:
        problem(state, f"axe checked the contrast of different numbers of texts per theme: {totals}")
    page.set_viewport_size(VIEWPORT)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_workbook_output_passes_axe_before_and_after_answering_in_light_and_dark(themed_page, lab, notebook):
    page = themed_page
    started = time.monotonic()
    labpage.open_notebook(page, lab, notebook.relative_to(REPO).as_posix())
    name = "axe-" + re.sub(r"[^a-z0-9]+", "-", notebook.stem.lower())
    labpage.kernel_execute(page, f"import os; os.environ['NEWSLIT_LEARNER'] = {name!r}")
    record = {"axe": audit.inject(page), "states": {}, "jupyterlab": {}}
    found: dict[str, list[str]] = {}  # what is wrong -> where it was seen

    labpage.run_all(page)
    assert labpage.problems(page) == []
    check(page, "after Run All", (LIGHT, DARK), found, record)

    # A control that shows nothing until "Check" (a tag menu, a form field) is given 3 s,
    # then the audit waits until the kernel has answered everything.
    answered = learner.work_notebook(page, wait=3_000)
    labpage.wait_until_idle(page)
    record["interactions"] = len(answered)
    if answered:
        assert labpage.problems(page) == []
        check(page, "answered", (DARK, LIGHT), found, record)
        labpage.run_all(page)
        assert labpage.problems(page) == []
        if any(i.is_exercise for i in answered):
            assert "Your saved answer is back." in page.inner_text(".jp-Notebook"), "no saved answer came back"
        check(page, "answers restored", (LIGHT, DARK), found, record)

    record["seconds"] = round(time.monotonic() - started, 1)
    audit.REPORT[notebook.stem] = record
    REPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
    REPORT_FILE.write_text(json.dumps(audit.REPORT, indent=1) + "\n", encoding="utf-8")
    print(f"{notebook.stem}: axe-core {record['axe']}; JupyterLab's own violations: {record['jupyterlab']}")
    assert found == {}, "\n".join(f"{line}\n    seen: {'; '.join(where)}" for line, where in found.items())
