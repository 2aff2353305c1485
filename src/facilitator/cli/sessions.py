"""Commands for sessions: list and add them, invite people, write the calendar invitation."""

import argparse
from typing import TextIO

from ..domain.enums import SessionStatus
from ..domain.records import Session
from ..domain.timezone import STOCKHOLM, from_utc_text
from ..services.calendar import CalendarExport
from ..services.invitations import Invitations
from ..services.organisations_overview import OrganisationsOverview
from ..services.register import Register
from ..services.sessions_overview import SessionsOverview
from ..store.document import Document
from ..store.invitations import WhoToInvite
from .common import Lead, Refused, aligned, find_session


def list_sessions(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """One aligned row per session, in start order (the sessions view's columns)."""
    overview = SessionsOverview(document.db)
    ids = overview.ids()
    rows = overview.rows(ids)
    table = [("ID", "START", "TITLE", "STATUS", "INVITED", "ACCEPTED", "ATTENDED")]
    table += [(str(id_), _start_text(rows[id_]["start_utc"]), str(rows[id_]["title"]), str(rows[id_]["status"]),
               str(rows[id_]["invited"]), str(rows[id_]["accepted"]), str(rows[id_]["attended"])) for id_ in ids]
    for line in aligned(table, numeric={0, 4, 5, 6}):
        print(line, file=out)


def _start_text(start_utc: str | None) -> str:
    start = from_utc_text(start_utc)
    return start.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") if start else "-"


# -- sessions add ---------------------------------------------------------------------------

def add_session(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    session = Session(args.title, args.start, args.end, focus_area=args.focus, join_link=args.link,
                      room=args.room)
    change = Register(document.db).add_session(session)
    print(change.ids("sessions")[0], file=out)


# -- invite -------------------------------------------------------------------------------------

def invite(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    session = find_session(document, args.session)
    if session.status == SessionStatus.CANCELLED:
        raise Refused(f"session {args.session} is cancelled; nobody was invited")
    change = Invitations(document.db).invite(args.session, _who(document, args))
    print(f"invited {len(change.ids('invitations'))} people to session {args.session}", file=out)


def _who(document: Document, args: argparse.Namespace) -> WhoToInvite:
    if args.organisation is not None:
        return WhoToInvite(organisation_id=organisation_id(document, args.organisation))
    if args.category is not None:
        return WhoToInvite(category=args.category)
    return WhoToInvite(everyone_not_invited=True)


def organisation_id(document: Document, code_or_name: str) -> int:
    """The organisation with this official code (e.g. "0980") or name, in any letter case."""
    wanted = code_or_name.strip().casefold()
    rows = OrganisationsOverview(document.db).rows()
    by_code = [row["id"] for row in rows if (row["official_code"] or "").casefold() == wanted]
    by_name = [row["id"] for row in rows if row["name"].casefold() == wanted]
    found = by_code or by_name
    if not found:
        raise Refused(f"no organisation has the code or name {code_or_name!r}")
    if len(found) > 1:
        raise Refused(f"{len(found)} organisations match {code_or_name!r}; use the official code")
    return found[0]


# -- export-ics ---------------------------------------------------------------------------------

def export_ics(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    name, email = args.organizer_name, args.organizer_email
    if name is None or email is None:
        saved_name, saved_email = lead()
        name, email = name if name is not None else saved_name, email if email is not None else saved_email
    try:
        result = CalendarExport(document.db).export(args.session, args.output, name, email)
    except OSError as error:
        raise Refused(f"cannot write {args.output}: {error.strerror or error}") from error
    skipped = f" ({result.skipped_without_email} invitees without email left out)" \
        if result.skipped_without_email else ""
    print(f"wrote {result.path}: {result.method} to {result.attendees} attendees{skipped}", file=out)
