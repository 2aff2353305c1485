"""File → Restore from Backup…: the open file's backups, newest first, with when each was
taken, why, and how many people and sessions it holds. Restoring backs up the current
content first (the application does that, see app.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...domain.timezone import STOCKHOLM
from ...store.backups import Backup, Backups

REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "attendance-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an attendance import"),
    "merge": QT_TRANSLATE_NOOP("RestoreDialog", "Before a merge"),
    "purge": QT_TRANSLATE_NOOP("RestoreDialog", "Before removing old personal data"),
    "migration": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
}


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("RestoreDialog", REASONS[reason]) if reason in REASONS else reason


class RestoreDialog(QDialog):
    def __init__(self, backups: Backups, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self._backups = backups.newest_first()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the backup to put back into the open file. What the file holds now is "
                               "backed up first, so this can be undone by restoring that backup. Backups are "
                               "kept in %1.").replace("%1", str(backups.folder)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("People"), self.tr("Sessions")])
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in self._backups:
            item = QTreeWidgetItem([labels.date_time(backup.taken_at.astimezone(STOCKHOLM)), reason_text(backup.reason),
                                    _count(backup.people), _count(backup.sessions)])
            self.list.addTopLevelItem(item)
        self.list.setColumnWidth(0, 150)
        self.list.setColumnWidth(1, 200)
        self.list.setColumnWidth(2, 90)
        layout.addWidget(self.list)
        if self._backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            layout.addWidget(QLabel(self.tr("There are no backups of this file yet.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self._backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *args: self.accept())
        layout.addWidget(self.buttons)
        self.resize(680, 380)

    def chosen(self) -> Backup | None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def accept(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore from Backup"), self.tr(
            "Put the backup from %1 back into the file? Changes made since then are replaced (they stay in the "
            "backup taken now).").replace("%1", labels.date_time(backup.taken_at.astimezone(STOCKHOLM))))
        if answer == QMessageBox.StandardButton.Yes:
            super().accept()


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)
