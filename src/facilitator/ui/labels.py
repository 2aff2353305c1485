"""Translated words for the stored codes (categories, kinds, focus areas, statuses,
validation problems) and the display format of times. One place, so every view and
dialog says the same thing.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.enums import (FocusArea, InvitationStatus, OrganisationKind, PersonCategory,
                            SessionStatus)
from ..domain.records import Problem
from ..domain.timezone import STOCKHOLM


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category(value: PersonCategory | str) -> str:
    return {
        PersonCategory.ELECTED_OFFICIAL: _t("Elected official"),
        PersonCategory.SENIOR_OFFICIAL: _t("Senior official"),
        PersonCategory.HEAD_OF_ADMINISTRATION: _t("Head of administration"),
        PersonCategory.COUNTY_BOARD_MANAGEMENT: _t("County board management"),
        PersonCategory.OTHER: _t("Other"),
    }[PersonCategory(value)]


def organisation_kind(value: OrganisationKind | str, *, plural: bool = False) -> str:
    kind = OrganisationKind(value)
    if plural:
        return {
            OrganisationKind.COUNTY_BOARD: _t("County administrative boards"),
            OrganisationKind.REGION: _t("Regions"),
            OrganisationKind.MUNICIPALITY: _t("Municipalities"),
            OrganisationKind.OTHER: _t("Other organisations"),
        }[kind]
    return {
        OrganisationKind.COUNTY_BOARD: _t("County administrative board"),
        OrganisationKind.REGION: _t("Region"),
        OrganisationKind.MUNICIPALITY: _t("Municipality"),
        OrganisationKind.OTHER: _t("Other"),
    }[kind]


def focus_area(value: FocusArea | str | None) -> str:
    if not value:
        return ""
    return {
        FocusArea.DIGITAL_LEADERSHIP: _t("Digital leadership"),
        FocusArea.DIGITAL_SECURITY: _t("Digital security"),
        FocusArea.DIGITAL_COMPETENCE: _t("Digital competence"),
        FocusArea.DIGITAL_INFRASTRUCTURE: _t("Digital infrastructure"),
        FocusArea.DIGITAL_INNOVATION: _t("Digital innovation"),
    }[FocusArea(value)]


def session_status(value: SessionStatus | str) -> str:
    return {
        SessionStatus.PLANNED: _t("Planned"),
        SessionStatus.HELD: _t("Held"),
        SessionStatus.CANCELLED: _t("Cancelled"),
    }[SessionStatus(value)]


def invitation_status(value: InvitationStatus | str) -> str:
    return {
        InvitationStatus.INVITED: _t("Invited"),
        InvitationStatus.ACCEPTED: _t("Accepted"),
        InvitationStatus.DECLINED: _t("Declined"),
        InvitationStatus.NO_REPLY: _t("No reply"),
    }[InvitationStatus(value)]


def problem(code: str) -> str:
    return {
        Problem.REQUIRED: _t("Required."),
        Problem.END_BEFORE_START: _t("The session must end after it starts."),
        Problem.INVALID_LINK: _t("Enter a web address starting with https://"),
        Problem.INVALID_EMAIL: _t("This is not an email address (name@example.se)."),
        Problem.NEGATIVE: _t("Cannot be negative."),
    }.get(code, code)


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
