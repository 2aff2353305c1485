"""Merging another region's Facilitator file into this one: preview, then apply in one transaction.

Rows are matched by UUID in every table; people also by email (ignoring case and
surrounding spaces) and organisations by kind and official code; invitations and
attendance also by session and person. Nothing is ever deleted.

The conflict rule, as the user sees it: a row both files hold with different values
is *updated* when the other file's copy was changed later than this file's copy, and
is a *conflict* when this file's copy is as new or newer - the user then chooses to
keep theirs ("keep mine", the default) or take the other file's values. The files
share no common ancestor, so "changed later" (``updated_at``) is the only fair signal.

The other file passes the same trust checks as any file opened (not SQLite, not a
Facilitator file, damaged, newer version: :class:`~facilitator.store.errors.DocumentError`
naming it), and merging the open file into itself is refused with
:class:`~facilitator.store.merge.SameFile`. It is only ever read.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from ..store import merge as sql
from ..store.changes import ChangeSet, Snapshot
from ..store.connection import check_header, open_document


class Choice(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


@dataclass(frozen=True)
class TableCounts:
    added: int = 0
    updated: int = 0
    conflicts: int = 0
    unchanged: int = 0

    @classmethod
    def from_states(cls, states: Mapping[str, int]) -> "TableCounts":
        return cls(states.get("add", 0), states.get("update", 0) + states.get("take", 0),
                   states.get("conflict", 0), states.get("same", 0))


@dataclass(frozen=True)
class Difference:
    field: str
    mine: object
    theirs: object


@dataclass(frozen=True)
class Conflict:
    """A row both files changed: ``label`` names it (a person's name and email, a session's
    title...), ``differences`` lists the fields that differ, with readable values."""

    table: str
    uuid: str  # the other file's UUID of the row: the key of the user's choice
    label: str
    differences: tuple[Difference, ...]

    @property
    def key(self) -> tuple[str, str]:
        return self.table, self.uuid

    @property
    def description(self) -> str:
        fields = "; ".join(f"{item.field}: {item.mine!r} here, {item.theirs!r} there" for item in self.differences)
        return f"{self.table} {self.label}: {fields}"


@dataclass(frozen=True)
class MergePlan:
    path: Path
    counts: dict[str, TableCounts]
    conflicts: tuple[Conflict, ...]

    @property
    def total(self) -> TableCounts:
        return _sum(self.counts.values())


@dataclass(frozen=True)
class MergeResult:
    path: Path
    counts: dict[str, TableCounts]
    change: ChangeSet  # Register.apply(change, undo=True) takes the whole merge back

    @property
    def total(self) -> TableCounts:
        return _sum(self.counts.values())

    @property
    def summary(self) -> str:
        total = self.total
        return (f"added {total.added}, updated {total.updated}, "
                f"kept {total.conflicts} conflicting, unchanged {total.unchanged}")


def _sum(counts: Iterable[TableCounts]) -> TableCounts:
    items = list(counts)
    return TableCounts(*(sum(getattr(item, name) for item in items)
                         for name in ("added", "updated", "conflicts", "unchanged")))


def trusted(path: Path | str) -> Path:
    """``path`` made absolute, once it is a Facilitator file this app can read whole and
    safely (else the :class:`~facilitator.store.errors.DocumentError` naming it)."""
    target = Path(path).absolute()
    check_header(target)
    sql.refuse_unfinished_writes(target)
    open_document(target, read_only=True).close()
    return target


# What a row is called in a conflict: SQL over this file, one row id parameter.
_PERSON = "given_name || ' ' || family_name || CASE WHEN email <> '' THEN ' <' || email || '>' ELSE '' END"
_LABELS = {
    "programmes": "SELECT name FROM programmes WHERE id = ?",
    "targets": "SELECT (SELECT name FROM programmes WHERE id = x.programme_id) || ': ' || x.dimension "
               "|| ' ' || x.key FROM targets x WHERE x.id = ?",
    "organisations": "SELECT name FROM organisations WHERE id = ?",
    "people": f"SELECT {_PERSON} FROM people WHERE id = ?",
    "sessions": "SELECT title FROM sessions WHERE id = ?",
    "invitations": f"SELECT (SELECT {_PERSON} FROM people WHERE id = x.person_id) || ', ' || "
                   "(SELECT title FROM sessions WHERE id = x.session_id) FROM invitations x WHERE x.id = ?",
    "attendance": f"SELECT (SELECT {_PERSON} FROM people WHERE id = x.person_id) || ', ' || "
                  "(SELECT title FROM sessions WHERE id = x.session_id) FROM attendance x WHERE x.id = ?",
    "segments": "SELECT (SELECT title FROM sessions WHERE id = x.session_id) || ': ' || x.title "
                "FROM segments x WHERE x.id = ?",
}


class Merge:
    def __init__(self, db: Database):
        self.db = db

    def check(self, path: Path | str) -> Path:
        """The other file's absolute path, once it passed every trust check (else a DocumentError)."""
        target = Path(path).absolute()
        check_header(target)
        sql.refuse_same_file(self.db, target)
        return trusted(target)

    def preview(self, path: Path | str) -> MergePlan:
        """What merging ``path`` would add, update and leave in conflict; changes nothing."""
        target = self.check(path)
        counts: dict[str, TableCounts] = {}
        conflicts: list[Conflict] = []
        with sql.attached(self.db, target):
            self.db.conn.execute("BEGIN")
            try:
                for spec in self._specs():
                    data = self._staged(spec)
                    counts[spec.name] = TableCounts.from_states(sql.counts(self.db, spec.name))
                    conflicts += self._conflicts(spec, data)
            finally:
                self.db.conn.execute("ROLLBACK")
        return MergePlan(target, counts, tuple(conflicts))

    def apply(self, plan: MergePlan, choices: Mapping[tuple[str, str], Choice] | None = None) -> MergeResult:
        """Merge in one transaction; conflicts keep this file's values unless chosen otherwise.

        The file is read again (it may have changed since the preview), so the counts
        returned are those of what was written.
        """
        target = self.check(plan.path)
        taken = [key for key, choice in (choices or {}).items() if choice == Choice.TAKE_THEIRS]
        counts: dict[str, TableCounts] = {}
        before: Snapshot = {}
        after: Snapshot = {}
        with sql.attached(self.db, target), self.db.atomic():
            for spec in self._specs():
                data = self._staged(spec)
                sql.take_theirs(self.db, spec.name, [uuid for table, uuid in taken if table == spec.name])
                counts[spec.name] = TableCounts.from_states(sql.counts(self.db, spec.name))
                before[spec.name] = dict(sql.rows_in_state(self.db, spec.name, "update", "take"))
                before[spec.name].update(dict.fromkeys(sql.write(self.db, spec.name, data)))
                after[spec.name] = dict(sql.rows_in_state(self.db, spec.name, "add", "update", "take"))
            sql.drop_stages(self.db)
        return MergeResult(target, counts, ChangeSet(before, after))

    def _specs(self) -> list[sql.TableSpec]:
        """The tables to merge, parents first; a table an older file lacks is skipped."""
        return [spec for spec in sql.SPECS if sql.has_table(self.db, spec.name)]

    def _staged(self, spec: sql.TableSpec) -> list[str]:
        data = sql.stage(self.db, spec)
        sql.match(self.db, spec)
        sql.classify(self.db, spec, data)
        return data

    def _conflicts(self, spec: sql.TableSpec, data: list[str]) -> list[Conflict]:
        found = []
        for mine, theirs in sql.conflicts(self.db, spec.name, data):
            differences = tuple(
                Difference(name, self._readable(spec, name, mine[name]), self._readable(spec, name, theirs[name]))
                for name in data if mine[name] != theirs[name])
            found.append(Conflict(spec.name, theirs["uuid"], self.label(spec.name, mine["id"]), differences))
        return found

    def _readable(self, spec: sql.TableSpec, column: str, value: object) -> object:
        """A foreign key as what it points to (an organisation's name, not its id)."""
        parent = spec.parents.get(column)
        return self.label(parent, value) if parent and value is not None else value

    def label(self, table: str, row_id: object) -> str:
        row = self.db.execute(_LABELS[table], [row_id]).fetchone()
        return str(row[0]) if row and row[0] is not None else ""

