"""Running a measured program as a fresh Python process and reading back what it measured.

Both sides of the protocol are here: the child calls :func:`emit` once with a JSON
object; the parent's :func:`run_child` starts it, returns the wall-clock time just before
the start together with that object, and waits for the child to exit. Anything else the
child prints (Qt warnings, say) is ignored, so only the marked line counts.

Every child gets :func:`isolated_env`: its own HOME and XDG folders, so a benchmark never
reads or writes the user's real Facilitator settings, the offscreen Qt platform, and a
bytecode cache.
"""

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MARKER = "BENCHMARK-RESULT "
BENCHMARKS_DIR = Path(__file__).resolve().parent
BYTECODE_CACHE = BENCHMARKS_DIR / ".data" / "pycache"
CHILD_TIMEOUT_SECONDS = 120


class ChildFailed(RuntimeError):
    """The child exited or timed out without reporting a result."""


@dataclass(frozen=True)
class ChildRun:
    started: float  # time.time() in the parent just before the child was started
    result: dict


def emit(result: dict) -> None:
    """In the child: hand ``result`` to the parent (one line, flushed at once)."""
    sys.stdout.write(MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()


def isolated_env(home: Path) -> dict[str, str]:
    """The environment for a child: settings, data and caches under ``home``, offscreen Qt."""
    env = dict(os.environ)
    folders = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data",
               "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime"}
    for variable, name in folders.items():
        folder = home / name
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[variable] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Start with compiled bytecode, as an installed app does, whatever this shell says;
    # kept under .data/ so running the benchmarks writes nothing into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    return env


def run_child(script: str, args: list[str], env: dict[str, str]) -> ChildRun:
    """Run ``benchmarks/<script>`` with this interpreter and return its reported result."""
    command = [sys.executable, str(BENCHMARKS_DIR / script), *args]
    started = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = process.communicate(timeout=CHILD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
    for line in stdout.splitlines():
        if line.startswith(MARKER):
            return ChildRun(started, json.loads(line[len(MARKER):]))
    raise ChildFailed(f"{script} {' '.join(args)} exited with {process.returncode} and no result:\n{stderr}")
