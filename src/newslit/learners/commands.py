"""The class commands of ``newslit``: hand out, set up the class folder, hand in, report.

::

    newslit class link HUB_URL [--repo URL] [--branch B]   the nbgitpuller link to hand out
    newslit class folder CLASS_DIR [--group G]             create the class folder, drop-box permissions
    newslit hand-in [--class-dir DIR]                      hand in this learner's answers
    newslit class-report CLASS_DIR [--html FILE]           the class summary, outside a notebook

Every failure prints ``error: <what> — <how to fix it>`` and exits 2; nothing is lost.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("class", "hand-in", "class-report")


def add_commands(commands) -> None:
    """Add the class commands to the ``newslit`` parser's sub-commands."""
    klass = commands.add_parser(
        "class",
        help="hand out the workbook on a JupyterHub and set up the class folder",
        description="Hand out the workbook on a JupyterHub (an nbgitpuller link) and set up the hand-in folder.",
    )
    actions = klass.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    link = actions.add_parser(
        "link",
        help="print the nbgitpuller link that puts the workbook in every learner's home",
        description="Print the link to give learners: it logs them in, copies (or updates) the workbook "
        "in their home and opens lesson 00. Pulling again never loses a learner's answers or edits.",
    )
    link.add_argument("hub_url", help="the hub's address, e.g. https://hub.school.example")
    link.add_argument("--repo", help="the git address to hand out (default: this checkout's origin)")
    link.add_argument("--branch", default="main", help="the branch to hand out (default: main)")
    link.add_argument("--open", default="notebooks/00_start_here.ipynb", help="the notebook to open after the pull")
    folder = actions.add_parser(
        "folder",
        help="create the class folder learners hand in to, with drop-box permissions",
        description="Create CLASS_DIR (mode 3753: learners write their own file but cannot list, read or replace "
        "another's; the teachers' group reads every hand-in). Run it as the teacher or with sudo.",
    )
    folder.add_argument("class_dir", type=Path, help="the class folder (the hub sets NEWSLIT_CLASS_DIR to it)")
    folder.add_argument("--group", help="the teachers' Unix group (The Littlest JupyterHub: jupyterhub-admins)")
    hand = commands.add_parser(
        "hand-in",
        help="hand in this learner's answers to the class folder",
        description="Copy this learner's answers into the class folder ($NEWSLIT_CLASS_DIR), replacing only their "
        "own earlier hand-in; without a class folder, write a file named after the learner to give the teacher.",
    )
    hand.add_argument("--class-dir", type=Path, help="the class folder (default: $NEWSLIT_CLASS_DIR)")
    hand.add_argument("--answers-dir", type=Path, help="the learner's answers folder (default: as the lessons use)")
    hand.add_argument("--learner", help="the answers file's name (default: $NEWSLIT_LEARNER or the hub user)")
    hand.add_argument("--name", help="your name, for the teacher (off a hub, if you have not typed one)")
    report = commands.add_parser(
        "class-report",
        help="the class summary from a class folder, as text or an HTML page",
        description="Read CLASS_DIR (hand-ins, downloads or exports) and print who handed in, results per "
        "exercise, common wrong answers and agreement; --html writes the whole summary as one page.",
    )
    report.add_argument("class_dir", type=Path, help="the class folder")
    report.add_argument("--html", type=Path, help="write the summary as a standalone HTML page to this file")


def run(args: argparse.Namespace) -> int:
    """Run one class command; returns the exit code."""
    try:
        if args.command == "class" and args.class_command == "link":
            return _link(args)
        if args.command == "class":
            return _folder(args)
        if args.command == "hand-in":
            return _hand_in(args)
        return _report(args)
    except _Failed as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 2


class _Failed(Exception):
    pass


def _link(args) -> int:
    from newslit.learners.hub import pull_link, this_repository

    repo = args.repo or this_repository()
    if not repo:
        raise _Failed("no repository to hand out — give its git address with --repo URL")
    try:
        print(pull_link(args.hub_url, repo, args.branch, open_path=args.open))
    except ValueError as error:
        raise _Failed(str(error)) from None
    return 0


def _folder(args) -> int:
    from newslit.learners.handin import HandInError, prepare_class_folder

    try:
        print(prepare_class_folder(args.class_dir, args.group))
    except HandInError as error:
        raise _Failed(str(error)) from None
    return 0


def _hand_in(args) -> int:
    from newslit.learners.answers import AnswerStore
    from newslit.learners.handin import HandInError, class_dir, download_copy, hand_in

    store = AnswerStore(args.answers_dir, args.learner)
    if args.name:
        store.set_learner_name(args.name)
    if not store.path.exists():
        raise _Failed(f"{store.path}: no answers saved yet — answer in a lesson first (or give --answers-dir)")
    folder = args.class_dir or class_dir()
    try:
        if folder is not None:
            receipt = hand_in(store, folder)
        else:
            path, _, receipt = download_copy(store)
    except HandInError as error:
        raise _Failed(str(error).replace("(the box above the button)", "(--name NAME)")) from None
    print(receipt.text())
    if folder is None:
        print(f"wrote {path}")
    return 0


def _report(args) -> int:
    from newslit.learners.classroom import read_class
    from newslit.learners.report import report_html

    if not args.class_dir.is_dir():
        raise _Failed(f"{args.class_dir}: no such folder — give the class folder learners hand in to")
    found = read_class(args.class_dir)
    if args.html:
        try:
            args.html.write_text(report_html(found, str(args.class_dir)), encoding="utf-8")
        except OSError as error:
            raise _Failed(f"{args.html}: could not write ({error.strerror}) — choose another file") from None
        print(f"wrote {args.html}: {len(found.learners)} learner(s), {len(found.problems)} file problem(s)")
        return 0
    print(_text_report(found))
    return 0


def _text_report(found) -> str:
    from newslit.learners.classroom import exercise_results, handed_in
    from newslit.learners.report import share, when
    from newslit.text.masking import mask

    lines = [f"{len(found.learners)} learner{'' if len(found.learners) == 1 else 's'}"]
    for row in handed_in(found.learners):
        lessons = ", ".join(row["lessons"]) or "none"
        lines.append(
            f"  {mask(row['learner'])}: {row['answers']} answer{'' if row['answers'] == 1 else 's'}, lessons {lessons}; {when(row['handed_in'])}"
        )
    lines += [f"  problem: {mask(p)}" for p in found.problems]
    lines.append("results per exercise (right at first check / now):")
    for row in exercise_results(found.learners):
        lines.append(
            f"  {row['exercise']}: {row['answered']} answered, {share(row['share_first'])} / {share(row['share_now'])}"
        )
    return "\n".join(lines)
