"""What the Sessions, People and Organisations views share: a heading with a summary,
New / Edit / Delete buttons, a filter row, and one data view whose column layout is
remembered between runs.
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...options import Options
from ..forms.ui_list_view import Ui_ListView
from .lazy_table import ID_ROLE
from .resources import icon
from .workspace import Workspace


class ListPage(QWidget):
    # Tables whose changes make this page reload.
    watches: frozenset[str] = frozenset()
    # Key under which the column layout is remembered.
    layout_key = ""

    def __init__(self, workspace: Workspace, options: Options, view: QTableView | QTreeView,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ListView()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.options = options
        self.view = view
        self.ui.tableLayout.addWidget(view)
        self.ui.newButton.setIcon(icon("add"))
        self.ui.editButton.setIcon(icon("edit"))
        self.ui.deleteButton.setIcon(icon("delete"))
        self.ui.newButton.clicked.connect(self.new_item)
        self.ui.editButton.clicked.connect(self.edit_item)
        self.ui.deleteButton.clicked.connect(self.delete_item)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.doubleClicked.connect(lambda index: self.activate_item())
        workspace.changed.connect(self._on_changed)
        self._stale = True  # loaded when first shown, so start-up pays only for the first view

    # -- to implement --------------------------------------------------------------
    def new_item(self) -> None:
        raise NotImplementedError

    def edit_item(self) -> None:
        raise NotImplementedError

    def delete_item(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def activate_item(self) -> None:
        """Double-click: edit the row (a read-only file shows nothing to edit)."""
        if not self.workspace.document.read_only:
            self.edit_item()

    def retranslate(self) -> None:
        """Set every text this page shows (called at start and on a language switch)."""
        self.ui.newButton.setText(self.tr("&New"))
        self.ui.editButton.setText(self.tr("E&dit…"))
        self.ui.deleteButton.setText(self.tr("&Delete"))

    # -- shared ---------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.view.selectionModel().selectedRows():
            row_id = index.data(ID_ROLE)
            if row_id is not None:
                ids.append(row_id)
        return ids

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        if ids:
            return ids[0]
        return self.view.currentIndex().data(ID_ROLE)

    def select_index(self, index) -> None:
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def restore_layout(self) -> None:
        state = self.options.layout(self.layout_key)
        if state is not None:
            self.view.header().restoreState(state) if isinstance(self.view, QTreeView) \
                else self.view.horizontalHeader().restoreState(state)

    def save_layout(self) -> None:
        header = self.view.header() if isinstance(self.view, QTreeView) else self.view.horizontalHeader()
        self.options.set_layout(self.layout_key, header.saveState())

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & self.watches:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def data_table(parent: QWidget | None = None) -> QTableView:
    """A table for many rows: fixed row heights, no per-row measuring, sortable headers."""
    table = QTableView(parent)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def stretch_column(table: QTableView, column: int) -> None:
    """Let one column (the long titles) take the width the others leave."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def small_table(table: QTableView, model) -> QTableView:
    """A table of a few dozen rows (counts, a preview, a report): one line per row."""
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def counts_table(model, number_width: int = 76) -> QTableView:
    """A compact table of counts beside a list: names stretch, numbers keep narrow."""
    table = small_table(QTableView(), model)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        table.setColumnWidth(column, number_width)
    return table


def list_beside_panel(owner: QWidget, main: list, panel: list, panel_width: int) -> None:
    """Lay out ``owner``: a list with its tools on the left, a panel of counts on the right.

    Items are widgets, layouts, (widget, stretch) pairs, or an int for a stretch.
    """
    splitter = QSplitter()
    for items, left_margin in ((main, 0), (panel, 8)):
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(left_margin, 0, 0, 0)
        for item in items:
            if isinstance(item, int):
                layout.addStretch(item)
            elif isinstance(item, tuple):
                layout.addWidget(*item)
            elif isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        splitter.addWidget(column)
    splitter.widget(1).setMinimumWidth(panel_width)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 8, 0, 0)
    outer.addWidget(splitter)
