"""Import a people list: check the columns (with a preview of the rows as they will be
stored), decide what to do with organisation names this file lacks, decide about
duplicates and possible duplicates, then import in one transaction with progress and
cancel, and see (and save) the report of rows not imported.

The decisions and their defaults are the command line's (``import-people``): duplicates
skipped, possible duplicates imported as new people; only the organisations differ, as
the window can ask - a suggestion is used, a place in Sweden is created, anything else
imported without (the name kept in the notes).
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QWidget, QWizard

from ... import labels
from ...domain.enums import PersonCategory
from ...formats.people_columns import suggest_mapping
from ...formats.tables import Table
from ...services.errors import InvalidInput
from ...services.people_import import (
    ORGANISATION_NOTE,
    Decision,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PeopleImport,
    PlannedRow,
    Reason,
)
from ..common.background import run_and_wait
from ..common.list_page import small_table
from ..common.rows_model import RowsModel
from ..common.workspace import Workspace
from ..forms.ui_import_people_wizard import Ui_ImportPeopleWizard
from .organisation_choices import OrganisationChoices

PREVIEW_ROWS = 20
MAPPING_HEIGHT = 230
READER_NOTES_SHOWN = 3
FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Full name (split into given and family)"),
    "title": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Title"),
    "organisation": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Organisation"),
    "email": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Phone"),
    "category": QT_TRANSLATE_NOOP("ImportPeopleWizard", "Category"),
}
PREVIEW_HEADERS = [QT_TRANSLATE_NOOP("ImportPeopleWizard", "Line"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Given name"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Family name"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Title"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Organisation"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Email"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Category"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Note")]
FINDING_HEADERS = [QT_TRANSLATE_NOOP("ImportPeopleWizard", "Line"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Name"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Decision"),
                   QT_TRANSLATE_NOOP("ImportPeopleWizard", "Finding")]
REPORT_HEADERS = [QT_TRANSLATE_NOOP("ImportPeopleWizard", "Line"),
                  QT_TRANSLATE_NOOP("ImportPeopleWizard", "Imported"),
                  QT_TRANSLATE_NOOP("ImportPeopleWizard", "Reason")]
DECISION_ORDER = (Decision.SKIP, Decision.UPDATE, Decision.KEEP_BOTH)


class ImportPeopleWizard(QWizard):
    def __init__(self, workspace: Workspace, table: Table, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportPeopleWizard()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.table = table
        self.file_name = file_name
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.decisions: dict[int, Decision] = {}  # a (possible) duplicate row's line -> what to do with it
        self._organisation_names = dict(workspace.register.organisation_names())
        self.organisations = OrganisationChoices(self.ui, self._organisation_names,
                                                 PeopleImport(workspace.document.db).home_county(), self)
        self.preview = RowsModel("ImportPeopleWizard", PREVIEW_HEADERS, self, numeric_columns=[0])
        self.findings = RowsModel("ImportPeopleWizard", FINDING_HEADERS, self, numeric_columns=[0])
        self.report = RowsModel("ImportPeopleWizard", REPORT_HEADERS, self, numeric_columns=[0])
        for view, model in ((self.ui.preview, self.preview), (self.ui.findings, self.findings),
                            (self.ui.report, self.report)):
            small_table(view, model).horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 110, 120, 170, 170, 200, 130)):
            self.ui.preview.setColumnWidth(column, width)
        for column, width in enumerate((50, 180, 170)):
            self.ui.findings.setColumnWidth(column, width)
        self.ui.findings.setSelectionBehavior(self.ui.findings.SelectionBehavior.SelectRows)
        self.ui.findings.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.decision_actions = {}
        for decision in DECISION_ORDER:
            action = QAction(self)
            action.triggered.connect(lambda checked=False, decision=decision: self.decide_selected(decision))
            self.ui.findings.addAction(action)
            self.decision_actions[decision] = action
        self.ui.report.setColumnWidth(0, 50)
        self.ui.checkPage.setCommitPage(True)
        self._fill_choices()
        self._build_mapping()
        self.ui.saveReport.clicked.connect(self.save_report)
        self.currentIdChanged.connect(self._entered_page)
        self._retranslate()
        self.update_preview()

    # -- page 1: columns ----------------------------------------------------------------
    def _fill_choices(self) -> None:
        for category in PersonCategory:
            self.ui.defaultCategory.addItem(labels.category(category), category)
        self.ui.defaultCategory.setCurrentIndex(self.ui.defaultCategory.findData(PersonCategory.OTHER))
        for combo, default in ((self.ui.duplicateDecision, Decision.SKIP), (self.ui.possibleDecision,
                                                                              Decision.KEEP_BOTH)):
            for decision in DECISION_ORDER:
                combo.addItem("", decision)
            combo.setCurrentIndex(combo.findData(default))
            combo.currentIndexChanged.connect(self._show_findings_if_planned)
        self.ui.defaultCategory.currentIndexChanged.connect(self.update_preview)

    def _build_mapping(self) -> None:
        """One choice per column of the file, preset from its values and header."""
        suggested = suggest_mapping(self.table.headers, self.table.rows)
        self.column_choices: list[QComboBox] = []
        self.column_labels = []
        for index in range(len(self.table.headers)):
            choice = QComboBox()
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            choice.setMinimumContentsLength(16)
            choice.addItem("", None)
            for field in FIELD_LABELS:
                choice.addItem("", field)
            choice.setCurrentIndex(max(0, choice.findData(suggested.get(index))))
            choice.currentIndexChanged.connect(self.update_preview)
            label = QLabel()
            label.setBuddy(choice)
            self.ui.mappingForm.addRow(label, choice)
            self.column_labels.append(label)
            self.column_choices.append(choice)
        # As tall as the columns need, up to a scrolling limit; the preview takes the rest.
        self.ui.mappingArea.setMaximumHeight(min(MAPPING_HEIGHT, self.ui.mappingWidget.sizeHint().height() + 4))

    def _column_label(self, index: int) -> str:
        header = self.table.headers[index] or self.tr("Column %1").replace("%1", str(index + 1))
        example = next((" ".join(row[index].split()) for row in self.table.rows if row[index].strip()), "")
        return f"{header}  ({example[:30]})" if example else header

    def _show_reader_notes(self) -> None:
        """Lines the reader repaired (a stray quotation mark), for the user to check."""
        notes = self.table.notes
        shown = [labels.unreadable(note) for note in notes[:READER_NOTES_SHOWN]]
        if len(notes) > READER_NOTES_SHOWN:
            shown.append(self.tr("… and %n more line(s)", "", len(notes) - READER_NOTES_SHOWN))
        self.ui.readerNotes.setText("\n".join(shown))
        self.ui.readerNotes.setVisible(bool(notes))

    def mapping(self) -> dict[int, str]:
        return {index: choice.currentData() for index, choice in enumerate(self.column_choices)
                if choice.currentData()}

    def default_category(self) -> PersonCategory:
        return self.ui.defaultCategory.currentData()

    def update_preview(self) -> None:
        """The first rows planned as they would be stored (reads only)."""
        sample = replace(self.table, rows=self.table.rows[:PREVIEW_ROWS],
                         line_numbers=self.table.line_numbers[:PREVIEW_ROWS])
        try:
            plan = PeopleImport(self.workspace.document.db).plan(sample, self.mapping(),
                                                                 default_category=self.default_category())
        except InvalidInput:  # no column holds names
            self.preview.set_rows([])
            self.ui.mappingProblem.setText(self.tr(
                "Choose which column holds the names (given, family or full name)."))
            self._name_column_missing = True
        else:
            self._name_column_missing = False
            self.ui.mappingProblem.setText("")
            self.preview.set_rows([self._preview_row(row) for row in plan.rows])
        self.button(QWizard.WizardButton.NextButton).setEnabled(not self._name_column_missing)

    def _preview_row(self, row: PlannedRow) -> tuple:
        person = row.person
        notes = "; ".join(labels.import_note(note) for note in row.problems + row.warnings)
        return (row.line, person.given_name, person.family_name, person.title,
                self._organisation_text(row.organisation), person.email, labels.category(person.category), notes)

    def _organisation_text(self, resolution) -> str:
        if resolution.organisation_id is not None:
            return self._organisation_names.get(resolution.organisation_id, "")
        if resolution.suggestion_id is not None:
            return self.tr("%1 → %2?").replace("%1", resolution.text).replace(
                "%2", self._organisation_names.get(resolution.suggestion_id, ""))
        return resolution.text

    def _plan(self, label: str, **choices) -> ImportPlan:
        """Plan every row on a worker connection (a long list takes a moment)."""
        table, mapping, category = self.table, self.mapping(), self.default_category()

        def work(progress, cancelled):
            db = self.workspace.document.connect_worker()
            try:
                return PeopleImport(db).plan(table, mapping, default_category=category, **choices)
            finally:
                db.close()

        return run_and_wait(self, label, work)

    # -- page order ---------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.ui.columnsPage:
            if self._name_column_missing:
                return False
            plan = self._plan(self.tr("Checking %n row(s)…", "", len(self.table.rows)))
            self.organisations.set_questions(plan.organisation_questions())
            return True
        if self.currentPage() is self.ui.checkPage:
            return self._import()
        return super().validateCurrentPage()

    def nextId(self) -> int:
        """The organisations page only when the list names organisations to decide on."""
        if self.currentPage() is self.ui.columnsPage and not self.organisations.questions:
            return next(page_id for page_id in self.pageIds() if self.page(page_id) is self.ui.checkPage)
        return super().nextId()

    def _entered_page(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.checkPage:
            self.plan = self._plan(self.tr("Checking %n row(s)…", "", len(self.table.rows)),
                                   organisations=self.organisations.choices())
            self._show_findings()
        elif page is self.ui.resultPage:
            self._show_result()

    # -- page 3: duplicates and what else to look at --------------------------------
    def _show_findings(self) -> None:
        plan = self.plan
        self.ui.checkSummary.setText(self.tr(
            "%1 rows: %2 can be imported, %3 cannot. %4 are the same person as someone already in the "
            "register or earlier in the list (the same email, or the same name and organisation); %5 have the "
            "name of someone else but may be another person.")
            .replace("%1", str(len(plan.rows))).replace("%2", str(len(plan.importable)))
            .replace("%3", str(len(plan.with_problems))).replace("%4", str(len(plan.duplicates)))
            .replace("%5", str(len(plan.possible_duplicates))))
        findings = []
        for row in plan.rows:
            name = row.person.full_name
            if row.duplicate and row.importable:
                findings.append((row.line, name, self._decision_text(self.decision_for(row)),
                                 labels.import_note(row.duplicate.note)))
            findings += [(row.line, name, "", labels.import_note(note)) for note in row.problems + row.warnings
                         if note.code != Reason.WITHOUT_ORGANISATION]  # decided on the page before
        self.findings.set_rows(findings)

    def decision_for(self, row: PlannedRow) -> Decision:
        default = self.ui.possibleDecision if row.duplicate.possible else self.ui.duplicateDecision
        return self.decisions.get(row.line, default.currentData())

    def _show_findings_if_planned(self) -> None:
        if self.plan is not None:
            self._show_findings()

    def decide_selected(self, decision: Decision) -> None:
        """Right-click on duplicates: skip, update or keep both, row by row."""
        duplicates = {row.line for row in self.plan.rows if row.duplicate and row.importable} if self.plan else set()
        for index in self.ui.findings.selectionModel().selectedRows():
            line = int(self.findings.index(index.row(), 0).data())
            if line in duplicates:
                self.decisions[line] = decision
        self._show_findings()

    def _decision_text(self, decision: Decision) -> str:
        return {Decision.SKIP: self.tr("Skip"), Decision.UPDATE: self.tr("Update"),
                Decision.KEEP_BOTH: self.tr("Import as new")}[decision]

    def _import(self) -> bool:
        """Write everything accepted in one transaction; cancel leaves the register as it was."""
        plan, decisions = self.plan, dict(self.decisions)
        defaults = {"default": self.ui.duplicateDecision.currentData(),
                    "possible_default": self.ui.possibleDecision.currentData()}
        note = QCoreApplication.translate("PeopleImport", ORGANISATION_NOTE)

        def work(progress, cancelled):
            self.workspace.document.back_up("import")  # a verified copy first (store/backups.py)
            db = self.workspace.document.connect_worker()
            try:
                return PeopleImport(db).apply(plan, decisions, organisation_note=note, progress=progress,
                                              cancelled=cancelled, **defaults)
            finally:
                db.close()

        try:
            self.result = run_and_wait(self, self.tr("Importing…"), work)
        except ImportCancelled:
            QMessageBox.information(self, self.tr("Import cancelled"),
                                    self.tr("The import was cancelled. Nothing was imported."))
            return False
        added = self.result.added + self.result.updated
        self.workspace.record(self.tr("Imported %n people from %1", "", added).replace("%1", self.file_name),
                              self.result.change)
        return True

    # -- page 4: result ----------------------------------------------------------------
    def _show_result(self) -> None:
        result = self.result
        parts = [self.tr("Added %n person(s),", "", result.added),
                 self.tr("updated %n.", "", result.updated)]
        if result.organisations_created:
            parts.append(self.tr("%n organisation(s) created.", "", result.organisations_created))
        parts.append(self.tr("%n row(s) not imported.", "", len(result.report.not_imported)))
        if result.report.lines:
            parts.append(self.tr("Below: why rows were not imported, and what was imported but should be looked at."))
        parts.append(self.tr("Edit → Undo removes the whole import."))
        text = " ".join(parts)
        self.ui.resultSummary.setText(text)
        self.report.set_rows([(line.line, self.tr("yes") if line.imported else self.tr("no"),
                               labels.import_note(line.note)) for line in result.report.lines])
        self.ui.saveReport.setEnabled(bool(result.report.lines))

    def save_report(self) -> None:
        suggestion = str(Path.home() / f"{Path(self.file_name).stem} – import report.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Report"), suggestion,
                                              self.tr("CSV for Excel (*.csv)"))
        if path:
            try:
                self.result.report.to_csv(Path(path))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Save Report"), self.tr(
                    "The report could not be saved: %1").replace("%1", error.strerror or str(error)))

    # -- language ---------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.ui.fileLabel.setText(self.tr("File: %1 · %n row(s)", "", len(self.table.rows))
                                  .replace("%1", self.file_name))
        self._show_reader_notes()
        for index, (label, choice) in enumerate(zip(self.column_labels, self.column_choices)):
            label.setText(self._column_label(index))
            choice.setItemText(0, self.tr("(do not import)"))
            for item, field in enumerate(FIELD_LABELS, start=1):
                choice.setItemText(item, self.tr(FIELD_LABELS[field]))
        texts = {self.ui.duplicateDecision: {Decision.SKIP: self.tr("Skip them (keep what the register has)"),
                                             Decision.UPDATE: self.tr("Update the register from the file"),
                                             Decision.KEEP_BOTH: self.tr("Keep both (add them as new people)")},
                 self.ui.possibleDecision: {Decision.SKIP: self.tr("Skip them"),
                                            Decision.UPDATE: self.tr("Update the person of the same name"),
                                            Decision.KEEP_BOTH: self.tr("Import them as new people")}}
        for combo, words in texts.items():
            for index in range(combo.count()):
                combo.setItemText(index, words[combo.itemData(index)])
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.decision_actions[Decision.SKIP].setText(self.tr("Skip the Selected"))
        self.decision_actions[Decision.UPDATE].setText(self.tr("Update the Register from the Selected"))
        self.decision_actions[Decision.KEEP_BOTH].setText(self.tr("Import the Selected as New People"))
        self.ui.findings.setToolTip(self.tr("Right-click duplicates to decide row by row"))
        self.organisations.retranslate()
        for model in (self.preview, self.findings, self.report):
            model.retranslate()
        if self.plan is not None:
            self._show_findings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
