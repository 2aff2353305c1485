"""Driving the window from tests: open a main window, answer the next dialog that opens."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(handler: Callable[[QWidget], None], *, attempts: int = 200) -> list[QWidget]:
    """Call ``handler`` with the next modal dialog once it is showing; returns a list that
    receives the dialog, so the test can assert it was seen."""
    seen: list[QWidget] = []

    def poll(remaining: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.append(dialog)
            handler(dialog)
        elif remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
    return seen


def shown_window(qtbot, document, options, *, active: bool = False):
    """A main window on ``document``, shown (and active, for Alt+letter shortcuts)."""
    from facilitator.ui.common.workspace import Workspace
    from facilitator.ui.mainwindow.main_window import MainWindow

    main = MainWindow(Workspace(document), options)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    if active:
        main.activateWindow()
        qtbot.waitActive(main)
    return main
