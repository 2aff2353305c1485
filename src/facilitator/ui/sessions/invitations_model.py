"""A session's invitees: name, organisation, category, answer, when it changed, note."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ... import labels
from ...domain.timezone import from_utc_text
from ...services.invitations import Invitations
from ..common.lazy_table import Column, Index, LazyTableModel

STATUS_COLOURS = {"accepted": "#1d6b35", "declined": "#9b2c20", "no_reply": "#8a5a00", "invited": "#33475b"}


def _name(row: dict) -> str:
    return f"{row['family_name']}, {row['given_name']}".strip(", ")


def _changed(row: dict) -> str:
    return labels.date_time(from_utc_text(row["status_changed_at"]))


def _present(row: dict) -> str:
    return QCoreApplication.translate("InvitationsModel", "Present") if row["present"] else ""


COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("InvitationsModel", "Name"), _name, sort="name"),
    Column("organisation", QT_TRANSLATE_NOOP("InvitationsModel", "Organisation"), sort="organisation"),
    Column("category", QT_TRANSLATE_NOOP("InvitationsModel", "Category"),
           lambda row: labels.category(row["category"]), sort="category"),
    Column("status", QT_TRANSLATE_NOOP("InvitationsModel", "Answer"),
           lambda row: labels.invitation_status(row["status"]), sort="status"),
    Column("changed", QT_TRANSLATE_NOOP("InvitationsModel", "Changed"), _changed, sort="changed"),
    Column("present", QT_TRANSLATE_NOOP("InvitationsModel", "Attended"), _present),
    Column("note", QT_TRANSLATE_NOOP("InvitationsModel", "Note")),
]


@dataclass
class InvitationsQuery:
    session_id: int
    text: str = ""


class InvitationsModel(LazyTableModel):
    context = "InvitationsModel"

    def __init__(self, invitations: Invitations, session_id: int, parent=None):
        super().__init__(COLUMNS, parent)
        self._invitations = invitations
        self.query = InvitationsQuery(session_id)

    def set_text(self, text: str) -> None:
        self.query.text = text
        self.refresh()

    def query_ids(self, sort: str, descending: bool) -> list[int]:
        return self._invitations.ids(self.query.session_id, self.query.text, sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        return self._invitations.rows(ids)

    def extra_data(self, index: Index, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[index.column()].key == "status":
            return QColor(STATUS_COLOURS.get(self.row_data(index.row()).get("status"), "#33475b"))
        return None
