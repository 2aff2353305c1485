"""Command-line arguments. Without a subcommand, Facilitator opens its window."""

import argparse
from pathlib import Path

from . import __version__


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="facilitator",
        description="Plan webcast sessions, invite officials and record who attended.")
    result.add_argument("--db", type=Path, metavar="PATH",
                        help="the Facilitator file to open (created if it does not exist)")
    result.add_argument("--demo", action="store_true",
                        help="open a fresh demo file: Gotland's autumn of 'Våga vara digital!'")
    result.add_argument("--read-only", action="store_true", help="open the file without changing it")
    result.add_argument("--lang", choices=["sv", "en"], help="interface language for this run")
    result.add_argument("--version", action="version", version=f"Facilitator {__version__}")
    return result


def parse(argv: list[str]) -> argparse.Namespace:
    return parser().parse_args(argv)
