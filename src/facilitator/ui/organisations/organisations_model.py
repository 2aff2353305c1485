"""Organisations as a two-level tree: kinds, then organisations with their people counts.

A few hundred rows at most, so the model reloads all of them on refresh; it is still
a plain QAbstractItemModel over SQL, not an item-widget copy of the data.
"""

from itertools import groupby

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QFont

from ... import labels
from ...domain.enums import OrganisationKind
from ...services.organisations_overview import OrganisationsOverview
from ..common.lazy_table import ID_ROLE, Index

# internalId (unsigned): 0 marks a kind row; an organisation row holds its kind's row + 1.
_KIND_ROW = 0
ROW_SIZE = QSize(-1, 28)


def _t(text: str) -> str:
    return QCoreApplication.translate("OrganisationsModel", text)


HEADERS = [QT_TRANSLATE_NOOP("OrganisationsModel", "Organisation"),
           QT_TRANSLATE_NOOP("OrganisationsModel", "Official code"),
           QT_TRANSLATE_NOOP("OrganisationsModel", "People"),
           QT_TRANSLATE_NOOP("OrganisationsModel", "Active people")]


class OrganisationsModel(QAbstractItemModel):
    def __init__(self, overview: OrganisationsOverview, parent=None):
        super().__init__(parent)
        self._overview = overview
        self._groups: list[tuple[OrganisationKind, list[dict]]] = []

    def refresh(self) -> None:
        rows = self._overview.rows()
        self.beginResetModel()
        self._groups = [(OrganisationKind(kind), list(members))
                        for kind, members in groupby(rows, key=lambda row: row["kind"])]
        self.endResetModel()

    def organisation_id(self, index: Index) -> int | None:
        return index.data(ID_ROLE) if index.isValid() else None

    def index_of(self, organisation_id: int) -> QModelIndex:
        for group_row, (_, members) in enumerate(self._groups):
            for row, member in enumerate(members):
                if member["id"] == organisation_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    # -- QAbstractItemModel --
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _KIND_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _KIND_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _KIND_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _KIND_ROW and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.SizeHintRole:
            return ROW_SIZE  # one fixed height for every row, roomy enough to read
        if index.internalId() == _KIND_ROW:
            return self._group_data(index, role)
        member = self._groups[index.internalId() - 1][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [member["name"], member["official_code"] or "", str(member["people"]),
                    str(member["active"])][index.column()]
        if role == ID_ROLE:
            return member["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, index: Index, role: int):
        kind, members = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{labels.organisation_kind(kind, plural=True)} ({len(members)})"
            if index.column() == 2:
                return str(sum(member["people"] for member in members))
            if index.column() == 3:
                return str(sum(member["active"] for member in members))
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return _t(HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Kind names follow a language switch (the rows themselves are unchanged)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))
