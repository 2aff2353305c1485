"""Read a people list - CSV, TSV, TXT, XLSX or ODS - into one plain table of text.

Lists arrive from Swedish Excel (``;``, Windows-1252, no BOM), newer Excel (UTF-8 with
a BOM), other tools (UTF-16, tabs, commas) and as workbooks. Whatever the shape, the
reader returns the header row as written, the data rows as text and each row's line in
the file, so a rejected row can be reported where the user will find it. Anything the
reader cannot trust becomes an :class:`UnreadableFile` with a reason code and a detail
that says what the file really is, in words the window and the CLI translate
(``labels.unreadable``).
"""

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path

from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase, fill
from .people_columns import field_for_header

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_LINE_CHARS = 100_000
WORKBOOK_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".ods": "ods"}
DELIMITERS = (";", "\t", ",")
_SNIFF_LINES = 50
_HEADER_SEARCH_ROWS = 30
_USUAL_ROWS = 200  # rows that decide the table's usual width
_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v", "\x1a"}

REASONS = ("empty", "binary", "not_a_table", "wrong_extension", "too_large", "no_header",
           "unknown_report", "encoding")


class UnreadableFile(ValueError):
    """A file the app cannot read as what it claims to be; nothing was imported from it.

    ``detail`` is an English sentence marked ``QT_TRANSLATE_NOOP("Readers", ...)`` with
    %1, %2… for ``args``; ``str(error)`` is the English text, ``labels.unreadable(error)``
    the text in the interface language.
    """

    def __init__(self, reason: str, detail: str, line: int | None = None, args: tuple[str, ...] = ()) -> None:
        english = fill(detail, args)
        super().__init__(f"{english} (line {line})" if line is not None else english)
        self.reason = reason
        self.detail = detail
        self.line = line
        self.args_ = args


@dataclass(frozen=True)
class Table:
    headers: list[str]  # the header row as written
    rows: list[list[str]]  # data rows, same length as headers (padded with "")
    line_numbers: list[int]  # the file's 1-based line (or sheet row) number of each data row
    source: str  # "csv" | "xlsx" | "ods"
    encoding: str | None  # e.g. "utf-8-sig", "cp1252", "utf-16"
    delimiter: str | None  # ";", ",", "\t" for text files


NumberedRow = tuple[int, list[str]]

# Signatures of file kinds people save under a wrong name, with what to tell them.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "a zip archive")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "wrong_extension",
     QT_TRANSLATE_NOOP("Readers", "an old Excel workbook (.xls) or another Office document")),
    (b"%PDF", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "a PDF document")),
    (b"SQLite format 3\x00", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "an SQLite database")),
    (b"\x89PNG", "binary", QT_TRANSLATE_NOOP("Readers", "a PNG image")),
    (b"\xff\xd8\xff", "binary", QT_TRANSLATE_NOOP("Readers", "a JPEG image")),
    (b"GIF8", "binary", QT_TRANSLATE_NOOP("Readers", "a GIF image")),
)


def describe_binary(data: bytes) -> tuple[str, str] | None:
    """(reason, what the content really is) for a known non-text signature, else None."""
    for signature, reason, kind in _SIGNATURES:
        if data.startswith(signature):
            if signature == b"PK\x03\x04":
                return reason, _describe_zip(data)
            return reason, kind
    return None


def _describe_zip(data: bytes) -> str:
    """Tell an Excel workbook and an OpenDocument spreadsheet from any other zip."""
    names = data[:65536] + data[-65536:]
    if b"application/vnd.oasis.opendocument.spreadsheet" in names:
        return QT_TRANSLATE_NOOP("Readers", "an OpenDocument spreadsheet (.ods)")
    if b"xl/workbook.xml" in names:
        return QT_TRANSLATE_NOOP("Readers", "an Excel workbook (.xlsx)")
    return QT_TRANSLATE_NOOP("Readers", "a zip archive")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file: BOM first (UTF-8, UTF-16), then strict UTF-8, then cp1252.

    Raises UnreadableFile("binary"/"wrong_extension") for content that is not text at all.
    """
    found = describe_binary(data)
    if found is not None:
        reason, kind = found
        raise UnreadableFile(reason, QT_TRANSLATE_NOOP("Readers", "The file is really %1, not a text file."),
                             args=(Phrase(kind),))
    text, encoding = _decode(data)
    _refuse_control_characters(text)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    bomless_utf16 = _bomless_utf16(data)
    if bomless_utf16:
        return _strict(data, bomless_utf16), bomless_utf16
    if b"\x00" in data:
        raise UnreadableFile("binary", QT_TRANSLATE_NOOP("Readers", "The file holds binary data, not text."))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise UnreadableFile("encoding", QT_TRANSLATE_NOOP(
            "Readers", "The text is neither UTF-8 nor Windows-1252. Save it from Excel as "
            "'CSV UTF-8' and try again.")) from error


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows a NUL in every other byte of plain Latin text."""
    sample = data[:400]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    if sample[1::2].count(0) >= 0.9 * pairs and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) >= 0.9 * pairs and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFile("encoding", QT_TRANSLATE_NOOP(
            "Readers", "The file says it is %1 but holds bytes that are not. "
            "Save it again as 'CSV UTF-8' and try again."), args=(encoding.upper(),)) from error


