"""Commands that read files into the document: people lists and attendance reports."""

import argparse
from typing import TextIO

from ..domain.timezone import STOCKHOLM
from ..domain.translatable import QT_TRANSLATE_NOOP, fill
from ..services.errors import InvalidInput
from ..store.document import Document
from .common import Lead, Refused, find_session, read_input


def import_people(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """All readable rows in one transaction; the rows not imported are listed by line."""
    from ..formats.people_columns import suggest_mapping
    from ..formats.tables import read_table
    from ..services.people_import import Decision, PeopleImport

    table = read_input(args.file, read_table)
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
    in the window (a command cannot ask). A report of another day's meeting is refused
    unless --any-date says to take it anyway; one that lists nobody is refused."""
    from ..formats.attendance import read_report
    from ..services.attendance_import import AttendanceImport

    session = find_session(document, args.session)
    day = session.start.astimezone(STOCKHOLM).date() if session.start else None
    report = read_input(args.file, lambda path: read_report(path, expected_day=day))
    importer = AttendanceImport(document.db)
    fit = importer.session_fit(report, args.session)
    if not fit.date_matches and not args.any_date:
        raise Refused(fill(QT_TRANSLATE_NOOP(
            "AttendanceCommand", "%1 is a report of a meeting on %2, but session %3 is on %4; nothing imported. "
            "Give --any-date to import it anyway."), (args.file.name, _days(fit), str(args.session),
                                                     str(fit.session_day))))
    review = importer.review(report, args.session, minimum_minutes=args.minimum_minutes)
    result = importer.apply(review)
    if fit.title_differs:
        print(fill(QT_TRANSLATE_NOOP("AttendanceCommand", "note: the report's meeting is called %1, the session %2"),
                   (repr(fit.report_title), repr(fit.session_title))), file=out)
    print(f"recorded {len(review.matched)} participants ({result.present} present, {result.written} rows "
          f"changed); not recorded: {len(review.uncertain)} uncertain, {len(review.unmatched)} unmatched",
          file=out)
    for item in review.uncertain + review.unmatched:
        maybe = ", ".join(f"{candidate.name} ({candidate.score:.0f})" for candidate in item.candidates)
        differs = fill(QT_TRANSLATE_NOOP("AttendanceCommand", " (the report's address %1 is not the registered one)"),
                       (item.participant.email or item.participant.upn,)) if item.email_differs else ""
        print(f"line {item.participant.line}: {item.status} {item.participant.name!r}"
              + (f", maybe {maybe}" if maybe else "") + differs, file=out)
    for item in review.overlapping:
        participant = item.participant
        print(fill(QT_TRANSLATE_NOOP(
            "AttendanceCommand", "line %1: %2 was connected twice at the same time; counted %3 minutes, not %4"),
            (str(participant.line), repr(participant.name), str(participant.minutes),
             str(participant.connected_minutes))), file=out)


def _days(fit) -> str:
    """The report's day, or both its readings when its dates can be read either way."""
    if fit.other_day and fit.other_day != fit.report_day:
        return fill(QT_TRANSLATE_NOOP("AttendanceCommand", "%1 or %2 (its dates can be read either way)"),
                    (str(fit.report_day), str(fit.other_day)))
    return str(fit.report_day)
