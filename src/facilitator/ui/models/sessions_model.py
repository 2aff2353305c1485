"""The sessions table: time, title, focus area, status and invited/accepted/attended counts."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...domain.timezone import from_utc_text
from ...services.sessions_overview import SessionsOverview
from .. import labels
from .lazy_table import Column, Index, LazyTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionsModel", text)


def _when(row: dict) -> str:
    start, end = from_utc_text(row["start_utc"]), from_utc_text(row["end_utc"])
    if start is None:
        return _t("No time set")
    return f"{labels.date(start)}  {labels.time_range(start, end)}"


COLUMNS = [
    Column("start", lambda: _t("Date and time"), _when, sort="start"),
    Column("title", lambda: _t("Title"), sort="title"),
    Column("focus_area", lambda: _t("Focus area"), lambda row: labels.focus_area(row["focus_area"]),
           sort="focus_area"),
    Column("status", lambda: _t("Status"), lambda row: labels.session_status(row["status"]),
           sort="status"),
    Column("room", lambda: _t("Room")),
    Column("invited", lambda: _t("Invited"), align_right=True),
    Column("accepted", lambda: _t("Accepted"), align_right=True),
    Column("attended", lambda: _t("Attended"), align_right=True),
]


class SessionsModel(LazyTableModel):
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
