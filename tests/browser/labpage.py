"""Drive a notebook in JupyterLab as a person would, and read what the page shows.

Everything goes through the page: JupyterLab's own commands (``window.jupyterapp``, exposed
by the server flag ``--LabApp.expose_app_in_browser``), clicks and key presses. Waiting is
on conditions, never on fixed sleeps.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

# The current notebook panel, for the JavaScript snippets below.
_PANEL = "const panel = window.jupyterapp.shell.currentWidget;"

_OPENED = """() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  return !!(panel && panel.sessionContext && panel.content && panel.sessionContext.session
            && panel.sessionContext.session.kernel && panel.sessionContext.session.kernel.status === 'idle'
            && panel.content.widgets.length > 0);
}"""

# Done when every code cell ran (or one failed, which stops "run all") and the kernel is idle.
_RUN_DONE = (
    "() => {"
    + _PANEL
    + """
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  const failed = cells.some(c => c.model.outputs.toJSON().some(o => o.output_type === 'error'));
  return failed || cells.every(c => c.model.executionCount !== null && c.model.executionCount !== undefined);
}"""
)

# What a person would call an error, per cell: Python errors, tracebacks on stderr,
# widgets that failed to display, widget outputs with nothing rendered.
_PROBLEMS = (
    "() => {"
    + _PANEL
    + """
  const problems = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    const outputs = cell.model.outputs.toJSON();
    outputs.forEach((o, i) => {
      if (o.output_type === 'error') problems.push(`cell ${index}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr' && /Traceback|Error/.test(o.text))
        problems.push(`cell ${index}: stderr: ${o.text.slice(0, 300)}`);
      if (o.data && o.data['application/vnd.jupyter.widget-view+json']) {
        const view = cell.outputArea.widgets[i];
        if (!view || !view.node.querySelector('.jupyter-widgets'))
          problems.push(`cell ${index}: widget output ${i} not rendered`);
      }
    });
    const text = cell.node.innerText || '';
    if (text.includes('Error displaying widget')) problems.push(`cell ${index}: Error displaying widget`);
  });
  document.querySelectorAll('.jp-Notebook img').forEach((img, i) => {
    if (!(img.complete && img.naturalWidth > 0)) problems.push(`image ${i} not drawn`);
  });
  return problems;
}"""
)

# Outputs a person sees, per code cell: counts of widgets, images and charts.
_SUMMARY = (
    "() => {"
    + _PANEL
    + """
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  const outputs = cells.flatMap(c => c.model.outputs.toJSON());
  return {
    code_cells: cells.length,
    executed: cells.filter(c => c.model.executionCount !== null).length,
    widget_outputs: outputs.filter(o => o.data && o.data['application/vnd.jupyter.widget-view+json']).length,
    images: document.querySelectorAll('.jp-Notebook .jp-OutputArea img').length,
  };
}"""
)


def lesson_url(server, relative: str) -> str:
    """The address that opens ``relative`` in a fresh workspace (no tabs restored)."""
    return f"{server.url}/lab/tree/{relative}?reset&token={server.token}"


def open_notebook(page, server, relative: str, *, timeout: float = 60_000) -> None:
    """Open a notebook and wait until its kernel is idle."""
    page.goto(lesson_url(server, relative))
    page.wait_for_function(_OPENED, timeout=timeout, polling=200)


def kernel_execute(page, code: str, *, timeout: float = 30_000) -> None:
    """Run ``code`` in the notebook's kernel without adding a cell (set-up, e.g. env vars)."""
    page.evaluate(
        "async (code) => {"
        + _PANEL
        + """
      const future = panel.sessionContext.session.kernel.requestExecute({code, silent: true, store_history: false});
      await future.done;
    }""",
        code,
    )


def run_all(page, *, timeout: float = 300_000) -> None:
    """Run every cell and wait until each has run (or one failed) and the kernel is idle."""
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_timeout(100)  # let the kernel pick up the first request before polling for idle
    page.wait_for_function(_RUN_DONE, timeout=timeout, polling=250)


def wait_until_idle(page, *, timeout: float = 60_000) -> None:
    """Wait until the kernel has answered everything asked of it (every cell run, kernel idle)."""
    page.wait_for_function(_RUN_DONE, timeout=timeout, polling=250)


def restart_kernel(page, *, timeout: float = 60_000) -> None:
    """Restart the kernel (no dialog) and clear every output, as "Restart and clear" does."""
    page.evaluate(
        "async () => {"
        + _PANEL
        + """
      await panel.sessionContext.restartKernel();
      await window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs');
      panel.content.widgets.forEach(c => { if (c.model.type === 'code') c.model.executionCount = null; });
    }"""
    )
    page.wait_for_function(_OPENED, timeout=timeout, polling=200)


def problems(page, *, settle: float = 20_000) -> list[str]:
    """Errors a person would see; waits up to ``settle`` ms for widgets to finish rendering."""
    try:
        page.wait_for_function(_PROBLEMS.replace("return problems;", "return problems.length === 0;"), timeout=settle)
    except Exception:  # noqa: BLE001 - still failing after the wait: report what is wrong
        pass
    return page.evaluate(_PROBLEMS)


def summary(page) -> dict:
    return page.evaluate(_SUMMARY)


def code_cells(page):
    """Locators of the code cells, in order."""
    return page.locator(".jp-Notebook .jp-CodeCell")


def screenshots(page, folder: Path, *, limit: int = 60, height: int = 1600) -> list[Path]:
    """Screenshot the notebook screen by screen (JupyterLab scrolls inside itself).

    The left sidebar is closed and the window made taller for the shots, then restored.
    """
    folder.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    page.set_viewport_size({"width": viewport["width"], "height": height})
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
    for old in folder.glob("*.png"):
        old.unlink()
    scroller = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
    page.evaluate(f"() => document.querySelector('{scroller}').scrollTo(0, 0)")
    saved = []
    for index in range(limit):
        path = folder / f"{index:02d}.png"
        page.screenshot(path=str(path))
        saved.append(path)
        moved = page.evaluate(
            f"""() => {{
          const s = document.querySelector('{scroller}');
          const before = s.scrollTop;
          s.scrollBy(0, s.clientHeight - 40);
          return s.scrollTop !== before;
        }}"""
        )
        if not moved:
            break
        page.wait_for_timeout(50)  # let lazy layout paint before the next shot
    page.set_viewport_size(viewport)
    return saved


def safe_name(text: str) -> str:
    """A folder name from a pytest node name: ``test_x[notebooks/00.ipynb]`` -> ``test_x-00``."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")


def notebook_outputs_text(page) -> list[dict]:
    """Per code cell with outputs: its index and the text content of its output area."""
    return page.evaluate(
        "() => {"
        + _PANEL
        + """
      return panel.content.widgets
        .map((cell, index) => ({index, cell}))
        .filter(({cell}) => cell.model.type === 'code')
        .map(({cell, index}) => {
          // Cue labels (<mark>word<sup> loaded</sup></mark>) annotate the text; they are not part of it.
          const copy = cell.outputArea.node.cloneNode(true);
          copy.querySelectorAll('mark sup').forEach(label => label.remove());
          return {index, text: copy.textContent};
        });
    }"""
    )


def dump(obj) -> str:
    return json.dumps(obj, indent=1, ensure_ascii=False)
