"""The command line: the same use cases as the window, for scripts and batch work.

Success prints the result and exits 0; bad input prints one line on stderr, exits
non-zero (2 for arguments argparse refuses, 1 for the rest) and changes nothing.
"""

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import call as run_command
from cli_helpers import table_rows
from icalendar import Calendar
from PySide6.QtCore import QCoreApplication, QSettings

from facilitator import app
from facilitator.domain.enums import PersonCategory, SessionStatus
from facilitator.domain.records import Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.demo import create_demo
from facilitator.services.register import Register
from facilitator.services.sessions_overview import SessionsOverview
from facilitator.services.setup import set_up_county
from facilitator.store.document import Document

LEAD = ("Karin Lindqvist", "karin.lindqvist@lansstyrelsen.se")
TABLES = ("sessions", "invitations", "people", "organisations")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo on disk, closed (a command takes the file's lock itself), plus one
    session without a start time and one cancelled session."""
    path = tmp_path / "demo.sqlite"
    document = Document.create(path)
    create_demo(document.db)
    register = Register(document.db)
    register.add_session(Session("Datum kommer"))
    cancelled = register.add_session(Session("Inställd", datetime(2026, 12, 15, 9, tzinfo=STOCKHOLM))).ids("sessions")
    register.set_session_status(cancelled, SessionStatus.CANCELLED)
    document.close()
    return path


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    """Gotland set up, nobody in it yet."""
    path = tmp_path / "gotland.sqlite"
    document = Document.create(path)
    set_up_county(document.db, "09", year=2026)
    document.close()
    return path


def call(*argv: str, lead=lambda: LEAD, default_db: Path | None = None) -> tuple[int, str, str]:
    return run_command(*argv, lead=lead, default_db=default_db)


def snapshot(path: Path) -> dict[str, list[tuple]]:
    return table_rows(path, TABLES)


def session_id(path: Path, title: str) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        return db.execute("SELECT id FROM sessions WHERE title = ?", [title]).fetchone()[0]


def invited(path: Path, session: int) -> list[str]:
    """The organisation of each invitee of ``session``."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT o.name FROM invitations i JOIN people p ON p.id = i.person_id "
                          "JOIN organisations o ON o.id = p.organisation_id WHERE i.session_id = ?", [session])
        return sorted(row[0] for row in rows)


# -- sessions list ----------------------------------------------------------------------------

def test_sessions_list_shows_each_session_with_its_counts(demo_file):
    code, out, err = call("sessions", "list", "--db", str(demo_file))
    assert (code, err) == (0, "")
    header, *rows = out.splitlines()
    assert header.split() == ["ID", "START", "TITLE", "STATUS", "INVITED", "ACCEPTED", "ATTENDED"]
    assert len(rows) == 8
    document = Document.open(demo_file)
    overview = SessionsOverview(document.db)
    expected = overview.rows(overview.ids())
    document.close()
    first = next(row for row in expected.values() if row["title"].startswith("Digitalt ledarskap"))
    line = next(row for row in rows if "Digitalt ledarskap" in row)
    assert line.split()[:3] == [str(first["id"]), "2026-09-15", "09:00"]  # Stockholm, not UTC (07:00)
    assert line.split()[-4:] == ["held", str(first["invited"]), str(first["accepted"]), str(first["attended"])]
    assert any(row.split()[1] == "-" and "Datum kommer" in row for row in rows)
    assert len({row.index("planned") for row in rows if "planned" in row}) == 1  # one aligned column


def test_the_db_may_also_come_before_the_command(demo_file):
    assert call("--db", str(demo_file), "sessions", "list")[0] == 0


def test_without_db_the_apps_own_file_is_used(demo_file):
    assert call("sessions", "list", default_db=demo_file)[0] == 0


# -- sessions add ---------------------------------------------------------------------------

def test_sessions_add_prints_the_new_id_and_stores_stockholm_time(empty_file):
    code, out, err = call("sessions", "add", "--db", str(empty_file), "--title", "Digital säkerhet",
                          "--start", "2026-10-13 09:00", "--end", "2026-10-13 10:30",
                          "--link", "https://teams.microsoft.com/l/x", "--room", "Sal Fårö",
                          "--focus", "digital_security")
    assert (code, err) == (0, "")
    new_id = int(out)
    document = Document.open(empty_file)
    session = Register(document.db).session(new_id)
    document.close()
    assert session.title == "Digital säkerhet" and session.room == "Sal Fårö"
    assert session.start.astimezone(UTC) == datetime(2026, 10, 13, 7, 0, tzinfo=UTC)
    assert session.end == datetime(2026, 10, 13, 10, 30, tzinfo=STOCKHOLM)
    assert session.join_link == "https://teams.microsoft.com/l/x" and session.focus_area == "digital_security"
    assert session.programme_id is not None


