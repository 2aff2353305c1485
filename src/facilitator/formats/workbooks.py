"""Open a workbook (XLSX, ODS, XLS) without letting a hostile file take the process down.

python-calamine reads a sheet into one dense grid, from its top-left to its bottom-right
cell with a value: one cell at XFD1048576 asks for 17 billion cells (512 GB) and the
process aborts - no exception to catch. A zip bomb inflates a few megabytes into
gigabytes of XML. So before calamine sees a zip workbook (XLSX, ODS), every member is
inflated here, within a total budget and against the sizes the zip declares, the sheets'
cell references are scanned for the grid they would need, and calamine is handed a
fresh, uncompressed copy of exactly the bytes that were checked (a zip that inflates to
more than it declares cannot slip past). Reading is then bounded: at most
``MAX_UNCOMPRESSED_BYTES`` of XML, a grid of at most ``MAX_SHEET_CELLS``.

The sheet's ``<dimension>`` element is not trusted either way: calamine ignores it (a
file declaring A1:XFD1048576 over three cells reads fine), and a lying one would not
protect anything. XLS (the binary format before 2007) is not a zip; its grid cannot
exceed 65 536 x 256 cells, which calamine reads within about half a gigabyte.
"""

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase
from .encodings import decode_text, describe_binary, nfc
from .errors import MAX_CELL_CHARS, UnreadableFile, cell_too_long

NumberedRow = tuple[int, list[str]]

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # a 600 000-row list of seven columns
MAX_MEMBERS = 2_000
MAX_SHEET_CELLS = 5_000_000  # e.g. 100 000 rows of 50 columns; about 200 MB once read

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"
_WORKSHEET = b"sheetData"
_ODS_TABLE = b"table-row"


def sheet_rows(data: bytes, path: Path, max_cells: int = MAX_SHEET_CELLS) -> list[NumberedRow]:
    """The first non-empty sheet of a workbook as text rows numbered as in the spreadsheet.

    A zip workbook (XLSX, ODS) is checked and repacked first (:func:`checked_zip_workbook`);
    a cell longer than a spreadsheet cell can be is refused, as it is from a CSV file.
    """
    if not data.strip():
        raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))
    _refuse_non_workbook(data, path)
    if data.startswith(_ZIP):
        data = checked_zip_workbook(data, max_cells)
    from python_calamine import CalamineError, CalamineWorkbook  # only where workbooks are read

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for index in range(len(workbook.sheet_names)):
            values = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
            rows = [(number, [nfc(value.strip()) if type(value) is str else cell_text(value) for value in row])
                    for number, row in enumerate(values, start=1)]
            if any(any(cells) for _, cells in rows):
                _refuse_long_cells(rows)
                return rows
    except UnreadableFile:
        raise
    except (CalamineError, ValueError, OSError) as error:
        raise _damaged(error) from error
    raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "Every sheet of the workbook is empty."))


def _refuse_long_cells(rows: list[NumberedRow]) -> None:
    for number, cells in rows:
        if cells and max(map(len, cells)) > MAX_CELL_CHARS:
            column, cell = next((column, cell) for column, cell in enumerate(cells, start=1)
                                if len(cell) > MAX_CELL_CHARS)
            raise cell_too_long(number, column, len(cell))


def _refuse_non_workbook(data: bytes, path: Path) -> None:
    """A workbook is a zip (xlsx, ods) or an OLE file (xls); text under a workbook name is not."""
    if data.startswith((_ZIP, _OLE)):
        return
    found = describe_binary(data)
    if found is not None:
        raise UnreadableFile("wrong_extension", QT_TRANSLATE_NOOP("Readers", "The file is named %1 but is really %2."),
                             args=(path.suffix, Phrase(found[1])))
    try:
        decode_text(data)
    except UnreadableFile as error:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "The file is named %1 but is not a spreadsheet."), args=(path.suffix,)) from error
    raise UnreadableFile("wrong_extension", QT_TRANSLATE_NOOP(
        "Readers", "The file is named %1 but is really a text file (CSV). Rename it to .csv and import it again."),
        args=(path.suffix,))


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees: ISO dates, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        minutes, seconds = divmod(int(value.total_seconds()), 60)
        return f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
    return nfc(str(value).strip())


# -- zip workbooks: sizes before anything is inflated for real --------------------------

