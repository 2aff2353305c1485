"""Composition root: builds the QApplication on the qasync loop, the settings, the
language, the document and its window, and passes each what it needs.
"""

import asyncio
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from . import APP_ID
from .crash_log import start_log
from .language import LanguageSwitcher
from .language import resolve as resolve_language
from .locations import (
    APP_NAME,
    DEMO_FILE,
    Risk,
    backups_folder,
    default_data_folder,
    default_document,
    log_folder,
    storage_risk,
    user_settings,
)
from .options import Options
from .services.setup import set_up_county
from .store import errors
from .store.backups import BackupFailed, BackupPolicy
from .store.document import Document
from .ui.common.main_thread_gc import MainThreadGarbageCollector
from .ui.common.resources import icon, stylesheet
from .ui.common.workspace import Workspace
from .ui.document import document_errors
from .ui.document.start_dialog import StartChoice, StartDialog
from .ui.mainwindow.main_window import MainWindow, file_filter
from .ui.mainwindow.problem_dialog import CrashHandler


class Application(QObject):
    """Opens documents and keeps exactly one main window on the open one."""

    def __init__(self, options: Options, languages: LanguageSwitcher, data_folder: Path,
                 backups_root: Path | None = None, default_file: Path | None = None):
        super().__init__()
        self.options = options
        self.languages = languages
        self.data_folder = data_folder
        self.backups_root = backups_root
        self.default_file = default_file or data_folder / "facilitator.sqlite"
        self.log_folder: Path | None = None
        self.window: MainWindow | None = None

    def _backups(self) -> dict:
        policy = BackupPolicy(self.options.backups_keep_newest, self.options.backups_weekly_weeks)
        return {"backups_root": self.backups_root, "policy": policy}

    # -- start ------------------------------------------------------------------
    def start(self, args) -> bool:
        """Open what the command line asks for; return False if the user chose to quit."""
        if args.demo:
            return self.open_demo(args.db)
        path = args.db or Path(self.options.last_document or self.default_file)
        if path.exists():
            return self.open_path(path, read_only=args.read_only) or self.welcome(self.default_file)
        return self.welcome(path)

    def welcome(self, path: Path) -> bool:
        """First start (or no usable file): choose a county, the demo, or another file."""
        while True:
            dialog = StartDialog(path, self.window)
            if path.exists():
                dialog.ui.county.setEnabled(False)
            if not dialog.exec():
                return self.window is not None
            if dialog.choice is StartChoice.DEMO and self.open_demo(None):
                return True
            if dialog.choice is StartChoice.OPEN and self.choose_and_open():
                return True
            if dialog.choice is StartChoice.COUNTY and not path.exists() and self.create(
                    path, dialog.county_code(), dialog.programme_name(), dialog.reach_target()):
                return True

    def choose_and_open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Facilitator File"),
                                              str(self.data_folder), file_filter())
        return bool(path) and self.open_path(Path(path))

    # -- documents -------------------------------------------------------------------
    def open_path(self, path: Path | str, read_only: bool = False) -> bool:
        path = Path(path)
        try:
            # The page check reads the whole file: it runs after the window is up.
            document = Document.open(path, read_only=read_only, verify_now=False, **self._backups())
        except errors.DocumentError as error:
            if document_errors.show(self.window, error):
                return self.open_path(path, read_only=True)
            if isinstance(error, errors.DocumentMissing):
                self.options.remove_recent_file(str(path))
            return False
        self.show(document)
        self.window.check_for_damage()
        self.warn_about_storage(document.path)
        return True

    def create(self, path: Path, county_code: str | None, programme: str, target: int) -> bool:
        try:
            document = Document.create(path, **self._backups())
        except (OSError, errors.DocumentError) as error:
            self._cannot_create(path, error)
            return False
        if county_code:
            set_up_county(document.db, county_code, programme_name=programme, reach_target=target)
        self.show(document)
        return True

    def create_requested(self, path: str) -> None:
        target = Path(path)
        if target.exists():
            QMessageBox.warning(self.window, self.tr("New File"), self.tr(
                "%1 already exists. Facilitator does not replace files: choose another name.")
                .replace("%1", str(target)))
            return
        dialog = StartDialog(target, self.window)
        dialog.ui.demoButton.hide()
        dialog.ui.openButton.hide()
        if dialog.exec() and dialog.choice is StartChoice.COUNTY:
            self.create(target, dialog.county_code(), dialog.programme_name(), dialog.reach_target())

    def open_demo(self, path: Path | None) -> bool:
        """A fresh demo file: the default demo file is replaced; a named one must be new."""
        target = path or self.data_folder / DEMO_FILE
        if path is None and target.exists():
            try:
                previous = Document.open(target)  # also proves no other window has it open
            except errors.DocumentError as error:
                document_errors.show(self.window, error)
                return False
            previous.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        elif target.exists():
            QMessageBox.warning(self.window, self.tr("Demo"), self.tr(
                "%1 already exists. The demo is only written to a new file.").replace("%1", str(target)))
            return False
        try:
            document = Document.create(target, **self._backups())
        except (OSError, errors.DocumentError) as error:
            self._cannot_create(target, error)
            return False
        from .services.demo import create_demo  # only the demo needs it: not at start-up

        create_demo(document.db)
        self.show(document)
        return True

    def show(self, document: Document) -> None:
        """Put a window on ``document``; the previous document is closed."""
        previous = self.window
        window = MainWindow(Workspace(document), self.options)
        window.open_requested.connect(lambda path, read_only: self.open_path(path, read_only))
        window.new_requested.connect(self.create_requested)
        window.language_chosen.connect(self.languages.apply)
        window.restore_requested.connect(self.restore)
        window.log_folder = self.log_folder
        self.window = window
        window.show()
        if previous is not None:
            previous.close()
            if previous.workspace.document is not document:
                previous.workspace.document.close()
            previous.deleteLater()
        if not document.read_only:
            self.options.last_document = str(document.path)
        self.options.add_recent_file(str(document.path))
        window.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(document.path)), 10000)

    def restore(self, backup: str) -> None:
        """Put a backup back into the open file (its current content backed up first), then
        show it in a new window: the old one's lists and undo history describe what was."""
        document = self.window.workspace.document
        try:
            document.back_up("restore")
            document.backups.restore_into(Path(backup), document.db.conn)
        except BackupFailed as error:
            document_errors.show_write_problem(self.window, error)
            return
        except sqlite3.Error as error:
            problem = errors.classify(error, document.path) or errors.CorruptDocument(Path(backup), str(error))
            document_errors.show_write_problem(self.window, problem)
            return
        self.show(document)
        self.window.statusBar().showMessage(self.tr("Restored the backup from %1").replace("%1", backup), 10000)

    def warn_about_storage(self, path: Path) -> None:
        """A file on a network share, in a synced folder or in the roaming profile: say why
        that is risky and offer to move it to this computer."""
        risk = storage_risk(path)
        if risk is None or self.options.storage_warning_dismissed(str(path)):
            return
        where = {Risk.NETWORK: self.tr("on a network drive (%1)"), Risk.SYNCED: self.tr("in a folder synced by %1"),
                 Risk.ROAMING: self.tr("in your roaming profile (%1), which is copied to a server")}[risk.risk]
        local = self.data_folder / path.name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File in a risky place"), self.tr(
            "%1 is %2.").replace("%1", str(path)).replace("%2", where.replace("%1", risk.service)), parent=self.window)
        box.setInformativeText(self.tr(
            "Facilitator's file can be damaged when another computer or a sync program copies it while it is "
            "open, and network drives do not support what keeps it safe. Keep the file on this computer (%1) and "
            "share copies instead (File → Save a Copy). Backups are kept on this computer either way.")
            .replace("%1", str(self.data_folder)))
        move = box.addButton(self.tr("&Move to This Computer"), QMessageBox.ButtonRole.AcceptRole)
        dismiss = box.addButton(self.tr("&Keep It There"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is move:
            self.move_to_this_computer(path, local)
        elif box.clickedButton() is dismiss:
            self.options.dismiss_storage_warning(str(path))

    def move_to_this_computer(self, path: Path, target: Path) -> None:
        if target.exists():
            QMessageBox.warning(self.window, self.tr("Move to This Computer"), self.tr(
                "%1 already exists. Facilitator does not replace files: open it, or move the file by hand.")
                .replace("%1", str(target)))
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        document = self.window.workspace.document
        try:
            document.save_copy(target)
        except OSError as error:
            self._cannot_create(target, error)
            return
        document.close()
        self.window.close()
        self.window = None
        if self.open_path(target):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self.options.remove_recent_file(str(path))

    def _cannot_create(self, path: Path, error: Exception) -> None:
        detail = getattr(error, "strerror", None) or str(error)
        QMessageBox.warning(self.window, self.tr("Cannot create file"), self.tr(
            "%1 could not be created: %2. Choose a folder where you can save files.")
            .replace("%1", str(path)).replace("%2", detail))

    def close(self) -> None:
        if self.window is not None:
            self.window.workspace.document.close()


def build_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Linux: the window belongs to the installed menu entry and its icon
    app.setWindowIcon(icon("facilitator"))
    app.setStyleSheet(stylesheet())
    return app


def run_window(args) -> int:
    """Open the window on what the command line asked for and run until it closes."""
    import qasync  # the event loop is needed only for the window

    from .xcb_check import check_or_explain

    options = Options(user_settings())
    missing = check_or_explain(resolve_language(args.lang or options.language))
    if missing:  # instead of Qt's "could not load the Qt platform plugin"
        print(missing, file=sys.stderr)
        return 1
    app = build_application([sys.argv[0], *sys.argv[1:]])
    collector = MainThreadGarbageCollector(app)  # noqa: F841 - lives as long as the app
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    log_file = _start_log()
    languages = LanguageSwitcher(app)
    languages.apply(args.lang or options.language)
    controller = Application(options, languages, default_data_folder(), backups_folder(), default_document())
    controller.log_folder = log_file.parent if log_file else None
    crashes = CrashHandler(log_file, lambda: controller.window.workspace.document.path if controller.window else None,
                           app)
    crashes.install(loop)
    if not controller.start(args):
        return 0
    app.setQuitOnLastWindowClosed(True)
    with loop:
        loop.run_forever()
    controller.close()
    return 0


def _start_log() -> Path | None:
    try:
        return start_log(log_folder())
    except OSError:
        return None  # no log rather than no app


def main(argv: list[str] | None = None) -> int:
    """The window, or a command (see cli.main, which is the entry point)."""
    from .cli import main as cli_main

    return cli_main(argv)
