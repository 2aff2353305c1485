"""What an import of a people list would do and did: the planned rows with their
problems, warnings and duplicates, the organisation names left to decide, and the report
of every row not imported or worth a look - the words of each as English marked for
translation (``QT_TRANSLATE_NOOP("PeopleImport", ...)``) with their values apart.
"""

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.records import Organisation, Person
from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase, fill
from ..formats.spreadsheet_export import ColumnKind, SheetTable, csv_bytes
from ..store.changes import ChangeSet
from .organisation_names import How, Resolution

# The line a person imported without an organisation keeps in their notes.
ORGANISATION_NOTE = QT_TRANSLATE_NOOP("PeopleImport", "Organisation in the imported list: %1")

# What the user decided for an organisation name: an existing organisation's id, a new
# organisation to create, or None to import without one (the name kept in the notes).
OrganisationChoice = int | Organisation | None


class Decision(StrEnum):
    """What to do with a row that duplicates a person (or an earlier row)."""

    UPDATE = "update"  # fill the existing person's fields from the row
    SKIP = "skip"  # leave the existing person; the row is reported as not imported
    KEEP_BOTH = "keep_both"  # add the row as a new person anyway


class Reason:
    """Codes of report lines (``Note.detail`` is the English text the UI translates)."""

    NO_NAME = "no_name"
    INVALID_EMAIL = "invalid_email"
    DUPLICATE = "duplicate"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    UNKNOWN_ORGANISATION = "unknown_organisation"
    UNSURE_ORGANISATION = "unsure_organisation"
    ORGANISATION_NOT_IN_DOCUMENT = "organisation_not_in_document"
    WITHOUT_ORGANISATION = "without_organisation"
    READER_NOTE = "reader_note"


class ImportCancelled(Exception):
    """The user cancelled; everything the import had written was rolled back."""


@dataclass(frozen=True)
class Note:
    code: str  # a Reason
    detail: str  # English with %1, %2..., marked for translation in ``context``
    args: tuple[str, ...] = ()
    context: str = "PeopleImport"

    @property
    def message(self) -> str:
        return fill(self.detail, self.args)


_DUPLICATE_TEXTS = {
    ("email", True): QT_TRANSLATE_NOOP("PeopleImport", "Same email as person %1 in the register"),
    ("email", False): QT_TRANSLATE_NOOP("PeopleImport", "Same email as line %1"),
    ("name", True): QT_TRANSLATE_NOOP(
        "PeopleImport", "Same name and organisation as person %1 in the register, and no email that tells them apart"),
    ("name", False): QT_TRANSLATE_NOOP(
        "PeopleImport", "Same name and organisation as line %1, and no email that tells them apart"),
    ("possible", True): QT_TRANSLATE_NOOP(
        "PeopleImport", "Same name as person %1 in the register, but perhaps someone else (%2)"),
    ("possible", False): QT_TRANSLATE_NOOP("PeopleImport", "Same name as line %1, but perhaps someone else (%2)"),
}
_WHY_POSSIBLE = {
    "emails": QT_TRANSLATE_NOOP("PeopleImport", "another email"),
    "organisation": QT_TRANSLATE_NOOP("PeopleImport", "no organisation to compare"),
}


@dataclass(frozen=True)
class Duplicate:
    EMAIL = "email"
    NAME = "name"
    POSSIBLE = "possible"

    by: str  # EMAIL, NAME or POSSIBLE
    person_id: int | None = None  # the register's person it duplicates
    line: int | None = None  # or the earlier row of the file
    why: str = ""  # for POSSIBLE: "emails" (they differ) or "organisation" (one is missing)

    @property
    def possible(self) -> bool:
        return self.by == self.POSSIBLE

    @property
    def note(self) -> Note:
        in_register = self.person_id is not None
        code = Reason.POSSIBLE_DUPLICATE if self.possible else Reason.DUPLICATE
        args = (str(self.person_id if in_register else self.line),) + ((Phrase(_WHY_POSSIBLE[self.why]),)
                                                                        if self.possible else ())
        return Note(code, _DUPLICATE_TEXTS[(self.by, in_register)], args)

    @property
    def description(self) -> str:
        return self.note.message


@dataclass(frozen=True)
class PlannedRow:
    line: int
    person: Person  # as it would be stored (organisation_id None for one still to be created)
    organisation: Resolution
    category_from_text: bool  # False: the default was used, so an update keeps the old one
    problems: tuple[Note, ...] = ()  # the row cannot be imported
    warnings: tuple[Note, ...] = ()  # imported, but the user should look
    duplicate: Duplicate | None = None

    @property
    def importable(self) -> bool:
        return not self.problems

    @property
    def organisation_text_kept(self) -> bool:
        """Imported without an organisation although the list names one: the name goes to the notes."""
        return not self.organisation.certain and self.organisation.how not in (How.EMPTY, How.NEW)


@dataclass(frozen=True)
class OrganisationQuestion:
    """An organisation name the import could not place for certain, for the user to decide."""

    text: str
    resolution: Resolution
    rows: int  # how many rows name it
    first_line: int


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    new_organisations: dict[str, Organisation] = field(default_factory=dict)  # text -> to create

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable]

    @property
    def duplicates(self) -> list[PlannedRow]:
        """Rows that are the same person as someone (same email, or same name and organisation)."""
        return [row for row in self.rows if row.importable and row.duplicate and not row.duplicate.possible]

    @property
    def possible_duplicates(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable and row.duplicate and row.duplicate.possible]

    @property
    def with_problems(self) -> list[PlannedRow]:
        return [row for row in self.rows if not row.importable]

    def organisation_questions(self) -> list[OrganisationQuestion]:
        """Each distinct organisation name not placed for certain (and not decided), in
        the order of the file, with how many rows name it."""
        unsure = [row for row in self.rows if not row.organisation.certain
                  and row.organisation.how not in (How.EMPTY, How.NEW, How.WITHOUT)]
        counts = Counter(row.organisation.text for row in unsure)
        first: dict[str, PlannedRow] = {}
        for row in unsure:
            first.setdefault(row.organisation.text, row)
        return [OrganisationQuestion(text, row.organisation, counts[text], row.line) for text, row in first.items()]


@dataclass(frozen=True)
class ReportLine:
    line: int
    note: Note
    imported: bool  # False: the row was not imported; True: imported with a warning

    @property
    def code(self) -> str:
        return self.note.code

    @property
    def message(self) -> str:
        return self.note.message


@dataclass
class ImportReport:
    lines: list[ReportLine] = field(default_factory=list)

    @property
    def not_imported(self) -> list[ReportLine]:
        return [line for line in self.lines if not line.imported]

    def to_csv(self, path: Path) -> None:
        """Save for Swedish Excel (';', UTF-8 with BOM, CRLF), cells safe from formulas."""
        table = SheetTable(("Line", "Imported", "Reason", "Message"),
                           (ColumnKind.NUMBER, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT),
                           [(line.line, "yes" if line.imported else "no", line.code, line.message)
                            for line in self.lines], "Report")
        Path(path).write_bytes(csv_bytes(table))


@dataclass
class ImportResult:
    added: int
    updated: int
    skipped: int  # rows not imported (problems, or duplicates skipped)
    report: ImportReport
    change: ChangeSet  # Register.apply(change, undo=True) removes the whole import
    organisations_created: int = 0
