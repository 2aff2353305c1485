"""Reading attendance reports: every Teams generation, Zoom, Meet and Webex, in the
languages, date formats, encodings and line ends they are downloaded in; samples shaped
like real downloads (tests/data/report_samples.py) and reports written across that whole
space by tests/data/report_writer.py."""

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.formats.attendance import DateReader, Participant, parse_duration, read_report
from facilitator.formats.tables import UnreadableFile

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(DATA))
import report_writer as writer  # noqa: E402 - tests/data is not a package


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def by_name(report) -> dict[str, Participant]:
    return {participant.name: participant for participant in report.participants}


def facts(participant: Participant) -> tuple:
    """What a participant is, without the intervals and totals behind their minutes."""
    p = participant
    return p.name, p.email, p.upn, p.joined, p.left, p.minutes, p.role, p.line


def written(tmp_path: Path, meeting, style: writer.Style, seed: int = 0, name: str = "report.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(writer.write(meeting, style, seed))
    return path


# -- the samples that came with the app -------------------------------------------------------
def test_teams_2020_log_pairs_joined_and_left_into_minutes():
    report = read_report(DATA / "teams_2020_log_utf16.csv")
    assert (report.platform, report.generation, report.meeting_title) == ("teams", "teams_2020", "")
    assert report.meeting_start == utc(2026, 10, 13, 6, 58)  # the log's first event
    people = by_name(report)
    assert list(people) == ["Nilsson, Maria", "Berg, Olle (Extern)", "Andersson, Anna", "Karlsson, Lisa"]
    # 9:02:11-9:40:00 and 9:45:30-10:30:05 Stockholm summer time: 82 min 24 s.
    assert facts(people["Andersson, Anna"]) == ("Andersson, Anna", "", "", utc(2026, 10, 13, 7, 2, 11),
                                                utc(2026, 10, 13, 8, 30, 5), 82, "", 4)
    assert people["Berg, Olle (Extern)"].minutes == 90  # never left: counted to the log's last event
    assert people["Berg, Olle (Extern)"].left == utc(2026, 10, 13, 8, 31)
    assert people["Nilsson, Maria"].minutes == 93  # "Joined before" counts as joined
    assert people["Karlsson, Lisa"].minutes == 7  # 7 min 59 s rounds down


def test_teams_2021_summary_en_gb_dates_are_day_first():
    report = read_report(DATA / "teams_2021_summary_utf16.csv")
    assert (report.platform, report.generation) == ("teams", "teams_2021")
    assert report.meeting_title == "Våga vara digital! Digital säkerhet"
    # 03/11/2026 09:00:12 with a 24-hour clock is 3 November, after the change to CET.
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)
    assert [facts(p) for p in report.participants] == [
        ("Nilsson, Maria", "maria.nilsson@lansstyrelsen.se", "maria.nilsson@lansstyrelsen.se",
         utc(2026, 11, 3, 7, 58), utc(2026, 11, 3, 9, 32, 40), 94, "Organizer", 8),
        ("Hallén, Jörgen", "jorgen.hallen@gotland.se", "jorgen.hallen@gotland.se", utc(2026, 11, 3, 8, 1, 30),
         utc(2026, 11, 3, 9, 15), 73, "Attendee", 9),
        ("Ek, Karin (Guest)", "karin.ek@gmail.com", "", utc(2026, 11, 3, 8, 10), utc(2026, 11, 3, 8, 20, 45), 10,
         "Attendee", 10)]


def test_teams_current_in_swedish_counts_time_from_section_3():
    report = read_report(DATA / "teams_current_utf16.csv")
    assert (report.platform, report.generation) == ("teams", "teams_current")
    assert report.meeting_title == "Våga vara digital! Digitalt ledarskap"
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)
    people = by_name(report)
    assert list(people) == ["Sjöström, Eva", "Gran, Lena (Extern)", "Nilsson, Maria"]
    eva = people["Sjöström, Eva"]
    assert (eva.minutes, eva.line, eva.role, len(eva.intervals)) == (80, 10, "Deltagare", 2)  # 28m 50s + 51m 15s
    lena = people["Gran, Lena (Extern)"]
    assert (lena.email, lena.upn, lena.minutes) == (
        "lena.gran@gotland.se", "lena.gran_gotland.se#EXT#@lansstyrelsen.onmicrosoft.com", 47)


