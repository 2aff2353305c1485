"""Reading a report: which kind it is, its meeting, and its participants.

The kinds told apart, by structure first and words second:

- Teams current: numbered sections ("1. Summary", "2. Participants", "3. In-Meeting
  Activities"); people from section 2, their connections from section 3.
- Teams 2021: a summary, then one row per person with role and UPN columns.
- Teams 2020 and the Teams live event / town hall report: a join/leave log (logs.py).
- Zoom meeting participants (one row per join), Zoom "Show unique users" (a total
  per person, no join and leave), Zoom webinar (sections of people, "Attended").
- Google Meet attendance and Webex attendance reports, and any table of names with
  join/leave times or durations (an attendance report of unknown origin).

Each person appears once; their time counts overlapping connections once (model.py).
"""

import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from ...domain.timezone import STOCKHOLM
from ...domain.translatable import QT_TRANSLATE_NOOP
from ..tables import WORKBOOK_SUFFIXES, NumberedRow, UnreadableFile, decode_text, read_bytes, sheet_rows
from .layout import Layout, Table, find_layout, split_rows
from .logs import log_connections
from .model import AttendanceReport, Connection, Participant, address_key, name_key, participant, people
from .values import DateReader, is_blank, kind_of, kind_phrase, parse_duration
from .words import WEBINAR_ROLES, YES, fold, summary_field_for

_PLATFORMS = {"teams_2020": "teams", "teams_2021": "teams", "teams_current": "teams", "teams_live_event": "teams",
              "zoom_meeting": "zoom", "zoom_unique": "zoom", "zoom_webinar": "zoom_webinar", "meet": "meet",
              "webex": "webex", "": ""}


# The largest report seen: a town hall's 20 000 attendees in some twenty columns. A sheet
# far beyond that is no report, and reading it would take minutes.
MAX_REPORT_CELLS = 500_000


def read_report(path: Path, expected_day: date | None = None) -> AttendanceReport:
    """Read an attendance report; UnreadableFile (saying what it took the file for and
    where it stopped) when it is none, or lists nobody.

    ``expected_day`` is the session's date: where the file's dates alone cannot tell day
    from month ("11/12/2020" throughout), the reading that falls on it is taken."""
    path = Path(path)
    data = read_bytes(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return parse_readings([sheet_rows(data, path, MAX_REPORT_CELLS)], expected_day)
    text, _ = decode_text(data)
    if not text.strip():
        raise UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))
    return parse_readings(split_rows(unicodedata.normalize("NFC", text)), expected_day)


def parse_report(rows: list[NumberedRow], expected_day: date | None = None) -> AttendanceReport:
    return parse_readings([rows], expected_day)


def parse_readings(readings: Iterable[list[NumberedRow]], expected_day: date | None = None) -> AttendanceReport:
    """The report from the first reading (delimiter) in which a table of people is found."""
    failure: UnreadableFile | None = None
    for rows in readings:
        layout = find_layout(rows)
        if layout.tables:
            return _report(rows, layout, expected_day)
        failure = failure or _not_understood(rows, layout)
    raise failure or UnreadableFile("empty", QT_TRANSLATE_NOOP("Readers", "The file is empty."))


def _report(rows: list[NumberedRow], layout: Layout, expected_day: date | None) -> AttendanceReport:
    generation = _generation(layout)
    main = _main_table(generation, layout)
    dates = DateReader.for_rows(rows, expected_day)
    title, start = _summary(layout, dates, generation)
    local_start = start.astimezone(STOCKHOLM).date() if start else None
    dates = dates.on(local_start or expected_day)
    found = _participants(generation, layout, main, dates)
    if not found:
        raise UnreadableFile("empty", QT_TRANSLATE_NOOP(
            "Readers", "This is %1, but it lists nobody: it has its headings and no participants."),
            line=main.header_line, args=(kind_phrase(generation),))
    start = start or min((p.joined for p in found if p.joined), default=None)
    other = _swapped(start) if start and dates.decided_by == "guess" else None
    return AttendanceReport(_PLATFORMS[generation], generation, title, start, found, other)


