"""A person's register extract and erasing a person, from the People view's context menu."""

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import labels
from ...domain.timezone import STOCKHOLM
from ...services.privacy import Privacy
from ..common.workspace import Workspace


def _privacy(workspace: Workspace) -> Privacy:
    return Privacy(workspace.document.db, workspace.document.backups)


def save_extract(parent: QWidget, workspace: Workspace, person_id: int) -> Path | None:
    """Ask where, then write everything stored about the person as PDF (or JSON)."""
    return PrivacyActions(parent, workspace).save_extract(person_id)


def erase_person(parent: QWidget, workspace: Workspace, person_id: int) -> bool:
    """Confirm (naming what goes, and the backups that still hold the person), then erase."""
    return PrivacyActions(parent, workspace).erase_person(person_id)


class PrivacyActions(QObject):
    def __init__(self, parent: QWidget, workspace: Workspace):
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace

    def save_extract(self, person_id: int) -> Path | None:
        privacy, workspace, parent = _privacy(self.workspace), self.workspace, self.parent_widget
        person = privacy.summary(person_id)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggestion = folder / (self.tr("Register extract %1").replace("%1", person.name) + ".pdf")
        path, chosen = QFileDialog.getSaveFileName(parent, self.tr("Save Register Extract"), str(suggestion),
                                                   self.tr("PDF (*.pdf);;JSON for another system (*.json)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".json"):
            target = target.with_suffix(".json" if "json" in chosen else ".pdf")
        try:
            if target.suffix.lower() == ".json":
                privacy.write_json(person_id, target)
            else:
                from ...printing.pdf import write_pdf
                from ...printing.register_extract import extract_printout

                write_pdf(extract_printout(privacy.extract(person_id)), target)
        except OSError as error:
            QMessageBox.warning(parent, self.tr("Save Register Extract"), self.tr(
                "The extract could not be written to %1: %2. Choose another folder.")
                .replace("%1", str(target)).replace("%2", error.strerror or str(error)))
            return None
        workspace.message.emit(self.tr("Saved the register extract for %1 as %2").replace("%1", person.name)
                               .replace("%2", str(target)))
        return target


    def erase_person(self, person_id: int) -> bool:
        privacy, workspace, parent = _privacy(self.workspace), self.workspace, self.parent_widget
        plan = privacy.erasure_plan(person_id)
        who = f"{plan.person.name} <{plan.person.email}>" if plan.person.email else plan.person.name
        text = self.tr("Erase %1 completely?").replace("%1", who)
        details = self.tr("This removes the person, %1 invitations and %2 attendance records from the file, "
                            "leaving nothing to recover, and clears the undo history. It cannot be undone.") \
            .replace("%1", str(plan.invitations)).replace("%2", str(plan.attendance))
        if plan.backups_holding:
            holding = plan.backups_holding
            dates = ", ".join(labels.date_time(backup.taken_at.astimezone(STOCKHOLM)) for backup in holding)
            details += "\n\n" + self.tr("%n older backup(s) still hold this person (%1) in %2. They are removed "
                                          "as backups age out.", "", len(plan.backups_holding)) \
                .replace("%1", dates).replace("%2", str(plan.backups_holding[0].path.parent))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase Person"), text, parent=parent)
        box.setInformativeText(details)
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        privacy.erase(person_id)
        workspace.forget_history()
        workspace.changed.emit(frozenset({"people", "invitations", "attendance"}))
        workspace.message.emit(self.tr("Erased %1").replace("%1", plan.person.name))
        return True
