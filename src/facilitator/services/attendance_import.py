"""Importing an attendance report (Teams, Zoom, Meet, Webex) into a session, in steps.

:meth:`AttendanceImport.session_fit` says whether the report is of the session's meeting
(its date, and its title where it has one): the window asks, the command line refuses
unless told otherwise. :meth:`AttendanceImport.review` matches each participant of the
report to a person - by email, then by Teams UPN (a guest's UPN holds their own address),
then by name (``Berg, Anna (Extern)`` is Anna Berg), then by a fuzzy score over the
session's invitees first and the whole register second - and sorts them into matched
(certain), uncertain (a near miss, several people with the name, or a name whose report
address is not the registered one: candidates to choose from) and unmatched. Nothing is
written. :meth:`apply` writes the user's confirmed choices in one transaction and
returns the ChangeSet that undoes them.

Rules the user can rely on:
- Present means at least ``minimum_minutes`` in the meeting; joined, left and minutes
  are stored either way.
- Importing the same report again changes nothing: each person has one row per session
  (UNIQUE(session_id, person_id)), and a row already holding the values is not written.
- A report never downgrades a manual check-in: a person checked in by hand (present)
  stays present with their mode (on site stays on site); the report adds joined, left
  and minutes. Rows a report wrote, or absent manual rows, follow the report.
- Someone present who was not invited is recorded as a walk-in, as at check-in.
- Someone connected from two devices at once is in the meeting once: time their
  connections overlap counts once (formats.attendance.time_in_meeting), also when two
  entries of the report are matched to the same person.
"""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlite_utils import Database

from ..domain.enums import AttendanceMode, AttendanceSource, PersonCategory
from ..domain.records import Person
from ..domain.timezone import STOCKHOLM, to_utc_text
from ..formats.attendance import AttendanceReport, Participant, is_organiser_role, time_in_meeting
from ..store import imports, invitations, people, sessions
from ..store.changes import ChangeSet
from .errors import NotFound
from .matching import (
    closest,
    email_key,
    guest_address,
    name_key,
    person_name_key,
    similar_titles,
    split_full_name,
    strip_appended,
)
from .people_import import email_problem

FUZZY_THRESHOLD = 80.0  # token_sort_ratio of folded names; below it, no candidate is offered
DEFAULT_MINIMUM_MINUTES = 15
OVERLAP_WORTH_SAYING = 2  # minutes


class Status(StrEnum):
    MATCHED = "matched"
    UNCERTAIN = "uncertain"
    UNMATCHED = "unmatched"


class MatchedBy(StrEnum):
    EMAIL = "email"
    UPN = "upn"
    NAME = "name"
    FUZZY = "fuzzy"
    NONE = "none"


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    score: float  # 100 for an exact key, rapidfuzz's score for a near miss
    invited: bool


@dataclass(frozen=True)
class ReviewItem:
    participant: Participant
    status: Status
    matched_by: MatchedBy
    person_id: int | None  # the certain match
    candidates: tuple[Candidate, ...] = ()  # for an uncertain one, best first
    present: bool = False  # minutes >= the review's minimum
    email_differs: bool = False  # matched by name, but the report's address is not the registered one

    @property
    def organiser(self) -> bool:
        """The meeting's organiser or a presenter (noted, imported like anyone else)."""
        return is_organiser_role(self.participant.role)


@dataclass
class Review:
    session_id: int
    report: AttendanceReport
    minimum_minutes: int
    items: list[ReviewItem]

    def with_status(self, status: Status) -> list[ReviewItem]:
        return [item for item in self.items if item.status == status]

    @property
    def matched(self) -> list[ReviewItem]:
        return self.with_status(Status.MATCHED)

    @property
    def uncertain(self) -> list[ReviewItem]:
        return self.with_status(Status.UNCERTAIN)

    @property
    def unmatched(self) -> list[ReviewItem]:
        return self.with_status(Status.UNMATCHED)

    @property
    def overlapping(self) -> list[ReviewItem]:
        """Participants connected twice at the same time (two devices), counted once. A
        reconnect that overlaps its old connection by a few seconds is not worth a word."""
        return [item for item in self.items if item.participant.overlap_minutes >= OVERLAP_WORTH_SAYING]


@dataclass(frozen=True)
class SessionFit:
    """Whether a report is of the session's meeting: its date (and title, where it has one)."""

    session_day: date | None
    session_title: str
    report_day: date | None  # the meeting's day by the report (Stockholm), None if it gives no time
    other_day: date | None  # the day read with day and month swapped, when the file cannot tell
    report_title: str

    @property
    def date_matches(self) -> bool:
        """Within a day of the session (a report downloaded in another time zone may be a day off)."""
        days = [day for day in (self.report_day, self.other_day) if day]
        if not days or self.session_day is None:
            return True
        return any(abs((day - self.session_day).days) <= 1 for day in days)

    @property
    def title_differs(self) -> bool:
        return bool(self.report_title and self.session_title) and \
            not similar_titles(self.report_title, self.session_title)


