"""The dialog that adds or edits one segment of a run-sheet."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ... import labels
from ...domain.enums import SegmentKind
from ...domain.records import Segment
from ..common.validation import show_problems
from ..forms.ui_segment_dialog import Ui_SegmentDialog


class SegmentDialog(QDialog):
    """Add or edit a segment's kind, title and planned length."""

    def __init__(self, segment: Segment | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SegmentDialog()
        self.ui.setupUi(self)
        self._segment = segment or Segment()
        for kind in SegmentKind:
            self.ui.kind.addItem(labels.segment_kind(kind), kind)
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
            self._suggested_title = labels.segment_kind(self.ui.kind.currentData())
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
