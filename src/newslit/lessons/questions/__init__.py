"""Every question the lessons ask, as data: one TOML file per lesson in this folder.

``00.toml`` … ``04.toml`` hold each question's id, kind, prompt, options or items, the
right answer by its text, why each answer is right or wrong, and the model answer of a
typed question. ``README.md`` beside them is the data card: what each field means and how
a teacher rewords a question. This module reads a file, checks it, and hands the lesson
modules :class:`Question` objects; the exercise widgets and the teacher guide are both
built from them, so a learner and a teacher always read the same words.

Where a question depends on the case (its options are sentences picked from the key, say),
the file holds the prompt and the feedback as templates with ``{names}`` in braces, and
the lesson's code fills them in.

A file with mistakes raises :class:`QuestionError`, which lists every problem with the
file, the question id, what is wrong and how to fix it; in a notebook it shows as a box,
not a traceback. This module imports no widget library.
"""

from __future__ import annotations

import difflib
import functools
import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from newslit.case import citations
from newslit.case.errors import Problem
from newslit.text.compiled import regex

__all__ = [
    "CHOICE_NAMES",
    "KINDS",
    "QUESTIONS_DIR",
    "Discussion",
    "Item",
    "Option",
    "Question",
    "QuestionError",
    "QuestionSet",
    "all_question_sets",
    "ask",
    "lesson_questions",
    "load",
    "shows_problems",
]

QUESTIONS_DIR = Path(__file__).resolve().parent
KINDS = ("choice", "tags", "free_text")
# The names a choice question's feedback can always use (see Question.choice_feedback).
CHOICE_NAMES = ("choice", "answer", "why", "explanation")

TOP_KEYS = ("title", "feedback", "question", "discussion", "skills")
QUESTION_KEYS = (
    "id",
    "kind",
    "skill",
    "prompt",
    "computed",
    "option",
    "answer",
    "explanation",
    "labels",
    "item",
    "default_label",
    "default_why",
    "cue_labels",
    "model_answer",
    "passage",
    "quote",
    "source",
    "feedback",
)
# Fields a kind of question may not have (a typed question has no options, and so on).
NOT_FOR = {
    "choice": ("item", "labels", "default_label", "default_why", "cue_labels", "model_answer"),
    "tags": ("option", "answer", "model_answer"),
    "free_text": ("option", "answer", "item", "labels", "default_label", "default_why", "cue_labels"),
}
ID_PATTERN = regex(r"^[0-9a-z][0-9a-z._{}-]*$")


class QuestionError(Exception):
    """A question file that cannot be used, with every problem found in it.

    ``problems`` is a list of :class:`~newslit.case.errors.Problem` (file, line, what,
    fix). Shown in a notebook, the error is a box that lists them.
    """

    def __init__(self, problems: list[Problem]):
        if not problems:
            raise ValueError("QuestionError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def _repr_html_(self) -> str:  # a readable box in a notebook instead of a traceback
        from html import escape

        items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in self.problems)
        return (
            '<div role="alert" style="border:2px solid #b00020;padding:.6em 1em;'
            'border-radius:6px;background:#fff4f4;color:#3a0008">'
            "<strong>This exercise could not be built: its question file needs a fix.</strong>"
            f"<ul>{items}</ul>Fix the file and run the cell again. Your saved answers are kept.</div>"
        )

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(f"This exercise could not be built: its question file needs a fix.\n{self}")


# ---- the objects a lesson uses --------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One option of a choice question: its text and, optionally, why it is right or wrong."""

    text: str
    why: str = ""


@dataclass(frozen=True)
class Item:
    """One item of a tagging question: its text, and optionally its right label and why."""

    text: str
    answer: str | None = None
    why: str = ""


@dataclass(frozen=True)
class Discussion:
    """A lesson's discussion card: roles (name, what each prepares) and norms.

    ``in_class`` names the roles a 45-minute lesson has time for (``in_class = true`` in
    the file); with none marked, every role is for class.
    """

    roles: tuple[tuple[str, str], ...]
    norms: tuple[str, ...]
    in_class: tuple[str, ...] = ()

    @property
    def class_roles(self) -> tuple[tuple[str, str], ...]:
        """The roles for a 45-minute class."""
        return tuple(r for r in self.roles if not self.in_class or r[0] in self.in_class)

    @property
    def more_roles(self) -> tuple[tuple[str, str], ...]:
        """The roles for a longer discussion or homework."""
        return tuple(r for r in self.roles if r not in self.class_roles)


