"""A person's register extract (GDPR art. 15) as a printout, in the reader's language:
what is stored about them, their invitations and answers, their attendance with where it
came from, and who stood in for them - each with the times the record was made and changed.

Only QtCore for the words (QtGui paints the PDF), so the command line can write it.
"""

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import labels
from ..domain.timezone import STOCKHOLM, from_utc_text
from ..formats.roster_html import PageHeading, Printout

_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #1d2b3a; }
h2 { font-size: 11pt; margin-top: 14pt; }
th { background-color: #e6edf5; text-align: left; font-weight: bold; }
td { vertical-align: top; border-bottom: 1px solid #c9d3de; }
td.field { font-weight: bold; width: 30%; }
"""


def _t(text: str) -> str:
    """``text`` is marked with QT_TRANSLATE_NOOP("RegisterExtract", ...) where it is written."""
    return QCoreApplication.translate("RegisterExtract", text)


def _when(stored: object) -> str:
    """A stored UTC time in Swedish time, as the reader's language writes it."""
    if not stored:
        return ""
    try:
        return labels.date_time(from_utc_text(str(stored)))
    except ValueError:
        return str(stored)


def _yes_no(value: object) -> str:
    return _t(QT_TRANSLATE_NOOP("RegisterExtract", "Yes")) if value else _t(QT_TRANSLATE_NOOP("RegisterExtract", "No"))


def _heading(text: str) -> str:
    return "<h2>" + escape(_t(text)) + "</h2>"


def _table(headings: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "<p>" + escape(_t(QT_TRANSLATE_NOOP("RegisterExtract", "None."))) + "</p>"
    head = "".join(f"<th>{escape(text)}</th>" for text in headings)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def extract_printout(extract: dict, made_at: datetime | None = None) -> Printout:
    person = extract["person"]
    name = f"{person['given_name']} {person['family_name']}".strip()
    made = labels.date_time((made_at or datetime.now(UTC)).astimezone(STOCKHOLM))
    intro = (
        _t(QT_TRANSLATE_NOOP("RegisterExtract", "Everything Facilitator stores about %1 in this file, as of %2."))
        .replace("%1", name)
        .replace("%2", made)
    )
    facts = [
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Given name")), person["given_name"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Family name")), person["family_name"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Title")), person["title"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Category")), labels.category(person["category"])),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Organisation")), person["organisation"] or ""),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Email")), person["email"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Phone")), person["phone"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Notes")), person["notes"]),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Active")), _yes_no(person["active"])),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Recorded")), _when(person["created_at"])),
        (_t(QT_TRANSLATE_NOOP("RegisterExtract", "Last changed")), _when(person["updated_at"])),
    ]
    fact_rows = "".join(
        f'<tr><td class="field">{escape(field)}</td><td>{escape(str(value or ""))}</td></tr>' for field, value in facts
    )
    invitations = [
        [
            row["session"],
            _when(row["start_utc"]),
            row["programme"] or "",
            labels.invitation_status(row["status"]),
            _when(row["status_changed_at"]),
            row["note"],
            _when(row["created_at"]),
            _when(row["updated_at"]),
        ]
        for row in extract["invitations"]
    ]
    attendance = [
        [
            row["session"],
            _when(row["start_utc"]),
            _yes_no(row["present"]),
            _mode(row["mode"]),
            _source(row["source"]),
            str(row["minutes"] if row["minutes"] is not None else ""),
            _when(row["joined_utc"]),
            _when(row["left_utc"]),
            _yes_no(row["walk_in"]),
            row["substitute_for"],
            row["note"],
            _when(row["created_at"]),
        ]
        for row in extract["attendance"]
    ]
    stood_in = [[row["session"], _when(row["start_utc"]), row["substitute"]] for row in extract["stood_in_for"]]
    person_title = _t(QT_TRANSLATE_NOOP("RegisterExtract", "The person"))
    html = (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<p>{escape(intro)}</p>"
        f"<h2>{escape(person_title)}</h2>"
        f'<table width="100%" cellspacing="0" cellpadding="4">{fact_rows}</table>'
        + _heading(QT_TRANSLATE_NOOP("RegisterExtract", "Invitations and answers"))
        + _table(
            [
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Session")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Date")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Programme")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Answer")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Answered")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Note")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Recorded")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Last changed")),
            ],
            invitations,
        )
        + _heading(QT_TRANSLATE_NOOP("RegisterExtract", "Attendance"))
        + _table(
            [
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Session")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Date")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Present")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Took part")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Recorded by")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Minutes")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Joined")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Left")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Walk-in")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Substitute for")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Note")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Recorded")),
            ],
            attendance,
        )
        + _heading(QT_TRANSLATE_NOOP("RegisterExtract", "Others who attended in their place"))
        + _table(
            [
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Session")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Date")),
                _t(QT_TRANSLATE_NOOP("RegisterExtract", "Substitute")),
            ],
            stood_in,
        )
        + "</body></html>"
    )
    heading = PageHeading(_t(QT_TRANSLATE_NOOP("RegisterExtract", "Register extract")), "", name, made, "")
    return Printout(heading, html, QCoreApplication.translate("Printouts", "Page %1 of %2"))


def _mode(value: object) -> str:
    return {
        "remote": QCoreApplication.translate("Printouts", "Online"),
        "on_site": QCoreApplication.translate("Printouts", "In the room"),
    }.get(str(value), "")


def _source(value: object) -> str:
    return {
        "manual": QCoreApplication.translate("Printouts", "Check-in"),
        "report": QCoreApplication.translate("Printouts", "Meeting report"),
    }.get(str(value), "")
