"""Handouts: every lesson and the teacher guide, executed, as HTML that reads offline.

``python -m newslit.handouts build`` (``make handouts``) runs each notebook in a fresh
kernel, keeps the widgets' state in the page, and writes ``build/handouts/<name>.html``
plus an ``index.html``. The pages load nothing from the network: the widget renderer
(``@jupyter-widgets/html-manager``'s ``embed-amd.js``) and ``require.js`` are copied into
``build/handouts/static/``, and the CDN scripts nbconvert would add (MathJax, Mermaid) are
left out. Widgets show as they were when the notebook ran (no kernel: answering does
nothing), and under each exercise a "Text version" holds its plain-text fallback, for
print and screen readers.

The two JavaScript files come from the npm registry at the pinned versions below: no
Python package ships them. They are looked up first in ``$NEWSLIT_WIDGET_ASSETS`` and in
the build cache (``build/.widget-assets/``), and only fetched with ``npm pack`` when
missing, so a machine that built once (or was given the folder) builds offline.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from newslit.case.bundled import bundled, checkout_root

# Pinned like every other dependency. html-manager 1.0.x renders ipywidgets 8 state.
NPM_PACKAGES = {"@jupyter-widgets/html-manager": "1.0.15", "requirejs": "2.3.8"}
ASSETS_ENV = "NEWSLIT_WIDGET_ASSETS"
STATIC = "static"
RENDERER = f"{STATIC}/html-manager/embed-amd.js"
REQUIRE = f"{STATIC}/require.js"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
TEACHER_GUIDE = Path("teacher") / "teacher_guide.ipynb"

# nbconvert's "lab" page without the scripts it would fetch from CDNs.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style>
details.newslit-fallback { margin: 2px 0 8px; font-size: 90%; }
details.newslit-fallback summary { cursor: pointer; color: #0072B2; }
@media print { .jupyter-widgets { display: none; } details.newslit-fallback > summary { display: none; } }
</style>
{%- endblock extra_css -%}
"""


class HandoutError(RuntimeError):
    """A handout could not be built; the message says which file and how to fix it."""


def repo_root() -> Path:
    """Where ``build/`` goes: the repository of this package (an editable install), else the current folder."""
    return checkout_root() or Path.cwd()


def handout_notebooks(notebooks: Path) -> list[Path]:
    """The lessons (``0*.ipynb``, in order) and the teacher guide, where they exist."""
    found = sorted(notebooks.glob("0*.ipynb"))
    if (notebooks / TEACHER_GUIDE).is_file():
        found.append(notebooks / TEACHER_GUIDE)
    return found


# ---- the widget renderer and require.js ------------------------------------------------


def _asset_paths(folder: Path) -> tuple[Path, Path]:
    return folder / "html-manager" / "dist", folder / "requirejs" / "require.js"


def find_assets(cache: Path) -> tuple[Path, Path] | None:
    """``(html-manager dist folder, require.js)`` from ``$NEWSLIT_WIDGET_ASSETS`` or ``cache``; None if absent."""
    for folder in filter(None, [os.environ.get(ASSETS_ENV), str(cache)]):
        dist, require = _asset_paths(Path(folder))
        if (dist / "embed-amd.js").is_file() and require.is_file():
            return dist, require
    return None


def fetch_assets(cache: Path) -> tuple[Path, Path]:
    """Fetch the pinned npm packages with ``npm pack`` into ``cache`` (build time only)."""
    npm = shutil.which("npm")
    if npm is None:
        raise HandoutError(
            "the widget renderer is missing and npm is not installed: install Node.js and npm "
            f"(apt-get install npm), or put html-manager/dist/ and requirejs/require.js in ${ASSETS_ENV}"
        )
    with tempfile.TemporaryDirectory() as scratch:
        specs = [f"{name}@{version}" for name, version in NPM_PACKAGES.items()]
        result = subprocess.run([npm, "pack", "--silent", *specs], cwd=scratch, capture_output=True, text=True)
        if result.returncode != 0:
            raise HandoutError(f"npm pack {' '.join(specs)} failed: {result.stderr.strip()[-500:]}")
        for tarball in Path(scratch).glob("*.tgz"):
            target = cache / ("html-manager" if "html-manager" in tarball.name else "requirejs")
            shutil.rmtree(target, ignore_errors=True)
            with tarfile.open(tarball) as archive:
                archive.extractall(scratch, filter="data")
            shutil.move(str(Path(scratch) / "package"), target)
    found = find_assets(cache)
    if found is None:
        raise HandoutError(f"npm pack gave no embed-amd.js or require.js in {cache}")
    return found


