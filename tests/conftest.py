"""Shared fixtures: the seed case and a builder for small hand-made cases."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# Compiled patterns (newslit.text.compiled) go to a folder of this run, not the tester's own cache; the
# kernels the notebook tests start inherit it. Removed when the run ends: registered before newslit is
# imported, the removal runs after newslit's own last write (exit handlers run last-registered first).
if "NEWSLIT_CACHE_DIR" not in os.environ:
    os.environ["NEWSLIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="newslit-test-cache-")
    atexit.register(shutil.rmtree, os.environ["NEWSLIT_CACHE_DIR"], ignore_errors=True)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def browser():
    """One headless chromium for the whole session, shared by the browser and hub tests."""
    from chromium import launched_chromium

    yield from launched_chromium()


@pytest.fixture(scope="session")
def seed_case():
    from newslit import load_case

    return load_case(SEEDS)


def write_retold_case(
    folder: Path, toml: str, primary: tuple[str, str], sentences, headline: str, published: str
) -> Path:
    """Write an invented case into ``folder``: the primary (file name, text) under ``toml``'s
    ``[case]`` and primary ``[[article]]``, then one retelling per sentence (``r0``, ``r1``...),
    each a headline line and the sentence, published on ``published``."""
    (folder / primary[0]).write_text(primary[1], encoding="utf-8")
    for n, sentence in enumerate(sentences):
        (folder / f"r{n}.txt").write_text(f"{headline.format(n=n)}\n\n{sentence}\n", encoding="utf-8")
        toml += f'[[article]]\nid = "r{n}"\nfile = "r{n}.txt"\noutlet = "Outlet {n}"\npublished = {published}\n\n'
    (folder / "case.toml").write_text(toml, encoding="utf-8")
    return folder


def primary_and_paper(title: str, primary: str, outlet: str, published: str, paper_published: str) -> str:
    """The case.toml of an invented case: the primary ``primary`` (file ``primary.txt``, by ``outlet``)
    and one retelling, ``paper`` (file ``paper.txt``)."""
    return (
        f'[case]\ntitle = "{title}"\nquestion = "What did the papers keep?"\nprimary = "{primary}"\n\n'
        f'[[article]]\nid = "{primary}"\nfile = "{primary}.txt"\noutlet = "{outlet}"\npublished = {published}\n\n'
        f'[[article]]\nid = "paper"\nfile = "paper.txt"\noutlet = "The paper"\npublished = {paper_published}\n'
    )


def paper_figures(
    make_case, release: str, paper: str, outlet: str = "The Agency", published: str = "2024-01-09"
) -> dict:
    """The figure records of the retelling ``paper`` of an invented ``release`` (each one paragraph), by figure text.

    ``make_case`` is the fixture of that name; the primary's id is ``agency``, the retelling's ``paper``.
    """
    from newslit import load_case
    from newslit.analysis.figures import figure_records

    folder = make_case(
        primary_and_paper("t", "agency", outlet, published, published),
        {"agency.txt": f"Release\n\n{release}\n", "paper.txt": f"News\n\n{paper}\n"},
    )
    return {r["text"]: r for r in figure_records(load_case(folder)) if r["article"] == "paper"}


@pytest.fixture
def make_case(tmp_path):
    """Write a case folder: ``make_case(toml_text, {"a.txt": "text" or b"bytes"})``."""

    def build(toml: str, files: dict[str, str | bytes] | None = None, name: str = "case") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "case.toml").write_text(toml, encoding="utf-8")
        for file_name, content in (files or {}).items():
            path = folder / file_name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return build


@pytest.fixture
def read_only(tmp_path):
    """``read_only(folder)`` makes a folder read-only for real: its permissions, or (for root, who
    ignores them) the immutable flag. Skips the test where neither works."""
    frozen = []

    def writable(folder):
        try:
            (folder / ".probe").touch()
        except OSError:
            return False
        (folder / ".probe").unlink()
        return True

    def make(folder):
        folder.chmod(0o555)
        chattr = shutil.which("chattr")
        if (
            writable(folder)
            and chattr
            and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode == 0
        ):
            frozen.append(folder)
        if writable(folder):
            pytest.skip("cannot make a read-only folder here (root without chattr)")
        return folder

    yield make
    for folder in frozen:
        subprocess.run([shutil.which("chattr"), "-i", str(folder)], check=True)
    for folder in tmp_path.rglob("*"):
        if folder.is_dir():
            folder.chmod(0o755)
