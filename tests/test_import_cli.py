"""import-people and import-attendance on the command line: a summary and the rows not
imported on stdout, exit 0 when the file was read; one line on stderr, a non-zero exit
and an untouched document when it was not."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import call, table_rows

from facilitator import cli
from facilitator.domain.records import Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.register import Register
from facilitator.services.setup import set_up_county
from facilitator.store.document import Document

DATA = Path(__file__).parent / "data"
TABLES = ("people", "organisations", "sessions", "invitations", "attendance", "people_search")


@pytest.fixture
def gotland_file(tmp_path: Path) -> Path:
    """Gotland with Maria Nilsson in the register and one session (id 1), closed."""
    path = tmp_path / "gotland.sqlite"
    document = Document.create(path)
    set_up_county(document.db, "09", year=2026)
    register = Register(document.db)
    register.add_person(Person("Maria", "Nilsson", email="maria.nilsson@lansstyrelsen.se"))
    register.add_session(Session("Digital infrastruktur", datetime(2026, 10, 13, 9, tzinfo=STOCKHOLM)))
    document.close()
    return path




def snapshot(path: Path) -> dict[str, list[tuple]]:
    return table_rows(path, TABLES)


def test_import_people_prints_a_summary_and_the_rows_not_imported(gotland_file):
    code, out, err = call("import-people", str(DATA / "people_excel_sv_cp1252.csv"), "--db", str(gotland_file))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("added 4, updated 0, not imported 0")
    code, out, err = call("import-people", str(DATA / "people_excel_sv_cp1252.csv"), "--db", str(gotland_file))
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("added 0, updated 0, not imported 4")
    assert lines[1].startswith("organisation 'Laholms kommun' (1 rows from line 3): Laholm is not in this file")
    assert next(line for line in lines if line.startswith("line 2:")).startswith(
        "line 2: not imported: Same email as person ")


def test_namesakes_are_imported_and_listed_unknown_organisations_kept(gotland_file, tmp_path):
    """The same as the window's defaults: possible duplicates imported, names of
    organisations the file lacks kept in the notes and listed."""
    people = tmp_path / "people.csv"
    people.write_text("Namn;Organisation;E-post\nMaria Nilsson;;maria.nilsson@laholm.se\n"
                      "Bo Ek;Laholms kommun;bo@laholm.se\nEva Lind;Acme AB;eva@acme.se\n", encoding="utf-8")
    code, out, err = call("import-people", str(people), "--db", str(gotland_file))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "added 3, updated 0, not imported 0 (of 3 rows in people.csv)"
    assert "organisation 'Laholms kommun' (1 rows from line 3): Laholm is not in this file; imported without " \
           "one (the name kept in the notes); --create-organisations creates it" in lines
    assert "line 2: imported: Same name as person 1 in the register, but perhaps someone else (another email)" \
        in lines
    notes = [row[12] for row in snapshot(gotland_file)["people"]]
    assert "Organisation in the imported list: Acme AB" in notes


def test_create_organisations_and_skip_possible_duplicates(gotland_file, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("Namn;Organisation;E-post\nMaria Nilsson;;maria.nilsson@laholm.se\n"
                      "Bo Ek;Laholms kommun;bo@laholm.se\nEva Lind;Acme AB;eva@acme.se\n", encoding="utf-8")
    code, out, _ = call("import-people", str(people), "--db", str(gotland_file), "--create-organisations",
                        "--on-possible-duplicate", "skip")
    lines = out.splitlines()
    assert code == 0 and lines[:2] == ["added 2, updated 0, not imported 1 (of 3 rows in people.csv)",
                                       "created 2 organisations: Acme AB, Laholm"]
    organisations = {row[4]: (row[6], row[7], row[8]) for row in snapshot(gotland_file)["organisations"]}
    assert organisations["Laholm"] == ("municipality", "1381", "13") and organisations["Acme AB"][0] == "other"


def test_a_repaired_stray_quotation_mark_is_listed(gotland_file, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text('Namn;E-post\nAnna Berg;anna@x.se\n"Bo Ek;bo@x.se\nEva Lind;eva@x.se\n', encoding="utf-8")
    code, out, _ = call("import-people", str(people), "--db", str(gotland_file))
    assert code == 0 and out.startswith("added 3,")
    assert any(line.startswith("line 3: imported: The quotation mark") for line in out.splitlines())


def test_on_duplicate_update(gotland_file, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("Namn;Titel;E-post\nMaria Nilsson;Länsråd;MARIA.NILSSON@lansstyrelsen.se\n",
                      encoding="utf-8-sig")
    code, out, _ = call("import-people", str(people), "--db", str(gotland_file), "--on-duplicate", "update")
    assert code == 0 and out.startswith("added 0, updated 1, not imported 0")
    assert snapshot(gotland_file)["people"][0][7] == "Länsråd"


@pytest.mark.parametrize("name", ["empty.csv", "binary.csv", "no_header.csv", "xlsx_named_csv.csv"])
def test_a_file_that_cannot_be_read_changes_nothing(gotland_file, name):
    before = snapshot(gotland_file)
    code, out, err = call("import-people", str(DATA / name), "--db", str(gotland_file))
    assert (code, out) == (1, "")
    assert err.startswith("facilitator: ") and err.count("\n") == 1
    assert snapshot(gotland_file) == before


def test_a_list_without_names_changes_nothing(gotland_file, tmp_path):
    before = snapshot(gotland_file)
    emails = tmp_path / "emails.csv"
    emails.write_text("E-post;Telefon\nanna@x.se;070\n", encoding="utf-8")
    code, _, err = call("import-people", str(emails), "--db", str(gotland_file))
    assert code == 1 and "no column of names" in err
    assert snapshot(gotland_file) == before


def test_import_attendance_records_certain_matches_and_lists_the_rest(gotland_file):
    code, out, err = call("import-attendance", str(DATA / "zoom_meeting_participants.csv"), "--session", "1",
                          "--db", str(gotland_file))
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert lines[0] == "recorded 1 participants (1 present, 1 rows changed); not recorded: 0 uncertain, " \
                       "2 unmatched"
    # Line 8 is Björn in Zoom's waiting room, which is no time in the meeting.
    assert lines[1:] == ["line 6: unmatched 'Per Ängström'", "line 9: unmatched 'iPhone Björn'"]
    attended = snapshot(gotland_file)["attendance"]
    assert [(row[4], row[7], row[11]) for row in attended] == [(1, "remote", 100)]


def test_import_attendance_threshold_and_bad_input(gotland_file):
    before = snapshot(gotland_file)
    for argv, reason in [((str(DATA / "reports_not_a_report.csv"), "--session", "1"), "not an attendance report"),
                         ((str(DATA / "reports_teams_header_only.csv"), "--session", "1"), "lists nobody"),
                         ((str(DATA / "zoom_meeting_participants.csv"), "--session", "9"), "no session with id 9"),
                         ((str(DATA / "missing.csv"), "--session", "1"), "cannot read")]:
        code, out, err = call("import-attendance", *argv, "--db", str(gotland_file))
        assert (code, out) == (1, "") and reason in err and err.count("\n") == 1
    assert snapshot(gotland_file) == before
    code, out, _ = call("import-attendance", str(DATA / "zoom_meeting_participants.csv"), "--session", "1",
                        "--minimum-minutes", "120", "--db", str(gotland_file))
    assert code == 0 and "(0 present" in out
    with pytest.raises(SystemExit):
        cli.parse(["import-attendance", "x.csv", "--session", "1", "--minimum-minutes", "-3"])


def test_import_attendance_refuses_a_report_of_another_day_unless_told(gotland_file):
    """The session is on 13 October 2026; the report's meeting was on 11 December 2020."""
    before = snapshot(gotland_file)
    report = str(DATA / "reports_teams_2021_resaved.csv")
    code, out, err = call("import-attendance", report, "--session", "1", "--db", str(gotland_file))
    assert (code, out) == (1, "")
    assert err == ("facilitator: reports_teams_2021_resaved.csv is a report of a meeting on 2020-12-11 or "
                   "2020-11-12 (its dates can be read either way), but session 1 is on 2026-10-13; nothing "
                   "imported. Give --any-date to import it anyway.\n")
    assert snapshot(gotland_file) == before
    code, out, err = call("import-attendance", report, "--session", "1", "--any-date", "--db", str(gotland_file))
    assert (code, err) == (0, "") and out.startswith("recorded 1 participants")  # Maria Nilsson, by email


def test_import_attendance_says_when_two_devices_were_counted_once(gotland_file):
    code, out, _ = call("import-attendance", str(DATA / "reports_zoom_two_devices.csv"), "--session", "1",
                        "--db", str(gotland_file))
    assert code == 0
    assert "line 6: 'Per Ängström (laptop)' was connected twice at the same time; counted 91 minutes, not 153" \
        in out.splitlines()


def test_python_m_facilitator_import_people(gotland_file, tmp_path):
    result = subprocess.run([sys.executable, "-m", "facilitator", "import-people", str(DATA / "people.xlsx"),
                             "--db", str(gotland_file)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("added ")
