"""Search-as-you-type in the people view: from a keystroke to the table showing the result,
against the same SQL run directly in SQLite.

In-process, on the real PeopleView over the generated document (shown offscreen at
1200×700). Words a user might look for are typed one key at a time with QTest key events. Each
keystroke is timed from just before the key event until the view has emitted
``searched`` (its model was reset) and the table's viewport has been repainted, which
is when the user sees the rows; the repaint also fetches the visible rows' data. If
the view deferred the search to a typing pause (it does after a slow search), the
clock keeps running through the pause: that wait is what the user sees too.

Clearing the field between words is not counted (it is not search-as-you-type, and
showing all people again is the plain list); its search is still awaited, so the
view's state before the next word is what a user's would be.

The baseline runs, for every text the typing produced, exactly the SQL the model runs
(``search_sql``) on a plain connection (``connect``), fetching all ids.
"""

import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.app import build_application
from facilitator.options import Options
from facilitator.store.connection import connect
from facilitator.store.document import Document
from facilitator.store.people import PeopleQuery, search_sql
from facilitator.ui.people_view import PeopleView
from facilitator.ui.workspace import Workspace
from report import Result, Target, percentile, progress

WORDS = ["andersson", "lin", "region sk", "göran", "eklund", "kommun", "öberg", "digital"]
MEASURED_PASSES = 5  # after one warm-up pass
MEDIAN_TARGET = Target(max_ratio=1.5, max_value=16.0)
WAIT_LIMIT_MS = 10_000
VIEW_SIZE = (1200, 700)


class Typist:
    """Types into a PeopleView and times each keystroke until the table is repainted."""

    def __init__(self, view: PeopleView):
        self.view = view
        self.searches = 0
        self.deferred = 0  # keystrokes whose search waited for a typing pause
        view.searched.connect(self._on_searched)

    def _on_searched(self) -> None:
        self.searches += 1

    def type_words(self, words: list[str]) -> list[tuple[str, float]]:
        """(text after the key, milliseconds) for every key typed."""
        timings = []
        for word in words:
            self._clear()
            for char in word:
                milliseconds = self._keystroke(char)
                timings.append((self.view.search.text(), milliseconds))
        return timings

    def _keystroke(self, char: str) -> float:
        before = self.searches
        started = time.perf_counter()
        _type_key(self.view.search, char)
        if self.searches == before:
            self.deferred += 1
            self._wait_for_search(before)
        self.view.view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def _clear(self) -> None:
        if not self.view.search.text():
            return  # clearing an empty field changes nothing and searches nothing
        before = self.searches
        self.view.search.clear()
        if self.searches == before:
            self._wait_for_search(before)
        self.view.view.viewport().repaint()

    def _wait_for_search(self, before: int) -> None:
        """Run the event loop until the view has searched (the typing-pause timer fired)."""
        loop = QEventLoop()
        limit = QTimer(singleShot=True, interval=WAIT_LIMIT_MS)
        limit.timeout.connect(loop.quit)
        self.view.searched.connect(loop.quit)
        limit.start()
        if self.searches == before:
            loop.exec()
        limit.stop()
        self.view.searched.disconnect(loop.quit)
        if self.searches == before:
            raise TimeoutError(f"no search within {WAIT_LIMIT_MS} ms of typing")


def _type_key(widget: QWidget, char: str) -> None:
    """Press and release the key for ``char``, with its text, as the keyboard would send it.

    (QTest.keyClicks only knows ASCII; ö must arrive as Key_Odiaeresis with text "ö".
    For Latin-1 letters and space, Qt's key code is the upper-case character's code.)
    """
    key = Qt.Key(ord(char.upper()))
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


@dataclass
class Typed:
    passes: list[list[tuple[str, float]]]  # per pass: (text after the key, milliseconds)
    deferred: int  # measured keys whose search waited for the typing pause


def run(db_path: Path, passes: int = MEASURED_PASSES) -> list[Result]:
    typed = _type_in_view(db_path, passes)
    texts = [text for text, _ in typed.passes[0]]
    app_ms = [ms for timings in typed.passes for _, ms in timings]
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
            typist = Typist(view)
            typist.type_words(WORDS)
            typist.deferred = 0
            measured = []
            for number in range(passes):
                progress(f"search: typing pass {number + 1}/{passes}")
                measured.append(typist.type_words(WORDS))
            view.close()
            view.deleteLater()
    finally:
        document.close()
    return Typed(measured, typist.deferred)


def _sqlite_timings(db_path: Path, texts: list[str], passes: int) -> list[float]:
    """Milliseconds for each text's query on a plain connection: a warm-up pass, then measured."""
    db = connect(db_path)
    try:
        statements = [search_sql(PeopleQuery(text=text)) for text in texts]
        _time_statements(db.conn, statements)
        return [ms for _ in range(passes) for ms in _time_statements(db.conn, statements)]
    finally:
        db.close()


def _time_statements(conn: sqlite3.Connection, statements: list[tuple[str, list[object]]]) -> list[float]:
    timings = []
    for sql, params in statements:
        started = time.perf_counter()
        conn.execute(sql, params).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    return timings
