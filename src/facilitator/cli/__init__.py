"""The command line. Without a subcommand, Facilitator opens its window; with one
(``sessions list``, ``import-people``, ``merge``, …) it runs that use case without a
window (runner.py) - for scripts, batch work and checking a file.
"""

import argparse
import os
import sys

from .arguments import parser


def parse(argv: list[str]) -> argparse.Namespace:
    return parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``facilitator`` and ``python -m facilitator``.

    A command runs without loading any widgets; without one, the window opens.
    """
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command:
        from ..locations import backups_folder, default_document, user_settings
        from ..options import Options
        from .runner import run

        def lead() -> tuple[str, str]:
            options = Options(user_settings())
            return options.lead_name, options.lead_email

        try:
            code = run(args, default_document(), lead, backups_root=backups_folder())
            sys.stdout.flush()  # here, where a reader that went away can be handled
        except BrokenPipeError:
            return reader_went_away()
        return code
    from ..app import run_window

    return run_window(args)


def reader_went_away() -> int:
    """`facilitator sessions list | head`: the reader took what it wanted and closed the
    pipe. Not an error worth a traceback; what is left to print goes nowhere (as Python's
    documentation advises, so the flush at exit does not fail again)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 1
