"""Help → About Facilitator: what it is, its licence, and the versions support asks for,
with a button that copies them as plain text for a support mail."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ... import __version__
from ...about import CONTEXT, Fact, support_text
from ..common.resources import icon
from ..forms.ui_about_dialog import Ui_AboutDialog

LOGO_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, facts: list[Fact], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._facts = facts
        self.ui.logo.setPixmap(icon("facilitator").pixmap(LOGO_SIZE, LOGO_SIZE))
        self.ui.title.setText(f"<h2>Facilitator {__version__}</h2>")
        self.copy_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_support_info)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()

    def lines(self) -> list[tuple[str, str]]:
        """The facts as shown: keys, and values that are words, in the user's language."""
        def translate(text: str) -> str:
            return QCoreApplication.translate(CONTEXT, text)

        return [(translate(fact.key), translate(fact.value) if fact.value_is_words else fact.value)
                for fact in self._facts]

    def copy_support_info(self) -> None:
        QGuiApplication.clipboard().setText(support_text(self.lines()))
        self.ui.supportHint.setText(self.tr("Copied. Paste it into your message to support."))

    def _retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy Support Info"))
        while self.ui.facts.rowCount():
            self.ui.facts.removeRow(0)
        for key, value in self.lines():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.ui.facts.addRow(self.tr("%1:").replace("%1", key), label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
