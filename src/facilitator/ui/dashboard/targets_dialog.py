"""Targets…: the programme's reach target and optional targets per category.

Saved as one undoable change (Edit → Undo takes the whole dialog back). The national
target appears only in a merged, national document; it is a document setting.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from ... import labels
from ...domain.enums import PersonCategory
from ..common.workspace import Workspace
from ..forms.ui_targets_dialog import Ui_TargetsDialog

MAXIMUM = 1_000_000


class TargetsDialog(QDialog):
    def __init__(self, workspace: Workspace, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.programme_id = programme_id
        reach = workspace.reach
        self.national = reach.overview().is_national
        self.ui.nationalTarget.setVisible(self.national)
        self.ui.nationalTargetLabel.setVisible(self.national)
        self.ui.reachTarget.setValue(reach.reach_target(programme_id))
        self.ui.nationalTarget.setValue(reach.national_target())
        targets = reach.category_targets(programme_id)
        self.category_spins: dict[PersonCategory, QSpinBox] = {}
        for category in PersonCategory:
            spin = QSpinBox()
            spin.setRange(0, MAXIMUM)
            spin.setValue(targets.get(category, 0))
            self.category_spins[category] = spin
            self.ui.categoryForm.addRow(labels.category(category), spin)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()

    def accept(self) -> None:
        """Write the targets (0 in a category means none) and put them on the undo stack."""
        reach = self.workspace.reach
        categories = {category: spin.value() or None for category, spin in self.category_spins.items()}
        change = reach.set_targets(self.programme_id, self.ui.reachTarget.value(), categories)
        if self.national:
            reach.set_national_target(self.ui.nationalTarget.value())
        if not change.is_empty():
            self.workspace.record(self.tr("Change reach targets"), change)
        elif self.national:
            self.workspace.changed.emit(frozenset({"targets"}))
        super().accept()

    def _retranslate(self) -> None:
        for category, spin in self.category_spins.items():
            spin.setSpecialValueText(self.tr("no target"))
            spin.setSuffix(self.tr(" people"))
            label = self.ui.categoryForm.labelForField(spin)
            if label is not None:
                label.setText(labels.category(category))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
