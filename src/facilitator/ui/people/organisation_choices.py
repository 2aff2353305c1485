"""The import wizard's organisations page: each organisation name of the list that is not
in this file (or not for certain), and what to do with it - use one of the file's
organisations, create it (kind and county preset from Sweden's lists where the name is a
municipality, region or county board anywhere in Sweden), or import the people without
one, their notes keeping the name. Several names can be decided at once.
"""

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QObject, QSignalBlocker
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from ... import labels
from ...domain.collation import swedish_key
from ...domain.enums import OrganisationKind
from ...domain.records import Organisation
from ...formats.reference import counties
from ...services.organisation_names import How
from ...services.people_import import OrganisationChoice, OrganisationQuestion
from ..common.list_page import small_table
from ..common.rows_model import RowsModel

HEADERS = [QT_TRANSLATE_NOOP("ImportPeopleWizard", "Name in the list"),
           QT_TRANSLATE_NOOP("ImportPeopleWizard", "Rows"),
           QT_TRANSLATE_NOOP("ImportPeopleWizard", "Found"),
           QT_TRANSLATE_NOOP("ImportPeopleWizard", "Decision")]
EXISTING, CREATE, WITHOUT = "existing", "create", "without"


@dataclass(frozen=True)
class Choice:
    action: str  # EXISTING, CREATE or WITHOUT
    organisation_id: int | None = None  # for EXISTING
    new: Organisation | None = None  # for CREATE

    @property
    def value(self) -> OrganisationChoice:
        return {EXISTING: self.organisation_id, CREATE: self.new, WITHOUT: None}[self.action]


def default_choice(question: OrganisationQuestion) -> Choice:
    """The suggestion where there is one; a place in Sweden is created; anything else is
    imported without (its name kept in the notes) until the user says otherwise."""
    resolution = question.resolution
    if resolution.suggestion_id is not None:
        return Choice(EXISTING, resolution.suggestion_id)
    if resolution.how == How.NOT_IN_DOCUMENT:
        return Choice(CREATE, new=resolution.to_create())
    return Choice(WITHOUT)


def proposal(question: OrganisationQuestion, home_county: str | None) -> Organisation:
    """The organisation to create for a name: Sweden's own, or the name in the file's county."""
    organisation = question.resolution.to_create()
    return organisation if organisation.county_code else replace(organisation, county_code=home_county)