@dataclass(frozen=True)
class Question:
    """One question, as its file describes it. Text fields may hold ``{names}`` to fill in.

    Attributes mirror the file's fields (see the data card). ``feedback`` holds the named
    feedback templates: the question's own, over the file's shared ``[feedback]`` table.
    ``file`` and ``line`` say where the question is written, for error messages.
    """

    id: str
    kind: str
    prompt: str
    file: str
    line: int | None = None
    skill: str | None = None
    computed: str | None = None
    options: tuple[Option, ...] = ()
    answer: str | None = None
    explanation: str = ""
    labels: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    default_label: str | None = None
    default_why: str = ""
    cue_labels: dict[str, str] = field(default_factory=dict)
    model_answer: str | None = None
    passage: str | None = None
    quote: str | None = None
    source: str | None = None
    feedback: dict[str, str] = field(default_factory=dict)

    # -- reading ---------------------------------------------------------------------------
    @property
    def option_texts(self) -> list[str]:
        """The options' texts, in the file's order."""
        return [o.text for o in self.options]

    @property
    def item_texts(self) -> list[str]:
        """The items' texts, in the file's order."""
        return [i.text for i in self.items]

    def why(self, option: str) -> str:
        """What the file says about ``option`` ("" when it says nothing)."""
        return next((o.why for o in self.options if o.text == option), "")

    def item(self, text: str) -> Item | None:
        """The item whose text is ``text``, or None."""
        return next((i for i in self.items if i.text == text), None)

    def templates(self) -> dict[str, str]:
        """Every text of the question that may hold ``{names}``, by where it is written."""
        found = {"id": self.id, "prompt": self.prompt, "explanation": self.explanation}
        found["model_answer"] = self.model_answer or ""
        found.update({f"feedback.{name}": text for name, text in self.feedback.items()})
        found.update({f"option “{o.text}” why": o.why for o in self.options})
        found.update({f"item “{i.text}” why": i.why for i in self.items})
        return {where: text for where, text in found.items() if text}

    # -- filling in ------------------------------------------------------------------------
    def expect(self, *names: str) -> Question:
        """Check that every ``{name}`` in the question is one of ``names`` (or a field of its own).

        A lesson calls this when it builds the exercise, so a misspelt name in the file is
        reported before a learner answers. Returns the question; raises :class:`QuestionError`.
        """
        known = set(names) | self._own_values().keys()
        problems = []
        for where, text in self.templates().items():
            for name in sorted(_names_in(text) - known):
                problems.append(self._problem(f"{where} uses {{{name}}}, a name this question cannot fill", known))
        if problems:
            raise QuestionError(problems)
        return self

    def fill(self, text: str, **values) -> str:
        """``text`` (one of this question's texts) with its ``{names}`` filled in, spaces tidied."""
        values = {**self._own_values(), **values}
        used = _names_in(text)
        missing = used - values.keys()
        if missing:
            raise QuestionError([self._problem(f"{{{sorted(missing)[0]}}} cannot be filled here", values)])
        for name in used:
            if values[name] == "":  # an empty name takes its space with it
                text = re.sub(r"\{" + name + r"\} ?", "", text)
        return _tidy(text.format_map(values))

    def say(self, name: str, **values) -> str:
        """The feedback template ``name`` filled in ("" when the file has none of that name)."""
        return self.fill(self.feedback.get(name, ""), **values)

    def text(self, **values) -> str:
        """The prompt, filled in."""
        return self.fill(self.prompt, **values)

    def saved_as(self, **values) -> str:
        """The id the learner's answer is saved under (``{article}`` and the like filled in)."""
        return self.id.format_map(values) if _names_in(self.id) else self.id

    def verdict(self, correct: bool | None, **values) -> str:
        """The ``right``, ``wrong`` or ``chosen`` feedback (``correct`` True, False or None), filled in.

        The explanation is filled first (it may hold names too) and is then ``{explanation}``
        in the feedback; ``{why}`` is empty unless given. With no ``chosen`` feedback, an
        open answer gets the explanation.
        """
        values = {"why": "", **values}
        values["explanation"] = self.fill(self.explanation, **values)
        name = {True: "right", False: "wrong", None: "chosen"}[correct]
        return self.say(name, **values) or values["explanation"]

    def choice_feedback(self, choice: str, **values) -> tuple[bool | None, str]:
        """Whether ``choice`` is right by the file's ``answer``, and the feedback for it.

        The feedback may use ``{choice}``, ``{answer}``, ``{why}`` (what the file says about
        the option chosen) and ``{explanation}``. With no answer (an opinion), None.
        """
        correct = None if self.answer is None else choice == self.answer
        values = {**values, "choice": choice, "answer": self.answer or ""}
        values["why"] = self.fill(self.why(choice), **values)
        return correct, self.verdict(correct, **values)

    def error(self, what: str, fix: str) -> QuestionError:
        """A :class:`QuestionError` about this question (its file, line and id), to raise."""
        return QuestionError([Problem(self.file, f"question {self.id}: {what}", fix, self.line)])

    def _own_values(self) -> dict[str, str]:
        own = {}
        if self.passage is not None:
            own["passage"] = self.passage
        return own

    def _problem(self, what: str, known) -> Problem:
        names = ", ".join(f"{{{n}}}" for n in sorted(known)) or "none"
        return Problem(
            self.file,
            f"question {self.id}: {what}",
            f"use only the names this question can fill ({names}), spelt the same way",
            self.line,
        )