def test_teams_current_in_english_utf8_with_ambiguous_us_dates():
    report = read_report(DATA / "teams_current_en_utf8.csv")
    assert report.generation == "teams_current"
    assert report.meeting_title == "Våga vara digital! Digital kompetens"
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)  # 11/3/26 with AM/PM is en-US: 3 November
    omar, zoe = report.participants
    assert (omar.name, omar.role, omar.minutes) == ("Haddad, Omar", "Presenter", 90)
    assert (zoe.name, zoe.minutes, zoe.joined) == ("Åkesson, Zoë (EXT)", 14, utc(2026, 11, 3, 8, 15))


def test_zoom_meeting_rejoins_add_up_and_the_waiting_room_does_not_count():
    report = read_report(DATA / "zoom_meeting_participants.csv")
    assert (report.platform, report.generation) == ("zoom", "zoom_meeting")
    assert report.meeting_title == "Våga vara digital! Digital infrastruktur"
    assert report.meeting_start == utc(2026, 10, 13, 6, 55, 12)
    assert [facts(p) for p in report.participants] == [
        ("Maria Nilsson", "maria.nilsson@lansstyrelsen.se", "", utc(2026, 10, 13, 6, 55, 12),
         utc(2026, 10, 13, 8, 35, 2), 100, "", 5),
        ("Per Ängström", "per.angstrom@laholm.se", "", utc(2026, 10, 13, 7, 0, 5), utc(2026, 10, 13, 8, 35, 2), 91,
         "", 6),  # 40 + 51 minutes as Zoom counts them: the two connections do not overlap
        ("iPhone Björn", "", "", utc(2026, 10, 13, 7, 3, 40), utc(2026, 10, 13, 8, 1), 58, "", 9)]


def test_zoom_webinar_skips_registrants_who_did_not_attend():
    report = read_report(DATA / "zoom_webinar_attendees.csv")
    assert (report.platform, report.generation) == ("zoom_webinar", "zoom_webinar")
    assert report.meeting_title == "Våga vara digital! Digital innovation"
    people = by_name(report)
    assert list(people) == ["Maria Nilsson", "Sara Lund", "Kommunhuset Laholm"]
    assert people["Maria Nilsson"].role == "Host"
    sara = people["Sara Lund"]
    assert (sara.minutes, sara.joined, sara.left, sara.role, sara.line) == (
        84, utc(2026, 10, 13, 7, 1), utc(2026, 10, 13, 8, 30), "Attendee", 12)
    assert people["Kommunhuset Laholm"].email == "anders.bok@laholm.se"


# -- 1. the current Teams report with a real section 3 ---------------------------------------
def test_1_a_teams_report_with_many_activity_rows_and_commas_in_its_times():
    """en-GB times "14/11/22, 09:30:46" hold commas; section 3 has 33 rows for 25 people.
    UTF-16BE, LF, "3. In-Meeting activities", a name in decomposed Unicode."""
    report = read_report(DATA / "reports_teams_current_en_gb_utf16be.csv")
    assert (report.generation, len(report.participants)) == ("teams_current", 25)
    assert report.meeting_start == utc(2022, 11, 14, 8, 0, 4)
    assert "García, Lucía" in by_name(report)  # composed again (NFC)
    meeting = writer.meeting(25, seed=14, day=date(2022, 11, 14))
    for participant, person in zip(report.participants, meeting.people, strict=True):
        assert participant.email == person.email
        assert participant.minutes == person.union_seconds() // 60


