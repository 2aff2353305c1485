"""The command line. Without a subcommand, Facilitator opens its window; with one
(``sessions list``, ``import-people``, ``merge``, …) it runs that use case without a
window (runner.py) - for scripts, batch work and checking a file.
"""

import argparse
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
        from ..locations import DEFAULT_FILE, default_data_folder, user_settings
        from ..options import Options
        from .runner import run

        def lead() -> tuple[str, str]:
            options = Options(user_settings())
            return options.lead_name, options.lead_email

        return run(args, default_data_folder() / DEFAULT_FILE, lead)
    from ..app import run_window

    return run_window(args)
