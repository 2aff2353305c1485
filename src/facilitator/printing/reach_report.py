"""The reach report for management and the national coordinator: a cover, then each of
the dashboard's tables (with bars) - as a PDF, or as a workbook with one sheet per table.

By default it holds only aggregates: no names, no email addresses. Asked to, it adds
the attendance list (who attended what). QtGui only (no widgets), so the command line
can write it too.
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from .. import labels
from ..domain.timezone import STOCKHOLM, from_utc_text
from ..formats import reference
from ..formats.atomic_file import replace_atomically
from ..formats.reach_report_html import Bars, Cover, ReportTable, report_html
from ..formats.roster_html import PageHeading, Printout
from ..formats.spreadsheet_export import ColumnKind, write_workbook
from ..services.attendance_export import AttendanceExport
from ..services.reach import Overview, Reach
from ..store import settings
from . import pdf as printing
from . import printouts

TEXT, NUMBER, DATE = ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE
ATTENDANCE_KEYS = [
    "family_name",
    "given_name",
    "organisation",
    "title",
    "category",
    "session",
    "session_start",
    "minutes",
]


def report_tables(db: Database, overview: Overview, *, with_attendance: bool = False) -> list[ReportTable]:
    """The report's tables in the reader's language; names only ``with_attendance``."""
    tables = [
        ReportTable(
            QCoreApplication.translate("ReachReport", "Invited, accepted, attended"),
            [QCoreApplication.translate("ReachReport", "Stage"), QCoreApplication.translate("ReachReport", "People")],
            [TEXT, NUMBER],
            [
                (QCoreApplication.translate("ReachReport", "Invited"), overview.funnel.invited),
                (QCoreApplication.translate("ReachReport", "Accepted"), overview.funnel.accepted),
                (QCoreApplication.translate("ReachReport", "Attended"), overview.funnel.attended),
            ],
            Bars(0, 1),
        ),
        ReportTable(
            QCoreApplication.translate("ReachReport", "Attendance per session"),
            [
                QCoreApplication.translate("ReachReport", "Date"),
                QCoreApplication.translate("ReachReport", "Session"),
                QCoreApplication.translate("ReachReport", "Invited"),
                QCoreApplication.translate("ReachReport", "Accepted"),
                QCoreApplication.translate("ReachReport", "Attended"),
                QCoreApplication.translate("ReachReport", "No-shows"),
            ],
            [DATE, TEXT, NUMBER, NUMBER, NUMBER, NUMBER],
            [
                (
                    _local(session.start_utc),
                    session.title,
                    session.invited,
                    session.accepted,
                    session.attended,
                    session.no_shows,
                )
                for session in overview.sessions
            ],
            Bars(1, 4),
        ),
        ReportTable(
            QCoreApplication.translate("ReachReport", "Reach by category"),
            [
                QCoreApplication.translate("ReachReport", "Category"),
                QCoreApplication.translate("ReachReport", "In register"),
                QCoreApplication.translate("ReachReport", "Reached"),
                QCoreApplication.translate("ReachReport", "Target"),
            ],
            [TEXT, NUMBER, NUMBER, NUMBER],
            [(labels.category(row.category), row.people, row.reached, row.target) for row in overview.categories],
            Bars(0, 2),
        ),
        ReportTable(
            QCoreApplication.translate("ReachReport", "Reach by organisation"),
            [
                QCoreApplication.translate("ReachReport", "Organisation"),
                QCoreApplication.translate("ReachReport", "In register"),
                QCoreApplication.translate("ReachReport", "Reached"),
                QCoreApplication.translate("ReachReport", "Target"),
            ],
            [TEXT, NUMBER, NUMBER, NUMBER],
            [(row.name, row.people, row.reached, row.target) for row in overview.organisations],
            Bars(0, 2),
        ),
        ReportTable(
            QCoreApplication.translate("ReachReport", "Organisations with nobody reached yet"),
            [
                QCoreApplication.translate("ReachReport", "Organisation"),
                QCoreApplication.translate("ReachReport", "In register"),
            ],
            [TEXT, NUMBER],
            [(row.name, row.people) for row in overview.organisations if row.people and not row.reached],
            empty_text=QCoreApplication.translate("ReachReport", "Someone has been reached in every organisation."),
        ),
    ]
    if overview.is_national:
        tables.append(
            ReportTable(
                QCoreApplication.translate("ReachReport", "Reach per county against its target"),
                [
                    QCoreApplication.translate("ReachReport", "County"),
                    QCoreApplication.translate("ReachReport", "Reached"),
                    QCoreApplication.translate("ReachReport", "Target"),
                ],
                [TEXT, NUMBER, NUMBER],
                [(_county(row.county_code), row.reached, row.target) for row in overview.counties],
                Bars(0, 1),
            )
        )
    if with_attendance:
        tables.append(_attendance_table(db))
    return tables


def _attendance_table(db: Database) -> ReportTable:
    first_session = db.execute("SELECT id FROM sessions ORDER BY start_utc LIMIT 1").fetchone()
    if first_session is None:
        return ReportTable(QCoreApplication.translate("ReachReport", "Attendance list"), [], [], [])
    sheet = AttendanceExport(db).table(
        first_session[0], ATTENDANCE_KEYS, printouts.attendance_words(), whole_programme=True
    )
    return ReportTable(
        QCoreApplication.translate("ReachReport", "Attendance list"), sheet.headings, sheet.kinds, sheet.rows
    )


def cover(db: Database, overview: Overview, *, with_attendance: bool) -> Cover:
    programme = db.execute("SELECT name FROM programmes ORDER BY id LIMIT 1").fetchone()
    county = settings.get(db, settings.COUNTY_CODE)
    headline = overview.headline
    reached = (
        QCoreApplication.translate("ReachReport", "%1 of %2 reached (%3 %)")
        .replace("%1", str(headline.reached))
        .replace("%2", str(headline.target))
        .replace("%3", str(headline.percent))
        if headline.target
        else QCoreApplication.translate("ReachReport", "%1 reached").replace("%1", str(headline.reached))
    )
    note = (
        QCoreApplication.translate("ReachReport", "With the attendance list: this report holds personal data.")
        if with_attendance
        else QCoreApplication.translate("ReachReport", "Figures only: no names or email addresses.")
    )
    return Cover(
        QCoreApplication.translate("ReachReport", "Reach report"),
        programme[0] if programme else "",
        QCoreApplication.translate("ReachReport", "All counties") if overview.is_national else _county(county),
        labels.date(datetime.now(STOCKHOLM)),
        reached,
        note,
    )


def write_report(db: Database, target: Path, *, as_pdf: bool, with_attendance: bool = False) -> None:
    """Write the report whole or not at all (PDF needs a QGuiApplication)."""
    overview = Reach(db).overview()
    tables = report_tables(db, overview, with_attendance=with_attendance)
    if not as_pdf:
        replace_atomically(target, lambda path: write_workbook([table.sheet() for table in tables], path))
        return
    front = cover(db, overview, with_attendance=with_attendance)
    html = report_html(front, tables, lambda moment: labels.date(moment))
    heading = PageHeading(front.title, front.programme, front.region, front.date, "")
    printing.write_pdf(Printout(heading, html, QCoreApplication.translate("Printouts", "Page %1 of %2")), target)


def _local(start_utc: str | None) -> datetime | None:
    start = from_utc_text(start_utc)
    return start.astimezone(STOCKHOLM).replace(tzinfo=None) if start else None


def _county(code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("ReachReport", "(no county)")
    try:
        return reference.county(code).name
    except KeyError:
        return code