# -- invite -------------------------------------------------------------------------------------

def test_invite_by_organisation_code_or_name_in_any_case(demo_file):
    code, out, _ = call("sessions", "add", "--db", str(demo_file), "--title", "Extra",
                        "--start", "2026-12-08 13:00", "--end", "2026-12-08 14:00")
    extra = int(out)
    assert call("invite", "--db", str(demo_file), "--session", str(extra), "--organisation", "0980")[0] == 0
    by_code = invited(demo_file, extra)
    assert len(by_code) > 20 and set(by_code) == {"Region Gotland"}  # its official code
    code, out, err = call("invite", "--db", str(demo_file), "--session", str(extra),
                          "--organisation", "LÄNSSTYRELSEN I GOTLANDS LÄN")
    assert (code, err) == (0, "") and out == f"invited 8 people to session {extra}\n"
    assert invited(demo_file, extra) == sorted(by_code + ["Länsstyrelsen i Gotlands län"] * 8)


def test_invite_by_category_and_then_everyone_else(demo_file):
    extra = session_id(demo_file, "Datum kommer")
    code, out, _ = call("invite", "--db", str(demo_file), "--session", str(extra),
                        "--category", str(PersonCategory.ELECTED_OFFICIAL))
    assert code == 0 and out == f"invited 16 people to session {extra}\n"
    code, out, _ = call("invite", "--db", str(demo_file), "--session", str(extra), "--all")
    assert code == 0 and out == f"invited 29 people to session {extra}\n"  # the other 29 of 45
    assert call("invite", "--db", str(demo_file), "--session", str(extra), "--all")[1].startswith("invited 0 ")


# -- export-ics ---------------------------------------------------------------------------------

def test_export_ics_writes_the_invitation(demo_file, tmp_path):
    target = tmp_path / "session.ics"
    code, out, err = call("export-ics", "--db", str(demo_file), "--session", "1", "-o", str(target),
                          "--organizer-name", "Anna Lead", "--organizer-email", "anna@lst.se")
    assert (code, err) == (0, "")
    assert out == f"wrote {target}: REQUEST to 45 attendees\n"
    event = Calendar.from_ical(target.read_bytes()).events[0]
    assert event["ORGANIZER"] == "mailto:anna@lst.se" and event["ORGANIZER"].params["CN"] == "Anna Lead"


def test_export_ics_takes_the_organiser_from_the_settings_when_not_given(demo_file, tmp_path):
    target = tmp_path / "session.ics"
    assert call("export-ics", "--db", str(demo_file), "--session", "1", "-o", str(target))[0] == 0
    assert Calendar.from_ical(target.read_bytes()).events[0]["ORGANIZER"] == f"mailto:{LEAD[1]}"


def test_a_cancelled_session_exports_as_a_cancellation(demo_file, tmp_path):
    target = tmp_path / "cancel.ics"
    code, out, _ = call("export-ics", "--db", str(demo_file), "--session",
                        str(session_id(demo_file, "Inställd")), "-o", str(target))
    assert code == 0 and "CANCEL" in out
    assert Calendar.from_ical(target.read_bytes())["METHOD"] == "CANCEL"


# -- bad input changes nothing ---------------------------------------------------------------

