"""The fixed vocabularies of the programme. Values are what the database stores."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    COUNTY_BOARD = "county_board"
    OTHER = "other"


class PersonCategory(StrEnum):
    ELECTED_OFFICIAL = "elected_official"
    SENIOR_OFFICIAL = "senior_official"
    HEAD_OF_ADMINISTRATION = "head_of_administration"
    COUNTY_BOARD_MANAGEMENT = "county_board_management"
    OTHER = "other"


class FocusArea(StrEnum):
    """The five national focus areas of "Våga vara digital!"."""

    DIGITAL_LEADERSHIP = "digital_leadership"
    DIGITAL_SECURITY = "digital_security"
    DIGITAL_COMPETENCE = "digital_competence"
    DIGITAL_INFRASTRUCTURE = "digital_infrastructure"
    DIGITAL_INNOVATION = "digital_innovation"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class InvitationStatus(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_REPLY = "no_reply"


class AttendanceMode(StrEnum):
    REMOTE = "remote"
    ON_SITE = "on_site"


class AttendanceSource(StrEnum):
    MANUAL = "manual"
    REPORT = "report"


class SegmentKind(StrEnum):
    """Parts of a session's run-sheet."""

    BROADCAST = "broadcast"
    DISCUSSION = "discussion"
    BREAK = "break"
