"""The check-in list: the session's invitees (and anyone already recorded) matching what
was typed, then - when typing names someone not on the list - people from the register.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ... import labels
from ...domain.enums import AttendanceMode
from ...services.check_in import CheckIn
from ..common.lazy_table import Column, Index, LazyTableModel

# Register people are offered as walk-ins only once a few letters narrow them down.
OTHERS_AFTER_CHARACTERS = 3


ON_SITE = QT_TRANSLATE_NOOP("CheckInModel", "On site")
REMOTE = QT_TRANSLATE_NOOP("CheckInModel", "Remote")
SUBSTITUTE_FOR = QT_TRANSLATE_NOOP("CheckInModel", "Substitute for %1")
WALK_IN = QT_TRANSLATE_NOOP("CheckInModel", "Walk-in (not invited)")
NOT_LISTED = QT_TRANSLATE_NOOP("CheckInModel", "Not on the list: Enter adds as walk-in")


def _t(source: str) -> str:
    return QCoreApplication.translate("CheckInModel", source)


def _present(row: dict) -> str:
    if not row["present"]:
        return ""
    return "✔ " + (_t(ON_SITE) if row["mode"] == AttendanceMode.ON_SITE else _t(REMOTE))


def _name(row: dict) -> str:
    return f"{row['given_name']} {row['family_name']}".strip()


def _about(row: dict) -> str:
    if row["substitute_for_name"]:
        return _t(SUBSTITUTE_FOR).replace("%1", row["substitute_for_name"])
    if row["walk_in"]:
        return _t(WALK_IN)
    if row["invitation"] is None:
        return _t(NOT_LISTED)
    return labels.invitation_status(row["invitation"])


COLUMNS = [
    Column("present", QT_TRANSLATE_NOOP("CheckInModel", "Here"), _present),
    Column("name", QT_TRANSLATE_NOOP("CheckInModel", "Name"), _name),
    Column("organisation", QT_TRANSLATE_NOOP("CheckInModel", "Organisation")),
    Column("title", QT_TRANSLATE_NOOP("CheckInModel", "Title")),
    Column("about", QT_TRANSLATE_NOOP("CheckInModel", "Invitation"), _about),
]


class CheckInModel(LazyTableModel):
    context = "CheckInModel"

    def __init__(self, check_in: CheckIn, session_id: int, parent=None):
        super().__init__(COLUMNS, parent)
        self._check_in = check_in
        self.session_id = session_id
        self.text = ""
        self.listed_count = 0  # rows before this index are on the session's list

    def set_text(self, text: str) -> None:
        self.text = text
        self.refresh()

    def query_ids(self, sort: str, descending: bool) -> list[int]:
        listed = self._check_in.ids(self.session_id, self.text)
        self.listed_count = len(listed)
        if len(self.text.strip()) < OTHERS_AFTER_CHARACTERS:
            return listed
        return listed + self._check_in.others(self.session_id, self.text)

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        return self._check_in.rows(self.session_id, ids)

    def is_listed(self, row: int) -> bool:
        return row < self.listed_count

    def extra_data(self, index: Index, role: int):
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        row = self.row_data(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.get("present"):
                return QColor("#1d6b35")
            if not self.is_listed(index.row()):
                return QColor("#6b7785")
        if role == Qt.ItemDataRole.FontRole and row.get("present") and index.column() <= 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The check-in list is always in name order (no sortable columns)."""
