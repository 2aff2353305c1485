"""Attendance at a session: check-in toggles, walk-ins, substitutes, and running counts."""

from sqlite_utils import Database

from ..domain.enums import AttendanceMode
from ..domain.timezone import utc_now_text
from .changes import ChangeSet, absent, capture, new_row, tracked
from .people import fts_expression

# Invitees and everyone already recorded at the session: the check-in list.
_AT_SESSION = """(SELECT person_id FROM invitations WHERE session_id = :session
    UNION SELECT person_id FROM attendance WHERE session_id = :session)"""


def toggle_present(db: Database, session_id: int, person_id: int, mode: AttendanceMode, *,
                   walk_in: bool = False, substitute_for: int | None = None) -> ChangeSet:
    """Mark present, or - if present already - back to absent. One undoable change."""
    row = db.execute("SELECT id, present FROM attendance WHERE session_id = ? AND person_id = ?",
                     [session_id, person_id]).fetchone()
    if row is None:
        with db.atomic():
            new_id = db["attendance"].insert(new_row({
                "session_id": session_id, "person_id": person_id, "present": 1, "mode": str(mode),
                "source": "manual", "joined_utc": utc_now_text(), "walk_in": int(walk_in),
                "substitute_for": substitute_for})).last_pk
            after = capture(db, "attendance", [new_id])
        return ChangeSet(absent(after), after)
    attendance_id, present = row
    values = {"present": 0 if present else 1, "updated_at": utc_now_text()}
    if not present:
        values.update(mode=str(mode), joined_utc=utc_now_text())
    return tracked(db, "attendance", [attendance_id], lambda: db["attendance"].update(attendance_id, values))


def set_mode(db: Database, session_id: int, person_id: int, mode: AttendanceMode) -> ChangeSet:
    row = db.execute("SELECT id FROM attendance WHERE session_id = ? AND person_id = ?",
                     [session_id, person_id]).fetchone()
    if row is None:
        return ChangeSet()
    return tracked(db, "attendance", [row[0]], lambda: db["attendance"].update(
        row[0], {"mode": str(mode), "updated_at": utc_now_text()}))


def check_in_ids(db: Database, session_id: int, text: str = "") -> list[int]:
    """People on the check-in list (invited, or already recorded), matching typed text."""
    params: dict[str, object] = {"session": session_id}
    sql = f"SELECT p.id FROM people p WHERE p.id IN {_AT_SESSION}"
    match = fts_expression(text)
    if match:
        sql += " AND p.id IN (SELECT rowid FROM people_search WHERE people_search MATCH :match)"
        params["match"] = match
    return [row[0] for row in db.execute(sql + " ORDER BY p.sort_key, p.id", params)]


def others_matching(db: Database, session_id: int, text: str, limit: int = 20) -> list[int]:
    """People in the register, not on this session's list, matching text (walk-in candidates)."""
    match = fts_expression(text)
    if not match:
        return []
    sql = (f"SELECT p.id FROM people p WHERE p.id NOT IN {_AT_SESSION} AND p.id IN "
           "(SELECT rowid FROM people_search WHERE people_search MATCH :match) "
           "ORDER BY p.sort_key LIMIT :limit")
    return [row[0] for row in db.execute(sql, {"session": session_id, "match": match, "limit": limit})]


def check_in_rows(db: Database, session_id: int, person_ids: list[int]) -> dict[int, dict]:
    marks = ",".join("?" * len(person_ids))
    cursor = db.execute(
        "SELECT p.id, p.given_name, p.family_name, p.title, p.category, o.name AS organisation, "
        "i.status AS invitation, coalesce(a.present, 0) AS present, a.mode, "
        "coalesce(a.walk_in, 0) AS walk_in, a.substitute_for, "
        "(SELECT s.given_name || ' ' || s.family_name FROM people s WHERE s.id = a.substitute_for) "
        "AS substitute_for_name FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN invitations i ON i.person_id = p.id AND i.session_id = ? "
        "LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = ? "
        f"WHERE p.id IN ({marks})", [session_id, session_id, *person_ids])
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def running_counts(db: Database, session_id: int) -> dict[str, object]:
    """Present / invited overall, by organisation and by category, and how they attend."""
    total = db.execute(
        "SELECT (SELECT count(*) FROM attendance WHERE session_id = :s AND present = 1), "
        "(SELECT count(*) FROM invitations WHERE session_id = :s), "
        "(SELECT count(*) FROM attendance WHERE session_id = :s AND present = 1 AND mode = 'on_site'), "
        "(SELECT count(*) FROM attendance WHERE session_id = :s AND present = 1 AND mode = 'remote'), "
        "(SELECT count(*) FROM attendance WHERE session_id = :s AND present = 1 AND walk_in = 1)",
        {"s": session_id}).fetchone()
    return {
        "present": total[0], "invited": total[1], "on_site": total[2], "remote": total[3],
        "walk_ins": total[4],
        "by_organisation": _grouped(db, session_id, "coalesce(o.name, '')", "o.sort_key"),
        "by_category": _grouped(db, session_id, "p.category", "p.category"),
    }


def _grouped(db: Database, session_id: int, key: str, order: str) -> list[tuple[str, int, int]]:
    """(group, present, invited) rows over everyone on the session's list."""
    sql = (f"SELECT {key}, sum(coalesce(a.present, 0)), sum(i.id IS NOT NULL) FROM people p "
           "LEFT JOIN organisations o ON o.id = p.organisation_id "
           "LEFT JOIN invitations i ON i.person_id = p.id AND i.session_id = :s "
           "LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = :s "
           f"WHERE p.id IN {_AT_SESSION.replace(':session', ':s')} GROUP BY {key} ORDER BY min({order})")
    return [tuple(row) for row in db.execute(sql, {"s": session_id})]
