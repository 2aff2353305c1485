"""Email addresses and join links are checked by the same rules (email-validator) in every
dialog, the import and the command line; a line break in one - which would inject lines
into a calendar file or a mail header - is refused everywhere (issue 10, finding 5)."""

from datetime import datetime

import pytest

from facilitator.domain.records import Person, Session, looks_like_email, looks_like_link
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats import ics

INJECTED_EMAILS = ["anna@gotland.se\r\nATTENDEE:mailto:all@x.se", "anna@gotland.se\nx", "anna\r@gotland.se",
                   "anna@gotland.se\x00", "anna@gotland.se\tx"]
INJECTED_LINKS = ["https://teams.microsoft.com/l/x\r\nX-Injected:1", "https://zoom.us/j/1\n2", "https://zoom.us/\x0b1"]


@pytest.mark.parametrize("email", ["anna@gotland.se", "åsa.öberg@region.se", "Per.Ek+webb@lansstyrelsen.se"])
def test_swedish_addresses_pass(email):
    assert looks_like_email(email)


@pytest.mark.parametrize("email", [*INJECTED_EMAILS, "anna@gotland", "anna@@gotland.se", "@gotland.se"])
def test_broken_addresses_are_refused(email):
    assert not looks_like_email(email)
    assert Person("Anna", "Ek", email=email).problems() == {"email": "invalid_email"}


@pytest.mark.parametrize("link", INJECTED_LINKS)
def test_a_link_with_a_line_break_is_refused(link):
    assert not looks_like_link(link)
    assert "join_link" in Session("Digital säkerhet", join_link=link).problems()


def test_an_old_file_holding_a_line_break_in_an_address_still_exports_a_calendar():
    """Saved before this check existed: the invitee is left out (and counted), the file is valid."""
    session = Session("Digital säkerhet", datetime(2026, 10, 13, 9, tzinfo=STOCKHOLM),
                      datetime(2026, 10, 13, 10, tzinfo=STOCKHOLM), id=1, uuid="u1")
    invitees = [{"given_name": "Anna", "family_name": "Ek", "email": INJECTED_EMAILS[0], "status": "invited"},
                {"given_name": "Per", "family_name": "Berg", "email": "per@gotland.se", "status": "accepted"}]
    calendar = ics.invitation(session, invitees, ics.Organiser("Lead", "lead@gotland.se"))
    assert (calendar.attendees, calendar.skipped_without_email) == (1, 1)
    assert b"all@x.se" not in calendar.content


def test_the_person_dialog_refuses_a_line_break_in_the_email(qtbot):
    from facilitator.ui.people.person_dialog import PersonDialog

    dialog = PersonDialog([], Person("Anna", "Ek"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.email.setText(INJECTED_EMAILS[0])
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.emailProblem.isVisible()


def test_the_session_dialog_refuses_a_line_break_in_the_link(qtbot):
    from facilitator.ui.sessions.session_dialog import SessionDialog

    dialog = SessionDialog(Session("Digital säkerhet", datetime(2026, 10, 13, 9, tzinfo=STOCKHOLM),
                                   datetime(2026, 10, 13, 10, tzinfo=STOCKHOLM)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.joinLink.setText(INJECTED_LINKS[0])
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.joinLinkProblem.isVisible()


def test_the_settings_dialog_refuses_a_line_break_in_the_leads_email(qtbot, options):
    from facilitator.ui.mainwindow.settings_dialog import SettingsDialog

    dialog = SettingsDialog(options)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.leadEmail.setText("lead@gotland.se\r\nBCC:all@x.se")
    dialog.accept()
    assert dialog.isVisible() and options.lead_email == ""
