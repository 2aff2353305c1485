"""Where things are in an attendance report: its rows, its sections, its tables, and which
column of a table holds what.

A report is text (or a sheet) of sections: one-cell rows are section titles ("2.
Participants", "Host Details"), runs of wider rows are blocks, and a block holds a
summary (key/value rows, or a header row with one row of values) or a table of people.
A table's columns are named by the header's words where we know the language
(words.py), and by the shape of the values below where we do not: a column of
date-times is a join or leave time, "1h 2m 10s" a duration, addresses the email and then
the UPN, the first column of varied text the name. So a Finnish or Dutch report, or one
whose first column Excel's user renamed "Nama", is read like an English one.
"""

import csv
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from ...domain.translatable import QT_TRANSLATE_NOOP
from ..tables import MAX_LINE_CHARS, NumberedRow, UnreadableFile
from .values import kind_of
from .words import JOIN_ACTIONS, LEAVE_ACTIONS, ORGANISER_ROLES, field_for, fold, summary_field_for

_SAMPLE_ROWS = 60  # rows whose values decide what a column holds
_TIMED = {"join", "leave", "duration", "timestamp"}
_NAMED = {"name", "first_name", "last_name"}
# The kinds of value a column a header names may hold; anything else says the header lies.
_TIME_KINDS = {"time", "clock", "", "mixed"}
_TEXT_KINDS = {"text", "email", "yesno", "mixed", ""}
_ALLOWED = {"join": _TIME_KINDS, "leave": _TIME_KINDS, "timestamp": _TIME_KINDS,
            "duration": {"duration", "number", "clock", "", "mixed"},
            "email": {"email", "text", "", "mixed"}, "upn": {"email", "text", "", "mixed"}}


