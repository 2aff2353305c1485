"""Search-as-you-type in the people view: from a keystroke to the table showing the result,
against the same SQL run directly in SQLite.

In-process, on the real PeopleView over the generated document (shown offscreen at
1200×700). Words a user might look for are typed one key at a time with QTest key
events and timed by as_you_type.Typist: from just before the key event until the view
has emitted ``searched`` (its model was reset) and the table's viewport has been
repainted, which is when the user sees the rows. If the view deferred the search to a
typing pause (it does after a slow search), the clock keeps running through the pause.
Clearing the field between words is not counted, but awaited.

The baseline runs, for every text the typing produced, exactly the SQL the model runs
(``search_sql``) on a plain connection (``connect``), fetching all ids.
"""

import statistics
import sys
import tempfile
from pathlib import Path

from as_you_type import Typed, Typist, sqlite_timings, type_passes
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from report import Result, Target, percentile

from facilitator.app import build_application
from facilitator.options import Options
from facilitator.store.connection import connect
from facilitator.store.document import Document
from facilitator.store.people import PeopleQuery, search_sql
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.people.people_view import PeopleView

WORDS = ["andersson", "lin", "region sk", "göran", "eklund", "kommun", "öberg", "digital"]
MEASURED_PASSES = 5  # after one warm-up pass
MEDIAN_TARGET = Target(max_ratio=1.5, max_value=16.0)
VIEW_SIZE = (1200, 700)


def run(db_path: Path, passes: int = MEASURED_PASSES) -> list[Result]:
    typed = _type_in_view(db_path, passes)
    texts, app_ms = typed.texts, typed.milliseconds
    sql_ms = _sqlite_timings(db_path, texts, passes)
    note = (f"baseline: the same search_sql run directly with sqlite3, all ids fetched; {len(texts)} keys "
            f"a pass, {passes} pass(es) after a warm-up; {typed.deferred} of {len(app_ms)} keys waited "
            f"for the typing pause")
    details = {"texts": texts, "app_ms": app_ms, "sqlite_ms": sql_ms, "deferred_keys": typed.deferred}
    return [
        Result("search-as-you-type, median", statistics.median(app_ms), statistics.median(sql_ms), "ms",
               MEDIAN_TARGET, note, details),
        Result("search-as-you-type, 95th percentile", percentile(app_ms, 95), percentile(sql_ms, 95), "ms"),
    ]


def _type_in_view(db_path: Path, passes: int) -> Typed:
    """Type WORDS once to warm up, then ``passes`` times measured."""
    QApplication.instance() or build_application([sys.argv[0]])  # the app's style sheet, as users see it
    document = Document.open(db_path)
    try:
        with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            view = PeopleView(Workspace(document), Options(settings))
            view.resize(*VIEW_SIZE)
            view.show()
            QTest.qWaitForWindowExposed(view)
            typist = Typist(view.search, view.searched, view.view.viewport())
            typed = type_passes(typist, WORDS, passes, "search")
            view.close()
            view.deleteLater()
    finally:
        document.close()
    return typed


def _sqlite_timings(db_path: Path, texts: list[str], passes: int) -> list[float]:
    """Milliseconds for each text's query on a plain connection: a warm-up pass, then measured."""
    db = connect(db_path)
    try:
        return sqlite_timings(db.conn, [[search_sql(PeopleQuery(text=text))] for text in texts], passes)
    finally:
        db.close()
