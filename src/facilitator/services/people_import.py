"""Importing a people list (Excel, CSV) into the register, in two steps.

:meth:`PeopleImport.plan` reads nothing but the table and the register and writes
nothing: each data row becomes the person it would be stored as, with its organisation
resolved, its problems (rows that cannot be imported) and warnings, and the person or
earlier row it duplicates. The wizard shows that plan and asks what to do with
duplicates; :meth:`PeopleImport.apply` then writes every accepted row in ONE
transaction, so a failure or a cancel leaves the register exactly as it was. The result
reports every row not imported, by line, and carries the ChangeSet that undoes it all.

Speed (100 000 rows): the register's emails and name keys are read once into dicts;
emails, organisations and categories are checked once per distinct value; rows go in
with executemany (see :func:`store.imports.people_inserter`).
"""

import re
import uuid as uuid_module
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from email_validator import EmailNotValidError, validate_email
from sqlite_utils import Database

from ..domain.collation import swedish_key
from ..domain.enums import OrganisationKind, PersonCategory
from ..domain.records import Person
from ..domain.timezone import utc_now_text
from ..formats.spreadsheet_export import ColumnKind, SheetTable, csv_bytes
from ..formats.tables import Table
from ..store import imports
from ..store.changes import ChangeSet, capture
from .errors import InvalidInput
from .matching import email_key, fold, person_name_key, split_full_name
from .organisation_names import How, OrganisationResolver, Resolution

NAME_FIELDS = ("given_name", "family_name", "full_name")
BATCH = 5_000  # rows between progress reports and cancel checks


class Decision(StrEnum):
    """What to do with a row that duplicates a person (or an earlier row)."""

    UPDATE = "update"  # fill the existing person's fields from the row
    SKIP = "skip"  # leave the existing person; the row is reported as not imported
    KEEP_BOTH = "keep_both"  # add the row as a new person anyway


class Reason:
    """Codes of report lines (the UI translates them; ``message`` is the English text)."""

    NO_NAME = "no_name"
    INVALID_EMAIL = "invalid_email"
    DUPLICATE = "duplicate"
    UNKNOWN_ORGANISATION = "unknown_organisation"
    UNSURE_ORGANISATION = "unsure_organisation"
    ORGANISATION_NOT_IN_DOCUMENT = "organisation_not_in_document"


class ImportCancelled(Exception):
    """The user cancelled; everything the import had written was rolled back."""


@dataclass(frozen=True)
class Note:
    code: str  # a Reason
    message: str  # readable English


@dataclass(frozen=True)
class Duplicate:
    by: str  # "email" or "name"
    person_id: int | None = None  # the register's person it duplicates
    line: int | None = None  # or the earlier row of the file

    @property
    def description(self) -> str:
        what = f"person {self.person_id} in the register" if self.person_id else f"line {self.line}"
        return f"same {'email' if self.by == 'email' else 'name and organisation'} as {what}"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    person: Person  # as it would be stored
    organisation: Resolution
    category_from_text: bool  # False: the default was used, so an update keeps the old one
    problems: tuple[Note, ...] = ()  # the row cannot be imported
    warnings: tuple[Note, ...] = ()  # imported, but the user should look
    duplicate: Duplicate | None = None

    @property
    def importable(self) -> bool:
        return not self.problems


@dataclass
class ImportPlan:
    rows: list[PlannedRow]

    @property
    def importable(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.importable and row.duplicate]

    @property
    def with_problems(self) -> list[PlannedRow]:
        return [row for row in self.rows if not row.importable]

    def unsure_organisations(self) -> dict[str, Resolution]:
        """Each distinct organisation text not resolved for certain, for the user to settle
        (pass the answers back to :meth:`PeopleImport.plan` as ``organisations``)."""
        return {row.organisation.text: row.organisation for row in self.rows
                if not row.organisation.certain and row.organisation.how != How.EMPTY}