def copy_assets(out: Path, cache: Path) -> None:
    """Put the widget renderer and require.js beside the handouts."""
    dist, require = find_assets(cache) or fetch_assets(cache)
    static = out / STATIC
    shutil.rmtree(static / "html-manager", ignore_errors=True)
    shutil.copytree(dist, static / "html-manager", ignore=shutil.ignore_patterns("*.map"))
    shutil.copy2(require, out / REQUIRE)


# ---- executing and exporting ------------------------------------------------------------


def execute(path: Path, *, timeout: int = 600):
    """Run ``path`` top to bottom in a fresh kernel with widget state kept; return the notebook.

    The kernel gets an empty answers folder, so a handout never shows anyone's answers.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory() as answers:
        os.environ.update(NEWSLIT_ANSWERS_DIR=answers, NEWSLIT_LEARNER="handout")
        os.environ.pop("NEWSLIT_SHOW_EXPLICIT", None)  # handouts are always masked
        try:
            client = NotebookClient(
                notebook,
                timeout=timeout,
                kernel_name="python3",
                store_widget_state=True,
                resources={"metadata": {"path": str(path.parent)}},
            )
            client.execute()
        except CellExecutionError as error:
            raise HandoutError(f"{path}: a cell failed while building the handout:\n{error}") from None
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return notebook


def add_text_fallbacks(notebook) -> int:
    """After each widget that carries an HTML fallback, add it as a "Text version"; return how many.

    Widgets without a fallback (plain ipywidgets) get nothing added.
    """
    import nbformat

    added = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            outputs.append(output)
            data = output.get("data", {})
            if WIDGET_MIME in data and "text/html" in data:
                fallback = (
                    '<details class="newslit-fallback"><summary>Text version (for print and screen readers)</summary>'
                    f"{data['text/html']}</details>"
                )
                outputs.append(nbformat.v4.new_output("display_data", data={"text/html": fallback}))
                added += 1
        cell.outputs = outputs
    return added


def export_html(notebook, title: str) -> str:
    """The notebook as one HTML page that loads its scripts from ``static/``."""
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"handout.html.j2": _TEMPLATE})],
        template_file="handout.html.j2",
        require_js_url=REQUIRE,
        widget_renderer_url=RENDERER,
    )
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def index_page(pages: list[tuple[str, str]]) -> str:
    """A plain list of links to the handouts: ``[(file name, title)]``."""
    items = "\n".join(f'<li><a href="{html.escape(f)}">{html.escape(t)}</a></li>' for f, t in pages)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>newslit handouts</title></head>\n'
        f"<body><h1>newslit handouts</h1>\n<ul>\n{items}\n</ul></body></html>\n"
    )


def notebook_title(notebook, fallback: str) -> str:
    """The first Markdown heading of the notebook, else ``fallback``."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def build(out: Path, notebooks: list[Path], *, cache: Path, log=print) -> list[Path]:
    """Execute and export ``notebooks`` into ``out``; return the pages written (index last)."""
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out, cache)
    written, pages = [], []
    for path in notebooks:
        log(f"running {path.name} ...")
        notebook = execute(path)
        add_text_fallbacks(notebook)
        title = notebook_title(notebook, path.stem)
        target = out / f"{path.stem}.html"
        target.write_text(export_html(notebook, title), encoding="utf-8")
        written.append(target)
        pages.append((target.name, title))
    index = out / "index.html"
    index.write_text(index_page(pages), encoding="utf-8")
    return [*written, index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newslit.handouts", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("build", help="write executed HTML of every lesson and the teacher guide")
    command.add_argument("--notebooks", type=Path, default=None, help="notebooks folder (default: notebooks/)")
    command.add_argument("--out", type=Path, default=None, help="output folder (default: build/handouts/)")
    command.add_argument("--only", nargs="*", default=None, help="only these notebooks (file names or stems)")
    args = parser.parse_args(argv)

    root = repo_root()
    notebooks_dir = args.notebooks or bundled("notebooks")
    out = args.out or root / "build" / "handouts"
    chosen = handout_notebooks(notebooks_dir)
    if args.only:
        chosen = [p for p in chosen if p.name in args.only or p.stem in args.only]
    if not chosen:
        print(f"error: {notebooks_dir}: no lesson notebooks (0*.ipynb) found", file=sys.stderr)
        return 2
    try:
        written = build(out, chosen, cache=root / "build" / ".widget-assets")
    except HandoutError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
