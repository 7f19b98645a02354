"""Start and stop a JupyterLab server for the browser tests, isolated from the user's own.

The server runs on loopback with a random token, serves a temporary copy of the lessons
and test cases (JupyterLab writes checkpoints and may save outputs), and keeps its
config, runtime, settings, workspaces and learners' answers in a temporary folder.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

# Settings files written into the isolated JupyterLab settings folder.
LAB_SETTINGS = {
    # The "get notified about Jupyter news?" toast covers the bottom-right of the page.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    # Render every cell, not only the ones in view, so the tests see the whole notebook.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # The served copy is throwaway, but autosave would race with the tests' own actions.
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}

# Variables a developer may have set that would change what the lessons show.
CLEARED_ENV = ("NEWSLIT_CASE", "NEWSLIT_SHOW_EXPLICIT", "NEWSLIT_LEARNER", "NEWSLIT_ANSWERS_DIR", "JUPYTER_PATH")


@dataclass
class LabServer:
    """A running JupyterLab: where it is, how to log in, what it serves."""

    process: subprocess.Popen
    url: str
    token: str
    root: Path
    answers: Path
    log: Path

    def api(self, method: str, path: str) -> object:
        """Call the server's REST API; return the decoded JSON (or None)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shutdown_sessions(self) -> None:
        """Stop every kernel session, so the next test starts on a fresh kernel."""
        for session in self.api("GET", "/api/sessions") or []:
            try:
                self.api("DELETE", f"/api/sessions/{session['id']}")
            except urllib.error.HTTPError:
                pass

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_project(repo: Path, root: Path) -> None:
    """Copy what the lessons read into ``root``: notebooks/, seeds/ and tests/cases/."""
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "answers", "__pycache__")
    shutil.copytree(repo / "notebooks", root / "notebooks", ignore=skip)
    shutil.copytree(repo / "seeds", root / "seeds", ignore=skip)
    shutil.copytree(repo / "tests" / "cases", root / "cases", ignore=skip)


def start_lab(repo: Path, workdir: Path, *, timeout: float = 90.0) -> LabServer:
    """Start JupyterLab on loopback serving a copy of ``repo``; wait until it answers."""
    root, home = workdir / "project", workdir / "jupyter"
    copy_project(repo, root)
    settings = home / "lab-settings"
    for name, content in LAB_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content), encoding="utf-8")
    answers = workdir / "answers"
    env = {key: value for key, value in os.environ.items() if key not in CLEARED_ENV}
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        IPYTHONDIR=str(home / "ipython"),
        MPLCONFIGDIR=str(home / "matplotlib"),
        NEWSLIT_ANSWERS_DIR=str(answers),
        NEWSLIT_LEARNER="browser-test",
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    token, port = secrets.token_hex(16), free_port()
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        "--no-browser",
        f"--IdentityProvider.token={token}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=None",
        "--ServerApp.terminals_enabled=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI run as root; lab refuses otherwise
    log = workdir / "jupyterlab.log"
    process = launch(command, root, env, log)
    server = LabServer(process, f"http://127.0.0.1:{port}", token, root, answers, log)
    return wait_until_up(process, lambda: server.api("GET", "/api/status"), "JupyterLab", timeout, server, stop_lab)


def launch(command: list[str], cwd: Path, env: dict, log: Path) -> subprocess.Popen:
    """Start a server in its own process group (so it can be stopped with everything it spawned), output to ``log``."""
    with log.open("w") as handle:
        return subprocess.Popen(
            command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )


def wait_until_up(process, probe, name: str, timeout: float, server, stop):
    """Return ``server`` once ``probe()`` succeeds; stop it and say why if it exits or stays silent past ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with code {process.returncode}:\n{server.log_tail()}")
        try:
            if probe() is not False:
                return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            stop(server)
            raise RuntimeError(f"{name} did not answer within {timeout:.0f} s:\n{server.log_tail()}")
        time.sleep(0.25)


def stop_lab(server: LabServer, grace: float = 10.0) -> None:
    """Stop the server and its kernels (its whole process group)."""
    stop_group(server.process, grace)


def stop_group(process: subprocess.Popen, grace: float) -> None:
    """SIGTERM a server's whole process group, SIGKILL it if it has not ended within ``grace`` seconds."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(grace)
    except ProcessLookupError:
        pass