@dataclass(frozen=True)
class QuestionSet:
    """The questions of one file, by id, in the file's order."""

    name: str
    file: str
    title: str
    questions: dict[str, Question]
    discussion: Discussion | None = None
    # A skills check's skills: {short name used in ``skill``: what a learner reads}, in the file's order.
    skills: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, question_id: str) -> Question:
        if question_id not in self.questions:
            near = difflib.get_close_matches(question_id, list(self.questions), n=1)
            hint = f"did you mean {near[0]}?" if near else f"the ids in it are {', '.join(self.questions)}"
            raise QuestionError(
                [Problem(self.file, f"no question with the id {question_id}", f"add it, or use an existing id: {hint}")]
            )
        return self.questions[question_id]

    def __iter__(self):
        return iter(self.questions.values())

    def __len__(self) -> int:
        return len(self.questions)


# ---- finding and loading files --------------------------------------------------------------


def lesson_questions(lesson: str, folder: Path | None = None) -> QuestionSet:
    """The questions of ``lesson`` ("00" … "04"), read from ``<lesson>.toml`` and checked."""
    return load((folder or QUESTIONS_DIR) / f"{lesson}.toml")


def ask(question_id: str, lesson: str | None = None) -> Question:
    """One question by its id; its file is ``<lesson>.toml``, the lesson being the id's first two characters."""
    return lesson_questions(lesson or question_id[:2])[question_id]


def all_question_sets(folder: Path | None = None) -> list[QuestionSet]:
    """Every question file in ``folder`` (this one by default), sorted by name, each checked."""
    return [load(path) for path in sorted((folder or QUESTIONS_DIR).glob("*.toml"))]


def load(path: str | Path) -> QuestionSet:
    """Read and check one question file. Raises :class:`QuestionError` listing every problem.

    The file is read again only when it changed, so a teacher's edit shows on the next run
    of a cell.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise QuestionError(
            [Problem(_shown(path), "the question file is missing", "restore it from the workbook's repository")]
        ) from None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _load(path: str, _mtime: int, _size: int) -> QuestionSet:
    return _Reader(Path(path)).read()


def shows_problems(build):
    """Decorate an exercise builder: a :class:`QuestionError` is returned (a box), not raised."""

    @functools.wraps(build)
    def built(*args, **kwargs):
        try:
            return build(*args, **kwargs)
        except QuestionError as error:
            return error

    return built


# ---- checking a file ------------------------------------------------------------------------


def _shown(path: Path) -> str:
    """The file as a teacher would find it: from the repository's top where possible."""
    for parent in path.resolve().parents:
        if (parent / "pyproject.toml").is_file():
            return path.resolve().relative_to(parent).as_posix()
    return str(path)