@dataclass(frozen=True)
class ReportLine:
    line: int
    code: str
    message: str
    imported: bool  # False: the row was not imported; True: imported with a warning


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


Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class PeopleImport:
    def __init__(self, db: Database):
        self.db = db

    # -- planning ---------------------------------------------------------------
    def plan(self, table: Table, mapping: Mapping[int, str], *,
             default_category: PersonCategory | None = None,
             organisations: Mapping[str, int | None] | None = None) -> ImportPlan:
        """What importing ``table`` with ``mapping`` (column index -> field) would do.

        ``organisations`` settles organisation texts the user decided on (text -> id, or
        None for none), overriding the automatic resolution. Raises
        :class:`InvalidInput` ``{"columns": "no_name_column"}`` when no column holds names.
        """
        if not set(mapping.values()) & set(NAME_FIELDS):
            raise InvalidInput({"columns": "no_name_column"})
        planner = _Planner(self.db, mapping, default_category or PersonCategory.OTHER, organisations or {})
        return ImportPlan([planner.row(line, cells) for line, cells in zip(table.line_numbers, table.rows)])

    # -- applying ---------------------------------------------------------------
    def apply(self, plan: ImportPlan, decisions: Mapping[int, Decision] | None = None, *,
              default: Decision = Decision.SKIP, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ImportResult:
        """Write the plan in one transaction. ``decisions`` maps a duplicate row's line to
        what to do with it, ``default`` covers the others. Raises :class:`ImportCancelled`
        (after rolling back) when ``cancelled()`` turns true."""
        with self.db.atomic():
            writer = _Writer(self.db, decisions or {}, default, progress or (lambda percent: None),
                             cancelled or (lambda: False))
            return writer.write(plan)


# -- rules for one cell -------------------------------------------------------------

_CATEGORY_RULES: tuple[tuple[PersonCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in (
        (PersonCategory.OTHER, r"^(other|ovrig|ovriga|annan|annat)$"),
        (PersonCategory.COUNTY_BOARD_MANAGEMENT,
         r"landshovding|lansrad|lansstyrelsens ledning|county (governor|board management)"),
        (PersonCategory.ELECTED_OFFICIAL,
         r"fortroendevald|politiker|ledamot|ledamoter|ordforande|kommunalrad|regionrad|oppositionsrad|"
         r"fullmaktig|elected|politician|councill?or|\bchair"),
        (PersonCategory.HEAD_OF_ADMINISTRATION,
         r"forvaltningschef|forvaltningsdirektor|sektorschef|sektorchef|head of (administration|department)"),
        (PersonCategory.SENIOR_OFFICIAL,
         r"tjansteperson|tjansteman|direktor|chef\b|director|\bhead\b|manager|\bvd\b|\bceo\b|official"),
    ))


@lru_cache(maxsize=4096)
def category_from_text(text: str, organisation_kind: OrganisationKind | None = None) -> PersonCategory | None:
    """The category a title or category cell names, or None if it names none.

    The first rule that matches wins, in this order: the stored value itself
    ("elected_official"); other ("Övrig"); county board management (landshövding,
    länsråd); elected official (förtroendevald, politiker, ledamot, ordförande, -råd);
    head of administration (förvaltningschef); senior official (tjänsteperson,
    direktör, a title ending in -chef, director, head, VD). A senior official or head
    of administration at a county board is that board's management.
    """
    folded = fold(text).replace("_", " ")
    found = next((category for category in PersonCategory if folded == category.replace("_", " ")), None)
    found = found or next((category for category, rule in _CATEGORY_RULES if rule.search(folded)), None)
    leading = (PersonCategory.SENIOR_OFFICIAL, PersonCategory.HEAD_OF_ADMINISTRATION)
    if found in leading and organisation_kind == OrganisationKind.COUNTY_BOARD:
        return PersonCategory.COUNTY_BOARD_MANAGEMENT
    return found


# A dot-atom local part of ASCII and the Nordic letters (email-validator accepts those
# precomposed letters as an internationalised address).
_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~åäöÅÄÖéÉüÜæøÆØ-]+"
_SIMPLE_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*\Z")


def email_problem(email: str) -> str | None:
    """Why email-validator refuses the address (no network lookups), or None.

    The full validator costs 20-100 µs an address; most addresses are a plain local
    part at a domain shared by thousands of rows, so those are checked by a strict
    pattern plus one validation per domain (a property test checks the shortcut agrees
    with the validator).
    """
    local, at, domain = email.rpartition("@")
    if at and len(email) <= 254 and len(local) <= 64 and _SIMPLE_LOCAL.match(local) and \
            _domain_problem(domain) is None:
        return None
    return _full_check(email)


@lru_cache(maxsize=4096)
def _domain_problem(domain: str) -> str | None:
    return _full_check(f"a@{domain}")


def _full_check(email: str) -> str | None:
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error)
    return None


@lru_cache(maxsize=65536)
def _part_key(text: str) -> str:
    return swedish_key(text)


def sort_key(given: str, family: str) -> str:
    """people.sort_key, as store.people computes it, from cached halves: swedish_key
    maps character by character, so the key of "Family Given" is the halves' keys joined."""
    return f"{_part_key(family)} {_part_key(given)}".strip() if family and given else _part_key(family or given)