def _refuse_control_characters(text: str) -> None:
    """Text with many control characters is binary data that happened to decode."""
    controls = sum(1 for char in text[:100_000]
                   if (char < " " or char == "\x7f") and char not in _CONTROL_ALLOWED)
    if controls > max(2, len(text[:100_000]) // 1000) or "\x00" in text:
        raise UnreadableFile("binary", QT_TRANSLATE_NOOP("Readers", "The file holds binary data, not text."))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files too large to be a people list or a report."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile("too_large", QT_TRANSLATE_NOOP("Readers", "The file is %1 MB; the limit is %2 MB."),
                             args=(str(size // (1024 * 1024)), str(MAX_FILE_BYTES // (1024 * 1024))))
    return path.read_bytes()


def parse_delimited(text: str) -> tuple[list[NumberedRow], str]:
    """Split text into rows of stripped cells, each with its first line; and the delimiter."""
    _refuse_long_lines(text)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[NumberedRow] = []
    next_line = 1
    try:
        for cells in reader:
            rows.append((next_line, list(map(str.strip, cells))))
            next_line = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP("Readers", "The text cannot be split into columns: %1."),
                             line=next_line, args=(str(error),)) from error
    return rows, delimiter


def _refuse_long_lines(text: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise UnreadableFile("too_large", QT_TRANSLATE_NOOP(
                "Readers", "A line is longer than %1 characters; this is not a list of people."),
                line=number, args=(str(MAX_LINE_CHARS),))


def sniff_delimiter(text: str) -> str:
    """The delimiter among ; tab , that splits the first lines into the most consistent columns.

    csv.Sniffer guesses wrong on short Swedish lists, so each candidate splits the first
    lines and the one where most lines share one column count (two or more) wins; ties go
    to the order ; tab , (Swedish Excel first).
    """
    first_lines = islice(io.StringIO(text, newline=""), _SNIFF_LINES * 2)
    lines = [line.rstrip("\r\n") for line in first_lines if line.strip()][:_SNIFF_LINES]
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in DELIMITERS:
        counts = Counter(len(next(csv.reader([line], delimiter=delimiter), []))
                         for line in lines)
        columns, agreeing = max(counts.items(), key=lambda item: (item[0] >= 2, item[1], item[0]),
                                default=(0, 0))
        score = (agreeing, columns) if columns >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _width(cells: list[str]) -> int:
    """Columns up to the last non-empty cell."""
    for index in range(len(cells) - 1, -1, -1):
        if cells[index]:
            return index + 1
    return 0


def find_header(rows: list[NumberedRow]) -> int:
    """Index of the header row: blank and title rows above it are skipped.

    The header is the first row naming at least two known columns; failing that, the
    first row as wide as the usual width of the first rows.
    """
    filled = list(islice((index for index, (_, cells) in enumerate(rows) if _width(cells)),
                         _USUAL_ROWS))
    for index in filled[:_HEADER_SEARCH_ROWS]:
        if sum(1 for cell in rows[index][1] if cell and field_for_header(cell)) >= 2:
            return index
    widths = Counter(width for index in filled if (width := _width(rows[index][1])) >= 2)
    if not widths:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "The file has fewer than two columns; it is not a table of people."))
    usual = widths.most_common(1)[0][0]
    return next(index for index in filled if _width(rows[index][1]) >= usual)


def build_table(rows: list[NumberedRow], source: str, encoding: str | None,
                delimiter: str | None) -> Table:
    """Cut the rows at the header, drop blank rows and square the rest to one width."""
    header_index = find_header(rows)
    header_cells = rows[header_index][1]
    body = [(line, cells, width) for line, cells in rows[header_index + 1:]
            if (width := _width(cells))]
    if not body:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP("Readers", "The file has a header but no rows below it."),
                             line=rows[header_index][0])
    width = max(_width(header_cells), max(row_width for _, _, row_width in body))
    if width < 2:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "The file has fewer than two columns; it is not a table of people."))
    return Table(headers=_squared(header_cells, width),
                 rows=[_squared(cells, width) for _, cells, _ in body],
                 line_numbers=[line for line, _, _ in body],
                 source=source, encoding=encoding, delimiter=delimiter)


def _squared(cells: list[str], width: int) -> list[str]:
    if len(cells) == width:
        return cells
    return (cells + [""] * width)[:width]


def read_table(path: Path) -> Table:
    """Read a people list: CSV/TSV/TXT as text, XLSX/XLS/ODS as a workbook's first sheet."""
    path = Path(path)
    data = read_bytes(path)
    kind = WORKBOOK_SUFFIXES.get(path.suffix.lower())
    if kind is not None:
        return build_table(sheet_rows(data, path), kind, None, None)
    text, encoding = decode_text(data)
    if not text.strip():
        raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))
    rows, delimiter = parse_delimited(text)
    return build_table(rows, "csv", encoding, delimiter)


def sheet_rows(data: bytes, path: Path) -> list[NumberedRow]:
    """The first non-empty sheet of a workbook as text rows numbered as in the spreadsheet."""
    if not data.strip():
        raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))
    _refuse_non_workbook(data, path)
    from python_calamine import CalamineError, CalamineWorkbook  # only where workbooks are read

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for index in range(len(workbook.sheet_names)):
            values = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
            rows = [(number, [cell_text(value) for value in row])
                    for number, row in enumerate(values, start=1)]
            if any(_width(cells) for _, cells in rows):
                return rows
    except (CalamineError, ValueError, OSError) as error:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "The workbook cannot be opened (%1). Open it in Excel and save it again."),
            args=(str(error),)) from error
    raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "Every sheet of the workbook is empty."))


def _refuse_non_workbook(data: bytes, path: Path) -> None:
    """A workbook is a zip (xlsx, ods) or an OLE file (xls); text under a workbook name is not."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
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
    return str(value).strip()
