"""Importing an attendance report: matching participants to people, the review's
categories, the threshold, walk-ins, manual check-ins, idempotency and undo."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.domain.enums import AttendanceMode
from facilitator.domain.records import Person, Session
from facilitator.formats.attendance import AttendanceReport, Participant, read_report
from facilitator.services.attendance_import import Action, AttendanceImport, Choice, MatchedBy, Status
from facilitator.services.check_in import CheckIn
from facilitator.services.errors import NotFound
from facilitator.services.invitations import Invitations
from facilitator.services.register import Register
from facilitator.store.invitations import WhoToInvite

DATA = Path(__file__).parent / "data"
START = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)


def participant(name: str, minutes: int = 60, *, email: str = "", upn: str = "", role: str = "Attendee",
                line: int = 10) -> Participant:
    return Participant(name, email, upn, START, START.replace(minute=minutes % 60, hour=8 + minutes // 60),
                       minutes, role, line)


def report(*participants: Participant) -> AttendanceReport:
    numbered = [Participant(p.name, p.email, p.upn, p.joined, p.left, p.minutes, p.role, 10 + index)
                for index, p in enumerate(participants)]
    return AttendanceReport("teams", "teams_current", "Digital kompetens", START, numbered)


@pytest.fixture
def gotland(document):
    """A session with invitees, plus people in the register who are not invited."""
    register = Register(document.db)
    ids = {}
    for given, family, email in [("Omar", "Haddad", "omar.haddad@laholm.se"),
                                 ("Zoë", "Åkesson", "zoe.akesson@lansstyrelsen.se"),
                                 ("Jörgen", "Hallén", "jorgen.hallen@gotland.se"),
                                 ("Anna", "Berg", "anna.berg@gotland.se"),
                                 ("Anna", "Berg", "anna.berg2@gotland.se"),
                                 ("Karin", "Ek", "karin.ek@gotland.se")]:
        ids.setdefault(f"{given} {family}", register.add_person(Person(given, family, email=email)).ids("people")[0])
    session = register.add_session(Session("Digital kompetens", START, START.replace(hour=10))).ids("sessions")[0]
    invitees = (ids["Omar Haddad"], ids["Zoë Åkesson"], ids["Jörgen Hallén"], ids["Anna Berg"])
    Invitations(document.db).invite(session, WhoToInvite(person_ids=invitees))
    return document, session, ids


def attendance(document, session: int) -> list[tuple]:
    return document.db.execute(
        "SELECT person_id, present, mode, source, joined_utc, left_utc, minutes, walk_in FROM attendance "
        "WHERE session_id = ? ORDER BY person_id", [session]).fetchall()


def test_matching_by_email_upn_name_and_fuzzy_score(gotland):
    document, session, ids = gotland
    review = AttendanceImport(document.db).review(report(
        participant("Haddad, Omar", email="OMAR.HADDAD@laholm.se", role="Presenter"),
        participant("Guest 1", email="zoe@gmail.com", upn="zoe.akesson@lansstyrelsen.se"),
        participant("Hallen, Jorgen (EXT)"),
        participant("Karin  Ekk"),
        participant("Okänd Gäst (Guest)")), session)
    found = [(item.status, item.matched_by, item.person_id) for item in review.items]
    assert found == [(Status.MATCHED, MatchedBy.EMAIL, ids["Omar Haddad"]),
                     (Status.MATCHED, MatchedBy.UPN, ids["Zoë Åkesson"]),
                     (Status.MATCHED, MatchedBy.NAME, ids["Jörgen Hallén"]),
                     (Status.UNCERTAIN, MatchedBy.FUZZY, None),
                     (Status.UNMATCHED, MatchedBy.NONE, None)]
    karin = review.items[3].candidates[0]
    assert (karin.person_id, karin.invited) == (ids["Karin Ek"], False) and 80 <= karin.score < 100
    assert [item.organiser for item in review.items] == [True, False, False, False, False]


def test_namesakes_prefer_the_invitee_else_stay_uncertain(gotland):
    document, session, ids = gotland
    review = AttendanceImport(document.db).review(report(participant("Berg, Anna")), session)
    assert review.items[0].person_id == ids["Anna Berg"]
    other = Register(document.db).add_session(Session("Annan", START)).ids("sessions")[0]
    review = AttendanceImport(document.db).review(report(participant("Berg, Anna")), other)
    assert review.items[0].status == Status.UNCERTAIN and len(review.items[0].candidates) == 2


def test_the_threshold_decides_present_and_minutes_are_stored(gotland):
    document, session, _ids = gotland
    importer = AttendanceImport(document.db)
    review = importer.review(report(participant("Omar Haddad", 14), participant("Zoë Åkesson", 15)), session,
                             minimum_minutes=15)
    result = importer.apply(review)
    assert result.present == 1
    assert [(row[1], row[6]) for row in attendance(document, session)] == [(0, 14), (1, 15)]


def test_importing_the_same_report_again_changes_nothing(gotland):
    document, session, _ = gotland
    importer = AttendanceImport(document.db)
    data = read_report(DATA / "teams_current_en_utf8.csv")
    first = importer.apply(importer.review(data, session))
    rows = document.db.execute("SELECT * FROM attendance ORDER BY id").fetchall()
    again = importer.apply(importer.review(data, session))
    assert first.written == 2 and again.written == 0 and again.unchanged == 2
    assert again.change.is_empty()
    assert document.db.execute("SELECT * FROM attendance ORDER BY id").fetchall() == rows


def test_a_report_never_downgrades_a_manual_check_in(gotland):
    document, session, ids = gotland
    CheckIn(document.db).toggle(session, ids["Omar Haddad"], AttendanceMode.ON_SITE)
    importer = AttendanceImport(document.db)
    importer.apply(importer.review(report(participant("Omar Haddad", 5)), session))
    assert attendance(document, session) == [
        (ids["Omar Haddad"], 1, "on_site", "manual", "2026-11-03T08:00:00Z", "2026-11-03T08:05:00Z", 5, 0)]


def test_walk_ins_are_added_and_found_next_time(gotland):
    document, session, _ = gotland
    importer = AttendanceImport(document.db)
    data = report(participant("Lindqvist, Karin (Extern)", email="karin@example.se"))
    review = importer.review(data, session)
    result = importer.apply(review, {review.items[0].participant.line: Choice(Action.WALK_IN)})
    new_id = result.change.ids("people")[0]
    person = Register(document.db).person(new_id)
    assert (person.given_name, person.family_name, person.email) == ("Karin", "Lindqvist", "karin@example.se")
    assert attendance(document, session)[0][0] == new_id and attendance(document, session)[0][7] == 1
    assert importer.review(data, session).items[0].person_id == new_id


def test_the_user_confirms_an_uncertain_match(gotland):
    document, session, ids = gotland
    importer = AttendanceImport(document.db)
    review = importer.review(report(participant("Karin  Ekk"), participant("Nobody Known")), session)
    result = importer.apply(review, {review.items[0].participant.line: Choice.confirm(ids["Karin Ek"])})
    assert result.people == [ids["Karin Ek"]] and result.ignored == 1


def test_undo_restores_the_session(gotland):
    document, session, ids = gotland
    CheckIn(document.db).toggle(session, ids["Omar Haddad"], AttendanceMode.ON_SITE)
    before = attendance(document, session)
    importer = AttendanceImport(document.db)
    review = importer.review(read_report(DATA / "teams_2021_summary_utf16.csv"), session)
    walk_ins = {item.participant.line: Choice(Action.WALK_IN) for item in review.unmatched}
    result = importer.apply(review, walk_ins)
    assert attendance(document, session) != before
    Register(document.db).apply(result.change, undo=True)
    assert attendance(document, session) == before
    assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == 6


def test_an_unknown_session_is_refused(gotland):
    document, _, _ = gotland
    with pytest.raises(NotFound):
        AttendanceImport(document.db).review(report(participant("Omar Haddad")), 999)


# -- 6. a name alone is not certain when the addresses disagree ------------------------------------
def test_6_a_name_match_with_another_email_is_probable_for_the_lead_to_confirm(gotland):
    """Karin Ek is registered as karin.ek@gotland.se; the report's Karin Ek is karin@example.com."""
    document, session, ids = gotland
    importer = AttendanceImport(document.db)
    guest_upn = "karin.ek_gotland.se#EXT#@tenant.onmicrosoft.com"
    review = importer.review(report(participant("Ek, Karin", email="karin@example.com"), participant("Karin Ek", 40),
                                    participant("Ek, Karin (Extern)", upn=guest_upn)), session)
    other, no_address, guest = review.items
    assert (other.status, other.matched_by, other.email_differs) == (Status.UNCERTAIN, MatchedBy.NAME, True)
    assert [candidate.person_id for candidate in other.candidates] == [ids["Karin Ek"]]
    assert (no_address.status, no_address.person_id) == (Status.MATCHED, ids["Karin Ek"])  # nothing says otherwise
    # A guest's UPN holds their own address: the register's email, so certain.
    assert (guest.status, guest.matched_by, guest.person_id) == (Status.MATCHED, MatchedBy.UPN, ids["Karin Ek"])
    review.items.remove(guest)
    result = importer.apply(review)  # unconfirmed, the namesake's 60 minutes are not Karin's
    assert result.people == [ids["Karin Ek"]] and attendance(document, session)[0][6] == 40


