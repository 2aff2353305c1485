"""Preview of merging another Facilitator file: what each table gains, and the rows both
files changed, where the user chooses to keep this file's values or take the other's.

The plan comes from :meth:`Merge.preview`; nothing is written until the user presses
Merge, and then :meth:`Merge.apply` writes it all in one transaction.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QWidget

from ...services.merge import Choice, Conflict, MergePlan
from ..common.list_page import small_table
from ..common.rows_model import RowsModel
from ..forms.ui_merge_dialog import Ui_MergeDialog

COUNT_HEADERS = [QT_TRANSLATE_NOOP("MergeDialog", "Table"),
                 QT_TRANSLATE_NOOP("MergeDialog", "Added"),
                 QT_TRANSLATE_NOOP("MergeDialog", "Updated"),
                 QT_TRANSLATE_NOOP("MergeDialog", "Conflicts"),
                 QT_TRANSLATE_NOOP("MergeDialog", "Unchanged")]
CONFLICT_HEADERS = [QT_TRANSLATE_NOOP("MergeDialog", "Kind"),
                    QT_TRANSLATE_NOOP("MergeDialog", "Row"),
                    QT_TRANSLATE_NOOP("MergeDialog", "This file → the other file"),
                    QT_TRANSLATE_NOOP("MergeDialog", "Will keep")]


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.decisions: dict[tuple[str, str], Choice] = {}  # Conflict.key -> the user's choice
        self.counts_model = RowsModel("MergeDialog", COUNT_HEADERS, self)
        self.conflicts_model = RowsModel("MergeDialog", CONFLICT_HEADERS, self, numeric_columns=[])
        counts = small_table(self.ui.counts, self.counts_model)
        counts.setColumnWidth(0, 220)
        table = small_table(self.ui.conflicts, self.conflicts_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 260, 360)):
            table.setColumnWidth(column, width)
        self.ui.keepMineButton.clicked.connect(lambda: self._decide(self.selected(), Choice.KEEP_MINE))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._decide(self.selected(), Choice.TAKE_THEIRS))
        self.ui.keepAllButton.clicked.connect(lambda: self._decide(list(plan.conflicts), Choice.KEEP_MINE))
        self.ui.takeAllButton.clicked.connect(lambda: self._decide(list(plan.conflicts), Choice.TAKE_THEIRS))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        for button in (self.ui.keepMineButton, self.ui.takeTheirsButton, self.ui.keepAllButton,
                       self.ui.takeAllButton):
            button.setEnabled(bool(plan.conflicts))
        self._show()

    def choice(self, conflict: Conflict) -> Choice:
        return self.decisions.get(conflict.key, Choice.KEEP_MINE)

    def choices(self) -> dict[tuple[str, str], Choice]:
        """Every conflict's choice, for :meth:`Merge.apply`."""
        return {conflict.key: self.choice(conflict) for conflict in self.plan.conflicts}

    def selected(self) -> list[Conflict]:
        return [self.plan.conflicts[index.row()] for index in self.ui.conflicts.selectionModel().selectedRows()]

    def _decide(self, conflicts: list[Conflict], choice: Choice) -> None:
        for conflict in conflicts:
            self.decisions[conflict.key] = choice
        self._show()

    def _show(self) -> None:
        names = self._table_names()
        self.ui.fileLabel.setText(self.tr("Merging %1 into this file. Rows are matched by their identity, "
                                          "people also by email and organisations by official code; "
                                          "nothing is deleted.").replace("%1", str(self.plan.path)))
        self.counts_model.set_rows([(names[table], counts.added, counts.updated, counts.conflicts,
                                     counts.unchanged) for table, counts in self.plan.counts.items()])
        self.conflicts_model.set_rows([self._conflict_row(conflict, names) for conflict in self.plan.conflicts])
        self.ui.conflictsLabel.setText(self.tr(
            "%n row(s) changed in both files, and this file's copy is as new or newer. "
            "Choose which values to keep.", "", len(self.plan.conflicts)) if self.plan.conflicts
            else self.tr("No conflicts: where both files hold a row, the newer copy is kept."))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))

    def _conflict_row(self, conflict: Conflict, names: dict[str, str]) -> tuple:
        differences = "; ".join(f"{item.field}: {_shown(item.mine)} → {_shown(item.theirs)}"
                                for item in conflict.differences)
        kept = self.tr("Mine") if self.choice(conflict) == Choice.KEEP_MINE else self.tr("Theirs")
        return names[conflict.table], conflict.label, differences, kept

    def _table_names(self) -> dict[str, str]:
        return {"programmes": self.tr("Programmes"), "targets": self.tr("Reach targets"),
                "organisations": self.tr("Organisations"), "people": self.tr("People"),
                "sessions": self.tr("Sessions"), "invitations": self.tr("Invitations"),
                "attendance": self.tr("Attendance"), "segments": self.tr("Run-sheet segments")}


def _shown(value: object) -> str:
    return "–" if value is None or value == "" else str(value)
