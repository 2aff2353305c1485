"""Running a parsed command: the same services the window calls, without a window.

Each handler gets the open document and the parsed arguments and writes its result to
``out``. Bad input ends in :class:`Refused` (or a service's own error), which
:func:`run` prints as one line on stderr with exit code 1; nothing is written then,
because every check happens before the one write a command makes. No Qt widgets are
imported: the settings (for the organiser's name) come in as a callable.
"""

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..domain.records import Problem
from ..services.errors import InvalidInput, NotFound, NotReady
from ..store import errors
from ..store.backups import BackupFailed
from ..store.document import Document
from . import exports, imports, privacy, sessions
from .common import Lead, Refused

EXIT_OK, EXIT_FAILED = 0, 1

Handler = Callable[[Document, argparse.Namespace, TextIO, Lead], None]
HANDLERS: dict[str, tuple[Handler, bool]] = {  # name: (handler, only reads the document)
    "sessions list": (sessions.list_sessions, True),
    "sessions add": (sessions.add_session, False),
    "invite": (sessions.invite, False),
    "export-ics": (sessions.export_ics, True),
    "import-people": (imports.import_people, False),
    "import-attendance": (imports.import_attendance, False),
    "export-attendance": (exports.export_attendance, True),
    "print-roster": (exports.print_roster, True),
    "report": (exports.reach_report, True),
    "extract-person": (privacy.extract_person, True),
    "erase-person": (privacy.erase_person, False),
    "purge": (privacy.purge, False),
}
# Commands that change the file take the day's backup first (see store/backups.py). Not
# erase-person: a backup taken just before would keep the person it erases.
DAILY_BACKUP = {"sessions add", "invite", "import-people", "import-attendance"}


def command_name(args: argparse.Namespace) -> str:
    return f"{args.command} {args.action}" if args.command == "sessions" else args.command


def run(args: argparse.Namespace, default_db: Path, lead: Lead, *,
        out: TextIO | None = None, err: TextIO | None = None, backups_root: Path | None = None) -> int:
    """Run the parsed command on ``args.db`` (else ``default_db``); return the exit code.

    With ``backups_root``, commands that change the file back it up first (once a day, and
    before an import or a purge), and ``backups``/``restore`` work.
    """
    out, err = out or sys.stdout, err or sys.stderr
    if args.command == "merge":
        from .merge import merge_files

        return merge_files(args, out, err)
    if args.command == "about":
        from .about import print_about

        return print_about(args, out, err)
    path = Path(getattr(args, "db", None) or default_db)
    if args.command in ("backups", "restore"):
        return _backups_command(args, path, backups_root, out, err)
    name = command_name(args)
    handler, reads_only = HANDLERS[name]
    try:
        document = open_document(path, reads_only, backups_root)
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}", file=err)
        return EXIT_FAILED
    try:
        if name in DAILY_BACKUP and document.backups is not None:
            document.backups.take_daily()
        handler(document, args, out, lead)
    except (Refused, InvalidInput, NotFound, NotReady) as error:
        print(f"facilitator: {reason(error, args)}", file=err)
        return EXIT_FAILED
    except BackupFailed as error:
        print(f"facilitator: no backup could be made in {error.path.parent} ({error.detail}); nothing changed",
              file=err)
        return EXIT_FAILED
    except sqlite3.Error as error:  # a full disk, another program's lock: the write was rolled back
        problem = errors.classify(error, document.path)
        if problem is None:
            raise
        print(f"facilitator: {document_problem(problem)}", file=err)
        return EXIT_FAILED
    finally:
        document.close()
    return EXIT_OK


def _backups_command(args: argparse.Namespace, path: Path, backups_root: Path | None, out: TextIO,
                     err: TextIO) -> int:
    from . import backups

    if backups_root is None:
        print("facilitator: no backups folder is known here", file=err)
        return EXIT_FAILED
    if args.command == "backups":
        return backups.list_backups(path, backups_root, out)
    return backups.restore(path, backups_root, args, out, err)


def open_document(path: Path, reads_only: bool, backups_root: Path | None = None) -> Document:
    """Open for writing, which also proves no Facilitator window has the file open (so
    nothing read can be stale); a read-only file still serves a command that only reads."""
    try:
        return Document.open(path, backups_root=backups_root)
    except errors.DocumentError as error:
        if not (reads_only and error.can_open_read_only):
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
    errors.DiskFull: "{path} could not be saved because the disk is full; nothing was changed "
                     "(free some space and try again)",
    errors.LockedByAnotherProgram: "{path} is locked by another program (a database tool, a backup or "
                                   "sync program); nothing was changed (close it and try again)",
    errors.HardLinkedDocument: "{path} has more than one name (a hard link), so Facilitator cannot tell "
                               "whether it is open elsewhere; copy it and use the copy",
    errors.UnappliedChanges: "{path} has saved changes in {path}-wal that cannot be read in this folder; "
                             "copy both files to a folder you can write to and use the copy",
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
    kind = next((kind for kind in type(error).__mro__ if kind in _DOCUMENT_PROBLEMS), None)
    template = _DOCUMENT_PROBLEMS.get(kind, "{path} could not be opened")
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