@dataclass
class Table:
    """A table of people: its header, which column holds what, and the rows below it."""

    header_line: int
    header: list[str]
    columns: dict[str, int]  # field -> column index
    rows: list[NumberedRow]
    heading: str  # the section title above the table, as written ("" if none)
    zones: dict[str, tzinfo] = field(default_factory=dict)  # time fields whose header says UTC

    def value(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    def has(self, *names: str) -> bool:
        return all(name in self.columns for name in names)


@dataclass
class Layout:
    tables: list[Table]  # tables of people, in the file's order
    titles: list[tuple[int, str]]  # one-cell rows (section titles) and their lines
    summary: list[tuple[str, str, int]]  # (key, value, line) above the first table of people


def split_rows(text: str) -> Iterator[list[NumberedRow]]:
    """The text split into rows, once per plausible delimiter, most plausible first.

    Teams and Webex write tabs and put commas inside their times ("14/11/22, 09:30:46"),
    so a text with tabs is read as tab-separated first; Excel's re-saves use ";" and
    Zoom ",". The reader takes the first reading in which it finds a table of people.
    """
    head = text[:20_000]
    order = ["\t"] if "\t" in head else []
    order += sorted((";", ","), key=lambda delimiter: -head.count(delimiter))
    order += [] if "\t" in order else ["\t"]
    return (_split(text, delimiter) for delimiter in order)


def _split(text: str, delimiter: str) -> list[NumberedRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[NumberedRow] = []
    next_line = 1
    try:
        for cells in reader:
            if sum(map(len, cells)) > MAX_LINE_CHARS:
                raise UnreadableFile("too_large", QT_TRANSLATE_NOOP(
                    "Readers", "A line is longer than %1 characters; this is not an attendance report."),
                    line=next_line, args=(str(MAX_LINE_CHARS),))
            rows.append((next_line, [cell.strip() for cell in cells]))
            next_line = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFile("not_a_table", QT_TRANSLATE_NOOP("Readers", "The text cannot be split into columns: %1."),
                             line=next_line, args=(str(error),)) from error
    return rows


def find_layout(rows: list[NumberedRow]) -> Layout:
    """The report's section titles, its tables of people and the summary above them."""
    titles: list[tuple[int, str]] = []
    tables: list[Table] = []
    block: list[NumberedRow] = []
    heading = ""
    for line, cells in [*rows, (0, [])]:
        filled = [cell for cell in cells if cell]
        if len(filled) >= 2:
            block.append((line, cells))
            continue
        if block:
            tables += _tables_in(block, heading)
            block = []
        if filled:
            heading = filled[0]
            titles.append((line, heading))
    first = tables[0].header_line if tables else None
    summary = _summary([(line, cells) for line, cells in rows if first is None or line < first])
    return Layout(tables, titles, summary)


def _tables_in(block: list[NumberedRow], heading: str) -> list[Table]:
    """Every table of people in a block: a header row, then the rows below it."""
    found: list[Table] = []
    index = misses = 0
    # A header sits within the first rows of its block (a title or two above it); looking
    # further would test every row of a huge sheet that holds no report as a header.
    while index < len(block) and misses < _SAMPLE_ROWS:
        table = _table_at(block, index, heading)
        if table is None:
            index += 1
            misses += 1
            continue
        found.append(table)
        index += 1 + len(table.rows)
        misses = 0
    return found


def _table_at(block: list[NumberedRow], index: int, heading: str) -> Table | None:
    line, header = block[index]
    labels = _is_label_row(header)
    if not labels and not any(field_for(cell) for cell in header if cell):
        return None  # no header: neither its words name a field nor are they labels
    # Only the first rows decide; copying the whole rest of the block for every candidate
    # header made a large sheet with no table quadratic (a zip-bomb workbook ran for minutes).
    rows = block[index + 1:index + 1 + _SAMPLE_ROWS]
    width = max([len(header)] + [len(cells) for _, cells in rows])
    kinds = _column_kinds(rows, width)
    columns = _by_words(header, kinds)
    summary_header = any(summary_field_for(cell) for cell in header if cell)
    if summary_header and "name" not in columns:
        return None  # a summary block: "Meeting title", "Start time", "Topic"
    if labels and rows and sum(1 for cell in header if cell) >= 3:
        _by_shape(columns, header, rows, kinds)
    if not (columns.keys() & _NAMED and columns.keys() & _TIMED):
        return None
    zones = {name: UTC for name, column in columns.items()
             if name in ("join", "leave", "timestamp") and "utc" in fold(header[column])}
    return Table(line, header, columns, block[index + 1:], heading, zones)


def _column_kinds(rows: list[NumberedRow], width: int) -> list[str]:
    """What each column holds, from the first rows: the kind of at least 80 % of its values,
    "mixed" when no kind has that many, "" when the column is empty."""
    sample = [cells for _, cells in rows[:_SAMPLE_ROWS]]
    kinds = []
    for column in range(width):
        counts = Counter(kind_of(cells[column]) for cells in sample if column < len(cells))
        counts.pop("", None)
        total = sum(counts.values())
        if not total:
            kinds.append("")
            continue
        kind, count = counts.most_common(1)[0]
        kinds.append(kind if count >= 0.8 * total else "mixed")
    return kinds


def _by_words(header: list[str], kinds: list[str]) -> dict[str, int]:
    """Field -> column for the header cells whose words name a field the values agree with."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = field_for(cell) if cell else None
        if name is None or name in columns or name in ("ignored", "registered"):
            continue
        kind = kinds[index] if index < len(kinds) else ""
        if kind in _ALLOWED.get(name, _TEXT_KINDS | {"number"}):
            columns[name] = index
    return columns


def _is_label_row(cells: list[str]) -> bool:
    """A header: words only, no times, durations, addresses or numbers."""
    return all(kind_of(cell) in ("text", "yesno", "") for cell in cells)


def _by_shape(columns: dict[str, int], header: list[str], rows: list[NumberedRow], kinds: list[str]) -> None:
    """Name the columns the header's words did not, from what their values look like."""
    taken = set(columns.values()) | {index for index, cell in enumerate(header)
                                     if cell and field_for(cell) in ("ignored", "registered")}

    def free(*wanted: str) -> list[int]:
        return [index for index, kind in enumerate(kinds) if kind in wanted and index not in taken]

    def assign(name: str, index: int) -> None:
        columns[name] = index
        taken.add(index)

    values = _column_values(rows, len(kinds))
    times = free("time")
    if "action" in columns and "timestamp" not in columns and times:
        assign("timestamp", times[0])
    elif not columns.keys() & {"join", "leave", "timestamp"}:
        texts = free("text", "mixed")
        action = _action_column(values, texts) if len(times) == 1 else None
        if action is not None:
            assign("timestamp", times[0])
            assign("action", action)
        elif times:
            for name, index in zip(("join", "leave"), times):
                assign(name, index)
        elif len(clocks := free("clock")) >= 2:
            assign("join", clocks[0])
            assign("leave", clocks[1])
    elif "join" in columns and "leave" not in columns and times:
        assign("leave", times[0])
    if "duration" not in columns:
        minutes = [index for index in free("number") if "min" in fold(header[index])]
        durations = free("duration") or minutes or (free("clock") if columns.keys() & {"join", "leave"} else [])
        if durations:
            assign("duration", durations[0])
    for name, index in zip([name for name in ("email", "upn") if name not in columns], free("email")):
        assign(name, index)
    if not columns.keys() & _NAMED:
        names = [index for index in free("text", "mixed") if _varied(values[index])]
        if names:
            assign("name", names[0])
    if "role" not in columns:
        roles = [index for index in free("text") if _mostly_roles(values[index])]
        if roles:
            assign("role", roles[0])


def _column_values(rows: list[NumberedRow], width: int) -> list[list[str]]:
    sample = [cells for _, cells in rows[:_SAMPLE_ROWS]]
    return [[cells[column] for cells in sample if column < len(cells) and cells[column]] for column in range(width)]


def _action_column(values: list[list[str]], texts: list[int]) -> int | None:
    """In a join/leave log, the column of a few words repeated (Joined, Left): one whose
    words are known actions, else the text column with the fewest different values after
    the first (which holds the names)."""
    known = [index for index in texts
             if values[index] and all(fold(value) in JOIN_ACTIONS or fold(value) in LEAVE_ACTIONS
                                      for value in values[index])]
    if known:
        return known[0]
    few = sorted((index for index in texts[1:] if len(set(values[index])) <= 6), key=lambda i: len(set(values[i])))
    return few[0] if few else None


def _varied(values: list[str]) -> bool:
    """Names differ from row to row (a role or a yes/no column does not)."""
    return len(values) <= 2 or len(set(values)) >= max(2, 0.3 * len(values))


def _mostly_roles(values: list[str]) -> bool:
    if not values:
        return False
    known = sum(fold(value) in ORGANISER_ROLES or fold(value) in _ATTENDEE_ROLES for value in values)
    return known >= 0.8 * len(values) or (len(values) >= 4 and len(set(values)) <= 3)


_ATTENDEE_ROLES = {fold(word) for word in (
    "Attendee", "Deltagare", "Teilnehmer", "Participant", "Participante", "Uczestnik", "Deelnemer",
    "Osallistuja", "Deltaker", "Deltager", "Partecipante", "Guest", "Gäst", "Gast")}


def _summary(rows: list[NumberedRow]) -> list[tuple[str, str, int]]:
    """(key, value, line) of the summary above the tables: "Key<TAB>value" rows, and a
    header row followed by one row of values (Zoom's "Meeting ID, Topic, Start Time")."""
    pairs: list[tuple[str, str, int]] = []
    previous: NumberedRow | None = None
    for line, cells in rows:
        filled = [cell for cell in cells if cell]
        if len(filled) == 2 and cells[0]:
            pairs.append((cells[0], next(cell for cell in cells[1:] if cell), line))
        elif len(filled) >= 3 and previous is not None and _is_label_row(previous[1]):
            pairs += [(key, value, line) for key, value in zip(previous[1], cells) if key and value]
        previous = (line, cells) if len(filled) >= 3 else None
    return pairs
