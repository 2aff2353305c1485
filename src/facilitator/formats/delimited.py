"""Split delimited text (CSV, TSV, TXT) into rows of cells, each with its line in the file.

The delimiter is sniffed from the first lines. A quotation mark opens a cell that may
hold the delimiter and line breaks - and one stray quotation mark at the start of a
cell ("Berg) makes everything up to the next quotation mark one cell: a 50-row list
became 10 people, one with a 2 162-character family name. Such a cell is told from a
real multi-line cell by what it swallowed: the structure of rows (as many delimiters
as a row has), or the rest of the file (its quotation marks never close). Its line is
then read again with that quotation mark as an ordinary character, reading goes on from
the next line, and the repair is reported as a :class:`ReaderNote` so the user can look
at that row. Nothing is dropped.
"""

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from itertools import islice

from ..domain.translatable import QT_TRANSLATE_NOOP
from .errors import MAX_CELL_CHARS, ReaderNote, UnreadableFile, cell_too_long

NumberedRow = tuple[int, list[str]]

MAX_LINE_CHARS = 100_000
DELIMITERS = (";", "\t", ",")
_SNIFF_LINES = 50
_EXCEL_SEPARATOR = re.compile(r"^sep=([;,\t|])\s*$")
STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "Readers", "The quotation mark (\") that opens a cell on this line is never closed, so the lines after it "
    "would have become one cell; it was read as an ordinary character and the row kept. Check the row.")


def parse_delimited(text: str, notes: list[ReaderNote] | None = None) -> tuple[list[NumberedRow], str]:
    """Rows of stripped cells with the line each starts on, and the delimiter.

    Stray quotation marks are repaired (see the module) and each repair appended to
    ``notes``. Raises UnreadableFile for a line or cell too long to be a list's.
    """
    _refuse_long_lines(text)
    delimiter, width = sniff(text)
    reading = _Reading(text, delimiter, width)
    rows = reading.rows()
    if notes is not None:
        notes.extend(reading.notes)
    return rows, delimiter


class _Reading:
    """One pass of csv.reader over the text, restarted after each stray quote."""

    def __init__(self, text: str, delimiter: str, width: int):
        self.text, self.delimiter = text, delimiter
        # A cell across lines holding as many delimiters as a row has swallowed rows.
        self.row_delimiters = max(2, width - 1)
        self.lines: list[str] | None = None  # physical lines, split only once a cell spans lines
        self.notes: list[ReaderNote] = []

    def rows(self) -> list[NumberedRow]:
        rows: list[NumberedRow] = []
        start = 0  # the physical lines before this one are read
        while True:
            stopped = self._read_from(start, rows)
            if stopped is None:
                return rows
            line, cell = stopped
            rows.append((line, self._line_without_quoting(line, cell)))
            self.notes.append(ReaderNote(line, STRAY_QUOTE))
            start = line

    def _read_from(self, start: int, rows: list[NumberedRow]) -> tuple[int, int | None] | None:
        """Append the rows from physical line ``start`` (0-based) on; where reading stopped
        at a stray quotation mark (its 1-based line and the cell it opens, if known), or
        None at the end."""
        source = io.StringIO(self.text, newline="") if start == 0 else iter(self._physical_lines()[start:])
        reader = csv.reader(source, delimiter=self.delimiter)
        first = start + 1
        try:
            for cells in reader:
                last = start + reader.line_num
                # A quotation mark left open on the last line ends the file inside the cell.
                spans = last > first or (cells and cells[-1].endswith(("\n", "\r")))
                if spans and (stray := self._swallowed(cells, first, last)) is not None:
                    return first, stray
                for column, cell in enumerate(cells, start=1):
                    if len(cell) > MAX_CELL_CHARS:
                        raise cell_too_long(first, column, len(cell))
                rows.append((first, [cell.strip() for cell in cells]))
                first = last + 1
        except csv.Error:  # a cell past csv's field size limit: a quotation mark that never closed
            return first, None
        return None

    def _swallowed(self, cells: list[str], first: int, last: int) -> int | None:
        """The cell (0-based) spanning lines ``first``..``last`` that holds rows of the table
        or the rest of the file: a quotation mark opened it by mistake. None for a real cell."""
        spanning = [index for index, cell in enumerate(cells) if "\n" in cell or "\r" in cell]
        for index in spanning:
            cell = cells[index]
            if len(cell) > MAX_CELL_CHARS or cell.count(self.delimiter) >= self.row_delimiters:
                return index
        record = "".join(self._physical_lines()[first - 1:last])
        if record.count('"') % 2 == 1 and spanning:  # opened and never closed: it ran to the end
            return spanning[-1]
        return None

    def _physical_lines(self) -> list[str]:
        if self.lines is None:
            self.lines = io.StringIO(self.text, newline="").readlines()
        return self.lines

    def _line_without_quoting(self, line: int, stray_cell: int | None) -> list[str]:
        """One physical line split as Excel would, except that the quotation mark opening
        cell ``stray_cell`` (0-based; the one that swallowed the lines after it) is an
        ordinary character. Quoted cells before and after it keep their quoting."""
        text = self._physical_lines()[line - 1].rstrip("\r\n")
        cells: list[str] = []
        start: int | None = 0  # where the next cell starts
        for cell, following in _cells(text, self.delimiter):
            if len(cells) == stray_cell:
                break
            cells.append(cell)
            start = following
            if start is None:
                break
        if start is not None and len(cells) == stray_cell and text.startswith('"', start):
            rest = [cell for cell, _ in _cells(text[start + 1:], self.delimiter)]
            cells += ['"' + rest[0], *rest[1:]]
        elif start is not None:
            cells += [cell for cell, _ in _cells(text[start:], self.delimiter)]
        return [cell.strip() for cell in cells]


