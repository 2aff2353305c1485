"""Read Microsoft Teams and Zoom attendance reports into one list of participants.

Five shapes are understood, told apart by their markers (in English or Swedish, any
case): the Teams 2020 Joined/Left log, the Teams 2021 "Meeting Summary" report, the
current Teams report ("1. Summary", "2. Participants", "3. In-Meeting Activities"), the
Zoom meeting participant report and the Zoom webinar attendee report. Each person
appears once, with rejoins merged and their minutes summed.

Times are Europe/Stockholm wall-clock unless the report gives an offset, and are
returned as aware UTC. Whether "03/04/2026" is 3 April or 4 March is decided once per
file (see :class:`DateReader`).
"""

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path

from ..domain.timezone import STOCKHOLM
from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase
from .people_columns import fold_header
from .tables import WORKBOOK_SUFFIXES, NumberedRow, UnreadableFile, decode_text, parse_delimited, read_bytes, sheet_rows


@dataclass(frozen=True)
class Participant:
    name: str  # as in the report
    email: str  # "" if none
    upn: str  # Teams "Participant ID (UPN)", "" if none
    joined: datetime | None  # aware (UTC)
    left: datetime | None  # aware (UTC)
    minutes: int  # total minutes in the meeting (summed over rejoins)
    role: str  # "Organizer", "Presenter", "Attendee", ... as written, "" if none
    line: int  # first line of this participant in the file


@dataclass(frozen=True)
class AttendanceReport:
    platform: str  # "teams" | "zoom" | "zoom_webinar"
    generation: str  # "teams_2020" | "teams_2021" | "teams_current" | "zoom_meeting" | "zoom_webinar"
    meeting_title: str  # "" if unknown
    meeting_start: datetime | None
    participants: list[Participant]  # one per person (rejoins merged, minutes summed)


_COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Full Name", "Name", "Name (Original Name)", "User Name (Original Name)",
             "User Name", "Participant", "Fullständigt namn", "Namn", "Deltagare",
             "Namn (ursprungligt namn)"),
    "first_name": ("First Name", "Förnamn"),
    "last_name": ("Last Name", "Efternamn"),
    "email": ("Email", "User Email", "E-mail", "Email Address", "E-post", "E-postadress"),
    "upn": ("Participant ID (UPN)", "UPN", "Deltagar-ID (UPN)", "Deltagar-id (UPN)"),
    "join": ("Join Time", "First Join", "First Join Time", "Anslutningstid", "Första anslutning",
             "Första anslutningen", "Tid för anslutning", "Anslöt"),
    "leave": ("Leave Time", "Last Leave", "Last Leave Time", "Lämnandetid", "Tid för lämnande",
              "Senast lämnat", "Senaste lämnande", "Sista lämnande", "Lämnade tid"),
    "duration": ("Duration", "In-Meeting Duration", "Duration (Minutes)",
                 "Time in Session (minutes)", "Time in Session", "Varaktighet",
                 "Varaktighet i mötet", "Tid i mötet", "Längd", "Tid i sessionen (minuter)"),
    "role": ("Role", "Roll"),
    "action": ("User Action", "Action", "Activity", "Användaråtgärd", "Åtgärd", "Aktivitet"),
    "timestamp": ("Timestamp", "Time Stamp", "Tidsstämpel", "Tidstämpel"),
    "attended": ("Attended", "Deltog", "Närvarade"),
    "waiting_room": ("In Waiting Room", "I väntrum", "I väntrummet"),
    "title": ("Meeting Title", "Topic", "Meeting title", "Title", "Mötesrubrik", "Mötets rubrik",
              "Mötestitel", "Ämne", "Rubrik"),
    "start": ("Meeting Start Time", "Start Time", "Actual Start Time", "Starttid",
              "Mötets starttid", "Mötets start", "Mötet startade"),
}
_FIELD_BY_ALIAS = {fold_header(alias): field for field, aliases in _COLUMN_ALIASES.items()
                   for alias in aliases}
_SUMMARY_FIELDS = ("title", "start")

