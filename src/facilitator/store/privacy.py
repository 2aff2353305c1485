"""What the register holds about one person, erasing them, and the retention purge - in SQL.

Erasing leaves no bytes behind: every connection runs with ``secure_delete`` on (deleted
content is overwritten with zeros), the people search index (FTS5) is merged into one
segment afterwards so the erased person's words are not left in an older segment, and
the WAL is checkpointed and truncated so the pages that held them are not kept there.
"""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.timezone import utc_now_text

PERSON = """SELECT p.id, p.uuid, p.given_name, p.family_name, p.title, p.category, p.email, p.phone,
    p.notes, p.active, p.created_at, p.updated_at, o.name AS organisation
FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?"""

INVITATIONS = """SELECT s.title AS session, s.start_utc, g.name AS programme, i.status, i.status_changed_at,
    i.note, i.created_at, i.updated_at
FROM invitations i JOIN sessions s ON s.id = i.session_id LEFT JOIN programmes g ON g.id = s.programme_id
WHERE i.person_id = ? ORDER BY s.start_utc, s.id"""

ATTENDANCE = """SELECT s.title AS session, s.start_utc, g.name AS programme, a.present, a.mode, a.source,
    a.joined_utc, a.left_utc, a.minutes, a.walk_in,
    trim(coalesce(f.given_name, '') || ' ' || coalesce(f.family_name, '')) AS substitute_for,
    a.note, a.created_at, a.updated_at
FROM attendance a JOIN sessions s ON s.id = a.session_id LEFT JOIN programmes g ON g.id = s.programme_id
LEFT JOIN people f ON f.id = a.substitute_for
WHERE a.person_id = ? ORDER BY s.start_utc, s.id"""

# Someone else attended in this person's place.
STOOD_IN_FOR = """SELECT s.title AS session, s.start_utc,
    trim(p.given_name || ' ' || p.family_name) AS substitute, a.created_at
FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN people p ON p.id = a.person_id
WHERE a.substitute_for = ? ORDER BY s.start_utc, s.id"""


class Ambiguous(Exception):
    """More than one person has this email address; ``ids`` lists them."""

    def __init__(self, key: str, ids: list[int]):
        super().__init__(key)
        self.key = key
        self.ids = ids


def find_person(db: Database, email_or_id: str) -> int | None:
    """The person with this id (digits) or email address (any letter case)."""
    key = email_or_id.strip()
    if key.isdigit():
        row = db.execute("SELECT id FROM people WHERE id = ? AND anonymised = 0", [int(key)]).fetchone()
        return row[0] if row else None
    ids = [row[0] for row in db.execute(
        "SELECT id FROM people WHERE email = ? COLLATE NOCASE AND anonymised = 0 ORDER BY id", [key])]
    if len(ids) > 1:
        raise Ambiguous(key, ids)
    return ids[0] if ids else None


def record(db: Database, person_id: int) -> dict[str, object] | None:
    """Everything stored about the person, as plain rows (column name -> value)."""
    person = _rows(db, PERSON, person_id)
    if not person:
        return None
    return {"person": person[0], "invitations": _rows(db, INVITATIONS, person_id),
            "attendance": _rows(db, ATTENDANCE, person_id), "stood_in_for": _rows(db, STOOD_IN_FOR, person_id)}


def _rows(db: Database, sql: str, person_id: int) -> list[dict[str, object]]:
    cursor = db.execute(sql, [person_id])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def erase(db: Database, person_ids: list[int]) -> int:
    """Delete the people with their invitations and attendance, leaving no bytes behind;
    return how many were erased. Not undoable, by design."""
    db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        marks = ",".join("?" * len(person_ids))
        db.execute(f"DELETE FROM attendance WHERE person_id IN ({marks})", person_ids)
        db.execute(f"UPDATE attendance SET substitute_for = NULL WHERE substitute_for IN ({marks})", person_ids)
        db.execute(f"DELETE FROM invitations WHERE person_id IN ({marks})", person_ids)
        erased = db.execute(f"DELETE FROM people WHERE id IN ({marks})", person_ids).rowcount
        forget_deleted_words(db)
    return erased


