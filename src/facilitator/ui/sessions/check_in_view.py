"""Check-in on the day, built for a keyboard: type part of a name or organisation, move
with the arrow keys, Enter marks present (Enter again marks absent). Walk-ins and
substitutes are added on the spot. Every change is saved at once and can be undone.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ... import labels
from ...domain.collation import swedish_key
from ...domain.enums import AttendanceMode
from ...domain.records import Person
from ..common.lazy_table import ID_ROLE
from ..common.list_page import counts_table, data_table, list_beside_panel, stretch_column
from ..common.resources import icon
from ..common.rows_model import RowsModel
from ..common.workspace import Workspace
from ..people.person_dialog import PersonDialog
from .check_in_model import CheckInModel

COUNT_HEADERS = {
    "by_organisation": [QT_TRANSLATE_NOOP("CheckInView", "Organisation"),
                        QT_TRANSLATE_NOOP("CheckInView", "Here"), QT_TRANSLATE_NOOP("CheckInView", "Invited")],
    "by_category": [QT_TRANSLATE_NOOP("CheckInView", "Category"),
                    QT_TRANSLATE_NOOP("CheckInView", "Here"), QT_TRANSLATE_NOOP("CheckInView", "Invited")],
}
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
COLUMN_WIDTHS = [110, 200, 180, 170, 0]


class CheckInView(QWidget):
    # Emitted after the list shows the result of what was typed (for tests and benchmarks).
    searched = Signal()

    def __init__(self, workspace: Workspace, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self._counts: dict | None = None
        self.model = CheckInModel(workspace.check_in, session_id, self)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setFont(_larger(self.search.font(), 1.4))
        self.search.setMinimumHeight(40)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.installEventFilter(self)
        self.table = data_table()
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search field
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        stretch_column(self.table, len(COLUMN_WIDTHS) - 1)
        self.on_site = QRadioButton(checked=True)
        self.remote = QRadioButton()
        self.modes = QButtonGroup(self)
        for button in (self.on_site, self.remote):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+S / Alt+M switch, typing goes on
            self.modes.addButton(button)
        self.modes.buttonClicked.connect(lambda button: self.search.setFocus())
        self.walk_in_button = QPushButton(icon=icon("add"))
        self.substitute_button = QPushButton()
        self.headline = QLabel()
        self.headline.setFont(_larger(self.headline.font(), 1.6, bold=True))
        self.breakdown = QLabel()
        self.count_models = {key: RowsModel("CheckInView", headers, self, first_column=self._group_label(key))
                             for key, headers in COUNT_HEADERS.items()}
        self._lay_out()
        self.search.textChanged.connect(self._search)
        self.table.clicked.connect(lambda index: self.table.selectRow(index.row()))
        self.table.doubleClicked.connect(lambda index: self.toggle_current())
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.substitute_button.clicked.connect(self.add_substitute)
        workspace.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        modes = QHBoxLayout()
        self.mode_label = QLabel()
        for widget in (self.mode_label, self.on_site, self.remote):
            modes.addWidget(widget)
        modes.addStretch()
        modes.addWidget(self.walk_in_button)
        modes.addWidget(self.substitute_button)
        list_beside_panel(self, [self.search, modes, self.table],
                          [self.headline, self.breakdown, *map(counts_table, self.count_models.values())],
                          panel_width=320)

    # -- keyboard ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        # Undo here means the last check-in, not the last letters typed.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.workspace.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            self.workspace.redo()
            return True
        key = event.key()
        if key in MOVES:
            self._move(MOVES[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle_current()
            return True
        return False

    def _move(self, step: int) -> None:
        if not self.model.rowCount():
            return
        current = self.table.currentIndex().row()
        row = min(max(0, current + step), self.model.rowCount() - 1)
        self.table.selectRow(row)

    def _search(self) -> None:
        self.model.set_text(self.search.text())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.searched.emit()

    # -- checking in ----------------------------------------------------------------
    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def mode(self) -> AttendanceMode:
        return AttendanceMode.ON_SITE if self.on_site.isChecked() else AttendanceMode.REMOTE

    def toggle_current(self) -> None:
        """Enter: present (or absent again); someone not on the list comes as a walk-in."""
        row = self.table.currentIndex().row()
        if row < 0:
            if self.search.text().strip():
                self.add_walk_in()
            return
        person_id = self.model.id_at(row)
        data = self.model.row_data(row)
        name = f"{data['given_name']} {data['family_name']}"
        change = self.workspace.check_in.toggle(self.session_id, person_id, self.mode(),
                                                walk_in=not self.model.is_listed(row))
        was_present = bool(data.get("present"))
        self.workspace.record((self.tr("%1 is no longer marked present") if was_present
                               else self.tr("%1 is here")).replace("%1", name), change)
        self.search.selectAll()  # the next name typed replaces this one

    def add_walk_in(self, *, substitute_for: int | None = None, substitute_name: str = "") -> None:
        words = self.search.text().split()
        prefill = Person(words[0] if words else "", " ".join(words[1:]))
        dialog = PersonDialog(self.workspace.register.organisation_names(), prefill, self)
        dialog.setWindowTitle(self.tr("Substitute for %1").replace("%1", substitute_name) if substitute_for
                              else self.tr("Walk-in"))
        if not dialog.exec():
            return
        person = dialog.person()
        change = self.workspace.check_in.add_walk_in(self.session_id, person, self.mode(),
                                                     substitute_for=substitute_for)
        text = self.tr("%1 is here, for %2").replace("%2", substitute_name) if substitute_for \
            else self.tr("%1 is here (walk-in)")
        self.workspace.record(text.replace("%1", person.full_name), change)
        self.search.clear()

    def add_substitute(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or not self.model.is_listed(row):
            return
        data = self.model.row_data(row)
        self.add_walk_in(substitute_for=self.model.id_at(row),
                         substitute_name=f"{data['given_name']} {data['family_name']}")

    # -- counts ----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_person_id()
        self.model.set_text(self.search.text())
        row = self.model.row_of(current) if current is not None else 0
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._show_counts()

    def _show_counts(self) -> None:
        self._counts = self.workspace.check_in.counts(self.session_id)
        self._render_counts()

    def _render_counts(self) -> None:
        """Show the last counts in the current language (no database access)."""
        counts = self._counts
        if counts is None:
            return
        self.headline.setText(self.tr("%1 here of %2 invited").replace("%1", str(counts["present"]))
                              .replace("%2", str(counts["invited"])))
        self.breakdown.setText(self.tr("On site %1 · remote %2 · walk-ins %3")
                               .replace("%1", str(counts["on_site"])).replace("%2", str(counts["remote"]))
                               .replace("%3", str(counts["walk_ins"])))
        by_category = sorted(counts["by_category"], key=lambda row: swedish_key(labels.category(row[0])))
        self.count_models["by_organisation"].set_rows(counts["by_organisation"])
        self.count_models["by_category"].set_rows(by_category)

    def _group_label(self, key: str):
        if key == "by_category":
            return labels.category
        return lambda name: name or self.tr("(no organisation)")

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"attendance", "invitations", "people"}:
            self.reload()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type a name or organisation · ↑↓ choose · Enter: here / not here"))
        self.search.setAccessibleName(self.tr("Check in: search"))
        self.table.setAccessibleName(self.tr("Check-in list"))
        self.mode_label.setText(self.tr("Attends:"))
        self.on_site.setText(self.tr("On &site"))
        self.remote.setText(self.tr("Re&mote"))
        self.walk_in_button.setText(self.tr("&Walk-in…"))
        self.substitute_button.setText(self.tr("Su&bstitute…"))
        self.substitute_button.setToolTip(self.tr("Someone attends in place of the selected invitee"))
        self.model.retranslate()
        for model in self.count_models.values():
            model.retranslate()
        self._render_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _larger(font: QFont, factor: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger
