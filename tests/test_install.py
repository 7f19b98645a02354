"""newslit installed like a library: the wheel, a fresh environment, a learner's own folder.

One build for the module: ``python -m build`` makes the sdist, then the wheel from the
sdist (so both are tested), with the pinned setuptools of the test environment (no
download). The wheel goes into a new virtual environment that cannot see the checkout:
``src/`` is not on its path and its working folders are temporary homes with no
``seeds/`` above them. Its third-party libraries (JupyterLab, pandas, ...) are this
environment's, linked in by a ``.pth`` file to a folder of links that leaves newslit's
own files out, so pip still checks every requirement of the wheel (``--no-index``: any
missing one fails the install) without downloading them again. A true download into an
empty environment takes about a minute more and needs the network; this takes seconds.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

import newslit
from newslit import load_case

from conftest import REPO, SEEDS

pytestmark = pytest.mark.install

LESSONS = sorted(f"notebooks/{p.name}" for p in (REPO / "notebooks").glob("0*.ipynb"))
TEACHER = sorted(f"notebooks/teacher/{p.name}" for p in (REPO / "notebooks" / "teacher").glob("*.ipynb"))
SEED_FILES = sorted(str(p.relative_to(SEEDS)) for p in SEEDS.rglob("*") if p.is_file())

# Runs inside the installed environment: executes notebooks headless with nbclient, each
# in its own folder (as JupyterLab does), then a cell that answers a real exercise.
RUNNER = r"""
import json, sys, time
from datetime import datetime
from pathlib import Path
import nbclient, nbformat


def seconds(cell):
    # From the kernel starting the cell to its reply: where a slow run spends its time.
    timing = cell.metadata.get("execution", {})
    if "iopub.status.busy" not in timing or "shell.execute_reply" not in timing:
        return 0.0
    busy, reply = (datetime.fromisoformat(timing[k].replace("Z", "+00:00")) for k in ("iopub.status.busy", "shell.execute_reply"))
    return (reply - busy).total_seconds()


folder, value, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
ANSWER = (
    "import os, newslit\n"
    "from newslit.views.exercises import Choice\n"
    f"Choice('install.check', 'Which?', ['a', 'b']).answer({value!r})\n"
    "print(newslit.__file__)\n"
    "print(os.getcwd())"
)
report = {}
for name in names:
    path = folder / name
    notebook = nbformat.read(path, as_version=4)
    if name == names[-1]:
        notebook.cells.append(nbformat.v4.new_code_cell(ANSWER))
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", record_timing=True,
                                     resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    try:
        client.execute()
    except Exception as error:  # reported with the notebook's name, not raised
        report[name] = {"errors": [f"{type(error).__name__}: {str(error)[-800:]}"]}
        continue
    errors, text = [], []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                errors.append(f"{output['ename']}: {output['evalue']}")
            elif output.get("name") == "stderr" and ("Traceback" in output["text"] or "Error" in output["text"]):
                errors.append(output["text"][:400])
            elif output.get("name") == "stdout":
                text.append(output["text"])
    slow = {i: round(seconds(c), 1) for i, c in enumerate(notebook.cells) if seconds(c) > 5}
    report[name] = {"errors": errors, "stdout": "".join(text), "seconds": round(time.perf_counter() - start, 1),
                    "slow cells": slow}
print(json.dumps(report))
"""


def clean_env(home: Path, venv: Path) -> dict[str, str]:
    """An environment like a learner's shell: no newslit settings, no path into the checkout, no display."""
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NEWSLIT_", "PYTHON", "JUPYTER", "VIRTUAL_ENV", "PIP_REQUIRE"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    return {**keep, "HOME": str(home), "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}


def run(command: list, *, env: dict, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(c) for c in command], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


