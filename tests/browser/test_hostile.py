"""Every lesson run on the hostile case (tests/cases/hostile): nothing executes, text stays text.

The case's articles and metadata carry ``<script>``, ``<img onerror>``, ``<svg onload>``,
``javascript:`` links, Markdown and LaTeX specials, a 3,200-character word, right-to-left
text and emoji. Each payload would set ``window.nlpwned`` if it ran. Each one follows a
marker word ``QuipN``: wherever a view shows a marker, the payload after it must be there
character for character (or cut short with "…"), which fails if anything was rendered as
HTML, Markdown or maths. The made-up hashtag ``#nsfwtest`` must be masked everywhere.
"""

from __future__ import annotations

import re

import pytest

from . import labpage, learner
from .conftest import LESSONS, REPO

pytestmark = pytest.mark.browser

HOSTILE = REPO / "tests" / "cases" / "hostile"
# Each marker and what must follow it, exactly as in the article files.
LITERAL = {
    "Quip1": " <script>top['nlpwned']='script'</script>",
    "Quip2": " <img src=x onerror=\"top['nlpwned']='img'\">",
    "Quip3": " <a href=\"javascript:top['nlpwned']='link'\">read the plan</a>",
    "Quip4": " <svg onload=\"top['nlpwned']='svg'\"></svg>",
    "Quip5": " costs $5 and $10, **not bold**, _not italic_, `not code`, $x^2$ and \\(a+b\\)",
    "Quip6": " " + "longword" * 400,
    "Quip7": " \u0642\u0627\u0644 \u0627\u0644\u0645\u062c\u0644\u0633 \u0625\u0646 \u0627\u0644\u062e\u0637\u0629 "
    "\u062c\u064a\u062f\u0629 and \u05e9\u05dc\u05d5\u05dd",
    "Quip8": " \U0001f6b2\U0001f6a8 \U0001f469\u200d\U0001f4bb \U0001f1f3\U0001f1f1",
}
RAW_HASHTAG, MASKED_HASHTAG = "#nsfwtest", "#n•••••••"
ELLIPSIS = ("…", "...")

# Elements the payloads would create if any view rendered article text as HTML, Markdown
# or maths.
_INJECTED = """() => {
  const cells = window.jupyterapp.shell.currentWidget.content.widgets;
  const outputs = cells.map((c, i) => [i, c.node.querySelector('.jp-OutputArea')]).filter(([i, o]) => o);
  const found = [];
  const check = (selector, what) => outputs.forEach(([i, o]) => o.querySelectorAll(selector).forEach(e =>
    found.push(`cell ${i}: ${what}: ${e.outerHTML.slice(0, 120)}`)));
  check('img[src="x"], [onerror], [onload], svg[onload]', 'element with an event handler');
  check('a[href^="javascript:" i]', 'javascript: link');
  check('script', 'script element');
  check('mjx-container, .MathJax, .katex', 'typeset maths');
  outputs.forEach(([i, o]) => o.querySelectorAll('strong, b, em, i, code').forEach(e => {
    if (/^not (bold|italic|code)$/.test(e.textContent.trim())) found.push(`cell ${i}: Markdown rendered: ${e.outerHTML}`);
  }));
  const frames = Array.from(document.querySelectorAll('iframe'));
  const ran = [window.nlpwned, ...frames.map(f => { try { return f.contentWindow.nlpwned; } catch (e) { return undefined; } })];
  ran.filter(v => v !== undefined).forEach(v => found.push(`payload ran: ${v}`));
  return found;
}"""

SEEN: dict[str, set[str]] = {}


def literal_problems(text: str) -> tuple[list[str], set[str]]:
    """Where a marker is not followed by its payload as written; and the markers seen."""
    problems, seen = [], set()
    for marker, expected in LITERAL.items():
        for match in re.finditer(re.escape(marker) + r"(?!\d)", text):
            seen.add(marker)
            after = text[match.end() : match.end() + len(expected)]
            if after == expected:
                continue
            cut = next((after.index(e) for e in ELLIPSIS if e in after), None)
            if cut is not None and expected.startswith(after[:cut].rstrip()):
                continue
            problems.append(f"{marker}: expected {expected[:60]!r}, shown {after[:60]!r}")
    return problems, seen


# The skills check (06) shows only its own invented texts, never the case's.
CASE_LESSONS = [p for p in LESSONS if p.stem != "06_check_yourself"]


@pytest.mark.parametrize("lesson", CASE_LESSONS, ids=lambda p: p.stem)
def test_hostile_text_stays_text_in_every_view(page, lab, lesson, screenshot_dir):
    labpage.open_notebook(page, lab, lesson.relative_to(REPO).as_posix())
    labpage.kernel_execute(
        page,
        f"import os; os.environ['NEWSLIT_CASE'] = {str(lab.root / 'cases' / 'hostile')!r}; "
        "os.environ['NEWSLIT_LEARNER'] = 'hostile'",
    )
    labpage.run_all(page)
    learner.work_notebook(page)  # feedback and other views after an answer show article text too
    labpage.screenshots(page, screenshot_dir)

    # ipywidgets writes drop-down option labels with no-break spaces: the same text, kept on one line.
    outputs = "\n".join(cell["text"] for cell in labpage.notebook_outputs_text(page)).replace("\xa0", " ")
    problems, seen = literal_problems(outputs)
    SEEN[lesson.stem] = seen | ({RAW_HASHTAG} if MASKED_HASHTAG in outputs else set())

    assert page.evaluate(_INJECTED) == []
    assert problems == []
    assert RAW_HASHTAG not in outputs, "an explicit term is shown unmasked"
    assert "Harbour" in outputs, "the lesson did not load the hostile case"
    assert labpage.problems(page) == [], "the lesson fails on a teacher's own case"


def test_every_hostile_string_was_shown_by_some_lesson():
    if not SEEN:
        pytest.skip("run together with test_hostile_text_stays_text_in_every_view")
    shown = set().union(*SEEN.values())
    assert set(LITERAL) - shown == set(), SEEN
    assert RAW_HASHTAG in shown, "no lesson showed the masked hashtag"
