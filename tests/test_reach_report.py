"""The reach report: figures only by default (no names, no emails), the attendance list
when asked; PDF read back as text, workbook read back with calamine; the command."""

import io
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from python_calamine import CalamineWorkbook

from facilitator import cli
from facilitator.cli import runner as commands
from facilitator.printing.reach_report import write_report


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    document.load(str(path))
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def workbook_cells(path: Path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def personal_data(db) -> list[str]:
    rows = db.execute("SELECT given_name || ' ' || family_name, family_name || ', ' || given_name, email "
                      "FROM people").fetchall()
    return [value for row in rows for value in row if value]


def test_the_pdf_holds_the_figures_and_no_personal_data(qapp, demo, tmp_path):
    target = tmp_path / "rapport.pdf"
    write_report(demo.db, target, as_pdf=True)
    text = pdf_text(target)
    assert "Reach report" in text and "Gotlands län" in text and "Våga vara digital!" in text
    assert "45 of 45 reached" in text or " of 45 reached" in text
    assert "Attendance per session" in text and "Reach by organisation" in text
    assert "Page 1 of" in text
    assert not [value for value in personal_data(demo.db) if value in text]


def test_the_workbook_has_a_sheet_per_table_and_no_personal_data(demo, tmp_path):
    target = tmp_path / "rapport.xlsx"
    write_report(demo.db, target, as_pdf=False)
    sheets = workbook_cells(target)
    assert len(sheets) == 5
    cells = {str(cell) for rows in sheets.values() for row in rows for cell in row}
    assert not cells & set(personal_data(demo.db))
    sessions = next(rows for name, rows in sheets.items() if "session" in name.lower())
    assert sessions[0][:2] == ["Date", "Session"] and len(sessions) == 7  # header + six sessions


def test_the_attendance_list_is_added_only_when_asked(qapp, demo, tmp_path):
    target = tmp_path / "med namn.xlsx"
    write_report(demo.db, target, as_pdf=False, with_attendance=True)
    sheets = workbook_cells(target)
    attendance = sheets[list(sheets)[-1]]
    attended = demo.db.execute("SELECT family_name FROM people WHERE id IN "
                               "(SELECT person_id FROM attendance WHERE present = 1) LIMIT 1").fetchone()[0]
    assert any(attended in row for row in attendance)


@pytest.mark.parametrize("file_format", ["pdf", "xlsx"])
def test_the_report_command(qapp, demo, tmp_path, file_format):
    target = tmp_path / f"rapport.{file_format}"
    out, err = io.StringIO(), io.StringIO()
    args = cli.parse(["report", "--db", str(demo.path), "--format", file_format, "-o", str(target)])
    demo.close()
    assert commands.run(args, tmp_path / "default.sqlite", lambda: ("", ""), out=out, err=err) == 0
    assert target.exists() and out.getvalue().startswith("wrote")


def test_the_report_command_refuses_an_unwritable_path_and_leaves_nothing(qapp, demo, tmp_path):
    target = tmp_path / "missing folder" / "rapport.pdf"
    err = io.StringIO()
    args = cli.parse(["report", "--db", str(demo.path), "--format", "pdf", "-o", str(target)])
    demo.close()
    assert commands.run(args, tmp_path / "default.sqlite", lambda: ("", ""), out=io.StringIO(), err=err) == 1
    assert "cannot write" in err.getvalue() and not target.parent.exists()
