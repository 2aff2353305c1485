"""Shared fixtures. Tests run headless: the offscreen platform is set before Qt loads."""

import asyncio
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from PySide6.QtCore import QSettings

from facilitator.language import LanguageSwitcher
from facilitator.options import Options
from facilitator.services.demo import create_demo
from facilitator.services.setup import set_up_county
from facilitator.store.document import Document
from facilitator.ui.common.resources import stylesheet

DATA = Path(__file__).parent / "data"


@pytest.fixture
def options(tmp_path: Path) -> Options:
    """Settings in a throw-away INI file, never the user's real ones."""
    return Options(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def document(tmp_path: Path):
    """An empty document for Gotland, on disk (WAL and locking as in real use)."""
    doc = Document.create(tmp_path / "test.sqlite")
    set_up_county(doc.db, "09", reach_target=45, year=2026)
    yield doc
    doc.close()


@pytest.fixture
def demo(tmp_path: Path):
    """The Gotland demo document."""
    doc = Document.create(tmp_path / "demo.sqlite")
    create_demo(doc.db)
    yield doc
    doc.close()


@pytest.fixture(scope="session", autouse=True)
def styled(qapp) -> None:
    """The application's stylesheet, as app.py sets it, so tests see what users see."""
    qapp.setStyleSheet(stylesheet())


@pytest.fixture(scope="session")
def languages(qapp) -> LanguageSwitcher:
    """The one language switcher of the test session (it owns the installed translators)."""
    return LanguageSwitcher(qapp)


@pytest.fixture(autouse=True)
def english_by_default(languages: LanguageSwitcher) -> None:
    """Tests see the English interface unless they ask for Swedish."""
    languages.apply("en")


@pytest.fixture
def swedish(languages: LanguageSwitcher) -> LanguageSwitcher:
    """The interface in Swedish for this test."""
    languages.apply("sv")
    return languages


@pytest.fixture
def event_loop_qt(qapp):
    """A qasync loop over the test's QApplication, for code that awaits (asyncSlot)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_on_the_ui_thread(qapp):
    """As app.py does: cycles holding Qt objects are never collected on a worker thread."""
    from facilitator.ui.common.main_thread_gc import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(qapp)
    yield collector
    import gc

    gc.enable()
