"""The printed and exported lists in the reader's language: column headings, the words
for stored codes, and the roster, sign-in sheet and attendance list as printouts.

Only QtCore (for translation), so the command line can use it without a window; the
words are literal strings in QCoreApplication.translate calls so lupdate collects them.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from .. import labels
from ..domain.enums import AttendanceMode, AttendanceSource, InvitationStatus, PersonCategory
from ..domain.timezone import STOCKHOLM
from ..formats.roster_html import Heading, PageHeading, Printout, roster_rows, sign_in_rows, table_html
from ..formats.spreadsheet_export import ColumnKind, SheetTable
from ..services.attendance_export import COLUMNS, Words
from ..services.rosters import Rosters, SessionFacts


def column_headings() -> dict[str, str]:
    """A heading per attendance column key, plus the sheet's name."""
    return {
        "family_name": QCoreApplication.translate("Printouts", "Family name"),
        "given_name": QCoreApplication.translate("Printouts", "Given name"),
        "organisation": QCoreApplication.translate("Printouts", "Organisation"),
        "title": QCoreApplication.translate("Printouts", "Title"),
        "category": QCoreApplication.translate("Printouts", "Category"),
        "email": QCoreApplication.translate("Printouts", "Email"),
        "session": QCoreApplication.translate("Printouts", "Session"),
        "session_start": QCoreApplication.translate("Printouts", "Session date"),
        "mode": QCoreApplication.translate("Printouts", "Took part"),
        "source": QCoreApplication.translate("Printouts", "Recorded by"),
        "joined": QCoreApplication.translate("Printouts", "Joined"),
        "left": QCoreApplication.translate("Printouts", "Left"),
        "minutes": QCoreApplication.translate("Printouts", "Minutes"),
        "walk_in": QCoreApplication.translate("Printouts", "Walk-in"),
        "substitute_for": QCoreApplication.translate("Printouts", "Substitute for"),
        "invitation_status": QCoreApplication.translate("Printouts", "Invitation"),
        "sheet": QCoreApplication.translate("Printouts", "Attendance"),
    }


def attendance_words() -> Words:
    return Words(
        column_headings(),
        {
            "category": {str(code): labels.category(code) for code in PersonCategory},
            "invitation_status": {str(code): labels.invitation_status(code) for code in InvitationStatus},
            "mode": {
                AttendanceMode.REMOTE: QCoreApplication.translate("Printouts", "Online"),
                AttendanceMode.ON_SITE: QCoreApplication.translate("Printouts", "In the room"),
            },
            "source": {
                AttendanceSource.MANUAL: QCoreApplication.translate("Printouts", "Check-in"),
                AttendanceSource.REPORT: QCoreApplication.translate("Printouts", "Meeting report"),
            },
            "walk_in": {
                "0": QCoreApplication.translate("Printouts", "No"),
                "1": QCoreApplication.translate("Printouts", "Yes"),
            },
        },
    )


def page_heading(facts: SessionFacts, document: str) -> PageHeading:
    when = ""
    if facts.start is not None:
        when = f"{labels.date(facts.start.astimezone(STOCKHOLM))} {labels.time_range(facts.start, facts.end)}"
    return PageHeading(document, facts.programme, facts.title, when, facts.room)


def _page_of() -> str:
    return QCoreApplication.translate("Printouts", "Page %1 of %2")


def roster(db: Database, session_id: int) -> Printout:
    """Invitees by organisation: name, title, category and invitation status."""
    rosters = Rosters(db)
    facts = rosters.facts(session_id)
    groups = [
        (
            organisation or QCoreApplication.translate("Printouts", "No organisation"),
            [
                (person.name, person.title, labels.category(person.category), labels.invitation_status(person.status))
                for person in people
            ],
        )
        for organisation, people in rosters.roster(session_id)
    ]
    headings = [
        Heading(QCoreApplication.translate("Printouts", "Name"), 34),
        Heading(QCoreApplication.translate("Printouts", "Title"), 30),
        Heading(QCoreApplication.translate("Printouts", "Category"), 20),
        Heading(QCoreApplication.translate("Printouts", "Status"), 16),
    ]
    return Printout(
        page_heading(facts, QCoreApplication.translate("Printouts", "Roster")),
        table_html(headings, roster_rows(groups)),
        _page_of(),
    )


def sign_in_sheet(db: Database, session_id: int, blank_rows: int) -> Printout:
    """Invitees by name with a signature column, then numbered blank rows for walk-ins."""
    rosters = Rosters(db)
    facts = rosters.facts(session_id)
    people = [(person.name, person.organisation, person.title) for person in rosters.sign_in(session_id)]
    headings = [
        Heading(QCoreApplication.translate("Printouts", "No."), 5),
        Heading(QCoreApplication.translate("Printouts", "Name"), 24),
        Heading(QCoreApplication.translate("Printouts", "Organisation"), 22),
        Heading(QCoreApplication.translate("Printouts", "Title"), 22),
        Heading(QCoreApplication.translate("Printouts", "Signature"), 27),
    ]
    html = table_html(headings, sign_in_rows(people, blank_rows), roomy=True)
    return Printout(page_heading(facts, QCoreApplication.translate("Printouts", "Sign-in sheet")), html, _page_of())


def attendance(db: Database, session_id: int, table: SheetTable, whole_programme: bool) -> Printout:
    """An exported attendance list as a printout: the same table, the same page header."""
    facts = Rosters(db).facts(session_id)
    document = (
        QCoreApplication.translate("Printouts", "Attendance, whole programme")
        if whole_programme
        else QCoreApplication.translate("Printouts", "Attendance list")
    )
    width = max(1, 100 // max(1, len(table.headings)))
    headings = [Heading(text, width) for text in table.headings]
    rows = [[_cell_text(value, kind) for value, kind in zip(row, table.kinds)] for row in table.rows]
    return Printout(page_heading(facts, document), table_html(headings, rows), _page_of())


def _cell_text(value: object, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if kind == ColumnKind.DATE_TIME:
        return labels.date_time(value)  # type: ignore[arg-type]
    return str(value)


def column_choices() -> Sequence[tuple[str, str]]:
    """(key, heading) of every column the user can choose, in the default order."""
    headings = column_headings()
    return [(column.key, headings[column.key]) for column in COLUMNS]
