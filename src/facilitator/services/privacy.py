"""The register's duties to the people in it (GDPR art. 15-17 and storage limitation):
a register extract for one person, erasing a person completely, and the retention purge.

The window and the command line call the same three use cases. Erasing is final: it is
not on the undo stack (the window also clears its undo history, which holds copies of
the rows), and the backups taken before it that still hold the person are named so the
lead can say where the data still is until those backups age out.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..formats.atomic_file import write_atomically
from ..store import privacy as sql
from ..store.backups import Backup, Backups
from .errors import NotFound

EXTRACT_FORMAT = "facilitator-register-extract/1"


@dataclass(frozen=True)
class PersonSummary:
    id: int
    name: str
    email: str


@dataclass(frozen=True)
class ErasurePlan:
    person: PersonSummary
    uuid: str
    invitations: int
    attendance: int
    backups_holding: tuple[Backup, ...]  # taken earlier, still holding the person


@dataclass(frozen=True)
class ErasureResult:
    person: PersonSummary
    wal_emptied: bool  # False: another connection still read an older state


@dataclass(frozen=True)
class PurgePlan:
    cutoff: date
    programmes: tuple[sql.EndedProgramme, ...]
    erased: tuple[PersonSummary, ...]  # every person the purge removes by name
    anonymised: tuple[int, ...] = field(default=())  # of those, the ids whose attendance stays, anonymised

    @property
    def is_empty(self) -> bool:
        return not self.erased


@dataclass(frozen=True)
class PurgeResult:
    erased: int
    anonymised: int
    backup: Backup | None


class Privacy:
    def __init__(self, db: Database, backups: Backups | None = None):
        self.db = db
        self.backups = backups

    # -- finding someone -----------------------------------------------------------
    def find(self, email_or_id: str) -> int:
        """The person's id; :class:`NotFound` when nobody matches, :class:`store.privacy.Ambiguous`
        when several people share the email."""
        return NotFound.unless(sql.find_person(self.db, email_or_id), "person", email_or_id)

    def summary(self, person_id: int) -> PersonSummary:
        row = self.db.execute("SELECT id, trim(given_name || ' ' || family_name), email FROM people WHERE id = ?",
                              [person_id]).fetchone()
        return PersonSummary(*NotFound.unless(row, "person", person_id))

    # -- register extract (art. 15) ----------------------------------------------------
    def extract(self, person_id: int) -> dict[str, object]:
        """Everything stored about the person: their row, invitations and answers,
        attendance with its source, who stood in for them, and the record's times."""
        return NotFound.unless(sql.record(self.db, person_id), "person", person_id)

    def write_json(self, person_id: int, target: Path) -> None:
        content = {"format": EXTRACT_FORMAT, **self.extract(person_id)}
        write_atomically(Path(target), json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8"))

    # -- erasure (art. 17) -------------------------------------------------------------
    def erasure_plan(self, person_id: int) -> ErasurePlan:
        person = self.summary(person_id)
        uuid = self.db.execute("SELECT uuid FROM people WHERE id = ?", [person_id]).fetchone()[0]
        count = "SELECT count(*) FROM {} WHERE person_id = ?"
        holding = tuple(self.backups.holding(uuid, person.email)) if self.backups else ()
        return ErasurePlan(person, uuid, self.db.execute(count.format("invitations"), [person_id]).fetchone()[0],
                           self.db.execute(count.format("attendance"), [person_id]).fetchone()[0], holding)

    def erase(self, person_id: int) -> ErasureResult:
        """Erase the person from the file, leaving no bytes behind (see store.privacy)."""
        person = self.summary(person_id)
        sql.erase(self.db, [person_id])
        return ErasureResult(person, sql.truncate_wal(self.db))

    # -- retention (storage limitation) -------------------------------------------------
    def purge_plan(self, cutoff: date) -> PurgePlan:
        """Who the purge would remove: the people with no activity since ``cutoff`` - not
        changed since, and not invited to or attending a session of a programme that had
        not ended by then. Changes nothing."""
        ids = sql.expired_people(self.db, cutoff)
        erased = tuple(self.summary(person_id) for person_id in ids)
        anonymised = tuple(sql.reached(self.db, ids)) if ids else ()
        return PurgePlan(cutoff, tuple(sql.ended_programmes(self.db, cutoff)), erased, anonymised)

    def purge(self, plan: PurgePlan) -> PurgeResult:
        """Back up, then in one transaction erase the plan's people; those who were reached
        keep an anonymous row and their attendance so past programmes' reach stays the same.
        The plan is checked again: someone active since the preview is left alone."""
        still_expired = set(sql.expired_people(self.db, plan.cutoff))
        ids = [person.id for person in plan.erased if person.id in still_expired]
        if not ids:
            return PurgeResult(0, 0, None)
        backup = self.backups.take("purge") if self.backups else None
        reached = set(sql.reached(self.db, ids))
        self.db.execute("PRAGMA secure_delete = ON")
        with self.db.atomic():
            if reached:
                sql.anonymise(self.db, sorted(reached))
            gone = [person_id for person_id in ids if person_id not in reached]
            if gone:
                sql.erase(self.db, gone)
            sql.forget_deleted_words(self.db)
        sql.truncate_wal(self.db)
        return PurgeResult(len(ids), len(reached), backup)
