"""What support asks first: the versions of everything Facilitator runs on, and the file's.

Shown by Help → About Facilitator (with a button that copies it as plain text for a
support mail) and printed by `facilitator about`. QtCore only: no widgets.
"""

import platform
import sqlite3
import sys
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion

from . import __version__
from .store.document import Document
from .store.migrations import SCHEMA_VERSION


@dataclass(frozen=True)
class Fact:
    """One line of support information: a fixed English key, for support to read in any
    language, and its value."""

    key: str
    value: str


def how_installed() -> str:
    if getattr(sys, "frozen", False):
        return "application folder (PyInstaller)"
    return "Python package"


def qt_swedish_found() -> bool:
    """Whether Qt's own Swedish (for its dialogs' buttons) can be loaded."""
    return QTranslator().load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def schema_version(document: Document) -> int:
    return document.db.execute("PRAGMA user_version").fetchone()[0]


def support_facts(document: Document | None, language: str = "") -> list[Fact]:
    facts = [
        Fact("Facilitator", __version__),
        Fact("Installed as", how_installed()),
        Fact("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        Fact("Qt", qVersion()),
        Fact("PySide6", PySide6.__version__),
        Fact("SQLite", sqlite3.sqlite_version),
        Fact("Operating system", platform.platform()),
        Fact("Qt's Swedish", "found" if qt_swedish_found() else "missing"),
    ]
    if language:
        facts.append(Fact("Language", language))
    if document is None:
        facts.append(Fact("File", "none open"))
    else:
        access = "read-only" if document.read_only else "read and write"
        facts += [
            Fact("File", str(document.path)),
            Fact("File schema", f"{schema_version(document)} (this version writes {SCHEMA_VERSION})"),
            Fact("File access", access),
        ]
    return facts


def support_text(facts: list[Fact]) -> str:
    """Plain text, one "key: value" per line, aligned: pasted into a mail, it stays readable."""
    width = max(len(fact.key) for fact in facts)
    return "\n".join(f"{fact.key + ':':<{width + 1}} {fact.value}" for fact in facts) + "\n"
