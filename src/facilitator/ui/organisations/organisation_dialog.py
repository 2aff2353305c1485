"""Add or edit an organisation (a company, an agency - anything beyond the county's own)."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ... import labels
from ...domain.enums import OrganisationKind
from ...domain.records import Organisation
from ..common.validation import show_problems
from ..forms.ui_organisation_dialog import Ui_OrganisationDialog

FIELDS = ["name"]


class OrganisationDialog(QDialog):
    def __init__(self, organisation: Organisation | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self._organisation = organisation or Organisation("")
        for kind in OrganisationKind:
            self.ui.kind.addItem(labels.organisation_kind(kind), kind)
        self.ui.name.setText(self._organisation.name)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(self._organisation.kind))
        self.ui.officialCode.setText(self._organisation.official_code or "")
        show_problems(self.ui, FIELDS, {})
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate_title()

    def organisation(self) -> Organisation:
        return Organisation(self.ui.name.text(), self.ui.kind.currentData(),
                            self.ui.officialCode.text().strip() or None,
                            self._organisation.county_code, self._organisation.id,
                            self._organisation.uuid)

    def accept(self) -> None:
        first = show_problems(self.ui, FIELDS, self.organisation().problems())
        if first is not None:
            first.setFocus()
            return
        super().accept()

    def _retranslate_title(self) -> None:
        self.setWindowTitle(self.tr("Edit organisation") if self._organisation.id
                            else self.tr("New organisation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_title()
        super().changeEvent(event)