def link_libraries(venv: Path, overlay: Path) -> None:
    """Let ``venv`` use this environment's libraries, but not newslit's own files (nor its editable hook)."""
    overlay.mkdir()
    site = Path(sysconfig.get_paths()["purelib"])
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("newslit", "__editable__", "_newslit", "__pycache__")) or name.endswith(".pth"):
            continue
        (overlay / entry.name).symlink_to(entry)
    target = Path(
        subprocess.run(
            [venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (target / "newslit_test_libraries.pth").write_text(f"{overlay}\n", encoding="utf-8")
    for data in ("share/jupyter", "etc/jupyter"):  # JupyterLab's page and its server settings
        if (Path(sys.prefix) / data).is_dir():
            (venv / data).parent.mkdir(parents=True, exist_ok=True)
            (venv / data).symlink_to(Path(sys.prefix) / data)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Build the sdist and wheel, install the wheel into a fresh environment; return the paths."""
    root = tmp_path_factory.mktemp("install")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = dist.glob("newslit-*.whl")
    (sdist,) = dist.glob("newslit-*.tar.gz")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    link_libraries(venv, root / "libraries")
    home = root / "home"
    home.mkdir()
    env = clean_env(home, venv)
    run([venv / "bin" / "python", "-m", "pip", "install", "--no-index", "--quiet", wheel], env=env, cwd=home)
    return SimpleNamespace(root=root, wheel=wheel, sdist=sdist, venv=venv, python=venv / "bin" / "python", home=home)


def make_home(installed, name: str) -> tuple[Path, dict]:
    home = installed.root / name
    home.mkdir()
    return home, clean_env(home, installed.venv)


def test_the_wheel_carries_the_case_and_every_notebook_and_no_answers(installed):
    names = zipfile.ZipFile(installed.wheel).namelist()
    bundled = sorted(n.removeprefix("newslit/bundled/seeds/") for n in names if n.startswith("newslit/bundled/seeds/"))
    assert bundled == SEED_FILES
    notebooks = {n.removeprefix("newslit/bundled/") for n in names if n.startswith("newslit/bundled/notebooks/")}
    assert notebooks == {*LESSONS, *TEACHER}
    assert not [n for n in names if "answers" in n.split("/") or ".ipynb_checkpoints" in n]


def test_load_case_works_from_any_folder_with_only_the_wheel(installed):
    home, env = make_home(installed, "anywhere")
    code = (
        "import newslit, json\n"
        "from newslit.case.load import default_case_dir\n"
        "from newslit.lessons.teacher_guide import notebooks_dir\n"
        "case = newslit.load_case()\n"
        "print(json.dumps([newslit.__file__, str(default_case_dir()), str(notebooks_dir()), case.title,"
        " len(case.articles)]))\n"
    )
    package, case_dir, notebooks, title, articles = json.loads(
        run([installed.python, "-c", code], env=env, cwd=home).stdout
    )
    site = installed.venv.resolve()
    assert Path(package).resolve().is_relative_to(site), "newslit was imported from outside the new environment"
    assert Path(case_dir).resolve().is_relative_to(site) and Path(case_dir).name == "seeds"
    assert Path(notebooks).resolve().is_relative_to(site)
    assert (title, articles) == (load_case(SEEDS).title, len(load_case(SEEDS).articles))


def test_version_is_printed(installed):
    home, env = make_home(installed, "version")
    out = run([installed.venv / "bin" / "newslit", "--version"], env=env, cwd=home).stdout
    assert out.strip() == f"newslit {newslit.__version__}"


def test_every_notebook_runs_from_a_workbook_and_answers_land_beside_it(installed):
    home, env = make_home(installed, "learner-a")
    workbook = home / "newslit"
    made = run([installed.venv / "bin" / "newslit", "workbook", workbook, "--teacher"], env=env, cwd=home).stdout
    assert "Added: 00_start_here.ipynb" in made and "the case in seeds/" in made
    copied = json.loads((workbook / LESSONS[0]).read_text(encoding="utf-8"))
    assert copied["metadata"]["newslit"]["version"] == newslit.__version__
    runner = installed.root / "runner.py"
    runner.write_text(RUNNER, encoding="utf-8")
    out = run([installed.python, runner, workbook, "a", *TEACHER, *LESSONS], env=env, cwd=home, timeout=900)
    report = json.loads(out.stdout)
    print("seconds per notebook:", {n: (r.get("seconds"), r.get("slow cells")) for n, r in report.items()})  # -rP
    assert sorted(report) == sorted([*LESSONS, *TEACHER])
    assert {name: r["errors"] for name, r in report.items() if r["errors"]} == {}
    package, cwd = report[LESSONS[-1]]["stdout"].split()[-2:]
    assert Path(package).resolve().is_relative_to(installed.venv.resolve())
    assert Path(cwd) == workbook / "notebooks"
    saved = [json.loads(p.read_text(encoding="utf-8")) for p in (workbook / "notebooks" / "answers").glob("*.json")]
    assert [s["answers"]["install.check"]["value"] for s in saved] == ["a"]
    assert not list(installed.venv.rglob("answers/*.json")), "an answers file was written inside the environment"


def test_two_learners_with_their_own_workbooks_never_share_an_answers_file(installed):
    runner = installed.root / "runner.py"
    runner.write_text(RUNNER, encoding="utf-8")
    files = {}
    for learner, value in (("learner-b", "a"), ("learner-c", "b")):
        home, env = make_home(installed, learner)
        run([installed.venv / "bin" / "newslit", "workbook", home / "newslit"], env=env, cwd=home)
        out = run([installed.python, runner, home / "newslit", value, LESSONS[0]], env=env, cwd=home)
        assert json.loads(out.stdout)[LESSONS[0]]["errors"] == []
        (path,) = (home / "newslit" / "notebooks" / "answers").glob("*.json")
        files[learner] = path
    assert files["learner-b"] != files["learner-c"]
    assert json.loads(files["learner-b"].read_text())["answers"]["install.check"]["value"] == "a"
    assert json.loads(files["learner-c"].read_text())["answers"]["install.check"]["value"] == "b"


@pytest.mark.parametrize("command", [["check"], ["provenance", "--json"], ["figures", "--json"], ["framing", "--json"]])
def test_the_installed_command_prints_what_the_checkout_prints(installed, command):
    home, env = make_home(installed, f"cli-{command[0]}")
    from_wheel = run([installed.venv / "bin" / "newslit", *command], env=env, cwd=home).stdout
    checkout_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLIT_")}
    from_checkout = run([sys.executable, "-m", "newslit.cli", *command], env=checkout_env, cwd=REPO).stdout
    assert from_wheel == from_checkout
    assert len(from_wheel) > 100


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_newslit_lab_serves_the_workbook(installed):
    home, env = make_home(installed, "lab")
    port, token = free_port(), "install-test"
    base = f"http://127.0.0.1:{port}"
    env = {**env, "JUPYTER_PORT": str(port), "JUPYTER_TOKEN": token}
    server = subprocess.Popen(
        [installed.venv / "bin" / "newslit", "lab", home / "course"],
        env=env,
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        listing = None
        for _ in range(120):
            if server.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{base}/api/contents/notebooks?token={token}", timeout=5) as page:
                    listing = json.load(page)
                with urllib.request.urlopen(f"{base}/lab?token={token}", timeout=10) as page:
                    lab_page = page.read().decode("utf-8", errors="replace")
                break
            except OSError:
                time.sleep(0.5)
        assert listing is not None, (
            f"JupyterLab did not start: {server.stdout.read() if server.poll() is not None else ''}"
        )
        assert {item["path"] for item in listing["content"]} >= set(LESSONS)
        assert "JupyterLab" in lab_page
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert "Added: 00_start_here.ipynb" in output
