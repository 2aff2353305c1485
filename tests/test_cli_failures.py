"""The command line says what went wrong in one line - never a traceback - when the disk
is full, another program holds the file locked, the reader of its output goes away, or an
address carries a line break (issue 10, finding 5)."""

import errno
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import call as run_command
from cli_helpers import table_rows

from facilitator.domain.records import Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.register import Register
from facilitator.services.setup import set_up_county
from facilitator.store import connection
from facilitator.store.document import Document

PEOPLE = 300
TABLES = ("people", "sessions", "invitations", "attendance", "people_search")


@pytest.fixture
def gotland_file(tmp_path: Path) -> Path:
    """Gotland with 300 people (emails person{n}@gotland.se) and one session (id 1), closed."""
    path = tmp_path / "gotland.sqlite"
    document = Document.create(path)
    set_up_county(document.db, "09", year=2026)
    register = Register(document.db)
    for number in range(PEOPLE):
        register.add_person(Person("Anna", f"Ek {number}", email=f"person{number}@gotland.se"))
    register.add_session(Session("Digital infrastruktur", datetime(2026, 10, 13, 9, tzinfo=STOCKHOLM)))
    document.close()
    return path


def call(*argv: str) -> tuple[int, str, str]:
    return run_command(*argv, lead=lambda: ("Lead", "lead@x.se"))


def snapshot(path: Path) -> dict[str, list[tuple]]:
    return table_rows(path, TABLES)


@pytest.fixture
def full_disk(monkeypatch):
    """Every file the app opens for writing cannot grow (SQLite's max_page_count gives the
    same SQLITE_FULL a full disk does)."""
    opened = connection.connect

    def connect_on_a_full_disk(path, *, read_only=False):
        db = opened(path, read_only=read_only)
        if not read_only and str(path) != ":memory:":
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return db

    monkeypatch.setattr(connection, "connect", connect_on_a_full_disk)


def people_list(tmp_path: Path, rows: int = 2_000) -> Path:
    path = tmp_path / "people.csv"
    lines = ["Förnamn;Efternamn;E-post;Titel"]
    lines += [f"Nils;Berg {n};nils.berg{n}@region.se;{'Handläggare ' * 10}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def zoom_report(tmp_path: Path) -> Path:
    path = tmp_path / "zoom.csv"
    lines = ["Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
             f"812 3456 7890,Digital infrastruktur,10/13/2026 08:55:12 AM,10/13/2026 10:35:02 AM,a@b.se,100,{PEOPLE}",
             "",
             "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,"
             "In Waiting Room"]
    lines += [f"Anna Ek {n},person{n}@gotland.se,10/13/2026 08:55:12 AM,10/13/2026 10:35:02 AM,100,No,,No"
              for n in range(PEOPLE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_line_about_the_disk(err: str, path: Path) -> None:
    assert "Traceback" not in err
    assert err.count("\n") == 1 and str(path) in err and "full" in err, err


def test_a_full_disk_during_a_people_import_is_one_line_and_changes_nothing(gotland_file, tmp_path, full_disk):
    before = snapshot(gotland_file)
    code, out, err = call("import-people", str(people_list(tmp_path)), "--db", str(gotland_file))
    assert code == 1 and out == ""
    one_line_about_the_disk(err, gotland_file)
    assert snapshot(gotland_file) == before


def test_a_full_disk_during_an_attendance_import_is_one_line_and_changes_nothing(gotland_file, tmp_path,
                                                                               full_disk):
    before = snapshot(gotland_file)
    code, out, err = call("import-attendance", str(zoom_report(tmp_path)), "--session", "1",
                          "--db", str(gotland_file))
    assert code == 1 and out == ""
    one_line_about_the_disk(err, gotland_file)
    assert snapshot(gotland_file) == before


def test_a_full_disk_during_a_merge_is_one_line_and_leaves_no_file(gotland_file, tmp_path, full_disk):
    national = tmp_path / "national.sqlite"
    code, _out, err = call("merge", str(gotland_file), "-o", str(national))
    assert code == 1
    one_line_about_the_disk(err, national)
    assert not list(tmp_path.glob("national*"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_an_xlsx_export_to_a_full_disk_raises_the_disk_error_alone():
    """xlsxwriter's own error is turned back into the OSError, and its half-written zip is
    not finished again when collected (pytest fails on such an 'exception ignored')."""
    from facilitator.formats.spreadsheet_export import ColumnKind, SheetTable, write_workbook

    table = SheetTable(["Namn"], [ColumnKind.TEXT], [[f"Anna {n}"] for n in range(5_000)], "Närvaro")
    with pytest.raises(OSError) as caught:
        write_workbook([table], Path("/dev/full"))
    assert caught.value.errno == errno.ENOSPC
    import gc

    gc.collect()


def test_another_program_holding_the_file_locked_is_one_line(gotland_file, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(gotland_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # e.g. DB Browser for SQLite with unsaved changes
    try:
        before = snapshot(gotland_file)
        code, out, err = call("sessions", "add", "--title", "Digital säkerhet", "--start", "2026-10-20 09:00",
                              "--end", "2026-10-20 10:30", "--db", str(gotland_file))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and out == ""
    assert "Traceback" not in err and err.count("\n") == 1
    assert str(gotland_file) in err and "another program" in err
    assert snapshot(gotland_file) == before


def test_a_reader_that_goes_away_ends_the_listing_quietly(gotland_file):
    """`facilitator sessions list | head -1`: no BrokenPipeError traceback."""
    with Document.open(gotland_file) as document:
        register = Register(document.db)
        for day in range(1, 28):
            register.add_session(Session(f"Session {day} " + "x" * 200, datetime(2026, 11, day, 9, tzinfo=STOCKHOLM)))
    done = subprocess.run(f"{sys.executable} -m facilitator sessions list --db {gotland_file} | head -1",
                          shell=True, capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("ID")
    assert done.stderr == ""


@pytest.mark.parametrize("argv, wrong", [
    (["sessions", "add", "--title", "T", "--start", "2026-10-20 09:00", "--end", "2026-10-20 10:00",
      "--link", "https://teams.microsoft.com/l/x\r\nX-Injected:1"], "--link"),
    (["export-ics", "--session", "1", "-o", "OUT", "--organizer-email", "lead@x.se\r\nATTENDEE:mailto:x@y.se"],
     "email"),
])
def test_a_line_break_in_an_address_is_refused(gotland_file, tmp_path, argv, wrong):
    argv = [str(tmp_path / "out.ics") if item == "OUT" else item for item in argv]
    before = snapshot(gotland_file)
    code, _out, err = call(*argv, "--db", str(gotland_file))
    assert code == 1 and "Traceback" not in err and wrong in err
    assert snapshot(gotland_file) == before
    assert not (tmp_path / "out.ics").exists()
