"""Bulk writes for imports: many people in one statement stream, inside the caller's
transaction, and the register's keys read in one query for duplicate checks.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from ..domain.timezone import utc_now_text
from .changes import ChangeSet, capture, new_row

# Exactly the people table's columns (SELECT * order), so an inserted row doubles as
# the "after" side of the import's ChangeSet.
PEOPLE_COLUMNS = ("id", "uuid", "created_at", "updated_at", "given_name", "family_name", "sort_key",
                  "title", "category", "organisation_id", "email", "phone", "notes", "active", "anonymised")
_INSERT_PEOPLE = (f"INSERT INTO people ({', '.join(PEOPLE_COLUMNS)}) "
                  f"VALUES ({', '.join(':' + column for column in PEOPLE_COLUMNS)})")
# The rows the people_search_insert trigger would have written, for every id from :first.
_SEARCH_ROWS = (
    "INSERT INTO people_search (rowid, given_name, family_name, title, email, organisation) "
    "SELECT p.id, p.given_name, p.family_name, p.title, p.email, o.name FROM people p "
    "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id >= :first")
_SEARCH_TRIGGER = "people_search_insert"
# Below this many new rows, keeping the indexes up to date row by row is cheap enough.
BULK_LOAD_ROWS = 5_000


def people_keys(db: Database) -> list[tuple[int, str, str, str, int | None]]:
    """(id, given name, family name, email, organisation id) of everyone in the register."""
    sql = "SELECT id, given_name, family_name, email, organisation_id FROM people"
    return [tuple(row) for row in db.execute(sql)]


def next_person_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM people").fetchone()[0]


@contextmanager
def people_inserter(db: Database, first_id: int, *, rows_coming: int = 0) -> Iterator[Callable[[list[dict]], None]]:
    """Yield a function that inserts batches of people rows (ids from ``first_id`` up).

    Run inside the caller's transaction. The search index trigger is set aside while
    the rows go in and the index rows are then written in one INSERT ... SELECT: per
    row, the trigger makes a 100 000-person import four times slower. When more rows are
    coming than the register holds, the people table's own indexes are set aside too and
    built once at the end (updating five indexes row by row costs more than building
    them). Everything is put back, from its own stored SQL, before the block ends; on an
    error the caller's rollback restores it with everything else (SQLite's DDL is
    transactional).
    """
    if not db.conn.in_transaction:
        raise RuntimeError("people_inserter must run inside a transaction")
    bulk = rows_coming > max(BULK_LOAD_ROWS, db.execute("SELECT count(*) FROM people").fetchone()[0])
    set_aside = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE (type = 'trigger' AND name = ?) "
        "OR (? AND type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL)",
        [_SEARCH_TRIGGER, int(bulk)]).fetchall()
    for kind, name, _ in set_aside:
        db.execute(f"DROP {kind.upper()} [{name}]")
    yield lambda rows: db.conn.executemany(_INSERT_PEOPLE, rows)
    db.execute(_SEARCH_ROWS, {"first": first_id})
    for _, _, sql in set_aside:
        db.execute(sql)


def update_people(db: Database, values_by_id: dict[int, dict[str, object]]) -> None:
    """Write each person's changed columns (the caller holds the transaction)."""
    for person_id, values in values_by_id.items():
        db["people"].update(person_id, values)


def attendance_by_person(db: Database, session_id: int) -> dict[int, dict[str, object]]:
    """The session's attendance rows, by person id."""
    return {row["person_id"]: row for row in db.query("SELECT * FROM attendance WHERE session_id = ?",
                                                      [session_id])}


def write_attendance(db: Database, inserts: list[dict[str, object]],
                     updates: dict[int, dict[str, object]]) -> ChangeSet:
    """Insert new attendance rows and update others (by row id), as one undoable change."""
    with db.atomic():
        before = capture(db, "attendance", updates)
        new_ids = [db["attendance"].insert(new_row(values)).last_pk for values in inserts]
        for attendance_id, values in updates.items():
            db["attendance"].update(attendance_id, dict(values, updated_at=utc_now_text()))
        after = capture(db, "attendance", [*updates, *new_ids])
    before["attendance"].update(dict.fromkeys(new_ids))
    return ChangeSet(before, after)
