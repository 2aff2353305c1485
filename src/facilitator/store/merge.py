"""Merging another Facilitator file into this one, as set-based SQL over an ATTACHed copy.

The other file is attached read-only (:func:`connection.read_only_uri`: SQLite writes
nothing beside it, and reads a -wal a crash left behind). Table by table, parents
before children, its rows are *staged* in a temp table with their foreign keys
already translated to this file's ids, *matched* to this file's rows (by UUID, then by
each table's natural key), *classified* and finally *written* with one INSERT ... SELECT
and one UPDATE ... FROM per table, so a merge of 100 000 people costs a few statements,
not 100 000 round trips.

States of a staged row:
``add``      not in this file;
``same``     in this file with equal values (or a duplicate of a row being added);
``update``   differs, and the other file's copy was changed later;
``conflict`` differs, and this file's copy is as new or newer: the user decides;
``take``     a conflict the user settled as "take theirs".
Rows are never deleted by a merge.
"""

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from . import errors
from .connection import read_only_uri
from .file_lock import held_elsewhere

SOURCE = "merge_source"
IDENTITY = ("uuid", "created_at", "updated_at")


class SameFile(errors.DocumentError):
    """The file to merge is the open document itself."""

    reason = "same_file"


@dataclass(frozen=True)
class TableSpec:
    """How one table is matched: its foreign keys (column -> parent table) and the SQL,
    over the staged row ``s`` and this file's row ``m``, of its natural key if it has one."""

    name: str
    parents: dict[str, str] = field(default_factory=dict)
    natural_key: str = ""
    # Staged rows sharing these columns would break a UNIQUE constraint when added.
    unique: tuple[str, ...] = ()


_SESSION_PERSON = "m.session_id = s.session_id AND m.person_id = s.person_id"
SPECS = (
    TableSpec("programmes"),
    TableSpec("targets", {"programme_id": "programmes"},
              "m.programme_id = s.programme_id AND m.dimension = s.dimension AND m.key = s.key",
              ("programme_id", "dimension", "key")),
    TableSpec("organisations", natural_key="s.official_code IS NOT NULL AND m.kind = s.kind "
                                           "AND m.official_code = s.official_code"),
    TableSpec("people", {"organisation_id": "organisations"},
              "trim(s.email) <> '' AND m.email = trim(s.email) COLLATE NOCASE"),
    TableSpec("sessions", {"programme_id": "programmes"}),
    TableSpec("invitations", {"person_id": "people", "session_id": "sessions"}, _SESSION_PERSON,
              ("session_id", "person_id")),
    TableSpec("attendance", {"person_id": "people", "session_id": "sessions", "substitute_for": "people"},
              _SESSION_PERSON, ("session_id", "person_id")),
    TableSpec("segments", {"session_id": "sessions"}),
)


def stage_name(table: str) -> str:
    return f"merge_stage_{table}"


def database_file(db: Database) -> Path | None:
    """The file behind this connection's main database (None when in memory)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def refuse_same_file(db: Database, other: Path) -> None:
    """Raise :class:`SameFile` when ``other`` is this database's own file (by path or inode)."""
    own = database_file(db)
    if own is None:
        return
    if own.resolve() == other.resolve() or os.path.samefile(own, other):
        raise SameFile(other)


