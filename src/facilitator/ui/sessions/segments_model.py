"""A session's run-sheet as a table: planned start, kind, title and minutes per segment.

A run-sheet has a handful of rows, so the model loads them all on refresh; it still
follows the lazy-table pattern (ids in order, rows by id) so it behaves like every
other table. The running segment is shown bold on a yellow ground, those already over
in grey, as the window's clock moves on.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ... import labels
from ...domain.records import Session
from ...domain.timezone import STOCKHOLM
from ...services.run_sheet import PlannedSegment, RunSheet, plan
from ..common.lazy_table import Column, Index, LazyTableModel

CONTEXT = "SegmentsModel"
CURRENT_BACKGROUND = QColor("#fff1b8")
CURRENT_FOREGROUND = QColor("#10283f")
PAST_FOREGROUND = QColor("#8a96a3")


def planned_start(item: PlannedSegment) -> str:
    """09:10 in Stockholm; without a session start, the time from the start (+0:10)."""
    if item.start is not None:
        return f"{item.start.astimezone(STOCKHOLM):%H:%M}"
    hours, minutes = divmod(int(item.offset.total_seconds()) // 60, 60)
    return f"+{hours}:{minutes:02d}"


COLUMNS = [
    Column("start", QT_TRANSLATE_NOOP("SegmentsModel", "Start"), lambda row: planned_start(row["planned"])),
    Column("kind", QT_TRANSLATE_NOOP("SegmentsModel", "Kind"), lambda row: labels.segment_kind(row["segment"].kind)),
    Column("title", QT_TRANSLATE_NOOP("SegmentsModel", "Title"), lambda row: row["segment"].title),
    Column("minutes", QT_TRANSLATE_NOOP("SegmentsModel", "Minutes"),
           lambda row: str(row["segment"].planned_minutes), align_right=True),
]


class SegmentsModel(LazyTableModel):
    context = CONTEXT

    def __init__(self, run_sheet: RunSheet, session_id: int, parent=None):
        super().__init__(COLUMNS, parent)
        self._run_sheet = run_sheet
        self.session_id = session_id
        self.session: Session | None = None
        self.planned: list[PlannedSegment] = []  # the agenda with planned times, as last loaded
        self._current_row: int | None = None
        self._past_rows = 0

    # -- loading --------------------------------------------------------------------
    def query_ids(self, sort: str, descending: bool) -> list[int]:
        """The agenda in running order (a run-sheet is never sorted another way)."""
        self.session = self._run_sheet.session(self.session_id)
        start = self.session.start if self.session else None
        self.planned = plan(start, self._run_sheet.agenda(self.session_id))
        return [item.segment.id for item in self.planned if item.segment.id is not None]

    def fetch_rows(self, ids: list[int]) -> dict[int, dict]:
        wanted = set(ids)
        return {item.segment.id: {"planned": item, "segment": item.segment}
                for item in self.planned if item.segment.id in wanted}

    # -- the clock ----------------------------------------------------------------------
    def set_progress(self, current_row: int | None, past_rows: int) -> None:
        """Mark the running segment and how many are over (only repaints when they change)."""
        if (current_row, past_rows) == (self._current_row, self._past_rows):
            return
        self._current_row, self._past_rows = current_row, past_rows
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                                   Qt.ItemDataRole.BackgroundRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole:
            return CURRENT_BACKGROUND if self._is_current(index) else None
        return super().data(index, role)

    def extra_data(self, index: Index, role: int):
        if role == Qt.ItemDataRole.FontRole and self._is_current(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._is_current(index):
                return CURRENT_FOREGROUND
            if index.row() < self._past_rows:
                return PAST_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_data(index.row())["segment"].questions.strip() or None
        return None

    def _is_current(self, index: Index) -> bool:
        return index.isValid() and index.row() == self._current_row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The running order is the only order."""

    def index_of(self, segment_id: int | None) -> QModelIndex:
        row = self.row_of(segment_id) if segment_id is not None else -1
        return self.index(row, 0) if row >= 0 else QModelIndex()
