"""Read a people list - CSV, TSV, TXT, XLSX or ODS - into one plain table of text.

Lists arrive from Swedish Excel (``;``, Windows-1252, no BOM), newer Excel (UTF-8 with
a BOM), other tools (UTF-16, tabs, commas) and as workbooks. Whatever the shape, the
reader returns the header row as written, the data rows as text and each row's line in
the file, so a rejected row can be reported where the user will find it. Anything the
reader cannot trust becomes an :class:`UnreadableFile` with a reason code and a detail
that says what the file really is, in words the window and the CLI translate
(``labels.unreadable``).
"""

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase
from .delimited import MAX_LINE_CHARS, NumberedRow, parse_delimited
from .encodings import decode_text, describe_binary
from .errors import MAX_CELL_CHARS, REASONS, ReaderNote, UnreadableFile
from .people_columns import field_for_header, looks_like_data
from .workbooks import cell_text, sheet_rows

# What the attendance report reader and the tests take from here.
__all__ = ["MAX_CELL_CHARS", "MAX_LINE_CHARS", "REASONS", "NumberedRow", "ReaderNote", "Table", "UnreadableFile",
           "cell_text", "decode_text", "describe_binary", "parse_delimited", "read_bytes", "read_table",
           "sheet_rows"]

MAX_FILE_BYTES = 50 * 1024 * 1024
WORKBOOK_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".ods": "ods"}
_HEADER_SEARCH_ROWS = 30
_USUAL_ROWS = 200  # rows that decide the table's usual width


@dataclass(frozen=True)
class Table:
    headers: list[str]  # the header row as written
    rows: list[list[str]]  # data rows, same length as headers (padded with "")
    line_numbers: list[int]  # the file's 1-based line (or sheet row) number of each data row
    source: str  # "csv" | "xlsx" | "ods"
    encoding: str | None  # e.g. "utf-8-sig", "cp1252", "utf-16"
    delimiter: str | None  # ";", ",", "\t" for text files
    notes: tuple[ReaderNote, ...] = field(default=())  # what the reader repaired, by line


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files too large to be a people list or a report."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile("too_large", QT_TRANSLATE_NOOP("Readers", "The file is %1 MB; the limit is %2 MB."),
                             args=(str(size // (1024 * 1024)), str(MAX_FILE_BYTES // (1024 * 1024))))
    return path.read_bytes()


def _width(cells: list[str]) -> int:
    """Columns up to the last non-empty cell."""
    for index in range(len(cells) - 1, -1, -1):
        if cells[index]:
            return index + 1
    return 0


def find_header(rows: list[NumberedRow]) -> tuple[int, bool]:
    """Index of the header row - blank and title rows above it are skipped - and True; or
    the index of the first person and False when the list has no header (the first row
    as wide as the table holds an email or a phone number).

    The header is the first row naming at least two known columns; failing that, the
    first row as wide as the usual width of the first rows.
    """
    filled = list(islice((index for index, (_, cells) in enumerate(rows) if _width(cells)),
                         _USUAL_ROWS))
    for index in filled[:_HEADER_SEARCH_ROWS]:
        if sum(1 for cell in rows[index][1] if cell and field_for_header(cell)) >= 2:
            return index, True
    widths = Counter(width for index in filled if (width := _width(rows[index][1])) >= 2)
    if not widths:
        raise _OneColumn(rows[filled[0]][0] if filled else None)
    usual = widths.most_common(1)[0][0]
    first = next(index for index in filled if _width(rows[index][1]) >= usual)
    return first, not looks_like_data(rows[first][1])


def build_table(rows: list[NumberedRow], source: str, encoding: str | None,
                delimiter: str | None, notes: tuple[ReaderNote, ...] = ()) -> Table:
    """Cut the rows at the header, drop blank rows and square the rest to one width.

    A list without a header gets empty headers (the columns are then known by their values)."""
    try:
        start, has_header = find_header(rows)
    except _OneColumn as one:
        raise _one_column(one.line, source, encoding, delimiter) from None
    header_cells = rows[start][1] if has_header else []
    body = [(line, cells, width) for line, cells in rows[start + has_header:] if (width := _width(cells))]
    if not body:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP("Readers", "The file has a header but no rows below it."),
                             line=rows[start][0])
    width = max(_width(header_cells), max(row_width for _, _, row_width in body))
    if width < 2:
        raise _one_column(body[0][0], source, encoding, delimiter)
    return Table(headers=_squared(header_cells, width),
                 rows=[_squared(cells, width) for _, cells, _ in body],
                 line_numbers=[line for line, _, _ in body],
                 source=source, encoding=encoding, delimiter=delimiter, notes=notes)


class _OneColumn(Exception):
    def __init__(self, line: int | None):
        super().__init__(line)
        self.line = line


_DELIMITER_NAMES = {";": Phrase(QT_TRANSLATE_NOOP("Readers", "semicolons")),
                    ",": Phrase(QT_TRANSLATE_NOOP("Readers", "commas")),
                    "\t": Phrase(QT_TRANSLATE_NOOP("Readers", "tabs"))}


def _one_column(line: int | None, source: str, encoding: str | None, delimiter: str | None) -> UnreadableFile:
    """Fewer than two columns, saying what the file was read as: the usual cause is text
    whose separator is none of ; tab , - or a workbook whose list is not on its first sheet."""
    if source == "csv":
        return UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
            "Readers", "Read as text in %1 with cells separated by %2, the file has fewer than two columns; it is "
            "not a table of people."), line=line, args=((encoding or "").upper(), _DELIMITER_NAMES[delimiter]))
    return UnreadableFile("not_a_table", QT_TRANSLATE_NOOP(
        "Readers", "The first sheet of the workbook that holds anything has fewer than two columns; it is not a "
        "table of people."), line=line)


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
    notes: list[ReaderNote] = []
    rows, delimiter = parse_delimited(text, notes)
    return build_table(rows, "csv", encoding, delimiter, tuple(notes))


