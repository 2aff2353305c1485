"""A session's run-sheet: the agenda, the standard agenda to start from, and the clock.

:func:`clock_state` is pure: from the session's start, the agenda and the time now it
works out what the run-sheet shows (before the start, which segment is running and
how long it has left, what comes next, finished). The window calls it every second
with an injected clock, so tests drive it with a fake one and nothing here sleeps.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlite_utils import Database

from ..domain.enums import SegmentKind
from ..domain.records import Segment, Session
from ..store import segments, sessions
from ..store.changes import ChangeSet
from .errors import InvalidInput

# The running order of a typical "Våga vara digital!" webcast: broadcast parts from the
# national studio, with local discussions in the room between them. Plain data, added
# only when the user asks for it (Swedish, like the sessions it is used in).
STANDARD_AGENDA: tuple[tuple[SegmentKind, str, int, str], ...] = (
    (SegmentKind.BROADCAST, "Välkommen och inledning", 10, ""),
    (SegmentKind.BROADCAST, "Sändning del 1", 25, ""),
    (SegmentKind.DISCUSSION, "Lokalt samtal", 20,
     "Vad betyder det vi just hörde för vår organisation?\n"
     "Var står vi i dag, och vad är nästa steg?"),
    (SegmentKind.BREAK, "Paus", 10, ""),
    (SegmentKind.BROADCAST, "Sändning del 2", 25, ""),
    (SegmentKind.DISCUSSION, "Lokalt samtal", 20,
     "Vilka beslut behöver vi som ledare fatta?\n"
     "Vad tar vi med oss hem, och vem gör vad?"),
    (SegmentKind.BROADCAST, "Avslutning", 10, ""),
)


def standard_agenda() -> list[Segment]:
    """Fresh segments for a new run-sheet (the caller may change them before saving)."""
    return [Segment(kind, title, minutes, questions) for kind, title, minutes, questions in STANDARD_AGENDA]


# -- planned times and the clock ---------------------------------------------------------
@dataclass(frozen=True)
class PlannedSegment:
    """A segment with the times it runs if the session keeps to the plan."""

    index: int
    segment: Segment
    offset: timedelta  # from the session's start
    start: datetime | None  # None when the session has no start time
    end: datetime | None

    @property
    def end_offset(self) -> timedelta:
        return self.offset + timedelta(minutes=self.segment.planned_minutes)


def plan(start: datetime | None, agenda: Sequence[Segment]) -> list[PlannedSegment]:
    """Lay the segments end to end from the session's start."""
    planned, offset = [], timedelta()
    for index, segment in enumerate(agenda):
        length = timedelta(minutes=segment.planned_minutes)
        planned.append(PlannedSegment(index, segment, offset, start + offset if start else None,
                                      start + offset + length if start else None))
        offset += length
    return planned


def total_minutes(agenda: Sequence[Segment]) -> int:
    return sum(segment.planned_minutes for segment in agenda)


class Phase(StrEnum):
    EMPTY = "empty"  # no segments yet
    UNSCHEDULED = "unscheduled"  # the session has no start time
    BEFORE = "before"
    RUNNING = "running"
    FINISHED = "finished"


@dataclass(frozen=True)
class ClockState:
    """What the run-sheet shows at one moment."""

    phase: Phase
    current: PlannedSegment | None = None  # running now
    next: PlannedSegment | None = None  # after the current one; the first one before the start
    # Whole seconds, rounded up: left in the current segment, or until the start.
    seconds_left: int = 0

    @property
    def current_index(self) -> int | None:
        return self.current.index if self.current else None


def clock_state(start: datetime | None, agenda: Sequence[Segment], now: datetime) -> ClockState:
    """Where the session is at ``now`` (aware), if it keeps to the plan.

    A segment runs from its start up to, not including, its end: at the very second one
    segment ends the next is current. Segments of 0 minutes are never current.
    """
    if not agenda:
        return ClockState(Phase.EMPTY)
    if start is None:
        return ClockState(Phase.UNSCHEDULED)
    planned = plan(start, agenda)
    if now < start:
        return ClockState(Phase.BEFORE, next=planned[0], seconds_left=_seconds_until(start, now))
    elapsed = now - start
    for item in planned:
        if item.offset <= elapsed < item.end_offset:
            following = planned[item.index + 1] if item.index + 1 < len(planned) else None
            return ClockState(Phase.RUNNING, item, following, _seconds_until(start + item.end_offset, now))
    return ClockState(Phase.FINISHED)


def _seconds_until(moment: datetime, now: datetime) -> int:
    """Rounded up, so a countdown shows 0:00 only when the time is up."""
    return math.ceil((moment - now).total_seconds())


# -- use cases ---------------------------------------------------------------------------
class RunSheet:
    """Reading and editing run-sheets; every write returns a ChangeSet for undo."""

    def __init__(self, db: Database):
        self.db = db

    def session(self, session_id: int) -> Session | None:
        return sessions.get(self.db, session_id)

    def agenda(self, session_id: int) -> list[Segment]:
        return segments.list_for_session(self.db, session_id)

    def segment(self, segment_id: int) -> Segment | None:
        return segments.get(self.db, segment_id)

    def add(self, session_id: int, segment: Segment, position: int | None = None) -> ChangeSet:
        """Add a segment at ``position`` (at the end if None)."""
        _check(segment)
        return segments.insert(self.db, session_id, [segment], position)

    def add_standard_agenda(self, session_id: int) -> ChangeSet:
        """Append the standard agenda, as one undoable change."""
        return segments.insert(self.db, session_id, standard_agenda())

    def edit(self, segment_id: int, segment: Segment) -> ChangeSet:
        _check(segment)
        return segments.update(self.db, segment_id, segment)

    def delete(self, segment_ids: list[int]) -> ChangeSet:
        return segments.delete(self.db, segment_ids)

    def move(self, segment_id: int, step: int) -> ChangeSet:
        """Move up (step -1) or down (+1); an empty change when it is already at that end."""
        return segments.move(self.db, segment_id, step)

    def set_notes(self, segment_id: int, notes: str) -> ChangeSet:
        return segments.set_notes(self.db, segment_id, notes)

    def set_questions(self, segment_id: int, questions: str) -> ChangeSet:
        return segments.set_questions(self.db, segment_id, questions)


def _check(segment: Segment) -> None:
    problems = segment.problems()
    if problems:
        raise InvalidInput(problems)
