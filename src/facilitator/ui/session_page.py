"""One session, opened from the Sessions view: its details, and tabs for the invitations,
the check-in on the day and the run-sheet.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from . import labels
from .check_in_view import CheckInView
from .invitations_view import InvitationsView
from .workspace import Workspace


class SessionPage(QWidget):
    # Asks the main window to go back to the list of sessions.
    back_requested = Signal()
    # Asks for the session dialog (the Sessions view edits sessions).
    edit_requested = Signal(int)

    def __init__(self, workspace: Workspace, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.back_button = QPushButton()
        self.back_button.setFlat(True)
        self.title = QLabel(objectName="heading", wordWrap=True)
        self.details = QLabel(objectName="summary")
        self.edit_button = QPushButton()
        self.tabs = QTabWidget()
        self.invitations = InvitationsView(workspace, session_id)
        self.check_in = CheckInView(workspace, session_id)
        self.tabs.addTab(self.invitations, "")
        self.tabs.addTab(self.check_in, "")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        self.actions_layout = header
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(header)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.session_id))
        workspace.changed.connect(self._on_changed)
        self._session = None
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        self._session = self.workspace.register.session(self.session_id)
        if self._session is None:  # deleted (for instance undone creation): back to the list
            self.back_requested.emit()
            return
        self._render()

    def _render(self) -> None:
        session = self._session
        if session is None:
            return
        self.title.setText(session.title)
        parts = [f"{labels.date(session.start)}  {labels.time_range(session.start, session.end)}"
                 if session.start else "", session.room, labels.focus_area(session.focus_area),
                 labels.session_status(session.status)]
        self.details.setText("  ·  ".join(part for part in parts if part))

    def show_check_in(self) -> None:
        self.tabs.setCurrentWidget(self.check_in)
        self.check_in.search.setFocus()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "sessions" in tables:
            self.reload()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All sessions"))
        self.edit_button.setText(self.tr("E&dit Session…"))
        self.tabs.setTabText(self.tabs.indexOf(self.invitations), self.tr("Invitations"))
        self.tabs.setTabText(self.tabs.indexOf(self.check_in), self.tr("Check-in"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
