"""Swedish or English: the app's own translations and Qt's (qtbase_sv), switchable live.

Installing translators makes Qt send a LanguageChange event to every widget; each
window retranslates itself in its changeEvent.
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .packaged import resource_path

SWEDISH, ENGLISH, SYSTEM = "sv", "en", ""
LANGUAGES = (SWEDISH, ENGLISH)


def resolve(choice: str) -> str:
    """The language to use for a setting: the chosen one, or the system's if it is ours."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    # Facilitator is made for Swedish officials: anything but English means Swedish.
    return ENGLISH if system == ENGLISH else SWEDISH


class LanguageSwitcher:
    """Owns the installed translators of the application."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = ""

    def apply(self, choice: str) -> str:
        language = resolve(choice)
        if language == self.current:
            return language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if language == SWEDISH \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)
        # English needs a file too: it holds the plural forms ("1 person", "2 people").
        self._load(f"facilitator_{language}", resource_path("translations"))
        if language == SWEDISH:
            self._load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self.current = language
        return language

    def _load(self, name: str, folder: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._translators.append(translator)
