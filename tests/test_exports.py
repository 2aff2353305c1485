"""Attendance lists exported for Excel: the exact CSV bytes, a typed XLSX workbook, no
formula ever run from a name, the chosen columns, and the command line."""

import csv
import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from facilitator import cli, labels
from facilitator.cli import runner as commands
from facilitator.domain.enums import AttendanceMode
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats.spreadsheet_export import ColumnKind, CsvDialect, SheetTable, csv_bytes, safe_text, write_xlsx
from facilitator.printing import printouts
from facilitator.services.attendance_export import DEFAULT_COLUMNS, AttendanceExport, ExportFormat, chosen_columns
from facilitator.services.demo import create_demo
from facilitator.services.errors import NotFound
from facilitator.store import attendance
from facilitator.store.document import Document

WHEN = datetime(2026, 10, 13, 9, 5, tzinfo=STOCKHOLM)
TABLE = SheetTable(["Namn", "Minuter", "Tid"], [ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE_TIME],
                   [["=1+1", -5, WHEN], ["Åsa; \"Ö\"", 120, None], ["-Lars", None, WHEN], ["\tx", 0, None]])


@pytest.mark.parametrize("text, written", [("=1+1", "'=1+1"), ("+46 70", "'+46 70"), ("-x", "'-x"),
                                           ("@sum", "'@sum"), ("\tx", "'\tx"), ("\rx", "'\rx"),
                                           ("Anna", "Anna"), ("a=b", "a=b"), ("", "")])
def test_only_formula_starts_get_an_apostrophe(text, written):
    assert safe_text(text) == written


def test_csv_for_swedish_excel_is_semicolons_utf8_bom_crlf():
    data = csv_bytes(TABLE)
    assert data == ("\ufeffNamn;Minuter;Tid\r\n'=1+1;-5;2026-10-13 09:05\r\n\"Åsa; \"\"Ö\"\"\";120;\r\n"
                    "'-Lars;;2026-10-13 09:05\r\n'\tx;0;\r\n").encode("utf-8")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[2] == ["Åsa; \"Ö\"", "120", ""]


def test_plain_csv_is_commas_without_bom():
    data = csv_bytes(TABLE, CsvDialect.PLAIN)
    assert data.startswith(b"Namn,Minuter,Tid\r\n'=1+1,-5,")
    assert list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))[1][1] == "-5"


def test_xlsx_writes_text_as_text_numbers_as_numbers_and_real_dates(tmp_path):
    target = tmp_path / "list.xlsx"
    write_xlsx(TABLE, target)
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[0] == ["Namn", "Minuter", "Tid"]
    assert rows[1][0] == "=1+1" and rows[1][1] == -5 and rows[1][2] == datetime(2026, 10, 13, 9, 5)
    assert rows[3][0] == "-Lars"
    sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert '<pane ySplit="1"' in sheet and 'state="frozen"' in sheet
    assert '<autoFilter ref="A1:C5"' in sheet
    assert "<cols>" in sheet


def test_large_xlsx_streams_and_stays_safe(tmp_path):
    rows = [[f"=A{number}", number, WHEN] for number in range(25_000)]
    target = tmp_path / "big.xlsx"
    write_xlsx(SheetTable(TABLE.headings, TABLE.kinds, rows), target)
    read = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert len(read) == 25_001 and read[-1][:2] == ["=A24999", 24999]
    assert "<f>" not in zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()


def test_session_list_is_its_attendees_in_swedish_order(demo):
    session_id = _held_session(demo)
    table = AttendanceExport(demo.db).table(session_id, DEFAULT_COLUMNS, printouts.attendance_words())
    names = [row[0] for row in table.rows]
    present = demo.db.execute("SELECT count(*) FROM attendance WHERE session_id = ? AND present = 1",
                              [session_id]).fetchone()[0]
    assert len(names) == present > 0
    assert names == sorted(names, key=_swedish)
    assert table.headings[:3] == ["Family name", "Given name", "Organisation"]


def test_whole_programme_lists_every_session_attended(demo):
    table = AttendanceExport(demo.db).table(_held_session(demo), ["family_name", "session"],
                                            printouts.attendance_words(), whole_programme=True)
    total = demo.db.execute("SELECT count(*) FROM attendance WHERE present = 1").fetchone()[0]
    assert len(table.rows) == total
    assert len({row[1] for row in table.rows}) == 5  # the five held sessions


