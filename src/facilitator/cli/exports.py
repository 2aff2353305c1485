"""Commands that write lists and printouts: the attendance list, the roster or sign-in
sheet, the reach report."""

import argparse
from typing import TextIO

from ..store.document import Document
from .common import Lead, Refused, gui_application, write_printout, writing

_FORMATS = {"csv": "csv_excel", "csv-plain": "csv_plain", "xlsx": "xlsx", "pdf": "pdf"}


def export_attendance(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    from ..printing import printouts
    from ..services.attendance_export import AttendanceExport, ExportFormat, unknown_columns

    keys = [key.strip() for key in args.columns.split(",")] if args.columns else []
    if unknown_columns(keys):
        raise Refused(f"unknown columns: {', '.join(unknown_columns(keys))}")
    export = AttendanceExport(document.db)
    table = export.table(args.session, keys, printouts.attendance_words(), whole_programme=args.programme)
    export_format = ExportFormat(_FORMATS[args.format])
    with writing(args.output):
        if export_format == ExportFormat.PDF:
            write_printout(printouts.attendance(document.db, args.session, table, args.programme),
                            args.output, args.landscape)
        else:
            export.write(table, args.output, export_format)
    print(f"wrote {args.output}: {len(table.rows)} rows", file=out)


def print_roster(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    from ..printing import printouts
    from ..services.rosters import MAX_BLANK_ROWS

    if not 0 <= args.blank_rows <= MAX_BLANK_ROWS:
        raise Refused(f"--blank-rows must be between 0 and {MAX_BLANK_ROWS}")
    printout = printouts.sign_in_sheet(document.db, args.session, args.blank_rows) if args.sign_in \
        else printouts.roster(document.db, args.session)
    with writing(args.output):
        pages = write_printout(printout, args.output, args.landscape)
    print(f"wrote {args.output}: {pages} pages", file=out)


def reach_report(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """The reach report; figures only unless the attendance list is asked for."""
    application = gui_application() if args.format == "pdf" else None  # alive while painting
    from ..printing.reach_report import write_report

    with writing(args.output):
        write_report(document.db, args.output, as_pdf=application is not None,
                     with_attendance=args.with_attendance)
    print(f"wrote {args.output}", file=out)
