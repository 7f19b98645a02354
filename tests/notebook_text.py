"""What a person reads in an executed notebook, and the mistakes a reader would notice in it.

:func:`shown` collects every output a reader sees: printed text, text and HTML outputs, and
the widgets' own state (an HTML widget's content, a list's labels, an Output widget's
outputs), which nbclient stores in the notebook. :func:`reader_problems` lists what reads
badly: an outlet id or a code-style column name shown as text, a feedback opener said
twice, "sentence 0", "1 sentences", and a folded sentence shown unfolded.
"""

from __future__ import annotations

import html
import re

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
OUTLET_IDS = ("wsj", "blog-nl", "afp", "lifesite", "dcnf")
# An id as a word: not inside a file name, a path, an address or a longer word.
OUTLET_ID = re.compile(r"(?<![\w/.@#-])(" + "|".join(re.escape(i) for i in OUTLET_IDS) + r")(?![\w/@-]|\.\w)")
# snake_case shown as text, except a file name (framing_terms.csv) or a function call (export()).
SNAKE = re.compile(r"(?<![\w./-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w(/]|\.(?:csv|py|toml|json|md|ipynb|txt)\b)")
REPEATED_OPENER = re.compile(r"\b(Right|Not quite|Saved)\.\s+(Right|Yes|No|Not quite|Correct|Wrong|Saved)\b")
SENTENCE_ZERO = re.compile(r"\bsentence 0\b", re.IGNORECASE)
ONE_PLURAL = re.compile(
    r"(?<![\d.,])\b1 (sentences|figures|items|answers|statements|words|exercises|learners|questions|facts|rows|pairs)\b"
)
DETAILS = re.compile(r"<details\b.*?</details>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
WIDGET = "application/vnd.jupyter.widget-view+json"
FOLD_PREFIX = 40  # characters of a folded sentence that must not be shown outside its fold


def _joined(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def _outputs(outputs, where):
    for output in outputs or []:
        if output.get("output_type") == "stream":
            yield where, "text", _joined(output.get("text"))
        data = output.get("data", {})
        if "text/html" in data:
            yield where, "html", _joined(data["text/html"])
        elif WIDGET in data:
            continue  # JupyterLab draws the widget; its text/plain is Python's repr, shown nowhere
        elif "text/plain" in data:
            yield where, "text", _joined(data["text/plain"])


def shown(notebook) -> list[tuple[str, str, str]]:
    """``(where, "text" | "html", content)`` for everything the executed notebook shows a reader."""
    found = []
    for index, cell in enumerate(notebook["cells"]):
        if cell.get("cell_type") == "code":
            found += list(_outputs(cell.get("outputs"), f"cell {index}"))
    state = notebook.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for model, entry in state.items():
        name, values = entry.get("model_name", ""), entry.get("state", {})
        where = f"widget {name} {model[:8]}"
        if name in ("HTMLModel", "HTMLMathModel"):
            found.append((where, "html", values.get("value", "")))
        if name == "OutputModel":
            found += list(_outputs(values.get("outputs"), where))
        for field in ("_options_labels",):
            found += [(where, "text", label) for label in values.get(field, [])]
        for field in ("description", "tooltip", "placeholder"):
            if isinstance(values.get(field), str):
                found.append((where, "text", values[field]))
    return found


def readable(kind: str, content: str, *, drop_folds: bool = False) -> str:
    """The words a reader sees: HTML tags removed and entities read, folded sentences left out if asked."""
    if kind == "html":
        if drop_folds:
            content = DETAILS.sub(" ", content)
        content = html.unescape(TAG.sub(" ", content))
    return content


def reader_problems(notebook, folded: list[str]) -> list[str]:
    """What reads badly in an executed notebook; ``folded`` holds the folded sentences as shown (masked)."""
    problems = []
    for where, kind, content in shown(notebook):
        text = readable(kind, content)
        for pattern, what in (
            (OUTLET_ID, "an outlet id shown as text"),
            (SNAKE, "a code-style name shown as text"),
            (REPEATED_OPENER, "a feedback opener said twice"),
            (SENTENCE_ZERO, '"sentence 0"'),
            (ONE_PLURAL, '"1" with a plural'),
        ):
            for match in pattern.finditer(text):
                start = max(match.start() - 40, 0)
                problems.append(f"{where}: {what}: …{text[start : match.end() + 40]!r}")
        unfolded = readable(kind, content, drop_folds=True)
        for sentence in folded:
            if sentence[:FOLD_PREFIX] in unfolded:
                problems.append(f"{where}: a folded sentence shown unfolded: {sentence[:60]!r}")
    return sorted(set(problems))