BAD_INPUT = [
    # (arguments after the command's --db, exit code, what stderr says)
    (["sessions", "add", "--title", "T", "--start", "13/10/2026 09:00", "--end", "2026-10-13 10:00"], 2,
     "is not a time as YYYY-MM-DD HH:MM"),
    (["sessions", "add", "--title", "T", "--start", "2026-03-29 02:30", "--end", "2026-03-29 04:00"], 2,
     "does not exist in Stockholm"),
    (["sessions", "add", "--title", "T", "--start", "2026-10-13 10:00", "--end", "2026-10-13 09:00"], 1,
     "--end must be after --start"),
    (["sessions", "add", "--title", "T", "--start", "2026-10-13 09:00", "--end", "2026-10-13 10:00",
      "--link", "teams.microsoft.com/l/x"], 1, "--link must be a web address"),
    (["sessions", "add", "--title", "  ", "--start", "2026-10-13 09:00", "--end", "2026-10-13 10:00"], 1,
     "--title must not be empty"),
    (["sessions", "add", "--title", "T", "--start", "2026-10-13 09:00", "--end", "2026-10-13 10:00",
      "--focus", "digital_magic"], 2, "is not one of: digital_leadership"),
    (["sessions", "add", "--title", "T"], 2, "required: --start, --end"),
    (["invite", "--session", "999", "--all"], 1, "no session with id 999"),
    (["invite", "--session", "1", "--organisation", "Atlantis"], 1, "no organisation has the code or name"),
    (["invite", "--session", "1", "--category", "mayor"], 2, "is not one of: elected_official"),
    (["invite", "--session", "1"], 2, "one of the arguments --all --organisation --category is required"),
    (["invite", "--session", "1", "--all", "--category", "other"], 2, "not allowed with argument"),
    (["invite", "--session", "{cancelled}", "--all"], 1, "is cancelled; nobody was invited"),
    (["export-ics", "--session", "999", "-o", "{out}"], 1, "no session with id 999"),
    (["export-ics", "--session", "{no_start}", "-o", "{out}"], 1, "has no start time"),
    (["export-ics", "--session", "1", "-o", "{out}", "--organizer-email", ""], 1,
     "the organiser needs an email address"),
    (["export-ics", "--session", "1", "-o", "{missing_folder}"], 1, "cannot write"),
]


@pytest.mark.parametrize(("argv", "exit_code", "says"), BAD_INPUT,
                         ids=lambda value: " ".join(value) if isinstance(value, list) else None)
def test_bad_input_gets_one_line_and_changes_nothing(demo_file, tmp_path, capsys, argv, exit_code, says):
    names = {"cancelled": session_id(demo_file, "Inställd"), "no_start": session_id(demo_file, "Datum kommer"),
             "out": tmp_path / "x.ics", "missing_folder": tmp_path / "no such folder" / "x.ics"}
    argv = [part.format(**names) for part in argv]
    command = argv[:2] if argv[0] == "sessions" else argv[:1]
    before = snapshot(demo_file)

    with pytest.raises(SystemExit) if exit_code == 2 else _no_exit() as exited:
        code, out, err = call(*command, "--db", str(demo_file), *argv[len(command):])
    if exit_code == 2:
        code, out, err = exited.value.code, *capsys.readouterr()

    assert code == exit_code
    assert out == ""
    assert err.count("\n") == 1 and says in err
    assert snapshot(demo_file) == before
    assert not list(tmp_path.rglob("*.ics*"))


class _no_exit:
    """A stand-in for pytest.raises where the command returns instead of exiting."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> bool:
        return False


def test_a_missing_file_is_named_and_not_created(tmp_path):
    missing = tmp_path / "typo.sqlite"
    code, out, err = call("sessions", "list", "--db", str(missing))
    assert (code, out) == (1, "")
    assert err == f"facilitator: {missing} does not exist (give --db, or start Facilitator once to create it)\n"
    assert not missing.exists()


def test_a_file_that_is_not_facilitators_is_named_and_left_untouched(tmp_path):
    other = tmp_path / "budget.xlsx"
    other.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = call("invite", "--db", str(other), "--session", "1", "--all")
    assert code == 1 and err == f"facilitator: {other} is not a Facilitator file\n"
    assert other.read_bytes() == b"PK\x03\x04 not a database"


def test_a_file_open_in_a_window_is_refused(demo_file):
    window = Document.open(demo_file)
    try:
        before = snapshot(demo_file)
        code, _, err = call("invite", "--db", str(demo_file), "--session", "1", "--all")
    finally:
        window.close()
    assert code == 1 and "is open in a Facilitator window" in err
    assert snapshot(demo_file) == before


def test_a_read_only_file_can_still_be_listed_and_exported(demo_file, tmp_path, monkeypatch):
    # As if the file or its folder were read-only (chmod does not stop root, who runs CI).
    monkeypatch.setattr("facilitator.store.connection.is_writable", lambda path: False)
    assert call("sessions", "list", "--db", str(demo_file))[0] == 0
    assert call("export-ics", "--db", str(demo_file), "--session", "1", "-o", str(tmp_path / "x.ics"))[0] == 0
    before = snapshot(demo_file)
    code, _, err = call("invite", "--db", str(demo_file), "--session", "1", "--all")
    assert code == 1 and err == f"facilitator: {demo_file} cannot be changed: it or its folder is read-only\n"
    assert snapshot(demo_file) == before


# -- app.main: the same commands without a window --------------------------------------------

@pytest.fixture
def app_name_restored():
    """main() names the application for the default file's folder; give the test app its name back."""
    name = QCoreApplication.applicationName()
    yield
    QCoreApplication.setApplicationName(name)


