"""Plain words for a file that cannot be opened: what happened and what to do."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..store import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentErrors", text)


def explain(error: errors.DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for ``error``; the file's name is filled in."""
    name = str(error.path)
    what, todo = {
        errors.DocumentMissing: (_t("The file %1 does not exist."),
                                 _t("It may have been moved or renamed. Choose File → Open to find it.")),
        errors.NotADatabase: (_t("%1 is not a Facilitator file."),
                              _t("Open a file that Facilitator saved, or create a new one with File → New File.")),
        errors.NotAFacilitatorFile: (_t("%1 is a database, but not one made by Facilitator."),
                                     _t("Facilitator opens only its own files, so it leaves this one untouched.")),
        errors.CorruptDocument: (_t("%1 is damaged and cannot be read safely."),
                                 _t("Open a backup copy of the file. The damaged file has not been changed.")),
        errors.NewerVersion: (_t("%1 was saved by a newer version of Facilitator."),
                              _t("Update Facilitator to open it. The file has not been changed.")),
        errors.ReadOnlyDocument: (_t("%1 cannot be changed: it or its folder is read-only."),
                                  _t("You can open it read-only to look, or copy it to a folder where you can write.")),
        errors.DocumentInUse: (_t("%1 is already open in another Facilitator window."),
                               _t("Switch to that window, or close it and try again.")),
        errors.StorageProblem: (_t("%1 could not be read or written."),
                                _t("Check that the disk is not full and the file is not locked, then try again.")),
    }.get(type(error), (_t("%1 could not be opened."), _t("Try another file.")))
    return what.replace("%1", name), todo


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
