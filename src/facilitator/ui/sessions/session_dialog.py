"""Create or edit a webcast session, with problems shown next to their fields and a
warning (not a refusal) when it overlaps another session.
"""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime
from PySide6.QtWidgets import QDialog, QWidget

from ... import labels
from ...domain.enums import FocusArea, SessionStatus
from ...domain.records import Session
from ...domain.timezone import STOCKHOLM
from ..common.validation import show_problems
from ..forms.ui_session_dialog import Ui_SessionDialog

FIELDS = ["title", "end", "join_link"]
PLATFORMS = ["Microsoft Teams", "Zoom", "Webbsändning (YouTube/Vimeo)"]
DEFAULT_LENGTH = timedelta(minutes=90)


def default_session(now: datetime | None = None) -> Session:
    """A new session: tomorrow 09:00-10:30 in Stockholm, on Teams."""
    now = (now or datetime.now(STOCKHOLM)).astimezone(STOCKHOLM)
    start = (now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    return Session("", start, start + DEFAULT_LENGTH, platform=PLATFORMS[0])


class SessionDialog(QDialog):
    def __init__(self, session: Session | None = None,
                 find_overlaps: Callable[[Session], list[str]] = lambda session: [],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._session = session or default_session()
        self._find_overlaps = find_overlaps
        self._fill_choices()
        self._load(self._session)
        show_problems(self.ui, FIELDS, {})
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.start.dateTimeChanged.connect(self._keep_length)
        self.ui.end.dateTimeChanged.connect(self._update_warnings)
        self.ui.title.textEdited.connect(self._update_warnings)
        self.ui.joinLink.textEdited.connect(self._update_warnings)
        self._length = (self._session.end - self._session.start) \
            if self._session.start and self._session.end else DEFAULT_LENGTH
        self._retranslate()
        self._update_warnings()

    def _fill_choices(self) -> None:
        self.ui.focusArea.addItem(self.tr("(not set)"), None)
        for area in FocusArea:
            self.ui.focusArea.addItem(labels.focus_area(area), area)
        for status in SessionStatus:
            self.ui.status.addItem(labels.session_status(status), status)
        self.ui.platform.addItems(PLATFORMS)
        date_format = "yyyy-MM-dd HH:mm" if labels.date(datetime(2000, 1, 2)) == "2000-01-02" \
            else "d MMM yyyy HH:mm"
        self.ui.start.setDisplayFormat(date_format)
        self.ui.end.setDisplayFormat(date_format)

    def _load(self, session: Session) -> None:
        self.ui.title.setText(session.title)
        self.ui.focusArea.setCurrentIndex(max(0, self.ui.focusArea.findData(session.focus_area)))
        self.ui.start.setDateTime(_to_qt(session.start))
        self.ui.end.setDateTime(_to_qt(session.end))
        self.ui.platform.setCurrentText(session.platform)
        self.ui.joinLink.setText(session.join_link)
        self.ui.room.setText(session.room)
        self.ui.capacity.setValue(session.capacity or 0)
        self.ui.status.setCurrentIndex(self.ui.status.findData(session.status))
        self.ui.description.setPlainText(session.description)

    def session(self) -> Session:
        return Session(
            title=self.ui.title.text(),
            start=_from_qt(self.ui.start.dateTime()),
            end=_from_qt(self.ui.end.dateTime()),
            programme_id=self._session.programme_id,
            focus_area=self.ui.focusArea.currentData(),
            platform=self.ui.platform.currentText(),
            join_link=self.ui.joinLink.text(),
            room=self.ui.room.text(),
            capacity=self.ui.capacity.value() or None,
            status=self.ui.status.currentData(),
            description=self.ui.description.toPlainText(),
            id=self._session.id,
            uuid=self._session.uuid,
            sequence=self._session.sequence,
        )

    def accept(self) -> None:
        first = show_problems(self.ui, FIELDS, self.session().problems())
        if first is not None:
            first.setFocus()
            return
        super().accept()

    def _keep_length(self) -> None:
        """Moving the start moves the end with it, keeping the session's length."""
        start = _from_qt(self.ui.start.dateTime())
        self.ui.end.setDateTime(_to_qt(start + self._length))

    def _update_warnings(self) -> None:
        session = self.session()
        if session.start and session.end and session.end > session.start:
            self._length = session.end - session.start
        shown = {field: code for field, code in session.problems().items()
                 if field != "title" or self.ui.titleProblem.isVisible()}
        show_problems(self.ui, FIELDS, shown)
        overlaps = self._find_overlaps(session)
        self.ui.overlapWarning.setText(
            self.tr("Note: overlaps in time with %1.").replace("%1", ", ".join(map(labels.quoted, overlaps)))
            if overlaps else "")
        self.ui.overlapWarning.setVisible(bool(overlaps))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit session") if self._session.id else self.tr("New session"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def _to_qt(value: datetime | None) -> QDateTime:
    """Stockholm wall-clock time into the editor (whatever the laptop's own zone is)."""
    local = (value or default_session().start).astimezone(STOCKHOLM)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _from_qt(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=STOCKHOLM)