@pytest.mark.parametrize("encoding", writer.ENCODINGS)
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
@pytest.mark.parametrize("trailing_tabs", [False, True])
def test_1_tabs_win_over_the_commas_in_any_encoding_and_line_end(tmp_path, encoding, newline, trailing_tabs):
    meeting = writer.meeting(25, seed=1, rejoins=1)
    style = writer.Style("teams_current", "en", "en_us", encoding, newline, trailing_tabs)
    report = read_report(written(tmp_path, meeting, style))
    assert len(report.participants) == 25
    assert [p.minutes for p in report.participants] == [person.union_seconds() // 60 for person in meeting.people]


def test_1_each_row_of_teams_section_2_is_one_person_even_with_a_shared_address(tmp_path):
    """Anonymised reports write "EMAIL" and one UPN for everyone; people stay apart."""
    meeting = writer.meeting(3, seed=2)
    text = writer.write(meeting, writer.Style("teams_current", "pl", "en_us", "utf-8")).decode("utf-8")
    for person in meeting.people:
        text = text.replace(writer.upn(person), "ID@uczelnia.pl").replace(person.email, "EMAIL")
    path = tmp_path / "anonymised.csv"
    path.write_text(text, encoding="utf-8")
    report = read_report(path)
    assert [p.minutes for p in report.participants] == [person.union_seconds() // 60 for person in meeting.people]


# -- 2. other languages, recognised by structure ------------------------------------------------
@pytest.mark.parametrize("language", writer.LANGUAGES)
@pytest.mark.parametrize("generation", ["teams_current", "teams_2021", "teams_2020"])
def test_2_teams_reports_in_every_language(tmp_path, language, generation):
    """"xx" is made-up words throughout: only the structure and the values are Teams'."""
    meeting = writer.meeting(3, seed=5)
    report = read_report(written(tmp_path, meeting, writer.Style(generation, language, "dotted")))
    assert report.generation == generation and report.meeting_start.date() == date(2026, 10, 13)
    assert len(report.participants) == 3
    for participant in report.participants:
        person = next(p for p in meeting.people if p.family in participant.name)
        low, high = writer.expected_minutes(person, generation)
        assert low <= participant.minutes <= high


def test_2_french_2021_with_a_and_no_break_spaces():
    report = read_report(DATA / "reports_teams_2021_fr.csv")
    assert (report.generation, report.meeting_title) == ("teams_2021", "Våga vara digital! Innovation numérique")
    assert report.meeting_start == utc(2021, 4, 13, 7, 0, 12)
    camille, karin = report.participants
    assert (camille.joined, camille.minutes, camille.role) == (utc(2021, 4, 13, 7, 1, 31), 163, "Organisateur")
    assert (karin.name, karin.minutes) == ("Ek, Karin (Invité)", 44)


def test_2_polish_current_report_with_trailing_tabs():
    report = read_report(DATA / "reports_teams_current_pl.csv")
    assert report.generation == "teams_current" and len(report.participants) == 7
    anna = report.participants[0]
    assert (anna.name, anna.role, anna.minutes) == ("Andersson, Anna", "Organizator", 76)
    assert report.meeting_start.date() == date(2025, 10, 3)


def test_2_portuguese_2020_log():
    report = read_report(DATA / "reports_teams_2020_log_pt.csv")
    assert report.generation == "teams_2020"
    assert [(p.name, p.minutes) for p in report.participants] == [("Silva, João", 89), ("Ek, Karin", 37)]


# -- 3. Zoom's "Show unique users" and newer headers ---------------------------------------------
def test_3_zoom_unique_users_with_lower_case_headers():
    report = read_report(DATA / "reports_zoom_unique_users.csv")
    assert (report.platform, report.generation, report.meeting_start) == ("zoom", "zoom_unique", None)
    assert [(p.name, p.email, p.minutes) for p in report.participants] == [
        ("Maria Nilsson", "maria.nilsson@lansstyrelsen.se", 93), ("Per Ängström", "per.angstrom@laholm.se", 153),
        ("iPhone Björn", "", 58)]  # only Zoom's totals: nothing tells whether devices overlapped


# -- 4. a report re-saved by Excel ---------------------------------------------------------------
def test_4_a_2021_table_resaved_by_excel_with_semicolons_and_a_renamed_column():
    report = read_report(DATA / "reports_teams_2021_resaved.csv", expected_day=date(2020, 12, 11))
    assert report.generation == "teams_2021"
    assert [(p.name, p.minutes, p.role) for p in report.participants] == [
        ("Nilsson, Maria", 94, "Organizer"), ("Hallén, Jörgen", 73, "Attendee"),
        ("Öberg, Åsa (Extern)", 10, "Attendee")]
    assert report.participants[0].joined == utc(2020, 12, 11, 7, 58)


def test_a_teams_report_saved_as_an_excel_workbook(tmp_path):
    """Excel turns the times into dates (read back as ISO text) and keeps the rest as text."""
    import xlsxwriter

    meeting = writer.meeting(3, seed=4)
    text = writer.write(meeting, writer.Style("teams_current", "sv", "iso", "utf-8")).decode("utf-8")
    path = tmp_path / "närvaro.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for row, line in enumerate(text.splitlines()):
        for column, cell in enumerate(line.split("\t")):
            if len(cell) == 19 and cell[4] == "-" and cell[13] == ":":
                sheet.write_datetime(row, column, datetime.fromisoformat(cell), when)
            else:
                sheet.write_string(row, column, cell)
    workbook.close()
    report = read_report(path)
    assert report.generation == "teams_current"
    assert [p.minutes for p in report.participants] == [person.union_seconds() // 60 for person in meeting.people]


# -- 5. two devices at once --------------------------------------------------------------------
def test_5_two_devices_at_once_count_once():
    """Per on the laptop 09:00-10:31 and the phone 09:10-10:12: 91 minutes, not 153."""
    per = by_name(read_report(DATA / "reports_zoom_two_devices.csv"))["Per Ängström (laptop)"]
    assert (per.minutes, per.connected_minutes, per.overlap_minutes) == (91, 153, 62)
    live = by_name(read_report(DATA / "reports_teams_live_event.csv"))["Per Ängström"]
    assert (live.minutes, live.connected_minutes) == (75, 105)  # two sessions of the live event


def test_5_teams_section_2_that_adds_devices_up_is_not_believed():
    """Section 2 says 2 h 2 min for Per (laptop and phone added up); section 3 shows the overlap."""
    per = by_name(read_report(DATA / "reports_teams_current_pl.csv"))["Ängström, Per"]
    assert (per.minutes, per.connected_minutes, len(per.intervals)) == (79, 122, 2)


# -- 7. the meeting's day, where dates alone cannot tell day from month ---------------------------
def test_7_ambiguous_dates_follow_the_session_day():
    path = DATA / "reports_teams_2020_log_ambiguous.csv"  # "11/12/2020, 12:27:24" throughout, 24-hour clock
    guessed = read_report(path)
    assert guessed.meeting_start.date() == date(2020, 12, 11)  # day first, as 24-hour clocks write it
    assert guessed.other_start.date() == date(2020, 11, 12)  # and the other reading, to tell the user
    november = read_report(path, expected_day=date(2020, 11, 12))
    assert november.meeting_start == utc(2020, 11, 12, 11, 27, 24) and november.other_start is None
    assert [p.minutes for p in november.participants] == [29, 11, 12]


def test_7_a_file_that_tells_its_order_ignores_the_session_day():
    report = read_report(DATA / "reports_teams_current_en_gb_utf16be.csv", expected_day=date(2022, 2, 11))
    assert report.meeting_start.date() == date(2022, 11, 14) and report.other_start is None


# -- 8. a report that lists nobody -----------------------------------------------------------------
def test_8_a_report_with_headings_only_lists_nobody():
    with pytest.raises(UnreadableFile) as raised:
        read_report(DATA / "reports_teams_header_only.csv")
    assert raised.value.reason == "empty" and raised.value.line == 7
    assert str(raised.value) == ("This is a Teams attendance report, but it lists nobody: it has its headings and "
                                 "no participants. (line 7)")


# -- also in scope: town halls, Meet, Webex; clear messages -----------------------------------------
def test_teams_live_event_pairs_each_device_session():
    report = read_report(DATA / "reports_teams_live_event.csv")
    assert (report.platform, report.generation) == ("teams", "teams_live_event")
    anna = report.participants[0]
    # UtcEventTimestamp: the times are UTC, not Stockholm.
    assert (anna.upn, anna.joined, anna.left, anna.role) == (
        "anna.andersson@gotland.se", utc(2026, 10, 13, 6, 58, 8), utc(2026, 10, 13, 8, 31), "Event Team Member")


def test_google_meet_times_of_day_fall_on_the_session_day():
    report = read_report(DATA / "reports_meet.csv", expected_day=date(2026, 10, 13))
    assert report.platform == "meet"
    anna, per = report.participants
    assert (anna.name, anna.minutes, anna.joined) == ("Anna Andersson", 88, utc(2026, 10, 13, 7, 1))
    assert (per.email, per.minutes, per.left) == ("per.angstrom@laholm.se", 47, utc(2026, 10, 13, 8, 2))


def test_webex_attendee_report_in_utf16():
    report = read_report(DATA / "reports_webex.txt")
    assert report.platform == "webex"
    assert [(p.name, p.minutes) for p in report.participants] == [("Anna Andersson", 91), ("Per Ängström", 81)]


def test_the_webex_shaped_sample_that_was_refused_is_now_read():
    report = read_report(DATA / "unknown_report.csv")
    assert report.platform == "webex" and [(p.name, p.minutes) for p in report.participants] == [
        ("Per Ängström", 40)]


@pytest.mark.parametrize(("name", "words", "line"), [
    ("reports_not_a_report.csv", "It begins: Poll results: Våga vara digital!", 1),
    ("people_excel_sv_cp1252.csv", "It begins: Förnamn; Efternamn", 1),
])
def test_a_table_that_is_no_attendance_report_says_how_it_begins(name, words, line):
    with pytest.raises(UnreadableFile) as raised:
        read_report(DATA / name)
    assert raised.value.reason == "unknown_report" and raised.value.line == line
    assert "not an attendance report" in str(raised.value) and words in str(raised.value)


def test_a_teams_report_whose_participants_cannot_be_read_says_so_and_where(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("1. Summary\nMeeting title\tX\n\n2. Participants\nvalue\tvalue\nvalue\tvalue\n\n"
                    "3. In-Meeting Activities\n", encoding="utf-16")
    with pytest.raises(UnreadableFile) as raised:
        read_report(path)
    assert raised.value.line == 5
    assert str(raised.value) == ("This looks like a Teams attendance report, but its list of participants cannot "
                                 "be read. The first line not understood: value; value (line 5)")


def test_a_garbled_time_is_refused_with_the_kind_and_its_line(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Full Name\tUser Action\tTimestamp\nEk, Karin\tJoined\t10/13/2026, 9:02 AM\n"
                    "Ek, Karin\tLeft\t10/13/2026, 29:02 AM\n", encoding="utf-16")
    with pytest.raises(UnreadableFile) as raised:
        read_report(path)
    assert str(raised.value) == ("This looks like a Teams attendance log, but the time '10/13/2026, 29:02 AM' "
                                 "cannot be read. (line 3)")


@pytest.mark.parametrize(("text", "seconds"), [
    ("1h 2m 10s", 3730), ("62m 10s", 3730), ("45s", 45), ("1:02:10", 3730), ("01:02:10", 3730), ("62", 3720),
    ("1 tim 5 min", 3900), ("", None), ("47m", 2820), ("2 godz. 18 min 8 s", 8288), ("2\u00a0h 44\u00a0m", 9840),
    ("1 Std. 2 Min. 10 Sek.", 3730), ("1 hr 28 min", 5280), ("1 u 2 m 10 s", 3730), ("1 t 5 min", 3900),
    ("2 hod. 18 min 8 s", 8288),  # Czech: an unknown unit, three parts: hours, minutes, seconds
    ("--", None),
])
def test_durations_in_every_form(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["3s 2h", "3h 3h", "about 3h", "12 xy"])
def test_what_is_no_duration_is_refused(text):
    with pytest.raises(UnreadableFile):
        parse_duration(text)


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("10/13/2026, 9:02:11 AM", False, utc(2026, 10, 13, 7, 2, 11)),
    ("13/10/2026 09:02:11", True, utc(2026, 10, 13, 7, 2, 11)),
    ("2026-10-13 09:02:11", True, utc(2026, 10, 13, 7, 2, 11)),
    ("13.10.2026 09:02", False, utc(2026, 10, 13, 7, 2)),  # dots are always day-first
    ("13.10.2026, 09:00:04", False, utc(2026, 10, 13, 7, 0, 4)),
    ("13/10/2026 à 09:00:04", True, utc(2026, 10, 13, 7, 0, 4)),
    ("13.10.2026 klo 9.00.04", True, utc(2026, 10, 13, 7, 0, 4)),
    ("10/13/26, 9:00:04\u202fAM", False, utc(2026, 10, 13, 7, 0, 4)),
    ("14/11/22, 09:30:46", True, utc(2022, 11, 14, 8, 30, 46)),
    ("7/20/23, 4:30:36 PM", False, utc(2023, 7, 20, 14, 30, 36)),
    ("2026-10-13T09:02:11+02:00", True, utc(2026, 10, 13, 7, 2, 11)),
    ("2026-10-13T07:02:11Z", True, utc(2026, 10, 13, 7, 2, 11)),
    ("11/3/26, 12:15 PM", False, utc(2026, 11, 3, 11, 15)),
    ("11/3/26, 12:15 AM", False, utc(2026, 11, 2, 23, 15)),
    ("Oct 13, 2026 09:02 AM", False, utc(2026, 10, 13, 7, 2)),
    ("", True, None), ("--", True, None),
])
def test_report_times_in_locale_variants_become_utc(text, day_first, expected):
    assert DateReader(day_first=day_first).parse(text) == expected


@pytest.mark.parametrize(("cells", "expected", "day_first", "decided_by"), [
    (["03/11/2026 09:00", "13/11/2026 10:00"], None, True, "file"),  # a first number above 12
    (["11/03/2026 09:00", "11/13/2026 10:00"], None, False, "file"),  # a second number above 12
    (["03/11/2026 09:00 AM"], None, False, "guess"),  # AM/PM: en-US
    (["03/11/2026 09:00"], None, True, "guess"),  # 24-hour clock: en-GB and Europe
    (["11/12/2020, 12:27:24"], date(2020, 11, 12), False, "session"),
    (["11/12/2020, 12:27:24"], date(2020, 12, 11), True, "session"),
    (["5/5/2026 9:00 AM"], date(2026, 5, 5), False, "file"),  # both readings are the same day
])
def test_day_or_month_first_is_decided_once_per_file(cells, expected, day_first, decided_by):
    reader = DateReader.for_rows([(1, cells)], expected)
    assert (reader.day_first, reader.decided_by) == (day_first, decided_by)


# -- the whole space, as the platforms write it ---------------------------------------------------
@st.composite
def styles(draw):
    generation = draw(st.sampled_from(writer.GENERATIONS))
    teams = generation.startswith("teams") or generation == "excel_resave"
    language = draw(st.sampled_from(writer.LANGUAGES)) if teams and generation != "teams_live_event" else "en"
    encoding = "cp1252" if generation == "excel_resave" and draw(st.booleans()) else \
        draw(st.sampled_from(writer.ENCODINGS))
    if encoding == "cp1252" and language not in ("sv", "en", "de", "fr", "es", "pt", "nl", "fi", "nb", "da", "it"):
        encoding = "utf-8-sig"
    web = generation in ("teams_current", "teams_2021") and encoding.startswith("utf-8") and draw(st.booleans())
    return writer.Style(generation, language, draw(st.sampled_from(writer.DATE_FORMATS)), encoding,
                        draw(st.sampled_from(["\r\n", "\n"])), draw(st.booleans()), comma=web)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=styles(), size=st.sampled_from([1, 3, 25, 300]), seed=st.integers(0, 50),
       day=st.sampled_from([date(2026, 10, 13), date(2026, 11, 3), date(2026, 3, 5)]))
def test_every_report_the_platforms_write_is_read_right(tmp_path, style, size, seed, day):
    """Whatever the kind, language, date format, encoding, line ends and size: everyone who
    came is there once, with their time in the meeting counted once, on the session's day."""
    meeting = writer.meeting(size, seed=seed, day=day)
    report = read_report(written(tmp_path, meeting, style, seed), expected_day=day)
    assert len(report.participants) == size
    if report.meeting_start is not None:  # Zoom's "unique users" give no time at all
        assert report.meeting_start.astimezone(writer.STOCKHOLM).date() == day
    for person in meeting.people:
        found = [p for p in report.participants if _is(p, person)]
        assert len(found) == 1, (person, [p.name for p in report.participants])
        low, high = writer.expected_minutes(person, style.generation)
        assert low <= found[0].minutes <= high
        if style.generation != "zoom_unique":
            assert found[0].minutes <= 91  # never more than the meeting


def _is(participant: Participant, person: writer.Person) -> bool:
    addresses = {participant.email.casefold(), participant.upn.casefold()} - {""}
    if addresses:
        return bool(addresses & {person.email, writer.upn(person).casefold()})
    return participant.name.startswith((f"{person.family}, {person.given}", f"{person.given} {person.family}")) \
        and participant.name.removeprefix(f"{person.family}, {person.given}").removeprefix(
            f"{person.given} {person.family}")[:1] in ("", " ")


def test_a_sheet_far_larger_than_any_report_is_refused_at_once(tmp_path):
    """A workbook of 600 000 rows is a (huge) list, not a report: refused before it is read,
    where reading it took minutes (every row was tried as a header)."""
    from data import hostile_workbooks

    far_row = b'<row r="600000"><c r="B600000" t="inlineStr"><is><t>Anna Berg</t></is></c></row>'
    path = tmp_path / "närvaro.xlsx"
    path.write_bytes(hostile_workbooks.xlsx([hostile_workbooks.PEOPLE_ROWS, far_row]))
    with pytest.raises(UnreadableFile) as refused:
        read_report(path)
    assert refused.value.reason == "too_large"
    assert "600000" in str(refused.value)
