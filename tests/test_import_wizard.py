"""Importing a people list through the window: columns, check, import, report, undo."""

import io
import sqlite3
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


def go_through(wizard: ImportPeopleWizard, seen: dict, decide=None) -> None:
    """Columns, organisations (when asked), check, import, result - with the defaults
    unless ``decide(wizard)`` changes something on the organisations page. The wizard is
    closed whatever happens, so a failure cannot leave the test waiting."""
    try:
        seen["mapping"] = wizard.mapping()
        seen["preview_rows"] = wizard.preview.rowCount()
        seen["preview_first"] = [wizard.preview.index(0, column).data() for column in range(7)]
        wizard.next()
        if wizard.currentPage() is wizard.ui.organisationsPage:
            if decide:
                decide(wizard)
            seen["organisations"] = rows_of(wizard.organisations.model)
            wizard.next()
        seen["summary"] = wizard.ui.checkSummary.text()
        seen["findings"] = rows_of(wizard.findings)
        wizard.next()  # the commit page's button: import
        seen["result"] = wizard.ui.resultSummary.text()
        seen["report_rows"] = wizard.report.rowCount()
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        if wizard.isVisible():
            wizard.reject()


def rows_of(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


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
    # Laholm is not in Gotland's file: two spellings of it, created once as Sweden's lists have it.
    assert seen["organisations"] == [["Laholms kommun", "1", "Laholm - in Sweden, not in this file",
                                      "Create Laholm (Municipality, Hallands län)"],
                                     ["Laholm kommun", "1", "Laholm - in Sweden, not in this file",
                                      "Create Laholm (Municipality, Hallands län)"]]
    added = people_count(window)
    assert added == 4
    assert seen["result"].startswith("Added 4 people, updated 0. 1 organisation created. 0 rows not imported.")
    assert window.statusBar().currentMessage().startswith("Imported")
    db = window.workspace.document.db
    email = db.execute("SELECT email FROM people WHERE family_name = 'Sjöström'").fetchone()
    assert email == ("EVA.SJOSTROM@LAHOLM.SE",)
    assert db.execute("SELECT count(*) FROM people p JOIN organisations o ON o.id = p.organisation_id "
                      "WHERE o.name = 'Laholm' AND o.county_code = '13'").fetchone() == (2,)
    window.undo_action.trigger()
    assert people_count(window) == 0
    assert db.execute("SELECT count(*) FROM organisations WHERE name = 'Laholm'").fetchone() == (0,)


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
    wizard.next()  # organisations: Laholm is created
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


NAMESAKES = ("Namn;E-post;Organisation\r\nAnna Andersson;anna.andersson@gotland.se;Region Gotland\r\n"
             "Anna Andersson;anna.m.andersson@gotland.se;Region Gotland\r\nBo Ek;bo.ek@gotland.se;\r\n"
             "Bo Ek;;\r\n")


def test_possible_duplicates_are_imported_unless_the_lead_says_otherwise(qtbot, window, tmp_path):
    from facilitator.domain.records import Person
    from facilitator.formats.tables import read_table
    region = next(id_ for id_, name in window.workspace.register.organisation_names() if name == "Region Gotland")
    window.workspace.register.add_person(Person("Anna", "Andersson", organisation_id=region,
                                                email="anna.a@gotland.se"))
    path = tmp_path / "namnar.csv"
    path.write_text(NAMESAKES, encoding="utf-8")
    wizard = ImportPeopleWizard(window.workspace, read_table(path), path.name, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.checkPage  # no organisation to decide on
    assert "0 are the same person as someone" in wizard.ui.checkSummary.text()
    assert "3 have the name of someone else" in wizard.ui.checkSummary.text()
    findings = rows_of(wizard.findings)
    assert [row[:3] for row in findings] == [["2", "Anna Andersson", "Import as new"],
                                             ["3", "Anna Andersson", "Import as new"],
                                             ["5", "Bo Ek", "Import as new"]]
    assert findings[1][3] == "Same name as person 1 in the register, but perhaps someone else (another email)"
    assert findings[2][3] == "Same name as line 4, but perhaps someone else (no organisation to compare)"
    wizard.ui.findings.selectRow(2)
    wizard.decision_actions[Decision.SKIP].trigger()
    wizard.next()
    assert wizard.result.added == 3 and wizard.result.skipped == 1


def test_organisation_names_are_mapped_created_or_kept_in_the_notes(qtbot, window, tmp_path):
    from facilitator.formats.tables import read_table
    path = tmp_path / "organisationer.csv"
    path.write_text("Namn;Organisation\r\nAnna Berg;Regoin Gotland\r\nBo Ek;Laholms kommun\r\n"
                    "Eva Lind;Acme AB\r\nPer Holm;Okänd förening\r\n", encoding="utf-8")
    wizard = ImportPeopleWizard(window.workspace, read_table(path), path.name, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.organisationsPage
    assert [row[2:] for row in rows_of(wizard.organisations.model)] == [
        ["Perhaps Region Gotland", "Use Region Gotland"],
        ["Laholm - in Sweden, not in this file", "Create Laholm (Municipality, Hallands län)"],
        ["Not found", "Import without; the name is kept in the notes"],
        ["Not found", "Import without; the name is kept in the notes"]]
    wizard.ui.organisationQuestions.selectRow(2)  # Acme AB: create it, as a company in Gotland
    wizard.ui.createNew.setChecked(True)
    wizard.ui.newName.setText("Acme AB (Visby)")
    wizard.ui.newName.textEdited.emit("Acme AB (Visby)")
    wizard.ui.newCounty.setCurrentIndex(wizard.ui.newCounty.findData("09"))
    assert wizard.organisations.model.index(2, 3).data() == "Create Acme AB (Visby) (Other organisation, Gotlands län)"
    wizard.next()
    wizard.next()
    db = window.workspace.document.db
    people = {row[0]: row[1:] for row in db.execute(
        "SELECT p.given_name, o.name, o.county_code, p.notes FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id")}
    assert people == {"Anna": ("Region Gotland", "09", ""), "Bo": ("Laholm", "13", ""),
                      "Eva": ("Acme AB (Visby)", "09", ""),
                      "Per": (None, None, "Organisation in the imported list: Okänd förening")}


def test_the_window_and_the_command_line_import_the_same(qtbot, window, tmp_path):
    """Defaults alike: duplicates skipped, possible duplicates imported, repaired lines kept."""
    import shutil

    from facilitator import cli
    from facilitator.cli import runner
    from facilitator.formats.tables import read_table

    path = tmp_path / "lista.csv"
    path.write_text(NAMESAKES + 'Eva Lind;"eva@x.se;\r\nEva Lind;EVA@x.se;\r\n', encoding="utf-8")
    copy = tmp_path / "copy.sqlite"
    document = window.workspace.document
    document.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(document.path, copy)
    wizard = ImportPeopleWizard(window.workspace, read_table(path), path.name, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    code = runner.run(cli.parse(["import-people", str(path), "--db", str(copy)]), copy, lambda: ("", ""),
                      out=io.StringIO(), err=io.StringIO())
    assert code == 0
    query = "SELECT given_name, family_name, email, organisation_id, notes FROM people ORDER BY id"
    with sqlite3.connect(copy) as other:
        assert other.execute(query).fetchall() == document.db.execute(query).fetchall()
    assert len(document.db.execute(query).fetchall()) == 5
