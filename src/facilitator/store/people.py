"""People: writes that keep the sort key in step, and the filtered, sorted id query."""

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.collation import swedish_key
from ..domain.enums import PersonCategory
from ..domain.records import Person
from ..domain.timezone import utc_now_text
from .changes import ChangeSet, absent, capture, new_row, tracked

# Sortable columns: name and organisation use indexed Swedish keys; the others are
# sorted through the registered swedish_key() function (å, ä, ö after z).
SORT_EXPRESSIONS = {
    "name": "p.sort_key",
    "title": "swedish_key(p.title)",
    "organisation": "o.sort_key",
    "category": "p.category",
    "email": "lower(p.email)",
}


@dataclass(frozen=True)
class PeopleQuery:
    """What the people view asks for: filter by text, organisation, category; sort."""

    text: str = ""
    organisation_id: int | None = None
    category: PersonCategory | None = None
    include_inactive: bool = True
    sort: str = "name"
    descending: bool = False


def person_values(person: Person) -> dict[str, object]:
    return {
        "given_name": person.given_name.strip(),
        "family_name": person.family_name.strip(),
        "sort_key": swedish_key(f"{person.family_name} {person.given_name}"),
        "title": person.title.strip(),
        "category": str(person.category),
        "organisation_id": person.organisation_id,
        "email": person.email.strip(),
        "phone": person.phone.strip(),
        "notes": person.notes,
        "active": int(person.active),
    }


def insert(db: Database, person: Person) -> ChangeSet:
    with db.atomic():
        new_id = db["people"].insert(new_row(person_values(person))).last_pk
        after = capture(db, "people", [new_id])
    return ChangeSet(absent(after), after)


def update(db: Database, person_id: int, person: Person) -> ChangeSet:
    values = dict(person_values(person), updated_at=utc_now_text())
    return tracked(db, "people", [person_id], lambda: db["people"].update(person_id, values))


def set_active(db: Database, person_ids: list[int], active: bool) -> ChangeSet:
    def action() -> None:
        for person_id in person_ids:
            db["people"].update(person_id, {"active": int(active), "updated_at": utc_now_text()})

    return tracked(db, "people", person_ids, action)


def delete(db: Database, person_ids: list[int]) -> ChangeSet:
    with db.atomic():
        before = capture(db, "people", person_ids, with_dependents=True)
        for person_id in person_ids:
            db.execute("DELETE FROM people WHERE id = ?", [person_id])
    return ChangeSet(before, absent(before))


def names(db: Database) -> dict[int, str]:
    sql = "SELECT id, trim(given_name || ' ' || family_name) FROM people WHERE anonymised = 0 ORDER BY sort_key, id"
    return dict(db.execute(sql).fetchall())


def get(db: Database, person_id: int) -> Person | None:
    row = db.execute(
        "SELECT id, uuid, given_name, family_name, title, category, organisation_id, email, "
        "phone, notes, active FROM people WHERE id = ?",
        [person_id],
    ).fetchone()
    if row is None:
        return None
    (id_, uuid, given, family, title, category, organisation_id, email, phone, notes, active) = row
    return Person(given, family, title, PersonCategory(category), organisation_id, email, phone,
                  notes, bool(active), id_, uuid)


def count_with_attendance(db: Database, person_ids: list[int]) -> int:
    """How many of these people have attended a session (deleting them erases history)."""
    marks = ",".join("?" * len(person_ids))
    sql = f"SELECT count(DISTINCT person_id) FROM attendance WHERE person_id IN ({marks})"
    return db.execute(sql, person_ids).fetchone()[0]


def fts_expression(text: str) -> str | None:
    """Turn typed text into an FTS5 prefix query: every word must start some field.

    Typed punctuation is dropped rather than passed on, so no input can make an
    invalid FTS query (quotes, AND, NEAR, stars...).
    """
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{word}"*' for word in words) or None


def search_ids(db: Database, query: PeopleQuery) -> list[int]:
    """Ids of the people matching ``query``, in display order. Filter and sort run in SQL."""
    sql, params = search_sql(query)
    return [row[0] for row in db.execute(sql, params)]


def search_sql(query: PeopleQuery) -> tuple[str, list[object]]:
    where, params = ["p.anonymised = 0"], []  # what the retention purge left only counts in reach
    match = fts_expression(query.text)
    if match:
        where.append("p.id IN (SELECT rowid FROM people_search WHERE people_search MATCH ?)")
        params.append(match)
    if query.organisation_id is not None:
        where.append("p.organisation_id = ?")
        params.append(query.organisation_id)
    if query.category is not None:
        where.append("p.category = ?")
        params.append(str(query.category))
    if not query.include_inactive:
        where.append("p.active = 1")
    order = SORT_EXPRESSIONS.get(query.sort, SORT_EXPRESSIONS["name"])
    direction = " DESC" if query.descending else ""
    # Ties break by name; sorting by name already is, and repeating the column would
    # make SQLite sort again instead of walking the index.
    tie_break = "" if order == "p.sort_key" else f", p.sort_key{direction}"
    sql = (
        "SELECT p.id FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order}{direction}{tie_break}, p.id{direction}"
    )
    return sql, params


def rows_for(db: Database, ids: list[int]) -> dict[int, dict[str, object]]:
    """Display rows for the given ids (the model asks for the rows in view)."""
    marks = ",".join("?" * len(ids))
    cursor = db.execute(
        "SELECT p.id, p.given_name, p.family_name, p.title, p.category, p.email, p.phone, "
        "p.active, o.name AS organisation FROM people p "
        f"LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN ({marks})",
        ids,
    )
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}
