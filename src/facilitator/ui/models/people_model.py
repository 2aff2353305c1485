"""The people table: search, organisation and category filters, sorting - all in SQL."""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ...services.people_search import PeopleSearch
from ...store.people import PeopleQuery
from .. import labels
from .lazy_table import Column, Index, LazyTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


def _name(row: dict) -> str:
    return f"{row['family_name']}, {row['given_name']}".strip(", ")


COLUMNS = [
    Column("name", lambda: _t("Name"), _name, sort="name"),
    Column("title", lambda: _t("Title"), sort="title"),
    Column("organisation", lambda: _t("Organisation"), sort="organisation"),
    Column("category", lambda: _t("Category"), lambda row: labels.category(row["category"]),
           sort="category"),
    Column("email", lambda: _t("Email"), sort="email"),
    Column("phone", lambda: _t("Phone")),
]


class PeopleModel(LazyTableModel):
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
        row = self.row_data(index.row())
        inactive = row and not row.get("active", 1)
        if role == Qt.ItemDataRole.ForegroundRole and inactive:
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.FontRole and inactive:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and inactive:
            return _t("Inactive: kept for the attendance history, not invited any more.")
        return None
