"""Settings: the interface language, and the lead's name and email (organiser of invitations)."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from ... import language
from ...domain.records import Problem, looks_like_email
from ...options import Options
from ..common.validation import show_problems
from ..forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, options: Options, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._options = options
        self._fill_languages()
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(options.language)))
        self.ui.leadName.setText(options.lead_name)
        self.ui.leadEmail.setText(options.lead_email)
        self.ui.retentionMonths.setValue(options.retention_months)
        show_problems(self.ui, ["lead_email"], {})
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill_languages(self) -> None:
        current = self.ui.language.currentIndex()
        self.ui.language.clear()
        self.ui.language.addItem(self.tr("System default"), language.SYSTEM)
        # Each language is named in itself, so it can be found whatever is showing now.
        self.ui.language.addItem("Svenska", language.SWEDISH)
        self.ui.language.addItem("English", language.ENGLISH)
        self.ui.language.setCurrentIndex(max(0, current))

    def chosen_language(self) -> str:
        return self.ui.language.currentData()

    def accept(self) -> None:
        email = self.ui.leadEmail.text().strip()
        problems = {"lead_email": Problem.INVALID_EMAIL} if email and not looks_like_email(email) else {}
        first = show_problems(self.ui, ["lead_email"], problems)
        if first is not None:
            first.setFocus()
            return
        self._options.language = self.chosen_language()
        self._options.lead_name = self.ui.leadName.text().strip()
        self._options.lead_email = email
        self._options.retention_months = self.ui.retentionMonths.value()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_languages()
        super().changeEvent(event)