def checked_zip_workbook(data: bytes, max_cells: int = MAX_SHEET_CELLS) -> bytes:
    """The workbook, repacked without compression after every check passed.

    Raises UnreadableFile("too_large") for a zip bomb or a sheet whose grid is too large,
    UnreadableFile("not_a_table") for a damaged zip.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise _damaged(error) from error
    _refuse_declared_sizes(members)
    repacked = io.BytesIO()
    with zipfile.ZipFile(repacked, "w", zipfile.ZIP_STORED) as copy:
        budget = MAX_UNCOMPRESSED_BYTES
        for member in members:
            if member.is_dir():
                continue
            if member.filename in copy.NameToInfo:  # two parts of one name: which would be read?
                raise _damaged(ValueError(f"two parts named {member.filename}"))
            content = _inflate(data, member, budget)
            budget -= len(content)
            _refuse_large_grid(content, max_cells)
            copy.writestr(member.filename, content)
    return repacked.getvalue()


def _damaged(error: Exception) -> UnreadableFile:
    return UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
        "Readers", "The workbook cannot be opened (%1). Open it in Excel and save it again."),
        args=(str(error) or type(error).__name__,))


def _too_much_data() -> UnreadableFile:
    return UnreadableFile("too_large", QT_TRANSLATE_NOOP(
        "Readers", "The workbook unpacks to more than %1 MB; a list of people or an attendance report is far smaller. "
        "It may be damaged or made to harm: open it in Excel and save only the list."),
        args=(str(MAX_UNCOMPRESSED_BYTES // (1024 * 1024)),))


def _refuse_declared_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile("too_large", QT_TRANSLATE_NOOP(
            "Readers", "The workbook holds %1 parts; a spreadsheet has far fewer. It may be damaged."),
            args=(str(len(members)),))
    if sum(member.file_size for member in members) > MAX_UNCOMPRESSED_BYTES:
        raise _too_much_data()


def _inflate(data: bytes, member: zipfile.ZipInfo, budget: int) -> bytes:
    """A member's bytes, inflated here with zlib so that nothing is taken on trust: never
    more than the budget, and exactly the size and CRC the zip declares."""
    header = data[member.header_offset:member.header_offset + 30]
    if len(header) < 30 or not header.startswith(_ZIP):
        raise _not_as_declared(member)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = member.header_offset + 30 + name_length + extra_length
    raw = data[start:start + member.compress_size]
    if member.flag_bits & 0x1:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "The workbook is protected with a password. Open it in Excel, remove the password "
            "and save it again."))
    if member.compress_type == zipfile.ZIP_STORED:
        content = raw
    elif member.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        try:  # one byte more than declared proves a lie without inflating the rest
            content = inflater.decompress(raw, min(budget, member.file_size) + 1)
        except zlib.error as error:
            raise _not_as_declared(member) from error
        if not inflater.eof and len(content) <= member.file_size:
            raise _not_as_declared(member)
    else:
        raise _not_as_declared(member)
    if len(content) > budget:
        raise _too_much_data()
    if len(content) != member.file_size or zlib.crc32(content) != member.CRC:
        raise _not_as_declared(member)
    return content


def _not_as_declared(member: zipfile.ZipInfo) -> UnreadableFile:
    return UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
        "Readers", "The workbook is damaged: its part %1 is not what the file says it is. "
        "Open it in Excel and save it again."), args=(member.filename,))


def _refuse_large_grid(content: bytes, max_cells: int) -> None:
    if _WORKSHEET in content:
        rows, columns = xlsx_extent(content)
    elif _ODS_TABLE in content:
        rows, columns = ods_extent(content)
    else:
        return
    if rows * columns > max_cells:
        raise UnreadableFile("too_large", QT_TRANSLATE_NOOP(
            "Readers", "A sheet of the workbook reaches row %1 and column %2 - more than %3 cells to read; "
            "a list of people or an attendance report is far smaller. Delete what lies beyond the list in Excel "
            "and save it again."),
            args=(str(rows), str(columns), f"{max_cells:,}".replace(",", " ")))


# -- XLSX: the last row and column holding a value ------------------------------------

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s>/]")
# A cell with content (not <c .../>, which only carries a style and is no cell to calamine).
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[0-9]{1,7}"[^>]*(?<!/)>')
_ROW_NUMBER = re.compile(rb"<" + _PREFIX + rb'row\b[^>]*?\sr="([0-9]{1,7})"')
_TOKEN = re.compile(rb"<" + _PREFIX + rb"(row|c)([\s/>][^>]*)?>")
_REFERENCE = re.compile(rb'\sr="([A-Z]{0,3})([0-9]{0,7})"')


def xlsx_extent(sheet: bytes) -> tuple[int, int]:
    """(last row, last column) a worksheet's cells with content reach, as calamine places
    them; 1-based, (0, 0) for no cells.

    Every writer seen (Excel, LibreOffice, xlsxwriter, openpyxl) starts each cell with
    ``<c r="A1"``, which a few regular expressions measure fast; anything else is
    walked cell by cell.
    """
    cells = sheet.count(b"<c ") + sheet.count(b"<c>") + sheet.count(b"<c/")
    if sheet.count(b'<c r="') != cells or _PREFIXED_CELL.search(sheet):
        return _walked_xlsx_extent(sheet)
    columns = set(_CELL_COLUMN.findall(sheet))
    if not columns:
        return 0, 0
    last_column = max(column_number(letters) for letters in columns)
    # The last <row> number says how many digits the last cell's row has, unless a cell's
    # own reference (which places it, whatever its row says) lies beyond it, or the
    # last rows hold no cells: look for references of that many digits or more first.
    row_tags = max(map(int, _ROW_NUMBER.findall(sheet)), default=0)
    for digits in range(len(str(row_tags)), 0, -1):
        found = re.findall(rb'<c r="[A-Z]{1,3}([0-9]{%d,7})"[^>]*(?<!/)>' % digits, sheet)
        if found:
            return max(map(int, found)), last_column
    return 0, 0


def _walked_xlsx_extent(sheet: bytes) -> tuple[int, int]:
    """The slow, general walk: a cell or row without a reference follows the one before."""
    row = column = last_row = last_column = 0
    for match in _TOKEN.finditer(sheet):
        tag, attributes = match.group(1), match.group(2) or b""
        reference = _REFERENCE.search(attributes)
        if tag == b"row":
            row = int(reference.group(2)) if reference and reference.group(2) else row + 1
            column = 0
            continue
        letters, digits = (reference.group(1), reference.group(2)) if reference else (b"", b"")
        column = column_number(letters) if letters else column + 1
        if digits:
            row = int(digits)
        if not attributes.rstrip().endswith(b"/"):
            last_row, last_column = max(last_row, max(row, 1)), max(last_column, column)
    return last_row, last_column


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"Z" -> 26, b"AA" -> 27, b"XFD" -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


# -- ODS: rows and columns repeated ---------------------------------------------------

_ODS_TOKEN = re.compile(rb"<(/?)" + _PREFIX + rb"(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>")
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]{1,10})"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]{1,10})"')


def ods_extent(content: bytes) -> tuple[int, int]:
    """(rows, columns) of the largest grid any sheet of an ODS content.xml needs.

    LibreOffice writes "this cell 16 384 times" and "this row a million times" as one
    element; only repeated cells and rows that hold a value widen the grid (every sheet
    ends in a million repeated empty rows)."""
    largest = (0, 0)
    for rows, columns in _ods_sheets(content):
        if rows * columns > largest[0] * largest[1]:
            largest = (rows, columns)
    return largest


def _ods_sheets(content: bytes) -> Iterator[tuple[int, int]]:
    row = last_row = last_column = column = 0
    repeat_rows, row_has_value = 1, False
    for match in _ODS_TOKEN.finditer(content):
        closing, tag, attributes = match.group(1), match.group(2), match.group(3)
        self_closing = attributes.endswith(b"/")
        if tag == b"table":
            if closing:
                yield last_row, last_column
            row = last_row = last_column = 0
        elif tag == b"table-row":
            if not closing:
                found = _ROWS_REPEATED.search(attributes)
                repeat_rows, row_has_value, column = int(found.group(1)) if found else 1, False, 0
            if closing or self_closing:
                if row_has_value:
                    last_row = row + repeat_rows
                row += repeat_rows
        elif not closing:  # a cell
            found = _COLUMNS_REPEATED.search(attributes)
            repeat = int(found.group(1)) if found else 1
            if not self_closing or b"value-type" in attributes:
                last_column = max(last_column, column + repeat)
                row_has_value = True
            column += repeat
    if last_row:
        yield last_row, last_column