_TEAMS_CURRENT_MARKERS = {"1summary", "2participants", "3inmeetingactivities",
                          "1sammanfattning", "2deltagare", "3aktiviteterundermotet",
                          "3aktiviteteribmotet"}
_PARTICIPANTS_SECTION = {"2participants", "2deltagare"}
_TEAMS_2021_MARKERS = {"meetingsummary", "motessammanfattning", "sammanfattningavmotet"}
_WEBINAR_MARKERS = {"attendeedetails", "attendeereport", "hostdetails", "panelistdetails"}
_WEBINAR_ROLES = {"hostdetails": "Host", "panelistdetails": "Panelist",
                  "attendeedetails": "Attendee", "otherattended": "Attendee"}
_JOIN_ACTIONS = ("joined", "anslot", "ansluten", "anslutit", "gickmed")
_LEAVE_ACTIONS = ("left", "lamnade", "lamnat")
_YES = {"yes", "ja", "true", "1"}


@dataclass(frozen=True)
class _Section:
    """A table inside a report: its column positions, rows and the section title above it."""

    columns: dict[str, int]
    rows: list[NumberedRow]
    heading: str  # folded title of the section above the header ("" if none)


def read_report(path: Path) -> AttendanceReport:
    """Read a Teams or Zoom attendance report; UnreadableFile when it is neither."""
    path = Path(path)
    data = read_bytes(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        rows = sheet_rows(data, path)
    else:
        text, _ = decode_text(data)
        if not text.strip():
            raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))
        rows, _ = parse_delimited(text)
    return parse_report(rows)


def parse_report(rows: list[NumberedRow]) -> AttendanceReport:
    """Recognise the report's generation from its markers and read its participants."""
    dates = DateReader.for_rows(rows)
    sections = _sections(rows)
    generation = _generation(rows, sections)
    title, start = _summary(rows, dates)
    if generation == "teams_2020":
        participants = _from_join_leave_log(sections[0], dates)
        start = start or min((p.joined for p in participants if p.joined), default=None)
    else:
        participants = _merged(_from_sections(generation, sections, dates))
    platform = "teams" if generation.startswith("teams") else generation.replace("_meeting", "")
    return AttendanceReport(platform, generation, title, start, participants)