def test_codes_become_words_in_the_reader_language(demo, swedish):
    session_id = _held_session(demo)
    person = demo.db.execute("SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM attendance "
                             "WHERE session_id = ?) LIMIT 1", [session_id]).fetchone()[0]
    attendance.toggle_present(demo.db, session_id, person, AttendanceMode.ON_SITE, walk_in=True)
    table = AttendanceExport(demo.db).table(session_id, ["category", "walk_in"], printouts.attendance_words())
    assert labels.category("elected_official") in {row[0] for row in table.rows}
    assert labels.category("elected_official") != "Elected official"  # Swedish
    walk_ins = printouts.attendance_words().codes["walk_in"]
    assert {row[1] for row in table.rows} == {walk_ins["0"], walk_ins["1"]}


def test_chosen_columns_keep_their_order_and_drop_unknown_keys():
    assert [column.key for column in chosen_columns(["minutes", "nonsense", "email", "minutes"])] == \
        ["minutes", "email"]
    assert [column.key for column in chosen_columns([])] == list(DEFAULT_COLUMNS)


def test_unknown_session_is_not_found(demo):
    with pytest.raises(NotFound):
        AttendanceExport(demo.db).table(9999, DEFAULT_COLUMNS, printouts.attendance_words())


def test_spreadsheet_files_are_written_whole(demo, tmp_path):
    export = AttendanceExport(demo.db)
    table = export.table(_held_session(demo), DEFAULT_COLUMNS, printouts.attendance_words())
    for export_format, suffix in ((ExportFormat.CSV_EXCEL, "csv"), (ExportFormat.XLSX, "xlsx")):
        export.write(table, tmp_path / f"list.{suffix}", export_format)
    assert (tmp_path / "list.csv").read_bytes().startswith(b"\xef\xbb\xbfFamily name;")
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []


# -- command line --------------------------------------------------------------------------------

@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    document = Document.create(path)
    create_demo(document.db)
    document.close()
    return path


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.run(cli.parse(argv), Path("/nonexistent.sqlite"), lambda: ("", ""), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_attendance_command_writes_xlsx(demo_file, tmp_path):
    target = tmp_path / "all.xlsx"
    code, out, _ = run(["export-attendance", "--db", str(demo_file), "--session", "1", "--format", "xlsx",
                        "--programme", "-o", str(target), "--columns", "given_name,family_name,minutes"])
    assert code == 0 and "rows" in out
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[0] == ["Given name", "Family name", "Minutes"]


@pytest.mark.parametrize("argv, message", [
    (["--session", "99", "--format", "csv"], "no session with id 99"),
    (["--session", "1", "--format", "csv", "--columns", "name,shoe_size"], "unknown columns: name, shoe_size"),
])
def test_export_attendance_refuses_bad_input_and_writes_nothing(demo_file, tmp_path, argv, message):
    target = tmp_path / "out.csv"
    code, _, err = run(["export-attendance", "--db", str(demo_file), *argv, "-o", str(target)])
    assert code == 1 and message in err and "\n" not in err.rstrip("\n")
    assert not target.exists()


def test_export_to_an_unwritable_place_leaves_no_file(demo_file, tmp_path):
    folder = tmp_path / "missing"
    code, _, err = run(["export-attendance", "--db", str(demo_file), "--session", "1", "-o", str(folder / "x.csv")])
    assert code == 1 and "cannot write" in err
    assert not folder.exists()


def test_export_attendance_as_pdf_in_a_separate_process(demo_file, tmp_path):
    target = tmp_path / "list.pdf"
    done = subprocess.run([sys.executable, "-m", "facilitator", "export-attendance", "--db", str(demo_file),
                           "--session", "1", "--format", "pdf", "-o", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")


def _held_session(document) -> int:
    return document.db.execute("SELECT session_id FROM attendance ORDER BY session_id LIMIT 1").fetchone()[0]


def _swedish(name: str) -> str:
    from facilitator.domain.collation import swedish_key
    return swedish_key(name)
