"""Calendar invitations (RFC 5545 / iTIP RFC 5546) for one session, as the bytes of an .ics file.

Pure: a domain :class:`Session`, its invitees and the organiser in, the file out. The
UID comes from the session's uuid and the SEQUENCE from its ``sequence`` column, so a
re-exported invitation updates the event already in people's calendars (Outlook and
others match on UID and take the change only when SEQUENCE went up).
"""

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vRecur

from ..domain.enums import InvitationStatus, SessionStatus
from ..domain.records import Session, looks_like_email
from ..domain.timezone import STOCKHOLM

PRODUCT_ID = "-//Facilitator//Facilitator//EN"
TZID = "Europe/Stockholm"

_PARTSTAT = {
    InvitationStatus.INVITED: "NEEDS-ACTION",
    InvitationStatus.NO_REPLY: "NEEDS-ACTION",
    InvitationStatus.ACCEPTED: "ACCEPTED",
    InvitationStatus.DECLINED: "DECLINED",
}


class Method(StrEnum):
    """The iTIP method: a (changed) invitation, or its cancellation."""

    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Organiser:
    """The lead who sends the invitation; replies go to ``email``."""

    name: str
    email: str


@dataclass(frozen=True)
class CalendarFile:
    """An .ics file and what went into it, so the caller can say so to the user."""

    content: bytes
    method: Method
    attendees: int
    skipped_without_email: int


class NoStartTime(ValueError):
    """A calendar event needs a start; the session has none yet."""


def method_for(session: Session) -> Method:
    """A cancelled session is sent as a cancellation, anything else as an invitation."""
    return Method.CANCEL if session.status == SessionStatus.CANCELLED else Method.REQUEST


def uid_for(session: Session) -> str:
    """The event's UID: the same for every export of the session, whatever is edited."""
    return f"{session.uuid}@facilitator"


def invitation(session: Session, invitees: Iterable[Mapping[str, object]], organiser: Organiser,
               method: Method | None = None, stamp: datetime | None = None) -> CalendarFile:
    """The .ics file inviting ``invitees`` (dicts with given_name, family_name, email,
    status) to ``session``, or cancelling it.

    Invitees without a usable email address (none, or one that is not an address, such
    as one with a line break saved by an older version) cannot be calendar attendees;
    they are counted in ``skipped_without_email`` rather than dropped silently.
    """
    if session.start is None:
        raise NoStartTime(session.title)
    method = method or method_for(session)
    invitees = list(invitees)
    with_email = [person for person in invitees if looks_like_email(str(person.get("email") or "").strip())]
    event = _event(session, organiser, method, stamp or datetime.now(UTC))
    for person in with_email:
        event.add("attendee", _attendee(person, method))
    calendar = _calendar(method)
    calendar.add_component(stockholm_timezone(session.start, session.end or session.start))
    calendar.add_component(event)
    return CalendarFile(calendar.to_ical(), method, len(with_email), len(invitees) - len(with_email))


def _calendar(method: Method) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", str(method))
    return calendar


