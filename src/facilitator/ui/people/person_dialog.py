"""Add or edit a person."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ... import labels
from ...domain.enums import PersonCategory
from ...domain.records import Person
from ..common.validation import show_problems
from ..forms.ui_person_dialog import Ui_PersonDialog

FIELDS = ["family_name", "email"]


class PersonDialog(QDialog):
    def __init__(self, organisations: list[tuple[int, str]], person: Person | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._person = person or Person("", "")
        self._organisations = organisations
        self._fill_choices()
        self._load(self._person)
        show_problems(self.ui, FIELDS, {})
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.familyName.textEdited.connect(self._revalidate_if_shown)
        self.ui.givenName.textEdited.connect(self._revalidate_if_shown)
        self.ui.email.textEdited.connect(self._revalidate_if_shown)
        self._retranslate_title()

    def _fill_choices(self) -> None:
        self.ui.category.clear()
        for category in PersonCategory:
            self.ui.category.addItem(labels.category(category), category)
        self.ui.organisation.clear()
        self.ui.organisation.addItem(self.tr("(none)"), None)
        for organisation_id, name in self._organisations:
            self.ui.organisation.addItem(name, organisation_id)

    def _load(self, person: Person) -> None:
        self.ui.givenName.setText(person.given_name)
        self.ui.familyName.setText(person.family_name)
        self.ui.title.setText(person.title)
        self.ui.category.setCurrentIndex(self.ui.category.findData(person.category))
        self.ui.organisation.setCurrentIndex(max(0, self.ui.organisation.findData(person.organisation_id)))
        self.ui.email.setText(person.email)
        self.ui.phone.setText(person.phone)
        self.ui.notes.setPlainText(person.notes)
        self.ui.active.setChecked(person.active)

    def person(self) -> Person:
        """The person as entered (keeps the id of the person being edited)."""
        return Person(
            given_name=self.ui.givenName.text(),
            family_name=self.ui.familyName.text(),
            title=self.ui.title.text(),
            category=self.ui.category.currentData(),
            organisation_id=self.ui.organisation.currentData(),
            email=self.ui.email.text(),
            phone=self.ui.phone.text(),
            notes=self.ui.notes.toPlainText(),
            active=self.ui.active.isChecked(),
            id=self._person.id,
            uuid=self._person.uuid,
        )

    def accept(self) -> None:
        problems = self.person().problems()
        first = show_problems(self.ui, FIELDS, problems)
        if first is not None:
            first.setFocus()
            return
        super().accept()

    def _revalidate_if_shown(self) -> None:
        if any(getattr(self.ui, name).isVisible() for name in ("familyNameProblem", "emailProblem")):
            show_problems(self.ui, FIELDS, self.person().problems())

    def _retranslate_title(self) -> None:
        self.setWindowTitle(self.tr("Edit person") if self._person.id else self.tr("New person"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_title()
        super().changeEvent(event)
