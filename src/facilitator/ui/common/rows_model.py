"""A small read-only table over a list of tuples: counts and summaries of a few dozen
rows (by organisation, by category). Not for data tables - those are lazy (lazy_table.py).
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSize, Qt

from .lazy_table import Index


class RowsModel(QAbstractTableModel):
    def __init__(self, context: str, headers: Sequence[str], parent=None,
                 first_column: Callable[[object], str] = str, numeric_columns: Sequence[int] | None = None):
        super().__init__(parent)
        # Right-aligned columns; by default all but the first (a name and its counts).
        self._numeric = set(range(1, len(headers)) if numeric_columns is None else numeric_columns)
        self._context = context
        self._headers = list(headers)  # QT_TRANSLATE_NOOP'd in ``context``
        self._first_column = first_column  # turns a stored code into words (e.g. a category)
        self._rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value, index.column())
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, 24)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, value: object, column: int) -> str:
        """A cell's text: the first column through ``first_column``, the rest as they are."""
        if column == 0:
            return self._first_column(value)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
