"""The People view: search as you type, filter by organisation and category, add, edit,
deactivate or delete - all undoable.
"""

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMenu, QMessageBox, QWidget

from ... import labels
from ...domain.enums import PersonCategory
from ...options import Options
from ...services.errors import InvalidInput
from ..common.list_page import ListPage, data_table, stretch_column
from ..common.resources import icon
from ..common.workspace import Workspace
from .people_model import PeopleModel
from .person_dialog import PersonDialog

# A search that answers faster than this runs on every keystroke; a slower one waits
# until typing pauses, so typing never lags behind the keyboard.
INSTANT_SEARCH_SECONDS = 0.05
TYPING_PAUSE_MS = 180
COLUMN_WIDTHS = [190, 0, 180, 165, 230, 110]
TITLE_COLUMN = 1


class PeopleView(ListPage):
    watches = frozenset({"people", "organisations"})
    layout_key = "people_columns"
    # Emitted after the table shows the result of a search (for tests and benchmarks).
    searched = Signal()
    # A file was dropped on the view to import (its local path).
    files_dropped = Signal(str)

    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None):
        super().__init__(workspace, options, data_table(), parent)
        self.model = PeopleModel(workspace.people, self)
        self.view.setModel(self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        stretch_column(self.view, TITLE_COLUMN)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.organisation_filter = QComboBox()
        self.organisation_filter.setMinimumContentsLength(22)
        self.category_filter = QComboBox()
        self.show_inactive = QCheckBox()
        self.show_inactive.setChecked(True)
        self._fill_organisation_filter()
        self._fill_category_filter()
        for widget in (self.search, self.organisation_filter, self.category_filter, self.show_inactive):
            self.ui.filterLayout.addWidget(widget, 3 if widget is self.search else 0)
        self._search_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._last_search_seconds = 0.0
        self.search.textChanged.connect(self._on_typed)
        self.organisation_filter.activated.connect(self._on_filter)
        self.category_filter.activated.connect(self._on_filter)
        self.show_inactive.toggled.connect(self._on_filter)
        self.view.sortByColumn(0, self.model.sort_order)
        self.setAcceptDrops(True)
        self.view.setAcceptDrops(False)  # the whole view takes the drop, not the table alone
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_person_menu)
        self.retranslate()
        self.restore_layout()

    # -- a person's context menu: edit, and the register's GDPR duties --------------------
    def _show_person_menu(self, position) -> None:
        from ..document import privacy_actions

        index = self.view.indexAt(position)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        person_id = self.selected_ids()[0]
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), self.edit_item)
        menu.addSeparator()
        menu.addAction(self.tr("Register E&xtract…"),
                       lambda: privacy_actions.save_extract(self, self.workspace, person_id))
        erase = menu.addAction(self.tr("E&rase Person…"),
                               lambda: privacy_actions.erase_person(self, self.workspace, person_id))
        erase.setEnabled(not self.workspace.document.read_only)
        menu.popup(self.view.viewport().mapToGlobal(position))
        self.person_menu = menu

    # -- drag and drop a people list ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if _dropped_file(event) and not self.workspace.document.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = _dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.files_dropped.emit(path)

    # -- searching and filtering -------------------------------------------------------
    def _on_typed(self) -> None:
        if self._last_search_seconds < INSTANT_SEARCH_SECONDS:
            self.run_search()
        else:
            self._search_timer.start()

    def run_search(self) -> None:
        started = time.perf_counter()
        self.model.set_query(text=self.search.text())
        self._last_search_seconds = time.perf_counter() - started
        self._update_summary()
        self.searched.emit()

    def _on_filter(self) -> None:
        self.model.set_query(organisation_id=self.organisation_filter.currentData(),
                             category=self.category_filter.currentData(),
                             include_inactive=self.show_inactive.isChecked())
        self._update_summary()

    def filter_by_organisation(self, organisation_id: int | None) -> None:
        self._fill_organisation_filter()  # the list may not have been loaded yet
        self.search.clear()
        self.organisation_filter.setCurrentIndex(max(0, self.organisation_filter.findData(organisation_id)))
        self._on_filter()

    def reload(self) -> None:
        selected = self.selected_ids()
        self._fill_organisation_filter()
        self.model.refresh()
        self._update_summary()
        if selected:
            row = self.model.row_of(selected[0])
            if row >= 0:
                self.select_index(self.model.index(row, 0))

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        filtered = bool(self.model.query.text or self.model.query.organisation_id is not None
                        or self.model.query.category is not None)
        self.ui.summary.setText(self.tr("%n match(es)", "", shown) if filtered
                                else self.tr("%n person(s)", "", shown))

    def _fill_organisation_filter(self) -> None:
        current = self.organisation_filter.currentData()
        self.organisation_filter.clear()
        self.organisation_filter.addItem("", None)
        for organisation_id, name in self.workspace.register.organisation_names():
            self.organisation_filter.addItem(name, organisation_id)
        self.organisation_filter.setCurrentIndex(max(0, self.organisation_filter.findData(current)))
        self.organisation_filter.setItemText(0, self.tr("All organisations"))

    def _fill_category_filter(self) -> None:
        self.category_filter.addItem("", None)
        for category in PersonCategory:
            self.category_filter.addItem("", category)

    def _label_filters(self) -> None:
        """Relabel the filter choices in the current language (no database access)."""
        self.organisation_filter.setItemText(0, self.tr("All organisations"))
        self.category_filter.setItemText(0, self.tr("All categories"))
        for index in range(1, self.category_filter.count()):
            self.category_filter.setItemText(index, labels.category(self.category_filter.itemData(index)))

    # -- editing --------------------------------------------------------------------
    def new_item(self) -> None:
        dialog = PersonDialog(self.workspace.register.organisation_names(), parent=self)
        dialog.ui.organisation.setCurrentIndex(max(0, dialog.ui.organisation.findData(
            self.organisation_filter.currentData())))
        if dialog.exec():
            person = dialog.person()
            change = self._save(lambda: self.workspace.register.add_person(person))
            if change:
                self.workspace.record(self.tr("Added %1").replace("%1", person.full_name), change)
                self._select(change.ids("people")[0])

    def edit_item(self) -> None:
        person_id = self.current_id()
        person = self.workspace.register.person(person_id) if person_id is not None else None
        if person is None:
            return
        dialog = PersonDialog(self.workspace.register.organisation_names(), person, parent=self)
        if dialog.exec():
            edited = dialog.person()
            change = self._save(lambda: self.workspace.register.edit_person(person_id, edited))
            if change and not change.is_empty():
                self.workspace.record(self.tr("Edited %1").replace("%1", edited.full_name), change)

    def delete_item(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        register = self.workspace.register
        names = self._describe(ids)
        attended = register.people_with_attendance(ids)
        if attended:
            choice = self._ask_deactivate(names, attended, len(ids))
            if choice == "deactivate":
                change = register.set_people_active(ids, False)
                self.workspace.record(self.tr("Deactivated %1").replace("%1", names), change)
                return
            if choice != "delete":
                return
        change = register.delete_people(ids)
        self.workspace.record(self.tr("Deleted %1").replace("%1", names), change)

    def _ask_deactivate(self, names: str, attended: int, selected: int) -> str:
        question = self.tr("%1 has attended sessions.").replace("%1", names) if selected == 1 else \
            self.tr("%n of the selected people have attended sessions.", "", attended)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), question, parent=self)
        box.setInformativeText(self.tr(
            "Deactivating keeps their attendance history and stops new invitations. "
            "Deleting erases them and their attendance."))
        deactivate = box.addButton(self.tr("&Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("Delete &Permanently"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(deactivate)
        box.exec()
        return {deactivate: "deactivate", delete: "delete"}.get(box.clickedButton(), "cancel")

    def _describe(self, ids: list[int]) -> str:
        if len(ids) == 1:
            person = self.workspace.register.person(ids[0])
            return person.full_name if person else ""
        return self.tr("%n people", "", len(ids))

    def _save(self, action):
        try:
            return action()
        except InvalidInput as error:  # the dialog validated already; the store is the last guard
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return None

    def _select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:  # hidden by the current filter: show everyone so the new row is visible
            self.search.clear()
            self.filter_by_organisation(None)
            row = self.model.row_of(person_id)
        self.select_index(self.model.index(row, 0))

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.heading.setText(self.tr("People"))
        self.ui.newButton.setText(self.tr("&New Person…"))
        self.search.setPlaceholderText(self.tr("Search name, title, organisation or email"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.organisation_filter.setAccessibleName(self.tr("Filter by organisation"))
        self.category_filter.setAccessibleName(self.tr("Filter by category"))
        self.show_inactive.setText(self.tr("Show inactive"))
        self.view.setAccessibleName(self.tr("People"))
        self._label_filters()
        self.model.retranslate()
        self._update_summary()


def _dropped_file(event) -> str | None:
    """The one local file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return urls[0].toLocalFile()
    return None
