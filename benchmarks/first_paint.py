"""Child process of the start-up benchmark: start a window and report when it is first painted.

    python first_paint.py app PATH   Facilitator's real start (facilitator.app.main) on PATH
    python first_paint.py bare       a bare PySide6 QMainWindow of the same size

Both windows get the same probe: after the first paint event of the main window, a
zero-delay timer fires once the whole paint pass (children included) and the flush
have finished. It reports that moment (time.time(), comparable with the parent's
clock) and the peak resident memory so far, then quits the event loop so the program
ends the way it normally would.
"""

import resource
import sys
import time

from children import emit
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

#: The size MainWindow gives itself when no geometry is remembered (_restore_window).
WINDOW_SIZE = (1320, 760)


def probe_first_paint(window_class: type[QWidget]) -> None:
    """Make the first paint of any ``window_class`` window report and quit the app.

    Patched on the class before any window exists, so the app's own code runs unchanged.
    """
    original = window_class.paintEvent
    reported = False

    def paintEvent(self: QWidget, event: QPaintEvent) -> None:
        nonlocal reported
        original(self, event)
        if not reported:
            reported = True
            QTimer.singleShot(0, lambda: _report_and_quit(self))

    window_class.paintEvent = paintEvent


def _report_and_quit(window: QWidget) -> None:
    size = [window.width(), window.height()]
    emit({"painted": time.time(), "peak_rss_kib": peak_rss_kib(), "window_size": size})
    QApplication.quit()


def peak_rss_kib() -> int:
    """The peak resident memory of this program so far, in KiB.

    On Linux, from VmHWM: ru_maxrss survives exec, so a child started by a big parent
    would report the parent's size at the fork instead of its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def run_app(path: str) -> int:
    from facilitator import app
    from facilitator.ui.mainwindow.main_window import MainWindow

    probe_first_paint(MainWindow)
    return app.main(["--db", path])


class BareWindow(QMainWindow):
    """An empty main window: what any PySide6 app pays before showing anything of its own."""


def run_bare() -> int:
    probe_first_paint(BareWindow)
    application = QApplication(sys.argv)
    window = BareWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    return application.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[2]) if sys.argv[1] == "app" else run_bare())