class Action(StrEnum):
    CONFIRM = "confirm"  # record attendance for person_id
    WALK_IN = "walk_in"  # add the participant to the register, then record
    IGNORE = "ignore"


@dataclass(frozen=True)
class Choice:
    """The user's answer for one participant (keyed by the participant's line)."""

    action: Action
    person_id: int | None = None

    @classmethod
    def confirm(cls, person_id: int) -> "Choice":
        return cls(Action.CONFIRM, person_id)


@dataclass
class ApplyResult:
    change: ChangeSet
    written: int  # attendance rows added or changed
    unchanged: int  # rows that already held the report's values
    walk_ins_added: int  # new people added to the register
    present: int  # people counted present by this report
    ignored: int
    people: list[int] = field(default_factory=list)  # everyone the report recorded


class AttendanceImport:
    def __init__(self, db: Database):
        self.db = db

    def session_fit(self, report: AttendanceReport, session_id: int) -> SessionFit:
        """The report's meeting against the session's: NotFound for an unknown session."""
        session = NotFound.unless(sessions.get(self.db, session_id), "session", session_id)

        def day(moment):
            return moment.astimezone(STOCKHOLM).date() if moment else None

        return SessionFit(day(session.start), session.title, day(report.meeting_start), day(report.other_start),
                          report.meeting_title)

    def review(self, report: AttendanceReport, session_id: int, *,
               minimum_minutes: int = DEFAULT_MINIMUM_MINUTES) -> Review:
        """Match every participant; writes nothing. Raises NotFound for an unknown session."""
        NotFound.unless(sessions.get(self.db, session_id), "session", session_id)
        matcher = _Matcher(self.db, session_id)
        items = [matcher.item(participant, minimum_minutes) for participant in report.participants]
        return Review(session_id, report, minimum_minutes, items)

    def apply(self, review: Review, decisions: Mapping[int, Choice] | None = None) -> ApplyResult:
        """Record attendance for the confirmed participants (certain matches unless the
        user said otherwise; uncertain and unmatched ones only when chosen), in one
        transaction."""
        chosen = {item.participant.line: _choice(item, (decisions or {}).get(item.participant.line))
                  for item in review.items}
        with self.db.atomic():
            walk_ins, created = self._add_walk_ins(review, chosen)
            by_person: dict[int, list[Participant]] = defaultdict(list)
            for item in review.items:
                person_id = walk_ins.get(item.participant.line, chosen[item.participant.line].person_id)
                if person_id is not None:
                    by_person[person_id].append(item.participant)
            inserts, updates, unchanged = self._rows(review, by_person)
            written = imports.write_attendance(self.db, inserts, updates)
        change = ChangeSet({**created.before, **written.before}, {**created.after, **written.after})
        present = sum(_minutes(found) >= review.minimum_minutes for found in by_person.values())
        ignored = sum(choice.action == Action.IGNORE for choice in chosen.values())
        return ApplyResult(change, len(inserts) + len(updates), unchanged, len(walk_ins), present, ignored,
                           sorted(by_person))

    def _add_walk_ins(self, review: Review, chosen: dict[int, Choice]) -> tuple[dict[int, int], ChangeSet]:
        """Add each participant chosen as a walk-in to the register: line -> person id."""
        added: dict[int, int] = {}
        change = ChangeSet({"people": {}}, {"people": {}})
        for item in review.items:
            if chosen[item.participant.line].action == Action.WALK_IN:
                created = people.insert(self.db, walk_in_person(item.participant))
                added[item.participant.line] = created.ids("people")[0]
                change.before["people"].update(created.before["people"])
                change.after["people"].update(created.after["people"])
        return added, change

    def _rows(self, review: Review, by_person: dict[int, list[Participant]]
              ) -> tuple[list[dict[str, object]], dict[int, dict[str, object]], int]:
        existing = imports.attendance_by_person(self.db, review.session_id)
        invited = {row["person_id"] for row in invitations.invitees(self.db, review.session_id)}
        inserts, updates, unchanged = [], {}, 0
        for person_id, found in by_person.items():
            values = _report_values(found, review.minimum_minutes)
            row = existing.get(person_id)
            if row is None:
                inserts.append(dict(values, session_id=review.session_id, person_id=person_id,
                                    walk_in=int(person_id not in invited)))
                continue
            values = _respecting_check_in(row, values)
            if all(row[name] == value for name, value in values.items()):
                unchanged += 1
            else:
                updates[row["id"]] = values
        return inserts, updates, unchanged


def walk_in_person(participant: Participant) -> Person:
    """A register entry for a participant nobody matched: the name split as written
    ("Berg, Anna (Extern)" -> Anna Berg), the email or else a UPN that is an address."""
    given, family = split_full_name(strip_appended(participant.name))
    email = participant.email.strip() or participant.upn.strip()
    if email and email_problem(email):
        email = ""
    return Person(given, family, category=PersonCategory.OTHER, email=email)


def _choice(item: ReviewItem, given: Choice | None) -> Choice:
    if given is not None:
        return given
    if item.status == Status.MATCHED and item.person_id is not None:
        return Choice.confirm(item.person_id)
    return Choice(Action.IGNORE)


