"""Shared fixtures: the seed case and a builder for small hand-made cases."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seed_case():
    from newslit import load_case

    return load_case(SEEDS)


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
