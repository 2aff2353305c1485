"""The command line's use cases: the same services the window calls, without a window.

Each handler gets the open document and the parsed arguments and writes its result to
``out``. Bad input ends in :class:`Refused` (or a service's own error), which
:func:`run` prints as one line on stderr with exit code 1; nothing is written then,
because every check happens before the one write a command makes. This module imports
no Qt widgets: the settings (for the organiser's name) come in as a callable.
"""

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, TypeVar

from .domain.enums import SessionStatus
from .domain.records import Problem, Session
from .domain.timezone import STOCKHOLM, from_utc_text
from .formats.roster_html import Printout
from .services.calendar import CalendarExport
from .services.errors import InvalidInput, NotFound, NotReady
from .services.invitations import Invitations
from .services.organisations_overview import OrganisationsOverview
from .services.register import Register
from .services.sessions_overview import SessionsOverview
from .store import errors
from .store.document import Document
from .store.invitations import WhoToInvite

EXIT_OK, EXIT_FAILED = 0, 1

T = TypeVar("T")
Lead = Callable[[], tuple[str, str]]  # (name, email) from the settings, read only when needed


class Refused(Exception):
    """Input the command cannot act on; the message is the one line the user sees."""


# -- sessions list ----------------------------------------------------------------------------

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


def aligned(table: list[tuple[str, ...]], numeric: set[int]) -> list[str]:
    """Columns padded to their widest cell; numbers right-aligned, the last column unpadded."""
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [cell.rjust(width) if column in numeric else cell.ljust(width)
                 for column, (cell, width) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return lines


# -- sessions add ---------------------------------------------------------------------------

def add_session(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    session = Session(args.title, args.start, args.end, focus_area=args.focus, join_link=args.link,
                      room=args.room)
    change = Register(document.db).add_session(session)
    print(change.ids("sessions")[0], file=out)


# -- invite -------------------------------------------------------------------------------------

def invite(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    session = _session(document, args.session)
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


# -- export-attendance, print-roster ------------------------------------------------------------

_FORMATS = {"csv": "csv_excel", "csv-plain": "csv_plain", "xlsx": "xlsx", "pdf": "pdf"}


def export_attendance(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    from .printing import printouts
    from .services.attendance_export import AttendanceExport, ExportFormat, unknown_columns

    keys = [key.strip() for key in args.columns.split(",")] if args.columns else []
    if unknown_columns(keys):
        raise Refused(f"unknown columns: {', '.join(unknown_columns(keys))}")
    export = AttendanceExport(document.db)
    table = export.table(args.session, keys, printouts.attendance_words(), whole_programme=args.programme)
    export_format = ExportFormat(_FORMATS[args.format])
    with _writing(args.output):
        if export_format == ExportFormat.PDF:
            _write_printout(printouts.attendance(document.db, args.session, table, args.programme),
                            args.output, args.landscape)
        else:
            export.write(table, args.output, export_format)
    print(f"wrote {args.output}: {len(table.rows)} rows", file=out)


def print_roster(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    from .printing import printouts
    from .services.rosters import MAX_BLANK_ROWS

    if not 0 <= args.blank_rows <= MAX_BLANK_ROWS:
        raise Refused(f"--blank-rows must be between 0 and {MAX_BLANK_ROWS}")
    printout = printouts.sign_in_sheet(document.db, args.session, args.blank_rows) if args.sign_in \
        else printouts.roster(document.db, args.session)
    with _writing(args.output):
        pages = _write_printout(printout, args.output, args.landscape)
    print(f"wrote {args.output}: {pages} pages", file=out)


def reach_report(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """The reach report; figures only unless the attendance list is asked for."""
    application = _gui_application() if args.format == "pdf" else None  # alive while painting
    from .printing.reach_report import write_report

    with _writing(args.output):
        write_report(document.db, args.output, as_pdf=application is not None,
                     with_attendance=args.with_attendance)
    print(f"wrote {args.output}", file=out)


@contextmanager
def _writing(target: Path) -> Iterator[None]:
    """A file that cannot be written is bad input: one line, and nothing left behind."""
    try:
        yield
    except OSError as error:
        raise Refused(f"cannot write {target}: {error.strerror or error}") from error


def _write_printout(printout: Printout, target: Path, landscape: bool) -> int:
    """Print to PDF with a QGuiApplication (offscreen when there is no display): fonts
    need one, widgets do not."""
    from .printing import pdf as printing

    application = _gui_application()  # noqa: F841 - must stay alive while the pages are painted
    return printing.write_pdf(printout, target, landscape)


def _gui_application():
    """A QGuiApplication for fonts and PDF painting (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance()
    if application is None:
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or
                                                             os.environ.get("WAYLAND_DISPLAY"))
        application = QGuiApplication(["facilitator", *(["-platform", "offscreen"] if headless else [])])
    return application


# -- import-people, import-attendance ----------------------------------------------------------

def import_people(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """All readable rows in one transaction; the rows not imported are listed by line."""
    from .formats.people_columns import suggest_mapping
    from .formats.tables import read_table
    from .services.people_import import Decision, PeopleImport

    table = _read(args.file, read_table)
    importer = PeopleImport(document.db)
    try:
        plan = importer.plan(table, suggest_mapping(table.headers))
    except InvalidInput:
        raise Refused(f"{args.file} has no column of names (such as Namn, Förnamn and Efternamn, or Name); "
                      "nothing imported") from None
    result = importer.apply(plan, default=Decision(args.on_duplicate.replace("-", "_")))
    print(f"added {result.added}, updated {result.updated}, not imported {result.skipped} "
          f"(of {len(table.rows)} rows in {args.file.name})", file=out)
    for line in result.report.not_imported:
        print(f"line {line.line}: {line.message}", file=out)


def import_attendance(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """Records the certain matches only; the uncertain and unmatched are listed to settle
    in the window (a command cannot ask)."""
    from .formats.attendance_reports import read_report
    from .services.attendance_import import AttendanceImport

    report = _read(args.file, read_report)
    importer = AttendanceImport(document.db)
    review = importer.review(report, args.session, minimum_minutes=args.minimum_minutes)
    result = importer.apply(review)
    print(f"recorded {len(review.matched)} participants ({result.present} present, {result.written} rows "
          f"changed); not recorded: {len(review.uncertain)} uncertain, {len(review.unmatched)} unmatched",
          file=out)
    for item in review.uncertain + review.unmatched:
        maybe = ", ".join(f"{candidate.name} ({candidate.score:.0f})" for candidate in item.candidates)
        print(f"line {item.participant.line}: {item.status} {item.participant.name!r}"
              + (f", maybe {maybe}" if maybe else ""), file=out)


def _read(path: Path, reader: Callable[[Path], T]) -> T:
    """The file read by ``reader``, or Refused with the reader's one-line reason."""
    from .formats.tables import UnreadableFile

    try:
        return reader(path)
    except UnreadableFile as error:
        raise Refused(f"{path}: {error}") from error
    except OSError as error:
        raise Refused(f"cannot read {path}: {error.strerror or error}") from error


def _session(document: Document, session_id: int) -> Session:
    return NotFound.unless(Register(document.db).session(session_id), "session", session_id)


# -- merge --------------------------------------------------------------------------------------

def merge_files(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Create ``args.output`` and merge every file into it, in order; the inputs are only read.

    Every input is checked before the output is created, and a merge that fails part way
    removes the output, so a half-merged national file is never left behind. Conflicts keep
    the copy already merged (the earlier file's, when it is as new or newer) and are listed.
    """
    from .services.merge import Merge, trusted

    if args.output.exists():
        print(f"facilitator: {args.output} already exists; merge writes a new file (choose another name)",
              file=err)
        return EXIT_FAILED
    try:
        paths = [trusted(path) for path in args.files]
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}; nothing merged", file=err)
        return EXIT_FAILED
    document = Document.create(args.output)
    try:
        for path in paths:
            plan = Merge(document.db).preview(path)
            print(f"merged {path}: {Merge(document.db).apply(plan).summary}", file=out)
            for conflict in plan.conflicts:
                print(f"  kept this copy of {conflict.description}", file=out)
    except BaseException:
        document.close()
        _remove_document_files(args.output)
        raise
    document.close()
    return EXIT_OK


def _remove_document_files(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))):
        leftover.unlink(missing_ok=True)


# -- running a command -----------------------------------------------------------------------

Handler = Callable[[Document, argparse.Namespace, TextIO, Lead], None]
HANDLERS: dict[str, tuple[Handler, bool]] = {  # name: (handler, only reads the document)
    "sessions list": (list_sessions, True),
    "sessions add": (add_session, False),
    "invite": (invite, False),
    "export-ics": (export_ics, True),
    "import-people": (import_people, False),
    "import-attendance": (import_attendance, False),
    "export-attendance": (export_attendance, True),
    "print-roster": (print_roster, True),
    "report": (reach_report, True),
}


def command_name(args: argparse.Namespace) -> str:
    return f"{args.command} {args.action}" if args.command == "sessions" else args.command


def run(args: argparse.Namespace, default_db: Path, lead: Lead, *,
        out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the parsed command on ``args.db`` (else ``default_db``); return the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    if args.command == "merge":
        return merge_files(args, out, err)
    handler, reads_only = HANDLERS[command_name(args)]
    path = getattr(args, "db", None) or default_db
    try:
        document = open_document(Path(path), reads_only)
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}", file=err)
        return EXIT_FAILED
    try:
        handler(document, args, out, lead)
    except (Refused, InvalidInput, NotFound, NotReady) as error:
        print(f"facilitator: {reason(error, args)}", file=err)
        return EXIT_FAILED
    finally:
        document.close()
    return EXIT_OK


def open_document(path: Path, reads_only: bool) -> Document:
    """Open for writing, which also proves no Facilitator window has the file open (so
    nothing read can be stale); a read-only file still serves a command that only reads."""
    try:
        return Document.open(path)
    except errors.ReadOnlyDocument:
        if not reads_only:
            raise
        return Document.open(path, read_only=True)


# -- messages -----------------------------------------------------------------------------------

_DOCUMENT_PROBLEMS = {
    errors.DocumentMissing: "{path} does not exist (give --db, or start Facilitator once to create it)",
    errors.NotADatabase: "{path} is not a Facilitator file",
    errors.NotAFacilitatorFile: "{path} is a database, but not one made by Facilitator; left untouched",
    errors.CorruptDocument: "{path} is damaged and cannot be read safely; left untouched",
    errors.NewerVersion: "{path} was saved by a newer version of Facilitator; left untouched",
    errors.ReadOnlyDocument: "{path} cannot be changed: it or its folder is read-only",
    errors.DocumentInUse: "{path} is open in a Facilitator window; close it and try again",
    errors.StorageProblem: "{path} could not be read or written: {detail}",
}

_PROBLEMS = {
    ("title", Problem.REQUIRED): "--title must not be empty",
    ("end", Problem.END_BEFORE_START): "--end must be after --start",
    ("join_link", Problem.INVALID_LINK): "--link must be a web address starting with https:// or http://",
    ("start", Problem.REQUIRED): "session {session} has no start time, so it cannot be a calendar event; "
                                 "set one first",
    ("organiser_email", Problem.REQUIRED): "the organiser needs an email address: give --organizer-email "
                                           "or set yours in Settings",
    ("organiser_email", Problem.INVALID_EMAIL): "the organiser's email address does not look like one",
}


def document_problem(error: errors.DocumentError) -> str:
    template = _DOCUMENT_PROBLEMS.get(type(error), "{path} could not be opened")
    return template.format(path=error.path, detail=error.detail)


def reason(error: Exception, args: argparse.Namespace) -> str:
    """One line saying what was wrong with the input."""
    if isinstance(error, NotFound):
        return f"no {error.kind} with id {error.key}"
    problems = getattr(error, "problems", None) or getattr(error, "missing", None)
    if problems:
        session = getattr(args, "session", "")
        return "; ".join(_PROBLEMS.get(item, "{0}: {1}").format(*item, session=session)
                         for item in problems.items())
    return str(error)
