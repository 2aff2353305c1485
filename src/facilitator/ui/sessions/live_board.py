"""The live board at the top of a run-sheet: the segment running now, the time, the time
left in the segment and what comes next - large enough to read across a room.

It only shows a ClockState it is handed; the run-sheet view works the state out from
its clock every second. Colours come from style.qss (QFrame#liveBoard and its labels).
"""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ... import labels
from ...domain.enums import SegmentKind
from ...domain.timezone import STOCKHOLM
from ...services.run_sheet import ClockState, Phase
from .segments_model import planned_start

LAST_MINUTE = 60  # seconds: the time left turns another colour


def countdown(seconds: int) -> str:
    """12:05, or 1:02:05 from an hour up."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class LiveBoard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="liveBoard")
        self.caption = _label("liveCaption", 1.0)
        self.title = _label("liveTitle", 2.0, bold=True, wrap=True)
        self.questions = _label("liveQuestions", 1.15, wrap=True)
        self.next_up = _label("liveNext", 1.15)
        self.clock = _label("liveClock", 1.6)
        self.time_left = _label("liveTimeLeft", 2.6, bold=True)
        self.time_left_caption = _label("liveCaption", 1.0)
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setColumnStretch(0, 1)
        for row, widget in enumerate((self.caption, self.title, self.questions, self.next_up)):
            grid.addWidget(widget, row, 0)
        right = Qt.AlignmentFlag.AlignRight
        grid.addWidget(self.clock, 0, 1, 1, 1, right | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.time_left, 1, 1, 2, 1, right)
        grid.addWidget(self.time_left_caption, 3, 1, 1, 1, right)
        for label, widest in ((self.clock, "00:00:00"), (self.time_left, "0:00:00")):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 4)  # long questions never squeeze it
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_state(self, state: ClockState, now: datetime, *, ended_at: datetime | None, editable: bool) -> None:
        """Show ``state`` at ``now``; ``ended_at`` is the planned end of the last segment,
        ``editable`` whether the run-sheet can be changed (to suggest adding segments)."""
        self.clock.setText(f"{now.astimezone(STOCKHOLM):%H:%M:%S}")
        running = state.phase == Phase.RUNNING
        caption, title = self._headline(state, now, ended_at)
        self.caption.setText(caption)
        self.title.setText(title)
        current = state.current.segment if state.current else None
        questions = current.questions.strip() if current and current.kind == SegmentKind.DISCUSSION else ""
        self.questions.setText(questions)
        self.questions.setVisible(bool(questions))
        self.next_up.setText(self._next_text(state, editable))
        self.time_left.setText(countdown(state.seconds_left) if running else "")
        last_minute = running and state.seconds_left <= LAST_MINUTE
        if self.time_left.property("lastMinute") != last_minute:  # the colour changes with the property
            self.time_left.setProperty("lastMinute", last_minute)
            self.time_left.style().polish(self.time_left)
        self.time_left_caption.setText(self.tr("left of this segment") if running else "")

    def _headline(self, state: ClockState, now: datetime, ended_at: datetime | None) -> tuple[str, str]:
        """The small caption and the big title."""
        if state.phase == Phase.RUNNING and state.current:
            item = state.current
            return (self.tr("Now") + f"  ·  {labels.segment_kind(item.segment.kind)}  ·  "
                    f"{labels.time_range(item.start, item.end)}", item.segment.title)
        if state.phase == Phase.BEFORE:
            return self.tr("Not started yet"), self._starts_in(state.seconds_left, now)
        if state.phase == Phase.FINISHED:
            return (self.tr("The run-sheet ended at %1").replace("%1", labels.time_range(ended_at, None)),
                    self.tr("Finished"))
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

    def _next_text(self, state: ClockState, editable: bool) -> str:
        if state.next is not None:
            item = state.next
            text = self.tr("First: %1") if state.phase == Phase.BEFORE else self.tr("Next: %1")
            return text.replace("%1", f"{item.segment.title}  ·  {labels.segment_kind(item.segment.kind)}  ·  "
                                      f"{planned_start(item)}")
        if state.phase == Phase.RUNNING:
            return self.tr("Last segment")
        if state.phase == Phase.EMPTY and editable:
            return self.tr("Add segments, or start from the standard agenda.")
        return ""


def _label(name: str, scale: float, *, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(objectName=name, wordWrap=wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label
