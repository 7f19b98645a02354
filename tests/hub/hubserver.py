"""Start and stop a real JupyterHub on loopback for the class test.

The hub is the one from the package index (``jupyterhub``), in front of
configurable-http-proxy from the npm registry (``make hub-proxy`` installs it into
``tests/hub/node_modules``). Learners log in through the DummyAuthenticator (any password;
loopback only), and SimpleLocalProcessSpawner starts each one's server from this project's
virtual environment, in a home folder of their own under the test's temporary folder. The
hub's config sets ``NEWSLIT_CLASS_DIR`` as a real hub's would.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from browser.server import CLEARED_ENV, LAB_SETTINGS, free_port, launch, stop_group, wait_until_up

HERE = Path(__file__).resolve().parent
PROXY = HERE / "node_modules" / ".bin" / "configurable-http-proxy"

CONFIG = """\
# Written by tests/hub/hubserver.py: a throwaway hub on loopback.
import os

c = get_config()  # noqa: F821
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.should_start = True
c.JupyterHub.db_url = "sqlite:///{work}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{work}/jupyterhub_cookie_secret"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"  # any password: a test on loopback only
c.Authenticator.allowed_users = {users!r}
c.Authenticator.admin_users = {{"teacher"}}
c.JupyterHub.spawner_class = "simple"  # SimpleLocalProcessSpawner: a home of their own, no Unix user
c.SimpleLocalProcessSpawner.home_dir_template = "{homes}/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.Spawner.args = [
    "--LabApp.expose_app_in_browser=True",
    "--LabApp.news_url=None",
    "--ServerApp.terminals_enabled=False",
] + (["--allow-root"] if os.geteuid() == 0 else [])
c.Spawner.environment = {{
    # What a real hub's config sets: the class folder learners hand in to.
    "NEWSLIT_CLASS_DIR": "{class_dir}",
    # Each learner's answers beside the notebooks in their own home (an editable install
    # would otherwise find this checkout's notebooks/answers).
    "NEWSLIT_ANSWERS_DIR": lambda spawner: "{homes}/" + spawner.user.name + "/newslit/notebooks/answers",
    "JUPYTERLAB_SETTINGS_DIR": "{settings}",
    "MPLCONFIGDIR": lambda spawner: "{homes}/" + spawner.user.name + "/.matplotlib",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}}
"""


@dataclass
class Hub:
    """A running hub: where it is, what it serves, where each learner's home and the class folder are."""

    process: subprocess.Popen
    url: str
    work: Path
    homes: Path
    class_dir: Path
    log: Path

    def log_tail(self, lines: int = 60) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def make_workbook_repo(repo: Path, target: Path) -> str:
    """A git repository holding the workbook (notebooks, seeds, .gitignore) on ``main``; return its URL."""
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "answers", "__pycache__")
    shutil.copytree(repo / "notebooks", target / "notebooks", ignore=skip)
    shutil.copytree(repo / "seeds", target / "seeds", ignore=skip)
    shutil.copy(repo / ".gitignore", target / ".gitignore")
    git = ["git", "-c", "user.name=Teacher", "-c", "user.email=teacher@school.invalid"]
    subprocess.run(["git", "init", "-q", "-b", "main", str(target)], check=True)
    subprocess.run([*git, "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "the workbook"], cwd=target, check=True)
    return target.as_uri()


def start_hub(work: Path, users: list[str], *, timeout: float = 90.0) -> Hub:
    """Start JupyterHub on a free loopback port; wait until its API answers."""
    homes, class_dir, settings = work / "homes", work / "class", work / "lab-settings"
    homes.mkdir(parents=True)
    class_dir.mkdir()
    for name, content in LAB_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content), encoding="utf-8")
    port = free_port()
    config = CONFIG.format(
        port=port,
        hub_port=free_port(),
        api_port=free_port(),
        proxy=str(PROXY),
        work=work,
        users=set(users),
        homes=homes,
        singleuser=str(Path(sys.executable).with_name("jupyterhub-singleuser")),
        class_dir=class_dir,
        settings=settings,
    )
    (work / "jupyterhub_config.py").write_text(config, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in CLEARED_ENV and not key.startswith("JUPYTER")}
    env["CONFIGPROXY_AUTH_TOKEN"] = secrets.token_hex(32)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    log = work / "jupyterhub.log"
    process = launch([sys.executable, "-m", "jupyterhub", "-f", str(work / "jupyterhub_config.py")], work, env, log)
    hub = Hub(process, f"http://127.0.0.1:{port}", work, homes, class_dir, log)

    def answers() -> bool:
        with urllib.request.urlopen(f"{hub.url}/hub/api", timeout=5) as response:
            return response.status == 200

    return wait_until_up(process, answers, "JupyterHub", timeout, hub, stop_hub)


def stop_hub(hub: Hub, grace: float = 20.0) -> None:
    """Stop the hub, its proxy and every learner's server (the whole process group, then stragglers)."""
    stop_group(hub.process, grace)  # on SIGTERM the hub stops the servers it spawned (cleanup_servers)