# -- planning ---------------------------------------------------------------------

class _Planner:
    """Turns rows into planned people, remembering keys to find duplicates."""

    def __init__(self, db: Database, mapping: Mapping[int, str], default_category: PersonCategory,
                 organisation_choices: Mapping[str, int | None]):
        self.columns = {name: index for index, name in mapping.items()}
        self.default_category = default_category
        self.choices = organisation_choices
        self.resolver = OrganisationResolver.of(db)
        self.emails: dict[str, Duplicate] = {}
        self.names: dict[tuple[str, object], Duplicate] = {}
        for person_id, given, family, email, organisation_id in imports.people_keys(db):
            if email.strip():
                self.emails.setdefault(email_key(email), Duplicate("email", person_id=person_id))
            self.names.setdefault((person_name_key(given, family), organisation_id),
                                  Duplicate("name", person_id=person_id))
        # File rows are looked up after the register: a row matching both duplicates the person.
        self.file_emails: dict[str, Duplicate] = {}
        self.file_names: dict[tuple[str, object], Duplicate] = {}

    def cell(self, cells: Sequence[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def row(self, line: int, cells: Sequence[str]) -> PlannedRow:
        given, family = self.cell(cells, "given_name"), self.cell(cells, "family_name")
        if not (given or family):
            given, family = split_full_name(self.cell(cells, "full_name"))
        organisation = self.organisation(self.cell(cells, "organisation"))
        organisation_id = organisation.organisation_id
        category = self.category(cells, organisation_id)
        person = Person(given, family, self.cell(cells, "title"), category or self.default_category,
                        organisation_id, self.cell(cells, "email"), self.cell(cells, "phone"))
        problems = _problems(person)
        duplicate = None if problems else self.duplicate(line, person, organisation)
        return PlannedRow(line, person, organisation, category is not None, problems,
                          _organisation_warnings(organisation), duplicate)

    def organisation(self, text: str) -> Resolution:
        if text in self.choices:
            chosen = self.choices[text]
            return Resolution(text, chosen, score=100.0, how=How.NAME) if chosen is not None else \
                Resolution(text, None, how=How.EMPTY)
        return self.resolver.resolve(text)

    def category(self, cells: Sequence[str], organisation_id: int | None) -> PersonCategory | None:
        kind = self.resolver.kind(organisation_id)
        return category_from_text(self.cell(cells, "category"), kind) or \
            category_from_text(self.cell(cells, "title"), kind)

    def duplicate(self, line: int, person: Person, organisation: Resolution) -> Duplicate | None:
        """The register's person or earlier row this one repeats (and remember this row)."""
        email = email_key(person.email)
        name = (person_name_key(person.given_name, person.family_name),
                person.organisation_id or fold(organisation.text))
        found = (self.emails.get(email) if email else None) or self.names.get(name) or \
            (self.file_emails.get(email) if email else None) or self.file_names.get(name)
        if email:
            self.file_emails.setdefault(email, Duplicate("email", line=line))
        self.file_names.setdefault(name, Duplicate("name", line=line))
        return found


def _problems(person: Person) -> tuple[Note, ...]:
    found = []
    if not (person.given_name or person.family_name):
        found.append(Note(Reason.NO_NAME, "no name"))
    if person.email:
        problem = email_problem(person.email)
        if problem:
            found.append(Note(Reason.INVALID_EMAIL, f"invalid email {person.email!r}: {problem}"))
    return tuple(found)


def _organisation_warnings(organisation: Resolution) -> tuple[Note, ...]:
    if organisation.certain or organisation.how == How.EMPTY:
        return ()
    if organisation.suggestion_id is not None:
        return (Note(Reason.UNSURE_ORGANISATION,
                     f"organisation {organisation.text!r} not recognised for certain "
                     f"(score {organisation.score:.0f}); imported without one"),)
    if organisation.how == How.NOT_IN_DOCUMENT:
        return (Note(Reason.ORGANISATION_NOT_IN_DOCUMENT,
                     f"organisation {organisation.text!r} ({organisation.official_name}) is not in this "
                     "document; imported without one"),)
    return (Note(Reason.UNKNOWN_ORGANISATION,
                 f"unknown organisation {organisation.text!r}; imported without one"),)


# -- writing ---------------------------------------------------------------------

class _Writer:
    """Carries out a plan: inserts, updates (merged when several rows update one
    person) and the report, all inside the caller's transaction."""

    def __init__(self, db: Database, decisions: Mapping[int, Decision], default: Decision,
                 progress: Progress, cancelled: Cancelled):
        self.db, self.decisions, self.default = db, decisions, default
        self.progress, self.cancelled = progress, cancelled
        self.report = ImportReport()
        self.first_id = imports.next_person_id(db)
        self.inserts: list[dict[str, object]] = []
        self.target_by_line: dict[int, dict[str, object]] = {}
        self.updates: dict[int, dict[str, object]] = {}
        self.now = utc_now_text()

    def write(self, plan: ImportPlan) -> ImportResult:
        total = max(len(plan.rows), 1)
        for start in range(0, len(plan.rows), BATCH):
            self.check_cancelled()
            for row in plan.rows[start:start + BATCH]:
                self.take(row)
            self.progress(50 * min(start + BATCH, total) // total)
        change = self.store()
        self.progress(100)
        skipped = len(self.report.not_imported)
        return ImportResult(len(self.inserts), len(self.updates), skipped, self.report, change)

    def check_cancelled(self) -> None:
        if self.cancelled():
            raise ImportCancelled()

    def take(self, row: PlannedRow) -> None:
        self.report.lines += [ReportLine(row.line, note.code, note.message, False) for note in row.problems]
        if not row.importable:
            return
        decision = self.decisions.get(row.line, self.default) if row.duplicate else Decision.KEEP_BOTH
        if decision == Decision.SKIP:
            self.report.lines.append(ReportLine(row.line, Reason.DUPLICATE, row.duplicate.description, False))
            return
        self.report.lines += [ReportLine(row.line, note.code, note.message, True) for note in row.warnings]
        target = self.target(row.duplicate) if decision == Decision.UPDATE else None
        if target is None:
            self.add(row)
        else:
            target.update(_filled_values(row, self.now))
            if "id" in target:  # an earlier row of the file, still to be inserted
                target["sort_key"] = sort_key(str(target["given_name"]), str(target["family_name"]))
        self.target_by_line[row.line] = target if target is not None else self.inserts[-1]

    def target(self, duplicate: Duplicate) -> dict[str, object] | None:
        """The values a duplicate row updates: the register person's pending update, or
        the earlier row as it will be stored (None if that row was not imported: this
        row then takes its place)."""
        if duplicate.person_id is not None:
            return self.updates.setdefault(duplicate.person_id, {})
        return self.target_by_line.get(duplicate.line)

    def add(self, row: PlannedRow) -> None:
        person = row.person
        values = {"id": self.first_id + len(self.inserts), "uuid": str(uuid_module.uuid4()),
                  "created_at": self.now, "updated_at": self.now, "given_name": person.given_name,
                  "family_name": person.family_name, "sort_key": sort_key(person.given_name, person.family_name),
                  "title": person.title, "category": str(person.category),
                  "organisation_id": person.organisation_id, "email": person.email, "phone": person.phone,
                  "notes": "", "active": 1, "anonymised": 0}
        self.inserts.append(values)

    def store(self) -> ChangeSet:
        updated_before = capture(self.db, "people", self.updates)["people"]
        total = max(len(self.inserts), 1)
        with imports.people_inserter(self.db, self.first_id, rows_coming=len(self.inserts)) as insert:
            for start in range(0, len(self.inserts), BATCH):
                self.check_cancelled()
                insert(self.inserts[start:start + BATCH])
                self.progress(50 + 45 * min(start + BATCH, total) // total)
        self.check_cancelled()
        imports.update_people(self.db, self.updated_with_sort_keys(updated_before))
        updated_after = capture(self.db, "people", self.updates)["people"]
        inserted = {int(values["id"]): values for values in self.inserts}
        return ChangeSet({"people": {**dict.fromkeys(inserted), **updated_before}},
                         {"people": {**inserted, **updated_after}})

    def updated_with_sort_keys(self, before: dict[int, dict | None]) -> dict[int, dict[str, object]]:
        for person_id, values in self.updates.items():
            old = before[person_id] or {}
            given = str(values.get("given_name", old.get("given_name", "")))
            family = str(values.get("family_name", old.get("family_name", "")))
            values["sort_key"] = sort_key(given, family)
        return self.updates


def _filled_values(row: PlannedRow, now: str) -> dict[str, object]:
    person = row.person
    values: dict[str, object] = {"given_name": person.given_name, "family_name": person.family_name,
                                 "title": person.title, "email": person.email, "phone": person.phone,
                                 "organisation_id": person.organisation_id}
    values = {name: value for name, value in values.items() if value}
    if row.category_from_text:
        values["category"] = str(person.category)
    values["updated_at"] = now
    return values