def _event(session: Session, organiser: Organiser, method: Method, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid_for(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", session.start.astimezone(STOCKHOLM))
    if session.end is not None:
        event.add("dtend", session.end.astimezone(STOCKHOLM))
    event.add("summary", plain_text(session.title))
    event.add("status", "CANCELLED" if method == Method.CANCEL else "CONFIRMED")
    event.add("organizer", _address(organiser.email, organiser.name))
    _add_place(event, session)
    return event


def _add_place(event: Event, session: Session) -> None:
    """Where to be: the room and/or the join link in LOCATION, the link also in URL and
    in DESCRIPTION (Outlook shows neither URL nor a long LOCATION well)."""
    link, room = session.join_link.strip(), session.room.strip()
    location = plain_text("; ".join(part for part in (room, link) if part))
    if location:
        event.add("location", location)
    if link:
        event.add("url", link)
    parts = [session.description.strip()]
    if link not in session.description:
        parts.append(link)
    description = plain_text("\n\n".join(part for part in parts if part))
    if description:
        event.add("description", description)


def _attendee(person: Mapping[str, object], method: Method) -> vCalAddress:
    name = f"{person.get('given_name') or ''} {person.get('family_name') or ''}".strip()
    address = _address(str(person["email"]), name)
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["PARTSTAT"] = partstat(str(person.get("status") or InvitationStatus.INVITED))
    # A cancellation expects no answer; an invitation (or a change to it) does.
    address.params["RSVP"] = "TRUE" if method == Method.REQUEST else "FALSE"
    return address


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email.strip()}")
    name = parameter_text(name)
    if name:
        address.params["CN"] = name
    return address


def plain_text(text: str) -> str:
    """Text as RFC 5545 TEXT allows it: line breaks as LF, no control characters (a
    stray one pasted from Excel would otherwise reach Outlook)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(char for char in text if char in "\n\t" or unicodedata.category(char) != "Cc")


def parameter_text(text: str) -> str:
    """A name fit for a CN parameter: one line, no control characters and no double
    quotes (a parameter value cannot hold them; the attendee would be lost)."""
    one_line = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join(one_line.replace('"', "'").split())


def partstat(status: str) -> str:
    """The attendee's PARTSTAT for an invitation status."""
    return _PARTSTAT[InvitationStatus(status)]


# -- the Europe/Stockholm VTIMEZONE ---------------------------------------------------------

def stockholm_timezone(first: datetime, last: datetime) -> Timezone:
    """The VTIMEZONE for Europe/Stockholm, valid for the years ``first`` to ``last``.

    Outlook, the norm for our users, misreads VTIMEZONEs that list each change with
    RDATE (events then move by an hour), so we write the yearly EU rule with RRULE, as
    Outlook and Google do themselves - but only when tzdata agrees with that rule for
    those years. Should Sweden's rules change, icalendar's VTIMEZONE generated from
    tzdata is used instead, so the time is never wrong.
    """
    years = range(first.year, last.year + 1)
    if all(_follows_eu_rule(year) for year in years):
        return _eu_rule_timezone()
    return Timezone.from_tzinfo(STOCKHOLM, TZID, date(first.year, 1, 1), date(last.year + 1, 1, 1))


def _last_sunday(year: int, month: int) -> date:
    """The last Sunday of ``month`` (EU summer time starts and ends on one)."""
    last_day = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last_day - timedelta(days=(last_day.weekday() - 6) % 7)


def _follows_eu_rule(year: int) -> bool:
    """Whether Stockholm's clocks go +1 -> +2 at 01:00 UTC on March's last Sunday and
    back at 01:00 UTC on October's last Sunday in ``year``, per tzdata."""
    hour = timedelta(hours=1)

    def offsets_around(day: date) -> tuple[timedelta | None, timedelta | None]:
        change = datetime(day.year, day.month, day.day, 1, tzinfo=UTC)
        before = (change - timedelta(seconds=1)).astimezone(STOCKHOLM).utcoffset()
        return before, change.astimezone(STOCKHOLM).utcoffset()

    return (offsets_around(_last_sunday(year, 3)) == (hour, 2 * hour)
            and offsets_around(_last_sunday(year, 10)) == (2 * hour, hour))


def _eu_rule_timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add_component(_observance(TimezoneDaylight(), "CEST", 1, 2, datetime(1970, 3, 29, 2), 3))
    zone.add_component(_observance(TimezoneStandard(), "CET", 2, 1, datetime(1970, 10, 25, 3), 10))
    return zone


def _observance(part: TimezoneDaylight | TimezoneStandard, name: str, hours_from: int, hours_to: int,
                start: datetime, month: int) -> TimezoneDaylight | TimezoneStandard:
    """One side of the rule; ``start`` is the local time of the change (RFC 5545 3.6.5)."""
    part.add("tzname", name)
    part.add("tzoffsetfrom", timedelta(hours=hours_from))
    part.add("tzoffsetto", timedelta(hours=hours_to))
    part.add("dtstart", start)
    part.add("rrule", vRecur(freq="YEARLY", bymonth=month, byday="-1SU"))
    return part
