"""The Organisations view: county board, region, municipalities and others, each with
how many people it has."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QTreeView, QWidget

from ...options import Options
from ...services.errors import StillInUse
from ..common.list_page import ListPage
from ..common.workspace import Workspace
from .organisation_dialog import OrganisationDialog
from .organisations_model import OrganisationsModel


class OrganisationsView(ListPage):
    watches = frozenset({"organisations", "people"})
    layout_key = "organisations_columns"
    # Asks the main window to show the People view filtered to this organisation id.
    show_people_requested = Signal(int)

    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None):
        super().__init__(workspace, options, _tree(), parent)
        self.model = OrganisationsModel(workspace.organisations, self)
        self.view.setModel(self.model)
        _size_columns(self.view)
        self.people_button = QPushButton()
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.newButton), self.people_button)
        self.people_button.clicked.connect(self._show_people)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.restore_layout()

    def reload(self) -> None:
        selected = self.current_id()
        self.model.refresh()
        self.view.expandAll()
        if selected is not None:
            self.select_index(self.model.index_of(selected))
        organisations = sum(self.model.rowCount(self.model.index(row, 0)) for row in range(self.model.rowCount()))
        self.ui.summary.setText(self.tr("%n organisation(s)", "", organisations))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.people_button, self.ui.editButton, self.ui.deleteButton):
            button.setEnabled(chosen)

    def _show_people(self) -> None:
        organisation_id = self.current_id()
        if organisation_id is not None:
            self.show_people_requested.emit(organisation_id)

    def new_item(self) -> None:
        dialog = OrganisationDialog(parent=self)
        if dialog.exec():
            organisation = dialog.organisation()
            change = self.workspace.register.add_organisation(organisation)
            self.workspace.record(self.tr("Added %1").replace("%1", organisation.name), change)
            self.select_index(self.model.index_of(change.ids("organisations")[0]))

    def edit_item(self) -> None:
        organisation_id = self.current_id()
        if organisation_id is None:
            return
        organisation = self.workspace.register.organisation(organisation_id)
        dialog = OrganisationDialog(organisation, parent=self)
        if dialog.exec():
            edited = dialog.organisation()
            change = self.workspace.register.edit_organisation(organisation_id, edited)
            self.workspace.record(self.tr("Edited %1").replace("%1", edited.name), change)

    def delete_item(self) -> None:
        organisation_id = self.current_id()
        if organisation_id is None:
            return
        organisation = self.workspace.register.organisation(organisation_id)
        try:
            change = self.workspace.register.delete_organisation(organisation_id)
        except StillInUse as error:
            QMessageBox.information(
                self, self.tr("Cannot delete"),
                self.tr("%1 has %n person(s). Move them to another organisation or delete them "
                        "first.", "", error.count).replace("%1", organisation.name))
            return
        self.workspace.record(self.tr("Deleted %1").replace("%1", organisation.name), change)

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.heading.setText(self.tr("Organisations"))
        self.ui.newButton.setText(self.tr("&New Organisation…"))
        self.people_button.setText(self.tr("Show &People"))
        self.view.setAccessibleName(self.tr("Organisations"))
        self.model.retranslate()
        self.view.expandAll()


def _tree() -> QTreeView:
    tree = QTreeView()
    tree.setUniformRowHeights(True)
    tree.setRootIsDecorated(True)
    return tree


def _size_columns(tree: QTreeView) -> None:
    """Name takes the room; the code and counts keep a fixed width (needs the model set)."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, 120)
