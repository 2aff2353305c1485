"""Commands that read files into the document: people lists and attendance reports."""

import argparse
from typing import TextIO

from ..services.errors import InvalidInput
from ..store.document import Document
from .common import Lead, Refused, read_input


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
    document.back_up("import")
    result = importer.apply(plan, default=Decision(args.on_duplicate.replace("-", "_")))
    print(f"added {result.added}, updated {result.updated}, not imported {result.skipped} "
          f"(of {len(table.rows)} rows in {args.file.name})", file=out)
    for line in result.report.not_imported:
        print(f"line {line.line}: {line.message}", file=out)


def import_attendance(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """Records the certain matches only; the uncertain and unmatched are listed to settle
    in the window (a command cannot ask)."""
    from ..formats.attendance_reports import read_report
    from ..services.attendance_import import AttendanceImport

    report = read_input(args.file, read_report)
    importer = AttendanceImport(document.db)
    review = importer.review(report, args.session, minimum_minutes=args.minimum_minutes)
    document.back_up("attendance-import")
    result = importer.apply(review)
    print(f"recorded {len(review.matched)} participants ({result.present} present, {result.written} rows "
          f"changed); not recorded: {len(review.uncertain)} uncertain, {len(review.unmatched)} unmatched",
          file=out)
    for item in review.uncertain + review.unmatched:
        maybe = ", ".join(f"{candidate.name} ({candidate.score:.0f})" for candidate in item.candidates)
        print(f"line {item.participant.line}: {item.status} {item.participant.name!r}"
              + (f", maybe {maybe}" if maybe else ""), file=out)
