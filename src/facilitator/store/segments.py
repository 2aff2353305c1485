"""A session's run-sheet: its segments in order, and undoable writes that keep the order.

Positions are always 0, 1, 2, ... within a session. Every write that changes the order
(insert, delete, move) rewrites the positions of all the session's segments in the same
transaction and records every one of them in the ChangeSet, so undo puts the whole
order back, not just the row that was touched.
"""

from collections.abc import Sequence

from sqlite_utils import Database

from ..domain.enums import SegmentKind
from ..domain.records import Segment
from ..domain.timezone import utc_now_text
from .changes import ChangeSet, capture, new_row, tracked

_COLUMNS = "id, uuid, session_id, position, kind, title, planned_minutes, questions, notes"


def segment_values(segment: Segment) -> dict[str, object]:
    return {
        "kind": str(segment.kind),
        "title": segment.title.strip(),
        "planned_minutes": segment.planned_minutes,
        "questions": segment.questions,
        "notes": segment.notes,
    }


# -- reading ---------------------------------------------------------------------------
def list_for_session(db: Database, session_id: int) -> list[Segment]:
    """The session's segments in running order."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM segments WHERE session_id = ? ORDER BY position, id",
                      [session_id])
    return [_segment(row) for row in rows]


def get(db: Database, segment_id: int) -> Segment | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM segments WHERE id = ?", [segment_id]).fetchone()
    return _segment(row) if row else None


def ids_for_session(db: Database, session_id: int) -> list[int]:
    rows = db.execute("SELECT id FROM segments WHERE session_id = ? ORDER BY position, id", [session_id])
    return [row[0] for row in rows]


def session_of(db: Database, segment_id: int) -> int | None:
    row = db.execute("SELECT session_id FROM segments WHERE id = ?", [segment_id]).fetchone()
    return row[0] if row else None


def _segment(row: tuple) -> Segment:
    id_, uuid, _session_id, _position, kind, title, minutes, questions, notes = row
    return Segment(SegmentKind(kind), title, minutes, questions, notes, id_, uuid)


# -- writing ---------------------------------------------------------------------------
def insert(db: Database, session_id: int, segments: Sequence[Segment], position: int | None = None) -> ChangeSet:
    """Insert segments at ``position`` (the end if None), moving later ones down; one change."""
    with db.atomic():
        existing = ids_for_session(db, session_id)
        before = capture(db, "segments", existing)
        at = len(existing) if position is None else min(max(position, 0), len(existing))
        new_ids = [db["segments"].insert(new_row({**segment_values(segment), "session_id": session_id,
                                                   "position": -1})).last_pk
                   for segment in segments]
        _set_order(db, existing[:at] + new_ids + existing[at:])
        after = capture(db, "segments", existing + new_ids)
    before["segments"].update(dict.fromkeys(new_ids))  # the new rows did not exist before
    return ChangeSet(before, after)


def update(db: Database, segment_id: int, segment: Segment) -> ChangeSet:
    values = dict(segment_values(segment), updated_at=utc_now_text())
    return tracked(db, "segments", [segment_id], lambda: db["segments"].update(segment_id, values))


def set_notes(db: Database, segment_id: int, notes: str) -> ChangeSet:
    """Save notes as they are typed (the caller decides how typing becomes undo steps)."""
    return _set_text(db, segment_id, "notes", notes)


def set_questions(db: Database, segment_id: int, questions: str) -> ChangeSet:
    return _set_text(db, segment_id, "questions", questions)


def _set_text(db: Database, segment_id: int, column: str, text: str) -> ChangeSet:
    def action() -> None:
        db.execute(f"UPDATE segments SET [{column}] = ?, updated_at = ? WHERE id = ? AND [{column}] != ?",
                   [text, utc_now_text(), segment_id, text])

    return tracked(db, "segments", [segment_id], action)


def delete(db: Database, segment_ids: Sequence[int]) -> ChangeSet:
    """Delete segments; the ones left close up the gap."""
    session_ids = {session_of(db, segment_id) for segment_id in segment_ids} - {None}
    siblings = [id_ for session_id in session_ids for id_ in ids_for_session(db, session_id)]

    def action() -> None:
        for segment_id in segment_ids:
            db.execute("DELETE FROM segments WHERE id = ?", [segment_id])
        for session_id in session_ids:
            _set_order(db, ids_for_session(db, session_id))

    return tracked(db, "segments", siblings, action)


def move(db: Database, segment_id: int, step: int) -> ChangeSet:
    """Move a segment ``step`` places later (negative: earlier); an empty change at either end."""
    session_id = session_of(db, segment_id)
    if session_id is None:
        return ChangeSet()
    order = ids_for_session(db, session_id)
    old = order.index(segment_id)
    new = min(max(old + step, 0), len(order) - 1)
    order.insert(new, order.pop(old))
    return tracked(db, "segments", order, lambda: _set_order(db, order))


def _set_order(db: Database, ordered_ids: list[int]) -> None:
    """Number the segments 0, 1, 2, ... in this order, touching only rows that move."""
    now = utc_now_text()
    for position, segment_id in enumerate(ordered_ids):
        db.execute("UPDATE segments SET position = ?, updated_at = ? WHERE id = ? AND position != ?",
                   [position, now, segment_id, position])
