"""Printed rosters, sign-in sheets and attendance lists, read back from the PDF: the
page header and "page x of y" on every page, the table heading repeated, Swedish order;
and the print chooser, the preview and the export dialog as a user meets them."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog

from facilitator.domain.collation import swedish_key
from facilitator.printing import pdf as printing
from facilitator.printing import printouts
from facilitator.services.attendance_export import ExportFormat
from facilitator.ui.sessions.export_dialog import ExportDialog, export_attendance
from facilitator.ui.sessions.print_dialog import PrintChoiceDialog


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return pages


def session_id(demo) -> int:
    return demo.db.execute("SELECT id FROM sessions ORDER BY start_utc LIMIT 1").fetchone()[0]


def test_roster_has_header_footer_and_heading_row_on_every_page(demo, tmp_path):
    target = tmp_path / "roster.pdf"
    pages = printing.write_pdf(printouts.roster(demo.db, session_id(demo)), target)
    texts = pdf_pages(target)
    assert len(texts) == pages >= 2
    for number, text in enumerate(texts, start=1):
        assert text.startswith("Roster: Digitalt ledarskap")
        assert "Våga vara digital!" in text and "Visborgssalen" in text
        assert "Name" in text and "Category" in text and "Status" in text
        assert f"Page {number} of {pages}" in text


def test_sign_in_sheet_lists_invitees_in_swedish_order_then_blank_rows(demo, tmp_path):
    target = tmp_path / "sign-in.pdf"
    invited = demo.db.execute("SELECT count(*) FROM invitations WHERE session_id = ?",
                              [session_id(demo)]).fetchone()[0]
    printing.write_pdf(printouts.sign_in_sheet(demo.db, session_id(demo), blank_rows=7), target, landscape=True)
    text = "\n".join(pdf_pages(target))
    names = [line.split(" ", 1)[1].split("  ")[0] for line in text.splitlines()
             if line[:1].isdigit() and ", " in line]
    family_names = [name.split(",")[0] for name in names]
    assert family_names == sorted(family_names, key=swedish_key)
    assert family_names[-1].startswith("Ö")  # å, ä, ö after z
    assert "Signature" in text
    numbers = [line.strip() for line in text.splitlines() if line.strip().isdigit()]
    assert numbers[-7:] == [str(number) for number in range(invited + 1, invited + 8)]


def test_attendance_pdf_uses_the_same_page_header(demo, tmp_path):
    from facilitator.services.attendance_export import DEFAULT_COLUMNS, AttendanceExport

    table = AttendanceExport(demo.db).table(session_id(demo), DEFAULT_COLUMNS, printouts.attendance_words(),
                                            whole_programme=True)
    target = tmp_path / "all.pdf"
    pages = printing.write_pdf(printouts.attendance(demo.db, session_id(demo), table, True), target, True)
    texts = pdf_pages(target)
    assert pages > 1 and all(text.startswith("Attendance, whole programme:") for text in texts)
    assert all("Family name" in text and f"of {pages}" in text for text in texts)


def test_print_chooser_prints_the_sign_in_sheet_with_blank_rows(qtbot, demo):
    chooser = PrintChoiceDialog()
    qtbot.addWidget(chooser)
    assert not chooser.blank_rows.isEnabled()
    chooser.sign_in.setChecked(True)
    assert chooser.blank_rows.isEnabled()
    chooser.blank_rows.setValue(3)
    printout = chooser.printout(demo.db, session_id(demo))
    assert printout.heading.document == "Sign-in sheet"
    assert printout.html.count("<tr>") == 1 + 3 + demo.db.execute(
        "SELECT count(*) FROM invitations WHERE session_id = ?", [session_id(demo)]).fetchone()[0]


def test_export_dialog_remembers_format_columns_and_scope(qtbot, options):
    dialog = ExportDialog(options)
    qtbot.addWidget(dialog)
    assert dialog.choice().export_format == ExportFormat.CSV_EXCEL
    dialog.ui.format.setCurrentIndex(dialog.ui.format.findData("xlsx"))
    dialog.ui.columns.item(0).setCheckState(Qt.CheckState.Unchecked)  # family name off
    dialog.ui.columns.setCurrentRow(2)  # organisation up above given name
    dialog.ui.moveUp.click()
    dialog.ui.wholeProgramme.setChecked(True)
    dialog.accept()
    again = ExportDialog(options)
    qtbot.addWidget(again)
    choice = again.choice()
    assert choice.export_format == ExportFormat.XLSX and choice.whole_programme
    assert choice.keys[:2] == ["organisation", "given_name"] and "family_name" not in choice.keys


def test_export_action_writes_the_chosen_file(qtbot, demo, options, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    target = tmp_path / "närvaro"
    written = export_attendance(None, demo.db, session_id(demo), options, tmp_path,
                                ask_path=lambda parent, title, suggested: target)
    assert written == tmp_path / "närvaro.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbfFamily name;")
