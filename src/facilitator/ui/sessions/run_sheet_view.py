"""A session's run-sheet: plan the segments, then follow them on the day.

At the top a live board (live_board.py) shows the segment running now, the time left
in it and what comes next, moved on every second by a timer that reads an injected
clock (tests pass a fake one). Below, the agenda and, beside it, the selected segment's
discussion questions and notes, saved as they are typed (segment_notes.py). Printing
and export are in run_sheet_printer.py.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...domain.records import Session
from ...domain.timezone import STOCKHOLM
from ...services.errors import InvalidInput
from ...services.run_sheet import ClockState, Phase, PlannedSegment, clock_state, total_minutes
from ...store.changes import ChangeSet
from ..common.lazy_table import ID_ROLE
from ..common.list_page import data_table, stretch_column
from ..common.resources import icon
from ..common.workspace import Workspace
from .live_board import LiveBoard
from .run_sheet_printer import RunSheetPrinter
from .segment_dialog import SegmentDialog
from .segment_notes import SegmentNotes
from .segments_model import SegmentsModel

Clock = Callable[[], datetime]
COLUMN_WIDTHS = [70, 150, 0, 80]
TITLE_COLUMN = 2


def stockholm_now() -> datetime:
    return datetime.now(STOCKHOLM)


class RunSheetView(QWidget):
    # Emitted with the segment id when typed questions or notes have been saved.
    text_saved = Signal(int)

    def __init__(self, workspace: Workspace, session_id: int, clock: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.run_sheet = workspace.run_sheet
        self.clock = clock or stockholm_now  # the time now, read every second
        self._state = ClockState(Phase.EMPTY)
        self._held_reloads = 0
        self._reload_wanted = False
        self.model = SegmentsModel(self.run_sheet, session_id, self)
        self.printer = RunSheetPrinter(self.model, workspace, self)
        self.live_board = LiveBoard()
        self._build_agenda()
        self.segment_notes = SegmentNotes(workspace, self._segment_title)
        self.segment_notes.saved.connect(self.text_saved)
        self._lay_out()
        self._tick_timer = QTimer(self, singleShot=True)
        self._tick_timer.timeout.connect(self.tick)
        workspace.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # -- building --------------------------------------------------------------------
    def _build_agenda(self) -> None:
        self.table = data_table()
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        stretch_column(self.table, TITLE_COLUMN)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_segment())
        self.add_button = QPushButton(icon=icon("add"))
        self.edit_button = QPushButton(icon=icon("edit"))
        self.delete_button = QPushButton(icon=icon("delete"))
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.standard_button = QPushButton(icon=icon("add"))
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self.summary = QLabel(objectName="summary")
        self.warning = QLabel(objectName="runSheetWarning")
        for button, slot in ((self.add_button, self.add_segment), (self.edit_button, self.edit_segment),
                             (self.delete_button, self.delete_segment), (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1)),
                             (self.standard_button, self.add_standard_agenda),
                             (self.print_button, self.print_run_sheet), (self.export_button, self.export_run_sheet)):
            button.clicked.connect(slot)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button,
                       self.down_button, self.standard_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        totals = QHBoxLayout()
        totals.addWidget(self.summary)
        totals.addWidget(self.warning)
        totals.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.segment_notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.live_board)
        layout.addLayout(buttons)
        layout.addLayout(totals)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the session and its agenda again, keeping the selected segment."""
        if self._held_reloads:
            self._reload_wanted = True
            return
        with self._holding_reloads():
            selected = self.current_segment_id()
            self.model.refresh()
            self.tick()
            row = self.model.row_of(selected) if selected is not None else -1
            if row < 0 and self.model.rowCount():  # first load, or the selected one is gone
                row = self._state.current_index or 0
            if row >= 0:
                self.table.selectRow(row)
            self._show_selected()
            self._update_buttons()
            self._show_summary()

    @contextmanager
    def _holding_reloads(self) -> Iterator[None]:
        """While the view changes itself, a change it causes reloads it once, afterwards."""
        self._held_reloads += 1
        try:
            yield
        finally:
            self._held_reloads -= 1
            if not self._held_reloads and self._reload_wanted:
                self._reload_wanted = False
                self.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"segments", "sessions"}:
            self.reload()

    def current_segment_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _current_row(self) -> int:
        segment_id = self.current_segment_id()
        return self.model.row_of(segment_id) if segment_id is not None else -1

    def _current_planned(self) -> PlannedSegment | None:
        row = self._current_row()
        return self.model.planned[row] if row >= 0 else None

    def _segment_title(self, segment_id: int) -> str:
        row = self.model.row_of(segment_id)
        return labels.quoted(self.model.planned[row].segment.title) if row >= 0 else ""

    # -- the selected segment's questions and notes ---------------------------------------
    def _on_selection_changed(self) -> None:
        with self._holding_reloads():
            self.save_typing()
            self._show_selected()
            self._update_buttons()

    def _show_selected(self) -> None:
        self.segment_notes.show_segment(self._current_planned())

    def save_typing(self) -> None:
        """Save questions or notes still waiting for a pause in typing (before anything else)."""
        self.segment_notes.save()

    # -- editing the agenda ----------------------------------------------------------------
    def add_segment(self) -> None:
        self.save_typing()
        dialog = SegmentDialog(parent=self)
        if not dialog.exec():
            return
        segment = dialog.segment()
        selected = self._current_row()
        position = selected + 1 if selected >= 0 else None  # after the selected one
        change = self._save(lambda: self.run_sheet.add(self.session_id, segment, position))
        if change:
            self.workspace.record(self.tr("Added segment %1").replace("%1", labels.quoted(segment.title)), change)
            self.table.selectRow(self.model.row_of(_created_ids(change)[0]))

    def edit_segment(self) -> None:
        segment_id = self.current_segment_id()
        if segment_id is None or self._read_only():
            return
        self.save_typing()
        segment = self.run_sheet.segment(segment_id)
        if segment is None:
            return
        dialog = SegmentDialog(segment, parent=self)
        if not dialog.exec():
            return
        edited = dialog.segment()
        change = self._save(lambda: self.run_sheet.edit(segment_id, edited))
        if change and not change.is_empty():
            self.workspace.record(self.tr("Edited segment %1").replace("%1", labels.quoted(edited.title)), change)

    def delete_segment(self) -> None:
        segment_id = self.current_segment_id()
        if segment_id is None:
            return
        self.save_typing()
        title = self._segment_title(segment_id)
        change = self.run_sheet.delete([segment_id])
        self.workspace.record(self.tr("Deleted segment %1").replace("%1", title), change)

    def move(self, step: int) -> None:
        """Move the selected segment one place earlier (-1) or later (+1)."""
        segment_id = self.current_segment_id()
        if segment_id is None:
            return
        self.save_typing()
        change = self.run_sheet.move(segment_id, step)
        if not change.is_empty():
            text = self.tr("Moved segment %1 up") if step < 0 else self.tr("Moved segment %1 down")
            self.workspace.record(text.replace("%1", self._segment_title(segment_id)), change)
            self.table.selectRow(self.model.row_of(segment_id))

    def add_standard_agenda(self) -> None:
        change = self.run_sheet.add_standard_agenda(self.session_id)
        self.workspace.record(self.tr("Added the standard agenda"), change)

    def _save(self, action: Callable[[], ChangeSet]) -> ChangeSet | None:
        try:
            return action()
        except InvalidInput as error:  # the dialog validated already; the service is the last guard
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return None

    def _read_only(self) -> bool:
        return self.workspace.document.read_only

    def _update_buttons(self) -> None:
        writable, row = not self._read_only(), self._current_row()
        chosen = row >= 0
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(writable and chosen)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.model.rowCount() - 1)
        self.standard_button.setVisible(writable and not self.model.rowCount())
        for button in (self.print_button, self.export_button):
            button.setEnabled(bool(self.model.rowCount()))
        self.segment_notes.set_editable(writable, chosen)

    def _show_summary(self) -> None:
        """How many segments, how long, when the plan ends - and whether it outlasts the session."""
        agenda = [item.segment for item in self.model.planned]
        if not agenda:
            self.summary.setText(self.tr("No segments yet"))
            self.warning.setText("")
            return
        parts = [self.tr("%n segment(s)", "", len(agenda)),
                 self.tr("%1 min in all").replace("%1", str(total_minutes(agenda)))]
        planned_end = self.model.planned[-1].end
        if planned_end is not None:
            parts.append(self.tr("ends at %1").replace("%1", labels.time_range(planned_end, None)))
        self.summary.setText("  ·  ".join(parts))
        session_end = self._session().end
        over = (planned_end - session_end) // timedelta(minutes=1) if planned_end and session_end else 0
        self.warning.setText(self.tr("%1 min longer than the session").replace("%1", str(over)) if over > 0 else "")

    # -- the live board ----------------------------------------------------------------------
    def tick(self) -> None:
        """Show where the session is now; called every second by the timer (tests call it)."""
        now = self.clock()
        self._state = clock_state(self._session().start, [item.segment for item in self.model.planned], now)
        self._show_live(now)
        past = len(self.model.planned) if self._state.phase == Phase.FINISHED else (self._state.current_index or 0)
        self.model.set_progress(self._state.current_index, past)
        if self.isVisible():
            self._tick_timer.start(1000 - now.microsecond // 1000)  # just after the next whole second

    def _show_live(self, now: datetime) -> None:
        ended_at = self.model.planned[-1].end if self.model.planned else None
        self.live_board.show_state(self._state, now, ended_at=ended_at, editable=not self._read_only())

    def _session(self) -> Session:
        """The session as last loaded (a blank one if it has just been deleted)."""
        return self.model.session or Session("")

    # -- print and export -----------------------------------------------------------------
    def printout_html(self) -> str:
        """The run-sheet as a web page, with what has just been typed."""
        self.save_typing()
        return self.printer.html()

    def print_run_sheet(self) -> None:
        self.save_typing()
        self.printer.print_preview()

    def export_run_sheet(self) -> None:
        self.save_typing()
        self.printer.export()

    def export_to(self, path: Path) -> bool:
        """Save as PDF, or as a web page for a .html name; says so in the status bar."""
        self.save_typing()
        return self.printer.export_to(path)

    # -- events ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.tick()

    def hideEvent(self, event) -> None:
        self._tick_timer.stop()
        self.save_typing()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move &Up"))
        self.down_button.setText(self.tr("Move Do&wn"))
        self.standard_button.setText(self.tr("Add &Standard Agenda"))
        self.print_button.setText(self.tr("&Print…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.segment_notes.retranslate()
        self.table.setAccessibleName(self.tr("Run-sheet"))
        self.live_board.setAccessibleName(self.tr("Now running"))
        self.model.retranslate()
        if self.model.loaded:
            self._show_selected()
            self._show_summary()
            self._show_live(self.clock())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _created_ids(change: ChangeSet) -> list[int]:
    return [row_id for row_id, row in change.before.get("segments", {}).items() if row is None]
