"""The base of every data table: ids in display order, rows fetched a page at a time.

Filtering and sorting run in SQLite (a subclass's :meth:`query_ids`); the model only
keeps the ids and the rows that have been looked at, so 100 000 rows cost one id
list, not 100 000 Python dicts.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles any table model answers; Qt asks for several more per cell when painting.
SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                          Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                          Qt.ItemDataRole.ToolTipRole, ID_ROLE})

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row key it shows, its header, how to show the value."""

    key: str
    header: str  # source text, marked with QT_TRANSLATE_NOOP in the model's context
    display: Callable[[dict], str] | None = None
    sort: str | None = None  # the sort name understood by query_ids, None if not sortable
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    # Translation context of the column headers (the subclass's name).
    context = "LazyTableModel"

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.loaded = False  # no query has run yet

    # -- for subclasses -------------------------------------------------------------
    def query_ids(self, sort: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        raise NotImplementedError

    # -- refreshing ---------------------------------------------------------------
    def refresh(self) -> None:
        """Rerun the query (after a filter, sort or data change) and forget cached rows."""
        sort = self.columns[self.sort_column].sort or "default"
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        ids = self.query_ids(sort, descending)
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self.loaded = True
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        if self.loaded and (column, order) == (self.sort_column, self.sort_order):
            return  # Qt asks twice when a view sets its sort column: query once
        self.sort_column, self.sort_order = column, order
        if self.loaded:
            self.refresh()

    # -- lookups ------------------------------------------------------------------
    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        """The row showing ``row_id``, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> dict:
        row_id = self._ids[row]
        if row_id not in self._rows:
            self._load_page(row)
        return self._rows.get(row_id, {})

    def _load_page(self, row: int) -> None:
        start = max(0, row - PAGE_SIZE // 4)
        page = [row_id for row_id in self._ids[start : start + PAGE_SIZE] if row_id not in self._rows]
        if len(self._rows) > 20 * PAGE_SIZE:  # keep memory flat while scrolling far
            self._rows = {}
        self._rows.update(self.fetch_rows(page))

    # -- QAbstractTableModel --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in SERVED_ROLES or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_data(index.row())
            if not row:
                return None
            value = column.display(row) if column.display else row.get(column.key)
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(index, role)

    def extra_data(self, index: Index, role: int):
        """Subclasses add roles (e.g. greyed-out inactive rows) here."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def retranslate(self) -> None:
        """Headers and labels follow a language switch."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))