def forget_deleted_words(db: Database) -> None:
    """FTS5 records a deletion as a marker in a new segment; merging every segment into
    one drops the deleted words themselves (and secure_delete zeroes the old segments)."""
    db.execute("INSERT INTO people_search (people_search) VALUES ('optimize')")


def truncate_wal(db: Database) -> bool:
    """Copy everything into the main file and empty the WAL; False when another connection
    still reads an older state (then the WAL is emptied on its next checkpoint)."""
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


# -- retention -------------------------------------------------------------------------------

@dataclass(frozen=True)
class EndedProgramme:
    id: int
    name: str
    ended: str  # ISO date


# A programme has ended on its period_end, or else on the day of its last session.
_PROGRAMME_END = """SELECT g.id, g.name, coalesce(g.period_end,
    (SELECT substr(max(coalesce(s.end_utc, s.start_utc)), 1, 10) FROM sessions s WHERE s.programme_id = g.id))
    AS ended FROM programmes g"""

# Sessions that still count as activity at :cutoff: of a programme not ended before it, or
# (without a programme) starting on or after it.
_LIVE_SESSIONS = f"""SELECT s.id FROM sessions s LEFT JOIN ({_PROGRAMME_END}) e ON e.id = s.programme_id
WHERE (s.programme_id IS NOT NULL AND (e.ended IS NULL OR e.ended >= :cutoff))
   OR (s.programme_id IS NULL AND (s.start_utc IS NULL OR substr(s.start_utc, 1, 10) >= :cutoff))"""

# People with no activity since :cutoff: not created or changed since, and not invited to
# or attending any session that still counts.
_EXPIRED_PEOPLE = f"""SELECT p.id FROM people p
WHERE p.anonymised = 0 AND substr(p.created_at, 1, 10) < :cutoff AND substr(p.updated_at, 1, 10) < :cutoff
  AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.person_id = p.id AND i.session_id IN ({_LIVE_SESSIONS}))
  AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = p.id AND a.session_id IN ({_LIVE_SESSIONS}))
ORDER BY p.sort_key, p.id"""


def ended_programmes(db: Database, cutoff: date) -> list[EndedProgramme]:
    rows = db.execute(f"SELECT id, name, ended FROM ({_PROGRAMME_END}) WHERE ended < ? ORDER BY ended, id",
                      [cutoff.isoformat()])
    return [EndedProgramme(*row) for row in rows]


def expired_people(db: Database, cutoff: date) -> list[int]:
    return [row[0] for row in db.execute(_EXPIRED_PEOPLE, {"cutoff": cutoff.isoformat()})]


def reached(db: Database, person_ids: list[int]) -> list[int]:
    """Those of ``person_ids`` who attended a session that was not cancelled (they count in
    a programme's reach, so their attendance is kept, anonymised)."""
    marks = ",".join("?" * len(person_ids))
    return [row[0] for row in db.execute(
        f"SELECT DISTINCT a.person_id FROM attendance a JOIN sessions s ON s.id = a.session_id "
        f"WHERE a.present = 1 AND s.status != 'cancelled' AND a.person_id IN ({marks})", person_ids)]


def anonymise(db: Database, person_ids: list[int]) -> None:
    """Keep only what reach counts: the person row without anything that names them
    (category and organisation stay, for reach by category and organisation) and their
    attendance without times or notes. Invitations go."""
    marks = ",".join("?" * len(person_ids))
    now = utc_now_text()
    db.execute(f"DELETE FROM invitations WHERE person_id IN ({marks})", person_ids)
    db.execute(f"DELETE FROM attendance WHERE person_id IN ({marks}) AND present = 0", person_ids)
    db.execute(f"UPDATE attendance SET joined_utc = NULL, left_utc = NULL, note = '', substitute_for = NULL, "
               f"updated_at = ? WHERE person_id IN ({marks})", [now, *person_ids])
    db.execute(f"UPDATE attendance SET substitute_for = NULL WHERE substitute_for IN ({marks})", person_ids)
    db.execute(f"UPDATE people SET given_name = '', family_name = '', sort_key = '', title = '', email = '', "
               f"phone = '', notes = '', active = 0, anonymised = 1, uuid = new_uuid(), updated_at = ? "
               f"WHERE id IN ({marks})", [now, *person_ids])
