"""The records a user edits, as plain dataclasses, with the rules that make one valid.

Validation returns a mapping of field name to problem code rather than raising, so
a dialog can show each problem next to its field and the CLI can print them.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

from .enums import (
    FocusArea,
    OrganisationKind,
    PersonCategory,
    SegmentKind,
    SessionStatus,
)


class Problem:
    """Problem codes; the UI turns them into translated sentences."""

    REQUIRED = "required"
    END_BEFORE_START = "end_before_start"
    INVALID_LINK = "invalid_link"
    INVALID_EMAIL = "invalid_email"
    NEGATIVE = "negative"


@dataclass
class Programme:
    name: str
    reach_target: int = 0
    period_start: str | None = None  # ISO date
    period_end: str | None = None
    county_code: str | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    official_code: str | None = None
    county_code: str | None = None
    id: int | None = None
    uuid: str | None = None

    def problems(self) -> dict[str, str]:
        return {"name": Problem.REQUIRED} if not self.name.strip() else {}


@dataclass
class Person:
    given_name: str
    family_name: str
    title: str = ""
    category: PersonCategory = PersonCategory.OTHER
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    active: bool = True
    id: int | None = None
    uuid: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.given_name.strip() and not self.family_name.strip():
            found["family_name"] = Problem.REQUIRED
        if self.email.strip() and not looks_like_email(self.email.strip()):
            found["email"] = Problem.INVALID_EMAIL
        return found


@dataclass
class Session:
    title: str
    start: datetime | None = None  # aware, any zone; stored in UTC
    end: datetime | None = None
    programme_id: int | None = None
    focus_area: FocusArea | None = None
    platform: str = ""
    join_link: str = ""
    room: str = ""
    capacity: int | None = None
    status: SessionStatus = SessionStatus.PLANNED
    description: str = ""
    id: int | None = None
    uuid: str | None = None
    sequence: int = field(default=0)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.title.strip():
            found["title"] = Problem.REQUIRED
        if self.start and self.end and self.end <= self.start:
            found["end"] = Problem.END_BEFORE_START
        if self.join_link.strip() and not looks_like_link(self.join_link.strip()):
            found["join_link"] = Problem.INVALID_LINK
        if self.capacity is not None and self.capacity < 0:
            found["capacity"] = Problem.NEGATIVE
        return found


@dataclass
class Segment:
    """One part of a session's run-sheet: a broadcast, a local discussion or a break."""

    kind: SegmentKind = SegmentKind.BROADCAST
    title: str = ""
    planned_minutes: int = 10
    questions: str = ""  # for a local discussion: a question or two to talk about
    notes: str = ""  # typed by the facilitator, before or during the session
    id: int | None = None
    uuid: str | None = None

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.title.strip():
            found["title"] = Problem.REQUIRED
        if self.planned_minutes < 0:
            found["planned_minutes"] = Problem.NEGATIVE
        return found


def looks_like_link(text: str) -> bool:
    """A join link must be a web address a browser can open (Teams, Zoom, ...), on one line:
    a line break in it would break the calendar file and the mail it goes into."""
    if any(character.isspace() or not character.isprintable() for character in text):
        return False
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and "." in parts.netloc


@lru_cache(maxsize=4096)
def looks_like_email(text: str) -> bool:
    """An address email-validator accepts (syntax only, no look-up): the same rules in
    every dialog, the import and the command line. A line break or other control
    character, which would let an address inject lines into a calendar file, is refused."""
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True
