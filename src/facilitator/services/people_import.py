"""Importing a people list (Excel, CSV) into the register, in two steps.

:meth:`PeopleImport.plan` reads nothing but the table and the register and writes
nothing: each data row becomes the person it would be stored as, with its organisation
resolved, its problems (rows that cannot be imported) and warnings, and the person or
earlier row it duplicates. The wizard shows that plan and asks what to do with
duplicates and with organisation names it could not place; :meth:`PeopleImport.apply`
then writes every accepted row - and the organisations the user chose to create - in ONE
transaction, so a failure or a cancel leaves the register exactly as it was. The result
reports every row not imported, by line, and carries the ChangeSet that undoes it all.

Duplicates, by evidence (two rows with different valid emails are two people):

- the same email, case and spaces ignored: a duplicate (``Duplicate.EMAIL``);
- the same name and the same organisation, and no email that tells them apart: a
  duplicate too (``Duplicate.NAME``) - a list re-imported without emails adds no one twice;
- the same name where the emails differ, or where an organisation is missing to compare:
  a *possible* duplicate (``Duplicate.POSSIBLE``), imported as a new person unless the
  user decides otherwise - a national list of elected officials holds many "Anna
  Andersson" who are different people.

An organisation name that matches none of the document's is never lost: it becomes the
organisation the user maps it to, a new organisation (for a municipality, region or
county board anywhere in Sweden, with its official name, code and county), or, imported
without one, a line in the person's notes.

Speed (100 000 rows): the register's emails and name keys are read once into dicts;
emails, organisations and categories are checked once per distinct value; rows go in
with executemany (see :func:`store.imports.people_inserter`).
"""

import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from ..domain.enums import PersonCategory
from ..domain.records import Organisation, Person
from ..domain.timezone import utc_now_text
from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase, fill
from ..formats.spreadsheet_export import ColumnKind, SheetTable, csv_bytes
from ..formats.tables import ReaderNote, Table
from ..store import imports, settings
from ..store import organisations as organisation_store
from ..store.changes import ChangeSet, capture
from .errors import InvalidInput
from .matching import email_key, fold, person_name_key, split_full_name
from .organisation_names import How, OrganisationResolver, Resolution
from .person_rules import category_from_text, email_problem, sort_key

__all__ = ["ORGANISATION_NOTE", "Decision", "Duplicate", "ImportCancelled", "ImportPlan", "ImportReport",
           "ImportResult", "Note", "OrganisationChoice", "PeopleImport", "PlannedRow", "Reason", "ReportLine",
           "category_from_text", "email_problem", "sort_key"]

