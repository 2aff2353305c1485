"""Export a session's (or its programme's) attendance list: the format, the list, and
the columns in the order the user ticked and dragged them. The choice is remembered
in the settings and offered again next time."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget
from sqlite_utils import Database

from ...options import Options
from ...printing import pdf as printing
from ...printing import printouts
from ...services.attendance_export import (
    COLUMNS_BY_KEY,
    DEFAULT_COLUMNS,
    SUFFIXES,
    AttendanceExport,
    ExportFormat,
    chosen_columns,
)
from ..forms.ui_export_dialog import Ui_ExportDialog

KEY_ROLE = Qt.ItemDataRole.UserRole
AskPath = Callable[[QWidget, str, str], Path | None]


@dataclass(frozen=True)
class ExportChoice:
    export_format: ExportFormat
    keys: list[str]
    whole_programme: bool


class ExportDialog(QDialog):
    def __init__(self, options: Options, parent: QWidget | None = None):
        super().__init__(parent)
        self.options = options
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._fill_formats()
        self._fill_columns(chosen_columns(options.export_columns))
        self.ui.wholeProgramme.setChecked(options.export_whole_programme)
        self.ui.moveUp.clicked.connect(lambda: self._move(-1))
        self.ui.moveDown.clicked.connect(lambda: self._move(1))
        self.ui.defaults.clicked.connect(lambda: self._fill_columns(chosen_columns(DEFAULT_COLUMNS)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_buttons()

    def _format_names(self) -> list[tuple[ExportFormat, str]]:
        return [(ExportFormat.CSV_EXCEL, self.tr("CSV for Excel (Swedish: semicolons, UTF-8)")),
                (ExportFormat.CSV_PLAIN, self.tr("CSV, plain (commas, UTF-8)")),
                (ExportFormat.XLSX, self.tr("Excel workbook (.xlsx)")),
                (ExportFormat.PDF, self.tr("PDF, to print or send"))]

    def _fill_formats(self) -> None:
        chosen = self.ui.format.currentData() or self.options.export_format
        self.ui.format.clear()
        for export_format, name in self._format_names():
            self.ui.format.addItem(name, str(export_format))
        self.ui.format.setCurrentIndex(max(0, self.ui.format.findData(chosen)))

    def _fill_columns(self, chosen: list) -> None:
        """The chosen columns ticked, in their order, then the others unticked."""
        headings = printouts.column_headings()
        keys = [column.key for column in chosen]
        self.ui.columns.clear()
        for key in keys + [key for key in COLUMNS_BY_KEY if key not in keys]:
            item = QListWidgetItem(headings[key])
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)
            self.ui.columns.addItem(item)
        self.ui.columns.setCurrentRow(0)

    def _move(self, step: int) -> None:
        row = self.ui.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.columns.count():
            return
        item = self.ui.columns.takeItem(row)
        self.ui.columns.insertItem(target, item)
        self.ui.columns.setCurrentRow(target)

    def choice(self) -> ExportChoice:
        items = [self.ui.columns.item(row) for row in range(self.ui.columns.count())]
        keys = [item.data(KEY_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]
        return ExportChoice(ExportFormat(self.ui.format.currentData()), keys, self.ui.wholeProgramme.isChecked())

    def accept(self) -> None:
        """Remembers the choice for next time."""
        choice = self.choice()
        self.options.export_format = str(choice.export_format)
        self.options.export_columns = choice.keys
        self.options.export_whole_programme = choice.whole_programme
        super().accept()

    def _show_buttons(self) -> None:
        self.ui.buttons.button(self.ui.buttons.StandardButton.Ok).setText(self.tr("&Export…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_formats()
            self._fill_columns(chosen_columns(self.choice().keys))
            self._show_buttons()
        super().changeEvent(event)


def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested)
    return Path(path) if path else None


def export_attendance(parent: QWidget, db: Database, session_id: int, options: Options,
                      folder: Path, ask_path: AskPath = ask_save_path) -> Path | None:
    """The whole "Export attendance list…" action: choose, pick a file, write it.
    Returns the file written, or None when the user cancelled. Raises the services'
    NotFound for a session deleted meanwhile and OSError when the file cannot be written
    (nothing is left behind then)."""
    dialog = ExportDialog(options, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    name = QCoreApplication.translate("ExportDialog", "Attendance") + SUFFIXES[choice.export_format]
    target = ask_path(parent, QCoreApplication.translate("ExportDialog", "Export Attendance List"), str(folder / name))
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(SUFFIXES[choice.export_format])
    export = AttendanceExport(db)
    table = export.table(session_id, choice.keys, printouts.attendance_words(),
                         whole_programme=choice.whole_programme)
    if choice.export_format == ExportFormat.PDF:
        printing.write_pdf(printouts.attendance(db, session_id, table, choice.whole_programme), target,
                           landscape=len(table.headings) > 6)
    else:
        export.write(table, target, choice.export_format)
    return target
