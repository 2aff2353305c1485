"""Where Facilitator keeps things on this computer: the default file and the settings.

QtCore only, so the command line can use it without loading any widgets.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

APP_NAME = "Facilitator"
DEFAULT_FILE = "facilitator.sqlite"
DEMO_FILE = "demo.sqlite"


def default_data_folder() -> Path:
    """The platform's app-data folder, e.g. %APPDATA%\\Facilitator on Windows."""
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def user_settings() -> QSettings:
    """The user's settings (language, the lead's name and email, window layout)."""
    return QSettings(APP_NAME, APP_NAME)
