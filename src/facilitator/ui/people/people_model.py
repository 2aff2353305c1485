"""The people table: search, organisation and category filters, sorting - all in SQL."""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ... import labels
from ...services.people_search import PeopleSearch
from ...store.people import PeopleQuery
from ..common.lazy_table import Column, Index, LazyTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


INACTIVE_TIP = QT_TRANSLATE_NOOP("PeopleModel", "Inactive: kept for the attendance history, not invited any more.")


def _name(row: dict) -> str:
    return f"{row['family_name']}, {row['given_name']}".strip(", ")


COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("PeopleModel", "Name"), _name, sort="name"),
    Column("title", QT_TRANSLATE_NOOP("PeopleModel", "Title"), sort="title"),
    Column("organisation", QT_TRANSLATE_NOOP("PeopleModel", "Organisation"), sort="organisation"),
    Column("category", QT_TRANSLATE_NOOP("PeopleModel", "Category"), lambda row: labels.category(row["category"]),
           sort="category"),
    Column("email", QT_TRANSLATE_NOOP("PeopleModel", "Email"), sort="email"),
    Column("phone", QT_TRANSLATE_NOOP("PeopleModel", "Phone")),
]


class PeopleModel(LazyTableModel):
    context = "PeopleModel"

    def __init__(self, search: PeopleSearch, parent=None):
        super().__init__(COLUMNS, parent)
        self._search = search
        self.query = PeopleQuery()

    def set_query(self, **changes) -> None:
        """Change the filter (text=..., organisation_id=..., category=...) and requery."""
        self.query = replace(self.query, **changes)
        self.refresh()

    def query_ids(self, sort: str, descending: bool) -> list[int]:
        self.query = replace(self.query, sort=sort, descending=descending)
        return self._search.ids(self.query)

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        return self._search.rows(ids)

    def extra_data(self, index: Index, role: int):
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        inactive = row and not row.get("active", 1)
        if role == Qt.ItemDataRole.ForegroundRole and inactive:
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.FontRole and inactive:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and inactive:
            return _t(INACTIVE_TIP)
        return None
