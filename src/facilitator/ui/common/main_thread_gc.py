"""Python's garbage collector, run on the UI thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold
is passed - often a worker thread (an import, a merge, a backup). When such a cycle holds
Qt objects (a closed dialog, an old window), PySide6 hands their deletion back to the UI
thread, and that crashed the whole app at random (PySide6 6.12, a null call in Shiboken's
``runDeletionInMainThread``). So automatic collection is switched off and this timer
collects on the UI thread instead, as often as the automatic collector would have - the
way other large PyQt/PySide applications do it.
"""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(interval_ms)

    def collect_if_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc itself would."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self._thresholds)):
            if count > threshold:
                generation = level
        if generation >= 0:
            gc.collect(generation)