def _minutes(found: list[Participant]) -> int:
    return time_in_meeting(found)


def _report_values(found: list[Participant], minimum_minutes: int) -> dict[str, object]:
    """One person's row from their participant entries (one person may be two entries,
    e.g. the laptop and the phone under another name: their time counted once, first
    join, last leave)."""
    joins = [participant.joined for participant in found if participant.joined]
    leaves = [participant.left for participant in found if participant.left]
    minutes = _minutes(found)
    return {"present": int(minutes >= minimum_minutes), "mode": str(AttendanceMode.REMOTE),
            "source": str(AttendanceSource.REPORT), "joined_utc": to_utc_text(min(joins)) if joins else None,
            "left_utc": to_utc_text(max(leaves)) if leaves else None, "minutes": minutes}


def _respecting_check_in(row: dict[str, object], values: dict[str, object]) -> dict[str, object]:
    """A manual check-in (present) keeps present, mode and source; the times are the report's."""
    if row["source"] == AttendanceSource.MANUAL and row["present"]:
        return dict(values, present=1, mode=row["mode"], source=row["source"])
    return values


class _Matcher:
    """The register's keys, read once per review, and the matching order."""

    def __init__(self, db: Database, session_id: int):
        self.by_email: dict[str, list[int]] = defaultdict(list)
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self.emails: dict[int, str] = {}
        for person_id, given, family, email, _ in imports.people_keys(db):
            if email.strip():
                self.by_email[email_key(email)].append(person_id)
                self.emails[person_id] = email_key(email)
            self.by_name[person_name_key(given, family)].append(person_id)
            self.names[person_id] = f"{given} {family}".strip()
        self.invited = {row["person_id"] for row in invitations.invitees(db, session_id)}
        self.invitee_keys = [key for key, ids in self.by_name.items() if self.invited.intersection(ids)]
        self.all_keys = list(self.by_name)

    def item(self, participant: Participant, minimum_minutes: int) -> ReviewItem:
        present = participant.minutes >= minimum_minutes
        addresses = report_addresses(participant)
        for key, by in addresses:
            if key in self.by_email:
                return self._decide(participant, by, self.by_email[key], 100.0, present)
        key = name_key(participant.name)
        if key in self.by_name:
            return self._by_name(participant, self.by_name[key], {key for key, _ in addresses}, present)
        candidates = self._fuzzy(key)
        if candidates:
            return ReviewItem(participant, Status.UNCERTAIN, MatchedBy.FUZZY, None, candidates, present)
        return ReviewItem(participant, Status.UNMATCHED, MatchedBy.NONE, None, (), present)

    def _by_name(self, participant: Participant, ids: list[int], addresses: set[str], present: bool) -> ReviewItem:
        """The same name is certain only where the addresses do not say otherwise: a report
        address that is not the registered one may be a namesake, for the lead to confirm."""
        item = self._decide(participant, MatchedBy.NAME, ids, 100.0, present)
        differs = bool(addresses) and item.person_id is not None and \
            self.emails.get(item.person_id, "") not in addresses | {""}
        if not differs:
            return item
        return ReviewItem(participant, Status.UNCERTAIN, MatchedBy.NAME, None, item.candidates, present,
                          email_differs=True)

    def _decide(self, participant: Participant, by: MatchedBy, ids: list[int], score: float,
                present: bool) -> ReviewItem:
        """One person (or one invitee among namesakes) is certain; several are candidates."""
        invited = [id_ for id_ in ids if id_ in self.invited]
        narrowed = invited if len(invited) == 1 else ids
        if len(narrowed) == 1:
            only = narrowed[0]
            return ReviewItem(participant, Status.MATCHED, by, only, (self._candidate(only, score),), present)
        invitees_first = sorted(narrowed, key=lambda id_: id_ not in self.invited)
        candidates = tuple(self._candidate(id_, score) for id_ in invitees_first)
        return ReviewItem(participant, Status.UNCERTAIN, by, None, candidates, present)

    def _fuzzy(self, key: str) -> tuple[Candidate, ...]:
        """Near misses among the invitees; only if none, among the whole register."""
        if not key:
            return ()
        scored = closest(key, self.invitee_keys, cutoff=FUZZY_THRESHOLD) or \
            closest(key, self.all_keys, cutoff=FUZZY_THRESHOLD)
        return tuple(self._candidate(id_, found.score) for found in scored for id_ in self.by_name[found.key])

    def _candidate(self, person_id: int, score: float) -> Candidate:
        return Candidate(person_id, self.names[person_id], score, person_id in self.invited)


def report_addresses(participant: Participant) -> list[tuple[str, MatchedBy]]:
    """The participant's addresses, best first: the email, the UPN, a guest UPN's own address."""
    found = [(email_key(participant.email), MatchedBy.EMAIL), (email_key(participant.upn), MatchedBy.UPN),
             (guest_address(participant.upn), MatchedBy.UPN)]
    return [(key, by) for key, by in found if key]
