"""`make screenshots`: every main view and dialog rendered from the demo, in Swedish.

Run by `make test` too (into a temporary folder), so a view that cannot render fails
the build; `make screenshots` keeps the PNGs in screenshots/ to look at.
"""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.about import support_facts
from facilitator.formats.attendance import read_report
from facilitator.formats.tables import read_table
from facilitator.printing import printouts
from facilitator.services.attendance_import import AttendanceImport
from facilitator.store import errors
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.document.document_errors import explain
from facilitator.ui.document.start_dialog import StartDialog
from facilitator.ui.mainwindow.about_dialog import AboutDialog
from facilitator.ui.mainwindow.main_window import MainWindow
from facilitator.ui.mainwindow.settings_dialog import SettingsDialog
from facilitator.ui.organisations.organisation_dialog import OrganisationDialog
from facilitator.ui.people.import_people_wizard import ImportPeopleWizard
from facilitator.ui.people.person_dialog import PersonDialog
from facilitator.ui.sessions.attendance_review_dialog import AttendanceReviewDialog
from facilitator.ui.sessions.export_dialog import ExportDialog
from facilitator.ui.sessions.invite_people_dialog import InvitePeopleDialog
from facilitator.ui.sessions.print_dialog import PrintChoiceDialog, preview_dialog
from facilitator.ui.sessions.segment_dialog import SegmentDialog
from facilitator.ui.sessions.session_dialog import SessionDialog

SIZE = (1320, 760)
DATA = Path(__file__).parent / "data"


@pytest.fixture
def folder(tmp_path) -> Path:
    target = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()  # let late layout settle, e.g. scroll bars a text editor no longer needs
    image = widget.grab()
    assert image.save(str(path)), path
    assert image.width() > 200 and image.height() > 100


@pytest.mark.parametrize("language", ["sv", "en"])
def test_render_every_view_and_dialog(qtbot, demo, options, languages, folder, language):
    languages.apply(language)
    window = MainWindow(Workspace(demo), options)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    for row, name in enumerate(("sessions", "people", "organisations")):
        window.ui.navigation.setCurrentRow(row)
        save(window, folder / f"{language}-{row + 1}-{name}.png")
    window.ui.navigation.setCurrentRow(3)
    save(window, folder / f"{language}-8-dashboard.png")
    register = window.workspace.register
    window.ui.navigation.setCurrentRow(1)
    window.people_view.search.setText("region")
    save(window, folder / f"{language}-4-people-search.png")

    window.open_session(window.sessions_view.model.id_at(4))  # a held session with attendance
    save(window, folder / f"{language}-5-session-invitations.png")
    window.session_page.show_check_in()
    window.session_page.check_in.search.setText("region")
    save(window, folder / f"{language}-6-session-check-in.png")

    page = window.session_page  # its run-sheet: the standard agenda, 21 minutes into the second segment
    run_sheet = window.workspace.run_sheet
    run_sheet.add_standard_agenda(page.session_id)
    opening, part_one = run_sheet.agenda(page.session_id)[:2]
    run_sheet.set_notes(opening.id, "Alla på plats 09:02.")
    run_sheet.set_notes(part_one.id, "Ljudet i salen hackade de första minuterna; fungerade efter omstart.\n"
                                     "Fråga till studion om bilderna skickas ut efteråt.")
    now = register.session(page.session_id).start + timedelta(minutes=21, seconds=40)
    page.run_sheet.clock = lambda: now
    page.run_sheet.reload()
    page.run_sheet.table.selectRow(1)  # the running segment, as the facilitator follows it
    page.show_run_sheet()
    save(window, folder / f"{language}-7-session-run-sheet.png")
    assert page.run_sheet.live_board.title.text() == part_one.title
    assert page.run_sheet.segment_notes.notes.toPlainText().startswith("Ljudet i salen")

    session_id = window.sessions_view.model.id_at(0)
    person_id = window.people_view.model.id_at(0)
    dialogs = {
        "session-dialog": SessionDialog(register.session(session_id), register.overlapping_sessions),
        "person-dialog": PersonDialog(register.organisation_names(), register.person(person_id)),
        "organisation-dialog": OrganisationDialog(register.organisation(register.organisation_names()[0][0])),
        "settings-dialog": SettingsDialog(options),
        "start-dialog": StartDialog(Path.home() / "Facilitator" / "facilitator.sqlite"),
        "invite-people-dialog": InvitePeopleDialog(window.workspace),
        "segment-dialog": SegmentDialog(part_one),
        "about": AboutDialog(support_facts(demo, language)),
    }
    invalid = SessionDialog()
    invalid.ui.title.clear()
    invalid.accept()  # shows the problems next to the fields
    dialogs["session-dialog-problems"] = invalid
    dialogs["merge"] = merge_preview(window)
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        save(dialog, folder / f"{language}-dialog-{name}.png")
    exchange = exchange_dialogs(window, options)
    for name, dialog in exchange.items():
        qtbot.addWidget(dialog)
        save(dialog, folder / f"{language}-exchange-{name}.png")
    what, todo = explain(errors.CorruptDocument(Path("/home/anna/Facilitator/facilitator.sqlite")))
    assert what and todo


