"""What an attendance report says, whatever wrote it: the meeting, and each person in it
with their time in the meeting.

A report lists connections - one row per join, or per person with their first join and
last leave - and one person may have several: rejoins, and two devices at once. Their
time in the meeting counts each connection, and the time two connections overlap once
(:func:`time_in_meeting`): someone on the laptop and the phone for a 91-minute meeting
was there 91 minutes, not 152.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .values import is_email

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class Participant:
    name: str  # as in the report
    email: str  # "" if none
    upn: str  # Teams "Participant ID (UPN)", "" if none
    joined: datetime | None  # aware (UTC), the first join
    left: datetime | None  # aware (UTC), the last leave
    minutes: int  # time in the meeting, overlapping connections counted once
    role: str  # "Organizer", "Presenter", "Attendee", ... as written, "" if none
    line: int  # first line of this participant in the file
    intervals: tuple[Interval, ...] = ()  # each connection's join and leave, where the report gives both
    connected_minutes: int = 0  # the connections' minutes simply added up (0: the same as minutes)

    @property
    def overlap_minutes(self) -> int:
        """Minutes two of this person's connections overlapped (counted once in ``minutes``)."""
        return max(self.connected_minutes - self.minutes, 0)


@dataclass(frozen=True)
class AttendanceReport:
    platform: str  # "teams" | "zoom" | "zoom_webinar" | "meet" | "webex" | "" (unknown)
    generation: str  # "teams_2020" | "teams_2021" | "teams_current" | "teams_live_event" | "zoom_meeting"
    #                  | "zoom_unique" | "zoom_webinar" | "meet" | "webex" | "" (an attendance table)
    meeting_title: str  # "" if unknown
    meeting_start: datetime | None
    participants: list[Participant]  # one per person (rejoins merged)
    # The meeting's start read with day and month the other way round, when nothing in the
    # file (or the session's date) told which order its dates are in: "11/12/2020".
    other_start: datetime | None = None


@dataclass(frozen=True)
class Connection:
    """One row of a report: a person's join and leave, or their time in all."""

    name: str
    email: str
    upn: str
    role: str
    line: int
    joined: datetime | None
    left: datetime | None
    seconds: int | None  # the report's duration of this row; None if it gives none

    def span(self) -> Interval | None:
        if self.joined and self.left and self.left >= self.joined:
            return self.joined, self.left
        return None

    def length(self) -> int:
        """Seconds of this connection: the report's duration, no longer than from join to leave
        (a summary row that adds up two devices says more than the clock allows)."""
        span = self.span()
        if span is None:
            return self.seconds or 0
        clock = int((span[1] - span[0]).total_seconds())
        if self.seconds is None or self.seconds > clock + 60:  # Zoom rounds each row up to the minute
            return clock
        return self.seconds


def overlap_seconds(intervals: Iterable[Interval]) -> int:
    """Seconds counted twice when the intervals are added up: their sum less their union."""
    ordered = sorted(intervals)
    total = sum((end - start).total_seconds() for start, end in ordered)
    union = 0.0
    current: Interval | None = None
    for start, end in ordered:
        if current is None or start > current[1]:
            if current is not None:
                union += (current[1] - current[0]).total_seconds()
            current = (start, end)
        elif end > current[1]:
            current = (current[0], end)
    if current is not None:
        union += (current[1] - current[0]).total_seconds()
    return int(total - union)


def participant(connections: Sequence[Connection], identity: Connection | None = None) -> Participant:
    """One person from their connections; ``identity`` (a summary row) names them when given."""
    first = identity or connections[0]
    spans = tuple(span for connection in connections if (span := connection.span()))
    connected = sum(connection.length() for connection in connections)
    joins = [moment for connection in (*connections, first) if (moment := connection.joined)]
    leaves = [moment for connection in (*connections, first) if (moment := connection.left)]
    return Participant(
        name=first.name, email=first.email or _first(c.email for c in connections),
        upn=first.upn or _first(c.upn for c in connections), joined=min(joins, default=None),
        left=max(leaves, default=None), minutes=max(connected - overlap_seconds(spans), 0) // 60,
        role=first.role or _first(c.role for c in connections), line=min(c.line for c in (*connections, first)),
        intervals=spans, connected_minutes=connected // 60)


def _first(values: Iterable[str]) -> str:
    return next((value for value in values if value), "")


def time_in_meeting(participants: Sequence[Participant]) -> int:
    """Minutes of several report entries that are one person (matched to the same person
    on import): their minutes added up, the time their intervals overlap counted once."""
    own = sum(overlap_seconds(p.intervals) for p in participants)
    shared = overlap_seconds([interval for p in participants for interval in p.intervals]) - own
    return max(sum(p.minutes for p in participants) - shared // 60, 0)


def people(connections: Sequence[Connection]) -> list[Participant]:
    """One participant per person, in the order they first appear (see :func:`groups`)."""
    return [participant(group) for group in groups(connections)]


def groups(connections: Sequence[Connection]) -> list[list[Connection]]:
    """The connections of each person: rows with the same address are one person, and rows
    with the same name where one of them has no address. Two rows with the same name and
    different addresses are two people."""
    found: list[list[Connection]] = []
    by_address: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for connection in connections:
        address = address_key(connection)
        name = name_key(connection)
        index = by_address.get(address) if address else None
        if index is None and name in by_name:
            other = address_key(found[by_name[name]][0])
            index = by_name[name] if not address or not other else None
        if index is None:
            found.append([])
            index = len(found) - 1
        found[index].append(connection)
        if address:
            by_address.setdefault(address, index)
        by_name.setdefault(name, index)
    return found


def address_key(connection: Connection) -> str:
    """The connection's address: its email, else its UPN, if either is an address at all
    (anonymised reports write "EMAIL")."""
    for address in (connection.email, connection.upn):
        if "@" in address and is_email(address):
            return address.strip().casefold()
    return ""


def name_key(connection: Connection) -> str:
    return " ".join(connection.name.casefold().split())
