"""Attendance lists to hand on: one session's, or the whole programme's (who attended what).

The programme-wide list has one row per person and session attended rather than one
column per session: the national coordinator counts reach and sums it per organisation,
category or focus area with Excel's filter and pivot table, which want exactly that long
shape; it also keeps the same columns however many sessions the autumn has, so one
remembered column choice serves both lists.

Codes (category, mode, ...) are shown in the reader's language through the words the
caller passes in; this module knows no Qt.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from ..domain.timezone import from_utc_text
from ..formats.atomic_file import replace_atomically, write_atomically
from ..formats.spreadsheet_export import ColumnKind, CsvDialect, SheetTable, csv_bytes, write_xlsx
from ..store import attendance_lists, sessions
from .errors import NotFound


class ExportFormat(StrEnum):
    CSV_EXCEL = "csv_excel"  # "Excel (Swedish)": ';', UTF-8 with BOM, CRLF
    CSV_PLAIN = "csv_plain"  # ',', UTF-8
    XLSX = "xlsx"
    PDF = "pdf"


SUFFIXES = {ExportFormat.CSV_EXCEL: ".csv", ExportFormat.CSV_PLAIN: ".csv", ExportFormat.XLSX: ".xlsx",
            ExportFormat.PDF: ".pdf"}


@dataclass(frozen=True)
class Column:
    """A column the user can choose: its key (remembered in the settings), the stored
    field it shows, and how a spreadsheet types it."""

    key: str
    field: str
    kind: ColumnKind = ColumnKind.TEXT


COLUMNS = (
    Column("family_name", "family_name"),
    Column("given_name", "given_name"),
    Column("organisation", "organisation"),
    Column("title", "title"),
    Column("category", "category"),
    Column("email", "email"),
    Column("session", "session"),
    Column("session_start", "session_start_utc", ColumnKind.DATE_TIME),
    Column("mode", "mode"),
    Column("source", "source"),
    Column("joined", "joined_utc", ColumnKind.DATE_TIME),
    Column("left", "left_utc", ColumnKind.DATE_TIME),
    Column("minutes", "minutes", ColumnKind.NUMBER),
    Column("walk_in", "walk_in"),
    Column("substitute_for", "substitute_for"),
    Column("invitation_status", "invitation_status"),
)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
DEFAULT_COLUMNS = ("family_name", "given_name", "organisation", "title", "category", "session",
                   "session_start", "mode", "minutes")
# Columns holding codes the reader sees as words (walk_in's 0/1 as "No"/"Yes").
CODED = ("category", "mode", "source", "walk_in", "invitation_status")


@dataclass(frozen=True)
class Words:
    """The reader's language: a heading per column key, and per coded column the word
    for each stored code (walk_in: "0"/"1")."""

    headings: Mapping[str, str]
    codes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


def chosen_columns(keys: Sequence[str]) -> list[Column]:
    """The known columns among ``keys``, in that order (unknown or repeated keys from
    older settings are dropped); the default choice when none is left."""
    seen: list[str] = []
    for key in keys:
        if key in COLUMNS_BY_KEY and key not in seen:
            seen.append(key)
    return [COLUMNS_BY_KEY[key] for key in seen or DEFAULT_COLUMNS]


def unknown_columns(keys: Sequence[str]) -> list[str]:
    """The keys that name no column (a typo on the command line)."""
    return [key for key in keys if key not in COLUMNS_BY_KEY]


class AttendanceExport:
    def __init__(self, db: Database):
        self.db = db

    def table(self, session_id: int, keys: Sequence[str], words: Words, *,
              whole_programme: bool = False) -> SheetTable:
        """The attendance list with the chosen columns, in Swedish order of names.

        ``whole_programme``: everyone who attended any session of this session's
        programme (a session outside any programme gives its own list). Raises
        :class:`NotFound` for an unknown session.
        """
        session = NotFound.unless(sessions.get(self.db, session_id), "session", session_id)
        if whole_programme and session.programme_id is not None:
            rows = attendance_lists.programme_attendance(self.db, session.programme_id)
        else:
            rows = attendance_lists.session_attendance(self.db, session_id)
        columns = chosen_columns(keys)
        convert = _row_converter(columns, words)
        return SheetTable([words.headings.get(column.key, column.key) for column in columns],
                          [column.kind for column in columns], [convert(row) for row in rows],
                          words.headings.get("sheet", "Attendance"))

    def write(self, table: SheetTable, target: Path, export_format: ExportFormat) -> None:
        """Write a CSV or XLSX file whole or not at all (PDF is printed by the window's
        or command's printing code, which needs Qt)."""
        if export_format == ExportFormat.XLSX:
            # Streamed to the file itself, so large lists keep xlsxwriter's constant memory.
            replace_atomically(target, lambda path: write_xlsx(table, path))
            return
        if export_format in (ExportFormat.CSV_EXCEL, ExportFormat.CSV_PLAIN):
            dialect = CsvDialect.EXCEL_SWEDISH if export_format == ExportFormat.CSV_EXCEL else CsvDialect.PLAIN
            content = csv_bytes(table, dialect)
        else:
            raise ValueError(f"{export_format} is not a spreadsheet format")
        write_atomically(target, content)


def _row_converter(columns: Sequence[Column], words: Words) -> Callable[[tuple], tuple]:
    """A function from a stored row to the cells shown, built once per export."""
    fields = attendance_lists.ATTENDANCE_FIELDS
    steps: list[tuple[int, Callable[[object], object] | None]] = []
    for column in columns:
        index = fields.index(column.field)
        if column.key in CODED:
            steps.append((index, _code_words(words.codes.get(column.key, {}))))
        elif column.kind == ColumnKind.DATE_TIME:
            steps.append((index, _stockholm_time))
        else:
            steps.append((index, None))
    return lambda row: tuple(row[index] if convert is None else convert(row[index]) for index, convert in steps)


def _code_words(words: Mapping[str, str]) -> Callable[[object], object]:
    def word(code: object) -> object:
        return "" if code is None else words.get(str(code), str(code))
    return word


@lru_cache(maxsize=4096)
def _stockholm_time(stored: object) -> object:
    """Stored UTC text as Stockholm wall-clock time; cached, as a list repeats its times."""
    return from_utc_text(stored) if isinstance(stored, str) else None
