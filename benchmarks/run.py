"""Run the benchmarks (``make bench``) and print one table of figures, baselines, ratios and
targets; the same figures go to benchmarks/.data/last-run.json.

    make bench                                  everything, on 100 000 people
    make bench ARGS="--only search"             one benchmark
    make bench ARGS="--people 20000"            another size (generated and cached once)

The exit code is 0 even when a target is missed: this reports, it does not assert. It
is 1 only when a benchmark could not run at all.
"""

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import attendance_report
import checkin
import dashboard
import export_xlsx
import generate
import import_people
import invite
import merge
import roster_pdf
import search
import startup
from report import Result, format_table, machine_context, progress, save_json

#: Each benchmark takes the generated document and returns its figures.
BENCHMARKS: dict[str, Callable[[Path], list[Result]]] = {
    "startup": startup.run,
    "search": search.run,
    "checkin": checkin.run,
    "invite": invite.run,
    "import": import_people.run,
    "export": export_xlsx.run,
    "roster": roster_pdf.run,
    "dashboard": dashboard.run,
    "merge": merge.run,
    "attendance-report": attendance_report.run,
}
LAST_RUN = generate.DATA_DIR / "last-run.json"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Facilitator benchmarks")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append",
                        help="run just this benchmark (may be repeated)")
    parser.add_argument("--people", type=int, default=generate.Size.people,
                        help="people in the generated document (default %(default)s)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    size = generate.Size(people=args.people)
    if not generate.cached_path(size).exists():
        progress(f"building {size.file_name()} (once; it is cached in {generate.DATA_DIR})")
    db_path = generate.ensure_database(size)
    results, failed = run_benchmarks(args.only or list(BENCHMARKS), db_path)
    context = {"machine": machine_context(), "dataset": dataset_context(size, db_path)}
    print(format_table(results, context))
    save_json(LAST_RUN, results, context)
    if failed:
        print(f"\nFailed to run: {', '.join(failed)} (see the errors above)")
    return 1 if failed else 0


def run_benchmarks(names: list[str], db_path: Path) -> tuple[list[Result], list[str]]:
    """The figures of every benchmark that ran, and the names of those that failed."""
    results: list[Result] = []
    failed = []
    for name in names:
        progress(f"{name}: running")
        try:
            results += BENCHMARKS[name](db_path)
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
    return results, failed


def dataset_context(size: generate.Size, db_path: Path) -> dict[str, object]:
    return {"people": size.people, "organisations": size.organisations, "sessions": size.sessions,
            "invitations": size.sessions * size.invitees_per_session,
            "file_mib": round(db_path.stat().st_size / 2**20, 1)}


if __name__ == "__main__":
    sys.exit(main())
