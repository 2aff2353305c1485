"""Everything the views of one open document share: its services, its undo stack, and
the signals that tell views to refresh and the status bar what just happened.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...services.check_in import CheckIn
from ...services.invitations import Invitations
from ...services.mail import Mail
from ...services.organisations_overview import OrganisationsOverview
from ...services.people_search import PeopleSearch
from ...services.reach import Reach
from ...services.register import Register
from ...services.run_sheet import RunSheet
from ...services.sessions_overview import SessionsOverview
from ...store.changes import TABLE_ORDER, ChangeSet
from ...store.document import Document

if TYPE_CHECKING:
    from ...services.calendar import CalendarExport


class Workspace(QObject):
    # Emitted with the set of table names whose rows changed (after do, undo or redo).
    changed = Signal(object)
    # Emitted with a sentence for the status bar.
    message = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.register = Register(document.db)
        self.people = PeopleSearch(document.db)
        self.sessions = SessionsOverview(document.db)
        self.organisations = OrganisationsOverview(document.db)
        self.invitations = Invitations(document.db)
        self.check_in = CheckIn(document.db)
        self.mail = Mail(document.db)
        self.run_sheet = RunSheet(document.db)
        self.reach = Reach(document.db)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._announce_undo_redo)
        self._last_index = 0

    @cached_property
    def calendar(self) -> "CalendarExport":
        """Calendar files, built on first use: icalendar is slow to import at start-up."""
        from ...services.calendar import CalendarExport

        return CalendarExport(self.document.db)

    def record(self, text: str, change: ChangeSet) -> None:
        """Put a change that has just been made on the undo stack and announce it."""
        self._last_index = self.undo_stack.index() + 1
        self.undo_stack.push(ChangeCommand(text, self, change))
        self.message.emit(text)

    def notify(self, change: ChangeSet) -> None:
        tables = {table for table in TABLE_ORDER if change.ids(table)}
        self.changed.emit(frozenset(tables))

    def _announce_undo_redo(self, index: int) -> None:
        if index < self._last_index:
            self.message.emit(self.tr("Undone: %1").replace("%1", self.undo_stack.text(index)))
        elif index > self._last_index:
            self.message.emit(self.tr("Redone: %1").replace("%1", self.undo_stack.text(index - 1)))
        self._last_index = index


class ChangeCommand(QUndoCommand):
    """Undo/redo of one change: the change is made before the command is pushed."""

    def __init__(self, text: str, workspace: Workspace, change: ChangeSet):
        super().__init__(text)
        self._workspace = workspace
        self._change = change
        self._done = True  # push() calls redo() at once; the change is already made

    def redo(self) -> None:
        if not self._done:
            self._workspace.register.apply(self._change, undo=False)
        self._done = False
        self._workspace.notify(self._change)

    def undo(self) -> None:
        self._workspace.register.apply(self._change, undo=True)
        self._workspace.notify(self._change)
