"""Work every interactive view of a notebook as a learner would, timing each response.

The driver finds, per code cell, the controls a person uses (radio buttons, drop-down
lists, text boxes, sliders, buttons), works them with real clicks and key presses through
Playwright, and measures in the page the time from the input event to the first frame
that shows the kernel's answer (the cell's visible text changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Installs window.__nlMeasure(cellIndex, pattern): resolves with the milliseconds between
# the first input event (click/change/input/keydown) inside the cell and the animation
# frame after the cell's output text or images first change (and match ``pattern`` if given).
_MEASURE = """() => {
  if (window.__nlMeasure) return;
  window.__nlMeasure = (index, pattern) => {
    const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
    const area = cell.querySelector('.jp-Cell-outputWrapper') || cell;
    // What a person sees change: the text, and the pictures (a redrawn chart is a new image).
    const seen = () => area.textContent + Array.from(area.querySelectorAll('img')).map(i => i.src).join();
    const before = seen();
    const wanted = pattern ? new RegExp(pattern) : null;
    let start = null;
    const events = ['click', 'change', 'input', 'keydown'];
    const onEvent = (event) => { if (start === null && cell.contains(event.target)) start = event.timeStamp; };
    events.forEach(name => document.addEventListener(name, onEvent, true));
    window.__nlResult = null;
    return new Promise(resolve => {
      const observer = new MutationObserver(() => {
        const now = seen();
        if (start === null || now === before || (wanted && !wanted.test(now))) return;
        observer.disconnect();
        events.forEach(name => document.removeEventListener(name, onEvent, true));
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(area, {subtree: true, childList: true, characterData: true, attributes: true});
    }).then(ms => { window.__nlResult = ms; });
  };
}"""

_CONTROLS = """(index) => {
  const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
  const q = (s) => cell.querySelectorAll('.jp-OutputArea ' + s).length;
  return {
    radios: q('.widget-radio-box'),
    selects: q('.widget-dropdown select'),
    textareas: q('.widget-textarea textarea'),
    texts: q('.widget-text input[type=text]'),
    sliders: q('.noUi-handle, .widget-slider input[type=range]'),
    buttons: q('button.jupyter-button'),
    checkboxes: q('.widget-checkbox input[type=checkbox]'),
  };
}"""

_WIDGET_CELLS = """() => window.jupyterapp.shell.currentWidget.content.widgets
  .map((cell, index) => ({index, cell}))
  .filter(({cell}) => cell.model.type === 'code' && cell.node.querySelector('.jp-OutputArea .jupyter-widgets'))
  .map(({cell, index}) => { cell.node.dataset.nlIndex = String(index);
                            return {index, source: cell.model.sharedModel.getSource()}; })"""

# What an exercise's feedback or saving line says (newslit.views.exercises).
FEEDBACK = r"(✓ Right\.|✗ Not quite\.|◑ (?:Mostly|Partly) right\.|• Saved\.|Saved\.)"
TYPED = "The council said the plan would cost less than expected."


@dataclass
class Interaction:
    """One thing a learner did to one view, what came back, and how long it took."""

    cell: int
    view: str
    action: str
    ms: float | None
    text_after: str = ""
    state: dict = field(default_factory=dict)

    @property
    def is_exercise(self) -> bool:
        return "Saved." in self.text_after


def widget_cells(page) -> list[dict]:
    """Code cells showing at least one widget: ``[{index, source}]``."""
    return page.evaluate(_WIDGET_CELLS)


def _cell(page, index: int):
    return page.locator(f'.jp-Notebook .jp-Cell[data-nl-index="{index}"]')


def _timed(page, index: int, act, pattern: str | None = None, timeout: float = 10_000) -> float | None:
    """Milliseconds from the input event of ``act()`` to the updated view; None if nothing changed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.evaluate(_MEASURE)
    page.evaluate("([i, p]) => { window.__nlMeasure(i, p); }", [index, pattern])
    act()
    try:
        page.wait_for_function("() => window.__nlResult !== null", timeout=timeout, polling="raf")
    except PlaywrightTimeout:
        return None  # the view shows no change (e.g. a form field that only keeps its value)
    return page.evaluate("() => window.__nlResult")


def cell_text(page, index: int) -> str:
    return _cell(page, index).locator(".jp-Cell-outputWrapper").inner_text()


def widget_state(page, index: int) -> dict:
    """What the learner's controls in a cell show: checked radio labels, menu choices, typed text."""
    return page.evaluate(
        """(index) => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
      const all = (s) => Array.from(cell.querySelectorAll('.jp-OutputArea ' + s));
      return {
        radios: all('.widget-radio-box input[type=radio]').filter(i => i.checked)
                  .map(i => i.parentElement.textContent.trim()),
        selects: all('.widget-dropdown select').map(s => s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : null),
        textareas: all('.widget-textarea textarea').map(t => t.value),
      };
    }""",
        index,
    )


def _settle(page, index: int, timeout: float = 15_000) -> None:
    """Wait until the kernel has saved every tag (the exercise says "All tagged"), as a person would.

    A person tags 30 sentences in minutes, not milliseconds: without this wait the "Check"
    press can arrive while the last tags are still being saved, and its measurement would
    catch a late "1 left to tag" instead of the feedback.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(
            "(i) => window.jupyterapp.shell.currentWidget.content.widgets[i].node.innerText.includes('All tagged')",
            arg=index,
            timeout=timeout,
        )
    except PlaywrightTimeout:
        pass  # not every menu is an exercise's tag: carry on, the assertions will say what is wrong


def work_cell(page, index: int, source: str, *, wait: float = 10_000) -> list[Interaction]:
    """Use every kind of control in one cell once, as a learner would; time the responses.

    ``wait`` is how long (ms) to wait for a visible answer before deciding there is none.
    """
    controls = page.evaluate(_CONTROLS, index)
    cell = _cell(page, index)
    outputs = cell.locator(".jp-OutputArea")
    view = source.strip().splitlines()[-1][:80] if source.strip() else f"cell {index}"
    done: list[Interaction] = []

    def record(action: str, ms: float | None):
        shown = None if ms is None else round(ms, 1)
        done.append(Interaction(index, view, action, shown, cell_text(page, index), widget_state(page, index)))

    buttons = outputs.locator("button.jupyter-button")
    if controls["radios"]:
        radio = outputs.locator(".widget-radio-box label").first
        record("choose an option", _timed(page, index, radio.click, FEEDBACK, wait))
    if controls["selects"]:
        menus = outputs.locator(".widget-dropdown select")
        count = menus.count()
        for number in range(count):
            menu = menus.nth(number)
            options = max(1, menu.locator("option").count())
            current = menu.evaluate("m => m.selectedIndex")
            choice = (current + 1) % options if number == 0 else number % options  # the first one always changes
            if number == 0:
                record(
                    "tag an item", _timed(page, index, lambda m=menu, c=choice: m.select_option(index=c), None, wait)
                )
            else:
                menu.select_option(index=choice)
        _settle(page, index)
    for kind, selector in (("textareas", ".widget-textarea textarea"), ("texts", ".widget-text input[type=text]")):
        if controls[kind]:
            box = outputs.locator(selector).first
            box.click()
            box.fill(TYPED)
            if not controls["buttons"]:
                record("type and leave the box", _timed(page, index, lambda b=box: b.press("Tab"), None, wait))
    if controls["sliders"]:
        handle = outputs.locator(".noUi-handle, .widget-slider input[type=range]").first
        handle.focus()
        record("move a slider", _timed(page, index, lambda h=handle: h.press("ArrowRight"), None, wait))
    if controls["buttons"]:
        button = buttons.last if controls["selects"] or controls["textareas"] or controls["texts"] else buttons.first
        label = button.inner_text().strip() or "button"
        record(f"press “{label}”", _timed(page, index, button.click, None, wait))
        if controls["selects"] and "not tagged yet" in cell_text(page, index):
            record(f"press “{label}” again", _timed(page, index, button.click, None, wait))
        if not controls["selects"] and page.evaluate(_CONTROLS, index)["selects"]:
            # A long exercise built when opened (lesson 02's whole hunts): its menus are there now.
            done.extend(work_cell(page, index, source, wait=wait))
    return done


def work_notebook(page, *, wait: float = 10_000) -> list[Interaction]:
    """Work every widget cell of the open notebook; return what was done, in order (``wait``: see work_cell)."""
    done: list[Interaction] = []
    for cell in widget_cells(page):
        done.extend(work_cell(page, cell["index"], cell["source"], wait=wait))
    return done


# ---- the skills check (newslit.views.skills_check): many questions and one finish button in a cell ----


def cell_showing(page, needle: str) -> int:
    """The index of the code cell whose source contains ``needle`` and that shows a widget."""
    for cell in widget_cells(page):
        if needle in cell["source"]:
            return cell["index"]
    raise AssertionError(f"no widget cell runs {needle!r}")


def wait_for_cell_text(page, index: int, pattern: str, timeout: float = 30_000) -> str:
    """Wait until the cell's output text matches ``pattern`` (a regular expression); return the text."""
    page.wait_for_function(
        """([index, pattern]) => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
      const area = cell.querySelector('.jp-Cell-outputWrapper') || cell;
      return new RegExp(pattern).test(area.textContent);
    }""",
        arg=[index, pattern],
        timeout=timeout,
        polling=100,
    )
    return cell_text(page, index)


def answer_check(page, index: int, choose) -> list[str]:
    """Answer every question of the check in cell ``index`` with clicks, one by one, as a learner would.

    ``choose(number, labels)`` gives the position of the option to click for question
    ``number`` (from 0) among its option ``labels``. Each click is saved before the next one
    (the check's count says so). Returns the labels clicked.
    """
    groups = _cell(page, index).locator(".jp-OutputArea .widget-radio-box")
    total = groups.count()
    clicked = []
    for number in range(total):
        labels = groups.nth(number).locator("label")
        texts = [t.strip() for t in labels.all_inner_texts()]
        position = choose(number, texts)
        labels.nth(position).click()
        clicked.append(texts[position])
        answered = rf"All {total} answered" if number == total - 1 else rf"Saved\. {number + 1} of {total} answered"
        wait_for_cell_text(page, index, answered)
    return clicked


def press(page, index: int, label: str) -> None:
    """Click the button labelled ``label`` in cell ``index``."""
    _cell(page, index).locator(".jp-OutputArea button.jupyter-button", has_text=label).first.click()


def radios_disabled(page, index: int) -> list[bool]:
    """For every option in the cell, whether it can no longer be changed."""
    return page.evaluate(
        """(index) => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
      return Array.from(cell.querySelectorAll('.jp-OutputArea .widget-radio-box input[type=radio]')).map(i => i.disabled);
    }""",
        index,
    )


def images_in_cell(page, index: int) -> int:
    """How many drawn images (charts) the cell's output shows."""
    return page.evaluate(
        """(index) => {
      const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
      return Array.from(cell.querySelectorAll('.jp-OutputArea img')).filter(i => i.complete && i.naturalWidth > 0).length;
    }""",
        index,
    )
