"""Long work off the UI thread, with a progress dialog and Cancel.

The work function runs in a worker thread and must open its own database connection
(never the UI thread's). It reports progress as a percentage and checks ``cancelled``.
Two ways to wait for it: ``await run_with_progress(...)`` on the qasync loop, or
:func:`run_and_wait` where the caller must have the answer before it returns (a
wizard page deciding whether to move on); the window keeps painting either way.
"""

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Result = TypeVar("Result")
Work = Callable[[Callable[[int], None], Callable[[], bool]], Result]

# Work that finishes sooner than this shows no dialog at all.
SHOW_AFTER_MS = 300


class _ProgressBridge(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive queued."""

    progress = Signal(int)
    finished = Signal()


def _progress_dialog(parent: QWidget | None, label: str) -> tuple[QProgressDialog, _ProgressBridge, threading.Event]:
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)
    bridge = _ProgressBridge()
    bridge.progress.connect(dialog.setValue)
    return dialog, bridge, cancel


async def run_with_progress(parent: QWidget | None, label: str, work: Work) -> Result:
    dialog, bridge, cancel = _progress_dialog(parent, label)
    try:
        return await run_in_thread(work, bridge.progress.emit, cancel.is_set)
    finally:
        dialog.reset()
        dialog.deleteLater()


def run_and_wait(parent: QWidget | None, label: str, work: Work) -> Result:
    """Run ``work`` on a worker thread and return its result (or raise its error), keeping
    the window responsive with a local event loop meanwhile."""
    dialog, bridge, cancel = _progress_dialog(parent, label)
    outcome: dict[str, object] = {}
    waiting = QEventLoop()
    bridge.finished.connect(waiting.quit)

    def target() -> None:
        try:
            outcome["result"] = work(bridge.progress.emit, cancel.is_set)
        except BaseException as error:  # handed to the caller below, on the UI thread
            outcome["error"] = error
        finally:
            bridge.finished.emit()

    worker = threading.Thread(target=target, name="facilitator-work", daemon=True)
    worker.start()
    waiting.exec()  # a finish posted before this starts is still delivered to it
    worker.join()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


async def run_in_thread(work: Callable[..., Result], *args) -> Result:
    """Run ``work(*args)`` on a thread of its own, finished by the time the result is back."""
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-work") as pool:
        return await loop.run_in_executor(pool, work, *args)
