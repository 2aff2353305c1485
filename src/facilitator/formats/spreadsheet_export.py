"""Tables written as CSV or XLSX for Excel, safe from formula injection.

Pure: handed headings, the kind of each column and the rows, it returns the file's
bytes (CSV) or writes the workbook (XLSX). A cell's type decides how it is written,
never its text: a negative number stays a number, a text that starts with ``-`` or
``=`` is text and is made harmless, so a name such as ``=HYPERLINK(...)`` typed into
the register can never run in the lead's or the national coordinator's Excel.
"""

import contextlib
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# Characters that make Excel (and LibreOffice) read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Above this many rows the workbook streams row by row (xlsxwriter's constant memory).
LARGE_TABLE = 20_000
# Column widths in characters: measured on the first rows, within these bounds.
MIN_WIDTH, MAX_WIDTH, MEASURED_ROWS = 6, 50, 2_000


class ColumnKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE_TIME = "date_time"  # an aware or Stockholm-local datetime
    DATE = "date"


class CsvDialect(StrEnum):
    EXCEL_SWEDISH = "excel_swedish"  # ';', UTF-8 with BOM, CRLF: opens right in Swedish Excel
    PLAIN = "plain"  # ',', UTF-8 without BOM, CRLF (RFC 4180): for other programs


@dataclass(frozen=True)
class SheetTable:
    """What a spreadsheet holds: one header row, then the rows (None for an empty cell)."""

    headings: Sequence[str]
    kinds: Sequence[ColumnKind]
    rows: Sequence[Sequence[object]]
    sheet_name: str = "Sheet1"


def safe_text(text: str) -> str:
    """The text with a leading apostrophe when Excel would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(table: SheetTable, dialect: CsvDialect = CsvDialect.EXCEL_SWEDISH) -> bytes:
    """The table as a CSV file's bytes; times as "2026-10-13 09:00" (Stockholm)."""
    buffer = io.StringIO(newline="")
    delimiter = ";" if dialect == CsvDialect.EXCEL_SWEDISH else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([safe_text(heading) for heading in table.headings])
    formatters = [_CSV_FORMATTERS[kind] for kind in table.kinds]
    writer.writerows([format_(value) if value is not None else "" for format_, value in zip(formatters, row)]
                     for row in table.rows)
    encoding = "utf-8-sig" if dialect == CsvDialect.EXCEL_SWEDISH else "utf-8"
    return buffer.getvalue().encode(encoding)


def _csv_text(value: object) -> str:
    return safe_text(str(value))


def _csv_number(value: object) -> str:
    return str(value)


def _csv_date_time(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]


def _csv_date(value: object) -> str:
    return value.strftime("%Y-%m-%d")  # type: ignore[attr-defined]


_CSV_FORMATTERS = {ColumnKind.TEXT: _csv_text, ColumnKind.NUMBER: _csv_number,
                   ColumnKind.DATE_TIME: _csv_date_time, ColumnKind.DATE: _csv_date}


def write_xlsx(table: SheetTable, target: Path | io.BytesIO) -> None:
    """The table as an Excel workbook: bold frozen header row with an autofilter, column
    widths from the text, real Excel dates, and every text written as text."""
    write_workbook([table], target)


def write_workbook(tables: Sequence[SheetTable], target: Path | io.BytesIO) -> None:
    """The tables as one workbook, a sheet each in order (as :func:`write_xlsx` writes one);
    sheet names are made valid for Excel and unique."""
    import xlsxwriter  # heavy: only when exporting
    from xlsxwriter.exceptions import FileCreateError

    workbook = xlsxwriter.Workbook(target, {
        "constant_memory": any(len(table.rows) > LARGE_TABLE for table in tables), "strings_to_formulas": False,
        "strings_to_numbers": False, "strings_to_urls": False, "remove_timezone": True,
        "in_memory": isinstance(target, io.BytesIO)})
    used: set[str] = set()
    for table in tables:
        _add_sheet(workbook, table, _unique(_sheet_name(table.sheet_name), used))
    try:
        workbook.close()
    except FileCreateError as error:  # a full disk, a lost share: the OSError itself, for the caller
        _abandon_zip_files(error)
        cause = error.__context__
        raise cause if isinstance(cause, OSError) else OSError(str(error)) from None


def _abandon_zip_files(error: BaseException) -> None:
    """xlsxwriter leaves its half-written zip file open when a write fails; Python would
    try to finish it once more when collecting it, and print a second error. Close its
    file without finishing it (the caller removes the partial file; Windows needs it closed)."""
    import zipfile

    while error is not None:
        traceback = error.__traceback__
        while traceback is not None:
            for value in traceback.tb_frame.f_locals.values():
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    handle, value.fp = value.fp, None
                    with contextlib.suppress(OSError):
                        handle.close()
            traceback = traceback.tb_next
        error = error.__context__


def _add_sheet(workbook, table: SheetTable, name: str) -> None:
    sheet = workbook.add_worksheet(name)
    formats = {ColumnKind.DATE_TIME: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
               ColumnKind.DATE: workbook.add_format({"num_format": "yyyy-mm-dd"})}
    for column, width in enumerate(column_widths(table)):
        sheet.set_column(column, column, width)
    bold = workbook.add_format({"bold": True})
    for column, heading in enumerate(table.headings):
        sheet.write_string(0, column, heading, bold)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(table.rows), max(len(table.headings) - 1, 0))
    _write_rows(sheet, table, formats)


def _unique(name: str, used: set[str]) -> str:
    """``name``, or with " (2)", " (3)" … within 31 characters; Excel compares names ignoring case."""
    candidate, number = name, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = name[:31 - len(suffix)] + suffix
    used.add(candidate.casefold())
    return candidate


def _write_rows(sheet, table: SheetTable, formats: dict) -> None:
    """One typed write per non-empty cell: no guessing from the text, no per-cell lookups.
    Times are written as the Stockholm wall-clock time they carry (Excel has no zones)."""
    text, number, when = sheet.write_string, sheet.write_number, sheet.write_datetime
    writers = {ColumnKind.TEXT: text, ColumnKind.NUMBER: number}
    cells = [(column, writers.get(kind), formats.get(kind)) for column, kind in enumerate(table.kinds)]
    for row_number, row in enumerate(table.rows, start=1):
        for (column, writer, date_format), value in zip(cells, row):
            if value is None or value == "":
                continue
            if writer is None:
                when(row_number, column, value, date_format)
            else:
                writer(row_number, column, value)


def column_widths(table: SheetTable) -> list[int]:
    """Characters per column: the longest heading or text among the first rows, capped."""
    sample = table.rows[:MEASURED_ROWS]
    widths = []
    for column, (heading, kind) in enumerate(zip(table.headings, table.kinds)):
        if kind == ColumnKind.TEXT:
            longest = max((len(str(row[column])) for row in sample if row[column] is not None), default=0)
        else:
            longest = 16 if kind == ColumnKind.DATE_TIME else 10
        widths.append(min(MAX_WIDTH, max(MIN_WIDTH, len(heading), longest) + 2))
    return widths


def _sheet_name(name: str) -> str:
    """Excel refuses sheet names over 31 characters or with []:*?/\\ in them."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in name).strip()
    return (cleaned or "Sheet1")[:31]

