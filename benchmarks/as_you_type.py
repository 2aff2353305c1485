"""What the search-as-you-type benchmarks share: typing words into a view key by key and
timing each key until the list shows the result, and timing the same texts' SQL directly.

A :class:`Typist` works on any view that has a search field, a signal emitted once its
list shows the result of what was typed, and a table whose viewport shows that result
(the people view's search, the check-in view's). Each keystroke is timed from just
before the key event until the view has emitted that signal and the viewport has been
repainted, which is when the user sees the rows; the repaint also fetches the visible
rows' data. If the view deferred the search to a typing pause, the clock keeps running
through the pause: that wait is what the user sees too.

Clearing the field between words is not counted (it is not search-as-you-type, and
showing the whole list again is the plain list); its search is still awaited, so the
view's state before the next word is what a user's would be.
"""

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from report import progress

WAIT_LIMIT_MS = 10_000

#: One SQL statement with its parameters, as given to ``sqlite3.Connection.execute``.
Statement = tuple[str, Sequence[object] | dict[str, object]]


class Typist:
    """Types into ``field`` and times each keystroke until ``searched`` has been emitted
    and ``viewport`` repainted."""

    def __init__(self, field: QLineEdit, searched: SignalInstance, viewport: QWidget):
        self.field = field
        self.searched = searched
        self.viewport = viewport
        self.searches = 0
        self.deferred = 0  # keystrokes whose search waited for a typing pause
        searched.connect(self._on_searched)

    def _on_searched(self) -> None:
        self.searches += 1

    def type_words(self, words: list[str]) -> list[tuple[str, float]]:
        """(text after the key, milliseconds) for every key typed."""
        timings = []
        for word in words:
            self._clear()
            for char in word:
                milliseconds = self._keystroke(char)
                timings.append((self.field.text(), milliseconds))
        return timings

    def _keystroke(self, char: str) -> float:
        before = self.searches
        started = time.perf_counter()
        type_key(self.field, char)
        if self.searches == before:
            self.deferred += 1
            self._wait_for_search(before)
        self.viewport.repaint()
        return (time.perf_counter() - started) * 1000

    def _clear(self) -> None:
        if not self.field.text():
            return  # clearing an empty field changes nothing and searches nothing
        before = self.searches
        self.field.clear()
        if self.searches == before:
            self._wait_for_search(before)
        self.viewport.repaint()

    def _wait_for_search(self, before: int) -> None:
        """Run the event loop until the view has searched (the typing-pause timer fired)."""
        loop = QEventLoop()
        limit = QTimer(singleShot=True, interval=WAIT_LIMIT_MS)
        limit.timeout.connect(loop.quit)
        self.searched.connect(loop.quit)
        limit.start()
        if self.searches == before:
            loop.exec()
        limit.stop()
        self.searched.disconnect(loop.quit)
        if self.searches == before:
            raise TimeoutError(f"no search within {WAIT_LIMIT_MS} ms of typing")


def type_key(widget: QWidget, char: str) -> None:
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

    @property
    def texts(self) -> list[str]:
        """The text after each key of one pass (every pass types the same)."""
        return [text for text, _ in self.passes[0]]

    @property
    def milliseconds(self) -> list[float]:
        return [ms for timings in self.passes for _, ms in timings]


def type_passes(typist: Typist, words: list[str], passes: int, name: str) -> Typed:
    """Type ``words`` once to warm up, then ``passes`` times measured."""
    typist.type_words(words)
    typist.deferred = 0
    measured = []
    for number in range(passes):
        progress(f"{name}: typing pass {number + 1}/{passes}")
        measured.append(typist.type_words(words))
    return Typed(measured, typist.deferred)


def sqlite_timings(conn: sqlite3.Connection, statements: list[list[Statement]], passes: int) -> list[float]:
    """Milliseconds for each text's statements (run one after the other, all rows
    fetched) on a plain connection: a warm-up pass, then ``passes`` measured."""
    time_texts(conn, statements)
    return [ms for _ in range(passes) for ms in time_texts(conn, statements)]


def time_texts(conn: sqlite3.Connection, statements: list[list[Statement]]) -> list[float]:
    timings = []
    for text_statements in statements:
        started = time.perf_counter()
        for sql, params in text_statements:
            conn.execute(sql, params).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


class StatementRecorder:
    """Stands in for a sqlite-utils ``Database`` and records each ``execute`` - the exact
    SQL and parameters a store function runs - while running it on ``conn``.

    Lets a baseline run the app's own SQL directly when the store builds it inline
    rather than through a ``*_sql`` function like ``people.search_sql``.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.recorded: list[Statement] = []

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> sqlite3.Cursor:
        self.recorded.append((sql, parameters))
        return self.conn.execute(sql, parameters)

    def statements_of(self, call: Callable[[], object]) -> list[Statement]:
        """The statements ``call`` runs through this recorder."""
        self.recorded = []
        call()
        return self.recorded
