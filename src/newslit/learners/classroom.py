"""The teacher's class summary: read a folder of learners' answers files and sum them up.

Point :func:`read_class` at the class folder learners hand in to (``NEWSLIT_CLASS_DIR``),
or at a folder of the ``.json`` files they downloaded or exported (or the answers files
themselves). Files that cannot be used (not JSON, not an answers file, a
backup, a duplicate of another learner's file) are reported in :attr:`ClassAnswers.problems`
and left out; they never stop the summary.

The summaries use each learner's **first checked** answer where there is one (what they
thought before the feedback), and say so. The skills check before and after the lessons
is summed up apart (:mod:`newslit.learners.skills_check`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from newslit.learners.answers import FORMAT, parse
from newslit.learners.handin import lessons_of
from newslit.learners.skills_check import is_check_entry


@dataclass
class ClassAnswers:
    """The usable learners and the problems found.

    Each learner: ``file`` (relative to the folder), ``name`` (as typed, or the hub user),
    ``learner`` (the name, told apart by the file when two share it), ``updated``,
    ``handed_in`` (time, or ""), ``key`` (the hand-in key's hash, or None), ``answers``.
    """

    learners: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _is_backup(path: Path) -> bool:
    return ".damaged-" in path.name or ".before-start-over-" in path.name


def read_class(folder: str | Path) -> ClassAnswers:
    """Read every ``*.json`` file in ``folder`` and in its sub-folders one level down.

    The sub-folders are where a Kubernetes hub puts each learner's hand-in
    (``<class volume>/<user>/<user>.json``); hidden ones (``.answers``) are left alone.

    Each file is one learner: two learners who typed the same name are two learners,
    labelled apart by their file (``"Sam (sam-2.json)"``) in ``learner``; ``name`` keeps
    the name as typed.

    Edge cases
    ----------
    - A missing folder gives no learners and one problem saying so.
    - Not JSON, or JSON that is not a newslit answers file: reported, skipped. A file
      whose answers are partly damaged: its readable answers are used, and that is reported.
    - Backups (``*.damaged-*``, ``*.before-start-over-*``) and hidden files: skipped, reported.
    - The same learner twice: two hand-ins with the same key (one learner's earlier
      download and a later one), or two files with the same name and the very same answers
      (a copy): the later one is kept, the other reported as a duplicate.
    """
    folder = Path(folder)
    found = ClassAnswers()
    if not folder.is_dir():
        found.problems.append(f"{folder}: no such folder.")
        return found
    paths = sorted(folder.glob("*.json")) + sorted(
        path for path in folder.glob("*/*.json") if not path.parent.name.startswith(".")
    )
    by_key: dict[str, dict] = {}
    for path in paths:
        relative = path.relative_to(folder).as_posix()
        if path.name.startswith(".") or _is_backup(path):
            found.problems.append(f"{relative}: a backup copy, not read.")
            continue
        learner = _read_learner(path, found.problems, relative)
        if learner is None:
            continue
        key = learner["key"] or "copy:" + json.dumps([learner["name"].lower(), learner["answers"]], sort_keys=True)
        if key in by_key:
            newer = learner["updated"] > by_key[key]["updated"]
            kept, dropped = (learner, by_key[key]) if newer else (by_key[key], learner)
            what = "an earlier hand-in of the same learner" if learner["key"] else "a duplicate"
            found.problems.append(
                f"{dropped['file']}: {what} of {kept['file']} ({kept['name'] or 'the same answers'}); "
                f"kept {kept['file']}{' (saved later)' if newer else ''}."
            )
            by_key[key] = kept
        else:
            by_key[key] = learner
    found.learners = _labelled(sorted(by_key.values(), key=lambda r: (r["name"].lower(), r["file"])))
    return found


def _labelled(learners: list[dict]) -> list[dict]:
    """Set ``learner`` to the name, with the file added where two learners share a name."""
    names = Counter(learner["name"].strip().lower() for learner in learners)
    for learner in learners:
        shared = names[learner["name"].strip().lower()] > 1
        learner["learner"] = f"{learner['name']} ({learner['file']})" if shared else learner["name"]
    return learners


def _read_learner(path: Path, problems: list[str], relative: str | None = None) -> dict | None:
    relative = relative or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{relative}: could not be read ({type(error).__name__}).")
        return None
    try:
        raw = json.loads(text)
    except ValueError as error:
        raw = None
        reason = f"not valid JSON (line {error.lineno})" if hasattr(error, "lineno") else "not valid JSON"
    else:
        reason = "not a newslit answers file"
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        data, lost, _ = parse(text) if '"answers"' in text else (None, 0, True)
        if not data or not data["answers"]:
            problems.append(f"{relative}: {reason}; skipped.")
            return None
        problems.append(f"{relative}: damaged ({reason}); used the {len(data['answers'])} answers that could be read.")
    else:
        data, lost, _ = parse(text)
        if lost:
            problems.append(f"{relative}: {lost} answer(s) could not be read; used the rest.")
    handed = data.get("handed_in") if isinstance(data.get("handed_in"), dict) else {}
    name = str(data.get("learner") or "").strip() or path.stem.removesuffix("-answers")
    return {
        "file": relative,
        "name": name,
        "learner": name,
        "updated": str(handed.get("time") or data.get("updated", "")),
        "handed_in": str(handed.get("time") or ""),
        "key": handed.get("key") if isinstance(handed.get("key"), str) else None,
        "answers": data["answers"],
    }


def handed_in(learners: list[dict]) -> list[dict]:
    """Who handed in what: one row per learner, in the order of ``learners``.

    Rows: ``learner`` (the label), ``file``, ``handed_in`` (ISO time, "" for a file with no
    receipt: an export or an answers file), ``lessons`` (``["00", "01"]``) and ``answers``
    (how many).
    """
    return [
        {
            "learner": learner["learner"],
            "file": learner["file"],
            "handed_in": learner["handed_in"],
            "lessons": lessons_of(learner["answers"]),
            "answers": len(learner["answers"]),
        }
        for learner in learners
    ]


def first_answer(entry: dict) -> tuple[object, bool | None]:
    """(value, correct) of the learner's first checked answer, else of the latest one."""
    first = entry.get("first_checked")
    if isinstance(first, dict) and "value" in first:
        return first["value"], first.get("correct")
    return entry.get("value"), entry.get("correct")


def score(entry: dict, *, first: bool = True) -> float | None:
    """How right an answer is, 0-1, with partial credit for a tagging exercise.

    A tagging answer saved with its ``score`` (the share of items tagged as the key tags
    them) gives that score: 19 of 20 is 0.95, not 0. Any other answer with a verdict gives
    1 or 0; an open answer (no verdict) gives None. ``first`` reads the first checked
    answer, else the latest.
    """
    saved = entry.get("first_checked") if first else entry
    if not isinstance(saved, dict) or ("value" not in saved and first):
        saved = entry
    if isinstance(saved.get("score"), int | float):
        return max(0.0, min(1.0, float(saved["score"])))
    correct = saved.get("correct")
    return None if correct is None else float(bool(correct))


def question_text(learners: list[dict], exercise: str) -> str:
    """The question of ``exercise`` as learners read it (the prompt saved with their answers), or ""."""
    for learner in learners:
        prompt = (learner["answers"].get(exercise) or {}).get("prompt")
        if isinstance(prompt, str) and prompt.strip():
            return prompt.strip()
    return ""


def lesson_of(exercise: str) -> str:
    """The lesson an exercise belongs to, from its id ("04.rules" -> "04"), or ""."""
    head = exercise[:2]
    return head if head.isdigit() else ""


def exercise_ids(learners: list[dict]) -> list[str]:
    """Every exercise answered by anyone, sorted; the skills check has its own summary and is left out."""
    return sorted({exercise for learner in learners for exercise in learner["answers"] if not is_check_entry(exercise)})


def exercise_results(learners: list[dict]) -> list[dict]:
    """One row per exercise: how many answered, and how many matched the key.

    Row fields: ``exercise``, ``question`` (its prompt, as learners read it), ``lesson``,
    ``kind``, ``answered``, ``checked`` (answers with a verdict), ``right_first`` (right at
    the first check), ``right_now`` (right in the latest answer), ``share_first`` and
    ``share_now`` (shares of ``checked``; None when nothing had a verdict: an open
    question), and ``score_first`` and ``score_now``: the mean score with partial credit
    for tagging (:func:`score`), None for an open question.
    """
    rows = []
    for exercise in exercise_ids(learners):
        entries = [learner["answers"][exercise] for learner in learners if exercise in learner["answers"]]
        verdicts = [(first_answer(e)[1], e.get("correct")) for e in entries]
        checked = [v for v in verdicts if v[0] is not None]
        kinds = Counter(e.get("kind", "?") for e in entries)
        right_first = sum(1 for first, _ in checked if first)
        right_now = sum(1 for _, now in checked if now)
        firsts = [s for s in (score(e) for e in entries) if s is not None]
        nows = [s for s in (score(e, first=False) for e in entries) if s is not None]
        rows.append(
            {
                "exercise": exercise,
                "question": question_text(learners, exercise),
                "lesson": lesson_of(exercise),
                "score_first": sum(firsts) / len(firsts) if firsts else None,
                "score_now": sum(nows) / len(nows) if nows else None,
                "kind": kinds.most_common(1)[0][0],
                "answered": len(entries),
                "checked": len(checked),
                "right_first": right_first,
                "right_now": right_now,
                "share_first": right_first / len(checked) if checked else None,
                "share_now": right_now / len(checked) if checked else None,
            }
        )
    return rows


def common_wrong_answers(learners: list[dict], top: int = 3) -> list[dict]:
    """The most frequent wrong first answers, per exercise.

    For a choice: the option. For tags: ``item → label`` pairs from answers judged wrong,
    where the learners who got the whole exercise right gave that item another label
    (the files hold verdicts, not the key; with nobody fully right, no tag rows). Rows: ``exercise``,
    ``answer``, ``count``, ``learners`` (names), most frequent first.
    """
    rows = []
    for exercise in exercise_ids(learners):
        wrong, names, right_tags = Counter(), {}, {}
        for learner in learners:
            entry = learner["answers"].get(exercise)
            if entry is None:
                continue
            value, correct = first_answer(entry)
            if correct is True and isinstance(value, dict):
                for item, label in value.items():
                    right_tags.setdefault(item, Counter())[label] += 1
            if correct is not False:
                continue
            for answer in _answer_parts(value):
                wrong[answer] += 1
                names.setdefault(answer, []).append(learner["learner"])
        for answer, count in wrong.most_common():
            item, _, label = answer.partition(" → ")
            if label and (item not in right_tags or right_tags[item].most_common(1)[0][0] == label):
                continue  # a tag is a mistake only against the label of the learners who got all right
            rows.append({"exercise": exercise, "answer": answer, "count": count, "learners": names[answer]})
    by_exercise: dict[str, list[dict]] = {}
    for row in rows:
        by_exercise.setdefault(row["exercise"], []).append(row)
    return [row for group in by_exercise.values() for row in group[:top]]


def _answer_parts(value) -> list[str]:
    if isinstance(value, dict):
        return [f"{item} → {label}" for item, label in value.items() if label]
    return [] if value is None else [str(value)]


def free_text_answers(learners: list[dict]) -> dict[str, list[dict]]:
    """``{exercise: [{"learner", "text"}]}`` for every typed answer (empty answers left out)."""
    found: dict[str, list[dict]] = {}
    for learner in learners:
        for exercise, entry in sorted(learner["answers"].items()):
            if entry.get("kind") == "free_text" and str(entry.get("value") or "").strip():
                found.setdefault(exercise, []).append({"learner": learner["learner"], "text": entry["value"]})
    return found


def cohen_kappa(first: list, second: list) -> float | None:
    """Cohen's kappa between two raters' labels of the same items, in order.

    Pairs where either label is None are dropped. Returns None when no pair is left.
    When chance agreement is 1 (both gave one and the same label throughout), kappa is
    undefined; this returns 1.0 if they agree on every item and 0.0 otherwise.

    >>> cohen_kappa(["a", "b", "a", "b"], ["a", "b", "b", "b"])
    0.5
    """
    pairs = [(a, b) for a, b in zip(first, second) if a is not None and b is not None]
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    count_a, count_b = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else 0.0
    return (observed - expected) / (1 - expected)


def tag_agreement(learners: list[dict]) -> list[dict]:
    """Agreement between learners on each tagging exercise (Cohen's kappa, every pair).

    Rows: ``exercise``, ``learners`` (how many tagged it), ``pairs``, ``mean_kappa``,
    ``min_kappa``, ``max_kappa`` (None with fewer than two learners), and ``kappas``
    (``{(a, b): kappa}``). Each pair is compared on the items both tagged.
    """
    rows = []
    for exercise in exercise_ids(learners):
        tagged = [
            (learner["learner"], first_answer(learner["answers"][exercise])[0])
            for learner in learners
            if exercise in learner["answers"] and learner["answers"][exercise].get("kind") == "tags"
        ]
        tagged = [(name, value) for name, value in tagged if isinstance(value, dict)]
        if not tagged:
            continue
        kappas = {}
        for (name_a, a), (name_b, b) in combinations(tagged, 2):
            items = sorted(set(a) | set(b))
            kappa = cohen_kappa([a.get(i) for i in items], [b.get(i) for i in items])
            if kappa is not None:
                kappas[(name_a, name_b)] = kappa
        values = list(kappas.values())
        rows.append(
            {
                "exercise": exercise,
                "learners": len(tagged),
                "pairs": len(values),
                "mean_kappa": sum(values) / len(values) if values else None,
                "min_kappa": min(values) if values else None,
                "max_kappa": max(values) if values else None,
                "kappas": kappas,
            }
        )
    return rows


# A learner may need help when their answers at the first check score below this on
# average, or when they left more than half the exercises others answered unanswered.
HELP_SCORE = 0.5
HELP_ANSWERED = 0.5


def learner_overview(learners: list[dict]) -> list[dict]:
    """One row per learner, and whether they may need help.

    Row fields: ``learner``, ``answered`` (exercises answered), ``of`` (exercises anyone
    in the class answered), ``checked`` (answers with a verdict), ``score_first`` (their
    mean score at the first check, partial credit for tagging; None with no verdict),
    ``weakest`` (the exercises they scored lowest on at the first check, up to three, below
    1), ``scores`` (their score per exercise with a verdict), ``needs_help`` and ``why`` (in
    words: a low score, or many exercises left open).
    """
    exercises = exercise_ids(learners)
    rows = []
    for learner in learners:
        answers = learner["answers"]
        scores = {e: score(entry) for e, entry in answers.items()}
        graded = {e: s for e, s in scores.items() if s is not None}
        mean = sum(graded.values()) / len(graded) if graded else None
        weakest = [e for e, s in sorted(graded.items(), key=lambda kv: kv[1]) if s < 1][:3]
        reasons = []
        if mean is not None and mean < HELP_SCORE:
            reasons.append(f"scored {mean:.0%} on average at the first check")
        if exercises and len(answers) < HELP_ANSWERED * len(exercises):
            reasons.append(f"answered {len(answers)} of {len(exercises)} exercises")
        rows.append(
            {
                "learner": learner["learner"],
                "answered": len(answers),
                "of": len(exercises),
                "checked": len(graded),
                "score_first": mean,
                "weakest": weakest,
                "scores": graded,
                "needs_help": bool(reasons),
                "why": "; ".join(reasons),
            }
        )
    return rows
