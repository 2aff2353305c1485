"""Translated words for the stored codes (categories, kinds, focus areas, statuses,
validation problems) and the display format of times. One place, so every view and
dialog says the same thing.

The words are marked with QT_TRANSLATE_NOOP (so lupdate collects them) and translated
when asked for, so they follow a language switch.
"""

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from .domain.enums import FocusArea, InvitationStatus, OrganisationKind, PersonCategory, SegmentKind, SessionStatus
from .domain.records import Problem
from .domain.timezone import STOCKHOLM
from .domain.translatable import Phrase, fill

CATEGORIES = {
    PersonCategory.ELECTED_OFFICIAL: QT_TRANSLATE_NOOP("Labels", "Elected official"),
    PersonCategory.SENIOR_OFFICIAL: QT_TRANSLATE_NOOP("Labels", "Senior official"),
    PersonCategory.HEAD_OF_ADMINISTRATION: QT_TRANSLATE_NOOP("Labels", "Head of administration"),
    PersonCategory.COUNTY_BOARD_MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "County board management"),
    PersonCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
KINDS = {
    OrganisationKind.COUNTY_BOARD: QT_TRANSLATE_NOOP("Labels", "County administrative board"),
    OrganisationKind.REGION: QT_TRANSLATE_NOOP("Labels", "Region"),
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other organisation"),
}
KINDS_PLURAL = {
    OrganisationKind.COUNTY_BOARD: QT_TRANSLATE_NOOP("Labels", "County administrative boards"),
    OrganisationKind.REGION: QT_TRANSLATE_NOOP("Labels", "Regions"),
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Municipalities"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other organisations"),
}
FOCUS_AREAS = {
    FocusArea.DIGITAL_LEADERSHIP: QT_TRANSLATE_NOOP("Labels", "Digital leadership"),
    FocusArea.DIGITAL_SECURITY: QT_TRANSLATE_NOOP("Labels", "Digital security"),
    FocusArea.DIGITAL_COMPETENCE: QT_TRANSLATE_NOOP("Labels", "Digital competence"),
    FocusArea.DIGITAL_INFRASTRUCTURE: QT_TRANSLATE_NOOP("Labels", "Digital infrastructure"),
    FocusArea.DIGITAL_INNOVATION: QT_TRANSLATE_NOOP("Labels", "Digital innovation"),
}
SESSION_STATUSES = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
INVITATION_STATUSES = {
    InvitationStatus.INVITED: QT_TRANSLATE_NOOP("Labels", "Invited"),
    InvitationStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    InvitationStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    InvitationStatus.NO_REPLY: QT_TRANSLATE_NOOP("Labels", "No reply"),
}
SEGMENT_KINDS = {
    SegmentKind.BROADCAST: QT_TRANSLATE_NOOP("Labels", "Broadcast"),
    SegmentKind.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Local discussion"),
    SegmentKind.BREAK: QT_TRANSLATE_NOOP("Labels", "Break"),
}
PROBLEMS = {
    Problem.REQUIRED: QT_TRANSLATE_NOOP("Labels", "Required."),
    Problem.END_BEFORE_START: QT_TRANSLATE_NOOP("Labels", "The session must end after it starts."),
    Problem.INVALID_LINK: QT_TRANSLATE_NOOP("Labels", "Enter a web address starting with https://"),
    Problem.INVALID_EMAIL: QT_TRANSLATE_NOOP("Labels", "This is not an email address (name@example.se)."),
    Problem.NEGATIVE: QT_TRANSLATE_NOOP("Labels", "Cannot be negative."),
}
QUOTED = QT_TRANSLATE_NOOP("Labels", "“%1”")
def _t(source: str) -> str:
    return QCoreApplication.translate("Labels", source)


def category(value: PersonCategory | str) -> str:
    return _t(CATEGORIES[PersonCategory(value)])


def organisation_kind(value: OrganisationKind | str, *, plural: bool = False) -> str:
    return _t((KINDS_PLURAL if plural else KINDS)[OrganisationKind(value)])


def focus_area(value: FocusArea | str | None) -> str:
    return _t(FOCUS_AREAS[FocusArea(value)]) if value else ""


def session_status(value: SessionStatus | str) -> str:
    return _t(SESSION_STATUSES[SessionStatus(value)])


def invitation_status(value: InvitationStatus | str) -> str:
    return _t(INVITATION_STATUSES[InvitationStatus(value)])


def segment_kind(value: SegmentKind | str) -> str:
    return _t(SEGMENT_KINDS[SegmentKind(value)])


def problem(code: str) -> str:
    return _t(PROBLEMS[code]) if code in PROBLEMS else code


def unreadable(error) -> str:
    """Why a file could not be read (a reader's UnreadableFile, or a ReaderNote on what it
    repaired), in the interface language, with the line where the reader stopped."""
    text = translated("Readers", error.detail, error.args_)
    if error.line is None:
        return text
    return fill(QCoreApplication.translate("Readers", "%1 (line %2)"), (text, str(error.line)))


def translated(context: str, detail: str, args: tuple[str, ...] = ()) -> str:
    """A message marked with QT_TRANSLATE_NOOP(context, ...) in the core, in the interface
    language, its %1, %2... filled (words passed as a Phrase translated too)."""
    args = tuple(QCoreApplication.translate(context, arg) if isinstance(arg, Phrase) else arg for arg in args)
    return fill(QCoreApplication.translate(context, detail), args)


def import_note(note) -> str:
    """Why a row was not imported, or what to look at in one that was (a people import Note)."""
    return translated(note.context, note.detail, note.args)


def quoted(text: str) -> str:
    """A title in the language's quotation marks (Swedish: ”Titel”)."""
    return _t(QUOTED).replace("%1", text)


def language_code() -> str:
    """The interface language now: "sv" or "en" (for texts made outside Qt, e.g. mails)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def date_time(value: datetime | None) -> str:
    """A time in Stockholm, in the UI language's format (Swedish: 2026-10-13 09:00)."""
    if value is None:
        return ""
    local = value.astimezone(STOCKHOLM)
    return f"{date(local)} {local:%H:%M}"


def date(value: datetime) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.Swedish:
        return f"{value:%Y-%m-%d}"
    return locale.toString(value.date(), QLocale.FormatType.ShortFormat)


def time_range(start: datetime | None, end: datetime | None) -> str:
    """09:00–10:30 (times of day in Stockholm)."""
    if start is None:
        return ""
    text = f"{start.astimezone(STOCKHOLM):%H:%M}"
    return text + (f"–{end.astimezone(STOCKHOLM):%H:%M}" if end else "")
