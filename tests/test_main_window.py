"""The main window as a person uses it: create, search, delete, undo, switch language."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import shown_window, when_dialog_opens

from facilitator.domain.timezone import STOCKHOLM
from facilitator.store.document import Document
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.mainwindow.main_window import MainWindow
from facilitator.ui.sessions.session_dialog import _to_qt


@pytest.fixture
def window(qtbot, document, options):
    return shown_window(qtbot, document, options)


@pytest.fixture
def demo_window(qtbot, demo, options):
    return shown_window(qtbot, demo, options)


def titles(window: MainWindow) -> list[str]:
    model = window.sessions_view.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def people_names(window: MainWindow) -> list[str]:
    model = window.people_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def ok(dialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_create_a_session_with_problems_shown_next_to_the_fields(qtbot, window):
    problems_seen = {}

    def fill(dialog):
        ok(dialog)  # empty title: refused, the problem is shown beside the field
        problems_seen["title"] = (dialog.isVisible(), dialog.ui.titleProblem.isVisible(),
                                  dialog.ui.titleProblem.text())
        start = datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM)
        dialog.ui.start.setDateTime(_to_qt(start))
        dialog.ui.end.setDateTime(_to_qt(start.replace(hour=8)))
        problems_seen["end"] = dialog.ui.endProblem.text()
        dialog.ui.end.setDateTime(_to_qt(start.replace(hour=10, minute=30)))
        dialog.ui.title.setText("Digital säkerhet")  # QTest types ASCII only
        dialog.ui.joinLink.setText("teams")
        ok(dialog)
        problems_seen["link"] = dialog.ui.joinLinkProblem.text()
        dialog.ui.joinLink.setText("https://teams.microsoft.com/l/meetup-join/abc")
        ok(dialog)

    seen = when_dialog_opens(fill)
    window.sessions_view.ui.newButton.click()

    assert seen
    assert problems_seen["title"] == (True, True, "Required.")
    assert problems_seen["end"] == "The session must end after it starts."
    assert problems_seen["link"].startswith("Enter a web address")
    assert titles(window) == ["Digital säkerhet"]
    assert window.sessions_view.model.index(0, 0).data() == "13/10/2026  09:00–10:30"
    assert "Digital säkerhet" in window.statusBar().currentMessage()


def test_undo_and_redo_from_the_edit_menu(qtbot, window):
    when_dialog_opens(lambda dialog: (dialog.ui.title.setText("Innovation"), ok(dialog)))
    window.sessions_view.ui.newButton.click()
    assert titles(window) == ["Innovation"]
    window.undo_action.trigger()
    assert titles(window) == []
    assert window.statusBar().currentMessage().startswith("Undone: Created session")
    window.redo_action.trigger()
    assert titles(window) == ["Innovation"]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_add_a_person_and_find_them_by_typing(qtbot, window):
    def fill(dialog):
        dialog.ui.givenName.setText("Örjan")
        dialog.ui.familyName.setText("Åkesson")
        dialog.ui.title.setText("Regiondirektör")
        dialog.ui.organisation.setCurrentIndex(dialog.ui.organisation.findText("Region Gotland"))
        dialog.ui.email.setText("orjan.akesson@gotland.se")
        ok(dialog)

    window.ui.navigation.setCurrentRow(1)
    when_dialog_opens(lambda dialog: (dialog.ui.givenName.setText("Anna"),
                                      dialog.ui.familyName.setText("Berg"), ok(dialog)))
    window.ui.actionNewItem.trigger()  # Ctrl+N makes a person in the People view
    when_dialog_opens(fill)
    window.people_view.ui.newButton.click()
    assert people_names(window) == ["Berg, Anna", "Åkesson, Örjan"]

    window.ui.actionFind.trigger()
    assert window.focusWidget() is window.people_view.search
    qtbot.keyClicks(window.people_view.search, "regiond")
    qtbot.waitUntil(lambda: people_names(window) == ["Åkesson, Örjan"])
    assert window.people_view.ui.summary.text() == "1 match"
    qtbot.keyClicks(window.people_view.search, "x")
    qtbot.waitUntil(lambda: people_names(window) == [])


def test_filter_people_by_organisation_from_the_organisations_view(qtbot, demo_window):
    organisations = demo_window.organisations_view
    demo_window.ui.navigation.setCurrentRow(2)
    organisations.select_index(organisations.model.index_of(
        next(i for i, n in demo_window.workspace.register.organisation_names() if n == "Lantmäteriet")))
    organisations.people_button.click()
    assert demo_window.ui.pages.currentWidget() is demo_window.people_view
    assert len(people_names(demo_window)) == 1
    assert demo_window.people_view.organisation_filter.currentText() == "Lantmäteriet"


def test_delete_a_person_and_undo(qtbot, window):
    register = window.workspace.register
    from facilitator.domain.records import Person
    window.workspace.record("add", register.add_person(Person("Anna", "Berg")))
    window.ui.navigation.setCurrentRow(1)
    view = window.people_view
    view.select_index(view.model.index(0, 0))
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert people_names(window) == []
    assert window.statusBar().currentMessage() == "Deleted Anna Berg"
    qtbot.keyClick(view.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people_names(window) == ["Berg, Anna"]


def test_deleting_someone_with_attendance_deactivates_by_default(qtbot, demo_window):
    db = demo_window.workspace.document.db
    person_id = db.execute("SELECT person_id FROM attendance LIMIT 1").fetchone()[0]
    view = demo_window.people_view
    demo_window.ui.navigation.setCurrentRow(1)
    view.select_index(view.model.index(view.model.row_of(person_id), 0))
    asked = when_dialog_opens(lambda box: box.defaultButton().click())
    view.ui.deleteButton.click()
    assert isinstance(asked[0], QMessageBox)
    assert db.execute("SELECT active FROM people WHERE id = ?", [person_id]).fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM attendance WHERE person_id = ?", [person_id]).fetchone()[0] > 0
    assert demo_window.statusBar().currentMessage().startswith("Deactivated")
    demo_window.undo_action.trigger()
    assert db.execute("SELECT active FROM people WHERE id = ?", [person_id]).fetchone() == (1,)


def test_cancel_and_delete_a_session_with_attendance(qtbot, demo_window):
    view = demo_window.sessions_view
    view.select_index(view.model.index(0, 0))
    warned = []
    when_dialog_opens(lambda box: (warned.append(box.informativeText()),
                                   box.button(QMessageBox.StandardButton.Yes).click()))
    view.cancel_button.click()
    assert warned[0].startswith("41 invitees expect this session")  # all but those who declined
    assert view.model.index(0, 3).data() == "Cancelled"
    assert view.cancel_button.text() == "&Reinstate"
    asked = []
    when_dialog_opens(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    view.ui.deleteButton.click()
    assert "Attendance has been recorded" in asked[0]
    assert view.model.rowCount() == 5
    demo_window.undo_action.trigger()
    assert view.model.rowCount() == 6
    assert demo_window.workspace.document.db["attendance"].count == 131 or view.model.index(0, 7).data() != "0"


def test_switch_language_to_swedish_and_back(qtbot, window, languages):
    window.language_chosen.connect(languages.apply)  # as the application wires it
    when_dialog_opens(lambda dialog: (dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("sv")),
                                      ok(dialog)))
    window.ui.actionSettings.trigger()
    assert window.options.language == "sv"
    assert languages.current == "sv"
    # Qt posts LanguageChange to every widget; each retranslates when it gets the event.
    qtbot.waitUntil(lambda: window.sessions_view.ui.heading.text() == "Webbsändningar")
    assert window.ui.menuFile.title() == "&Arkiv"
    assert window.people_view.model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert window.undo_action.text() == "&Ångra"
    assert window.people_view.category_filter.itemText(1) == "Förtroendevald"
    assert window.ui.navigation.item(1).text() == "Personer"
    seen = when_dialog_opens(lambda dialog: dialog.reject())
    window.sessions_view.ui.newButton.click()
    cancel = seen[0].ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"  # Qt's own words are Swedish too (qtbase_sv)
    languages.apply("en")
    qtbot.waitUntil(lambda: window.sessions_view.ui.heading.text() == "Sessions")
    assert window.undo_action.text() == "&Undo"


def test_swedish_dates_and_sort_order(qtbot, demo_window, swedish):
    assert demo_window.sessions_view.model.index(0, 0).data() == "2026-09-15  09:00–11:30"
    demo_window.ui.navigation.setCurrentRow(1)
    names = people_names(demo_window)
    assert names == sorted(names, key=lambda n: n.translate(str.maketrans("ÅÄÖ", "{|}")))
    assert names[-1].startswith("Ö")


def test_column_layout_and_window_size_are_remembered(qtbot, document, options):
    first = MainWindow(Workspace(document), options)
    qtbot.addWidget(first)
    first.people_view.view.setColumnWidth(1, 333)
    first.resize(760, 560)  # within the offscreen screen (800 x 600): restore clamps to it
    first.close()
    second = MainWindow(Workspace(document), options)
    qtbot.addWidget(second)
    assert second.people_view.view.columnWidth(1) == 333
    assert second.size().width() == 760


def test_a_read_only_document_cannot_be_edited(qtbot, tmp_path, options, document):
    path = document.path
    document.close()
    read_only = Document.open(path, read_only=True)
    main = MainWindow(Workspace(read_only), options)
    qtbot.addWidget(main)
    assert "(read-only)" in main.windowTitle()
    assert not main.ui.actionNewItem.isEnabled()
    assert not main.people_view.ui.deleteButton.isEnabled()
    read_only.close()


def test_save_a_copy_runs_in_the_background(qtbot, window, tmp_path, event_loop_qt):
    target = tmp_path / "kopia.sqlite"
    task = window.save_copy_to(str(target))
    qtbot.waitUntil(task.done, timeout=5000)
    copy = Document.open(target)
    assert copy.db["organisations"].count == 2
    copy.close()
    assert window.statusBar().currentMessage().startswith("Saved a copy as")


def test_hidden_views_load_when_first_shown(qtbot, demo_window):
    """Start-up pays for the first view only; the others query when opened."""
    assert demo_window.sessions_view.model.rowCount() == 6
    assert not demo_window.people_view.model.loaded
    demo_window.ui.navigation.setCurrentRow(1)
    assert demo_window.people_view.model.rowCount() == 45
    demo_window.ui.navigation.setCurrentRow(0)
    demo_window.workspace.register.set_people_active([demo_window.people_view.model.id_at(0)], False)
    demo_window.workspace.record("deactivate", demo_window.workspace.register.set_people_active(
        [demo_window.people_view.model.id_at(1)], False))
    demo_window.ui.navigation.setCurrentRow(2)  # a change while hidden is shown on return
    model = demo_window.organisations_view.model
    assert int(model.index(0, 3, model.index(1, 0)).data()) == 32
