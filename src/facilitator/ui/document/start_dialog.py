"""First start: pick the county (its organisations are created), or try the demo, or
open a file from elsewhere.
"""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...formats.reference import counties
from ...services.setup import NATIONAL_PROGRAMME
from ..forms.ui_start_dialog import Ui_StartDialog


class StartChoice(Enum):
    COUNTY = "county"
    DEMO = "demo"
    OPEN = "open"


class StartDialog(QDialog):
    def __init__(self, location: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StartDialog()
        self.ui.setupUi(self)
        self._location = location
        self.choice = StartChoice.COUNTY
        for county in counties():
            self.ui.county.addItem(county.name, county.code)
        self.ui.county.setCurrentIndex(-1)
        self.ui.programme.setText(NATIONAL_PROGRAMME)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.demoButton.clicked.connect(lambda: self._choose(StartChoice.DEMO))
        self.ui.openButton.clicked.connect(lambda: self._choose(StartChoice.OPEN))
        self.ui.county.currentIndexChanged.connect(self._enable_start)
        self._retranslate()
        self._enable_start()

    def county_code(self) -> str:
        return self.ui.county.currentData()

    def programme_name(self) -> str:
        return self.ui.programme.text().strip() or NATIONAL_PROGRAMME

    def reach_target(self) -> int:
        return self.ui.target.value()

    def _choose(self, choice: StartChoice) -> None:
        self.choice = choice
        super().accept()

    def _enable_start(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.ui.county.currentIndex() >= 0)

    def _retranslate(self) -> None:
        self.ui.intro.setText(self.tr(
            "<h3>Welcome!</h3><p>Facilitator keeps your webcast sessions, the officials you "
            "invite and who attended in one file on this computer.</p><p>Choose your county: "
            "its municipalities, its region and its county administrative board are added "
            "as organisations, ready for your invitees.</p>"))
        self.ui.location.setText(self.tr("Your file: %1").replace("%1", str(self._location)))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.ui.county.setPlaceholderText(self.tr("Choose a county…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
