"""What every command shares: refusing bad input in one line, reading input files,
writing output files, finding a session, and a QGuiApplication for painting PDFs.

No Qt widgets here (see runner.py).
"""

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..domain.records import Session
from ..services.errors import NotFound
from ..services.register import Register
from ..store.document import Document

if TYPE_CHECKING:
    from ..formats.roster_html import Printout

T = TypeVar("T")
Lead = Callable[[], tuple[str, str]]  # (name, email) from the settings, read only when needed


class Refused(Exception):
    """Input the command cannot act on; the message is the one line the user sees."""


def aligned(table: list[tuple[str, ...]], numeric: set[int]) -> list[str]:
    """Columns padded to their widest cell; numbers right-aligned, the last column unpadded."""
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [cell.rjust(width) if column in numeric else cell.ljust(width)
                 for column, (cell, width) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return lines


@contextmanager
def writing(target: Path) -> Iterator[None]:
    """A file that cannot be written is bad input: one line, and nothing left behind."""
    try:
        yield
    except OSError as error:
        raise Refused(f"cannot write {target}: {error.strerror or error}") from error


def write_printout(printout: "Printout", target: Path, landscape: bool) -> int:
    """Print to PDF with a QGuiApplication (offscreen when there is no display): fonts
    need one, widgets do not."""
    from ..printing import pdf as printing

    application = gui_application()  # noqa: F841 - must stay alive while the pages are painted
    return printing.write_pdf(printout, target, landscape)


def gui_application():
    """A QGuiApplication for fonts and PDF painting (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance()
    if application is None:
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or
                                                             os.environ.get("WAYLAND_DISPLAY"))
        application = QGuiApplication(["facilitator", *(["-platform", "offscreen"] if headless else [])])
    return application


def read_input(path: Path, reader: Callable[[Path], T]) -> T:
    """The file read by ``reader``, or Refused with the reader's one-line reason."""
    from ..formats.tables import UnreadableFile

    try:
        return reader(path)
    except UnreadableFile as error:
        raise Refused(f"{path}: {error}") from error
    except OSError as error:
        raise Refused(f"cannot read {path}: {error.strerror or error}") from error


def find_session(document: Document, session_id: int) -> Session:
    return NotFound.unless(Register(document.db).session(session_id), "session", session_id)
