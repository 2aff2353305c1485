"""A session's page through the window: invite, record answers, check in by keyboard alone,
walk-ins, substitutes, and undo."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import shown_window, when_dialog_opens

from facilitator.domain.enums import InvitationStatus, PersonCategory
from facilitator.domain.records import Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.store.invitations import WhoToInvite


@pytest.fixture
def window(qtbot, document, options):
    return shown_window(qtbot, document, options, active=True)  # Alt+letter needs an active window


@pytest.fixture
def session_id(window) -> int:
    """A planned session next week, and a register of four people (one inactive)."""
    register = window.workspace.register
    region = next(i for i, name in register.organisation_names() if name == "Region Gotland")
    board = next(i for i, name in register.organisation_names() if name.startswith("Länsstyrelsen"))
    for given, family, organisation, category in [
            ("Anna", "Berg", region, PersonCategory.ELECTED_OFFICIAL),
            ("Erik", "Lund", region, PersonCategory.SENIOR_OFFICIAL),
            ("Maria", "Ek", board, PersonCategory.COUNTY_BOARD_MANAGEMENT)]:
        register.add_person(Person(given, family, organisation_id=organisation, category=category,
                                   email=f"{given.lower()}@example.se"))
    gone = register.add_person(Person("Olle", "Borta", organisation_id=region)).ids("people")[0]
    register.set_people_active([gone], False)
    start = (datetime.now(STOCKHOLM) + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    created = register.add_session(Session("Digital säkerhet", start, start + timedelta(hours=2)))
    window.sessions_view.reload()
    return created.ids("sessions")[0]


def open_page(window, session_id):
    window.sessions_view.select_index(window.sessions_view.model.index(0, 0))
    window.sessions_view.open_button.click()
    assert window.session_page.session_id == session_id
    return window.session_page


def invitee_names(view) -> list[str]:
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_invite_everyone_not_yet_invited_twice_changes_nothing(qtbot, window, session_id):
    page = open_page(window, session_id)
    invitations = page.invitations
    invitations.invite_everyone.trigger()
    assert invitee_names(invitations) == ["Berg, Anna", "Ek, Maria", "Lund, Erik"]  # not the inactive one
    assert "(3 new)" in window.statusBar().currentMessage()
    invitations.invite_everyone.trigger()
    assert window.statusBar().currentMessage() == "Everyone chosen was already invited."
    assert window.workspace.undo_stack.count() == 1
    window.undo_action.trigger()
    assert invitee_names(invitations) == []
    assert "Not invited to any session" not in invitations.never_invited_label.text()


def test_invite_an_organisation_and_a_category(qtbot, window, session_id, monkeypatch):
    page = open_page(window, session_id)
    from facilitator.ui.sessions import invitations_view
    monkeypatch.setattr(invitations_view.QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: ("Region Gotland", True))
    page.invitations.invite_organisation.trigger()
    assert invitee_names(page.invitations) == ["Berg, Anna", "Lund, Erik"]
    monkeypatch.setattr(invitations_view.QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: ("County board management", True))
    page.invitations.invite_category.trigger()
    assert invitee_names(page.invitations) == ["Berg, Anna", "Ek, Maria", "Lund, Erik"]
    assert page.invitations.by_organisation.rowCount() == 2


def test_choose_people_by_search(qtbot, window, session_id):
    page = open_page(window, session_id)

    def choose(dialog):
        dialog.ui.search.setText("lund")
        dialog.table.selectAll()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    page.invitations.invite_search.trigger()
    assert invitee_names(page.invitations) == ["Lund, Erik"]


def test_set_the_answer_for_a_selection_at_once(qtbot, window, session_id):
    page = open_page(window, session_id)
    view = page.invitations
    view.invite_everyone.trigger()
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(2, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    view.status_actions[InvitationStatus.ACCEPTED].trigger()
    answers = [view.model.index(row, 3).data() for row in range(3)]
    assert answers == ["Accepted", "Invited", "Accepted"]
    assert view.summary.text().startswith("Invited: 1  ·  Accepted: 2")
    assert window.statusBar().currentMessage() == "Marked 2 invitees as accepted"
    window.undo_action.trigger()
    assert [view.model.index(row, 3).data() for row in range(3)] == ["Invited"] * 3


def test_inviting_to_a_cancelled_session_asks_first(qtbot, window, session_id):
    from facilitator.domain.enums import SessionStatus
    window.workspace.register.set_session_status([session_id], SessionStatus.CANCELLED)
    page = open_page(window, session_id)
    asked = []
    when_dialog_opens(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()))
    page.invitations.invite_everyone.trigger()
    assert "cancelled" in asked[0]
    assert invitee_names(page.invitations) == []


def test_check_in_by_keyboard_alone(qtbot, window, session_id):
    window.workspace.invitations.invite(session_id, WhoToInvite(everyone_not_invited=True))
    page = open_page(window, session_id)
    page.show_check_in()
    check_in = page.check_in
    assert check_in.headline.text() == "0 here of 3 invited"
    qtbot.keyClicks(check_in.search, "ek")  # Maria Ek (name), and nobody else
    assert check_in.model.rowCount() == 1
    qtbot.keyClick(check_in.search, Qt.Key.Key_Return)
    assert check_in.headline.text() == "1 here of 3 invited"
    assert check_in.model.index(0, 0).data() == "✔ On site"
    assert check_in.search.selectedText() == "ek"  # typing the next name replaces it

    qtbot.keyClick(check_in.search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(check_in.search, "region")  # Anna Berg and Erik Lund work there
    qtbot.keyClick(check_in.search, Qt.Key.Key_Down)
    qtbot.keyClick(check_in.search, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Re&mote
    qtbot.waitUntil(check_in.remote.isChecked)  # a mnemonic clicks after a short animation
    assert check_in.search.hasFocus()
    qtbot.keyClick(check_in.search, Qt.Key.Key_Enter)
    assert check_in.model.index(1, 0).data() == "✔ Remote"
    assert check_in.breakdown.text() == "On site 1 · remote 1 · walk-ins 0"

    qtbot.keyClick(check_in.search, Qt.Key.Key_Enter)  # again: not here after all
    assert check_in.model.index(1, 0).data() == ""
    qtbot.keyClick(check_in.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert check_in.search.text() == "region"  # Ctrl+Z undid the check-in, not the typing
    assert check_in.model.index(1, 0).data() == "✔ Remote"
    db = window.workspace.document.db
    assert db.execute("SELECT count(*) FROM attendance WHERE present = 1").fetchone()[0] == 2


def test_a_walk_in_is_added_on_the_spot(qtbot, window, session_id):
    window.workspace.invitations.invite(
        session_id, WhoToInvite(organisation_id=None, category=PersonCategory.ELECTED_OFFICIAL))
    page = open_page(window, session_id)
    check_in = page.check_in
    qtbot.keyClicks(check_in.search, "Kim Nyman")
    assert check_in.model.rowCount() == 0

    def fill(dialog):
        assert (dialog.ui.givenName.text(), dialog.ui.familyName.text()) == ("Kim", "Nyman")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_dialog_opens(fill)
    qtbot.keyClick(check_in.search, Qt.Key.Key_Return)
    assert seen
    assert check_in.headline.text() == "1 here of 1 invited"
    assert check_in.breakdown.text().endswith("walk-ins 1")
    assert window.statusBar().currentMessage() == "Kim Nyman is here (walk-in)"
    window.undo_action.trigger()  # one step removes both the attendance and the new person
    db = window.workspace.document.db
    assert db.execute("SELECT count(*) FROM people WHERE family_name = 'Nyman'").fetchone()[0] == 0


def test_someone_in_the_register_but_not_invited_comes_as_a_walk_in(qtbot, window, session_id):
    window.workspace.invitations.invite(session_id, WhoToInvite(category=PersonCategory.ELECTED_OFFICIAL))
    page = open_page(window, session_id)
    check_in = page.check_in
    qtbot.keyClicks(check_in.search, "lund")
    assert check_in.model.index(0, 4).data() == "Not on the list: Enter adds as walk-in"
    qtbot.keyClick(check_in.search, Qt.Key.Key_Return)
    assert check_in.model.index(0, 4).data() == "Walk-in (not invited)"


def test_a_substitute_is_recorded_for_the_invitee(qtbot, window, session_id):
    window.workspace.invitations.invite(session_id, WhoToInvite(everyone_not_invited=True))
    page = open_page(window, session_id)
    check_in = page.check_in
    qtbot.keyClicks(check_in.search, "berg")
    check_in.search.clear()
    check_in.table.selectRow(0)  # Anna Berg

    def fill(dialog):
        assert dialog.windowTitle() == "Substitute for Anna Berg"
        dialog.ui.givenName.setText("Sara")
        dialog.ui.familyName.setText("Vik")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(fill)
    check_in.substitute_button.click()
    db = window.workspace.document.db
    row = db.execute("SELECT p.given_name, s.given_name FROM attendance a JOIN people p ON p.id = a.person_id "
                     "JOIN people s ON s.id = a.substitute_for").fetchone()
    assert row == ("Sara", "Anna")
    assert window.statusBar().currentMessage() == "Sara Vik is here, for Anna Berg"


def test_save_the_calendar_invitation_from_the_session_page(qtbot, window, session_id, tmp_path):
    from icalendar import Calendar
    window.options.lead_name = "Karin Lead"
    window.options.lead_email = "karin.lead@lansstyrelsen.se"
    window.workspace.invitations.invite(session_id, WhoToInvite(everyone_not_invited=True))
    page = open_page(window, session_id)
    target = tmp_path / "inbjudan.ics"
    page.save_calendar(str(target))
    assert window.statusBar().currentMessage() == f"Calendar invitation for 3 invitees saved as {target}"
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Digital säkerhet"
    assert len(event["ATTENDEE"]) == 3


def test_a_calendar_invitation_needs_the_organiser_and_offers_settings(qtbot, window, session_id, tmp_path):
    page = open_page(window, session_id)
    asked = []
    when_dialog_opens(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()))
    page.save_calendar(str(tmp_path / "x.ics"))
    assert "enter your name and email address in Settings" in asked[0]
    assert not (tmp_path / "x.ics").exists()


def test_write_to_invitees_in_batches_and_copy_addresses(qtbot, window, session_id, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    from facilitator.ui.sessions import mail_dialog
    window.workspace.invitations.invite(session_id, WhoToInvite(everyone_not_invited=True))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(bytes(url.toEncoded()).decode()))
    dialog = mail_dialog.MailDialog(window.workspace.mail, window.options, "sv", session_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.subject.text() == "{title} – {date}"  # the Swedish template, editable
    assert len(dialog.links) == 1 and dialog.ui.summary.text().startswith("3 addresses in BCC.")
    dialog.ui.mailButtons.itemAt(0).widget().click()
    assert opened[0].startswith("mailto:") and "anna@example.se" in opened[0]
    assert "Digital%20s%C3%A4kerhet" in opened[0]  # the template filled in for this session
    dialog.ui.recipients.setCurrentIndex(dialog.ui.recipients.findData("accepted"))
    assert dialog.links == [] and dialog.ui.summary.text().startswith("0 addresses")
    dialog.ui.recipients.setCurrentIndex(0)
    dialog.copy_addresses()
    assert QGuiApplication.clipboard().text() == "anna@example.se; maria@example.se; erik@example.se"


def test_long_lists_become_several_mails(qtbot, window, session_id):
    from facilitator.ui.sessions import mail_dialog
    register = window.workspace.register
    for number in range(120):
        register.add_person(Person(f"Person{number}", "Testsson", email=f"person.number{number}@kommun.example.se"))
    window.workspace.invitations.invite(session_id, WhoToInvite(everyone_not_invited=True))
    dialog = mail_dialog.MailDialog(window.workspace.mail, window.options, "en", session_id)
    qtbot.addWidget(dialog)
    assert len(dialog.links) > 1
    assert all(len(link) <= 2000 for link in dialog.links)
    assert f"this is {len(dialog.links)} mails" in dialog.ui.summary.text()


# -- the run-sheet tab -------------------------------------------------------------------------
def test_the_run_sheet_is_the_third_tab_and_file_print_prints_it(qtbot, window, session_id):
    assert window.ui.actionPrint.shortcut() == QKeySequence("Ctrl+P")  # the standard Print key
    assert not window.ui.actionPrint.isEnabled()  # nothing to print from the list of sessions
    page = open_page(window, session_id)
    assert [page.tabs.tabText(index) for index in range(page.tabs.count())] == ["Invitations", "Check-in",
                                                                                "Run-sheet"]
    assert window.ui.actionPrint.isEnabled()
    page.show_run_sheet()
    page.run_sheet.standard_button.click()
    page.show_check_in()
    seen = when_dialog_opens(lambda dialog: dialog.reject())
    window.ui.actionPrint.trigger()
    assert seen and seen[0].windowTitle() == "Print Run-Sheet"
    assert page.tabs.currentWidget() is page.run_sheet  # the user sees what was printed
    page.back_button.click()
    assert not window.ui.actionPrint.isEnabled()


def type_notes(qtbot, page, text: str) -> int:
    """Type into the notes of the run-sheet's second segment, with no pause to save them."""
    view = page.run_sheet
    page.show_run_sheet()
    view.table.selectRow(1)
    view.segment_notes.notes.setFocus()
    view.segment_notes.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.segment_notes.notes, text)
    return view.current_segment_id()


