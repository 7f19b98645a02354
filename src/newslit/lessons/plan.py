"""Each lesson's steps, one per code cell of its notebook: what the teacher guide builds and times.

A :class:`Step` names the function its notebook cell calls, how long a learner spends on
what the cell shows (reading a table, exploring the reader) and, for an exercise, how to
build it from the lesson's data, exactly as the notebook does. The teacher guide uses the
steps to show every exercise's right answer (:func:`exercises`) and to estimate each
lesson's time (:func:`timing`). ``tests/test_lesson_plan.py`` checks that the steps match
the notebooks' code cells one for one, so the guide cannot drift from the lessons.

**How the time is estimated** (:func:`timing`): the core path of a lesson is everything
before its "Going further" heading. Each code cell costs :data:`RUN_MINUTES` to run; the
text is read at :data:`WORDS_PER_MINUTE` (a 15-year-old's reading speed); a choice costs
:data:`CHOICE_MINUTES` (reading the options, choosing, reading the feedback), a tagging
item :data:`TAG_MINUTES` plus the time to read it, a typed answer :data:`TYPED_MINUTES`,
a "Talk about it" prompt :data:`TALK_MINUTES`; a view costs the minutes its step gives.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newslit.text.compiled import regex

WORDS_PER_MINUTE = 150  # a 15-year-old reading a lesson's text
RUN_MINUTES = 0.2  # click into a cell, Shift + Enter, wait for the result
CHOICE_MINUTES = 0.75  # read the options, choose, read the feedback (30-60 s)
TAG_MINUTES = 0.2  # choose a label from a list, on top of reading the item
TYPED_MINUTES = 2.5  # think and type two or three sentences
TALK_MINUTES = 2.5  # one "Talk about it" prompt, discussed in pairs or with the class (2-3 min)


@dataclass(frozen=True)
class Step:
    """One code cell of a lesson.

    ``call`` is a name the cell's code calls (``pick_added`` for
    ``lesson.pick_added(case, records, "dcnf")``); ``minutes`` is the time a learner spends
    on what the cell shows beyond running it (reading a table, trying a box, a class
    discussion); ``build(data)`` builds the cell's exercise from the lesson's data, as the
    notebook does; ``optional`` marks a cell a class skips (a self-learner's journal);
    ``note(data)`` adds a line for the teacher (where the answer comes from).
    """

    call: str
    minutes: float = 0.0
    build: Callable | None = None
    optional: bool = False
    note: Callable | None = None


# Lesson 03's sample of the figure ledger, read in class: its words at WORDS_PER_MINUTE
# (tests/test_lesson_plan.py checks that the sample's words fit these minutes).
LEDGER_SAMPLE_MINUTES = 5.0

# Lesson 01's reader in class: a sample of cards per outlet (newslit.lessons.compare.reader_sample),
# its words at WORDS_PER_MINUTE for the three outlets section 1 walks through.
READER_SAMPLE_MINUTES = 8.0

# Lesson 01's key-facts grid in class: a sample of rows (newslit.lessons.compare.class_facts).
COVERAGE_SAMPLE_MINUTES = 2.0

HAND_IN_STEP = Step("hand_in_button", 0.5)  # ends every core path, before "Going further": press, read the receipt


@dataclass
class LessonData:
    """What a lesson's cells work on: the case, and whatever the lesson computes from it."""

    case: object
    values: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


def _load(lesson: str) -> LessonData:
    """What ``lesson``'s cells work on, computed as its notebook computes it (``compare.load()`` …).

    The lessons share one loaded case and one run of the provenance engine (:func:`shared_case`):
    lesson 01's records are that run; framing and figures are computed on top of it, as
    ``framing_records(case)`` and ``figure_records(case)`` do when they run it themselves.
    """
    case, provenance = shared_case()
    if lesson == "01":
        from newslit.analysis.coverage import fact_coverage

        return LessonData(case, {"records": provenance, "coverage": fact_coverage(case, provenance)})
    if lesson == "02":
        from newslit.analysis.framing import attribution_rates, framing_records

        return LessonData(
            case, {"records": framing_records(case, provenance=provenance), "rates": attribution_rates(case)}
        )
    if lesson == "03":
        from newslit.analysis.figures import figure_records
        from newslit.lessons.verify import with_notes

        return LessonData(case, {"records": with_notes(case, figure_records(case, provenance=provenance))})
    return LessonData(case)


def shared_case() -> tuple:
    """The case the lessons run on (the default one) and its provenance records, loaded once.

    Loaded again when a file they are read from changes (the case, the word lists), so a
    teacher's edit shows on the next run of a cell. The teacher guide asks for the case
    in almost every cell (each lesson's exercises, each answer table): loading it and
    matching its sentences once instead of each time saves about a third of a second.
    """
    from newslit.analysis.provenance import provenance_records
    from newslit.case import load_case

    key = _data_stamp()
    if _SHARED.get("key") != key:
        case = load_case()
        _SHARED.update(key=key, value=(case, provenance_records(case)))
    return _SHARED["value"]


_SHARED: dict = {}  # "key": what the case was loaded from, "value": (case, provenance records)


def _changed_figures(data: LessonData) -> str:
    from newslit.case.model import short_outlet
    from newslit.lessons.verify import truth

    names = {a.id: short_outlet(a.outlet) for a in data.case.articles}
    changed = [r for r in data.records if truth(r)[0] == "changed"]
    listed = "; ".join(f"{names.get(r['article'], r['article'])}: “{r['text']}”" for r in changed) or "none"
    return f"By the answer key, the figures changed are: {listed}. The ledger shows it after the verdict exercises."


def _steps() -> dict[str, list[Step]]:
    from newslit.lessons import accountability as acc
    from newslit.lessons import compare, framing, start, verify

    return {
        "00": [
            # Twelve short questions, saved without feedback: about a minute each with its text.
            Step("before_check", 12.0),
            Step("print"),
            Step("load_case"),
            Step("article_table", 2.0),
            Step("learner_name", 0.5),
            Step("which_is_primary", build=lambda d: start.which_is_primary(d.case)),
            Step("translations", build=lambda d: start.translations(d.case)),
            Step("removed_table", 1.0),
            Step("restart_question", 1.5, build=lambda d: start.restart_question()),
            HAND_IN_STEP,
        ],
        "01": [
            Step("load"),
            Step("predict_closest", build=lambda d: compare.predict_closest(d.case, d.records)),
            Step("agreement_view", 0.3),
            # A sample of each outlet's cards, about 1,070 words for the three outlets the text
            # walks through (tests/test_lesson_01_in_class.py checks the words fit): every card
            # (about 8,300 words for the four) is under Going further.
            Step("class_reader", READER_SAMPLE_MINUTES),
            Step("pick_added", build=lambda d: compare.pick_added(d.case, d.records, "dcnf")),
            Step("show_label_chart", 1.5),
            Step("profile_table", 1.5),
            Step("dropped_fact", build=lambda d: compare.dropped_fact(d.case, d.coverage, "dcnf")),
            # A sample of the grid (compare.class_facts), its words at WORDS_PER_MINUTE
            # (tests/test_lesson_01_in_class.py checks they fit); every row is under Going further.
            Step("class_coverage", COVERAGE_SAMPLE_MINUTES),
            Step("why_it_matters", build=lambda d: compare.why_it_matters(d.case, d.coverage, "dcnf")),
            Step("show_voices_chart", 1.5),
            Step("translation_chain", 1.0),
            Step("send_a_friend", build=lambda d: compare.send_a_friend(d.case)),
            HAND_IN_STEP,
            # Going further.
            Step("voices_table", 3.0),
            Step("reader", 56.0),  # every card of the four retellings, about 8,300 words
            Step("coverage_view", 5.0),  # every key fact and every disputed mark, about 710 words
        ],
        "02": [
            Step("load"),
            Step("predict_loaded", build=lambda d: framing.predict_loaded(d.case, d.records)),
            Step("02.headline", build=lambda d: framing.question("02.headline")),
            Step("legend", 0.3),
            Step("loaded_or_not", build=lambda d: framing.loaded_or_not()),
            Step("02.claimed", build=lambda d: framing.question("02.claimed")),
            Step("02.primary-doubt", build=lambda d: framing.question("02.primary-doubt")),
            # A sample of four sentences (about 200 words) read and discussed; the whole list
            # (about 850 words) is under Going further.
            Step("doubt_sample", 1.5),
            Step("02.insurrection", build=lambda d: framing.question("02.insurrection")),
            Step("02.first-platform", build=lambda d: framing.question("02.first-platform")),
            Step("aside_hunt_sample", build=lambda d: framing.aside_hunt_sample(d.case, d.records, "dcnf")),
            Step("rewrite_exercise", build=lambda d: framing.rewrite_exercise()),
            HAND_IN_STEP,
            # Going further (issue 17: a walkthrough timed the class path at 65 minutes).
            Step("transfer_exercise", 0.5, build=lambda d: framing.transfer_exercise()),
            Step("aside_hunt", build=lambda d: framing.aside_hunt(d.case, d.records, "dcnf")),
            Step("aside_hunt", build=lambda d: framing.aside_hunt(d.case, d.records, "lifesite")),
            Step("aside_hunt", build=lambda d: framing.aside_hunt(d.case, d.records, "blog-nl")),
            Step("aside_hunt", build=lambda d: framing.aside_hunt(d.case, d.records, "afp")),
            Step("headlines_view", 1.0),
            Step("sentences_view", 2.0),
            Step("sentences_view", 1.5),
            Step("predict_doubt", build=lambda d: framing.predict_doubt(d.rates)),
            Step("show_doubt_chart", 1.0),
            Step("sentences_view", 5.5),  # every doubt word: about 850 words
            Step("sentences_view", 2.0),  # every scare quote: about 290 words
            Step("reframing_sample", 2.0),  # four pairs, about 280 words, before the whole view (about 740)
            Step("reframing_view", 5.0),  # every reframing: about 740 words
            Step("engine_against_key", 3.0),
            Step("asides_view", 3.0),
            Step("cue_finder", 2.0),
            Step("cues_in_text", 1.0),
        ],
        "03": [
            Step("load"),
            Step("predict_changed", build=lambda d: verify.predict_changed(d.case, d.records), note=_changed_figures),
            Step("search_box", 1.5),
            Step("search_primary", 0.3),
            Step(
                "verdict_exercise",
                0.5,
                build=lambda d: verify.verdict_exercise(d.case, d.records, "lifesite: almost 500,000"),
            ),
            Step(
                "verdict_exercise", 0.5, build=lambda d: verify.verdict_exercise(d.case, d.records, "blog-nl: millions")
            ),
            Step("verdict_legend", 0.3),
            # The sample (one figure of each verdict per outlet) is about 730 words of table.
            Step("ledger_sample_view", LEDGER_SAMPLE_MINUTES),
            Step("show_verdict_chart", 1.0),
            Step("who_counts_exercise", build=lambda d: verify.who_counts_exercise()),
            Step("who_counts_view", 1.5),
            Step("arithmetic_view", 1.5),
            Step("share_calculator", 2.0),
            HAND_IN_STEP,
            # Going further: every figure, outlet by outlet (about 2,200 words of tables in all).
            Step("ledger_view", 7.5),
            Step("ledger_view", 3.5),
            Step("ledger_view", 2.0),
            Step("ledger_view", 2.0),
        ],
        "04": [
            Step("load_case"),
            Step("learner_name", 0.3),
            Step("predict_test_accounts", build=lambda d: acc.predict_test_accounts(d.case)),
            Step("backup_accounts_question", build=lambda d: acc.backup_accounts_question(d.case)),
            Step("reports_question", build=lambda d: acc.reports_question(d.case)),
            Step("design_view", 2.5),  # about 350 words: the three features the predictions ask about
            Step("evidence_board", build=lambda d: acc.evidence_board(d.case)),
            Step("stakeholders_exercise", build=lambda d: acc.stakeholders_exercise(d.case)),
            Step("rules_question", build=lambda d: acc.rules_question()),
            Step("rules_view", 1.5),  # about 210 words: the year after the story
            Step("quote", 0.3),
            Step("guardrail_feature", build=lambda d: acc.guardrail_feature(d.case)),
            Step("guardrail_change", build=lambda d: acc.guardrail_change()),
            Step("discussion_card", 6.0),  # 1 minute to prepare, 1 per role for four roles, 1 to agree
            Step("journal", build=lambda d: acc.journal(), optional=True),
            HAND_IN_STEP,
            # Going further: the rest of every table and exercise.
            Step("design_view", 1.6),
            Step("evidence_board", build=lambda d: acc.evidence_board(d.case, more=True)),
            Step("evidence_view", 2.0),
            Step("strongest_evidence", build=lambda d: acc.strongest_evidence(d.case)),
            Step("reasoning_exercise", build=lambda d: acc.reasoning_exercise()),
            Step("stakeholders_exercise", build=lambda d: acc.stakeholders_exercise(d.case, more=True)),
            Step("stakeholders_view", 1.0),
            Step("rules_view", 2.5),
            Step("show_timeline", 1.0),
            Step("guardrail_costs", build=lambda d: acc.guardrail_costs()),
            Step("discussion_card", 0.5),
            Step("quote", 1.0),
            Step("my_answers", 0.5),
        ],
    }


LESSONS = ("00", "01", "02", "03", "04")


def steps(lesson: str) -> list[Step]:
    """The steps of ``lesson`` ("00" … "04"), one per code cell of its notebook, in order."""
    return _steps()[lesson]


# ---- the notebook ----------------------------------------------------------------------------


def notebook_path(lesson: str, folder: Path | None = None) -> Path:
    """The notebook of ``lesson`` in the repository's ``notebooks/`` folder."""
    from newslit.lessons.teacher_guide import notebooks_dir

    folder = folder or notebooks_dir()
    return next(folder.glob(f"{lesson}_*.ipynb"))


GOING_FURTHER = regex(r"^#+\s*Going further", re.MULTILINE)
HAND_IN = regex(r"^## Hand in your answers", re.MULTILINE)
TALK = regex(r"^(#+\s*Talk about it|\*\*More to talk about\*\*)", re.MULTILINE)


@dataclass(frozen=True)
class Cell:
    """A notebook cell as the plan sees it: its kind, its text, and whether it is on the core path."""

    kind: str
    source: str
    core: bool


def cells(lesson: str, folder: Path | None = None) -> list[Cell]:
    """The cells of ``lesson``'s notebook; ``core`` is False from the "Going further" heading on.

    A markdown cell that holds the heading is core up to the heading (its text before it
    counts, the rest does not): it is split in two. The "Hand in your answers" section that
    ends every lesson is core again: a class hands in at the end of the lesson.
    """
    raw = json.loads(notebook_path(lesson, folder).read_text(encoding="utf-8"))["cells"]
    found, core = [], True
    for cell in raw:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and core and GOING_FURTHER.search(source):
            head = GOING_FURTHER.search(source).start()
            found.append(Cell("markdown", source[:head], True))
            found.append(Cell("markdown", source[head:], False))
            core = False
            continue
        if cell["cell_type"] == "markdown" and HAND_IN.match(source):
            core = True
        found.append(Cell(cell["cell_type"], source, core))
    return found


def talk_prompts(markdown: str) -> int:
    """How many "Talk about it" prompts a markdown cell asks (its bullets under that heading)."""
    match = TALK.search(markdown)
    if not match:
        return 0
    rest = markdown[match.end() :]
    following = re.search(r"^(#|\*\*)", rest, re.MULTILINE)
    section = rest[: following.start()] if following else rest
    return len(re.findall(r"^- ", section, re.MULTILINE))


def words(markdown: str) -> int:
    """The words a learner reads in a markdown cell (table rules, markup and links left out)."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown)
    text = re.sub(r"[|*#`_\[\]>-]+", " ", text)
    return len(re.findall(r"[\w’'.,%:;()\"“”‘]+", text))


# ---- building the exercises ------------------------------------------------------------------


@contextlib.contextmanager
def scratch_answers():
    """Build exercises without touching anyone's answers file (a throwaway folder, removed after)."""
    saved = os.environ.get("NEWSLIT_ANSWERS_DIR")
    with tempfile.TemporaryDirectory(prefix="newslit-guide-") as folder:
        os.environ["NEWSLIT_ANSWERS_DIR"] = folder
        try:
            yield
        finally:
            if saved is None:
                os.environ.pop("NEWSLIT_ANSWERS_DIR", None)
            else:
                os.environ["NEWSLIT_ANSWERS_DIR"] = saved


def exercises(
    lesson: str, folder: Path | None = None, *, widgets: bool = False
) -> list[tuple[int, Step, object, bool, LessonData]]:
    """Every exercise of ``lesson``, built as its notebook builds it: ``(cell, step, exercise, core, data)``.

    ``cell`` is the exercise's place among the notebook's code cells; ``core`` is False for
    an exercise under "Going further". Nothing is saved to the learner's answers. An
    exercise whose question file needs a fix comes back as the error box the notebook
    would show.

    Each exercise is a :class:`~newslit.lessons.build.Written`: its words, options, items,
    key and check, as its widget would hold them, but no widget (the teacher guide reads
    every exercise of every lesson and draws none: building their 500 widgets took about
    half a second). With ``widgets``, the widgets themselves, with no connection to the
    notebook page (:func:`unshown_widgets`), to answer them as a learner would.

    The teacher guide asks for each lesson's exercises several times (its timing, its plan,
    its answer table): they are built once and kept until a file they are built from
    changes (the notebook, a question file, the case, the word lists), so a teacher's edit
    shows on the next run of a cell.
    """
    key = (lesson, str(folder), widgets, _sources_stamp(lesson, folder))
    if _BUILT.get((lesson, widgets), (None,))[0] != key:
        _BUILT[lesson, widgets] = (key, _build(lesson, folder, widgets))
    return list(_BUILT[lesson, widgets][1])


_BUILT: dict[tuple[str, bool], tuple] = {}  # (lesson, widgets) -> (what it was built from, its exercises)


def _build(lesson: str, folder: Path | None, widgets: bool) -> list[tuple[int, Step, object, bool, LessonData]]:
    from newslit.lessons.build import written

    code = [c for c in cells(lesson, folder) if c.kind == "code"]
    data = _load(lesson)
    built = []
    with scratch_answers(), unshown_widgets() if widgets else written():
        for number, (step, cell) in enumerate(zip(steps(lesson), code)):
            if step.build is not None:
                exercise = step.build(data)
                # An exercise built when opened (lesson 02's whole hunts): the exercise inside.
                built.append((number, step, getattr(exercise, "exercise", exercise), cell.core, data))
    return built


def _sources_stamp(lesson: str, folder: Path | None) -> tuple:
    """When and how big every file an exercise is built from is: the notebook, the question files, the case, the data."""
    return (_stamps([notebook_path(lesson, folder)]), _data_stamp())


def _data_stamp() -> tuple:
    """The case folder in use and when and how big every file of it, of the question files and of the data is."""
    from newslit.case.load import default_case_dir
    from newslit.lessons.questions import QUESTIONS_DIR
    from newslit.text.lexicon import DATA_DIR

    paths = []
    for where in (QUESTIONS_DIR, DATA_DIR, default_case_dir()):
        paths += sorted(p for p in Path(where).rglob("*") if p.suffix in (".toml", ".csv", ".txt", ".md"))
    return (os.environ.get("NEWSLIT_CASE", ""), _stamps(paths))


def _stamps(paths: list[Path]) -> tuple:
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


@contextlib.contextmanager
def unshown_widgets():
    """Widgets made inside get no connection to the page (``comm.DummyComm``): they are read or driven, never shown.

    Every widget made in a kernel otherwise announces itself, and each later change of it,
    to the notebook page; the teacher guide's exercises and the demonstration class's
    simulated learners would send the page thousands of messages about widgets it never draws.
    """
    try:
        from comm import DummyComm
        from ipywidgets import comm as widget_comm
        from ipywidgets import widgets as widget_module

        from newslit.views.looks import unshown_looks

        made, opened = widget_comm.create_comm, widget_module.Widget.open
    except (ImportError, AttributeError):  # pragma: no cover - another ipywidgets: the widgets are only slower
        yield
        return

    def open_unshown(widget):
        # A dummy connection throws its opening message away: no need to write down the widget's whole state.
        if widget.comm is None:
            widget.comm = DummyComm(target_name="jupyter.widget")

    widget_comm.create_comm = lambda *args, **kwargs: DummyComm(*args, **kwargs)
    widget_module.Widget.open = open_unshown
    try:
        with unshown_looks():
            yield
    finally:
        widget_comm.create_comm = made
        widget_module.Widget.open = opened


# ---- timing ----------------------------------------------------------------------------------


def _exercise_minutes(widget) -> tuple[float, dict]:
    kind = getattr(widget, "kind", None)
    if kind == "choice":
        return CHOICE_MINUTES, {"choices": 1}
    if kind == "tags":
        reading = sum(len(item.split()) for item in widget.items) / WORDS_PER_MINUTE
        return reading + TAG_MINUTES * len(widget.items), {"tags": len(widget.items)}
    if kind == "free_text":
        return TYPED_MINUTES, {"typed": 1}
    return 0.0, {}


def sections(lesson: str, folder: Path | None = None) -> list[dict]:
    """The lesson's sections (its ``##`` headings, the opening before the first one), each timed.

    Each section: ``title``, ``core`` (False for "Going further"), ``minutes`` (not rounded)
    and the counts ``runs``, ``choices``, ``tags``, ``typed``, ``talk``, ``words``, as in
    :func:`timing`. The notebook's own headings are used, so a plan always follows the
    lesson's sections.
    """
    built = {number: widget for number, _, widget, _, _ in exercises(lesson, folder)}
    found: list[dict] = []
    plan = iter(enumerate(steps(lesson)))

    def section(title: str, core: bool) -> dict:
        found.append({"title": title, "core": core, **_empty()})
        return found[-1]

    current = section("Opening: the header card and content note", True)
    for cell in cells(lesson, folder):
        if cell.kind == "markdown":
            for part in re.split(r"(?m)^(?=## )", cell.source):
                heading = re.match(r"## (.+)", part)
                if heading:
                    current = section(heading.group(1).strip(), cell.core)
                current["words"] += words(part)
                current["talk"] += talk_prompts(part)
            continue
        number, step = next(plan)
        if step.optional:
            continue
        current["runs"] += 1
        minutes, counts = _exercise_minutes(built.get(number))
        current["minutes"] += RUN_MINUTES + step.minutes + minutes
        for name, value in counts.items():
            current[name] += value
    for part in found:
        part["minutes"] += part["words"] / WORDS_PER_MINUTE + part["talk"] * TALK_MINUTES
    return [part for part in found if part["words"] or part["runs"]]


def timing(lesson: str, folder: Path | None = None) -> dict:
    """The estimated minutes and the required actions of ``lesson``'s core path, and of its "Going further".

    Returns ``{"core": {...}, "further": {...}}``, each with ``minutes`` (rounded) and the
    counts ``runs`` (code cells to run), ``choices``, ``tags`` (items to tag), ``typed``,
    ``talk`` (discussion prompts), ``words`` (text to read) and ``actions`` (every cell run,
    choice, tag and typed answer). Cells marked optional (a self-learner's journal) are
    left out.
    """
    parts = {"core": _empty(), "further": _empty()}
    for found in sections(lesson, folder):
        part = parts["core" if found["core"] else "further"]
        for name in part:
            part[name] += found[name]
    for part in parts.values():
        part["actions"] = part["runs"] + part["choices"] + part["tags"] + part["typed"]
        part["minutes"] = round(part["minutes"])
    return parts


def _empty() -> dict:
    return {"minutes": 0.0, "runs": 0, "choices": 0, "tags": 0, "typed": 0, "talk": 0, "words": 0}
