"""The sessions table: time, title, focus area, status and invited/accepted/attended counts."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ... import labels
from ...domain.timezone import from_utc_text
from ...services.sessions_overview import SessionsOverview
from ..common.lazy_table import Column, Index, LazyTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionsModel", text)


NO_TIME = QT_TRANSLATE_NOOP("SessionsModel", "No time set")


def _when(row: dict) -> str:
    start, end = from_utc_text(row["start_utc"]), from_utc_text(row["end_utc"])
    if start is None:
        return _t(NO_TIME)
    return f"{labels.date(start)}  {labels.time_range(start, end)}"


COLUMNS = [
    Column("start", QT_TRANSLATE_NOOP("SessionsModel", "Date and time"), _when, sort="start"),
    Column("title", QT_TRANSLATE_NOOP("SessionsModel", "Title"), sort="title"),
    Column("focus_area", QT_TRANSLATE_NOOP("SessionsModel", "Focus area"),
           lambda row: labels.focus_area(row["focus_area"]),
           sort="focus_area"),
    Column("status", QT_TRANSLATE_NOOP("SessionsModel", "Status"), lambda row: labels.session_status(row["status"]),
           sort="status"),
    Column("room", QT_TRANSLATE_NOOP("SessionsModel", "Room")),
    Column("invited", QT_TRANSLATE_NOOP("SessionsModel", "Invited"), align_right=True),
    Column("accepted", QT_TRANSLATE_NOOP("SessionsModel", "Accepted"), align_right=True),
    Column("attended", QT_TRANSLATE_NOOP("SessionsModel", "Attended"), align_right=True),
]


class SessionsModel(LazyTableModel):
    context = "SessionsModel"

    def __init__(self, overview: SessionsOverview, parent=None):
        super().__init__(COLUMNS, parent)
        self._overview = overview

    def query_ids(self, sort: str, descending: bool) -> list[int]:
        return self._overview.ids(sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        return self._overview.rows(ids)

    def extra_data(self, index: Index, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and self.row_data(index.row()).get("status") == "cancelled":
            return QColor("#8a96a3")
        return None