def _swapped(start: datetime) -> datetime | None:
    """The start with day and month swapped (the other reading of "11/12/2020")."""
    local = start.astimezone(STOCKHOLM)
    if local.day > 12 or local.day == local.month:
        return None
    return local.replace(month=local.day, day=local.month).astimezone(start.tzinfo)


# -- what kind of report ---------------------------------------------------------------
def _generation(layout: Layout) -> str:
    table = layout.tables[0]
    titles = [fold(title) for _, title in layout.titles]
    headers = " ".join(fold(cell) for table in layout.tables for cell in table.header)
    words = headers + " " + " ".join(fold(f"{key} {value}") for key, value, _ in layout.summary) \
        + " " + " ".join(titles)
    if table.has("timestamp"):
        return "teams_live_event" if table.has("session_id") or "utc" in headers else "teams_2020"
    if len({title[0] for title in titles if title[:1].isdigit()}) >= 2:
        return "teams_current"
    if any(t.has("attended") for t in layout.tables) or set(titles) & WEBINAR_ROLES.keys():
        return "zoom_webinar"
    if "timejoined" in headers or "timeexited" in headers or "meetgoogle" in words or "meetingcode" in words:
        return "meet"
    if "webex" in words or "attendeetype" in headers or "connectiontype" in headers:
        return "webex"
    if table.has("upn") or table.has("role"):
        return "teams_2021"
    zoom = table.has("guest") or table.has("waiting_room") or "originalname" in headers or "topic" in words
    if zoom or _minutes_column(table):
        return "zoom_meeting" if table.has("join") else "zoom_unique"
    return ""


def _minutes_column(table: Table) -> bool:
    """Zoom writes durations as plain minutes; Teams as "1h 2m 10s"."""
    column = table.columns.get("duration")
    values = [cells[column] for _, cells in table.rows[:20] if column is not None and column < len(cells)]
    return bool(values) and all(kind_of(value) in ("number", "") for value in values)


def _main_table(generation: str, layout: Layout) -> Table:
    if generation == "teams_current":
        return next((t for t in layout.tables if t.heading.startswith("2")), layout.tables[0])
    return layout.tables[0]


def _not_understood(rows: list[NumberedRow], layout: Layout) -> UnreadableFile:
    """Why no table of people was found: what the file looked like, and where it stopped."""
    numbered = [(line, title) for line, title in layout.titles if title[:2] in ("2.", "2 ")]
    filled = [(line, cells) for line, cells in rows if any(cells)]
    if numbered:
        line = numbered[0][0] + 1
        cells = next((cells for number, cells in rows if number == line), [])
        return UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
            "Readers", "This looks like %1, but its list of participants cannot be read. "
            "The first line not understood: %2"), line=line,
            args=(kind_phrase("teams_current"), _shown(cells)))
    line, cells = filled[0] if filled else (1, [])
    return UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
        "Readers", "This is not an attendance report Facilitator can read (from Teams, Zoom, Google Meet or "
        "Webex). It begins: %1"), line=line, args=(_shown(cells),))


def _shown(cells: list[str]) -> str:
    return "; ".join(cell for cell in cells if cell)[:120] or "(nothing)"


# -- the meeting -------------------------------------------------------------------------
def _summary(layout: Layout, dates: DateReader, generation: str) -> tuple[str, datetime | None]:
    """The meeting's title and start from the summary above the tables: by its keys'
    words, else the first words and the first time it gives."""
    title = start = None
    for key, value, line in layout.summary:
        field = summary_field_for(key)
        if field == "title" and title is None and not is_blank(value):
            title = value
        elif field == "start" and start is None and kind_of(value) == "time":
            start = dates.parse(value, line, kind=generation)
    if title is None and generation.startswith("teams"):  # Teams' summary begins with the title
        title = next((value for key, value, _ in layout.summary
                      if kind_of(value) == "text" and any(char.isalpha() for char in value)
                      and summary_field_for(key) is None), "")
    if start is None:
        start = next((dates.parse(value, line, kind=generation) for _, value, line in layout.summary
                      if kind_of(value) == "time"), None)
    return title or "", start