def _columns(cells: list[str]) -> dict[str, int]:
    """Field -> column index for the cells of a row, first occurrence of each field."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = _FIELD_BY_ALIAS.get(fold_header(cell)) if cell else None
        if field is not None and field not in columns:
            columns[field] = index
    return columns


def _is_participant_header(columns: dict[str, int]) -> bool:
    named = "name" in columns or "first_name" in columns
    timed = {"join", "leave", "duration", "timestamp", "attended"} & columns.keys()
    return named and len(timed) >= 1 and len(columns) >= 3


def _non_empty(cells: list[str]) -> list[str]:
    return [cell for cell in cells if cell]


def _sections(rows: list[NumberedRow]) -> list[_Section]:
    """Every participant table: a header row, then rows up to a blank row or a section title."""
    sections: list[_Section] = []
    heading = ""
    current: _Section | None = None
    for line, cells in rows:
        filled = _non_empty(cells)
        columns = _columns(cells)
        if _is_participant_header(columns):
            current = _Section(columns, [], heading)
            sections.append(current)
        elif len(filled) <= 1:
            current = None
            if filled:
                heading = fold_header(filled[0])
        elif current is not None:
            current.rows.append((line, cells))
    return sections


def _generation(rows: list[NumberedRow], sections: list[_Section]) -> str:
    markers = {fold_header(cells[0]) for _, cells in rows if cells and cells[0]}
    if markers & _TEAMS_CURRENT_MARKERS:
        generation = "teams_current"
    elif markers & _TEAMS_2021_MARKERS:
        generation = "teams_2021"
    elif markers & _WEBINAR_MARKERS or any("attended" in s.columns for s in sections):
        generation = "zoom_webinar"
    elif sections and {"action", "timestamp"} <= sections[0].columns.keys():
        generation = "teams_2020"
    elif sections and {"upn", "role"} & sections[0].columns.keys():
        generation = "teams_2021"
    elif sections and {"join", "leave", "duration"} <= sections[0].columns.keys():
        generation = "zoom_meeting"
    else:
        raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
            "Readers", "This is not a Teams or Zoom attendance report Facilitator knows. It begins: %1"),
            args=(_beginning(rows),))
    if not sections:
        raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
            "Readers", "The report looks like %1 but has no participant table."), args=(Phrase(_NAMES[generation]),))
    return generation


_NAMES = {"teams_current": QT_TRANSLATE_NOOP("Readers", "a Teams attendance report"),
          "teams_2021": QT_TRANSLATE_NOOP("Readers", "a Teams attendance report"),
          "teams_2020": QT_TRANSLATE_NOOP("Readers", "a Teams attendance log"),
          "zoom_webinar": QT_TRANSLATE_NOOP("Readers", "a Zoom webinar report"),
          "zoom_meeting": QT_TRANSLATE_NOOP("Readers", "a Zoom participant report")}


def _beginning(rows: list[NumberedRow]) -> str:
    for _, cells in rows:
        filled = _non_empty(cells)
        if filled:
            return "; ".join(filled)[:120]
    return "(nothing)"


def _summary(rows: list[NumberedRow], dates: "DateReader") -> tuple[str, datetime | None]:
    """The meeting title and start from a summary block: "key<TAB>value" lines or a header row."""
    found: dict[str, tuple[str, int]] = {}
    for position, (line, cells) in enumerate(rows):
        columns = {field: index for field, index in _columns(cells).items()
                   if field in _SUMMARY_FIELDS or field in ("name", "join")}
        if "name" in columns or "join" in columns:
            break  # the participant table has begun
        if len(columns) >= 2 and position + 1 < len(rows):
            values = rows[position + 1]
            for field, index in columns.items():
                found.setdefault(field, (_cell(values[1], index), values[0]))
        elif columns and columns.get(next(iter(columns))) == 0 and len(cells) > 1:
            found.setdefault(next(iter(columns)), (cells[1], line))
    title = found.get("title", ("", 0))[0]
    start_text, start_line = found.get("start", ("", 0))
    return title, dates.parse(start_text, start_line)


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index]


def _clean_name(text: str) -> str:
    return text.strip().strip("\"'").strip()


def _from_sections(generation: str, sections: list[_Section],
                   dates: "DateReader") -> list[Participant]:
    if generation == "teams_current":
        chosen = [s for s in sections if s.heading in _PARTICIPANTS_SECTION][:1] or sections[:1]
    elif generation == "zoom_webinar":
        chosen = sections
    else:
        chosen = sections[:1]
    found: list[Participant] = []
    for section in chosen:
        role = _WEBINAR_ROLES.get(section.heading, "") if generation == "zoom_webinar" else ""
        for line, cells in section.rows:
            participant = _participant(section.columns, line, cells, dates, role)
            if participant is not None:
                found.append(participant)
    return found


def _participant(columns: dict[str, int], line: int, cells: list[str], dates: "DateReader",
                 default_role: str) -> Participant | None:
    """One row as a participant; None for a webinar registrant who did not attend."""
    def value(field: str) -> str:
        return _cell(cells, columns.get(field))

    if "attended" in columns and value("attended").casefold() not in _YES:
        return None
    name = _clean_name(value("name")) or " ".join(
        _non_empty([_clean_name(value("first_name")), _clean_name(value("last_name"))]))
    joined, left = dates.parse(value("join"), line), dates.parse(value("leave"), line)
    if value("waiting_room").casefold() in _YES:
        joined = left = None  # time in Zoom's waiting room is not time in the meeting
        seconds: int | None = 0
    else:
        seconds = parse_duration(value("duration"), line)
    if seconds is None:
        seconds = int((left - joined).total_seconds()) if joined and left else 0
    return Participant(name=name, email=value("email"), upn=value("upn"), joined=joined,
                       left=left, minutes=max(seconds, 0) // 60,
                       role=value("role") or default_role, line=line)


def _merged(participants: list[Participant]) -> list[Participant]:
    """One participant per person: the same email, or the same name where one has no email."""
    people: list[Participant] = []
    by_email: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for participant in participants:
        email = (participant.email or participant.upn).strip().casefold()
        name = " ".join(participant.name.casefold().split())
        index = by_email.get(email) if email else None
        if index is None and name in by_name:
            candidate = by_name[name]
            other = (people[candidate].email or people[candidate].upn).strip().casefold()
            index = candidate if not email or not other else None
        if index is None:
            people.append(participant)
            index = len(people) - 1
        else:
            people[index] = _combined(people[index], participant)
        if email:
            by_email.setdefault(email, index)
        by_name.setdefault(name, index)
    return people


def _combined(first: Participant, later: Participant) -> Participant:
    return replace(first, email=first.email or later.email, upn=first.upn or later.upn,
                   joined=_earliest(first.joined, later.joined),
                   left=_latest(first.left, later.left),
                   minutes=first.minutes + later.minutes, role=first.role or later.role)


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min(a, b) if a and b else a or b


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(a, b) if a and b else a or b


def _from_join_leave_log(section: _Section, dates: "DateReader") -> list[Participant]:
    """Teams 2020: pair each person's Joined and Left events into time in the meeting.

    A person still in the meeting when the log ends is counted until the log's last event.
    """
    events: dict[str, list[tuple[datetime, bool]]] = {}
    first_line: dict[str, tuple[int, str]] = {}
    for line, cells in section.rows:
        name = _clean_name(_cell(cells, section.columns["name"]))
        moment = dates.parse(_cell(cells, section.columns["timestamp"]), line)
        if moment is None:
            raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP("Readers", "A Joined/Left event has no time."),
                                 line=line)
        key = " ".join(name.casefold().split())
        events.setdefault(key, []).append((moment, _is_join(_cell(cells, section.columns["action"]),
                                                           line)))
        first_line.setdefault(key, (line, name))
    log_end = max((moment for person in events.values() for moment, _ in person), default=None)
    return [_logged_participant(first_line[key][1], first_line[key][0], sorted(person), log_end)
            for key, person in events.items()]


def _is_join(action: str, line: int) -> bool:
    folded = fold_header(action)
    if folded.startswith(_JOIN_ACTIONS):
        return True
    if folded.startswith(_LEAVE_ACTIONS):
        return False
    raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP("Readers", "The action '%1' is neither Joined nor Left."),
                         line=line, args=(action,))


def _logged_participant(name: str, line: int, events: list[tuple[datetime, bool]],
                        log_end: datetime | None) -> Participant:
    seconds = 0.0
    opened: datetime | None = None
    joined = left = None
    for moment, is_join in events:
        if is_join and opened is None:
            opened = moment
            joined = joined or moment
        elif not is_join and opened is not None:
            seconds += (moment - opened).total_seconds()
            opened, left = None, moment
    if opened is not None and log_end is not None:
        seconds += (log_end - opened).total_seconds()
        left = log_end
    return Participant(name=name, email="", upn="", joined=joined or events[0][0], left=left,
                       minutes=int(seconds) // 60, role="", line=line)


_DURATION_UNITS = {"h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "t": 3600,
                   "tim": 3600, "timme": 3600, "timmar": 3600,
                   "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "minut": 60,
                   "minuter": 60,
                   "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "sek": 1, "sekund": 1,
                   "sekunder": 1}
_DURATION_PART = re.compile(r"(\d+)\s*([a-z]+)\.?\s*", re.IGNORECASE)
_CLOCK = re.compile(r"(\d+):(\d{2})(?::(\d{2}))?")
_PLAIN_MINUTES = re.compile(r"\d+(?:[.,]\d+)?")


def parse_duration(text: str, line: int | None = None) -> int | None:
    """Seconds from "1h 2m 10s", "62m 10s", "45s", "1:02:10" or plain minutes ("62")."""
    text = text.strip()
    if not text:
        return None
    if _PLAIN_MINUTES.fullmatch(text) and len(text) <= 12:
        return int(float(text.replace(",", ".")) * 60)
    clock = _CLOCK.fullmatch(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds or 0)
    parts = _DURATION_PART.findall(text)
    if parts and "".join(_DURATION_PART.sub("", text).split()) == "":
        units = [_DURATION_UNITS.get(unit.casefold()) for _, unit in parts]
        if None not in units:
            return sum(int(amount) * unit for (amount, _), unit in zip(parts, units) if unit)
    raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP("Readers", "The duration '%1' is not understood."),
                         line=line, args=(text[:40],))


_DATE = re.compile(
    r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
    r"(?:,?\s*T?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?|fm|em)?)?"
    r"\s*(?P<zone>z|utc|[+-]\d{2}:?\d{2})?", re.IGNORECASE)
_MONTH_NAME_FORMATS = ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p", "%b %d, %Y %H:%M:%S",
                       "%b %d, %Y %H:%M")


@dataclass(frozen=True)
class DateReader:
    """Parses a report's times with one day/month order for the whole file.

    The rule for "a/b/yyyy" dates: if any such date in the file has a first number above
    12, the file is day-first; else if any has a second number above 12, month-first;
    else times written with AM/PM mean month-first (en-US Teams and Zoom) and 24-hour
    times mean day-first (en-GB and the rest of Europe). Dotted and dashed dates
    ("13.10.2026", "13-10-2026") are always day-first; "2026-10-13" is ISO.
    """

    day_first: bool

    @classmethod
    def for_rows(cls, rows: list[NumberedRow]) -> "DateReader":
        slashed = [match for _, cells in rows for cell in cells
                   if (match := _DATE.fullmatch(cell)) and match["sep"] == "/"
                   and len(match["a"]) <= 2]
        if any(int(match["a"]) > 12 for match in slashed):
            return cls(day_first=True)
        if any(int(match["b"]) > 12 for match in slashed):
            return cls(day_first=False)
        return cls(day_first=not any(match["ampm"] for match in slashed))

    def parse(self, text: str, line: int | None = None) -> datetime | None:
        """An aware UTC time; None for an empty cell; UnreadableFile for a time not understood."""
        text = text.strip()
        if not text:
            return None
        try:
            return self._parse(text).astimezone(UTC)
        except (ValueError, OverflowError) as error:
            raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP("Readers", "The time '%1' is not understood."),
                                 line=line, args=(text[:40],)) from error

    def _parse(self, text: str) -> datetime:
        match = _DATE.fullmatch(text)
        if match is None:
            return _month_name_time(text)
        year, month, day = self._date_parts(match)
        hour = _hour(int(match["hour"] or 0), match["ampm"])
        moment = datetime(year, month, day, hour, int(match["minute"] or 0),
                          int(match["second"] or 0))
        return moment.replace(tzinfo=_zone(match["zone"]))

    def _date_parts(self, match: re.Match[str]) -> tuple[int, int, int]:
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if len(match["a"]) == 4:
            return a, b, c
        year = c + 2000 if len(match["c"]) == 2 else c
        if len(match["c"]) == 3:
            raise ValueError("three-digit year")
        if match["sep"] != "/" or self.day_first:
            return year, b, a
        return year, a, b


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError("hour out of range for AM/PM")
    afternoon = ampm.casefold().startswith(("p", "e"))
    return hour % 12 + (12 if afternoon else 0)


def _zone(text: str | None) -> tzinfo:
    if not text:
        return STOCKHOLM
    if text.casefold() in ("z", "utc"):
        return UTC
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(offset if text[0] == "+" else -offset)


def _month_name_time(text: str) -> datetime:
    """Zoom's "Oct 13, 2026 09:02 AM", read in English whatever the machine's locale."""
    for pattern in _MONTH_NAME_FORMATS:
        try:
            return _english_strptime(text, pattern).replace(tzinfo=STOCKHOLM)
        except ValueError:
            continue
    raise ValueError(text)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _english_strptime(text: str, pattern: str) -> datetime:
    """strptime with the month name replaced by its number, so the locale plays no part."""
    month = text[:3].casefold()
    if month not in _MONTHS or not text[3:4].isspace():
        raise ValueError(text)
    numbered = f"{_MONTHS.index(month) + 1:02d}" + text[3:]
    return datetime.strptime(numbered, pattern.replace("%b", "%m"))
