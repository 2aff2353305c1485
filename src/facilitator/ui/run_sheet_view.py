"""A session's run-sheet: plan the segments, then follow them on the day.

At the top a live board shows the segment running now, the time, the time left in the
segment and what comes next, moved on every second by a timer that reads an injected
clock (tests pass a fake one). Below, the agenda and, beside it, the selected segment's
discussion questions and notes, saved as they are typed.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from time import monotonic

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QLocale, QMarginsF, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from ..domain.enums import SegmentKind
from ..domain.records import Session
from ..domain.timezone import STOCKHOLM
from ..formats.run_sheet_html import AgendaLine, Headings, RunSheetPrintout, run_sheet_html
from ..services.errors import InvalidInput
from ..services.run_sheet import ClockState, Phase, PlannedSegment, RunSheet, clock_state, total_minutes
from ..store.changes import ChangeSet
from ..store.segments import Segment
from . import labels
from .forms.ui_segment_dialog import Ui_SegmentDialog
from .list_page import data_table, stretch_column
from .models.lazy_table import ID_ROLE
from .models.segments_model import SegmentsModel, kind_label, planned_start
from .resources import icon
from .validation import show_problems
from .workspace import Workspace

Clock = Callable[[], datetime]
SAVE_AFTER_MS = 500  # typed text is saved once typing pauses this long
BURST_PAUSE_SECONDS = 10  # typing after a longer pause becomes a new undo step
COLUMN_WIDTHS = [70, 150, 0, 80]
TITLE_COLUMN = 2
LAST_MINUTE = 60
STYLE = """
QFrame#liveBoard { background: #17324d; border-radius: 8px; }
QFrame#liveBoard QLabel { color: #ffffff; }
QFrame#liveBoard QLabel#liveCaption, QFrame#liveBoard QLabel#liveNext { color: #c3d2e3; }
QFrame#liveBoard QLabel#liveTimeLeft { color: #ffd34d; }
QFrame#liveBoard QLabel#liveTimeLeft[lastMinute="true"] { color: #ff9d7a; }
QLabel#runSheetWarning { color: #8a5a00; }
"""


def stockholm_now() -> datetime:
    return datetime.now(STOCKHOLM)


def countdown(seconds: int) -> str:
    """12:05, or 1:02:05 from an hour up."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class RunSheetView(QWidget):
    # Emitted with the segment id when typed questions or notes have been saved.
    text_saved = Signal(int)

    def __init__(self, workspace: Workspace, session_id: int, clock: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.workspace = workspace
        self.session_id = session_id
        self.run_sheet = RunSheet(workspace.document.db)
        self._clock = clock or stockholm_now
        self._state = ClockState(Phase.EMPTY)
        self._held_reloads = 0
        self._reload_wanted = False
        self.model = SegmentsModel(self.run_sheet, session_id, self)
        self._build_live_board()
        self._build_agenda()
        self._build_editors()
        self._lay_out()
        self._tick_timer = QTimer(self, singleShot=True)
        self._tick_timer.timeout.connect(self.tick)
        workspace.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # -- building --------------------------------------------------------------------
    def _build_live_board(self) -> None:
        self.live_board = QFrame(objectName="liveBoard")
        self.live_caption = _label("liveCaption", 1.0)
        self.live_title = _label("liveTitle", 2.0, bold=True, wrap=True)
        self.live_questions = _label("liveQuestions", 1.15, wrap=True)
        self.live_next = _label("liveNext", 1.15)
        self.clock_label = _label("liveClock", 1.6)
        self.time_left = _label("liveTimeLeft", 2.6, bold=True)
        self.time_left_caption = _label("liveCaption", 1.0)
        grid = QGridLayout(self.live_board)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setColumnStretch(0, 1)
        for row, widget in enumerate((self.live_caption, self.live_title, self.live_questions, self.live_next)):
            grid.addWidget(widget, row, 0)
        right = Qt.AlignmentFlag.AlignRight
        grid.addWidget(self.clock_label, 0, 1, 1, 1, right | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.time_left, 1, 1, 2, 1, right)
        grid.addWidget(self.time_left_caption, 3, 1, 1, 1, right)
        for label, widest in ((self.clock_label, "00:00:00"), (self.time_left, "0:00:00")):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 4)  # long questions never squeeze it
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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

    def _build_editors(self) -> None:
        self.editor_heading = QLabel(objectName="subheading", wordWrap=True)
        self.questions_label = QLabel()
        self.questions = QPlainTextEdit(tabChangesFocus=True)
        self.questions.setMaximumHeight(110)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(tabChangesFocus=True)
        self.questions_label.setBuddy(self.questions)
        self.notes_label.setBuddy(self.notes)
        self.typed_questions = TypedText(self.questions, self.run_sheet.set_questions, self.workspace,
                                         lambda segment_id: self.tr("Edited questions for %1").replace(
                                             "%1", self._segment_title(segment_id)), self)
        self.typed_notes = TypedText(self.notes, self.run_sheet.set_notes, self.workspace,
                                     lambda segment_id: self.tr("Typed notes for %1").replace(
                                         "%1", self._segment_title(segment_id)), self)
        for typed in (self.typed_questions, self.typed_notes):
            typed.saved.connect(self.text_saved)

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
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.editor_heading, self.questions_label, self.questions, self.notes_label):
            editor_layout.addWidget(widget)
        editor_layout.addWidget(self.notes, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
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
        item = self._current_planned()
        segment = item.segment if item else None
        self.typed_questions.show_segment(segment.id if segment else None, segment.questions if segment else "")
        self.typed_notes.show_segment(segment.id if segment else None, segment.notes if segment else "")
        discussion = segment is not None and segment.kind == SegmentKind.DISCUSSION
        self.questions_label.setVisible(discussion)
        self.questions.setVisible(discussion)
        self.editor_heading.setText(self._describe(item) if item else self.tr("Select a segment to see its notes."))

    def _describe(self, item: PlannedSegment) -> str:
        times = labels.time_range(item.start, item.end) if item.start else planned_start(item)
        return f"{item.segment.title}  ·  {kind_label(item.segment.kind)}  ·  {times}"

    def save_typing(self) -> None:
        """Save questions or notes still waiting for a pause in typing (before anything else)."""
        self.typed_questions.save()
        self.typed_notes.save()

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
        for editor in (self.questions, self.notes):
            editor.setReadOnly(not writable)
            editor.setEnabled(chosen)

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
        now = self._clock()
        self._state = clock_state(self._session().start, [item.segment for item in self.model.planned], now)
        self._render_live(self._state, now)
        past = len(self.model.planned) if self._state.phase == Phase.FINISHED else (self._state.current_index or 0)
        self.model.set_progress(self._state.current_index, past)
        if self.isVisible():
            self._tick_timer.start(1000 - now.microsecond // 1000)  # just after the next whole second

    def _render_live(self, state: ClockState, now: datetime) -> None:
        self.clock_label.setText(f"{now.astimezone(STOCKHOLM):%H:%M:%S}")
        running = state.phase == Phase.RUNNING
        caption, title = self._headline(state, now)
        self.live_caption.setText(caption)
        self.live_title.setText(title)
        current = state.current.segment if state.current else None
        questions = current.questions.strip() if current and current.kind == SegmentKind.DISCUSSION else ""
        self.live_questions.setText(questions)
        self.live_questions.setVisible(bool(questions))
        self.live_next.setText(self._next_text(state))
        self.time_left.setText(countdown(state.seconds_left) if running else "")
        last_minute = running and state.seconds_left <= LAST_MINUTE
        if self.time_left.property("lastMinute") != last_minute:  # the colour changes with the property
            self.time_left.setProperty("lastMinute", last_minute)
            self.time_left.style().polish(self.time_left)
        self.time_left_caption.setText(self.tr("left of this segment") if running else "")

    def _headline(self, state: ClockState, now: datetime) -> tuple[str, str]:
        """The small caption and the big title of the live board."""
        if state.phase == Phase.RUNNING and state.current:
            item = state.current
            return (self.tr("Now") + f"  ·  {kind_label(item.segment.kind)}  ·  "
                    f"{labels.time_range(item.start, item.end)}", item.segment.title)
        if state.phase == Phase.BEFORE:
            return self.tr("Not started yet"), self._starts_in(state.seconds_left, now)
        if state.phase == Phase.FINISHED:
            end = self.model.planned[-1].end
            return self.tr("The run-sheet ended at %1").replace("%1", labels.time_range(end, None)), self.tr("Finished")
        if state.phase == Phase.UNSCHEDULED:
            return self.tr("Run-sheet"), self.tr("The session has no start time")
        return self.tr("Run-sheet"), self.tr("No segments yet")

    def _starts_in(self, seconds: int, now: datetime) -> str:
        minutes = -(-seconds // 60)  # rounded up: "in 1 min" until it starts
        if minutes < 60:
            return self.tr("Starts in %1 min").replace("%1", str(minutes))
        if minutes < 12 * 60:
            return self.tr("Starts in %1 h %2 min").replace("%1", str(minutes // 60)).replace(
                "%2", str(minutes % 60))
        return self.tr("Starts %1").replace("%1", labels.date_time(now + timedelta(seconds=seconds)))

    def _next_text(self, state: ClockState) -> str:
        if state.next is not None:
            item = state.next
            text = self.tr("First: %1") if state.phase == Phase.BEFORE else self.tr("Next: %1")
            return text.replace("%1", f"{item.segment.title}  ·  {kind_label(item.segment.kind)}  ·  "
                                      f"{planned_start(item)}")
        if state.phase == Phase.RUNNING:
            return self.tr("Last segment")
        if state.phase == Phase.EMPTY and not self._read_only():
            return self.tr("Add segments, or start from the standard agenda.")
        return ""

    # -- print and export -----------------------------------------------------------------
    def printout_html(self) -> str:
        """The run-sheet as a web page, with what has just been typed."""
        self.save_typing()
        session = self._session()
        lines = [AgendaLine(planned_start(item), kind_label(item.segment.kind), item.segment.title,
                            item.segment.planned_minutes, item.segment.questions, item.segment.notes)
                 for item in self.model.planned]
        when = f"{labels.date(session.start)}  {labels.time_range(session.start, session.end)}" \
            if session.start else ""
        headings = Headings(self.tr("Run-sheet"), self.tr("Time"), self.tr("Segment"), self.tr("Min"),
                            self.tr("Discussion questions"), self.tr("Notes"), self.tr("Room"), self.tr("Total"))
        return run_sheet_html(RunSheetPrintout(session.title, when, session.room, lines, headings,
                                               QLocale().bcp47Name()))

    def _session(self) -> Session:
        """The session as last loaded (a blank one if it has just been deleted)."""
        return self.model.session or Session("")

    def _text_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setHtml(self.printout_html())
        return document

    def print_run_sheet(self) -> None:
        document = self._text_document()
        preview = QPrintPreviewDialog(self)
        preview.setWindowTitle(self.tr("Print Run-Sheet"))
        preview.paintRequested.connect(document.print_)
        preview.exec()
        document.deleteLater()

    def export_run_sheet(self) -> None:
        pdf, web = self.tr("PDF document (*.pdf)"), self.tr("Web page (*.html)")
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = folder / _file_name(self.tr("Run-sheet %1").replace("%1", self._session().title), ".pdf")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Run-Sheet"), str(suggested),
                                                   f"{pdf};;{web}")
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".pdf", ".html", ".htm"):
                target = target.with_name(target.name + (".html" if chosen == web else ".pdf"))
            self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Save as PDF, or as a web page for a .html name; says so in the status bar."""
        html = self.printout_html()
        web_page = path.suffix.lower() in (".html", ".htm")
        data = html.encode("utf-8") if web_page else _pdf_bytes(html, self._session().title)
        try:
            path.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not exported"), self.tr("Could not save %1: %2")
                                .replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            return False
        self.workspace.message.emit(self.tr("Exported the run-sheet to %1").replace("%1", str(path)))
        return True

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
        self.questions_label.setText(self.tr("Discussion &questions"))
        self.notes_label.setText(self.tr("&Notes (saved as you type)"))
        self.questions.setPlaceholderText(self.tr("A question or two for the local discussion"))
        self.notes.setPlaceholderText(self.tr("What was said, decided or should be followed up"))
        self.table.setAccessibleName(self.tr("Run-sheet"))
        self.live_board.setAccessibleName(self.tr("Now running"))
        self.model.retranslate()
        if self.model.loaded:
            self._show_selected()
            self._show_summary()
            self._render_live(self._state, self._clock())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TypedText(QObject):
    """Saves what is typed into one editor, so nothing is lost: once typing pauses, when
    the editor loses focus, and before it shows another segment.

    Saving every pause must not flood the undo stack, so one burst of typing is one undo
    step: the step recorded at its first save is extended by every later save, until
    the editor loses focus, shows another segment, typing pauses for a while, or
    something else goes on the undo stack.
    """

    # Emitted with the segment id after typed text has been saved.
    saved = Signal(int)

    def __init__(self, editor: QPlainTextEdit, save: Callable[[int, str], ChangeSet], workspace: Workspace,
                 undo_text: Callable[[int], str], parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.segment_id: int | None = None
        self._save = save
        self._workspace = workspace
        self._undo_text = undo_text  # the undo step's name for a segment id, translated when used
        self._loading = False
        self._unsaved = False  # typed since the last save
        self._burst: ChangeSet | None = None
        self._burst_index = -1
        self._last_save = 0.0
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        editor.textChanged.connect(self._on_typed)
        editor.installEventFilter(self)
        workspace.undo_stack.indexChanged.connect(self._on_undo_stack_moved)

    def show_segment(self, segment_id: int | None, stored: str) -> None:
        """Show a segment's stored text; typing not yet saved stays on screen."""
        if segment_id != self.segment_id:
            self.save()
            self._end_burst()
            self.segment_id = segment_id
        elif self._unsaved or self.editor.toPlainText() == stored:
            return
        self._loading = True
        self.editor.setPlainText(stored)
        self._loading = False

    def save(self) -> None:
        """Save what was typed and not saved yet (only that: never text shown from the file)."""
        self._timer.stop()
        if not self._unsaved or self.segment_id is None or self.editor.isReadOnly():
            return
        self._unsaved = False
        change = self._save(self.segment_id, self.editor.toPlainText())
        if change.is_empty():
            return
        burst = self._open_burst()
        if burst is not None:
            burst.after = change.after  # the burst's one undo step now ends here
            self._workspace.notify(change)
        else:
            self._workspace.record(self._undo_text(self.segment_id), change)
            self._burst, self._burst_index = change, self._workspace.undo_stack.index()
        self._last_save = monotonic()
        self.saved.emit(self.segment_id)

    def _open_burst(self) -> ChangeSet | None:
        """The change of the burst typing continues, if it is still the last undo step."""
        if self._workspace.undo_stack.index() != self._burst_index \
                or monotonic() - self._last_save >= BURST_PAUSE_SECONDS:
            return None
        return self._burst

    def _end_burst(self) -> None:
        self._burst = None

    def _on_typed(self) -> None:
        if not self._loading:
            self._unsaved = True
            self._timer.start()

    def _on_undo_stack_moved(self, index: int) -> None:
        if index != self._burst_index:
            self._end_burst()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
            self._end_burst()
        return super().eventFilter(watched, event)


class SegmentDialog(QDialog):
    """Add or edit a segment's kind, title and planned length."""

    def __init__(self, segment: Segment | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SegmentDialog()
        self.ui.setupUi(self)
        self._segment = segment or Segment()
        for kind in SegmentKind:
            self.ui.kind.addItem(kind_label(kind), kind)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(self._segment.kind))
        self.ui.title.setText(self._segment.title)
        self.ui.plannedMinutes.setValue(self._segment.planned_minutes)
        self._suggested_title = ""
        show_problems(self.ui, ["title"], {})
        self.ui.kind.currentIndexChanged.connect(self._suggest_title)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate_title()

    def segment(self) -> Segment:
        """The segment as entered, keeping its questions, notes and identity."""
        return Segment(self.ui.kind.currentData(), self.ui.title.text(), self.ui.plannedMinutes.value(),
                       self._segment.questions, self._segment.notes, self._segment.id, self._segment.uuid)

    def _suggest_title(self) -> None:
        """An empty title (or the one suggested last) follows the kind: "Break", ..."""
        if self.ui.title.text().strip() in ("", self._suggested_title):
            self._suggested_title = kind_label(self.ui.kind.currentData())
            self.ui.title.setText(self._suggested_title)

    def accept(self) -> None:
        first = show_problems(self.ui, ["title"], self.segment().problems())
        if first is not None:
            first.setFocus()
            return
        super().accept()

    def _retranslate_title(self) -> None:
        self.setWindowTitle(self.tr("Edit segment") if self._segment.id else self.tr("New segment"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_title()
        super().changeEvent(event)


def _label(name: str, scale: float, *, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(objectName=name, wordWrap=wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _file_name(text: str, suffix: str) -> str:
    """A file name from a title: no characters Windows or macOS refuse."""
    cleaned = "".join("-" if char in '<>:"/\\|?*' else char for char in text).strip(" .")
    return (cleaned or "run-sheet") + suffix


def _created_ids(change: ChangeSet) -> list[int]:
    return [row_id for row_id, row in change.before.get("segments", {}).items() if row is None]


def _pdf_bytes(html: str, title: str) -> bytes:
    """The page as an A4 PDF, made in memory so that saving it reports errors like any file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF
    return bytes(buffer.data())