def split_line(line: str, delimiter: str) -> list[str]:
    """Cells of one line: "quoted; cells" and doubled "" as csv reads them; a quotation
    mark that does not close on the line is kept as text."""
    return [cell for cell, _ in _cells(line, delimiter)]


def _cells(line: str, delimiter: str) -> Iterator[tuple[str, int | None]]:
    """Each cell of one line, with where the next one starts (None after the last)."""
    start = 0
    while True:
        end = None
        if line.startswith('"', start) and (closing := _closing_quote(line, start + 1)) is not None:
            end = line.find(delimiter, closing + 1)
            cell = line[start + 1:closing].replace('""', '"') + line[closing + 1:None if end < 0 else end]
        else:
            end = line.find(delimiter, start)
            cell = line[start:None if end < 0 else end]
        if end < 0:
            yield cell, None
            return
        yield cell, end + 1
        start = end + 1


def _closing_quote(line: str, position: int) -> int | None:
    """Where the quoted cell starting before ``position`` closes (a quotation mark not doubled)."""
    while (found := line.find('"', position)) >= 0:
        if line.startswith('""', found):
            position = found + 2
            continue
        return found
    return None


def _refuse_long_lines(text: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise UnreadableFile("too_large", QT_TRANSLATE_NOOP(
                "Readers", "A line is longer than %1 characters; this is not a list of people."),
                line=number, args=(str(MAX_LINE_CHARS),))


def sniff_delimiter(text: str) -> str:
    return sniff(text)[0]


def sniff(text: str) -> tuple[str, int]:
    """The delimiter among ; tab , that splits the first lines into the most consistent
    columns, and that number of columns.

    csv.Sniffer guesses wrong on short Swedish lists, so each candidate splits the first
    lines and the one where most lines share one column count (two or more) wins; ties go
    to the order ; tab , (Swedish Excel first); a quotation mark that does not close on its
    line counts as text. Excel's own hint line "sep=;" decides when the file starts with one.
    """
    first_lines = islice(io.StringIO(text, newline=""), _SNIFF_LINES * 2)
    lines = [line.rstrip("\r\n") for line in first_lines if line.strip()][:_SNIFF_LINES]
    declared = _EXCEL_SEPARATOR.match(lines[0]) if lines else None
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in ([declared.group(1)] if declared else DELIMITERS):
        counts = Counter(len(split_line(line, delimiter)) for line in lines)
        columns, agreeing = max(counts.items(), key=lambda item: (item[0] >= 2, item[1], item[0]),
                                default=(0, 0))
        score = (agreeing, columns) if columns >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best, best_score[1]
