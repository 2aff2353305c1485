"""Paginated printing of a printout: one QTextDocument laid out in page-sized pieces,
with the page header (list, session, programme, date, room) and "page x of y" painted
on every page, and the table's heading row repeated at the top of each page (Qt does
that for a ``<thead>`` row when the document has a page size).

The same painting serves the print preview (QPrintPreviewDialog.paintRequested hands a
QPrinter) and "save as PDF" (QPdfWriter), so what is previewed is what is saved. Only
QtGui: the command line prints PDFs without loading any widgets.
"""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..formats.atomic_file import write_atomically
from ..formats.roster_html import PageHeading, Printout

MARGINS_MM = QMarginsF(15, 15, 15, 12)
HEADER_GAP_PT, FOOTER_GAP_PT = 8.0, 6.0


def page_layout(landscape: bool) -> QPageLayout:
    """A4 with the margins every printout uses."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint(printout: Printout, device: QPagedPaintDevice) -> int:
    """Paint every page on ``device`` (a QPrinter or QPdfWriter, its page layout already
    set); return the number of pages."""
    painter = QPainter(device)
    try:
        return _paint_pages(printout, device, painter)
    finally:
        painter.end()


def _paint_pages(printout: Printout, device: QPagedPaintDevice, painter: QPainter) -> int:
    area = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
    width = area.width()
    points = device.resolution() / 72.0
    title_font, detail_font, footer_font = _fonts()
    header_height = (QFontMetricsF(title_font, device).height() + QFontMetricsF(detail_font, device).height()
                     + HEADER_GAP_PT * points)
    footer_height = QFontMetricsF(footer_font, device).height() + FOOTER_GAP_PT * points
    body_height = area.height() - header_height - footer_height
    document = _laid_out(printout.html, device, QSizeF(width, body_height))
    pages = document.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        _paint_header(painter, printout.heading, width, (title_font, detail_font))
        painter.save()
        painter.translate(0, header_height - page * body_height)
        document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
        painter.restore()
        footer = printout.page_of.replace("%1", str(page + 1)).replace("%2", str(pages))
        painter.setFont(footer_font)
        painter.drawText(QRectF(0, area.height() - footer_height, width, footer_height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), footer)
    return pages


def _laid_out(html: str, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """The table laid out for the device's resolution, cut into pages of ``page`` size."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(page)
    return document


def _fonts() -> tuple[QFont, QFont, QFont]:
    title = QFont("sans-serif")
    title.setPointSizeF(12)
    title.setBold(True)
    detail = QFont("sans-serif")
    detail.setPointSizeF(9)
    footer = QFont("sans-serif")
    footer.setPointSizeF(8)
    return title, detail, footer


def _paint_header(painter: QPainter, heading: PageHeading, width: float, fonts: tuple[QFont, QFont]) -> None:
    """Line 1: the list and the session, bold. Line 2: programme · date and time · room."""
    title_font, detail_font = fonts
    painter.setFont(title_font)
    title_height = QFontMetricsF(title_font, painter.device()).height()
    title = f"{heading.document}: {heading.session}" if heading.session else heading.document
    painter.drawText(QRectF(0, 0, width, title_height), int(Qt.AlignmentFlag.AlignLeft), title)
    painter.setFont(detail_font)
    details = " · ".join(part for part in (heading.programme, heading.when, heading.room) if part)
    painter.drawText(QPointF(0, title_height + QFontMetricsF(detail_font, painter.device()).ascent()), details)


def pdf_bytes(printout: Printout, landscape: bool = False) -> tuple[bytes, int]:
    """The printout as an A4 PDF made in memory, and its number of pages (a
    QGuiApplication must exist)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(landscape))
    writer.setTitle(f"{printout.heading.document}: {printout.heading.session}")
    writer.setCreator("Facilitator")
    pages = paint(printout, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(printout: Printout, target: Path, landscape: bool = False) -> int:
    """Save the printout as a PDF file, whole or not at all; return its number of pages."""
    content, pages = pdf_bytes(printout, landscape)
    write_atomically(target, content)
    return pages
