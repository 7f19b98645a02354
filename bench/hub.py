"""Section "hub" of the benchmark: what one learner costs a hub, and ten learners at once.

1. **Memory of one learner's server after every lesson.** A real JupyterLab server (the
   single-user server a hub starts) serving a copy of the workbook; each lesson 00-04 is
   opened as a learner opens it (a session through the server's REST API, so the server
   starts the kernel), and every code cell is run in that kernel, in order. Then the memory
   of the server and all its kernels is read with psutil: RSS (what ``top`` shows), PSS
   (shared libraries split between the processes that share them: the fair share on a
   machine that runs many learners) and USS (only this learner's). Reported for two cases:
   every lesson's kernel still open (a learner who never closes a tab) and one lesson open
   at a time (the server plus the largest kernel: a learner who shuts each lesson's kernel
   down, or a server that culls idle kernels).
2. **Ten learners run lesson 01 at once.** Ten kernels (one per learner, as on ten
   learners' servers of one machine), each with lesson 01 open, press Run All at the same
   moment; for each, the time from that moment to the first output on the page (the
   first cell that shows anything) and to the last cell done. Beside it, one learner
   alone on the same machine, in the same run. Reported: median and p95.

Nothing here is asserted; bench/run.py writes the figures to bench/results.json.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LESSONS = [f"notebooks/{p.name}" for p in sorted((REPO / "notebooks").glob("0[0-4]_*.ipynb"))]
TARGET_MB = 300
SHOWN = ("display_data", "execute_result", "stream", "error")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _copy_workbook(root: Path) -> None:
    skip = shutil.ignore_patterns(".ipynb_checkpoints", "answers", "__pycache__")
    shutil.copytree(REPO / "notebooks", root / "notebooks", ignore=skip)
    shutil.copytree(REPO / "seeds", root / "seeds", ignore=skip)


def _clean_env(work: Path) -> dict:
    (work / "jupyter").mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSLIT_", "JUPYTER"))}
    env.update(
        NEWSLIT_ANSWERS_DIR=str(work / "answers"),
        NEWSLIT_LEARNER="bench-learner",
        JUPYTER_CONFIG_DIR=str(work / "jupyter" / "config"),
        JUPYTER_RUNTIME_DIR=str(work / "jupyter" / "runtime"),
        JUPYTER_DATA_DIR=str(work / "jupyter" / "data"),
        IPYTHONDIR=str(work / "jupyter" / "ipython"),
        MPLCONFIGDIR=str(work / "jupyter" / "matplotlib"),
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    return env


def code_cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


def run_cells(client, cells: list[str], start: float, timeout: float = 600) -> dict:
    """Run ``cells`` in order in the kernel behind ``client``; times (s) from ``start`` to the first output and the end."""
    first: list[float] = []
    errors: list[str] = []
    where = {"cell": None, "kind": None, "running": 0}

    def hook(message):
        kind = message["header"]["msg_type"]
        if kind in SHOWN and not first:
            first.append(time.perf_counter() - start)
            where.update(cell=where["running"], kind=kind)
        if kind == "error":
            errors.append(f"{message['content']['ename']}: {message['content']['evalue']}"[:200])

    for number, source in enumerate(cells):
        where["running"] = number
        client.execute_interactive(source, timeout=timeout, output_hook=hook, store_history=False)
    return {
        "first_output_s": first[0] if first else None,
        "first_output_code_cell": where["cell"],
        "first_output_kind": where["kind"],
        "done_s": time.perf_counter() - start,
        "errors": errors,
    }


# ---- 1. memory ---------------------------------------------------------------------------------


def _api(url: str, token: str, method: str = "GET", body: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


def _memory(process) -> dict:
    """RSS, PSS and USS (MB) of ``process`` and all its children."""
    import psutil

    rows = []
    for proc in [process, *process.children(recursive=True)]:
        try:
            info = proc.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rows.append(
            {
                "pid": proc.pid,
                "name": " ".join(proc.cmdline()[1:3])[-60:],
                "rss_mb": info.rss / 2**20,
                "pss_mb": getattr(info, "pss", info.rss) / 2**20,
                "uss_mb": info.uss / 2**20,
            }
        )
    return {key: round(sum(r[key] for r in rows), 1) for key in ("rss_mb", "pss_mb", "uss_mb")} | {"processes": rows}


def bench_memory() -> dict:
    """One learner's server after running every lesson (see the module docstring)."""
    import psutil
    from jupyter_client import BlockingKernelClient

    work = Path(tempfile.mkdtemp(prefix="newslit-bench-hub-"))
    _copy_workbook(work / "home")
    token, port = secrets.token_hex(16), _free_port()
    env = _clean_env(work)
    command = [
        sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={work / 'home'}", "--ip=127.0.0.1",
        f"--port={port}", "--port-retries=0", "--no-browser", f"--IdentityProvider.token={token}",
        "--ServerApp.terminals_enabled=False",
    ] + (["--allow-root"] if os.geteuid() == 0 else [])  # fmt: skip
    log = (work / "server.log").open("w")
    server = subprocess.Popen(
        command, env=env, cwd=work / "home", stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"jupyter lab exited: {(work / 'server.log').read_text()[-1500:]}")
            try:
                _api(f"{url}/api/status", token)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("jupyter lab did not start within 90 s") from None
                time.sleep(0.25)
        process = psutil.Process(server.pid)
        idle = _memory(process)
        kernels, per_lesson = [], []
        for lesson in LESSONS:
            session = _api(
                f"{url}/api/sessions",
                token,
                "POST",
                {"path": lesson, "type": "notebook", "name": "", "kernel": {"name": "python3"}},
            )
            connection = Path(env["JUPYTER_RUNTIME_DIR"]) / f"kernel-{session['kernel']['id']}.json"
            for _ in range(200):
                if connection.exists():
                    break
                time.sleep(0.05)
            client = BlockingKernelClient(connection_file=str(connection))
            client.load_connection_file()
            client.start_channels(hb=False)  # no heartbeat: on a loaded machine a slow beat reads as a dead kernel
            client.wait_for_ready(timeout=120)
            ran = run_cells(client, code_cells(work / "home" / lesson), time.perf_counter())
            client.stop_channels()
            kernels.append(session["kernel"]["id"])
            per_lesson.append({"lesson": lesson, "seconds": round(ran["done_s"], 1), "errors": ran["errors"]})
        time.sleep(1.0)
        everything = _memory(process)
        server_only = next(r for r in everything["processes"] if r["pid"] == server.pid)
        kernel_rows = [r for r in everything["processes"] if r["pid"] != server.pid]
        largest = max(kernel_rows, key=lambda r: r["pss_mb"])
        one_at_a_time = {key: round(server_only[key] + largest[key], 1) for key in ("rss_mb", "pss_mb", "uss_mb")}
        return {
            "what": "a JupyterLab server with lessons 00-04 each run in its own kernel (every code cell, in order)",
            "server_idle": {k: v for k, v in idle.items() if k != "processes"},
            "all_lessons_open": {k: v for k, v in everything.items() if k != "processes"},
            "one_lesson_open": one_at_a_time,
            "per_process": [
                {k: (round(v, 1) if isinstance(v, float) else v) for k, v in r.items()} for r in everything["processes"]
            ],
            "lessons": per_lesson,
            "target_mb": TARGET_MB,
        }
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


