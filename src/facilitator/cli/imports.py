"""Commands that read files into the document: people lists and attendance reports."""

import argparse
from typing import TextIO

from ..domain.timezone import STOCKHOLM
from ..domain.translatable import QT_TRANSLATE_NOOP, fill
from ..services.errors import InvalidInput
from ..store.document import Document
from .common import Lead, Refused, find_session, read_input


def import_people(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """All readable rows in one transaction. Every row not imported, every possible
    duplicate imported and every organisation name not placed is listed by line."""
    from ..formats.people_columns import suggest_mapping
    from ..formats.tables import read_table
    from ..services.people_import import Decision, PeopleImport

    table = read_input(args.file, read_table)
    importer = PeopleImport(document.db)
    mapping = suggest_mapping(table.headers, table.rows)
    try:
        plan = importer.plan(table, mapping)
    except InvalidInput:
        raise Refused(f"{args.file} has no column of names (such as Namn, Förnamn and Efternamn, or Name); "
                      "nothing imported") from None
    questions = plan.organisation_questions()
    if args.create_organisations:
        to_create = {question.text: question.resolution.to_create() for question in questions
                     if question.resolution.suggestion_id is None}
        plan = importer.plan(table, mapping, organisations=to_create)
    document.back_up("import")
    result = importer.apply(plan, default=Decision(args.on_duplicate.replace("-", "_")),
                            possible_default=Decision(args.on_possible_duplicate.replace("-", "_")))
    print(f"added {result.added}, updated {result.updated}, not imported {result.skipped} "
          f"(of {len(table.rows)} rows in {args.file.name})", file=out)
    if result.organisations_created:
        names = sorted({organisation.name for organisation in plan.new_organisations.values()})
        print(f"created {result.organisations_created} organisations: {', '.join(names)}", file=out)
    for question in plan.organisation_questions():
        print(f"organisation {question.text!r} ({question.rows} rows from line {question.first_line}): "
              f"{_unplaced(question)}", file=out)
    for line in result.report.lines:
        print(f"line {line.line}: {'imported' if line.imported else 'not imported'}: {line.message}", file=out)


def _unplaced(question) -> str:
    """Why an organisation name was not placed, and what the user can do."""
    resolution = question.resolution
    kept = "imported without one (the name kept in the notes)"
    if resolution.suggestion_id is not None:
        return f"not recognised for certain; {kept}; settle it in the window's import"
    if resolution.official_name:
        return f"{resolution.official_name} is not in this file; {kept}; --create-organisations creates it"
    return f"not in this file; {kept}; --create-organisations creates it"


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
    document.back_up("attendance-import")
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