def exchange_dialogs(window: MainWindow, options) -> dict[str, QWidget]:
    """The import wizard (columns and check pages), the report review, export and printing."""
    workspace = window.workspace
    db = workspace.document.db
    wizard = ImportPeopleWizard(workspace, read_table(DATA / "people_excel_sv_cp1252.csv"), "inbjudna.csv")
    wizard.resize(900, 640)
    checking = ImportPeopleWizard(workspace, read_table(DATA / "people_excel_sv_cp1252.csv"), "inbjudna.csv")
    checking.resize(900, 640)
    checking.show()
    checking.next()
    session_id = window.sessions_view.model.id_at(4)
    review = AttendanceReviewDialog(AttendanceImport(db), read_report(DATA / "zoom_meeting_participants.csv"),
                                    session_id, 15, workspace.register.person_names())
    preview = preview_dialog(printouts.roster(db, session_id), False)
    preview.resize(900, 900)
    sign_in = preview_dialog(printouts.sign_in_sheet(db, session_id, 8), False)
    sign_in.resize(900, 900)
    return {"import-1-columns": wizard, "import-2-check": checking, "report-review": review,
            "export-dialog": ExportDialog(options), "print-choice": PrintChoiceDialog(),
            "print-preview-roster": preview, "print-preview-sign-in": sign_in}


def merge_preview(window: MainWindow) -> QWidget:
    """Merging a neighbour's copy of the demo: new people, later edits there, and two rows
    this file changed later (conflicts, one settled as "take theirs")."""
    from facilitator.services.merge import Merge
    from facilitator.store.document import Document
    from facilitator.ui.document.merge_dialog import MergeDialog

    document = window.workspace.document
    path = document.path.with_name("uppsala.sqlite")
    path.unlink(missing_ok=True)
    document.save_copy(path)
    other = Document.open(path)
    ids = [row[0] for row in other.db.execute("SELECT id FROM people ORDER BY id LIMIT 5")]
    other.db.execute("UPDATE people SET title = title || ' (t.f.)', updated_at = '2026-01-01T00:00:00Z' "
                     "WHERE id IN (?, ?)", ids[:2])
    other.db.execute("UPDATE people SET phone = '018-19 50 00', updated_at = '2099-01-01T00:00:00Z' "
                     "WHERE id IN (?, ?, ?)", ids[2:])
    other.db.execute("INSERT INTO people (uuid, created_at, updated_at, given_name, family_name, sort_key, email) "
                     "SELECT new_uuid(), created_at, updated_at, given_name, 'Ek', 'ek', 'x' || email "
                     "FROM people LIMIT 12")
    other.close()
    dialog = MergeDialog(Merge(document.db).preview(path))
    dialog.ui.conflicts.selectRow(0)
    dialog.ui.takeTheirsButton.click()
    return dialog
