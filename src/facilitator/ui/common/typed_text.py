"""Text typed into an editor, saved as it is typed, so nothing is lost - with one undo
step per burst of typing rather than one per pause.
"""

from collections.abc import Callable
from time import monotonic

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from ...store.changes import ChangeSet
from .workspace import Workspace

SAVE_AFTER_MS = 500  # typed text is saved once typing pauses this long
BURST_PAUSE_SECONDS = 10  # typing after a longer pause becomes a new undo step


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
