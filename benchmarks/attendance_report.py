"""Reading a 1 000-person Teams attendance report, against plain CSV parsing of the same file.

The report is written by tests/data/report_writer.py as Teams writes it: the current
generation ("1. Summary", "2. Participants", "3. In-Meeting Activities"), UTF-16LE with a
BOM, tabs, CRLF, en-US times with commas inside ("10/13/26, 9:00:04 AM"), durations as
"1h 2m 10s"; 1 000 people who each dropped out and came back twice (some on two devices
at once), so section 3 has about 3 000 rows. It is written once per run to a temporary
folder.

Timed: ``read_report(path, expected_day=...)`` - read the bytes, decode, split (tabs
first), find the sections and columns, read every time and duration, pair each person's
section-3 rows with their section-2 row and count overlapping connections once. The
reader's caches of parsed times and durations are emptied before each repetition, so
every read is a first read.

Baseline, on the same file: ``path.read_bytes().decode("utf-16")`` and ``csv.reader``
with the tab delimiter, every row listed - the least any reader must do.

One unmeasured repetition of each, then 9 each, alternating; medians. Target: ≤ 200 ms.
"""

import csv
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from report import Result, Target, alternate

from facilitator.formats.attendance import DateReader, read_report
from facilitator.formats.attendance.values import duration_seconds

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "data"))
import report_writer  # the tests' generator of reports, outside the package

PEOPLE = 1000
REPETITIONS = 9
DAY = date(2026, 10, 13)
TARGET = Target(max_value=200.0)


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    del db_path  # a report is read without a document
    meeting = report_writer.meeting(PEOPLE, seed=1, day=DAY, rejoins=2)
    style = report_writer.Style("teams_current", "en", "en_us", "utf-16-le", "\r\n")
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        path = Path(name) / "attendance report.csv"
        path.write_bytes(report_writer.write(meeting, style))
        rows = len(path.read_bytes().decode("utf-16").splitlines())
        samples = alternate({"app": lambda: _timed(_read, path), "csv": lambda: _timed(_csv, path)},
                            repetitions, "attendance report")
        participants = len(read_report(path, expected_day=DAY).participants)
    app = [seconds * 1000 for seconds in samples["app"]]
    baseline = [seconds * 1000 for seconds in samples["csv"]]
    note = (f"read_report of a Teams report (current generation, UTF-16LE, tabs, en-US times) of "
            f"{participants} people, {rows} lines in all (section 3 about {rows - PEOPLE - 20}); baseline: "
            f"decode + csv.reader of the same file; median of {len(app)} each, alternating")
    return [Result(f"read a {PEOPLE}-person attendance report", statistics.median(app), statistics.median(baseline),
                   "ms", TARGET, note, {"app_ms": app, "csv_ms": baseline, "lines": rows})]


def _timed(read, path: Path) -> float:
    started = time.perf_counter()
    read(path)
    return time.perf_counter() - started


def _read(path: Path) -> None:
    duration_seconds.cache_clear()
    DateReader._utc.cache_clear()
    read_report(path, expected_day=DAY)


def _csv(path: Path) -> None:
    text = path.read_bytes().decode("utf-16")
    list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
