"""The table behind each dashboard chart: a few dozen rows the user can sort and export.

Rows are small (one per session, organisation or category), so sorting runs in Python,
with Swedish order for text. The same rows become a :class:`SheetTable` for the
"Export table…" button, so the file holds exactly what the table shows.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt

from ... import labels
from ...domain.collation import swedish_key
from ...formats.spreadsheet_export import ColumnKind, SheetTable
from ..common.rows_model import RowsModel

# Translation context of the column headings (QT_TRANSLATE_NOOP'd where they are declared).
CONTEXT = "DashboardView"


class ReachTableModel(RowsModel):
    """A dashboard table: sortable by any column (Swedish order for text), exportable as
    the sheet the user sees."""

    def __init__(self, headers: Sequence[str], kinds: Sequence[ColumnKind], sheet_name: str, parent=None):
        numbers = [column for column, kind in enumerate(kinds) if kind == ColumnKind.NUMBER]
        super().__init__(CONTEXT, headers, parent, numeric_columns=numbers)
        self._kinds = list(kinds)
        self._sheet_name = sheet_name
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[tuple]) -> None:
        """New figures; the user's chosen sort order stays."""
        super().set_rows(self._sorted(rows) if self._sort else list(rows))

    def rows(self) -> list[tuple]:
        return list(self._rows)

    def display(self, value: object, column: int) -> str:
        return _display(value)

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
