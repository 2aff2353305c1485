"""The attendance report in the window: the review dialog follows every decision, its
columns fit, two devices are explained, and a report of another day is asked about."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import shown_window, when_dialog_opens

from facilitator.domain.records import Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats.attendance import read_report
from facilitator.services.attendance_import import AttendanceImport
from facilitator.services.register import Register
from facilitator.store.invitations import WhoToInvite
from facilitator.ui.sessions.attendance_review_dialog import BECOMES, MATCH, AttendanceReviewDialog

DATA = Path(__file__).parent / "data"


@pytest.fixture
def gotland(document):
    """13 October 2026: Karin Ek (karin.ek@gotland.se) and Per Ängström are invited."""
    register = Register(document.db)
    ids = {name: register.add_person(Person(*name.split(), email=email)).ids("people")[0]
           for name, email in [("Karin Ek", "karin.ek@gotland.se"), ("Per Ängström", "per.angstrom@laholm.se"),
                               ("Maria Nilsson", "maria.nilsson@lansstyrelsen.se")]}
    start = datetime(2026, 10, 13, 9, tzinfo=STOCKHOLM)
    session = register.add_session(Session("Digital säkerhet", start, start.replace(hour=10, minute=31)))
    session_id = session.ids("sessions")[0]
    from facilitator.services.invitations import Invitations
    Invitations(document.db).invite(session_id, WhoToInvite(person_ids=(ids["Karin Ek"], ids["Per Ängström"])))
    return document, session_id, ids


def review_dialog(qtbot, document, session_id, report_path: Path) -> AttendanceReviewDialog:
    importer = AttendanceImport(document.db)
    report = read_report(report_path)
    dialog = AttendanceReviewDialog(importer, report, session_id, 15, Register(document.db).person_names(),
                                    fit=importer.session_fit(report, session_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def row_of(dialog: AttendanceReviewDialog, name: str) -> list[str]:
    row = next(row for row in range(dialog.model.rowCount()) if dialog.model.index(row, 0).data() == name)
    return [dialog.model.index(row, column).data() for column in range(dialog.model.columnCount())]


def select(dialog: AttendanceReviewDialog, name: str) -> None:
    dialog.ui.participants.clearSelection()
    dialog.ui.participants.selectRow(
        next(row for row in range(dialog.model.rowCount()) if dialog.model.index(row, 0).data() == name))


def test_issue_9_7_a_decision_shows_in_its_row_and_in_the_counts(qtbot, gotland, tmp_path):
    """Karin Ek's report address is not the registered one: probable until the lead confirms."""
    document, session_id, _ = gotland
    report = tmp_path / "report.csv"
    report.write_text("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                      "Karin Ek,karin@example.com,10/13/2026 09:00:00 AM,10/13/2026 10:30:00 AM,90,No\n"
                      "Okänd Gäst,,10/13/2026 09:05:00 AM,10/13/2026 10:00:00 AM,55,Yes\n", encoding="utf-8")
    dialog = review_dialog(qtbot, document, session_id, report)
    assert row_of(dialog, "Karin Ek")[MATCH] == "Probable"
    assert "1 to check" in dialog.ui.counts.text()
    tip = dialog.model.index(0, MATCH).data(Qt.ItemDataRole.ToolTipRole)
    assert "karin@example.com is not the one in the register" in tip
    select(dialog, "Karin Ek")
    dialog.ui.confirmButton.click()
    assert row_of(dialog, "Karin Ek")[MATCH:] == ["Confirmed", "Karin Ek", "Present"]
    assert dialog.ui.counts.text() == "1 matched · 0 to check · 1 not matched · 1 will be recorded"
    select(dialog, "Okänd Gäst")
    dialog.ui.walkInButton.click()
    assert row_of(dialog, "Okänd Gäst")[MATCH:] == ["New person", "", "Added as walk-in"]
    assert dialog.ui.counts.text() == "1 matched · 0 to check · 0 not matched · 2 will be recorded"
    assert dialog.ui.participants.selectionModel().selectedRows()  # the row stays selected


@pytest.mark.parametrize("language", ["en", "sv"])
def test_issue_9_7_every_column_fits_the_dialog(qtbot, gotland, languages, language):
    languages.apply(language)
    document, session_id, _ = gotland
    dialog = review_dialog(qtbot, document, session_id, DATA / "reports_zoom_two_devices.csv")
    table = dialog.ui.participants
    metrics = table.fontMetrics()
    for column in (MATCH, BECOMES):
        texts = [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]
        texts.append(dialog.model.headerData(column, Qt.Orientation.Horizontal))
        assert table.columnWidth(column) >= max(metrics.horizontalAdvance(text) for text in texts) + 8
    widths = sum(table.columnWidth(column) for column in range(dialog.model.columnCount()))
    assert widths <= table.viewport().width()  # nothing cut off at the right
    assert table.columnWidth(0) >= 150  # the names keep room


def test_two_devices_at_once_are_explained(qtbot, gotland):
    document, session_id, _ = gotland
    dialog = review_dialog(qtbot, document, session_id, DATA / "reports_zoom_two_devices.csv")
    assert dialog.ui.notes.isVisible()
    assert dialog.ui.notes.text() == ("1 participant was connected from two devices at once; the time their "
                                      "connections overlap is counted once.")
    row = next(row for row in range(dialog.model.rowCount())
               if dialog.model.index(row, 0).data() == "Per Ängström (laptop)")
    assert dialog.model.index(row, 2).data() == "91"
    assert "153 minutes added up, 91 minutes in the meeting" in dialog.model.index(row, 2).data(
        Qt.ItemDataRole.ToolTipRole)


def test_a_report_of_another_day_is_asked_about_and_can_be_left(qtbot, gotland, options):
    """The report is of 14 November 2022; the session is on 13 October 2026."""
    document, session_id, _ = gotland
    window = shown_window(qtbot, document, options)
    window.open_session(session_id)
    asked = []

    def cancel(box: QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_dialog_opens(cancel)
    window.session_page.import_report_file(DATA / "reports_teams_current_en_gb_utf16be.csv")
    assert asked == ["reports_teams_current_en_gb_utf16be.csv is a report of a meeting on 14 November 2022, but "
                     "this session is on 13 October 2026. Is it the report of this session?"]
    assert document.db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0


def test_a_report_of_the_session_s_day_is_not_asked_about(qtbot, gotland, options):
    document, session_id, ids = gotland
    window = shown_window(qtbot, document, options)
    window.open_session(session_id)
    seen = when_dialog_opens(lambda dialog: dialog.accept())
    window.session_page.import_report_file(DATA / "reports_zoom_two_devices.csv")
    assert isinstance(seen[0], AttendanceReviewDialog)
    assert document.db.execute("SELECT person_id, minutes FROM attendance ORDER BY person_id").fetchall() == [
        (ids["Karin Ek"], 76), (ids["Per Ängström"], 91), (ids["Maria Nilsson"], 93)]
