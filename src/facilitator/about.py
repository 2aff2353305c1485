"""What support asks first: the versions of everything Facilitator runs on, and the file's.

Shown by Help → About Facilitator (with a button that copies it as plain text for a
support mail) and printed by `facilitator about`. QtCore only: no widgets.
"""

import os
import platform
import sqlite3
import sys
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion

from . import __version__
from .domain.translatable import QT_TRANSLATE_NOOP
from .store.document import Document
from .store.migrations import SCHEMA_VERSION

CONTEXT = "About"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below


@dataclass(frozen=True)
class Fact:
    """One line of support information. The key, and the value when it is words rather
    than a version or a path, are English marked for translation in the "About" context:
    the window shows (and copies) them in the user's language, the CLI prints English."""

    key: str
    value: str
    value_is_words: bool = False


def how_installed() -> Fact:
    if getattr(sys, "frozen", False):
        return Fact(QT_TRANSLATE_NOOP("About", "Installed as"),
                    QT_TRANSLATE_NOOP("About", "application folder (PyInstaller)"), True)
    return Fact(QT_TRANSLATE_NOOP("About", "Installed as"), QT_TRANSLATE_NOOP("About", "Python package"), True)


def qt_swedish_found() -> bool:
    """Whether Qt's own Swedish (for its dialogs' buttons) can be loaded."""
    return QTranslator().load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def schema_version(document: Document) -> int:
    return document.db.execute("PRAGMA user_version").fetchone()[0]


def support_facts(document: Document | None, language: str = "") -> list[Fact]:
    """What Facilitator runs on, and with ``document`` the open file's path, schema and access."""
    found = QT_TRANSLATE_NOOP("About", "found") if qt_swedish_found() else QT_TRANSLATE_NOOP("About", "missing")
    facts = [
        Fact("Facilitator", __version__),
        how_installed(),
        Fact("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        Fact("Qt", qVersion()),
        Fact("PySide6", PySide6.__version__),
        Fact("SQLite", sqlite3.sqlite_version),
        Fact(QT_TRANSLATE_NOOP("About", "Operating system"), platform.platform()),
        Fact(QT_TRANSLATE_NOOP("About", "Qt's Swedish"), found, True),
        Fact(QT_TRANSLATE_NOOP("About", "Schema this version writes"), str(SCHEMA_VERSION)),
    ]
    if language:
        facts.append(Fact(QT_TRANSLATE_NOOP("About", "Language"), language))
    if document is None:
        facts.append(Fact(QT_TRANSLATE_NOOP("About", "File"), QT_TRANSLATE_NOOP("About", "none open"), True))
        return facts
    writable = QT_TRANSLATE_NOOP("About", "yes") if os.access(document.path, os.W_OK) \
        else QT_TRANSLATE_NOOP("About", "no")
    return [*facts,
            Fact(QT_TRANSLATE_NOOP("About", "File"), str(document.path)),
            Fact(QT_TRANSLATE_NOOP("About", "File schema"), str(schema_version(document))),
            Fact(QT_TRANSLATE_NOOP("About", "File writable"), writable, True)]


def support_text(lines: list[tuple[str, str]]) -> str:
    """Plain text, one "key: value" per line, aligned: pasted into a mail, it stays readable."""
    width = max(len(key) for key, _ in lines)
    return "\n".join(f"{key + ':':<{width + 1}} {value}" for key, value in lines) + "\n"


def untranslated(facts: list[Fact]) -> list[tuple[str, str]]:
    return [(fact.key, fact.value) for fact in facts]
