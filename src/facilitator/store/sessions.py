"""Webcast sessions: writes (with the calendar SEQUENCE raised on each change) and queries."""

from sqlite_utils import Database

from ..domain.enums import FocusArea, SessionStatus
from ..domain.records import Session
from ..domain.timezone import from_utc_text, to_utc_text, utc_now_text
from .changes import ChangeSet, absent, capture, new_row, tracked

SORT_EXPRESSIONS = {
    "start": "s.start_utc",
    "title": "swedish_key(s.title)",
    "focus_area": "s.focus_area",
    "status": "s.status",
}

# Invited / accepted / attended per session, computed in one pass over each table.
_COUNTS = """
    (SELECT count(*) FROM invitations i WHERE i.session_id = s.id) AS invited,
    (SELECT count(*) FROM invitations i WHERE i.session_id = s.id AND i.status = 'accepted')
        AS accepted,
    (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 1) AS attended
"""


def session_values(session: Session) -> dict[str, object]:
    return {
        "programme_id": session.programme_id,
        "title": session.title.strip(),
        "focus_area": str(session.focus_area) if session.focus_area else None,
        "start_utc": to_utc_text(session.start) if session.start else None,
        "end_utc": to_utc_text(session.end) if session.end else None,
        "platform": session.platform.strip(),
        "join_link": session.join_link.strip(),
        "room": session.room.strip(),
        "capacity": session.capacity,
        "status": str(session.status),
        "description": session.description,
    }


def insert(db: Database, session: Session) -> ChangeSet:
    with db.atomic():
        new_id = db["sessions"].insert(new_row(session_values(session))).last_pk
        after = capture(db, "sessions", [new_id])
    return ChangeSet(absent(after), after)


def update(db: Database, session_id: int, session: Session) -> ChangeSet:
    def action() -> None:
        values = dict(session_values(session), updated_at=utc_now_text())
        db["sessions"].update(session_id, values)
        # Calendar clients only take a changed invitation whose SEQUENCE went up.
        db.execute("UPDATE sessions SET sequence = sequence + 1 WHERE id = ?", [session_id])

    return tracked(db, "sessions", [session_id], action)


def set_status(db: Database, session_ids: list[int], status: SessionStatus) -> ChangeSet:
    def action() -> None:
        for session_id in session_ids:
            db.execute(
                "UPDATE sessions SET status = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?",
                [str(status), utc_now_text(), session_id],
            )

    return tracked(db, "sessions", session_ids, action)


def delete(db: Database, session_ids: list[int]) -> ChangeSet:
    with db.atomic():
        before = capture(db, "sessions", session_ids, with_dependents=True)
        for session_id in session_ids:
            db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
    return ChangeSet(before, absent(before))


def get(db: Database, session_id: int) -> Session | None:
    rows = list(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        return None
    row = rows[0]
    return Session(
        title=row["title"],
        start=from_utc_text(row["start_utc"]),
        end=from_utc_text(row["end_utc"]),
        programme_id=row["programme_id"],
        focus_area=FocusArea(row["focus_area"]) if row["focus_area"] else None,
        platform=row["platform"],
        join_link=row["join_link"],
        room=row["room"],
        capacity=row["capacity"],
        status=SessionStatus(row["status"]),
        description=row["description"],
        id=row["id"],
        uuid=row["uuid"],
        sequence=row["sequence"],
    )


def count_attendance(db: Database, session_ids: list[int]) -> int:
    marks = ",".join("?" * len(session_ids))
    sql = f"SELECT count(DISTINCT person_id) FROM attendance WHERE session_id IN ({marks})"
    return db.execute(sql, session_ids).fetchone()[0]


def list_ids(db: Database, sort: str = "start", descending: bool = False) -> list[int]:
    order = SORT_EXPRESSIONS.get(sort, SORT_EXPRESSIONS["start"])
    direction = " DESC" if descending else ""
    sql = f"SELECT s.id FROM sessions s ORDER BY {order}{direction}, s.start_utc, s.id"
    return [row[0] for row in db.execute(sql)]


def rows_for(db: Database, ids: list[int]) -> dict[int, dict[str, object]]:
    marks = ",".join("?" * len(ids))
    cursor = db.execute(
        f"SELECT s.id, s.title, s.focus_area, s.start_utc, s.end_utc, s.status, s.room, {_COUNTS} "
        f"FROM sessions s WHERE s.id IN ({marks})",
        ids,
    )
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def overlapping(db: Database, session: Session) -> list[str]:
    """Titles of other sessions whose time overlaps this one (a warning, not an error)."""
    if not (session.start and session.end):
        return []
    rows = db.execute(
        "SELECT title FROM sessions WHERE id IS NOT ? AND status != 'cancelled' "
        "AND start_utc < ? AND end_utc > ? ORDER BY start_utc",
        [session.id, to_utc_text(session.end), to_utc_text(session.start)],
    )
    return [row[0] for row in rows]
