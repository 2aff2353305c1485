"""The command line's arguments, for the window and for every command.

Only the standard library and the domain's words are imported here, so parsing costs
nothing at start-up when no command is given.
"""

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import NoReturn, TypeVar

from .. import __version__
from ..domain.enums import FocusArea, PersonCategory
from ..domain.timezone import STOCKHOLM

DATE_FORMAT = "%Y-%m-%d %H:%M"
E = TypeVar("E", bound=StrEnum)


class Parser(argparse.ArgumentParser):
    """Bad input is reported in one line on stderr (exit code 2), not with the usage
    block above it: scripts log it, and a person sees the reason at once."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def stockholm_time(text: str) -> datetime:
    """"2026-10-13 09:00" as Stockholm wall-clock time, whatever the computer's zone.

    A time the clocks skip when summer time starts (02:00-03:00 on the last Sunday of
    March) does not exist in Stockholm and is refused rather than silently moved.
    """
    try:
        local = datetime.strptime(text.strip(), DATE_FORMAT).replace(tzinfo=STOCKHOLM)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time as YYYY-MM-DD HH:MM") from None
    if local.astimezone(UTC).astimezone(STOCKHOLM).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise argparse.ArgumentTypeError(f"{text!r} does not exist in Stockholm (the clocks skip it)")
    return local


def one_of(vocabulary: type[E]) -> Callable[[str], E]:
    """An argument type for a fixed vocabulary whose error lists the accepted words."""
    def convert(text: str) -> E:
        try:
            return vocabulary(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not one of: {', '.join(vocabulary)}") from None
    return convert


def parser() -> argparse.ArgumentParser:
    result = Parser(
        prog="facilitator",
        description="Plan webcast sessions, invite officials and record who attended.")
    result.add_argument("--db", type=Path, metavar="PATH",
                        help="the Facilitator file to open (created if it does not exist)")
    result.add_argument("--demo", action="store_true",
                        help="open a fresh demo file: Gotland's autumn of 'Våga vara digital!'")
    result.add_argument("--read-only", action="store_true", help="open the file without changing it")
    result.add_argument("--lang", choices=["sv", "en"], help="interface language for this run")
    result.add_argument("--version", action="version", version=f"Facilitator {__version__}")
    _add_commands(result)
    return result


def _add_commands(result: argparse.ArgumentParser) -> None:
    commands = result.add_subparsers(dest="command", metavar="COMMAND",
                                     title="commands (run without a window)")
    sessions = commands.add_parser("sessions", help="list or add sessions")
    actions = sessions.add_subparsers(dest="action", metavar="ACTION", required=True)
    _with_db(actions.add_parser("list", help="every session with its invited, accepted and attended counts"))
    _add_session_arguments(_with_db(actions.add_parser("add", help="add a session; prints its id")))
    _add_invite_arguments(_with_db(commands.add_parser("invite", help="invite people to a session")))
    _add_export_arguments(_with_db(commands.add_parser(
        "export-ics", help="write a session's calendar invitation (.ics)")))
    _add_import_people_arguments(_with_db(commands.add_parser(
        "import-people", help="add people from a list (CSV, TSV, TXT, XLSX, ODS)")))
    _add_import_attendance_arguments(_with_db(commands.add_parser(
        "import-attendance", help="record a session's attendance from a Teams, Zoom, Google Meet or Webex report")))
    _add_attendance_export_arguments(_with_db(commands.add_parser(
        "export-attendance", help="write a session's (or its programme's) attendance list")))
    _add_print_roster_arguments(_with_db(commands.add_parser(
        "print-roster", help="save a session's roster or sign-in sheet as PDF")))
    _add_merge_arguments(commands.add_parser(
        "merge", help="merge regions' Facilitator files into a new national file"))
    _add_report_arguments(_with_db(commands.add_parser(
        "report", help="write the reach report (figures only, unless --with-attendance)")))
    _with_db(commands.add_parser(
        "about", help="print the versions of Facilitator, Python, Qt and SQLite (and the file's schema with "
                      "--db), for a support request"))
    _add_privacy_commands(commands)


def _add_privacy_commands(commands) -> None:
    """The GDPR tools and the backups (see cli/privacy.py and cli/backups.py)."""
    extract = _with_db(commands.add_parser(
        "extract-person", help="write everything stored about one person (register extract) as PDF or JSON"))
    extract.add_argument("person", metavar="EMAIL_OR_ID")
    extract.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.json")
    erase = _with_db(commands.add_parser(
        "erase-person", help="erase one person completely: rows, invitations, attendance, search index"))
    erase.add_argument("person", metavar="EMAIL_OR_ID")
    purge = _with_db(commands.add_parser(
        "purge", help="erase people with no activity since a date (programmes ended before it)"))
    purge.add_argument("--before", type=iso_date, required=True, metavar="YYYY-MM-DD")
    purge.add_argument("--dry-run", action="store_true", help="list who would be erased; change nothing")
    _with_db(commands.add_parser("backups", help="list the file's automatic backups"))
    restore = _with_db(commands.add_parser(
        "restore", help="put a backup back into the file (what it holds now is backed up first)"))
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a backup's path, from `facilitator backups`")


def _add_report_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--format", choices=["pdf", "xlsx"], required=True)
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    command.add_argument("--with-attendance", action="store_true",
                         help="add the attendance list (names: personal data)")


def _with_db(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # SUPPRESS: an unset --db here must not hide one given before the command.
    command.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                         help="the Facilitator file (default: the app's own file); never created")
    return command


def _add_session_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--title", required=True)
    command.add_argument("--start", type=stockholm_time, required=True, metavar="WHEN",
                         help="Stockholm time as 'YYYY-MM-DD HH:MM'")
    command.add_argument("--end", type=stockholm_time, required=True, metavar="WHEN",
                         help="Stockholm time as 'YYYY-MM-DD HH:MM'")
    command.add_argument("--link", default="", help="the join link (Teams, Zoom, ...)")
    command.add_argument("--room", default="", help="where people can watch together")
    command.add_argument("--focus", type=one_of(FocusArea), metavar="AREA",
                         help=f"one of: {', '.join(FocusArea)}")


def _add_invite_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--session", type=int, required=True, metavar="ID")
    who = command.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every active person not yet invited")
    who.add_argument("--organisation", metavar="CODE_OR_NAME",
                     help="an organisation's official code (e.g. 0980) or name")
    who.add_argument("--category", type=one_of(PersonCategory), metavar="CATEGORY",
                     help=f"one of: {', '.join(PersonCategory)}")


def _add_export_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    command.add_argument("--organizer-name", help="default: your name in Settings")
    command.add_argument("--organizer-email", help="default: your email in Settings")


def _add_attendance_export_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--format", choices=["csv", "csv-plain", "xlsx", "pdf"], default="csv",
                         help="csv: for Swedish Excel (';', UTF-8 with BOM); csv-plain: ',' UTF-8")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    command.add_argument("--programme", action="store_true",
                         help="everyone who attended any session of the session's programme")
    command.add_argument("--columns", metavar="KEY,KEY", help="the columns, in order (default: the usual ones)")
    command.add_argument("--landscape", action="store_true", help="PDF: A4 landscape")


def _add_print_roster_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    command.add_argument("--sign-in", action="store_true", help="the sign-in sheet instead of the roster")
    command.add_argument("--blank-rows", type=int, default=10, metavar="N", help="sign-in sheet: rows for walk-ins")
    command.add_argument("--landscape", action="store_true", help="A4 landscape")


def _add_merge_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("files", type=Path, nargs="+", metavar="FILE",
                         help="Facilitator files to merge, in order (only read, never changed)")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="NEW_FILE",
                         help="the merged file to create (must not exist yet)")


def _add_import_people_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--on-duplicate", choices=["skip", "update", "keep-both"], default="skip",
                         help="a row with the email (or the name and organisation, and no email telling them "
                              "apart) of someone already there: skip it (default), update that person, or add it "
                              "anyway")
    command.add_argument("--on-possible-duplicate", choices=["keep-both", "skip", "update"], default="keep-both",
                         help="a row with the name of someone already there but another email, or no organisation "
                              "to compare: add it as a new person (default), skip it, or update that person")
    command.add_argument("--create-organisations", action="store_true",
                         help="create the organisations the list names that this file lacks (a municipality, "
                              "region or county board with its official name and county); without it, people "
                              "are imported without them and the name is kept in their notes")


def _add_import_attendance_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file", type=Path, metavar="FILE")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--minimum-minutes", type=minutes, default=15, metavar="N",
                         help="minutes in the meeting to count as present (default 15)")
    command.add_argument("--any-date", action="store_true",
                         help="import the report even when its meeting was on another day than the session")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def minutes(text: str) -> int:
    """A whole number of minutes, zero or more."""
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes")
    return int(text)
