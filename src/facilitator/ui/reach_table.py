"""The table behind each dashboard chart: a few dozen rows the user can sort and export.

Rows are small (one per session, organisation or category), so sorting runs in Python,
with Swedish order for text. The same rows become a :class:`SheetTable` for the
"Export table…" button, so the file holds exactly what the table shows.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain.collation import swedish_key
from ..formats.spreadsheet_export import ColumnKind, SheetTable
from . import labels

Index = QModelIndex | QPersistentModelIndex
# Translation context of the column headings (QT_TRANSLATE_NOOP'd where they are declared).
CONTEXT = "DashboardView"


class ReachTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], kinds: Sequence[ColumnKind], sheet_name: str, parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._kinds = list(kinds)
        self._sheet_name = sheet_name
        self._rows: list[tuple] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[tuple]) -> None:
        """New figures; the user's chosen sort order stays."""
        self.beginResetModel()
        self._rows = self._sorted(rows) if self._sort else list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[index.column()] == ColumnKind.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return QCoreApplication.translate(CONTEXT, self._headers[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def sheet(self) -> SheetTable:
        headings = [QCoreApplication.translate(CONTEXT, header) for header in self._headers]
        return SheetTable(headings, self._kinds, self._rows, QCoreApplication.translate(CONTEXT, self._sheet_name))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def _sorted(self, rows: list[tuple]) -> list[tuple]:
        column, order = self._sort
        # Empty cells first (last when descending), whatever the column holds.
        return sorted(rows, key=lambda row: _sort_key(row[column]), reverse=order == Qt.SortOrder.DescendingOrder)


def _sort_key(value: object) -> tuple:
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, swedish_key(value))
    return (1, value)


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return labels.date(value)
    return str(value)
