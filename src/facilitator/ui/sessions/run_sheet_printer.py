"""Printing a run-sheet through a preview, and exporting it as a PDF or a web page.

The page itself is made by formats/run_sheet_html.py from words translated here; Qt's
QTextDocument renders it for the printer and the PDF.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QObject, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import labels
from ...domain.records import Session
from ...formats.run_sheet_html import AgendaLine, Headings, RunSheetPrintout, run_sheet_html
from ..common.workspace import Workspace
from .segments_model import SegmentsModel, planned_start


class RunSheetPrinter(QObject):
    """Prints and exports the run-sheet as ``model`` last loaded it (the view saves what
    is being typed before it asks)."""

    def __init__(self, model: SegmentsModel, workspace: Workspace, parent: QWidget):
        super().__init__(parent)
        self._model = model
        self._workspace = workspace
        self._parent = parent  # dialogs open over it

    def html(self) -> str:
        """The run-sheet as a web page."""
        session = self._session()
        lines = [AgendaLine(planned_start(item), labels.segment_kind(item.segment.kind), item.segment.title,
                            item.segment.planned_minutes, item.segment.questions, item.segment.notes)
                 for item in self._model.planned]
        when = f"{labels.date(session.start)}  {labels.time_range(session.start, session.end)}" \
            if session.start else ""
        headings = Headings(self.tr("Run-sheet"), self.tr("Time"), self.tr("Segment"), self.tr("Min"),
                            self.tr("Discussion questions"), self.tr("Notes"), self.tr("Room"), self.tr("Total"))
        return run_sheet_html(RunSheetPrintout(session.title, when, session.room, lines, headings,
                                               QLocale().bcp47Name()))

    def _session(self) -> Session:
        """The session as last loaded (a blank one if it has just been deleted)."""
        return self._model.session or Session("")

    def print_preview(self) -> None:
        document = QTextDocument(self)
        document.setHtml(self.html())
        preview = QPrintPreviewDialog(self._parent)
        preview.setWindowTitle(self.tr("Print Run-Sheet"))
        preview.paintRequested.connect(document.print_)
        preview.exec()
        document.deleteLater()

    def export(self) -> None:
        """Ask where, then save as PDF or as a web page."""
        pdf, web = self.tr("PDF document (*.pdf)"), self.tr("Web page (*.html)")
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = folder / _file_name(self.tr("Run-sheet %1").replace("%1", self._session().title), ".pdf")
        path, chosen = QFileDialog.getSaveFileName(self._parent, self.tr("Export Run-Sheet"), str(suggested),
                                                   f"{pdf};;{web}")
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".pdf", ".html", ".htm"):
                target = target.with_name(target.name + (".html" if chosen == web else ".pdf"))
            self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Save as PDF, or as a web page for a .html name; says so in the status bar."""
        html = self.html()
        web_page = path.suffix.lower() in (".html", ".htm")
        data = html.encode("utf-8") if web_page else _pdf_bytes(html, self._session().title)
        try:
            path.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self._parent, self.tr("Not exported"), self.tr("Could not save %1: %2")
                                .replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            return False
        self._workspace.message.emit(self.tr("Exported the run-sheet to %1").replace("%1", str(path)))
        return True


def _file_name(text: str, suffix: str) -> str:
    """A file name from a title: no characters Windows or macOS refuse."""
    cleaned = "".join("-" if char in '<>:"/\\|?*' else char for char in text).strip(" .")
    return (cleaned or "run-sheet") + suffix


def _pdf_bytes(html: str, title: str) -> bytes:
    """The page as an A4 PDF, made in memory so that saving it reports errors like any file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF
    return bytes(buffer.data())
