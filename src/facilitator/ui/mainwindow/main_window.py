"""The main window: navigation between Sessions, People and Organisations, the File and
Edit menus with platform shortcuts, undo/redo, and the status bar.

Opening or creating another file is the application's job (see app.py); the window
asks for it through its signals.
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget
from qasync import asyncSlot

from ... import labels, language
from ...options import Options
from ...store.document import CopyCancelled
from ..common.background import run_and_wait, run_in_thread, run_with_progress
from ..common.list_page import ListPage
from ..common.resources import icon
from ..common.workspace import Workspace
from ..dashboard.dashboard_view import DashboardView
from ..document import document_errors
from ..forms.ui_main_window import Ui_MainWindow
from ..organisations.organisations_view import OrganisationsView
from ..people.people_view import PeopleView
from ..sessions.sessions_view import SessionsView
from .settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from ..sessions.session_page import SessionPage

FILE_SUFFIX = ".sqlite"


def file_filter() -> str:
    # .facilitator is the file type the Windows installer registers (the same SQLite file).
    return QMainWindow.tr("Facilitator files (*.sqlite *.facilitator *.db);;All files (*)")


class MainWindow(QMainWindow):
    # The user chose a file to open: (path, read_only).
    open_requested = Signal(str, bool)
    # The user chose where to create a new file.
    new_requested = Signal(str)
    # The user picked another interface language in Settings ("sv", "en" or "").
    language_chosen = Signal(str)
    # The user chose a backup to put back into the open file (its path).
    restore_requested = Signal(str)

    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.workspace = workspace
        workspace.setParent(self)  # the window owns its document's workspace and undo stack
        self.options = options
        self.setWindowIcon(icon("facilitator"))
        self.sessions_view = SessionsView(workspace, options)
        self.people_view = PeopleView(workspace, options)
        self.organisations_view = OrganisationsView(workspace, options)
        self.pages: list[ListPage] = [self.sessions_view, self.people_view, self.organisations_view]
        self.dashboard_view = DashboardView(workspace, options)
        # The sidebar's views in order: the list pages, then the dashboard.
        self.views: list[QWidget] = [*self.pages, self.dashboard_view]
        for page, name in zip(self.views, ("sessions", "people", "organisations", "dashboard")):
            self.ui.pages.addWidget(page)
            QListWidgetItem(icon(name), "", self.ui.navigation).setSizeHint(QSize(170, 40))
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self.ui.navigation.itemClicked.connect(lambda item: self._show_page(self.ui.navigation.row(item)))
        self.organisations_view.show_people_requested.connect(self.show_people_of)
        self.sessions_view.open_requested.connect(self.open_session)
        self.session_page: SessionPage | None = None
        self.log_folder: Path | None = None  # where Help → Open Log Folder goes (set by the app)
        self._location = QLabel()
        self.statusBar().addPermanentWidget(self._location)
        workspace.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._build_actions()
        self._fill_recent_menu()
        self.retranslate()
        self.ui.navigation.setCurrentRow(0)
        self._restore_window()
        if workspace.document.read_only:
            self._make_read_only()

    # -- actions -------------------------------------------------------------------
    def _build_actions(self) -> None:
        ui, stack = self.ui, self.workspace.undo_stack
        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.triggered.connect(self.workspace.undo)
        self.redo_action.triggered.connect(self.workspace.redo)
        self.workspace.write_failed.connect(lambda problem: document_errors.show_write_problem(self, problem))
        stack.indexChanged.connect(self._label_undo_redo)
        ui.menuEdit.insertActions(ui.actionNewItem, [self.undo_action, self.redo_action])
        ui.menuEdit.insertSeparator(ui.actionNewItem)
        # (action, the platform's standard key, the key to use where the platform has none)
        shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str, str]] = [
            (self.undo_action, QKeySequence.StandardKey.Undo, "Ctrl+Z"),
            (self.redo_action, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"),
            # New makes what people make most often here: a person or a session.
            (ui.actionNewItem, QKeySequence.StandardKey.New, "Ctrl+N"),
            (ui.actionNew, "Ctrl+Shift+N", ""),
            (ui.actionOpen, QKeySequence.StandardKey.Open, "Ctrl+O"),
            (ui.actionSaveCopy, QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"),
            (ui.actionPrint, QKeySequence.StandardKey.Print, "Ctrl+P"),
            (ui.actionSettings, QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            (ui.actionQuit, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            (ui.actionFind, QKeySequence.StandardKey.Find, "Ctrl+F"),
            (ui.actionDeleteItem, QKeySequence.StandardKey.Delete, "Del"),
        ]
        for action, key, fallback in shortcuts:
            sequence = QKeySequence(key)
            action.setShortcut(sequence if not sequence.isEmpty() else QKeySequence(fallback))
        ui.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        ui.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        ui.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        ui.actionNewItem.setIcon(icon("add"))
        ui.actionEditItem.setIcon(icon("edit"))
        ui.actionDeleteItem.setIcon(icon("delete"))
        ui.actionFind.setIcon(icon("search"))
        ui.actionNew.triggered.connect(self.choose_new_file)
        ui.actionOpen.triggered.connect(self.choose_file_to_open)
        ui.actionSaveCopy.triggered.connect(self.choose_copy_target)
        ui.actionImportPeople.triggered.connect(self.choose_people_file)
        ui.actionMerge.triggered.connect(self.choose_file_to_merge)
        self.people_view.files_dropped.connect(self.import_people)
        ui.actionPrint.triggered.connect(self.print_run_sheet)
        ui.pages.currentChanged.connect(self._update_print_action)
        self._update_print_action()
        ui.actionSettings.triggered.connect(self.edit_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionRestoreBackup.triggered.connect(self.choose_backup_to_restore)
        ui.actionPurge.triggered.connect(self.purge_old_personal_data)
        ui.actionOpenLogFolder.triggered.connect(self.open_log_folder)
        ui.actionNewItem.triggered.connect(lambda: self._on_current_page("new_item"))
        ui.actionEditItem.triggered.connect(lambda: self._on_current_page("edit_item"))
        ui.actionDeleteItem.triggered.connect(lambda: self._on_current_page("delete_item"))
        ui.actionFind.triggered.connect(self.find)
        for row, action in enumerate((ui.actionShowSessions, ui.actionShowPeople, ui.actionShowOrganisations,
                                      ui.actionShowDashboard)):
            action.triggered.connect(lambda checked=False, row=row: ui.navigation.setCurrentRow(row))

    def current_page(self) -> ListPage | None:
        """The list view showing, or None while a session's own page is open."""
        widget = self.ui.pages.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentWidget(self.views[row])
            self._retranslate_item_actions()

    def open_session(self, session_id: int) -> None:
        """Show one session's page (invitations, check-in, run-sheet) in place of the list."""
        self._close_session_page()
        from ..sessions.session_page import SessionPage  # needed only once a session is opened

        self.session_page = SessionPage(self.workspace, self.options, session_id)
        self.session_page.back_requested.connect(lambda: self._show_page(0))
        self.session_page.edit_requested.connect(self.sessions_view.edit_session)
        self.session_page.settings_requested.connect(self.edit_settings)
        self.ui.pages.addWidget(self.session_page)
        self.ui.pages.setCurrentWidget(self.session_page)
        self.ui.navigation.blockSignals(True)  # a session belongs under Sessions in the sidebar
        self.ui.navigation.setCurrentRow(self.pages.index(self.sessions_view))
        self.ui.navigation.blockSignals(False)
        self._retranslate_item_actions()

    def _close_session_page(self) -> None:
        """Throw the session's page away, keeping what was being typed into it."""
        if self.session_page is not None:
            self.session_page.close_page()
            self.ui.pages.removeWidget(self.session_page)
            self.session_page.deleteLater()
            self.session_page = None

    def print_run_sheet(self) -> None:
        """File → Print: the run-sheet of the session showing."""
        if self.session_page is not None and self.ui.pages.currentWidget() is self.session_page:
            self.session_page.print_run_sheet()

    def _update_print_action(self) -> None:
        """Print prints a session's run-sheet: it is there while a session's page shows."""
        self.ui.actionPrint.setEnabled(self.session_page is not None
                                       and self.ui.pages.currentWidget() is self.session_page)

    def _on_current_page(self, method: str) -> None:
        page = self.current_page()
        if page is not None:
            getattr(page, method)()

    def show_people_of(self, organisation_id: int) -> None:
        self.ui.navigation.setCurrentRow(self.pages.index(self.people_view))
        self.people_view.filter_by_organisation(organisation_id)

    def find(self) -> None:
        self.ui.navigation.setCurrentRow(self.pages.index(self.people_view))
        self.people_view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.people_view.search.selectAll()

    @asyncSlot()
    async def check_for_damage(self) -> None:
        """The full page check, after the window is up; damage turns the window read-only."""
        document = self.workspace.document
        problem = await run_in_thread(document.find_damage)
        if problem is None:
            await self._take_daily_backup()
            return
        document.make_read_only()
        self._make_read_only()
        self.retranslate()
        document_errors.show(self, problem)

    async def _take_daily_backup(self) -> None:
        """Once a day, a backup of the file as it opened (a damaged file is not backed up)."""
        backups = self.workspace.document.backups
        if backups is None or self.workspace.document.read_only:
            return
        from ...store.backups import BackupFailed

        try:
            backup = await run_in_thread(backups.take_daily)
        except BackupFailed as error:
            self.statusBar().showMessage(self.tr("No backup could be made today: %1").replace("%1", error.detail))
            return
        if backup is not None:
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(backup.path.parent)), 10000)

    # -- backups, old personal data, the log -------------------------------------------
    def choose_backup_to_restore(self) -> None:
        from ..document.restore_dialog import RestoreDialog

        document = self.workspace.document
        if document.backups is None or document.read_only:
            return
        dialog = RestoreDialog(document.backups, self)
        if dialog.exec() and dialog.chosen() is not None:
            self.restore_requested.emit(str(dialog.chosen().path))

    def purge_old_personal_data(self) -> None:
        from ..document.purge_dialog import PurgeDialog

        if self.workspace.document.read_only:
            return
        PurgeDialog(self.workspace, self.options, self).exec()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ...locations import log_folder

        folder = self.log_folder or log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _make_read_only(self) -> None:
        for action in (self.ui.actionNewItem, self.ui.actionEditItem, self.ui.actionDeleteItem,
                       self.ui.actionImportPeople, self.ui.actionMerge, self.ui.actionRestoreBackup,
                       self.ui.actionPurge):
            action.setEnabled(False)
        for page in self.pages:
            for button in (page.ui.newButton, page.ui.editButton, page.ui.deleteButton):
                button.setEnabled(False)

    # -- files -----------------------------------------------------------------------
    def choose_file_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Facilitator File"),
                                              str(self.workspace.document.path.parent), file_filter())
        if path:
            self.open_requested.emit(path, False)

    def choose_new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Facilitator File"),
                                              str(self.workspace.document.path.parent / "facilitator.sqlite"),
                                              file_filter())
        if path:
            self.new_requested.emit(_with_suffix(path))

    def choose_copy_target(self) -> None:
        document = self.workspace.document
        suggestion = document.path.with_name(f"{document.path.stem} copy{FILE_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), str(suggestion), file_filter())
        if path:
            self.save_copy_to(_with_suffix(path))

    @asyncSlot(str)
    async def save_copy_to(self, path: str) -> None:
        """Copy the document in the background; the file keeps working meanwhile."""
        document = self.workspace.document
        if Path(path).absolute() == document.path:
            QMessageBox.information(self, self.tr("Save a Copy"), self.tr(
                "This is the open file. Choose another name for the copy."))
            return
        try:
            await run_with_progress(self, self.tr("Saving a copy…"),
                                    lambda progress, cancelled: document.save_copy(path, progress, cancelled))
        except CopyCancelled:
            self.statusBar().showMessage(self.tr("Copy cancelled; nothing was written."), 10000)
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save a Copy"), self.tr(
                "The copy could not be written to %1: %2. Choose another folder.")
                .replace("%1", path).replace("%2", error.strerror or str(error)))
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", path), 10000)

    def choose_people_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import People"), str(Path.home()),
            self.tr("People lists (*.xlsx *.ods *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.import_people(path)

    def import_people(self, path: str) -> None:
        """Read the list (off the UI thread), then let the wizard take the user through it."""
        from ...formats.tables import UnreadableFile, read_table
        from ..people.import_people_wizard import ImportPeopleWizard

        if self.workspace.document.read_only:
            return
        self.ui.navigation.setCurrentRow(self.pages.index(self.people_view))
        try:
            table = run_and_wait(self, self.tr("Reading %1…").replace("%1", Path(path).name),
                                 lambda progress, cancelled: read_table(Path(path)))
        except UnreadableFile as error:
            QMessageBox.warning(self, self.tr("Import People"), self.tr(
                "%1 cannot be imported. %2").replace("%1", Path(path).name).replace("%2", labels.unreadable(error)))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Import People"), self.tr("%1 could not be read: %2")
                                .replace("%1", Path(path).name).replace("%2", error.strerror or str(error)))
            return
        ImportPeopleWizard(self.workspace, table, Path(path).name, self).exec()

    def choose_file_to_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge Another Facilitator File"), str(Path.home()), file_filter())
        if path:
            self.merge_file(path)

    def merge_file(self, path: str) -> None:
        """Preview the merge, let the user settle conflicts, then merge in one undoable step.

        Reading and writing run off the UI thread, each on a connection of its own.
        """
        from ...services.merge import Merge
        from ...store.backups import BackupFailed
        from ...store.errors import DocumentError, classify
        from ...store.merge import SameFile
        from ..document.merge_dialog import MergeDialog

        document = self.workspace.document
        if document.read_only:
            return

        def on_worker(work):
            db = document.connect_worker()
            try:
                return work(Merge(db))
            finally:
                db.close()

        name = Path(path).name
        try:
            plan = run_and_wait(self, self.tr("Reading %1…").replace("%1", name),
                                lambda progress, cancelled: on_worker(lambda merge: merge.preview(path)))
        except SameFile:
            QMessageBox.warning(self, self.tr("Merge Another Facilitator File"), self.tr(
                "%1 is the file you have open, so there is nothing to merge. Choose another region's file.")
                .replace("%1", path))
            return
        except DocumentError as error:
            document_errors.show(self, error)
            return
        dialog = MergeDialog(plan, self)
        if not dialog.exec():
            return
        choices = dialog.choices()

        def back_up_and_merge(merge):
            document.back_up("merge")
            return merge.apply(plan, choices)

        try:
            result = run_and_wait(self, self.tr("Merging %1…").replace("%1", name),
                                  lambda progress, cancelled: on_worker(back_up_and_merge))
        except (BackupFailed, sqlite3.Error) as error:
            problem = error if isinstance(error, BackupFailed) else classify(error, document.path)
            if problem is None:
                raise
            document_errors.show_write_problem(self, problem)
            return
        except DocumentError as error:
            document_errors.show(self, error)
            return
        total = result.total
        self.workspace.record(self.tr("Merge %1").replace("%1", name), result.change)
        self.statusBar().showMessage(self.tr("Merged %1: %2 added, %3 updated, %4 conflicts kept as they were")
                                     .replace("%1", name).replace("%2", str(total.added))
                                     .replace("%3", str(total.updated)).replace("%4", str(total.conflicts)), 10000)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for path in self.options.recent_files:
            action = menu.addAction(path)
            action.triggered.connect(lambda checked=False, path=path: self.open_requested.emit(path, False))
        menu.setEnabled(bool(self.options.recent_files))

    # -- settings, language, about ----------------------------------------------------
    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.options, self)
        if dialog.exec():
            self.language_chosen.emit(self.options.language)

    def about(self) -> None:
        from ...about import support_facts
        from .about_dialog import AboutDialog

        facts = support_facts(self.workspace.document, language.resolve(self.options.language))
        AboutDialog(facts, self).exec()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for row, text in enumerate((self.tr("Sessions"), self.tr("People"), self.tr("Organisations"),
                                    self.tr("Dashboard"))):
            self.ui.navigation.item(row).setText(text)
        self._label_undo_redo()
        self._retranslate_item_actions()
        document = self.workspace.document
        suffix = self.tr(" (read-only)") if document.read_only else ""
        self.setWindowTitle(f"{document.path.name}{suffix} — Facilitator")
        self._location.setText(str(document.path) + suffix)

    def _label_undo_redo(self) -> None:
        """Undo and Redo name what they would undo or redo, in the interface language."""
        stack = self.workspace.undo_stack
        for action, possible, text, named, plain in (
                (self.undo_action, stack.canUndo(), stack.undoText(), self.tr("&Undo: %1"), self.tr("&Undo")),
                (self.redo_action, stack.canRedo(), stack.redoText(), self.tr("&Redo: %1"), self.tr("&Redo"))):
            action.setText(named.replace("%1", text) if possible else plain)
            action.setEnabled(possible and not self.workspace.document.read_only)

    def _retranslate_item_actions(self) -> None:
        page = self.current_page()
        for action in (self.ui.actionNewItem, self.ui.actionEditItem, self.ui.actionDeleteItem):
            action.setEnabled(page is not None and not self.workspace.document.read_only)
        if page is not None:
            self.ui.actionNewItem.setText(page.ui.newButton.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- window layout remembered -----------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.options.layout("main_window_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1320, 760)

    def save_layout(self) -> None:
        self.options.set_layout("main_window_geometry", self.saveGeometry())
        for page in self.pages:
            page.save_layout()
        self.options.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.session_page is not None:
            self.session_page.close_page()  # the document closes after the window
        super().closeEvent(event)


def _with_suffix(path: str) -> str:
    return path if Path(path).suffix else path + FILE_SUFFIX