def refuse_unfinished_writes(path: Path) -> None:
    """Raise :class:`errors.DocumentInUse` when ``path`` is open in a running Facilitator
    with writes still in its -wal file: better to ask for it to be closed first.

    A -wal left by a crash (nobody holds the lock) is no reason to refuse: the file is
    read together with it, as SQLite recovers it.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0 and held_elsewhere(path):
        raise errors.DocumentInUse(path)


@contextmanager
def attached(db: Database, path: Path) -> Iterator[None]:
    """Attach ``path`` read-only as ``merge_source`` for the duration of the block.

    ATTACH and DETACH cannot run inside a transaction, so the block opens and ends its own.
    """
    uri = read_only_uri(path)
    temp_store = db.execute("PRAGMA temp_store").fetchone()[0]
    db.conn.execute("PRAGMA temp_store = MEMORY")  # the staged copies: no temporary file to write
    try:
        db.conn.execute(f"ATTACH DATABASE ? AS {SOURCE}", [uri])
    except sqlite3.Error as error:
        db.conn.execute(f"PRAGMA temp_store = {temp_store}")
        problem = errors.classify(error, path)
        if problem is None:
            raise
        raise problem from error
    try:
        yield
    finally:
        db.conn.execute(f"DETACH DATABASE {SOURCE}")
        db.conn.execute(f"PRAGMA temp_store = {temp_store}")


def columns(db: Database, schema: str, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA {schema}.table_info([{table}])").fetchall()]


def shared_columns(db: Database, table: str) -> list[str]:
    """The data columns both files have (an older file may lack newer columns or tables)."""
    theirs = set(columns(db, SOURCE, table))
    return [name for name in columns(db, "main", table) if name in theirs and name != "id"
            and name not in IDENTITY]


def stage(db: Database, spec: TableSpec) -> list[str]:
    """Copy the other file's rows into a temp table with foreign keys mapped to this file's
    ids (through the parents' stages); return the data columns staged."""
    data = shared_columns(db, spec.name)
    staged = stage_name(spec.name)
    db.execute(f"DROP TABLE IF EXISTS temp.{staged}")
    db.execute(f"CREATE TEMP TABLE {staged} (other_id INTEGER PRIMARY KEY, main_id INTEGER, state TEXT, "
               + ", ".join(f"[{name}]" for name in (*IDENTITY, *data)) + ")")
    joins, values = [], []
    for name in data:
        parent = spec.parents.get(name)
        if parent:
            joins.append(f"LEFT JOIN temp.{stage_name(parent)} [p_{name}] ON [p_{name}].other_id = o.[{name}]")
            # A parent still to be added (in a preview) gets a provisional negative id.
            values.append(f"coalesce([p_{name}].main_id, -[p_{name}].other_id)")
        else:
            values.append(f"o.[{name}]")
    db.execute(f"INSERT INTO temp.{staged} SELECT o.id, NULL, NULL, o.uuid, o.created_at, o.updated_at, "
               + ", ".join(values) + f" FROM {SOURCE}.[{spec.name}] o " + " ".join(joins))
    if spec.unique:
        db.execute(f"CREATE INDEX temp.{staged}_unique ON {staged} ({', '.join(spec.unique)})")
    return data


def match(db: Database, spec: TableSpec) -> None:
    """Find each staged row's row here: same UUID, else same natural key."""
    staged = stage_name(spec.name)
    db.execute(f"UPDATE temp.{staged} AS s SET main_id = m.id FROM main.[{spec.name}] m WHERE m.uuid = s.uuid")
    if spec.natural_key:
        db.execute(f"UPDATE temp.{staged} AS s SET main_id = (SELECT min(m.id) FROM main.[{spec.name}] m "
                   f"WHERE {spec.natural_key}) WHERE s.main_id IS NULL")


def classify(db: Database, spec: TableSpec, data: Sequence[str]) -> None:
    """Set each staged row's state (see the module docstring)."""
    staged = stage_name(spec.name)
    equal = " AND ".join(f"m.[{name}] IS s.[{name}]" for name in data) or "1"
    db.execute(f"""UPDATE temp.{staged} AS s SET state = CASE
        WHEN s.main_id IS NULL THEN 'add'
        WHEN EXISTS (SELECT 1 FROM main.[{spec.name}] m WHERE m.id = s.main_id AND {equal}) THEN 'same'
        WHEN s.updated_at > (SELECT m.updated_at FROM main.[{spec.name}] m WHERE m.id = s.main_id)
            THEN 'update'
        ELSE 'conflict' END""")
    if spec.unique:
        same_key = " AND ".join(f"d.[{name}] IS s.[{name}]" for name in spec.unique)
        db.execute(f"UPDATE temp.{staged} AS s SET state = 'same' WHERE s.state = 'add' AND EXISTS ("
                   f"SELECT 1 FROM temp.{staged} d WHERE d.state = 'add' AND {same_key} "
                   "AND d.other_id < s.other_id)")


def counts(db: Database, table: str) -> dict[str, int]:
    """Staged rows per state."""
    rows = db.execute(f"SELECT state, count(*) FROM temp.{stage_name(table)} GROUP BY state").fetchall()
    return dict(rows)


def conflicts(db: Database, table: str, data: Sequence[str]) -> list[tuple[dict, dict]]:
    """(this file's row, the other file's staged row) for every conflict, in id order."""
    staged = stage_name(table)
    theirs = [dict(row) for row in _rows(db, f"SELECT * FROM temp.{staged} WHERE state = 'conflict' "
                                             "ORDER BY main_id")]
    mine = {row["id"]: row for row in _rows(db, f"SELECT m.* FROM main.[{table}] m JOIN temp.{staged} s "
                                                "ON s.main_id = m.id WHERE s.state = 'conflict'")}
    return [(mine[row["main_id"]], row) for row in theirs]


def take_theirs(db: Database, table: str, uuids: Sequence[str]) -> None:
    """Mark the conflicts whose other-file UUIDs are given as settled with their values."""
    db.conn.executemany(f"UPDATE temp.{stage_name(table)} SET state = 'take' "
                        "WHERE state = 'conflict' AND uuid = ?", [(uuid,) for uuid in uuids])


def ids_in_state(db: Database, table: str, *states: str) -> list[int]:
    marks = ",".join("?" * len(states))
    return [row[0] for row in db.execute(
        f"SELECT main_id FROM temp.{stage_name(table)} WHERE state IN ({marks}) ORDER BY main_id",
        list(states)).fetchall()]


def write(db: Database, table: str, data: Sequence[str]) -> list[int]:
    """Insert the rows to add, update those to update or take; return the added rows' ids.

    Updated rows take the other file's ``updated_at`` too, so the next merge of the same
    file finds them equal: merging twice changes nothing the second time.
    """
    staged = stage_name(table)
    names = ", ".join(f"[{name}]" for name in (*IDENTITY, *data))
    db.execute(f"INSERT INTO main.[{table}] ({names}) SELECT {names} FROM temp.{staged} "
               "WHERE state = 'add' ORDER BY other_id")
    db.execute(f"UPDATE temp.{staged} AS s SET main_id = m.id FROM main.[{table}] m "
               "WHERE s.state = 'add' AND m.uuid = s.uuid")
    assignments = ", ".join(f"[{name}] = s.[{name}]" for name in ("updated_at", *data))
    db.execute(f"UPDATE main.[{table}] AS m SET {assignments} FROM temp.{staged} s "
               "WHERE s.main_id = m.id AND s.state IN ('update', 'take')")
    return ids_in_state(db, table, "add")


def rows_in_state(db: Database, table: str, *states: str) -> dict[int, dict]:
    """This file's rows matched by staged rows in these states, by id: one query, for the
    undo snapshot of a merge (which may hold every row of a region)."""
    marks = ",".join("?" * len(states))
    cursor = db.execute(f"SELECT m.* FROM main.[{table}] m JOIN temp.{stage_name(table)} s ON s.main_id = m.id "
                        f"WHERE s.state IN ({marks})", list(states))
    names = [description[0] for description in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def drop_stages(db: Database) -> None:
    for spec in SPECS:
        db.execute(f"DROP TABLE IF EXISTS temp.{stage_name(spec.name)}")


def has_table(db: Database, table: str) -> bool:
    return db.execute(f"SELECT 1 FROM {SOURCE}.sqlite_master WHERE type = 'table' AND name = ?",
                      [table]).fetchone() is not None


def _rows(db: Database, sql: str) -> list[dict]:
    cursor = db.execute(sql)
    names = [description[0] for description in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
