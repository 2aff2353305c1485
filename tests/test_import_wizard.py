"""Importing a people list through the window: columns, check, import, report, undo."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from ui_helpers import shown_window, when_dialog_opens

from facilitator.services.people_import import Decision
from facilitator.ui.people.import_people_wizard import ImportPeopleWizard

DATA = Path(__file__).parent / "data"


@pytest.fixture
def window(qtbot, document, options):
    return shown_window(qtbot, document, options)


def people_count(window) -> int:
    return window.workspace.document.db["people"].count


def go_through(wizard: ImportPeopleWizard, seen: dict) -> None:
    seen["mapping"] = wizard.mapping()
    seen["preview_rows"] = wizard.preview.rowCount()
    seen["preview_first"] = [wizard.preview.index(0, column).data() for column in range(7)]
    wizard.next()  # to the check page: every row planned
    seen["summary"] = wizard.ui.checkSummary.text()
    wizard.next()  # the commit page's button: import
    seen["result"] = wizard.ui.resultSummary.text()
    seen["report_rows"] = wizard.report.rowCount()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_import_a_swedish_excel_list_then_undo(qtbot, window):
    seen: dict = {}
    opened = when_dialog_opens(lambda wizard: go_through(wizard, seen))
    window.import_people(str(DATA / "people_excel_sv_cp1252.csv"))
    assert isinstance(opened[0], ImportPeopleWizard)
    assert seen["mapping"] == {0: "given_name", 1: "family_name", 2: "title", 3: "organisation",
                               4: "email", 5: "phone", 6: "category"}
    assert seen["preview_first"][:3] == ["2", "Åsa", "Öberg"]  # line 2: the header is line 1
    assert seen["preview_first"][4] == "Region Gotland"
    assert seen["preview_first"][6] == "Elected official"
    added = people_count(window)
    assert added > 0
    assert seen["result"].startswith(f"Added {added} and updated 0 people.")
    assert window.statusBar().currentMessage().startswith("Imported")
    db = window.workspace.document.db
    email = db.execute("SELECT email FROM people WHERE family_name = 'Sjöström'").fetchone()
    assert email == ("EVA.SJOSTROM@LAHOLM.SE",)
    window.undo_action.trigger()
    assert people_count(window) == 0


def test_the_wizard_needs_a_name_column(qtbot, window):
    from facilitator.formats.tables import read_table
    table = read_table(DATA / "people_excel_sv_cp1252.csv")
    wizard = ImportPeopleWizard(window.workspace, table, "lista.csv", window)
    qtbot.addWidget(wizard)
    for choice in wizard.column_choices[:2]:
        choice.setCurrentIndex(0)  # given and family name: not imported
    assert "which column holds the names" in wizard.ui.mappingProblem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_that_is_not_a_list_is_explained_and_nothing_changes(qtbot, window):
    told = []
    when_dialog_opens(lambda box: (told.append(box.text()), box.button(QMessageBox.StandardButton.Ok).click()))
    window.import_people(str(DATA / "xlsx_named_csv.csv"))
    assert "xlsx_named_csv.csv cannot be imported" in told[0]
    assert people_count(window) == 0


def test_dropping_a_file_on_the_people_view_starts_the_import(qtbot, window, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    asked = []
    monkeypatch.setattr(window, "import_people", asked.append)
    window.people_view.files_dropped.disconnect()
    window.people_view.files_dropped.connect(window.import_people)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(DATA / "people.xlsx"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.people_view.dropEvent(event)
    assert asked == [str(DATA / "people.xlsx")]


def test_duplicates_are_decided_row_by_row(qtbot, window):
    """Update one duplicate, keep the other's register entry: each as chosen."""
    from facilitator.domain.records import Person
    from facilitator.formats.tables import read_table
    register = window.workspace.register
    register.add_person(Person("Åsa", "Öberg", title="Gammal titel", email="asa.oberg@gotland.se"))
    register.add_person(Person("Per", "Ängström", title="Gammal titel", email="per.angstrom@laholm.se"))
    wizard = ImportPeopleWizard(window.workspace, read_table(DATA / "people_excel_sv_cp1252.csv"), "lista.csv", window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    rows = {wizard.findings.index(row, 1).data(): row for row in range(wizard.findings.rowCount())
            if wizard.findings.index(row, 2).data()}
    assert set(rows) == {"Åsa Öberg", "Per Ängström"}
    wizard.ui.findings.selectRow(rows["Åsa Öberg"])
    wizard.decision_actions[Decision.UPDATE].trigger()
    assert wizard.findings.index(rows["Åsa Öberg"], 2).data() == "Update"
    wizard.next()  # import: Åsa updated, Per skipped (the default)
    titles = dict(window.workspace.document.db.execute("SELECT given_name, title FROM people").fetchall())
    assert titles["Åsa"] == "Kommunstyrelsens ordförande"
    assert titles["Per"] == "Gammal titel"
