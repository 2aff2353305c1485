"""Attendance reports from Microsoft Teams, Zoom, Google Meet and Webex, in any of the
languages and regional formats their users download them in, read into one list of
participants (reader.py). Recognised by structure - sections, column order, the shape of
values (layout.py, values.py) - with the reports' words as hints (words.py).
"""

from .model import AttendanceReport, Participant, time_in_meeting
from .reader import parse_report, read_report
from .values import DateReader, parse_duration
from .words import is_organiser_role

__all__ = ["AttendanceReport", "DateReader", "Participant", "is_organiser_role", "parse_duration", "parse_report",
           "read_report", "time_in_meeting"]
