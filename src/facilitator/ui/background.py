"""Long work off the UI thread, on the qasync loop, with a progress dialog and Cancel.

The work function runs in a worker thread and must open its own database connection
(never the UI thread's). It reports progress as a percentage and checks ``cancelled``.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Result = TypeVar("Result")
Work = Callable[[Callable[[int], None], Callable[[], bool]], Result]

# Work that finishes sooner than this shows no dialog at all.
SHOW_AFTER_MS = 300


class _ProgressBridge(QObject):
    """Lives on the UI thread; a signal emitted from the worker arrives queued."""

    progress = Signal(int)


async def run_with_progress(parent: QWidget | None, label: str, work: Work) -> Result:
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)
    bridge = _ProgressBridge()
    bridge.progress.connect(dialog.setValue)
    try:
        return await run_in_thread(work, bridge.progress.emit, cancel.is_set)
    finally:
        dialog.reset()
        dialog.deleteLater()


async def run_in_thread(work: Callable[..., Result], *args) -> Result:
    """Run ``work(*args)`` on a thread of its own, finished by the time the result is back."""
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-work") as pool:
        return await loop.run_in_executor(pool, work, *args)
