"""The dashboard's refresh on 100 000 people and 1 000 000 attendance rows, against the same
aggregate SQL run directly in SQLite.

The document: a copy of the generated one (:mod:`generate`), whose attendance is topped
up to exactly 1 000 000 rows. Every non-cancelled session in the past (held) and enough
extra held sessions (``session_values`` through ``new_row``, as generate.py makes them)
get attendance for pseudo-randomly chosen (session, person) pairs that have none yet:
``present`` 1 for about 85 %, ``minutes`` 0-150, ``mode`` remote/on site, source "report".
The rows are added with one INSERT … SELECT per session in one transaction, the uuid made
in SQL by ``lower(hex(randomblob(16)))`` (32 hex digits where the app's ``new_uuid()``
writes 36 characters) - 900 000 rows through Python's ``new_row`` would take minutes
for no gain: reach.py never reads the uuid. The file is cached in ``benchmarks/.data/``
under a name holding the sizes, the schema version and :data:`ATTENDANCE_VERSION`.

Timed: ``Reach(db).overview()``, exactly what ``DashboardView.refresh`` reads, on a
document opened as the app opens it (``Document.open``). Baseline: the statements that
one ``overview()`` call ran, recorded with ``sqlite3``'s trace callback (expanded SQL,
parameters in the text), re-run with ``fetchall()`` on a plain connection from
``connect()`` to the same file. So the baseline is exactly the app's SQL and follows it
when reach.py changes; the difference is Python's work around it (row objects, the
sums and the gaps it fills). One unmeasured call of each, then 9 each, alternating; median.

Optionally a second figure without a target: ``DashboardView.refresh()`` in-process
(offscreen ``QApplication``, the view shown at 1200×700) - the queries plus filling the
labels, tables and charts - against the same baseline.
"""

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import generate
from report import Result, Target, alternate, progress

from facilitator.domain.enums import FocusArea, SessionStatus
from facilitator.domain.records import Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.reach import Reach
from facilitator.store.changes import new_row
from facilitator.store.connection import connect
from facilitator.store.document import Document
from facilitator.store.migrations import SCHEMA_VERSION
from facilitator.store.sessions import session_values

ATTENDANCE = 1_000_000
ATTENDANCE_VERSION = 1  # raise when the added attendance changes
REPETITIONS = 9
RATIO_TARGET = Target(max_ratio=1.5)
SEED = 20261201

# One session's new attendance: people picked by a per-session stride through the ids
# (so each session gets a different spread), skipping those who already have a row.
ADD_SQL = """INSERT INTO attendance (uuid, created_at, updated_at, person_id, session_id, present,
    mode, source, joined_utc, minutes)
SELECT lower(hex(randomblob(16))), :now, :now, p.id, :session, (abs(random()) % 100) < 85,
    CASE WHEN abs(random()) % 2 THEN 'remote' ELSE 'on_site' END, 'report', :joined, abs(random()) % 151
FROM people p
WHERE (p.id * :stride + :offset) % :modulus < :wanted_per_mille
    AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = :session AND a.person_id = p.id)
LIMIT :limit"""


def cached_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-attendance{ATTENDANCE}-schema{SCHEMA_VERSION}"
                             f"-att{ATTENDANCE_VERSION}.sqlite")


def ensure_database(db_path: Path) -> Path:
    path = cached_path(db_path)
    if not path.exists():
        progress(f"dashboard: building {path.name} (once)")
        build(db_path, path)
    return path


def build(source: Path, path: Path) -> None:
    partial = path.with_name(path.name + ".partial")
    for leftover in generate._sidecars(partial):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, partial)
    document = Document.open(partial)
    try:
        fill(document.db.conn, random.Random(SEED))
    finally:
        document.close()
    os.replace(partial, path)
    for leftover in generate._sidecars(partial):
        leftover.unlink(missing_ok=True)


