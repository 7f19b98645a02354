"""Reading a case's answer key: the CSV files in its ``key/`` folder.

Every lesson's key is a CSV file there (documented in ``seeds/key/README.md``). A case
needs no key: the engines never read one, and a missing file reads as no rows.
"""

from __future__ import annotations

import csv

from newslit.case import Case


def read_rows(case: Case, name: str) -> list[dict]:
    """Rows of ``<case>/key/<name>`` as dicts of stripped strings.

    Lines starting with ``#`` are comments. A missing file gives ``[]``; an empty cell
    gives ``""``.
    """
    path = case.key_dir / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]