def _names_in(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return set()


def _tidy(text: str) -> str:
    """Trim the spaces at the ends of each line (an empty last ``{name}`` leaves one); keep line breaks."""
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _prose(text: str) -> str:
    """Text as written across lines in the file: single line breaks are spaces, an empty line a paragraph."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def _near(word: str, known) -> str:
    near = difflib.get_close_matches(word, list(known), n=1)
    return f"did you mean “{near[0]}”?" if near else f"known: {', '.join(known)}"


_ID_LINE = regex(r"""^\s*id\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _Reader:
    """Reads one file, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path):
        self.path = path
        self.file = _shown(path)
        self.problems: list[Problem] = []
        self.lines: list[str] = []
        self._id_lines: dict[str, int] | None = None  # a question's id -> the line its ``id =`` is on

    def problem(self, what: str, fix: str, question_id: str | None = None) -> None:
        where = f"question {question_id}: " if question_id else ""
        self.problems.append(Problem(self.file, where + what, fix, self._line_of(question_id)))

    def _line_of(self, question_id: str | None) -> int | None:
        if not question_id:
            return None
        if self._id_lines is None:  # read once per file: a file of 40 questions asks 40 times
            self._id_lines = {}
            for number, line in enumerate(self.lines, 1):
                found = _ID_LINE.match(line)
                if found:
                    self._id_lines.setdefault(found.group(1) if found.group(1) is not None else found.group(2), number)
        return self._id_lines.get(question_id)

    def read(self) -> QuestionSet:
        try:
            raw = self.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise QuestionError(
                [Problem(self.file, "the file is not UTF-8 text", "save it again as UTF-8 in a text editor")]
            ) from None
        self.lines = raw.splitlines()
        self._id_lines = None
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as error:
            line = re.search(r"line (\d+)", str(error))
            raise QuestionError(
                [
                    Problem(
                        self.file,
                        f"this is not valid TOML ({error})",
                        "check the quotes and brackets on that line (text in quotes, lists in [ ])",
                        int(line.group(1)) if line else None,
                    )
                ]
            ) from None
        for key in data:
            if key not in TOP_KEYS:
                self.problem(f"unknown table or field “{key}”", f"remove it or fix its name: {_near(key, TOP_KEYS)}")
        shared = self.templates(data.get("feedback", {}), None, "[feedback]")
        questions: dict[str, Question] = {}
        raw_questions = data.get("question", [])
        if not isinstance(raw_questions, list) or not raw_questions:
            self.problem("the file has no [[question]]", "add at least one question (see README.md in this folder)")
            raw_questions = []
        for raw_question in raw_questions:
            question = self.question(raw_question, shared)
            if question is None:
                continue
            if question.id in questions:
                self.problem("this id is used twice", "give each question its own id", question.id)
            questions[question.id] = question
        discussion = self.discussion(data.get("discussion"))
        skills = self.skills(data.get("skills", {}), questions.values())
        title = data.get("title", self.path.stem)
        if not isinstance(title, str):
            self.problem("the title is not text", 'write it in quotes: title = "..."')
        if self.problems:
            raise QuestionError(self.problems)
        return QuestionSet(self.path.stem, self.file, str(title), questions, discussion, skills)

    # -- pieces ---------------------------------------------------------------------------
    def text(self, value, what: str, question_id: str | None, *, required: bool = False) -> str | None:
        if value is None:
            if required:
                self.problem(f"it has no {what}", f'add {what} = "..."', question_id)
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(f"its {what} is not text", f'write it in quotes: {what} = "..."', question_id)
            return None
        text = _prose(value)
        try:
            names = [name for _, name, spec, conversion in string.Formatter().parse(text) if name is not None]
            bad = [n for n in names if not n.isidentifier()]
            specs = [
                spec or conversion for _, name, spec, conversion in string.Formatter().parse(text) if spec or conversion
            ]
        except ValueError:
            self.problem(
                f"its {what} has a {{ or }} without its pair",
                "write {{ or }} for a brace that is only a brace, and {name} for a name to fill in",
                question_id,
            )
            return text
        if bad or specs:
            self.problem(
                f"its {what} has a name in braces that is not a plain name ({{{(bad or specs)[0]}}})",
                "write names as {outlet}, letters and _ only; write {{ or }} for a brace that is only a brace",
                question_id,
            )
        return text

    def templates(self, table, question_id: str | None, what: str) -> dict[str, str]:
        if not isinstance(table, dict):
            self.problem(
                f"{what} is not a table of texts", 'write it as [feedback] with lines name = "..."', question_id
            )
            return {}
        found = {}
        for name, value in table.items():
            text = self.text(value, f"feedback “{name}”", question_id, required=True)
            if text is not None:
                found[name] = text
        return found

    def question(self, raw, shared: dict[str, str]) -> Question | None:
        if not isinstance(raw, dict):
            self.problem("a [[question]] is not a table", "start each question with [[question]] on its own line")
            return None
        qid = raw.get("id")
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            self.problem(
                f"a question has no usable id ({qid!r})",
                'give it id = "02.my-question": small letters, digits, dots and dashes',
                None,
            )
            return None
        for key in raw:
            if key not in QUESTION_KEYS:
                self.problem(f"unknown field “{key}”", f"remove it or fix its name: {_near(key, QUESTION_KEYS)}", qid)
        kind = raw.get("kind")
        if kind not in KINDS:
            self.problem(
                f"its kind is {kind!r}", f"write kind = one of {', '.join(KINDS)}: {_near(str(kind), KINDS)}", qid
            )
            return None
        for key in NOT_FOR[kind]:
            if key in raw:
                self.problem(f"a {kind} question has no “{key}”", f"remove “{key}”, or change its kind", qid)
        prompt = self.text(raw.get("prompt"), "prompt", qid, required=True) or ""
        skill = raw.get("skill")
        if skill is not None and (not isinstance(skill, str) or not skill.strip()):
            self.problem("its skill is not text", 'write skill = "..." or leave it out', qid)
            skill = None
        computed = self.text(raw.get("computed"), "computed", qid)
        source = self.text(raw.get("source"), "source", qid)
        if source:
            try:
                citations.parse(source)
            except ValueError as error:
                self.problem(f"its source cannot be read ({error})", "see “source” in README.md", qid)
        own = self.templates(raw.get("feedback", {}), qid, "its [question.feedback]")
        # The file's shared [feedback] is for choice questions; the question's own wins.
        feedback = {**shared, **own} if kind == "choice" else own
        common = dict(
            id=qid,
            kind=kind,
            prompt=prompt,
            file=self.file,
            line=self._line_of(qid),
            skill=skill,
            computed=computed,
            explanation=self.text(raw.get("explanation"), "explanation", qid) or "",
            passage=self.text(raw.get("passage"), "passage", qid),
            quote=self.text(raw.get("quote"), "quote", qid),
            source=source,
            feedback=feedback,
        )
        if kind == "choice":
            return self.choice(raw, common)
        if kind == "tags":
            return self.tags(raw, common)
        return Question(**common, model_answer=self.text(raw.get("model_answer"), "model_answer", qid))

    def choice(self, raw, common) -> Question:
        qid = common["id"]
        options = []
        for entry in self.tables(raw.get("option", []), "option", qid):
            text = self.text(entry.get("text"), "option text", qid, required=True)
            for key in entry:
                if key not in ("text", "why"):
                    self.problem(f"an option has an unknown field “{key}”", "an option has only text and why", qid)
            if text is not None:
                options.append(Option(text, self.text(entry.get("why"), "option why", qid) or ""))
        texts = [o.text for o in options]
        if len(set(texts)) != len(texts):
            self.problem("two options have the same text", "make every option different", qid)
        answer = self.text(raw.get("answer"), "answer", qid)
        if options and len(options) < 2:
            self.problem("it has only one option", "give a choice question two options or more", qid)
        if not options and not common["computed"]:
            self.problem(
                "it has no options",
                'add [[question.option]] tables, or computed = "..." saying how the lesson picks them',
                qid,
            )
        if options and common["computed"]:
            self.problem("it has both options and computed", "keep one: options written here, or computed", qid)
        if answer is not None and options and answer not in texts:
            self.problem(
                f"its answer “{answer}” is not one of its options",
                f"copy the right option's text into answer word for word: {_near(answer, texts)}",
                qid,
            )
        if answer is not None and not options:
            self.problem("it has an answer but no options", "remove answer: the lesson computes it", qid)
        needs = ("right", "wrong") if answer is not None else ()
        for name in needs:
            if name not in common["feedback"]:
                self.problem(
                    f"it has no “{name}” feedback",
                    f"add {name} = \"...\" to the file's [feedback] table or to the question's own",
                    qid,
                )
        return Question(**common, options=tuple(options), answer=answer)

    def tags(self, raw, common) -> Question:
        qid = common["id"]
        labels = raw.get("labels")
        if labels is not None and (
            not isinstance(labels, list) or len(labels) < 2 or not all(isinstance(x, str) and x for x in labels)
        ):
            self.problem("its labels are not a list of two texts or more", 'write labels = ["...", "..."]', qid)
            labels = None
        labels = tuple(labels or ())
        if len(set(labels)) != len(labels):
            self.problem("two labels are the same", "make every label different", qid)
        items = []
        for entry in self.tables(raw.get("item", []), "item", qid):
            text = self.text(entry.get("text"), "item text", qid, required=True)
            for key in entry:
                if key not in ("text", "answer", "why"):
                    self.problem(f"an item has an unknown field “{key}”", "an item has only text, answer and why", qid)
            answer = self.text(entry.get("answer"), "item answer", qid)
            if answer is not None and labels and answer not in labels:
                self.problem(
                    f"item “{text}” has the answer “{answer}”, which is not a label",
                    f"use one of the labels: {_near(answer, labels)}",
                    qid,
                )
            if text is not None:
                items.append(Item(text, answer, self.text(entry.get("why"), "item why", qid) or ""))
        texts = [i.text for i in items]
        if len(set(texts)) != len(texts):
            self.problem("two items have the same text", "make every item different", qid)
        if not items and not common["computed"]:
            self.problem("it has no items", 'add [[question.item]] tables, or computed = "..."', qid)
        if items and not labels:
            self.problem("it has items but no labels", 'add labels = ["...", "..."]', qid)
        passage = common["passage"]
        for text in texts:
            if passage is not None and text not in passage:
                self.problem(
                    f"item “{text}” is not in its passage",
                    "an item is a phrase copied from the passage: copy it again word for word",
                    qid,
                )
        if items and "cue_labels" not in raw:
            for item in items:
                if item.answer is None:
                    self.problem(
                        f"item “{item.text}” has no answer",
                        'give it answer = "..." (one of the labels), and a why',
                        qid,
                    )
        default_label = self.text(raw.get("default_label"), "default_label", qid)
        cue_labels = raw.get("cue_labels", {})
        if not isinstance(cue_labels, dict) or not all(isinstance(v, str) for v in cue_labels.values()):
            self.problem("its cue_labels are not a table of texts", 'write cue_labels = { loaded = "loaded" }', qid)
            cue_labels = {}
        for label in [default_label, *cue_labels.values()]:
            if label is not None and labels and label not in labels:
                self.problem(f"“{label}” is not one of its labels", f"use one of: {_near(label, labels)}", qid)
        return Question(
            **common,
            labels=labels,
            items=tuple(items),
            default_label=default_label,
            default_why=self.text(raw.get("default_why"), "default_why", qid) or "",
            cue_labels=dict(cue_labels),
        )

    def tables(self, value, what: str, qid: str) -> list[dict]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(f"its {what}s are not tables", f'write each one as [[question.{what}]] with text = "..."', qid)
            return []
        return value

    def skills(self, raw, questions) -> dict[str, str]:
        """The file's ``[skills]`` table; once it exists, every question's skill must be named in it."""
        if not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
            self.problem("its [skills] is not a table of texts", 'write it as [skills] with lines name = "what it is"')
            return {}
        skills = {name: _prose(text) for name, text in raw.items()}
        for question in questions:
            if skills and question.skill not in skills:
                self.problem(
                    f"its skill {question.skill!r} is not in the file's [skills]",
                    f"use one of the names in [skills]: {_near(str(question.skill), skills)}",
                    question.id,
                )
        return skills

    def discussion(self, raw) -> Discussion | None:
        if raw is None:
            return None
        roles, norms = raw.get("role", []), raw.get("norms", [])
        if not isinstance(roles, list) or not all(
            isinstance(r, dict) and {"name", "prepare"} <= r.keys() for r in roles
        ):
            self.problem(
                "a discussion role is incomplete", 'give each [[discussion.role]] a name and a prepare = "..."'
            )
            roles = []
        if not isinstance(norms, list) or not all(isinstance(n, str) for n in norms):
            self.problem("the discussion norms are not a list of texts", 'write norms = ["...", "..."]')
            norms = []
        unknown = sorted({k for r in roles for k in r} - {"name", "prepare", "in_class"})
        if unknown:
            self.problem(
                f"a discussion role has an unknown field “{unknown[0]}”", "use only name, prepare and in_class = true"
            )
        return Discussion(
            tuple((_prose(str(r["name"])), _prose(str(r["prepare"]))) for r in roles),
            tuple(_prose(n) for n in norms),
            tuple(_prose(str(r["name"])) for r in roles if r.get("in_class") is True),
        )
