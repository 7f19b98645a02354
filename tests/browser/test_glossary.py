"""A link to a glossary word, clicked in a lesson, opens the glossary at that word (not at its top)."""

from __future__ import annotations

import pytest

from . import labpage

pytestmark = pytest.mark.browser

# JupyterLab moves an <a id> in markdown to data-jupyter-id (its sanitiser keeps no ids),
# and scrolls a link's #fragment to the element that carries it.
_ENTRY_IN_VIEW = """(anchor) => {
  const entry = document.querySelector(`.jp-MarkdownViewer [data-jupyter-id="${anchor}"], .jp-MarkdownViewer #${anchor}`);
  if (!entry) return null;
  const box = entry.getBoundingClientRect();
  const view = entry.closest('.jp-MarkdownViewer').getBoundingClientRect();
  return {top: box.top - view.top, height: view.height};
}"""


def test_a_glossary_link_in_lesson_04_opens_the_glossary_at_its_word(page, lab):
    labpage.open_notebook(page, lab, "notebooks/04_platform_accountability.ipynb")
    # JupyterLab draws only the cells on screen: scroll to the one with the link first.
    page.evaluate(
        """async () => {
      const panel = window.jupyterapp.shell.currentWidget;
      const at = panel.content.widgets.findIndex(c => c.model.sharedModel.getSource().includes('glossary.md#section-230'));
      await panel.content.scrollToItem(at, 'center');
    }"""
    )
    link = page.locator('.jp-MarkdownOutput a[href*="section-230"]').first
    link.click()
    page.wait_for_selector(".jp-MarkdownViewer", state="visible")
    page.wait_for_function(f"() => ({_ENTRY_IN_VIEW})('section-230') !== null", polling=200)
    page.wait_for_function(
        f"() => {{ const at = ({_ENTRY_IN_VIEW})('section-230'); return at && at.top >= 0 && at.top < at.height / 2; }}",
        polling=200,
        timeout=15_000,
    )
    # The first entry is off the screen: the page did not open at its top.
    first = page.evaluate(f"() => ({_ENTRY_IN_VIEW})('algorithm')")
    assert first is not None and first["top"] < 0, first
