"""Writing to a session's invitees: the lead's own mail client opens (``mailto:``) with
the invitees in BCC and a subject and body from an editable template.

Long lists do not fit in one link (see formats/mailto.py), so `Mail.batches` may
return several; `Mail.addresses` is always there for "Copy addresses". The
templates come in Swedish and English as plain data: this layer translates nothing.
"""

import sys
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from ..domain.enums import InvitationStatus
from ..domain.records import Session
from ..domain.timezone import STOCKHOLM
from ..formats import mailto
from ..store import invitations, sessions
from .errors import NotFound

PLACEHOLDERS = ("title", "date", "time", "link", "room")



@dataclass(frozen=True)
class MailTemplate:
    """A subject and body with {title} {date} {time} {link} {room} placeholders."""

    subject: str
    body: str


DEFAULT_TEMPLATES = {
    "sv": MailTemplate(
        subject="{title} – {date}",
        body=("Hej!\n\n"
              "Välkommen till webbsändningen ”{title}”.\n\n"
              "Tid: {date} kl. {time}\n"
              "Länk: {link}\n"
              "Lokal för att se sändningen tillsammans: {room}\n\n"
              "Vänliga hälsningar\n"),
    ),
    "en": MailTemplate(
        subject="{title} – {date}",
        body=("Hello,\n\n"
              "Welcome to the webcast “{title}”.\n\n"
              "When: {date} at {time}\n"
              "Join online: {link}\n"
              "Or watch it together with us in: {room}\n\n"
              "Kind regards\n"),
    ),
}

_WEEKDAYS = {
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def default_separator(platform: str = sys.platform) -> str:
    """Between addresses in a link. Outlook, the norm on our users' Windows laptops,
    splits a mailto list only on the regional list separator: ";" with Swedish
    settings. Mail clients elsewhere follow RFC 6068's ","."""
    return ";" if platform == "win32" else mailto.RFC_SEPARATOR


def language_or_default(language: str) -> str:
    """"en" for English, Swedish for anything else (the app's rule: Swedish unless English)."""
    return "en" if language.lower().startswith("en") else "sv"


def default_template(language: str) -> MailTemplate:
    return DEFAULT_TEMPLATES[language_or_default(language)]


def long_date(moment: datetime, language: str) -> str:
    """"tisdag 13 oktober 2026" / "Tuesday 13 October 2026", in Stockholm time."""
    language = language_or_default(language)
    local = moment.astimezone(STOCKHOLM)
    return (f"{_WEEKDAYS[language][local.weekday()]} {local.day} "
            f"{_MONTHS[language][local.month - 1]} {local.year}")


def time_span(start: datetime, end: datetime | None) -> str:
    """"09:00–10:30" (or "09:00" without an end), in Stockholm time."""
    text = start.astimezone(STOCKHOLM).strftime("%H:%M")
    return f"{text}–{end.astimezone(STOCKHOLM).strftime('%H:%M')}" if end else text


def placeholder_values(session: Session, language: str) -> dict[str, str]:
    """What each placeholder stands for; empty when the session does not say (yet)."""
    return {
        "title": session.title,
        "date": long_date(session.start, language) if session.start else "",
        "time": time_span(session.start, session.end) if session.start else "",
        "link": session.join_link.strip(),
        "room": session.room.strip(),
    }


class Mail:
    def __init__(self, db: Database):
        self.db = db

    def addresses(self, session_id: int,
                  statuses: Collection[InvitationStatus] | None = None) -> list[str]:
        """The invitees' addresses, each once (case-insensitively), in name order;
        people without an address are left out. ``statuses`` narrows it, e.g. a
        reminder to those who have not answered."""
        self._session(session_id)
        seen: set[str] = set()
        found = []
        for invitee in invitations.invitees(self.db, session_id):
            address = (invitee["email"] or "").strip()
            if not address or address.casefold() in seen:
                continue
            if statuses is not None and InvitationStatus(invitee["status"]) not in statuses:
                continue
            seen.add(address.casefold())
            found.append(address)
        return found

    def addresses_text(self, session_id: int,
                       statuses: Collection[InvitationStatus] | None = None) -> str:
        """The addresses for "Copy addresses": "; " between them, which Outlook's BCC
        field takes as it is and other clients accept when pasted."""
        return "; ".join(self.addresses(session_id, statuses))

    def without_address(self, session_id: int) -> int:
        """How many invitees have no address: the window says so next to the links."""
        self._session(session_id)
        return sum(1 for invitee in invitations.invitees(self.db, session_id)
                   if not (invitee["email"] or "").strip())

    def message(self, session_id: int, language: str, subject_template: str,
                body_template: str) -> MailTemplate:
        """The templates filled in for this session. A subject whose last placeholder
        came out empty loses the dash or comma before it ("Title –" becomes "Title")."""
        values = placeholder_values(self._session(session_id), language)
        subject = mailto.fill(subject_template, values, drop_incomplete_lines=False)
        subject = subject.strip().rstrip(" –—-,:;").strip()
        return MailTemplate(subject, mailto.fill(body_template, values))

    def batches(self, session_id: int, language: str, subject_template: str, body_template: str, *,
              to: str = "", statuses: Collection[InvitationStatus] | None = None,
              separator: str | None = None) -> list[str]:
        """``mailto:`` links, each short enough for the mail client, that together put
        every invitee's address in BCC once. ``to`` is normally the lead's own address.

        Raises :class:`NotFound` for an unknown session and
        :class:`formats.mailto.TooLongForLink` when the message itself is too long for
        a link (the window then offers "Copy addresses" only).
        """
        message = self.message(session_id, language, subject_template, body_template)
        return mailto.mailto_links(self.addresses(session_id, statuses), message.subject, message.body,
                                   to=to, separator=separator or default_separator())

    def _session(self, session_id: int) -> Session:
        return NotFound.unless(sessions.get(self.db, session_id), "session", session_id)
