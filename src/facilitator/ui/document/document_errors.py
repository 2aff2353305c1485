"""Plain words for a file that cannot be opened: what happened and what to do."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentErrors", text)


# (what happened, what to do) per error; %1 is the file.
EXPLANATIONS = {
    errors.DocumentMissing: (
        QT_TRANSLATE_NOOP("DocumentErrors", "The file %1 does not exist."),
        QT_TRANSLATE_NOOP("DocumentErrors", "It may have been moved or renamed. Choose File → Open to find it.")),
    errors.NotADatabase: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 is not a Facilitator file."),
        QT_TRANSLATE_NOOP(
            "DocumentErrors", "Open a file that Facilitator saved, or create a new one with File → New File.")),
    errors.NotAFacilitatorFile: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 is a database, but not one made by Facilitator."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Facilitator opens only its own files, so it leaves this one untouched.")),
    errors.CorruptDocument: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 is damaged and cannot be read safely."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Open a backup copy of the file. The damaged file has not been changed.")),
    errors.NewerVersion: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 was saved by a newer version of Facilitator."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Update Facilitator to open it. The file has not been changed.")),
    errors.ReadOnlyDocument: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 cannot be changed: it or its folder is read-only."),
        QT_TRANSLATE_NOOP(
            "DocumentErrors", "You can open it read-only to look, or copy it to a folder where you can write.")),
    errors.DocumentInUse: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 is already open in another Facilitator window."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Switch to that window, or close it and try again.")),
    errors.StorageProblem: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 could not be read or written."),
        QT_TRANSLATE_NOOP(
            "DocumentErrors", "Check that the disk is not full and the file is not locked, then try again.")),
}
FALLBACK = (QT_TRANSLATE_NOOP("DocumentErrors", "%1 could not be opened."),
            QT_TRANSLATE_NOOP("DocumentErrors", "Try another file."))


def explain(error: errors.DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for ``error``, in the interface language, naming the file."""
    what, todo = EXPLANATIONS.get(type(error), FALLBACK)
    return _t(what).replace("%1", str(error.path)), _t(todo)


def show(parent: QWidget | None, error: errors.DocumentError) -> bool:
    """Tell the user; return True if they asked to open a read-only file read-only."""
    what, todo = explain(error)
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Cannot open file"), what, parent=parent)
    box.setInformativeText(todo)
    read_only_button = None
    if isinstance(error, errors.ReadOnlyDocument):
        read_only_button = box.addButton(_t("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return read_only_button is not None and box.clickedButton() is read_only_button
