"""Beside a run-sheet's agenda: the selected segment's discussion questions (for a local
discussion) and the facilitator's notes, saved as they are typed (see typed_text.py).
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ... import labels
from ...domain.enums import SegmentKind
from ...services.run_sheet import PlannedSegment
from ..common.typed_text import TypedText
from ..common.workspace import Workspace
from .segments_model import planned_start


class SegmentNotes(QWidget):
    # Emitted with the segment id when typed questions or notes have been saved.
    saved = Signal(int)

    def __init__(self, workspace: Workspace, title_of: Callable[[int], str], parent: QWidget | None = None):
        """``title_of`` names a segment (quoted) for the undo steps of typing."""
        super().__init__(parent)
        self.heading = QLabel(objectName="subheading", wordWrap=True)
        self.questions_label = QLabel()
        self.questions = QPlainTextEdit(tabChangesFocus=True)
        self.questions.setMaximumHeight(110)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit(tabChangesFocus=True)
        self.questions_label.setBuddy(self.questions)
        self.notes_label.setBuddy(self.notes)
        run_sheet = workspace.run_sheet
        self.typed_questions = TypedText(self.questions, run_sheet.set_questions, workspace,
                                         lambda segment_id: self.tr("Edited questions for %1").replace(
                                             "%1", title_of(segment_id)), self)
        self.typed_notes = TypedText(self.notes, run_sheet.set_notes, workspace,
                                     lambda segment_id: self.tr("Typed notes for %1").replace(
                                         "%1", title_of(segment_id)), self)
        for typed in (self.typed_questions, self.typed_notes):
            typed.saved.connect(self.saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.heading, self.questions_label, self.questions, self.notes_label):
            layout.addWidget(widget)
        layout.addWidget(self.notes, 1)

    def show_segment(self, item: PlannedSegment | None) -> None:
        """Show a segment's questions and notes (None: no segment selected)."""
        segment = item.segment if item else None
        self.typed_questions.show_segment(segment.id if segment else None, segment.questions if segment else "")
        self.typed_notes.show_segment(segment.id if segment else None, segment.notes if segment else "")
        discussion = segment is not None and segment.kind == SegmentKind.DISCUSSION
        self.questions_label.setVisible(discussion)
        self.questions.setVisible(discussion)
        self.heading.setText(_describe(item) if item else self.tr("Select a segment to see its notes."))

    def save(self) -> None:
        """Save questions or notes still waiting for a pause in typing."""
        self.typed_questions.save()
        self.typed_notes.save()

    def set_editable(self, writable: bool, chosen: bool) -> None:
        for editor in (self.questions, self.notes):
            editor.setReadOnly(not writable)
            editor.setEnabled(chosen)

    def retranslate(self) -> None:
        self.questions_label.setText(self.tr("Discussion &questions"))
        self.notes_label.setText(self.tr("&Notes (saved as you type)"))
        self.questions.setPlaceholderText(self.tr("A question or two for the local discussion"))
        self.notes.setPlaceholderText(self.tr("What was said, decided or should be followed up"))


def _describe(item: PlannedSegment) -> str:
    times = labels.time_range(item.start, item.end) if item.start else planned_start(item)
    return f"{item.segment.title}  ·  {labels.segment_kind(item.segment.kind)}  ·  {times}"
