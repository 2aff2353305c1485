"""Import a people list: check the columns (with a preview of the rows as they will be
stored), decide about duplicates and unsure organisations, then import in one
transaction with progress and cancel, and see (and save) the report of rows not imported.
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget, QWizard

from ... import labels
from ...domain.enums import PersonCategory
from ...formats.people_columns import suggest_mapping
from ...formats.tables import Table
from ...services.people_import import Decision, ImportCancelled, ImportPlan, ImportResult, PeopleImport
from ..common.background import run_and_wait
from ..common.list_page import small_table
from ..common.rows_model import RowsModel
from ..common.workspace import Workspace
from ..forms.ui_import_people_wizard import Ui_ImportPeopleWizard

PREVIEW_ROWS = 20
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
        self.decisions: dict[int, Decision] = {}  # a duplicate row's line -> what to do with it
        self._organisation_names = dict(workspace.register.organisation_names())
        self.preview = RowsModel("ImportPeopleWizard", PREVIEW_HEADERS, self, numeric_columns=[0])
        self.findings = RowsModel("ImportPeopleWizard", FINDING_HEADERS, self, numeric_columns=[0])
        self.report = RowsModel("ImportPeopleWizard", REPORT_HEADERS, self, numeric_columns=[0])
        for view, model in ((self.ui.preview, self.preview), (self.ui.findings, self.findings),
                            (self.ui.report, self.report)):
            small_table(view, model).horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 110, 120, 170, 170, 200, 130)):
            self.ui.preview.setColumnWidth(column, width)
        self.ui.findings.setColumnWidth(0, 50)
        self.ui.findings.setColumnWidth(1, 200)
        self.ui.findings.setColumnWidth(2, 150)
        self.ui.findings.setSelectionBehavior(self.ui.findings.SelectionBehavior.SelectRows)
        self.ui.findings.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.decision_actions = {}
        for decision in (Decision.SKIP, Decision.UPDATE, Decision.KEEP_BOTH):
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
        for decision in (Decision.SKIP, Decision.UPDATE, Decision.KEEP_BOTH):
            self.ui.duplicateDecision.addItem("", decision)
        self.ui.defaultCategory.currentIndexChanged.connect(self.update_preview)
        self.ui.duplicateDecision.currentIndexChanged.connect(self._show_findings_if_planned)

    def _build_mapping(self) -> None:
        """One choice per column of the file, preset from its header (Förnamn, E-post, ...)."""
        suggested = suggest_mapping(self.table.headers)
        self.column_choices: list[QComboBox] = []
        for index, header in enumerate(self.table.headers):
            choice = QComboBox()
            choice.addItem("", None)
            for field in FIELD_LABELS:
                choice.addItem("", field)
            choice.setCurrentIndex(max(0, choice.findData(suggested.get(index))))
            choice.currentIndexChanged.connect(self.update_preview)
            example = next((row[index] for row in self.table.rows if row[index].strip()), "")
            self.ui.mappingForm.addRow(f"{header}  ({example[:30]})" if example else header, choice)
            self.column_choices.append(choice)

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
        except Exception as error:  # InvalidInput: no column holds names
            self.preview.set_rows([])
            self.ui.mappingProblem.setText(self.tr(
                "Choose which column holds the names (given, family or full name)."))
            self._name_column_missing = True
            return self._refresh_buttons(error)
        self._name_column_missing = False
        self.ui.mappingProblem.setText("")
        self.preview.set_rows([self._preview_row(row) for row in plan.rows])
        self._refresh_buttons(None)

    def _refresh_buttons(self, error) -> None:
        self.button(QWizard.WizardButton.NextButton).setEnabled(error is None)

    def _preview_row(self, row) -> tuple:
        person = row.person
        notes = "; ".join(labels.import_reason(note.code, note.message) for note in row.problems + row.warnings)
        return (row.line, person.given_name, person.family_name, person.title,
                self._organisation_text(row.organisation), person.email, labels.category(person.category), notes)

    def _organisation_text(self, resolution) -> str:
        if resolution.organisation_id is not None:
            return self._organisation_names.get(resolution.organisation_id, "")
        if resolution.suggestion_id is not None:
            return self.tr("%1 → %2?").replace("%1", resolution.text).replace(
                "%2", self._organisation_names.get(resolution.suggestion_id, ""))
        return resolution.text

    # -- page 2: check ------------------------------------------------------------------
    def _entered_page(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.checkPage:
            self._check()
        elif page is self.ui.resultPage:
            self._show_result()

    def _check(self) -> None:
        """Plan every row (on a worker connection; a long list takes a moment)."""
        table, mapping, category = self.table, self.mapping(), self.default_category()

        def work(progress, cancelled):
            db = self.workspace.document.connect_worker()
            try:
                return PeopleImport(db).plan(table, mapping, default_category=category)
            finally:
                db.close()

        self.plan = run_and_wait(self, self.tr("Checking %n row(s)…", "", len(table.rows)), work)
        self._show_findings()

    def _show_findings(self) -> None:
        plan = self.plan
        unsure = plan.unsure_organisations()
        self.ui.checkSummary.setText(self.tr(
            "%1 rows: %2 can be imported, %3 of them duplicate someone, %4 cannot be imported. "
            "%5 organisation names need a decision.")
            .replace("%1", str(len(plan.rows))).replace("%2", str(len(plan.importable)))
            .replace("%3", str(len(plan.duplicates))).replace("%4", str(len(plan.with_problems)))
            .replace("%5", str(len(unsure))))
        findings = []
        for row in plan.rows:
            name = row.person.full_name
            for note in row.problems + row.warnings:
                findings.append((row.line, name, "", labels.import_reason(note.code, note.message)))
            if row.duplicate and row.importable:
                decision = self._decision_text(self.decisions.get(row.line, self.ui.duplicateDecision.currentData()))
                findings.append((row.line, name, decision, self._duplicate_text(row.duplicate)))
        self.findings.set_rows(findings)
        self.ui.useSuggestions.setVisible(bool(unsure))

    def _show_findings_if_planned(self) -> None:
        if self.plan is not None:
            self._show_findings()

    def decide_selected(self, decision: Decision) -> None:
        """Right-click on duplicates: skip, update or keep both, row by row."""
        duplicates = {row.line for row in self.plan.duplicates} if self.plan else set()
        for index in self.ui.findings.selectionModel().selectedRows():
            line = int(self.findings.index(index.row(), 0).data())
            if line in duplicates:
                self.decisions[line] = decision
        self._show_findings()

    def _decision_text(self, decision: Decision) -> str:
        return {Decision.SKIP: self.tr("Skip"), Decision.UPDATE: self.tr("Update"),
                Decision.KEEP_BOTH: self.tr("Keep both")}[decision]

    def _duplicate_text(self, duplicate) -> str:
        if duplicate.person_id:
            return self.tr("Same email or name as someone already in the register")
        return self.tr("Same email or name as line %1").replace("%1", str(duplicate.line))

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.ui.columnsPage:
            return not self._name_column_missing
        if self.currentPage() is self.ui.checkPage:
            return self._import()
        return super().validateCurrentPage()

    def _import(self) -> bool:
        """Write everything accepted in one transaction; cancel leaves the register as it was."""
        table, mapping, category = self.table, self.mapping(), self.default_category()
        decision, decisions = self.ui.duplicateDecision.currentData(), dict(self.decisions)
        settled = {text: resolution.suggestion_id for text, resolution in self.plan.unsure_organisations().items()
                   if resolution.suggestion_id is not None} if self.ui.useSuggestions.isChecked() else {}
        plan = self.plan

        def work(progress, cancelled):
            self.workspace.document.back_up("import")  # a verified copy first (store/backups.py)
            db = self.workspace.document.connect_worker()
            try:
                importer = PeopleImport(db)
                final = importer.plan(table, mapping, default_category=category, organisations=settled) \
                    if settled else plan
                return importer.apply(final, decisions, default=decision, progress=progress, cancelled=cancelled)
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

    # -- page 3: result ----------------------------------------------------------------
    def _show_result(self) -> None:
        result = self.result
        self.ui.resultSummary.setText(self.tr(
            "Added %1 and updated %2 people. %3 rows were not imported; they are listed below with "
            "the reason. Edit → Undo removes the whole import.")
            .replace("%1", str(result.added)).replace("%2", str(result.updated))
            .replace("%3", str(len(result.report.not_imported))))
        self.report.set_rows([(line.line, self.tr("yes") if line.imported else self.tr("no"),
                               labels.import_reason(line.code, line.message)) for line in result.report.lines])
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
        for choice in self.column_choices:
            choice.setItemText(0, self.tr("(do not import)"))
            for index, field in enumerate(FIELD_LABELS, start=1):
                choice.setItemText(index, self.tr(FIELD_LABELS[field]))
        texts = {Decision.SKIP: self.tr("Skip them (keep what the register has)"),
                 Decision.UPDATE: self.tr("Update the register from the file"),
                 Decision.KEEP_BOTH: self.tr("Keep both (add them as new people)")}
        for index in range(self.ui.duplicateDecision.count()):
            self.ui.duplicateDecision.setItemText(index, texts[self.ui.duplicateDecision.itemData(index)])
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.decision_actions[Decision.SKIP].setText(self.tr("Skip the Selected Duplicates"))
        self.decision_actions[Decision.UPDATE].setText(self.tr("Update the Register from the Selected"))
        self.decision_actions[Decision.KEEP_BOTH].setText(self.tr("Keep Both for the Selected"))
        self.ui.findings.setToolTip(self.tr("Right-click duplicates to decide row by row"))
        for model in (self.preview, self.findings, self.report):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