def fill(conn: sqlite3.Connection, rng: random.Random) -> None:
    """Attendance up to exactly :data:`ATTENDANCE` rows, at held sessions, in one transaction."""
    with conn:
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        have = conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
        held = list(conn.execute(
            "SELECT id, start_utc FROM sessions WHERE status = 'held' ORDER BY id"))
        per_session = people * 6 // 10  # 60 % of the register at each session
        missing = ATTENDANCE - have
        needed = -(-missing // per_session) - len(held)
        programme_id = conn.execute("SELECT id FROM programmes ORDER BY id LIMIT 1").fetchone()[0]
        first = datetime(generate.YEAR - 1, 9, 1, 9, 0, tzinfo=STOCKHOLM)
        for number in range(max(0, needed)):  # extra held sessions, the year before
            start = first + timedelta(weeks=number)
            values = new_row(session_values(Session(
                f"Regional träff {number + 1}", start, start + timedelta(hours=2), programme_id,
                FocusArea.DIGITAL_COMPETENCE, "Microsoft Teams", "", "", 200, SessionStatus.HELD, "")))
            columns = list(values)
            cursor = conn.execute(f"INSERT INTO sessions ({', '.join(columns)}) "
                                  f"VALUES ({', '.join(':' + c for c in columns)})", values)
            held.append((cursor.lastrowid, values["start_utc"]))
        now = datetime.now(STOCKHOLM).isoformat()
        for session_id, start in held:
            if missing <= 0:
                break
            cursor = conn.execute(ADD_SQL, {
                "now": now, "session": session_id, "joined": start, "stride": rng.randrange(1, 997, 2),
                "offset": rng.randrange(1000), "modulus": 1000, "wanted_per_mille": 650,
                "limit": min(missing, per_session)})
            missing -= cursor.rowcount
        total = conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
        if total != ATTENDANCE:
            raise RuntimeError(f"made {total} attendance rows, not {ATTENDANCE}")


def record_statements(path: Path) -> list[str]:
    """The expanded SQL of every statement one ``overview()`` runs, in order."""
    document = Document.open(path)
    statements: list[str] = []
    try:
        document.db.conn.set_trace_callback(statements.append)
        Reach(document.db).overview()
        document.db.conn.set_trace_callback(None)
    finally:
        document.close()
    return statements


class AppOverview:
    def __init__(self, path: Path):
        self.document = Document.open(path)
        self.reach = Reach(self.document.db)

    def measure(self) -> float:
        started = time.perf_counter()
        self.reach.overview()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.document.close()


class SqliteOverview:
    def __init__(self, path: Path, statements: list[str]):
        self.db = connect(path)
        self.statements = statements

    def measure(self) -> float:
        conn = self.db.conn
        started = time.perf_counter()
        for statement in self.statements:
            conn.execute(statement).fetchall()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.db.close()


class ViewRefresh:
    """``DashboardView.refresh`` in-process, offscreen, as the app shows it."""

    def __init__(self, path: Path):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from facilitator.ui.dashboard.dashboard_view import DashboardView

        self.app = QApplication.instance() or QApplication([])
        self.document = Document.open(path)
        self.workspace, options = _workspace(self.document)
        self.view = DashboardView(self.workspace, options)
        self.view.resize(1200, 700)
        self.view.show()
        self.app.processEvents()

    def measure(self) -> float:
        started = time.perf_counter()
        self.view.refresh()
        self.app.processEvents()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.app.processEvents()
        self.document.close()


def _workspace(document: Document):
    from PySide6.QtCore import QSettings

    from facilitator.options import Options
    from facilitator.ui.common.workspace import Workspace

    settings = QSettings(str(Path(tempfile.gettempdir()) / "facilitator-bench-settings.ini"),
                         QSettings.Format.IniFormat)  # never the user's settings
    return Workspace(document), Options(settings)


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    path = ensure_database(db_path)
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        copy = Path(name) / "dashboard.sqlite"
        shutil.copyfile(path, copy)  # Document.open writes a lock file; the cache stays untouched
        statements = record_statements(copy)
        sides = {"app": AppOverview(copy), "sqlite": SqliteOverview(copy, statements)}
        try:
            timings = alternate({n: s.measure for n, s in sides.items()}, repetitions, "dashboard")
        finally:
            for side in sides.values():
                side.close()
        view_ms: list[float] = []
        try:
            view = ViewRefresh(copy)
            try:
                view.measure()  # builds the view on first refresh; not counted
                view_ms = [view.measure() for _ in range(5)]
            finally:
                view.close()
        except Exception as error:  # the second figure is optional; the first must still count
            progress(f"dashboard: view refresh not measured ({error!r})")
    app, sql = timings["app"], timings["sqlite"]
    base = statistics.median(sql)
    note = (f"Reach(db).overview() (what DashboardView.refresh reads) on 100 000 people and "
            f"{ATTENDANCE:,} attendance rows".replace(",", " ") +
            f"; baseline: the {len(statements)} statements one overview() ran (sqlite3 trace, expanded SQL), "
            f"re-run with fetchall() on a plain connection; median of {len(app)} each, alternating")
    results = [Result("dashboard refresh: Reach.overview()", statistics.median(app), base, "ms",
                      RATIO_TARGET, note, {"app_ms": app, "sqlite_ms": sql, "statements": statements})]
    if view_ms:
        results.append(Result("dashboard refresh: DashboardView.refresh()", statistics.median(view_ms), base,
                              "ms", None, "the view's refresh() in-process (offscreen, 1200×700) incl. "
                              "processEvents, after one unmeasured refresh; median of 5; same baseline",
                              {"view_ms": view_ms}))
    return results