# -- the people ----------------------------------------------------------------------------
def _participants(generation: str, layout: Layout, main: Table, dates: DateReader) -> list[Participant]:
    if main.has("timestamp"):
        return people(log_connections(main, dates, generation))
    if generation == "zoom_webinar":
        return people([connection for table in layout.tables
                       for connection in _connections(table, dates, generation,
                                                      WEBINAR_ROLES.get(fold(table.heading), ""))])
    found = _connections(main, dates, generation)
    if generation != "teams_current":
        return people(found)
    later = layout.tables[layout.tables.index(main) + 1:]
    activities = _connections(later[0], dates, generation) if later else []
    return _with_activities(found, activities)


def _with_activities(summaries: list[Connection], activities: list[Connection]) -> list[Participant]:
    """Teams' section 2 names each person once (one row, one person, even where two rows
    share an address); section 3 lists their every connection, which is what their time
    is counted from (section 2 adds two devices up). A connection belongs to the person
    with its address, or, where the address does not tell one person, with its name."""
    addresses = Counter(address_key(summary) for summary in summaries)
    by_address: dict[str, list[Connection]] = {}
    by_name: dict[str, list[Connection]] = {}
    for activity in activities:
        address = address_key(activity)
        if address and addresses[address] == 1:
            by_address.setdefault(address, []).append(activity)
        else:
            by_name.setdefault(name_key(activity), []).append(activity)
    found = []
    for summary in summaries:
        own = by_address.get(address_key(summary), []) if addresses[address_key(summary)] == 1 else []
        own = own or by_name.get(name_key(summary), [])
        found.append(participant(own, summary) if own else participant([summary]))
    return found


def _connections(table: Table, dates: DateReader, generation: str, role: str = "") -> list[Connection]:
    """Each row of a table of people as a connection; rows of people who never came (a
    webinar registrant, a row without times) and time in Zoom's waiting room are left out."""
    timed = table.has("join") or table.has("leave") or table.has("duration")
    width = max(table.columns.values()) + 2
    empty = width - 1  # the column of fields the table does not have: always ""
    column = {name: table.columns.get(name, empty) for name in _FIELDS}
    join_zone, leave_zone = table.zones.get("join"), table.zones.get("leave")
    found = []
    for line, row in table.rows:
        cells = row[:empty] + [""] * (width - min(len(row), empty))
        if table.has("attended") and cells[column["attended"]].casefold() not in YES:
            continue
        if cells[column["waiting_room"]].casefold() in YES:
            continue  # time in Zoom's waiting room is not time in the meeting
        name = _clean(cells[column["name"]]) or " ".join(
            part for part in (_clean(cells[column["first_name"]]), _clean(cells[column["last_name"]])) if part)
        email, upn = cells[column["email"]], cells[column["upn"]]
        if not (name or email or upn):
            continue
        joined = dates.parse(cells[column["join"]], line, join_zone, generation)
        left = dates.parse(cells[column["leave"]], line, leave_zone, generation)
        seconds = _seconds(cells[column["duration"]], line, generation, joined and left)
        if timed and joined is None and left is None and not seconds:
            continue
        found.append(Connection(name, "" if is_blank(email) else email, "" if is_blank(upn) else upn,
                                cells[column["role"]] or role, line, joined, left, seconds))
    return found


_FIELDS = ("attended", "waiting_room", "name", "first_name", "last_name", "email", "upn", "join", "leave",
           "duration", "role")


def _seconds(text: str, line: int, generation: str, timed: object) -> int | None:
    """The row's duration; one in words we cannot read is left out where the row's join
    and leave times tell the time anyway."""
    try:
        return parse_duration(text, line, generation)
    except UnreadableFile:
        if timed:
            return None
        raise


def _clean(text: str) -> str:
    return text.strip().strip("\"'").strip()
