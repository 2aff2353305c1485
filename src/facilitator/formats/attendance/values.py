"""The values inside attendance reports: times, durations, addresses, yes and no.

Teams, Zoom, Meet and Webex write every value in the language and the regional format
of the person who downloads the report: ``14/11/22, 09:30:46``, ``7/20/23, 4:30:36 PM``,
``13/04/2021 à 09:01:31``, ``13.10.2026 klo 9.00.04``; ``1h 2m 10s``, ``2 godz. 18 min
8 s``, ``2 h 44 m`` with no-break spaces. This module reads them all, and tells what kind
of value a cell holds (:func:`kind_of`), which is how a report in an unknown language is
still recognised by its shape.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache

from ...domain.timezone import STOCKHOLM
from ...domain.translatable import QT_TRANSLATE_NOOP
from ..tables import NumberedRow, UnreadableFile
from .words import BLANKS, DURATION_UNITS, KIND_PHRASES, YES_NO

# A date, and optionally its time: 13/10/2026, 09:00:04 · 10/13/26, 9:00:04 AM ·
# 13.10.2026 klo 9.00.04 · 13/04/2021 à 09:01:31 · 2026-10-13T09:00:04+02:00
_DATE = re.compile(
    r"(?P<a>\d{1,4})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<c>\d{2,4})\.?"
    r"(?:(?:\s*,\s*|\s+|T)(?:(?:à|às|a las|um|klo|kl\.?|om|alle|o|at|ob|kello)\s+)?"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2})(?:[.,]\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|fm|em|f\.m\.|e\.m\.))?)?"
    r"\s*(?P<zone>z|utc|gmt|[+-]\d{2}:?\d{2})?", re.IGNORECASE)
# A time of day alone (Google Meet): 9:02 AM · 09:02:11
_CLOCK = re.compile(r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
                    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|fm|em))?", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Zoom's older "Oct 13, 2026 09:02 AM".
_MONTH_NAME = re.compile(
    r"(?P<month>[a-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]m)?)?",
    re.IGNORECASE)
_DURATION_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?\s*")
_PLAIN_NUMBER = re.compile(r"\d{1,6}(?:[.,]\d+)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _plain(text: str) -> str:
    """The text with the no-break and narrow spaces reports use made plain spaces."""
    if text.isascii():
        return text
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u2009", " ").replace("\u2007", " ")


def is_blank(text: str) -> bool:
    """An empty cell, or what reports write for nothing ("--", "-", "n/a")."""
    return not text or text.casefold() in BLANKS


def kind_of(text: str) -> str:
    """What a cell holds: "time", "clock", "duration", "number", "email", "yesno", "text" or ""."""
    if is_blank(text):
        return ""
    if text.casefold() in YES_NO:
        return "yesno"
    if _PLAIN_NUMBER.fullmatch(text):
        return "number"
    if "@" in text and _EMAIL.fullmatch(text):
        return "email"
    normalised = _plain(text).strip()
    if normalised[:1].isdigit():
        if _DATE.fullmatch(normalised):
            return "time"
        if _CLOCK.fullmatch(normalised):
            return "clock"
        if duration_seconds(normalised) is not None:
            return "duration"
    elif _MONTH_NAME.fullmatch(normalised):
        return "time"
    return "text"


def is_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text.strip()))


# -- durations ---------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def duration_seconds(text: str) -> int | None:
    """Seconds from "1h 2m 10s", "2 godz. 18 min 8 s", "2 h 44 m", "1:02:10" or plain
    minutes ("62"); None when the text is no duration."""
    text = _plain(text).strip()
    if not text:
        return None
    if _PLAIN_NUMBER.fullmatch(text):
        return round(float(text.replace(",", ".")) * 60)
    clock = _CLOCK.fullmatch(text)
    if clock and not clock["ampm"]:
        return int(clock["hour"]) * 3600 + int(clock["minute"]) * 60 + int(clock["second"] or 0)
    parts = _DURATION_PART.findall(text)
    if not parts or _DURATION_PART.sub("", text).strip():
        return None
    units = [DURATION_UNITS.get(unit.casefold()) for _, unit in parts]
    if None in units:
        if len(parts) != 3:
            return None
        units = [3600, 60, 1]  # three parts in a language we do not know: hours, minutes, seconds
    if units != sorted(units, reverse=True) or len(set(units)) != len(units):
        return None  # "3s 2h" or "3h 3h" is no duration
    return round(sum(float(amount.replace(",", ".")) * unit for (amount, _), unit in zip(parts, units)))


def parse_duration(text: str, line: int | None = None, kind: str = "") -> int | None:
    """Seconds; None for an empty cell; UnreadableFile for a duration not understood."""
    if is_blank(text.strip()):
        return None
    seconds = duration_seconds(text)
    if seconds is None:
        raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
            "Readers", "This looks like %1, but the duration '%2' cannot be read."),
            line=line, args=(kind_phrase(kind), text[:40]))
    return seconds


def kind_phrase(generation: str) -> str:
    """What the reader took the file for, in words for messages ("a Zoom participant report")."""

    return KIND_PHRASES.get(generation, KIND_PHRASES[""])


# -- times -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateReader:
    """Parses a report's times with one day/month order for the whole file.

    For "a/b/yyyy" dates: a first number above 12 anywhere makes the file day-first, a
    second number above 12 month-first. When no date tells (the whole meeting on
    11/12/2020), the session's date decides which reading is meant; without one,
    AM/PM times mean month-first (en-US) and 24-hour times day-first (the rest of the
    world). ``decided_by`` says which rule decided. Dotted and dashed dates
    ("13.10.2026", "13-10-2026") are always day-first; "2026-10-13" is ISO.
    Times without a date (Google Meet) fall on ``day``.
    """

    day_first: bool
    decided_by: str = "file"  # "file" | "session" | "guess"
    day: date | None = None

    @classmethod
    def for_rows(cls, rows: list[NumberedRow], expected: date | None = None) -> "DateReader":
        readings: set[tuple[int, int, int]] = set()
        ampm = False
        slashed = dict.fromkeys(cell for _, cells in rows for cell in cells if "/" in cell)  # in file order, once
        for cell in slashed:
            if (match := _DATE.fullmatch(_plain(cell))) and len(match["a"]) <= 2:
                a, b = int(match["a"]), int(match["b"])
                if a > 12 or b > 12:  # the first date that can be read one way only decides
                    return cls(day_first=a > 12)
                readings.add((a, b, _year(match["c"])))
                ampm = ampm or bool(match["ampm"])
        if all(a == b for a, b, _ in readings):
            return cls(day_first=not ampm)  # both readings are the same date
        if expected is not None:
            day_first = sum(_near(_safe_date(year, b, a), expected) for a, b, year in readings)
            month_first = sum(_near(_safe_date(year, a, b), expected) for a, b, year in readings)
            if day_first != month_first:
                return cls(day_first=day_first > month_first, decided_by="session")
        return cls(day_first=not ampm, decided_by="guess")

    def on(self, day: date | None) -> "DateReader":
        return DateReader(self.day_first, self.decided_by, day)

    def parse(self, text: str, line: int | None = None, zone: tzinfo | None = None,
              kind: str = "") -> datetime | None:
        """An aware UTC time; None for an empty cell; UnreadableFile for a time not understood.

        ``zone`` is the zone of times written without one (Stockholm unless the column
        says UTC)."""
        text = _plain(text).strip()
        if is_blank(text):
            return None
        try:
            return self._utc(text, zone)
        except (ValueError, OverflowError) as error:
            raise UnreadableFile("unknown_report", QT_TRANSLATE_NOOP(
                "Readers", "This looks like %1, but the time '%2' cannot be read."),
                line=line, args=(kind_phrase(kind), text[:40])) from error

    @lru_cache(maxsize=8192)  # noqa: B019 - a report's readers are few and short-lived; times repeat
    def _utc(self, text: str, zone: tzinfo | None) -> datetime | None:
        moment = self._parse(text)
        if moment is None:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone or STOCKHOLM)
        return moment.astimezone(UTC)

    def _parse(self, text: str) -> datetime | None:
        match = _DATE.fullmatch(text)
        if match is not None:
            year, month, day = self._date_parts(match)
            return datetime(year, month, day, _hour(int(match["hour"] or 0), match["ampm"]),
                            int(match["minute"] or 0), int(match["second"] or 0), tzinfo=_zone(match["zone"]))
        clock = _CLOCK.fullmatch(text)
        if clock is not None:
            if self.day is None:
                return None  # a time of day, and no day to put it on: the duration still counts
            moment = time(_hour(int(clock["hour"]), clock["ampm"]), int(clock["minute"]), int(clock["second"] or 0))
            return datetime.combine(self.day, moment)
        return _month_name_time(text)

    def _date_parts(self, match: re.Match[str]) -> tuple[int, int, int]:
        a, b = int(match["a"]), int(match["b"])
        if len(match["a"]) == 4:
            return a, b, int(match["c"])
        year = _year(match["c"])
        if match["sep"] != "/" or self.day_first:
            return year, b, a
        return year, a, b


def _year(text: str) -> int:
    if len(text) == 3:
        raise ValueError("three-digit year")
    return int(text) + 2000 if len(text) == 2 else int(text)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _near(day: date | None, expected: date) -> bool:
    """Within a day: a report downloaded in another time zone may be a day off."""
    return day is not None and abs((day - expected).days) <= 1


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        if hour > 23:
            raise ValueError("hour out of range")
        return hour
    if not 1 <= hour <= 12:
        raise ValueError("hour out of range for AM/PM")
    afternoon = ampm.casefold().startswith(("p", "e"))
    return hour % 12 + (12 if afternoon else 0)


def _zone(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text.casefold() in ("z", "utc", "gmt"):
        return UTC
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(offset if text[0] == "+" else -offset)


def _month_name_time(text: str) -> datetime:
    """Zoom's "Oct 13, 2026 09:02 AM", read in English whatever the machine's locale."""
    match = _MONTH_NAME.fullmatch(text)
    if match is None or match["month"].casefold() not in _MONTHS:
        raise ValueError(text)
    return datetime(int(match["year"]), _MONTHS.index(match["month"].casefold()) + 1, int(match["day"]),
                    _hour(int(match["hour"] or 0), match["ampm"]), int(match["minute"] or 0),
                    int(match["second"] or 0))
