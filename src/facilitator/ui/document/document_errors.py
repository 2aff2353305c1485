"""Plain words for a file that cannot be opened: what happened and what to do."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store import errors
from ...store.backups import BackupFailed


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
    errors.HardLinkedDocument: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 has more than one name on this disk (a hard link)."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Facilitator cannot tell whether it is open under its other name, so it "
                                            "will not change it. Open it read-only, or copy it and open the copy.")),
    errors.UnappliedChanges: (
        QT_TRANSLATE_NOOP("DocumentErrors", "The latest changes to %1 are in a file beside it (ending in -wal) that "
                                            "cannot be read in this folder."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Copy the file together with the files beside it that start with its "
                                            "name to a folder where you can save, and open the copy there.")),
}
# A change that could not be saved: (what happened, what to do); %1 is the file.
WRITE_EXPLANATIONS = {
    errors.DiskFull: (
        QT_TRANSLATE_NOOP("DocumentErrors", "The change could not be saved to %1: the disk is full."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Nothing of it was saved. Free some space on the disk and try again.")),
    errors.LockedByAnotherProgram: (
        QT_TRANSLATE_NOOP("DocumentErrors", "%1 is locked by another program."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Nothing was changed. Close the program that has the file open (a "
                                            "database tool, a backup or sync program) and try again.")),
    BackupFailed: (
        QT_TRANSLATE_NOOP("DocumentErrors", "No backup could be made in %1 before the change."),
        QT_TRANSLATE_NOOP("DocumentErrors", "Nothing was changed. Check that the disk is not full and try again.")),
}
FALLBACK = (QT_TRANSLATE_NOOP("DocumentErrors", "%1 could not be opened."),
            QT_TRANSLATE_NOOP("DocumentErrors", "Try another file."))


def _lookup(table: dict, error: Exception) -> tuple[str, str] | None:
    return next((table[kind] for kind in type(error).__mro__ if kind in table), None)


def explain(error: errors.DocumentError) -> tuple[str, str]:
    """(what happened, what to do) for ``error``, in the interface language, naming the file."""
    what, todo = _lookup(EXPLANATIONS, error) or FALLBACK
    return _t(what).replace("%1", str(error.path)), _t(todo)


def explain_write(error: errors.DocumentError | BackupFailed) -> tuple[str, str]:
    """The same for a change that could not be saved."""
    found = _lookup(WRITE_EXPLANATIONS, error)
    if found is None:
        return explain(error)
    where = error.path.parent if isinstance(error, BackupFailed) else error.path
    return _t(found[0]).replace("%1", str(where)), _t(found[1])


def show_write_problem(parent: QWidget | None, error: errors.DocumentError | BackupFailed) -> None:
    what, todo = explain_write(error)
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Could not save"), what, parent=parent)
    box.setInformativeText(todo)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()


def show(parent: QWidget | None, error: errors.DocumentError) -> bool:
    """Tell the user; return True if they asked to open a read-only file read-only."""
    what, todo = explain(error)
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Cannot open file"), what, parent=parent)
    box.setInformativeText(todo)
    read_only_button = None
    if error.can_open_read_only:
        read_only_button = box.addButton(_t("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return read_only_button is not None and box.clickedButton() is read_only_button