# ---- 2. ten learners at once -------------------------------------------------------------------


def _learners_at_once(count: int, work: Path) -> list[dict]:
    """``count`` kernels with lesson 01 open press Run All at the same moment; each one's times."""
    from jupyter_client.manager import start_new_kernel

    lesson = work / "home" / "notebooks" / "01_compare_outlets.ipynb"
    cells = code_cells(lesson)
    ready = threading.Barrier(count + 1)
    go = threading.Event()
    start_at: list[float] = []
    results: queue.Queue = queue.Queue()

    def learner(number: int) -> None:
        env = _clean_env(work) | {"NEWSLIT_LEARNER": f"learner-{number}"}
        km = kc = None
        try:
            km, kc = start_new_kernel(kernel_name="python3", cwd=str(lesson.parent), env=env, startup_timeout=120)
            ready.wait(timeout=300)
            go.wait(timeout=300)
            results.put(run_cells(kc, cells, start_at[0]))
        except Exception as error:  # reported, never fatal to the others
            if not ready.broken:
                ready.abort()
            results.put({"error": f"{type(error).__name__}: {error}"[:300]})
        finally:
            if kc is not None:
                kc.stop_channels()
            if km is not None:
                km.shutdown_kernel(now=True)

    threads = [threading.Thread(target=learner, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    try:
        ready.wait(timeout=300)
    except threading.BrokenBarrierError:
        pass
    start_at.append(time.perf_counter())
    go.set()
    for thread in threads:
        thread.join(timeout=900)
    return [results.get() for _ in range(results.qsize())]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


def _summary(runs: list[dict]) -> dict:
    good = [r for r in runs if "error" not in r and r["first_output_s"] is not None]
    first = [r["first_output_s"] for r in good]
    done = [r["done_s"] for r in good]
    return {
        "learners": len(runs),
        "ran": len(good),
        "errors": sorted({r.get("error") or e for r in runs for e in ([r["error"]] if "error" in r else r["errors"])}),
        "first_output_median_s": round(statistics.median(first), 2) if first else None,
        "first_output_p95_s": round(_p95(first), 2) if first else None,
        "run_all_median_s": round(statistics.median(done), 2) if done else None,
        "run_all_p95_s": round(_p95(done), 2) if done else None,
        "first_output": sorted({f"code cell {r['first_output_code_cell']} ({r['first_output_kind']})" for r in good}),
    }


def bench_class(learners: int = 10) -> dict:
    """One learner alone, then ``learners`` at once, on lesson 01 (see the module docstring)."""
    work = Path(tempfile.mkdtemp(prefix="newslit-bench-class-"))
    _copy_workbook(work / "home")
    try:
        alone = _summary(_learners_at_once(1, work))
        together = _summary(_learners_at_once(learners, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = (
        round(together["first_output_p95_s"] / alone["first_output_median_s"], 1)
        if together["first_output_p95_s"] and alone["first_output_median_s"]
        else None
    )
    return {
        "what": f"{learners} kernels with lesson 01 open press Run All at once, on {os.cpu_count()} CPUs",
        "load_average_before": [round(x, 1) for x in os.getloadavg()],
        "alone": alone,
        "together": together,
        "p95_over_alone": ratio,
    }


def bench_hub(learners: int = 10) -> dict:
    return {"memory": bench_memory(), "class": bench_class(learners)}


if __name__ == "__main__":
    print(json.dumps(bench_hub(int(sys.argv[1]) if len(sys.argv) > 1 else 10), indent=1))
