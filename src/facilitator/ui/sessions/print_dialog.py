"""Print a session's roster or sign-in sheet: a small chooser (which list, portrait or
landscape, blank rows for walk-ins), then Qt's print preview, from which the user
prints or saves a PDF. The preview paints with ui/printing.py, like "save as PDF"."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ...formats.roster_html import Printout
from ...printing import pdf as printing
from ...printing import printouts
from ...services.rosters import DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS


class PrintChoiceDialog(QDialog):
    """Which list to print, and how."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = QRadioButton()
        self.roster.setChecked(True)
        self.sign_in = QRadioButton()
        self.landscape = QCheckBox()
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(DEFAULT_BLANK_ROWS)
        self.sign_in.toggled.connect(self.blank_rows.setEnabled)
        self.blank_rows.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.roster)
        form.addRow(self.sign_in)
        self.blank_rows_label = QLabel()
        self.blank_rows_label.setBuddy(self.blank_rows)
        form.addRow(self.blank_rows_label, self.blank_rows)
        form.addRow(self.landscape)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print List"))
        self.roster.setText(self.tr("&Roster: invitees by organisation, with their answers"))
        self.sign_in.setText(self.tr("&Sign-in sheet: invitees by name, with a signature column"))
        self.blank_rows_label.setText(self.tr("&Blank rows for walk-ins:"))
        self.landscape.setText(self.tr("&Landscape"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview…"))

    def printout(self, db: Database, session_id: int) -> Printout:
        if self.sign_in.isChecked():
            return printouts.sign_in_sheet(db, session_id, self.blank_rows.value())
        return printouts.roster(db, session_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def preview_dialog(printout: Printout, landscape: bool, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview painting the printout; printing or saving a PDF from it gives
    what it shows."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(printing.page_layout(landscape))
    printer.setDocName(f"{printout.heading.document}: {printout.heading.session}")
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("PrintChoiceDialog", "Print Preview"))
    preview.paintRequested.connect(lambda device: printing.paint(printout, device))
    preview.printer = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    return preview


def print_roster(parent: QWidget, db: Database, session_id: int) -> None:
    """The whole "Print roster…" action: choose, then preview (print or save from there)."""
    chooser = PrintChoiceDialog(parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    preview_dialog(chooser.printout(db, session_id), chooser.landscape.isChecked(), parent).exec()
