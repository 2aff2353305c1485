"""Nothing fails silently: every exception the app did not expect - in a slot, a coroutine
or a worker thread - is logged and shown in a "something went wrong" dialog with Copy
Details, instead of a click that does nothing (the Windows launcher has no console).

Problems with the user's file or machine that SQLite reports (a full disk, another
program's lock) are not bugs: they get the plain explanation of document_errors instead.
"""

import asyncio
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...crash_log import logger
from ...store import errors
from ...store.backups import BackupFailed
from ..document import document_errors


class ProblemDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        text = self.tr("Facilitator ran into a problem it did not expect, and what you just did may not have "
                       "finished. What was saved before is safe: every change is saved as one whole step, or "
                       "not at all.")
        if log_file is not None:
            text += " " + self.tr("The details are also in the log: %1").replace("%1", str(log_file))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)


class CrashHandler(QObject):
    """Routes unexpected exceptions to the log and a dialog on the UI thread."""

    # (details text, the exception) - emitted from any thread, shown on the UI thread.
    problem = Signal(str, object)

    def __init__(self, log_file: Path | None, document_path: Callable[[], Path | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self._document_path = document_path
        self._showing = False
        self.problem.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)
        if loop is not None:
            loop.set_exception_handler(self._asyncio_problem)

    def handle(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        logger.error("Unexpected problem:\n%s", details)
        self.problem.emit(details, error)

    def _asyncio_problem(self, loop, context: dict) -> None:
        error = context.get("exception")
        if error is None:
            logger.error("asyncio: %s", context.get("message"))
            return
        self.handle(type(error), error, error.__traceback__)

    def _show(self, details: str, error: object) -> None:
        parent = QApplication.activeWindow()
        problem = self.environment_problem(error)
        if problem is not None:
            document_errors.show_write_problem(parent, problem)
            return
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            ProblemDialog(details, self.log_file, parent).exec()
        finally:
            self._showing = False

    def environment_problem(self, error: object) -> errors.DocumentError | BackupFailed | None:
        """A full disk, another program's lock, a failed backup: the user's to fix, not a bug."""
        if isinstance(error, BackupFailed):
            return error
        if isinstance(error, BaseException):
            return errors.classify(error, self._document_path() or "")
        return None
