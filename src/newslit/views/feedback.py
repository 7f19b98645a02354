"""What a check says about an answer: :class:`Feedback`, as text and as HTML.

Apart from the exercise widgets (:mod:`newslit.views.exercises`, which re-exports it) so
that a question's answers and feedback can be read without loading ipywidgets (the
teacher guide reads every exercise, it draws none).
"""

from __future__ import annotations

from dataclasses import dataclass

from newslit.views.text import block, plain, safe_text

MARKS = {True: ("✓", "Right", "#009E73"), False: ("✗", "Not quite", "#D55E00"), None: ("•", "Saved", "#0072B2")}


@dataclass(frozen=True)
class Feedback:
    """What a check says about an answer.

    ``correct`` is True, False, or None for an open answer with no single right one.
    ``message`` explains; line breaks in it are kept. ``score`` is the share of a tagging
    exercise's items tagged as the key tags them (0-1; None for a choice), so a class
    summary can give partial credit. ``kept`` is False when the answer could not be saved:
    an open answer's feedback then does not open with "Saved".
    """

    correct: bool | None
    message: str
    score: float | None = None
    kept: bool = True

    def _opener(self) -> tuple[str, str, str]:
        symbol, word, colour = MARKS[self.correct]
        if self.correct is None and not self.kept:
            return symbol, "", colour
        if self.correct is False and self.score is not None and 0 < self.score < 1:
            # A tagging exercise partly right: "Not quite" for 9 of 10 reads as a failure, and a
            # cross beside "right" is a mixed signal (third walkthrough): a half-filled circle instead.
            word = "Mostly right" if self.score > 0.5 else "Partly right"
            symbol = "◑"
        return symbol, f"{word}.", colour

    def text(self) -> str:
        symbol, word, _ = self._opener()
        return plain(" ".join(part for part in (symbol, word, self.message) if part))

    def html(self) -> str:
        symbol, word, colour = self._opener()
        body = safe_text(self.message).replace("\n", "<br>")
        return block(
            f'<b><span aria-hidden="true">{symbol}</span> {word}</b> {body}',
            # JupyterLab's theme variables, so the box reads in the dark theme too (fallbacks: a handout).
            css=(
                f"border-left:4px solid {colour};padding:4px 8px;margin:4px 0;"
                "background:var(--jp-layout-color2,#f7f7f7);color:var(--jp-content-font-color1,#111)"
            ),
        )

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return self.text()


def as_feedback(result) -> Feedback:
    """Turn what a check returned into :class:`Feedback` (a Feedback, a string, a bool or None)."""
    if isinstance(result, Feedback):
        return result
    if isinstance(result, bool):
        return Feedback(result, "")
    if result is None:
        return Feedback(None, "Your answer is kept.")
    return Feedback(None, str(result))
