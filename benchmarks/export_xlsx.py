"""Exporting the whole programme's attendance - 100 000 rows - to XLSX, against writing the
same rows directly with xlsxwriter in constant-memory mode.

On a copy of the generated document (the cached file is never written) the held
sessions get more attendance until the programme has exactly 100 000 attendance rows:
for each held session, people not yet there are drawn with a fixed seed, invited
(accepted) and marked present, 5 % of them as walk-ins without an invitation, with the
mode, source, join time and minutes a check-in or a meeting report gives.

The app's figure is what the user's click in the export dialog runs:
``AttendanceExport.table(session, every column, the app's words, whole_programme=True)``
(the query and the conversion into the reader's language and Stockholm times) and
``.write(table, path, ExportFormat.XLSX)``. The write-only part is a second figure, so
the writer is also compared on exactly the baseline's work.

The baseline takes the table's rows already in memory (the same values: text, numbers,
aware Stockholm datetimes) and writes them with ``xlsxwriter.Workbook(path,
{"constant_memory": True, "remove_timezone": True})`` - remove_timezone because
xlsxwriter refuses aware datetimes otherwise - a header row and ``write_row`` per row,
then ``close()``. Both write a file in a temporary folder.

One unmeasured repetition of each, then 3 each (one repetition of both takes ~15 s),
alternating; medians.
"""

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import xlsxwriter
from generate import _insert
from report import Result, Target, alternate

from facilitator.domain.enums import AttendanceMode, AttendanceSource, InvitationStatus
from facilitator.printing.printouts import attendance_words
from facilitator.services.attendance_export import COLUMNS, AttendanceExport, ExportFormat
from facilitator.store.document import Document

ROWS = 100_000
REPETITIONS = 3  # each, after one unmeasured repetition of each: a repetition takes ~15 s
RATIO_TARGET = Target(max_ratio=1.3)
ROWS_TEXT = f"{ROWS:,}".replace(",", " ")
SEED = 20261120
WALK_IN_SHARE = 0.05
KEYS = tuple(column.key for column in COLUMNS)  # every column: the largest export a user can ask for


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        folder = Path(name)
        copy = folder / "attendance.sqlite"
        shutil.copyfile(db_path, copy)
        session_id = _fill_attendance(copy, random.Random(SEED))
        document = Document.open(copy)
        try:
            app = AppExport(document, session_id, folder / "app.xlsx")
            rows = AttendanceExport(document.db).table(session_id, KEYS, attendance_words(),
                                                        whole_programme=True)
            if len(rows.rows) != ROWS:
                raise RuntimeError(f"the programme has {len(rows.rows)} attendance rows, not {ROWS}")
            samples = alternate({"app": app.export,
                                 "xlsxwriter": lambda: _xlsxwriter(rows.headings, rows.rows, folder / "direct.xlsx")},
                                repetitions, "export")
        finally:
            document.close()
    totals = [query + write for query, write in samples["app"]]
    writes = [write for _, write in samples["app"]]
    direct = samples["xlsxwriter"]
    baseline = (f"baseline: the same {ROWS_TEXT} rows, already in memory, written with xlsxwriter "
                f"Workbook(constant_memory) and write_row; median of {len(direct)} each, alternating")
    note = (f"AttendanceExport.table (whole programme, all {len(KEYS)} columns) + .write(XLSX), as the "
            f"export dialog runs them; query and conversion {statistics.median(q for q, _ in samples['app']):.2f} s; "
            + baseline)
    details = {"app_seconds": totals, "app_write_seconds": writes, "xlsxwriter_seconds": direct,
               "session_id": session_id}
    return [
        Result(f"XLSX export of {ROWS_TEXT} attendance rows", statistics.median(totals), statistics.median(direct),
               "s", RATIO_TARGET, note, details),
        Result(f"XLSX export of {ROWS_TEXT} rows, writing only", statistics.median(writes),
               statistics.median(direct), "s", RATIO_TARGET,
               "AttendanceExport.write(XLSX) alone, the table already made: exactly the baseline's work"),
    ]


def _fill_attendance(path: Path, rng: random.Random) -> int:
    """Attendance at the held sessions until the programme has ROWS rows; a held session's id."""
    document = Document.open(path)
    db = document.db
    try:
        held = [tuple(row) for row in db.execute(
            "SELECT id, start_utc, end_utc FROM sessions WHERE status = 'held' ORDER BY start_utc")]
        people = [row[0] for row in db.execute("SELECT id FROM people WHERE active = 1 ORDER BY id")]
        existing = db.execute("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
                              "WHERE s.programme_id = (SELECT programme_id FROM sessions WHERE id = ?)",
                              [held[0][0]]).fetchone()[0]
        missing = ROWS - existing
        with db.atomic():
            for number, (session_id, start, end) in enumerate(held):
                count = missing // len(held) + (1 if number < missing % len(held) else 0)
                there = {row[0] for row in db.execute(
                    "SELECT person_id FROM attendance WHERE session_id = ? UNION "
                    "SELECT person_id FROM invitations WHERE session_id = ?", [session_id, session_id])}
                chosen = rng.sample([p for p in people if p not in there], count)
                walk_ins = set(rng.sample(chosen, int(count * WALK_IN_SHARE)))
                _insert(db, "invitations", ({"person_id": p, "session_id": session_id,
                                             "status": str(InvitationStatus.ACCEPTED), "status_changed_at": start}
                                            for p in chosen if p not in walk_ins))
                _insert(db, "attendance", (_attendance(rng, p, session_id, start, end, p in walk_ins)
                                           for p in chosen))
    finally:
        document.close()
    return held[0][0]


def _attendance(rng: random.Random, person_id: int, session_id: int, start: str, end: str,
                walk_in: bool) -> dict[str, object]:
    reported = not walk_in and rng.random() < 0.6  # online attendance from the meeting report
    return {"person_id": person_id, "session_id": session_id, "present": 1,
            "mode": str(AttendanceMode.REMOTE if reported else rng.choice(list(AttendanceMode))),
            "source": str(AttendanceSource.REPORT if reported else AttendanceSource.MANUAL),
            "joined_utc": start, "left_utc": end if reported else None,
            "minutes": rng.randint(60, 150), "walk_in": int(walk_in)}


class AppExport:
    def __init__(self, document: Document, session_id: int, target: Path):
        self.export_service = AttendanceExport(document.db)
        self.session_id, self.target = session_id, target
        self.words = attendance_words()

    def export(self) -> tuple[float, float]:
        """(seconds for the table, seconds for writing it)."""
        started = time.perf_counter()
        table = self.export_service.table(self.session_id, KEYS, self.words, whole_programme=True)
        made = time.perf_counter()
        self.export_service.write(table, self.target, ExportFormat.XLSX)
        written = time.perf_counter()
        return made - started, written - made


def _xlsxwriter(headings, rows, target: Path) -> float:
    started = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True, "remove_timezone": True})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, headings)
    for number, row in enumerate(rows, start=1):
        sheet.write_row(number, 0, row)
    workbook.close()
    return time.perf_counter() - started
