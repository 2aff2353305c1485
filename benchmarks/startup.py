"""Cold start: from launching Python to the first painted main window, and the peak memory
by then - Facilitator on the generated document against a bare PySide6 QMainWindow.

Each start is a fresh process (see first_paint.py), so imports, Qt's start, opening the
document and building every view are all inside the figure, as they are for a user.
App and baseline take turns (in alternating order) so drift on the machine hits both.
"Cold" means a new process, not an empty OS file cache: dropping the cache needs root,
and one unmeasured start of each first makes the file cache equally warm for every run.

Every child gets a new, empty home and settings folder, so each start is the same "open
this file" start (no remembered window geometry) and the user's own settings are never
read; the bytecode cache is shared (see children.isolated_env).
"""

import statistics
import tempfile
from pathlib import Path

from children import ChildRun, isolated_env, run_child
from report import Result, Target, progress

RUNS = 7
START_TARGET = Target(max_ratio=2.0)
MEMORY_TARGET = Target(max_ratio=1.5)


def run(db_path: Path, runs: int = RUNS) -> list[Result]:
    programs = {"app": ["app", str(db_path)], "bare": ["bare"]}
    for args in programs.values():
        _start(args)  # warm-up, not counted: file cache, bytecode cache
    starts: dict[str, list[ChildRun]] = {name: [] for name in programs}
    for number in range(runs):
        progress(f"startup: run {number + 1}/{runs}")
        for name in programs if number % 2 == 0 else reversed(programs):
            starts[name].append(_start(programs[name]))
    app, bare = starts["app"], starts["bare"]
    return [_start_time(app, bare), _peak_memory(app, bare)]


def _start(args: list[str]) -> ChildRun:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as home:
        return run_child("first_paint.py", args, isolated_env(Path(home)))


def _seconds_to_paint(run: ChildRun) -> float:
    return run.result["painted"] - run.started


def _peak_mib(run: ChildRun) -> float:
    return run.result["peak_rss_kib"] / 1024


def _start_time(app_runs: list[ChildRun], bare_runs: list[ChildRun]) -> Result:
    app, bare = [_seconds_to_paint(r) for r in app_runs], [_seconds_to_paint(r) for r in bare_runs]
    return Result(
        "cold start to first paint", statistics.median(app), statistics.median(bare), "s", START_TARGET,
        f"baseline: a bare PySide6 QMainWindow of the same size; median of {len(app)} fresh processes each",
        {"app_seconds": app, "bare_seconds": bare})


def _peak_memory(app_runs: list[ChildRun], bare_runs: list[ChildRun]) -> Result:
    app, bare = [_peak_mib(r) for r in app_runs], [_peak_mib(r) for r in bare_runs]
    return Result(
        "peak memory at first paint", statistics.median(app), statistics.median(bare), "MiB", MEMORY_TARGET,
        f"peak resident memory (VmHWM) of the same starts; median of {len(app)}",
        {"app_mib": app, "bare_mib": bare})
