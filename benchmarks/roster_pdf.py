"""The roster of a 3 000-name session as a PDF, against the same rows printed as one plain
QTextDocument HTML table.

On a copy of the generated document (the cached file is never written) a new planned
session (``invite.WEBCAST``, through ``Register.add_session``) gets 3 000 active people,
drawn with a fixed seed so they spread over the organisations, invited through
``Invitations.invite``.

The app's figure is what "Print roster… → Save as PDF" runs: ``printouts.roster(db,
session)`` (the query, the words, the HTML) and ``printing.write_pdf(printout, path)``
(layout, pages with the header and "page x of y", the file written whole). The
rendering part alone (``write_pdf``) is a second figure.

The baseline is the simplest correct way to print the same rows: the same cells the
roster shows (each organisation's name as a row spanning the table, then its people's
name, title, category and status, in the same order), already in memory, as one plain
HTML table with a header row and no style sheet, ``QTextDocument.setHtml`` and
``QTextDocument.print_`` to a ``QPdfWriter`` on a file with the roster's page layout (A4
portrait, the same margins, ``printing.page_layout``). Qt's print_ paginates itself and
adds page numbers.

In-process (a QGuiApplication, offscreen, as search.py does). One unmeasured repetition
of each, then 5 each, alternating; medians.
"""

import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from html import escape
from pathlib import Path

from invite import WEBCAST
from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument
from report import Result, Target, alternate

from facilitator.printing import pdf as printing
from facilitator.printing import printouts
from facilitator.services.invitations import Invitations
from facilitator.services.register import Register
from facilitator.store.document import Document
from facilitator.store.invitations import WhoToInvite

NAMES = 3_000
REPETITIONS = 5  # each, after one unmeasured repetition of each
RATIO_TARGET = Target(max_ratio=1.0)
NAMES_TEXT = f"{NAMES:,}".replace(",", " ")
SEED = 20261201


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        folder = Path(name)
        copy = folder / "roster.sqlite"
        shutil.copyfile(db_path, copy)
        session_id = _invite(copy, random.Random(SEED))
        document = Document.open(copy)
        try:
            app = AppRoster(document, session_id, folder / "app.pdf")
            rows = _cells(printouts.roster(document.db, session_id))
            samples = alternate({"app": app.print_pdf, "plain": lambda: _plain_pdf(rows, folder / "plain.pdf")},
                                repetitions, "roster")
        finally:
            document.close()
    totals = [make + render for make, render, _ in samples["app"]]
    renders = [render for _, render, _ in samples["app"]]
    plain = [seconds for seconds, _ in samples["plain"]]
    pages, plain_pages = samples["app"][0][2], samples["plain"][0][1]
    baseline = (f"baseline: the same {len(rows)} rows (organisation rows included), in memory, as one plain "
                f"HTML table, QTextDocument.print_ to a QPdfWriter, A4 with the same margins ({plain_pages} pages); "
                f"median of {len(plain)} each, alternating")
    note = (f"printouts.roster + printing.write_pdf for {NAMES_TEXT} invitees ({pages} pages), as Save as PDF "
            f"runs them; roster (query, words, HTML) "
            f"{statistics.median(make for make, _, _ in samples['app']) * 1000:.0f} ms; " + baseline)
    details = {"app_seconds": totals, "app_render_seconds": renders, "plain_seconds": plain,
               "pages": pages, "plain_pages": plain_pages}
    return [
        Result(f"roster PDF of {NAMES_TEXT} names", statistics.median(totals), statistics.median(plain), "s",
               RATIO_TARGET, note, details),
        Result(f"roster PDF of {NAMES_TEXT} names, rendering only", statistics.median(renders),
               statistics.median(plain), "s", RATIO_TARGET,
               "printing.write_pdf alone, the printout already made: the baseline's work plus the page header"),
    ]


def _invite(path: Path, rng: random.Random) -> int:
    document = Document.open(path)
    try:
        db = document.db
        session_id = Register(db).add_session(replace(WEBCAST)).ids("sessions")[0]
        active = [row[0] for row in db.execute("SELECT id FROM people WHERE active = 1 ORDER BY id")]
        change = Invitations(db).invite(session_id, WhoToInvite(person_ids=tuple(rng.sample(active, NAMES))))
        if len(change.ids("invitations")) != NAMES:
            raise RuntimeError(f"invited {len(change.ids('invitations'))} people, not {NAMES}")
    finally:
        document.close()
    return session_id


def _cells(printout) -> list[list[str] | str]:
    """The roster's rows back as cells (a str for an organisation row), read from its HTML
    so the baseline prints exactly the app's text."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.in_body, self.cell = [], False, None

        def handle_starttag(self, tag, attrs):
            if tag == "tbody":
                self.in_body = True
            elif self.in_body and tag == "tr":
                self.rows.append([])
            elif self.in_body and tag == "td":
                self.cell = ""
                self.group = ("class", "group") in attrs

        def handle_endtag(self, tag):
            if tag == "td" and self.cell is not None:
                self.rows[-1] = self.cell.strip() if self.group else self.rows[-1] + [self.cell.strip()]
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

    parser = Cells()
    parser.feed(printout.html)
    people = sum(1 for row in parser.rows if isinstance(row, list))
    if people != NAMES:
        raise RuntimeError(f"the roster has {people} people, not {NAMES}")
    return parser.rows


class AppRoster:
    def __init__(self, document: Document, session_id: int, target: Path):
        self.db, self.session_id, self.target = document.db, session_id, target

    def print_pdf(self) -> tuple[float, float, int]:
        """(seconds to make the printout, seconds to write the PDF, pages)."""
        started = time.perf_counter()
        printout = printouts.roster(self.db, self.session_id)
        made = time.perf_counter()
        pages = printing.write_pdf(printout, self.target)
        return made - started, time.perf_counter() - made, pages


def _plain_pdf(rows: list[list[str] | str], target: Path) -> tuple[float, int]:
    started = time.perf_counter()
    body = "".join(f'<tr><td colspan="4"><b>{escape(row)}</b></td></tr>' if isinstance(row, str) else
                   "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    html = ('<table width="100%" cellspacing="0" cellpadding="4"><tr><th>Namn</th><th>Titel</th>'
            f"<th>Kategori</th><th>Status</th></tr>{body}</table>")
    document = QTextDocument()
    document.setHtml(html)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(printing.page_layout(False))
    document.print_(writer)
    del writer  # finishes the file
    seconds = time.perf_counter() - started
    return seconds, _pdf_pages(target)


def _pdf_pages(path: Path) -> int:
    """Pages of a PDF Qt wrote (each page object says /Type /Page), read back after timing."""
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))
