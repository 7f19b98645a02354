"""Text in the lessons' outputs is readable in JupyterLab's light and dark themes (WCAG AA contrast)."""

from __future__ import annotations

import pytest

from . import labpage, learner
from .conftest import LESSONS, REPO

pytestmark = pytest.mark.browser

THEMES = ["JupyterLab Light", "JupyterLab Dark"]
# Views with cue marks, coloured grids, feedback boxes and every exercise kind between them.
CHECKED = LESSONS

# For every element of an output with text of its own: its colour against the background it
# sits on (translucent backgrounds blended down to the first opaque one), as a WCAG ratio.
_LOW_CONTRAST = """() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(parseFloat); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const blend = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let base = {r: 255, g: 255, b: 255, a: 1};
    for (let i = layers.length - 1; i >= 0; i--) base = layers[i].a >= 1 ? layers[i] : blend(layers[i], base);
    return base; };
  const low = [];
  document.querySelectorAll('.jp-OutputArea-output *').forEach((el) => {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) return;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('option')) return;
    const back = background(el); let fore = parse(style.color); if (!fore) return;
    if (fore.a < 1) fore = blend(fore, back);
    const [a, b] = [lum(fore), lum(back)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) low.push({text: el.textContent.trim().slice(0, 50), ratio: Math.round(ratio * 100) / 100,
      color: style.color, background: `rgb(${back.r | 0}, ${back.g | 0}, ${back.b | 0})`});
  });
  return low;
}"""


@pytest.mark.parametrize("lesson", CHECKED, ids=lambda p: p.stem)
def test_output_text_has_enough_contrast_in_light_and_dark_themes(page, lab, lesson, screenshot_dir):
    labpage.open_notebook(page, lab, lesson.relative_to(REPO).as_posix())
    labpage.run_all(page)
    learner.work_notebook(page)  # feedback boxes appear only after an answer
    failures = {}
    for theme in THEMES:
        page.evaluate("(theme) => window.jupyterapp.commands.execute('apputils:change-theme', {theme})", theme)
        page.wait_for_function(
            "(dark) => document.body.dataset.jpThemeLight === (dark ? 'false' : 'true')", arg=theme.endswith("Dark")
        )
        page.wait_for_timeout(500)  # let the theme's stylesheet apply
        labpage.screenshots(page, screenshot_dir / theme.split()[-1].lower(), limit=3)
        low = page.evaluate(_LOW_CONTRAST)
        if low:
            failures[theme] = low[:8] + ([f"... and {len(low) - 8} more"] if len(low) > 8 else [])
    assert failures == {}, labpage.dump(failures)