# -- 5. two entries of one person are counted once ---------------------------------------------------
def test_5_two_entries_matched_to_one_person_count_their_overlap_once(gotland):
    """Omar on the laptop 08:00-09:31 and, under his phone's name, 08:10-09:12: 91 minutes, not 153."""
    document, session, ids = gotland
    start = START
    laptop = Participant("Haddad, Omar", "omar.haddad@laholm.se", "", start, start.replace(hour=9, minute=31), 91,
                         "Attendee", 10, ((start, start.replace(hour=9, minute=31)),))
    phone = Participant("Omars iPhone", "", "", start.replace(minute=10), start.replace(hour=9, minute=12), 62,
                        "Attendee", 11, ((start.replace(minute=10), start.replace(hour=9, minute=12)),))
    importer = AttendanceImport(document.db)
    review = importer.review(AttendanceReport("zoom", "zoom_meeting", "", START, [laptop, phone]), session)
    importer.apply(review, {11: Choice.confirm(ids["Omar Haddad"])})
    assert attendance(document, session)[0][6] == 91


def test_5_the_review_lists_who_was_connected_twice_at_once(gotland):
    document, session, _ = gotland
    review = AttendanceImport(document.db).review(read_report(DATA / "reports_zoom_two_devices.csv"), session)
    assert [(item.participant.name, item.participant.overlap_minutes) for item in review.overlapping] == [
        ("Per Ängström (laptop)", 62)]


