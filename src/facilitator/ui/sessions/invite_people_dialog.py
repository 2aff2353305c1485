"""Pick people from the register by search to invite them (inactive people are not shown)."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QWidget

from ..common.lazy_table import ID_ROLE
from ..common.list_page import data_table
from ..common.workspace import Workspace
from ..forms.ui_invite_people_dialog import Ui_InvitePeopleDialog
from ..people.people_model import PeopleModel

COLUMN_WIDTHS = [190, 220, 170, 150]


class InvitePeopleDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InvitePeopleDialog()
        self.ui.setupUi(self)
        self.model = PeopleModel(workspace.people, self)
        self.model.set_query(include_inactive=False)
        self.table = data_table()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.ui.tableLayout.addWidget(self.table)
        self.ui.search.textChanged.connect(lambda text: self.model.set_query(text=text))
        self.table.selectionModel().selectionChanged.connect(self._show_count)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_count()

    def chosen_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _show_count(self) -> None:
        count = len(self.chosen_ids())
        self.ui.chosen.setText(self.tr("%n person(s) chosen", "", count))
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Invite"))
        ok.setEnabled(count > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_count()
        super().changeEvent(event)