def test_main_runs_a_command_and_returns_its_exit_code(demo_file, capsys, app_name_restored):
    assert app.main(["sessions", "list", "--db", str(demo_file)]) == 0
    assert "Digitalt ledarskap" in capsys.readouterr().out
    assert app.main(["invite", "--db", str(demo_file), "--session", "999", "--all"]) == 1
    assert capsys.readouterr().err == "facilitator: no session with id 999\n"


def isolated_environment(tmp_path: Path) -> dict[str, str]:
    """A child process whose settings and default file live under ``tmp_path``."""
    return dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                QT_QPA_PLATFORM="offscreen")


def facilitator(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", *argv], capture_output=True, text=True,
                          env=isolated_environment(tmp_path), timeout=60)


def test_python_m_facilitator_adds_invites_and_exports_end_to_end(empty_file, tmp_path):
    added = facilitator(tmp_path, "sessions", "add", "--db", str(empty_file), "--title", "Öppet forum",
                        "--start", "2026-11-03 13:00", "--end", "2026-11-03 14:30", "--room", "Sal Fårö")
    assert (added.returncode, added.stderr) == (0, "")
    new_id = added.stdout.strip()
    invited_ = facilitator(tmp_path, "invite", "--db", str(empty_file), "--session", new_id, "--all")
    assert (invited_.returncode, invited_.stdout) == (0, f"invited 0 people to session {new_id}\n")
    target = tmp_path / "forum.ics"
    exported = facilitator(tmp_path, "export-ics", "--db", str(empty_file), "--session", new_id, "-o", str(target),
                           "--organizer-email", "lead@lst.se")
    assert exported.returncode == 0, exported.stderr
    event = Calendar.from_ical(target.read_bytes()).events[0]
    assert event["SUMMARY"] == "Öppet forum" and event["LOCATION"] == "Sal Fårö"
    listed = facilitator(tmp_path, "sessions", "list", "--db", str(empty_file))
    assert listed.returncode == 0 and "2026-11-03 13:00  Öppet forum" in listed.stdout


def test_python_m_facilitator_reports_bad_input_in_one_line(demo_file, tmp_path):
    before = snapshot(demo_file)
    usage = facilitator(tmp_path, "sessions", "add", "--db", str(demo_file), "--title", "T",
                        "--start", "i morgon", "--end", "2026-10-13 10:00")
    domain = facilitator(tmp_path, "export-ics", "--db", str(demo_file), "--session", "999", "-o",
                         str(tmp_path / "x.ics"), "--organizer-email", "a@b.se")
    assert (usage.returncode, usage.stdout, usage.stderr.count("\n")) == (2, "", 1)
    assert (domain.returncode, domain.stdout, domain.stderr) == (1, "", "facilitator: no session with id 999\n")
    assert snapshot(demo_file) == before and not (tmp_path / "x.ics").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG paths decide where Qt looks on Linux")
def test_defaults_come_from_the_apps_file_and_the_lead_in_settings(demo_file, tmp_path):
    default_file = tmp_path / "data" / "Facilitator" / "facilitator.sqlite"
    default_file.parent.mkdir(parents=True)
    demo_file.rename(default_file)
    settings = QSettings(str(tmp_path / "config" / "Facilitator" / "Facilitator.conf"), QSettings.Format.IniFormat)
    settings.setValue("lead/name", "Karin Lindqvist")
    settings.setValue("lead/email", "karin@lansstyrelsen.se")
    settings.sync()
    target = tmp_path / "x.ics"
    result = facilitator(tmp_path, "export-ics", "--session", "1", "-o", str(target))
    assert result.returncode == 0, result.stderr
    organiser = Calendar.from_ical(target.read_bytes()).events[0]["ORGANIZER"]
    assert (str(organiser), organiser.params["CN"]) == ("mailto:karin@lansstyrelsen.se", "Karin Lindqvist")


def test_the_command_line_modules_need_no_widgets(tmp_path):
    """The commands run where no display (or GUI library) is available."""
    probe = ("import sys; import facilitator.cli, facilitator.cli.runner; "
             "print(any(name.startswith(('PySide6.QtWidgets', 'PySide6.QtGui')) for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            env=isolated_environment(tmp_path))
    assert result.stdout.strip() == "False", result.stderr