class OrganisationChoices(QObject):
    def __init__(self, ui, organisation_names: dict[int, str], home_county: str | None, parent: QObject):
        super().__init__(parent)
        self.ui = ui
        self.home_county = home_county
        self.names = organisation_names
        self.questions: list[OrganisationQuestion] = []
        self.decided: dict[str, Choice] = {}
        self._loading = False
        self.model = RowsModel("ImportPeopleWizard", HEADERS, self, numeric_columns=[1])
        table = small_table(ui.organisationQuestions, self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((210, 60, 290)):
            table.setColumnWidth(column, width)
        for organisation_id, name in sorted(organisation_names.items(), key=lambda item: swedish_key(item[1])):
            ui.existingOrganisation.addItem(name, organisation_id)
        for kind in OrganisationKind:
            ui.newKind.addItem("", kind)
        ui.newCounty.addItem("", None)
        for county in counties():
            ui.newCounty.addItem(county.name, county.code)
        table.selectionModel().selectionChanged.connect(self._load_selected)
        for radio in (ui.useExisting, ui.createNew, ui.importWithout):
            radio.toggled.connect(self._store)
        for combo in (ui.existingOrganisation, ui.newKind, ui.newCounty):
            combo.currentIndexChanged.connect(self._store)
        ui.newName.textEdited.connect(self._store)
        self.retranslate()

    def set_questions(self, questions: list[OrganisationQuestion]) -> None:
        """Show the names to decide; a name decided before keeps its decision."""
        self.questions = questions
        self.decided = {question.text: self.decided.get(question.text) or default_choice(question)
                        for question in questions}
        self._show()
        if questions:
            self.ui.organisationQuestions.selectRow(0)

    def choices(self) -> dict[str, OrganisationChoice]:
        return {text: choice.value for text, choice in self.decided.items()}

    # -- the table --------------------------------------------------------------------
    def _show(self) -> None:
        """Fill the table again, keeping the selection (without reloading the controls)."""
        selection = self.ui.organisationQuestions.selectionModel()
        selected = self._selected_rows()
        with QSignalBlocker(selection):
            self.model.set_rows([(question.text, question.rows, self._found_text(question),
                                  self._decision_text(self.decided[question.text])) for question in self.questions])
            for row in selected:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.organisationQuestions.viewport().update()

    def _found_text(self, question: OrganisationQuestion) -> str:
        resolution = question.resolution
        if resolution.suggestion_id is not None:
            return self.tr("Perhaps %1").replace("%1", self.names.get(resolution.suggestion_id, ""))
        if resolution.how == How.NOT_IN_DOCUMENT:
            return self.tr("%1 - in Sweden, not in this file").replace("%1", resolution.official_name)
        return self.tr("Not found")

    def _decision_text(self, choice: Choice) -> str:
        if choice.action == EXISTING:
            return self.tr("Use %1").replace("%1", self.names.get(choice.organisation_id, ""))
        if choice.action == CREATE:
            county = next((county.name for county in counties() if county.code == choice.new.county_code), "")
            details = ", ".join(filter(None, [labels.organisation_kind(choice.new.kind), county]))
            return self.tr("Create %1 (%2)").replace("%1", choice.new.name).replace("%2", details)
        return self.tr("Import without; the name is kept in the notes")

    def _selected_rows(self) -> list[int]:
        selection = self.ui.organisationQuestions.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    # -- the decision controls -------------------------------------------------------
    def _load_selected(self) -> None:
        rows = self._selected_rows()
        self.ui.organisationDecision.setEnabled(bool(rows))
        if not rows:
            return
        first = self.questions[rows[0]]
        choice = self.decided[first.text]
        proposed = choice.new or proposal(first, self.home_county)
        self._loading = True
        try:
            {EXISTING: self.ui.useExisting, CREATE: self.ui.createNew,
             WITHOUT: self.ui.importWithout}[choice.action].setChecked(True)
            chosen = choice.organisation_id or first.resolution.suggestion_id
            self.ui.existingOrganisation.setCurrentIndex(max(0, self.ui.existingOrganisation.findData(chosen)))
            self.ui.newName.setEnabled(len(rows) == 1)
            self.ui.newName.setText(proposed.name if len(rows) == 1 else "")
            self.ui.newName.setPlaceholderText("" if len(rows) == 1 else self.tr("each its own name"))
            self.ui.newKind.setCurrentIndex(self.ui.newKind.findData(proposed.kind))
            self.ui.newCounty.setCurrentIndex(max(0, self.ui.newCounty.findData(proposed.county_code)))
        finally:
            self._loading = False
        self._enable_controls()

    def _enable_controls(self) -> None:
        self.ui.existingOrganisation.setEnabled(self.ui.useExisting.isChecked())
        for widget in (self.ui.newName, self.ui.newKind, self.ui.newCounty):
            widget.setEnabled(self.ui.createNew.isChecked() and (widget is not self.ui.newName
                                                                 or len(self._selected_rows()) == 1))

    def _store(self) -> None:
        """The controls' decision, for every selected name."""
        if self._loading:
            return
        self._enable_controls()
        for row in self._selected_rows():
            question = self.questions[row]
            if self.ui.useExisting.isChecked():
                choice = Choice(EXISTING, self.ui.existingOrganisation.currentData())
            elif self.ui.createNew.isChecked():
                choice = Choice(CREATE, new=self._new_organisation(question))
            else:
                choice = Choice(WITHOUT)
            self.decided[question.text] = choice
        self._show()

    def _new_organisation(self, question: OrganisationQuestion) -> Organisation:
        """The organisation to create as the controls describe it; Sweden's official code
        is kept only while it is still that organisation (same name and kind)."""
        proposed = proposal(question, self.home_county)
        single = len(self._selected_rows()) == 1
        name = " ".join(self.ui.newName.text().split()) if single else proposed.name
        kind = self.ui.newKind.currentData()
        same = name == proposed.name and kind == proposed.kind
        return replace(proposed, name=name or proposed.name, kind=kind, county_code=self.ui.newCounty.currentData(),
                       official_code=proposed.official_code if same else None)

    def retranslate(self) -> None:
        for index in range(self.ui.newKind.count()):
            self.ui.newKind.setItemText(index, labels.organisation_kind(self.ui.newKind.itemData(index)))
        self.ui.newCounty.setItemText(0, self.tr("(no county)"))
        self.model.retranslate()
        if self.questions:
            self._show()
