"""Everything the views of one open document share: its services, its undo stack, and
the signals that tell views to refresh and the status bar what just happened.
"""

import sqlite3
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
from ...store import errors
from ...store.changes import TABLE_ORDER, ChangeSet
from ...store.document import Document

if TYPE_CHECKING:
    from ...services.calendar import CalendarExport


class Workspace(QObject):
    # Emitted with the set of table names whose rows changed (after do, undo or redo).
    changed = Signal(object)
    # Emitted with a sentence for the status bar.
    message = Signal(str)
    # Emitted with a store.errors.DocumentError when an undo or redo could not be written
    # (the file locked by another program, a full disk); the undo stack stayed where it was.
    write_failed = Signal(object)

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

    def undo(self) -> bool:
        """Undo the last change - moving the undo stack only once the file holds the undone
        state, so the stack never claims what the data does not show."""
        return self.undo_stack.canUndo() and self._step(self.undo_stack.index() - 1, undo=True)

    def redo(self) -> bool:
        return self.undo_stack.canRedo() and self._step(self.undo_stack.index(), undo=False)

    def _step(self, index: int, *, undo: bool) -> bool:
        command = self.undo_stack.command(index)
        if isinstance(command, ChangeCommand):
            try:
                command.write(undo=undo)
            except sqlite3.Error as error:
                problem = errors.classify(error, self.document.path)
                if problem is None:
                    raise
                self.write_failed.emit(problem)
                return False
        if undo:
            self.undo_stack.undo()
        else:
            self.undo_stack.redo()
        return True

    def forget_history(self) -> None:
        """Empty the undo history: after erasing a person it must not keep copies of their rows."""
        self.undo_stack.clear()
        self._last_index = 0

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
        self._written = True  # push() calls redo() at once; the change is already made

    def write(self, *, undo: bool) -> None:
        """Write one side of the change now (Workspace.undo/redo, before moving the stack)."""
        self._workspace.register.apply(self._change, undo=undo)
        self._written = True

    def redo(self) -> None:
        if not self._written:
            self._workspace.register.apply(self._change, undo=False)
        self._written = False
        self._workspace.notify(self._change)

    def undo(self) -> None:
        if not self._written:
            self._workspace.register.apply(self._change, undo=True)
        self._written = False
        self._workspace.notify(self._change)
