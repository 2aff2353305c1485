"""Join/leave logs: Teams' 2020 "Full Name, User Action, Timestamp" and the live event
(town hall) attendee report "SessionId, ParticipantId, FullName, UserAgent,
UtcEventTimestamp, Action, Role". Each join is paired with the next leave of the same
person (or device session) into a connection; someone still in the meeting when the log
ends is counted until its last event.

The actions are words in the downloader's language ("Joined", "Anslöt", "Entrou"); a word
we do not know is a join when it is how people's logs begin.
"""

from collections import Counter
from datetime import datetime

from ...domain.translatable import QT_TRANSLATE_NOOP
from ..tables import UnreadableFile
from .layout import Table
from .model import Connection
from .values import DateReader, kind_phrase
from .words import JOIN_ACTIONS, LEAVE_ACTIONS, fold

Event = tuple[datetime, str, int, list[str]]  # moment, folded action, line, cells


def log_connections(table: Table, dates: DateReader, kind: str) -> list[Connection]:
    """The connections of a join/leave log, person by person in the order they first appear."""
    events: dict[str, list[Event]] = {}
    for line, cells in table.rows:
        moment = dates.parse(table.value(cells, "timestamp"), line, table.zones.get("timestamp"), kind)
        if moment is None:
            raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
                "Readers", "This looks like %1, but a join or leave has no time."),
                line=line, args=(kind_phrase(kind),))
        key = table.value(cells, "session_id") or fold(table.value(cells, "name") + table.value(cells, "upn"))
        events.setdefault(key, []).append((moment, fold(table.value(cells, "action")), line, cells))
    for person in events.values():
        person.sort(key=lambda event: event[0])
    joins = _joins(events, kind)
    log_end = max((event[0] for person in events.values() for event in person), default=None)
    # Dicts keep the order people first appear in the file.
    return [connection for person in events.values() for connection in _paired(person, joins, log_end, table)]


def _paired(person: list[Event], joins: dict[str, bool], log_end: datetime | None,
            table: Table) -> list[Connection]:
    """A person's events in time order, each join paired with the next leave."""
    found = []
    opened: Event | None = None
    for event in person:
        if joins[event[1]] and opened is None:
            opened = event
        elif not joins[event[1]] and opened is not None:
            found.append(_connection(opened, event[0], table))
            opened = None
    if opened is not None:
        found.append(_connection(opened, log_end, table))
    return found


def _connection(opened: Event, left: datetime | None, table: Table) -> Connection:
    moment, _, line, cells = opened
    return Connection(name=table.value(cells, "name").strip("\"'").strip(), email=table.value(cells, "email"),
                      upn=table.value(cells, "upn"), role=table.value(cells, "role"), line=line,
                      joined=moment, left=left, seconds=None)


def _joins(events: dict[str, list[Event]], kind: str) -> dict[str, bool]:
    """Each action word: a join (True) or a leave (False)."""
    first = Counter(person[0][1] for person in events.values())
    later = Counter(event[1] for person in events.values() for event in person[1:])
    joins = {}
    for action in first.keys() | later.keys():
        if action.startswith(JOIN_ACTIONS):
            joins[action] = True
        elif action.startswith(LEAVE_ACTIONS):
            joins[action] = False
        elif first[action] > later[action] / 2 or (first[action] > 0 and not later[action]):
            joins[action] = True  # a word we do not know, that begins people's logs
        elif first[action] == 0 and later[action]:
            joins[action] = False
        else:
            line = next(event[2] for person in events.values() for event in person if event[1] == action)
            raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
                "Readers", "This looks like %1, but the action '%2' is neither a join nor a leave."),
                line=line, args=(kind_phrase(kind), action))
    return joins
