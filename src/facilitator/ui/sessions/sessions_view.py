"""The Sessions view: the autumn's webcasts with invited / accepted / attended counts."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ... import labels
from ...domain.enums import SessionStatus
from ...options import Options
from ..common.list_page import ListPage, data_table, stretch_column
from ..common.workspace import Workspace
from .session_dialog import SessionDialog
from .sessions_model import SessionsModel

COLUMN_WIDTHS = [170, 0, 165, 85, 175, 70, 80, 80]
TITLE_COLUMN = 1


class SessionsView(ListPage):
    watches = frozenset({"sessions", "invitations", "attendance"})
    layout_key = "sessions_columns"
    # Asks the main window to open this session's page (invitations, check-in, run-sheet).
    open_requested = Signal(int)

    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None):
        super().__init__(workspace, options, data_table(), parent)
        self.model = SessionsModel(workspace.sessions, self)
        self.view.setModel(self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        stretch_column(self.view, TITLE_COLUMN)
        self.open_button = QPushButton()
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.newButton), self.open_button)
        self.open_button.clicked.connect(self.activate_item)
        self.cancel_button = QPushButton()
        self._selected_is_cancelled = False
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.deleteButton), self.cancel_button)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.sortByColumn(0, self.model.sort_order)
        self.retranslate()
        self.restore_layout()

    def reload(self) -> None:
        selected = self.selected_ids()
        self.model.refresh()
        self._update_summary()
        if selected and (row := self.model.row_of(selected[0])) >= 0:
            self.select_index(self.model.index(row, 0))
        self._update_buttons()

    def _update_summary(self) -> None:
        self.ui.summary.setText(self.tr("%n session(s)", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        session_id = self.current_id()
        session = self.workspace.register.session(session_id) if session_id is not None else None
        self._selected_is_cancelled = session is not None and session.status == SessionStatus.CANCELLED
        self._label_cancel_button()
        for button in (self.open_button, self.cancel_button, self.ui.editButton, self.ui.deleteButton):
            button.setEnabled(session is not None)

    def _label_cancel_button(self) -> None:
        self.cancel_button.setText(self.tr("&Reinstate") if self._selected_is_cancelled
                                   else self.tr("&Cancel Session"))

    def new_item(self) -> None:
        register = self.workspace.register
        dialog = SessionDialog(find_overlaps=register.overlapping_sessions, parent=self)
        if dialog.exec():
            session = dialog.session()
            change = register.add_session(session)
            self.workspace.record(self.tr("Created session %1").replace("%1", labels.quoted(session.title)), change)
            self.select_index(self.model.index(self.model.row_of(change.ids("sessions")[0]), 0))

    def activate_item(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.open_requested.emit(session_id)

    def edit_item(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.edit_session(session_id)

    def edit_session(self, session_id: int) -> None:
        register = self.workspace.register
        session = register.session(session_id)
        if session is None:
            return
        dialog = SessionDialog(session, register.overlapping_sessions, parent=self)
        if dialog.exec():
            edited = dialog.session()
            change = register.edit_session(session_id, edited)
            self.workspace.record(self.tr("Edited session %1").replace("%1", labels.quoted(edited.title)), change)

    def toggle_cancelled(self) -> None:
        register = self.workspace.register
        session_id = self.current_id()
        session = register.session(session_id) if session_id is not None else None
        if session is None:
            return
        if session.status == SessionStatus.CANCELLED:
            change = register.set_session_status([session_id], SessionStatus.PLANNED)
            self.workspace.record(self.tr("Reinstated %1").replace("%1", labels.quoted(session.title)), change)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel session"), self.tr(
            "Cancel %1? It stays in the list, marked as cancelled.").replace("%1", labels.quoted(session.title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        expecting = self.workspace.invitations.expecting(session_id)
        if expecting:
            box.setInformativeText(self.tr(
                "%n invitee(s) expect this session. Send them the cancellation: open the session "
                "and save its calendar invitation, which then cancels the meeting in their "
                "calendars, or write to them.", "", expecting))
        if box.exec() == QMessageBox.StandardButton.Yes:
            change = register.set_session_status([session_id], SessionStatus.CANCELLED)
            self.workspace.record(self.tr("Cancelled %1").replace("%1", labels.quoted(session.title)), change)

    def delete_item(self) -> None:
        register = self.workspace.register
        ids = self.selected_ids()
        if not ids:
            return
        attended = register.session_attendance_count(ids)
        if attended:
            answer = QMessageBox.warning(
                self, self.tr("Delete", "session"),
                self.tr("Attendance has been recorded for %n person(s). Delete anyway, attendance "
                        "included? (You can undo this.)", "", attended),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        titles = ", ".join(labels.quoted(register.session(session_id).title) for session_id in ids)
        change = register.delete_sessions(ids)
        self.workspace.record(self.tr("Deleted %1").replace("%1", titles), change)

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.heading.setText(self.tr("Sessions"))
        self.ui.newButton.setText(self.tr("&New Session…"))
        self.open_button.setText(self.tr("&Open"))
        self.view.setAccessibleName(self.tr("Sessions"))
        self.model.retranslate()
        self._update_summary()
        self._label_cancel_button()
