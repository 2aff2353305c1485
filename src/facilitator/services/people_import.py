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
from collections.abc import Callable, Mapping, Sequence

from sqlite_utils import Database

from ..domain.enums import PersonCategory
from ..domain.records import Organisation, Person
from ..domain.timezone import utc_now_text
from ..domain.translatable import QT_TRANSLATE_NOOP, fill
from ..formats.tables import ReaderNote, Table
from ..store import imports, settings
from ..store import organisations as organisation_store
from ..store.changes import ChangeSet, capture
from .errors import InvalidInput
from .import_plan import (
    ORGANISATION_NOTE,
    Decision,
    Duplicate,
    ImportCancelled,
    ImportPlan,
    ImportReport,
    ImportResult,
    Note,
    OrganisationChoice,
    OrganisationQuestion,
    PlannedRow,
    Reason,
    ReportLine,
)
from .matching import email_key, fold, person_name_key, split_full_name
from .organisation_names import How, OrganisationResolver, Resolution
from .person_rules import category_from_text, email_problem, sort_key

# The plan's types live in import_plan; the window, the CLI and the tests take them from here.
__all__ = ["ORGANISATION_NOTE", "Decision", "Duplicate", "ImportCancelled", "ImportPlan", "ImportReport",
           "ImportResult", "Note", "OrganisationChoice", "OrganisationQuestion", "PeopleImport", "PlannedRow",
           "Reason", "ReportLine", "category_from_text", "email_problem", "sort_key"]

NAME_FIELDS = ("given_name", "family_name", "full_name")
BATCH = 5_000  # rows between progress reports and cancel checks
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
                  "notes": self.kept_text(row), "active": 1, "anonymised": 0}
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