NAME_FIELDS = ("given_name", "family_name", "full_name")
BATCH = 5_000  # rows between progress reports and cancel checks
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


Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class PeopleImport:
    def __init__(self, db: Database):
        self.db = db

    def home_county(self) -> str | None:
        """The county this file was set up for: where a new organisation most likely is."""
        return settings.get(self.db, settings.COUNTY_CODE)

    # -- planning ---------------------------------------------------------------
    def plan(self, table: Table, mapping: Mapping[int, str], *,
             default_category: PersonCategory | None = None,
             organisations: Mapping[str, OrganisationChoice] | None = None) -> ImportPlan:
        """What importing ``table`` with ``mapping`` (column index -> field) would do.

        ``organisations`` settles organisation names the user decided on (text -> an
        existing organisation's id, an Organisation to create, or None for none),
        overriding the automatic resolution. Raises :class:`InvalidInput`
        ``{"columns": "no_name_column"}`` when no column holds names.
        """
        if not set(mapping.values()) & set(NAME_FIELDS):
            raise InvalidInput({"columns": "no_name_column"})
        planner = _Planner(self.db, mapping, default_category or PersonCategory.OTHER, organisations or {},
                           table.notes)
        rows = [planner.row(line, cells) for line, cells in zip(table.line_numbers, table.rows)]
        return ImportPlan(rows, planner.new_organisations)

    # -- applying ---------------------------------------------------------------
    def apply(self, plan: ImportPlan, decisions: Mapping[int, Decision] | None = None, *,
              default: Decision = Decision.SKIP, possible_default: Decision = Decision.KEEP_BOTH,
              organisation_note: str = ORGANISATION_NOTE, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ImportResult:
        """Write the plan in one transaction. ``decisions`` maps a duplicate row's line to
        what to do with it; ``default`` covers the other duplicates and ``possible_default``
        the other possible duplicates. ``organisation_note`` (with %1 for the name) is the
        line kept in the notes of someone imported without the organisation the list
        names. Raises :class:`ImportCancelled` (after rolling back) when ``cancelled()``
        turns true."""
        with self.db.atomic():
            writer = _Writer(self.db, decisions or {}, (default, possible_default), organisation_note,
                             progress or (lambda percent: None), cancelled or (lambda: False))
            return writer.write(plan)


# -- planning ---------------------------------------------------------------------

# A person seen under a name (register or earlier row), for duplicate checks:
# (person id or None, line or None, email key).
_Seen = tuple[int | None, int | None, str]


class _Planner:
    """Turns rows into planned people, remembering keys to find duplicates."""

    def __init__(self, db: Database, mapping: Mapping[int, str], default_category: PersonCategory,
                 organisation_choices: Mapping[str, OrganisationChoice], reader_notes: Sequence[ReaderNote]):
        self.columns = {name: index for index, name in mapping.items()}
        self.default_category = default_category
        self.choices = organisation_choices
        self.resolver = OrganisationResolver.of(db)
        self.new_organisations: dict[str, Organisation] = {}
        self.warnings: dict[str, tuple[Note, ...]] = {}  # organisation text -> its rows' warnings
        self.reader_notes = {note.line: Note(Reason.READER_NOTE, note.detail, note.args_, "Readers")
                             for note in reader_notes}
        self.emails: dict[str, Duplicate] = {}
        # Name keys, each to the first person seen with it (the register first, then the
        # file's rows), kept three ways so that every check is one dict look-up:
        self.first_by_name: dict[str, _Seen] = {}
        self.first_without_organisation: dict[str, _Seen] = {}
        self.by_name_and_organisation: dict[tuple[str, object], list[_Seen | None]] = {}  # [first, first without email]
        for person_id, given, family, email, organisation_id in imports.people_keys(db):
            key = email_key(email)
            if key:
                self.emails.setdefault(key, Duplicate(Duplicate.EMAIL, person_id=person_id))
            self.remember(person_name_key(given, family), (person_id, None, key), organisation_id)
        # File rows are looked up after the register: a row matching both duplicates the person.
        self.file_emails: dict[str, Duplicate] = {}

    def cell(self, cells: Sequence[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def row(self, line: int, cells: Sequence[str]) -> PlannedRow:
        given, family = self.cell(cells, "given_name"), self.cell(cells, "family_name")
        if not (given or family):
            given, family = split_full_name(self.cell(cells, "full_name"))
        organisation = self.organisation(self.cell(cells, "organisation"))
        category = self.category(cells, organisation)
        person = Person(given, family, self.cell(cells, "title"), category or self.default_category,
                        organisation.organisation_id, self.cell(cells, "email"), self.cell(cells, "phone"))
        problems = _problems(person)
        duplicate = None if problems else self.duplicate(line, person, organisation)
        warnings = self.warnings.get(organisation.text)
        if warnings is None:  # the same for every row naming the organisation so
            warnings = self.warnings[organisation.text] = _organisation_warnings(organisation)
        if line in self.reader_notes:
            warnings = (self.reader_notes[line], *warnings)
        return PlannedRow(line, person, organisation, category is not None, problems, warnings, duplicate)

    def organisation(self, text: str) -> Resolution:
        if text not in self.choices:
            return self.resolver.resolve(text)
        chosen = self.choices[text]
        if isinstance(chosen, Organisation):
            existing = self.resolver.with_code(chosen.kind, chosen.official_code)
            if existing is None:
                self.new_organisations[text] = chosen
                return Resolution(text, None, how=How.NEW)
            chosen = existing
        if chosen is None:
            return Resolution(text, None, how=How.WITHOUT)
        return Resolution(text, chosen, score=100.0, how=How.CHOSEN)

    def category(self, cells: Sequence[str], organisation: Resolution) -> PersonCategory | None:
        new = self.new_organisations.get(organisation.text) if organisation.how == How.NEW else None
        kind = new.kind if new is not None else self.resolver.kind(organisation.organisation_id)
        return category_from_text(self.cell(cells, "category"), kind) or \
            category_from_text(self.cell(cells, "title"), kind)

    def duplicate(self, line: int, person: Person, organisation: Resolution) -> Duplicate | None:
        """The register's person or earlier row this one repeats (and remember this row)."""
        email = email_key(person.email)
        own_organisation = person.organisation_id or (fold(organisation.text) if organisation.text else None)
        name = person_name_key(person.given_name, person.family_name)
        found = (self.emails.get(email) or self.file_emails.get(email)) if email else None
        if found is None:
            found = self._by_name(name, email, own_organisation)
        if email:
            self.file_emails.setdefault(email, Duplicate(Duplicate.EMAIL, line=line))
        self.remember(name, (None, line, email), own_organisation)
        return found

    def remember(self, name: str, seen: _Seen, organisation: object) -> None:
        self.first_by_name.setdefault(name, seen)
        if organisation is None:
            self.first_without_organisation.setdefault(name, seen)
            return
        entry = self.by_name_and_organisation.get((name, organisation))
        if entry is None:
            self.by_name_and_organisation[(name, organisation)] = [seen, None if seen[2] else seen]
        elif entry[1] is None and not seen[2]:
            entry[1] = seen

    def _by_name(self, name: str, email: str, organisation: object) -> Duplicate | None:
        """Same name and organisation with no email telling them apart: a duplicate; same
        name where emails differ or an organisation is missing: a possible duplicate;
        another organisation: someone else."""
        if organisation is None:
            return _possible(self.first_by_name.get(name), email)
        entry = self.by_name_and_organisation.get((name, organisation))
        if entry is not None:
            same = entry[1] if email else entry[0]  # a row with an email matches one without
            if same is not None:
                return _duplicate(Duplicate.NAME, same)
            return _duplicate(Duplicate.POSSIBLE, entry[0], "emails")
        return _possible(self.first_without_organisation.get(name), email)


def _duplicate(by: str, seen: _Seen, why: str = "") -> Duplicate:
    return Duplicate(by, seen[0], seen[1], why)


def _possible(seen: _Seen | None, email: str) -> Duplicate | None:
    """Same name, an organisation missing on one side: why it may be someone else."""
    if seen is None:
        return None
    return _duplicate(Duplicate.POSSIBLE, seen, "emails" if email and seen[2] and email != seen[2] else "organisation")


def _problems(person: Person) -> tuple[Note, ...]:
    found = []
    if not (person.given_name or person.family_name):
        found.append(Note(Reason.NO_NAME, QT_TRANSLATE_NOOP("PeopleImport", "No name")))
    if person.email:
        problem = email_problem(person.email)
        if problem:
            found.append(Note(Reason.INVALID_EMAIL, QT_TRANSLATE_NOOP(
                "PeopleImport", "The email address %1 is not valid (%2)"), (person.email, problem)))
    return tuple(found)


def _organisation_warnings(organisation: Resolution) -> tuple[Note, ...]:
    if organisation.certain or organisation.how in (How.EMPTY, How.NEW):
        return ()
    if organisation.how == How.WITHOUT:
        return (Note(Reason.WITHOUT_ORGANISATION, QT_TRANSLATE_NOOP(
            "PeopleImport", "Imported without an organisation, as chosen; \"%1\" is kept in the notes"),
            (organisation.text,)),)
    if organisation.suggestion_id is not None:
        return (Note(Reason.UNSURE_ORGANISATION, QT_TRANSLATE_NOOP(
            "PeopleImport", "The organisation \"%1\" is not recognised for certain; imported without one, "
            "the name kept in the notes"), (organisation.text,)),)
    if organisation.how == How.NOT_IN_DOCUMENT:
        return (Note(Reason.ORGANISATION_NOT_IN_DOCUMENT, QT_TRANSLATE_NOOP(
            "PeopleImport", "The organisation \"%1\" (%2) is not in this file; imported without one, "
            "the name kept in the notes"), (organisation.text, organisation.official_name)),)
    return (Note(Reason.UNKNOWN_ORGANISATION, QT_TRANSLATE_NOOP(
        "PeopleImport", "The organisation \"%1\" is not in this file; imported without one, the name kept in "
        "the notes"), (organisation.text,)),)


# -- writing ---------------------------------------------------------------------

class _Writer:
    """Carries out a plan: new organisations, inserts, updates (merged when several rows
    update one person) and the report, all inside the caller's transaction."""

    def __init__(self, db: Database, decisions: Mapping[int, Decision], defaults: tuple[Decision, Decision],
                 organisation_note: str, progress: Progress, cancelled: Cancelled):
        self.db, self.decisions, self.defaults = db, decisions, defaults
        self.organisation_note = organisation_note
        self.progress, self.cancelled = progress, cancelled
        self.report = ImportReport()
        self.first_id = imports.next_person_id(db)
        self.inserts: list[dict[str, object]] = []
        self.target_by_line: dict[int, dict[str, object]] = {}
        self.updates: dict[int, dict[str, object]] = {}
        self.created: dict[str, int] = {}  # organisation text -> the id it was created with
        self.organisations_change = ChangeSet()
        self.now = utc_now_text()

    def write(self, plan: ImportPlan) -> ImportResult:
        self.create_organisations(plan.new_organisations)
        total = max(len(plan.rows), 1)
        for start in range(0, len(plan.rows), BATCH):
            self.check_cancelled()
            for row in plan.rows[start:start + BATCH]:
                self.take(row)
            self.progress(50 * min(start + BATCH, total) // total)
        change = self.store()
        self.progress(100)
        skipped = len(self.report.not_imported)
        created = len(self.organisations_change.after.get("organisations", {}))
        return ImportResult(len(self.inserts), len(self.updates), skipped, self.report, change, created)

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise ImportCancelled()

    def create_organisations(self, new: Mapping[str, Organisation]) -> None:
        made: dict[tuple[str, str], int] = {}  # one organisation for two spellings of it
        for text, organisation in new.items():
            key = (str(organisation.kind), organisation.official_code or fold(organisation.name))
            if key not in made:
                change = organisation_store.insert(self.db, organisation)
                made[key] = change.ids("organisations")[0]
                for side, snapshot in ((self.organisations_change.before, change.before),
                                       (self.organisations_change.after, change.after)):
                    side.setdefault("organisations", {}).update(snapshot["organisations"])
            self.created[text] = made[key]

    def take(self, row: PlannedRow) -> None:
        self.report.lines += [ReportLine(row.line, note, False) for note in row.problems]
        if not row.importable:
            return
        decision = Decision.KEEP_BOTH
        if row.duplicate:
            decision = self.decisions.get(row.line, self.defaults[row.duplicate.possible])
            if decision == Decision.SKIP:
                self.report.lines.append(ReportLine(row.line, row.duplicate.note, False))
                return
            if row.duplicate.possible and decision == Decision.KEEP_BOTH:
                self.report.lines.append(ReportLine(row.line, row.duplicate.note, True))
        self.report.lines += [ReportLine(row.line, note, True) for note in row.warnings]
        target = self.target(row.duplicate) if decision == Decision.UPDATE else None
        if target is None:
            self.add(row)
        else:
            target.update(self.filled_values(row))
            if "id" in target:  # an earlier row of the file, still to be inserted
                target["sort_key"] = sort_key(str(target["given_name"]), str(target["family_name"]))
                target["notes"] = _with_line(str(target.get("notes", "")), str(target.pop("add_note", "")))
        self.target_by_line[row.line] = target if target is not None else self.inserts[-1]

    def target(self, duplicate: Duplicate) -> dict[str, object] | None:
        """The values a duplicate row updates: the register person's pending update, or
        the earlier row as it will be stored (None if that row was not imported: this
        row then takes its place)."""
        if duplicate.person_id is not None:
            return self.updates.setdefault(duplicate.person_id, {})
        return self.target_by_line.get(duplicate.line)

    def organisation_id(self, row: PlannedRow) -> int | None:
        if row.organisation.how == How.NEW:
            return self.created.get(row.organisation.text)
        return row.person.organisation_id

    def kept_text(self, row: PlannedRow) -> str:
        return fill(self.organisation_note, (row.organisation.text,)) if row.organisation_text_kept else ""

    def add(self, row: PlannedRow) -> None:
        person = row.person
        values = {"id": self.first_id + len(self.inserts), "uuid": str(uuid_module.uuid4()),
                  "created_at": self.now, "updated_at": self.now, "given_name": person.given_name,
                  "family_name": person.family_name, "sort_key": sort_key(person.given_name, person.family_name),
                  "title": person.title, "category": str(person.category),
                  "organisation_id": self.organisation_id(row), "email": person.email, "phone": person.phone,
                  "notes": self.kept_text(row), "active": 1}
        self.inserts.append(values)

    def filled_values(self, row: PlannedRow) -> dict[str, object]:
        """What a duplicate row fills in: its non-empty fields (and the category only
        when the row named one), and the organisation name to add to the notes."""
        person = row.person
        values: dict[str, object] = {"given_name": person.given_name, "family_name": person.family_name,
                                     "title": person.title, "email": person.email, "phone": person.phone,
                                     "organisation_id": self.organisation_id(row), "add_note": self.kept_text(row)}
        values = {name: value for name, value in values.items() if value}
        if row.category_from_text:
            values["category"] = str(person.category)
        values["updated_at"] = self.now
        return values

    def store(self) -> ChangeSet:
        updated_before = capture(self.db, "people", self.updates)["people"]
        total = max(len(self.inserts), 1)
        with imports.people_inserter(self.db, self.first_id, rows_coming=len(self.inserts)) as insert:
            for start in range(0, len(self.inserts), BATCH):
                self.check_cancelled()
                insert(self.inserts[start:start + BATCH])
                self.progress(50 + 45 * min(start + BATCH, total) // total)
        self.check_cancelled()
        imports.update_people(self.db, self.completed_updates(updated_before))
        updated_after = capture(self.db, "people", self.updates)["people"]
        inserted = {int(values["id"]): values for values in self.inserts}
        created = self.organisations_change
        return ChangeSet({**created.before, "people": {**dict.fromkeys(inserted), **updated_before}},
                         {**created.after, "people": {**inserted, **updated_after}})

    def completed_updates(self, before: dict[int, dict | None]) -> dict[int, dict[str, object]]:
        """The updates with their sort keys, and notes that keep an organisation's name."""
        for person_id, values in self.updates.items():
            old = before[person_id] or {}
            given = str(values.get("given_name", old.get("given_name", "")))
            family = str(values.get("family_name", old.get("family_name", "")))
            values["sort_key"] = sort_key(given, family)
            note = str(values.pop("add_note", ""))
            if note:
                values["notes"] = _with_line(str(old.get("notes", "")), note)
        return self.updates


def _with_line(notes: str, line: str) -> str:
    """``notes`` with ``line`` added below, unless it is there already."""
    if not line or line in notes.splitlines():
        return notes
    return f"{notes}\n{line}" if notes else line
