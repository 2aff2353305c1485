"""One session, opened from the Sessions view: its details, and tabs for the invitations,
the check-in on the day and the run-sheet.
"""

import re
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...domain.timezone import STOCKHOLM
from ...options import Options
from ...services.errors import NotReady
from ..common.background import run_and_wait
from ..common.resources import icon
from ..common.workspace import Workspace
from .check_in_view import CheckInView
from .invitations_view import InvitationsView
from .run_sheet_view import RunSheetView


class SessionPage(QWidget):
    # Asks the main window to go back to the list of sessions.
    back_requested = Signal()
    # Asks for the session dialog (the Sessions view edits sessions).
    edit_requested = Signal(int)
    # Asks for the Settings dialog (the organiser's name and email are missing).
    settings_requested = Signal()

    def __init__(self, workspace: Workspace, options: Options, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.options = options
        self.session_id = session_id
        self.back_button = QPushButton()
        self.back_button.setFlat(True)
        self.title = QLabel(objectName="heading", wordWrap=True)
        self.details = QLabel(objectName="summary")
        self.edit_button = QPushButton()
        self.calendar_button = QPushButton(icon=icon("sessions"))
        self.mail_button = QPushButton()
        self.attendance_button = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.attendance_menu = QMenu(self)
        self.import_report_action = self.attendance_menu.addAction("", self.import_attendance_report)
        self.export_action = self.attendance_menu.addAction("", self.export_attendance)
        self.print_roster_action = self.attendance_menu.addAction("", self.print_roster)
        self.attendance_button.setMenu(self.attendance_menu)
        self.tabs = QTabWidget()
        self.invitations = InvitationsView(workspace, session_id)
        self.check_in = CheckInView(workspace, session_id)
        self.run_sheet = RunSheetView(workspace, session_id)
        for tab in (self.invitations, self.check_in, self.run_sheet):
            self.tabs.addTab(tab, "")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (self.attendance_button, self.calendar_button, self.mail_button, self.edit_button):
            header.addWidget(button)
        self.actions_layout = header
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(header)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.session_id))
        self.calendar_button.clicked.connect(self.choose_calendar_file)
        self.mail_button.clicked.connect(self.write_to_invitees)
        workspace.changed.connect(self._on_changed)
        self._session = None
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        self._session = self.workspace.register.session(self.session_id)
        if self._session is None:  # deleted (for instance undone creation): back to the list
            self.back_requested.emit()
            return
        self._render()

    def _render(self) -> None:
        session = self._session
        if session is None:
            return
        self.title.setText(session.title)
        parts = [f"{labels.date(session.start)}  {labels.time_range(session.start, session.end)}"
                 if session.start else "", session.room, labels.focus_area(session.focus_area),
                 labels.session_status(session.status)]
        self.details.setText("  ·  ".join(part for part in parts if part))

    # -- calendar invitation and mail ----------------------------------------------------
    def choose_calendar_file(self) -> None:
        session = self._session
        if session is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(folder) / f"{safe_file_name(session.title)}.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Calendar Invitation"), suggestion,
                                              self.tr("Calendar invitations (*.ics)"))
        if path:
            self.save_calendar(path if path.endswith(".ics") else path + ".ics")

    def save_calendar(self, path: str) -> None:
        """Write the .ics (a cancellation once the session is cancelled) and say what it holds."""
        try:
            result = self.workspace.calendar.export(self.session_id, path, self.options.lead_name,
                                                    self.options.lead_email)
        except NotReady as problem:
            self._explain_not_ready(problem)
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Calendar invitation"), self.tr(
                "The file could not be written: %1. Choose another folder.")
                .replace("%1", error.strerror or str(error)))
            return
        text = self.tr("Cancellation for %n invitee(s) saved as %1", "", result.attendees) \
            if result.method == "CANCEL" else \
            self.tr("Calendar invitation for %n invitee(s) saved as %1", "", result.attendees)
        if result.skipped_without_email:
            text += " " + self.tr("(%n without an email address left out)", "", result.skipped_without_email)
        self.workspace.message.emit(text.replace("%1", path))

    def _explain_not_ready(self, problem: NotReady) -> None:
        if "start" in problem.missing:
            QMessageBox.information(self, self.tr("Calendar invitation"), self.tr(
                "This session has no start time yet. Set it with Edit Session, then save the invitation."))
            return
        answer = QMessageBox.question(self, self.tr("Calendar invitation"), self.tr(
            "A calendar invitation names its organiser: enter your name and email address in "
            "Settings first. Open Settings now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.settings_requested.emit()

    # -- attendance: report in, list out, roster on paper --------------------------------
    def import_attendance_report(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Attendance Report"), str(Path.home()),
            self.tr("Attendance reports from Teams, Zoom, Meet or Webex (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.import_report_file(Path(path))

    def import_report_file(self, path: Path) -> None:
        """Read an attendance report, check it is of this session's meeting, let the user
        review the matches, then record them."""
        from ...formats.attendance import read_report
        from ...formats.tables import UnreadableFile
        from ...services.attendance_import import AttendanceImport
        from .attendance_review_dialog import AttendanceReviewDialog

        session = self.workspace.register.session(self.session_id)
        day = session.start.astimezone(STOCKHOLM).date() if session and session.start else None
        try:
            report = run_and_wait(self, self.tr("Reading %1…").replace("%1", path.name),
                                  lambda progress, cancelled: read_report(path, expected_day=day))
        except (UnreadableFile, OSError) as error:
            reason = labels.unreadable(error) if isinstance(error, UnreadableFile) else (error.strerror or str(error))
            QMessageBox.warning(self, self.tr("Import Attendance Report"), self.tr(
                "%1 cannot be imported. %2").replace("%1", path.name).replace("%2", reason))
            return
        importer = AttendanceImport(self.workspace.document.db)
        fit = importer.session_fit(report, self.session_id)
        if not fit.date_matches and not self._import_another_day(path, fit):
            return
        dialog = AttendanceReviewDialog(importer, report, self.session_id, self.options.minimum_minutes_present,
                                        self.workspace.register.person_names(), self, fit=fit)
        dialog.ui.reportLabel.setText(self.tr("%1 · %n participant(s)", "", len(report.participants))
                                      .replace("%1", path.name))
        if not dialog.exec():
            return
        self.options.minimum_minutes_present = dialog.ui.minimum.value()
        self.workspace.document.back_up("attendance-import")  # a verified copy first (store/backups.py)
        result = dialog.apply()
        self.workspace.record(self.tr("Recorded attendance from %1: %n present", "", result.present)
                              .replace("%1", path.name), result.change)

    def _import_another_day(self, path: Path, fit) -> bool:
        """Ask before taking a report whose meeting was on another day than the session."""
        def day(value) -> str:  # "14 November 2022": never 11/12 that could be either
            return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

        when = day(fit.report_day)
        if fit.other_day and fit.other_day != fit.report_day:
            when = self.tr("%1 or %2 (its dates can be read either way)").replace("%1", when).replace(
                "%2", day(fit.other_day))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import Attendance Report"), self.tr(
            "%1 is a report of a meeting on %2, but this session is on %3. Is it the report of this session?")
            .replace("%1", path.name).replace("%2", when).replace("%3", day(fit.session_day)), parent=self)
        anyway = box.addButton(self.tr("&Import Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is anyway

    def export_attendance(self) -> None:
        from .export_dialog import export_attendance

        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        try:
            written = export_attendance(self, self.workspace.document.db, self.session_id, self.options, folder)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export Attendance List"), self.tr(
                "The file could not be written: %1. Choose another folder.")
                .replace("%1", error.strerror or str(error)))
            return
        if written:
            self.workspace.message.emit(self.tr("Exported the attendance list to %1").replace("%1", str(written)))

    def print_roster(self) -> None:
        from .print_dialog import print_roster

        print_roster(self, self.workspace.document.db, self.session_id)

    def write_to_invitees(self) -> None:
        from .mail_dialog import MailDialog

        MailDialog(self.workspace.mail, self.options, labels.language_code(), self.session_id, self).exec()

    def show_check_in(self) -> None:
        self.tabs.setCurrentWidget(self.check_in)
        self.check_in.search.setFocus()

    def show_run_sheet(self) -> None:
        self.tabs.setCurrentWidget(self.run_sheet)

    def print_run_sheet(self) -> None:
        """File → Print: the run-sheet, shown first so the user sees what is printed."""
        self.show_run_sheet()
        self.run_sheet.print_run_sheet()

    def close_page(self) -> None:
        """Before the page is thrown away: save what is being typed into the run-sheet."""
        self.run_sheet.save_typing()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "sessions" in tables:
            self.reload()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All sessions"))
        self.edit_button.setText(self.tr("E&dit Session…"))
        self.calendar_button.setText(self.tr("&Calendar Invitation…"))
        self.calendar_button.setToolTip(self.tr("Save an .ics file to send from Outlook or another calendar"))
        self.mail_button.setText(self.tr("&Write to Invitees…"))
        self.attendance_button.setText(self.tr("&Attendance"))
        self.import_report_action.setText(self.tr("Import Attendance Report…"))
        self.export_action.setText(self.tr("Export Attendance List…"))
        self.print_roster_action.setText(self.tr("Print Roster or Sign-in Sheet…"))
        self.tabs.setTabText(self.tabs.indexOf(self.invitations), self.tr("Invitations"))
        self.tabs.setTabText(self.tabs.indexOf(self.check_in), self.tr("Check-in"))
        self.tabs.setTabText(self.tabs.indexOf(self.run_sheet), self.tr("Run-sheet"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def safe_file_name(title: str) -> str:
    """A session title as a file name every system accepts."""
    return re.sub(r'[\\/:*?"<>|]+', "", title).strip(" .") or "session"
