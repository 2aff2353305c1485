"""File → Remove Old Personal Data…: the retention purge. Choose the date (by default the
retention period in Settings back from today), preview who would be removed, then remove
them - with a backup first. People who attended stay counted in past reach, anonymously."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...options import Options
from ...services.privacy import Privacy, PurgePlan
from ...store.backups import BackupFailed
from ..common.workspace import Workspace
from . import document_errors


def months_before(day: date, months: int) -> date:
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, 28))


class PurgeDialog(QDialog):
    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove Old Personal Data"))
        self._workspace = workspace
        self._privacy = Privacy(workspace.document.db, workspace.document.backups)
        self.plan: PurgePlan | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Personal data is kept no longer than needed. This removes everyone who has had nothing to do with a "
            "session since the date below: not invited to or attending anything of a programme that was still "
            "running then, and not changed since. Those who attended stay counted in the reach of past "
            "programmes, without name or contact details. A backup is made first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.cutoff = QDateEdit(QDate(months_before(today or date.today(), options.retention_months)))
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat("yyyy-MM-dd")
        self.cutoff.dateChanged.connect(self.preview)
        form.addRow(self.tr("No activity since:"), self.cutoff)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People who would be removed"))
        layout.addWidget(self.people)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button: QPushButton = self.buttons.addButton(self.tr("&Remove"),
                                                                 QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.preview()

    def preview(self) -> None:
        self.plan = self._privacy.purge_plan(self.cutoff.date().toPython())
        self.people.clear()
        for person in self.plan.erased:
            kept = self.tr(" (counted in reach, anonymously)") if person.id in self.plan.anonymised else ""
            self.people.addItem(f"{person.name}  {person.email}{kept}".strip())
        ended = ", ".join(f"{programme.name} ({programme.ended})" for programme in self.plan.programmes)
        self.summary.setText(self.tr("%n person(s) would be removed.", "", len(self.plan.erased)) + " "
                             + (self.tr("Programmes ended before then: %1.").replace("%1", ended) if ended
                                else self.tr("No programme had ended before then.")))
        self.remove_button.setEnabled(not self.plan.is_empty)

    def purge(self) -> None:
        if self.plan is None or self.plan.is_empty:
            return
        answer = QMessageBox.question(self, self.tr("Remove Old Personal Data"), self.tr(
            "Remove %n person(s)? This cannot be undone (the backup made first holds them until it ages out).",
            "", len(self.plan.erased)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self._privacy.purge(self.plan)
        except BackupFailed as error:
            document_errors.show_write_problem(self, error)
            return
        self._workspace.forget_history()
        self._workspace.changed.emit(frozenset({"people", "invitations", "attendance"}))
        self._workspace.message.emit(self.tr("Removed %n person(s) with no recent activity", "", result.erased))
        self.preview()
