"""Reading Teams and Zoom attendance reports: every generation, language and date locale."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.formats.attendance_reports import DateReader, Participant, parse_duration, read_report
from facilitator.formats.tables import UnreadableFile

DATA = Path(__file__).parent / "data"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def by_name(report) -> dict[str, Participant]:
    return {participant.name: participant for participant in report.participants}


def test_teams_2020_log_pairs_joined_and_left_into_minutes():
    report = read_report(DATA / "teams_2020_log_utf16.csv")
    assert (report.platform, report.generation, report.meeting_title) == (
        "teams", "teams_2020", "")
    assert report.meeting_start == utc(2026, 10, 13, 6, 58)  # the log's first event
    people = by_name(report)
    assert list(people) == ["Nilsson, Maria", "Berg, Olle (Extern)", "Andersson, Anna",
                            "Karlsson, Lisa"]
    anna = people["Andersson, Anna"]
    # 9:02:11-9:40:00 and 9:45:30-10:30:05 Stockholm summer time: 82 min 24 s.
    assert (anna.joined, anna.left, anna.minutes, anna.line) == (
        utc(2026, 10, 13, 7, 2, 11), utc(2026, 10, 13, 8, 30, 5), 82, 4)
    # Never left: counted to the log's last event (10:31:00).
    assert people["Berg, Olle (Extern)"].minutes == 90
    assert people["Berg, Olle (Extern)"].left == utc(2026, 10, 13, 8, 31)
    assert people["Nilsson, Maria"].minutes == 93  # "Joined before" counts as joined
    assert people["Karlsson, Lisa"].minutes == 7  # 7 min 59 s rounds down
    assert all(p.email == p.upn == p.role == "" for p in report.participants)


def test_teams_2021_summary_en_gb_dates_are_day_first():
    report = read_report(DATA / "teams_2021_summary_utf16.csv")
    assert (report.platform, report.generation) == ("teams", "teams_2021")
    assert report.meeting_title == "Våga vara digital! Digital säkerhet"
    # 03/11/2026 09:00:12 with a 24-hour clock is 3 November, after the change to CET.
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)
    assert report.participants == [
        Participant("Nilsson, Maria", "maria.nilsson@lansstyrelsen.se",
                    "maria.nilsson@lansstyrelsen.se", utc(2026, 11, 3, 7, 58),
                    utc(2026, 11, 3, 9, 32, 40), 94, "Organizer", 8),
        Participant("Hallén, Jörgen", "jorgen.hallen@gotland.se", "jorgen.hallen@gotland.se",
                    utc(2026, 11, 3, 8, 1, 30), utc(2026, 11, 3, 9, 15), 73, "Attendee", 9),
        Participant("Ek, Karin (Guest)", "karin.ek@gmail.com", "", utc(2026, 11, 3, 8, 10),
                    utc(2026, 11, 3, 8, 20, 45), 10, "Attendee", 10),
    ]


def test_teams_current_in_swedish_reads_the_participants_section_only():
    report = read_report(DATA / "teams_current_utf16.csv")
    assert (report.platform, report.generation) == ("teams", "teams_current")
    assert report.meeting_title == "Våga vara digital! Digitalt ledarskap"
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)
    people = by_name(report)
    assert list(people) == ["Sjöström, Eva", "Gran, Lena (Extern)", "Nilsson, Maria"]
    eva = people["Sjöström, Eva"]
    assert (eva.minutes, eva.line, eva.role) == (80, 10, "Deltagare")  # not 80 + 28 + 51
    lena = people["Gran, Lena (Extern)"]
    assert lena.email == "lena.gran@gotland.se"
    assert lena.upn == "lena.gran_gotland.se#EXT#@lansstyrelsen.onmicrosoft.com"
    assert lena.minutes == 47


def test_teams_current_in_english_utf8_with_ambiguous_us_dates():
    report = read_report(DATA / "teams_current_en_utf8.csv")
    assert report.generation == "teams_current"
    assert report.meeting_title == "Våga vara digital! Digital kompetens"
    # 11/3/26 with AM/PM is en-US: 3 November 2026.
    assert report.meeting_start == utc(2026, 11, 3, 8, 0, 12)
    omar, zoe = report.participants
    assert (omar.name, omar.role, omar.minutes) == ("Haddad, Omar", "Presenter", 90)
    assert (zoe.name, zoe.minutes, zoe.joined) == ("Åkesson, Zoë (EXT)", 14,
                                                   utc(2026, 11, 3, 8, 15))


def test_zoom_meeting_rejoins_are_summed_and_the_waiting_room_does_not_count():
    report = read_report(DATA / "zoom_meeting_participants.csv")
    assert (report.platform, report.generation) == ("zoom", "zoom_meeting")
    assert report.meeting_title == "Våga vara digital! Digital infrastruktur"
    assert report.meeting_start == utc(2026, 10, 13, 6, 55, 12)
    assert report.participants == [
        Participant("Maria Nilsson", "maria.nilsson@lansstyrelsen.se", "",
                    utc(2026, 10, 13, 6, 55, 12), utc(2026, 10, 13, 8, 35, 2), 100, "", 5),
        Participant("Per Ängström", "per.angstrom@laholm.se", "", utc(2026, 10, 13, 7, 0, 5),
                    utc(2026, 10, 13, 8, 35, 2), 91, "", 6),
        Participant("iPhone Björn", "", "", utc(2026, 10, 13, 7, 3, 40),
                    utc(2026, 10, 13, 8, 1), 58, "", 8),
    ]


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
    assert "ulf.strom@laholm.se" not in {p.email for p in report.participants}


@pytest.mark.parametrize(("name", "words"), [
    ("unknown_report.csv", "Webex Meeting Report"),
    ("people_excel_sv_cp1252.csv", "Förnamn"),
])
def test_a_table_that_is_no_attendance_report_says_how_it_begins(name, words):
    with pytest.raises(UnreadableFile) as raised:
        read_report(DATA / name)
    assert raised.value.reason == "unknown_report"
    assert words in str(raised.value)


def test_a_garbled_time_is_refused_with_its_line(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Full Name\tUser Action\tTimestamp\nEk, Karin\tJoined\t10/13/2026, 9:02 AM\n"
                    "Ek, Karin\tLeft\tyesterday\n", encoding="utf-16")
    with pytest.raises(UnreadableFile) as raised:
        read_report(path)
    assert raised.value.line == 3
    assert "yesterday" in str(raised.value)


@pytest.mark.parametrize(("text", "seconds"), [
    ("1h 2m 10s", 3730), ("62m 10s", 3730), ("45s", 45), ("1:02:10", 3730),
    ("01:02:10", 3730), ("62", 3720), ("1 tim 5 min", 3900), ("", None), ("47m", 2820),
])
def test_durations_in_every_form(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("10/13/2026, 9:02:11 AM", False, utc(2026, 10, 13, 7, 2, 11)),
    ("13/10/2026 09:02:11", True, utc(2026, 10, 13, 7, 2, 11)),
    ("2026-10-13 09:02:11", True, utc(2026, 10, 13, 7, 2, 11)),
    ("13.10.2026 09:02", False, utc(2026, 10, 13, 7, 2)),  # dots are always day-first
    ("2026-10-13T09:02:11+02:00", True, utc(2026, 10, 13, 7, 2, 11)),
    ("2026-10-13T07:02:11Z", True, utc(2026, 10, 13, 7, 2, 11)),
    ("11/3/26, 12:15 PM", False, utc(2026, 11, 3, 11, 15)),
    ("11/3/26, 12:15 AM", False, utc(2026, 11, 2, 23, 15)),
    ("Oct 13, 2026 09:02 AM", False, utc(2026, 10, 13, 7, 2)),
    ("", True, None),
])
def test_report_times_in_locale_variants_become_utc(text, day_first, expected):
    assert DateReader(day_first=day_first).parse(text) == expected


@pytest.mark.parametrize(("cells", "day_first"), [
    (["03/11/2026 09:00", "13/11/2026 10:00"], True),  # a first number above 12
    (["11/03/2026 09:00", "11/13/2026 10:00"], False),  # a second number above 12
    (["03/11/2026 09:00 AM"], False),  # AM/PM: en-US
    (["03/11/2026 09:00"], True),  # 24-hour clock: en-GB and Europe
])
def test_day_or_month_first_is_decided_once_per_file(cells, day_first):
    assert DateReader.for_rows([(1, cells)]).day_first is day_first

