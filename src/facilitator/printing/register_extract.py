"""A person's register extract (GDPR art. 15) as a printout, in the reader's language:
what is stored about them, their invitations and answers, their attendance with where it
came from, and who stood in for them - each with the times the record was made and changed.

Only QtCore for the words (QtGui paints the PDF), so the command line can write it.
"""

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication

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
    return _t("Yes") if value else _t("No")


def _table(headings: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return f"<p>{escape(_t('None.'))}</p>"
    head = "".join(f"<th>{escape(text)}</th>" for text in headings)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="4"><thead><tr>{head}</tr></thead>' \
           f"<tbody>{body}</tbody></table>"


def extract_printout(extract: dict, made_at: datetime | None = None) -> Printout:
    person = extract["person"]
    name = f"{person['given_name']} {person['family_name']}".strip()
    made = labels.date_time((made_at or datetime.now(UTC)).astimezone(STOCKHOLM))
    intro = _t("Everything Facilitator stores about %1 in this file, as of %2.").replace("%1", name).replace("%2", made)
    facts = [
        (_t("Given name"), person["given_name"]), (_t("Family name"), person["family_name"]),
        (_t("Title"), person["title"]), (_t("Category"), labels.category(person["category"])),
        (_t("Organisation"), person["organisation"] or ""), (_t("Email"), person["email"]),
        (_t("Phone"), person["phone"]), (_t("Notes"), person["notes"]),
        (_t("Active"), _yes_no(person["active"])), (_t("Recorded"), _when(person["created_at"])),
        (_t("Last changed"), _when(person["updated_at"])),
    ]
    fact_rows = "".join(f'<tr><td class="field">{escape(field)}</td><td>{escape(str(value or ""))}</td></tr>'
                        for field, value in facts)
    invitations = [[row["session"], _when(row["start_utc"]), row["programme"] or "",
                    labels.invitation_status(row["status"]), _when(row["status_changed_at"]), row["note"],
                    _when(row["created_at"]), _when(row["updated_at"])] for row in extract["invitations"]]
    attendance = [[row["session"], _when(row["start_utc"]), _yes_no(row["present"]), _mode(row["mode"]),
                   _source(row["source"]), str(row["minutes"] if row["minutes"] is not None else ""),
                   _when(row["joined_utc"]), _when(row["left_utc"]), _yes_no(row["walk_in"]),
                   row["substitute_for"], row["note"], _when(row["created_at"])] for row in extract["attendance"]]
    stood_in = [[row["session"], _when(row["start_utc"]), row["substitute"]] for row in extract["stood_in_for"]]
    html = (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<p>{escape(intro)}</p>"
        f'<h2>{escape(_t("The person"))}</h2><table width="100%" cellspacing="0" cellpadding="4">{fact_rows}</table>'
        f"<h2>{escape(_t('Invitations and answers'))}</h2>"
        + _table([_t("Session"), _t("Date"), _t("Programme"), _t("Answer"), _t("Answered"), _t("Note"),
                  _t("Recorded"), _t("Last changed")], invitations)
        + f"<h2>{escape(_t('Attendance'))}</h2>"
        + _table([_t("Session"), _t("Date"), _t("Present"), _t("Took part"), _t("Recorded by"), _t("Minutes"),
                  _t("Joined"), _t("Left"), _t("Walk-in"), _t("Substitute for"), _t("Note"), _t("Recorded")],
                 attendance)
        + f"<h2>{escape(_t('Others who attended in their place'))}</h2>"
        + _table([_t("Session"), _t("Date"), _t("Substitute")], stood_in)
        + "</body></html>")
    heading = PageHeading(_t("Register extract"), "", name, made, "")
    return Printout(heading, html, QCoreApplication.translate("Printouts", "Page %1 of %2"))


def _mode(value: object) -> str:
    return {"remote": QCoreApplication.translate("Printouts", "Online"),
            "on_site": QCoreApplication.translate("Printouts", "In the room")}.get(str(value), "")


def _source(value: object) -> str:
    return {"manual": QCoreApplication.translate("Printouts", "Check-in"),
            "report": QCoreApplication.translate("Printouts", "Meeting report")}.get(str(value), "")
