"""Row writes that can be undone: every change is a before and an after snapshot.

A :class:`ChangeSet` holds, per table, each affected row as it was before and as it
is after (``None`` where the row does not exist). Undo writes the before side back,
redo the after side, so one piece of code serves every create, edit and delete of
every table. Deleting a row captures the rows that hang off it (invitations and
attendance of a person or session) so undoing the delete restores them too.
"""

import uuid as uuid_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from ..domain.timezone import utc_now_text

Row = dict[str, object]
Snapshot = dict[str, dict[int, Row | None]]

# Parents before children: the order rows are written back in (deletes go in reverse).
TABLE_ORDER = ("programmes", "targets", "organisations", "people", "sessions", "invitations", "attendance",
               "segments")
# Rows deleted along with a parent row (ON DELETE CASCADE), as (child table, column).
DEPENDENTS = {
    "people": (("invitations", "person_id"), ("attendance", "person_id")),
    "sessions": (("invitations", "session_id"), ("attendance", "session_id"), ("segments", "session_id")),
}


@dataclass
class ChangeSet:
    before: Snapshot = field(default_factory=dict)
    after: Snapshot = field(default_factory=dict)

    def ids(self, table: str) -> list[int]:
        return sorted(set(self.before.get(table, {})) | set(self.after.get(table, {})))

    def is_empty(self) -> bool:
        return self.before == self.after


def new_row(values: Row) -> Row:
    """Fill in the identity columns of a row about to be inserted."""
    now = utc_now_text()
    return {"uuid": str(uuid_module.uuid4()), "created_at": now, "updated_at": now, **values}


def capture(db: Database, table: str, ids: Iterable[int], *, with_dependents: bool = False) -> Snapshot:
    """Read rows as they are now, and optionally the rows that cascade from them."""
    ids = list(ids)
    found = {row["id"]: row for row in _select(db, table, "id", ids)}
    snapshot: Snapshot = {table: {row_id: found.get(row_id) for row_id in ids}}
    if with_dependents:
        for child, column in DEPENDENTS.get(table, ()):
            rows = _select(db, child, column, ids)
            snapshot.setdefault(child, {}).update({row["id"]: row for row in rows})
    return snapshot


def _select(db: Database, table: str, column: str, values: list[int]) -> list[Row]:
    rows: list[Row] = []
    for start in range(0, len(values), 500):  # stay under SQLite's variable limit
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows.extend(db.query(f"SELECT * FROM [{table}] WHERE [{column}] IN ({marks})", chunk))
    return rows


def absent(snapshot: Snapshot) -> Snapshot:
    """The same rows, all missing: the before of a create, the after of a delete."""
    return {table: dict.fromkeys(rows) for table, rows in snapshot.items()}


def write_snapshot(db: Database, snapshot: Snapshot) -> None:
    """Make the database hold exactly the snapshot's rows (in one transaction)."""
    now = utc_now_text()
    with db.atomic():
        for table in reversed(TABLE_ORDER):
            gone = [row_id for row_id, row in snapshot.get(table, {}).items() if row is None]
            for row_id in gone:
                db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        for table in TABLE_ORDER:
            rows = [dict(row, updated_at=now) for row in snapshot.get(table, {}).values() if row]
            if rows:
                # upsert = INSERT ... ON CONFLICT DO UPDATE: an existing row is updated in
                # place, so no cascade deletes its children the way REPLACE would.
                db[table].upsert_all(rows, pk="id")


def tracked(db: Database, table: str, ids: Iterable[int], action: Callable[[], object]) -> ChangeSet:
    """Run ``action`` in a transaction and record the rows it touched, for undo."""
    ids = list(ids)
    with db.atomic():
        before = capture(db, table, ids, with_dependents=True)
        action()
        after = capture(db, table, ids, with_dependents=True)
    return ChangeSet(before, after)