def test_run_sheet_notes_typed_are_kept_when_the_page_is_replaced_or_the_window_closes(qtbot, window, session_id):
    run_sheet = window.workspace.run_sheet
    run_sheet.add_standard_agenda(session_id)
    segment_id = type_notes(qtbot, open_page(window, session_id), "Ljudet hackade")
    window.open_session(session_id)  # the page is thrown away and made anew
    assert run_sheet.segment(segment_id).notes == "Ljudet hackade"
    type_notes(qtbot, window.session_page, " i starten")
    window.close()
    assert run_sheet.segment(segment_id).notes == "Ljudet hackade i starten"


def test_import_an_attendance_report_review_and_undo(qtbot, window, session_id):
    """Per Ängström is invited (matched by email); the others are unknown to the register."""
    from pathlib import Path

    from facilitator.ui.sessions.attendance_review_dialog import AttendanceReviewDialog
    register = window.workspace.register
    per = register.add_person(Person("Per", "Ängström", email="per.angstrom@laholm.se")).ids("people")[0]
    window.workspace.invitations.invite(session_id, WhoToInvite(person_ids=(per,)))
    page = open_page(window, session_id)
    report = Path(__file__).parent / "data" / "zoom_meeting_participants.csv"
    seen = {}

    def review(dialog: AttendanceReviewDialog):
        rows = {dialog.model.index(row, 0).data(): [dialog.model.index(row, c).data() for c in range(6)]
                for row in range(dialog.model.rowCount())}
        seen["per"] = rows["Per Ängström"]
        seen["counts"] = dialog.ui.counts.text()
        björn = next(row for row in range(dialog.model.rowCount())
                     if dialog.model.index(row, 0).data() == "iPhone Björn")
        dialog.ui.participants.selectRow(björn)
        dialog.ui.walkInButton.click()
        seen["björn"] = dialog.model.index(björn, 5).data()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def another_day(box: QMessageBox):  # the report is of 13 October 2026, the session next week
        seen["asked"] = box.text()
        when_dialog_opens(review)
        next(button for button in box.buttons() if button.text() == "&Import Anyway").click()

    when_dialog_opens(another_day)
    page.import_report_file(report)
    assert "zoom_meeting_participants.csv is a report of a meeting on" in seen["asked"]
    assert seen["per"][2:] == ["91", "Certain", "Per Ängström", "Present"]  # 40 + 51 minutes, rejoin summed
    assert seen["björn"] == "Added as walk-in"
    db = window.workspace.document.db
    rows = db.execute("SELECT p.given_name, a.present, a.minutes, a.source, a.walk_in FROM attendance a "
                      "JOIN people p ON p.id = a.person_id ORDER BY p.given_name").fetchall()
    assert rows == [("Per", 1, 91, "report", 0), ("iPhone", 1, 58, "report", 1)]  # waiting room: no minutes

    def anyway_then_record(box: QMessageBox):
        when_dialog_opens(lambda dialog: dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click())
        next(button for button in box.buttons() if button.text() == "&Import Anyway").click()

    when_dialog_opens(anyway_then_record)
    page.import_report_file(report)  # the same report again: nothing changes
    assert db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM people WHERE given_name = 'iPhone'").fetchone()[0] == 0


def test_an_unknown_report_is_explained(qtbot, window, session_id):
    from pathlib import Path
    page = open_page(window, session_id)
    told = []
    when_dialog_opens(lambda box: (told.append(box.text()), box.button(QMessageBox.StandardButton.Ok).click()))
    page.import_report_file(Path(__file__).parent / "data" / "reports_not_a_report.csv")
    assert "reports_not_a_report.csv cannot be imported. This is not an attendance report" in told[0]
