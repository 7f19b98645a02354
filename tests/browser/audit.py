"""Run axe-core, the standard accessibility engine, on a notebook open in JupyterLab.

axe-core comes from the npm registry at the version pinned in ``package.json``
(``make axe`` installs it into the git-ignored ``node_modules/``). It is injected into the
page as a script and run twice per check: once on the notebook's output areas (what the
workbook draws: it must pass), once on everything else (JupyterLab's own chrome: listed,
never failed).

Two things make axe see what a learner sees. JupyterLab's ``<body>`` is 0 px high with
``overflow: hidden``, and the notebook scrolls inside its own panel: axe counts anything a
zero-height overflow-hidden ancestor clips as invisible, and anything scrolled out of view
as off screen, so it would check the contrast of almost nothing. :func:`fit_page` gives the
body the window's height and makes the window as tall as the notebook, scrolled to its top.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
OUTPUTS = ".jp-OutputArea-output"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices (headings in order,
# no empty table headers, ...). Page-level rules (a main landmark, a page title) do not
# apply inside an output area.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# JupyterLab's windowed notebook and page sizes above this are not what a person uses; a
# notebook taller than this is checked all the same, but the test says so.
MAX_HEIGHT = 60_000

_NOTEBOOK = "document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')"

# The notebook is scrolled to its top first: JupyterLab scrolls the active cell into view
# when a theme changes, and with "scroll past end" it can, even in a window that fits it all.
_RUN = """async ([context, tags]) => {
  const notebook = NOTEBOOK;
  if (notebook) { notebook.scrollTo(0, 0); await new Promise(r => requestAnimationFrame(() => r())); }
  const result = await axe.run(context, {runOnly: {type: 'tag', values: tags},
                                         resultTypes: ['violations', 'passes', 'incomplete']});
  const nodes = (list) => list.map(rule => ({id: rule.id, impact: rule.impact, help: rule.help,
    nodes: rule.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                 why: (n.failureSummary || n.any.map(c => c.message).join('; ')).slice(0, 300)}))}));
  return {version: axe.version, violations: nodes(result.violations),
          passes: result.passes.map(rule => ({id: rule.id, count: rule.nodes.length})),
          incomplete: nodes(result.incomplete), scrolled: notebook ? notebook.scrollTop : 0};
}""".replace("NOTEBOOK", _NOTEBOOK)

# Contrast of text axe leaves undecided (a drop-down list's arrow is a background image;
# a line of only "●" or "✓" is not text to axe): text colour against the first opaque
# background behind it, translucent layers blended in, as a WCAG ratio.
_CONTRAST_OF = """(selectors) => {
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
  return selectors.map((selector) => {
    const el = document.querySelector(selector);
    if (!el) return {target: selector, ratio: null};
    const style = getComputedStyle(el), back = background(el);
    let fore = parse(style.color); if (fore.a < 1) fore = blend(fore, back);
    const [a, b] = [lum(fore), lum(back)];
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    return {target: selector, text: el.textContent.trim().slice(0, 50), color: style.color,
            background: `rgb(${back.r | 0}, ${back.g | 0}, ${back.b | 0})`,
            ratio: Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100,
            needed: size >= 24 || (bold && size >= 18.66) ? 3 : 4.5};
  });
}"""


def inject(page) -> str:
    """Load axe-core into the page (once); return its version."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    return page.evaluate("() => axe.version")


def fit_page(page, *, attempts: int = 4) -> dict:
    """Make the window at least as tall as the notebook and scroll it to the top; return the sizes.

    The body gets the window's height (JupyterLab leaves it at 0 px). Widgets re-lay out
    when the window changes, so the height is measured again until it holds still.
    """
    page.evaluate("() => { document.body.style.height = '100vh'; }")
    width = page.viewport_size["width"]
    measure = (
        "() => { const outer = "
        + _NOTEBOOK
        + """;
      const cells = outer.querySelector('.jp-WindowedPanel-viewport');
      const last = cells.lastElementChild.getBoundingClientRect();
      return {top: Math.ceil(outer.getBoundingClientRect().top + outer.scrollTop), cells: Math.ceil(cells.scrollHeight),
              window: window.innerHeight, last_bottom: Math.ceil(last.bottom + outer.scrollTop)}; }"""
    )
    sizes = page.evaluate(measure)
    for _ in range(attempts):
        wanted = min(sizes["last_bottom"] + 120, MAX_HEIGHT)  # the status bar sits under the notebook
        if sizes["window"] >= wanted:  # only ever grow: resizing a page this tall takes seconds
            break
        page.set_viewport_size({"width": width, "height": wanted})
        page.wait_for_timeout(300)  # JupyterLab re-lays out its panels on the resize event
        sizes = page.evaluate(measure)
    page.evaluate("() => " + _NOTEBOOK + ".scrollTo(0, 0)")
    page.wait_for_timeout(100)
    sizes["fits"] = page.evaluate(
        "() => { const cells = " + _NOTEBOOK + ".querySelector('.jp-WindowedPanel-viewport');"
        " return cells.lastElementChild.getBoundingClientRect().bottom <= window.innerHeight; }"
    )
    return sizes


def run(page, *, include: str | None = OUTPUTS, exclude: str | None = None) -> dict:
    """axe's violations, passes (rule and node count) and undecided checks in the scope."""
    context = {}
    if include:
        context["include"] = [[include]]
    if exclude:
        context["exclude"] = [[exclude]]
    return page.evaluate(_RUN, [context, TAGS])


def contrast_of(page, targets: list[str]) -> list[dict]:
    """The hand-made contrast measure of each element (axe ``target`` selectors)."""
    return page.evaluate(_CONTRAST_OF, targets)


def node_count(rules: list[dict]) -> int:
    return sum(len(rule["nodes"]) if "nodes" in rule else rule["count"] for rule in rules)


def passed(result: dict, rule: str) -> int:
    """How many elements passed ``rule``."""
    return next((p["count"] for p in result["passes"] if p["id"] == rule), 0)


def describe(rules: list[dict], limit: int = 4) -> list[str]:
    """One message per rule, naming up to ``limit`` of its elements and why each fails."""
    lines = []
    for rule in rules:
        shown = [f"\n    {n['html']}\n      " + n["why"].replace("\n", "\n      ") for n in rule["nodes"][:limit]]
        more = f"\n    ... and {len(rule['nodes']) - limit} more" if len(rule["nodes"]) > limit else ""
        lines.append(
            f"{rule['id']} ({rule['impact']}, {len(rule['nodes'])} elements): {rule['help']}{''.join(shown)}{more}"
        )
    return lines


# What the axe tests measured, per notebook: printed at the end of the run (conftest.py).
REPORT: dict[str, dict] = {}


def summary_lines() -> list[str]:
    """The axe-core version, checks passed per notebook and JupyterLab's own violations."""
    if not REPORT:
        return []
    lines = [f"axe-core {next(iter(REPORT.values()))['axe']} (WCAG 2.0-2.2 A/AA and best practices)"]
    for name, record in REPORT.items():
        states = record["states"]
        checks = ", ".join(
            f"{where}: {s['checks_passed']} ({s['contrast_passed']} contrast)" for where, s in states.items()
        )
        lines.append(f"{name} ({record['seconds']} s): checks passed in the output: {checks}")
        for theme, violations in record["jupyterlab"].items():
            listed = ", ".join(f"{rule} ({impact}) x{count}" for rule, impact, count in violations) or "none"
            lines.append(f"    JupyterLab's own page, {theme}: {listed}")
    return lines