# -- 7. is the report of this session's meeting? ------------------------------------------------------
def test_7_the_report_s_day_and_title_against_the_session(gotland):
    document, session, _ = gotland  # "Digital kompetens" on 3 November 2026
    importer = AttendanceImport(document.db)
    same = importer.session_fit(read_report(DATA / "teams_current_en_utf8.csv"), session)
    assert (same.date_matches, same.title_differs) == (True, False)  # "Våga vara digital! Digital kompetens"
    other = importer.session_fit(read_report(DATA / "reports_teams_current_en_gb_utf16be.csv"), session)
    assert (other.report_day, other.session_day, other.date_matches) == (date(2022, 11, 14), date(2026, 11, 3), False)
    assert other.title_differs  # "Våga vara digital! Digitalt ledarskap"


def test_7_the_session_day_picks_the_reading_of_an_ambiguous_report(gotland):
    """"11/12/2020" throughout: a session on 12 November 2020 takes it as 12 November."""
    document, _, _ = gotland
    november = Register(document.db).add_session(
        Session("Digital kompetens", datetime(2020, 11, 12, 12, tzinfo=UTC))).ids("sessions")[0]
    importer = AttendanceImport(document.db)
    path = DATA / "reports_teams_2020_log_ambiguous.csv"
    assert importer.session_fit(read_report(path, expected_day=date(2020, 11, 12)), november).date_matches
    guessed = importer.session_fit(read_report(path), november)  # without the session's day: a guess, both told
    assert (guessed.report_day, guessed.other_day, guessed.date_matches) == (
        date(2020, 12, 11), date(2020, 11, 12), True)
