"""Printed tables - the roster, the sign-in sheet, an attendance list - as HTML for
Qt's QTextDocument.

Pure: handed rows of text already in the reader's language, it returns the table.
The page header (programme, session, date, room) and "page x of y" are not part of
the HTML: ui/printing.py paints them on every page, and QTextDocument repeats the
table's ``<thead>`` row at the top of every page.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class PageHeading:
    """What stands at the top of every printed page, already formatted."""

    document: str  # "Roster", "Sign-in sheet", "Attendance list"
    programme: str
    session: str
    when: str  # the session's date and time
    room: str


@dataclass(frozen=True)
class Heading:
    """A column heading and its share of the page's width, in percent."""

    text: str
    width: int


@dataclass(frozen=True)
class GroupRow:
    """A row across the whole table naming the group below it (an organisation)."""

    text: str


# Cell padding comes from the table's cellpadding: QTextDocument ignores CSS padding on cells.
_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #1d2b3a; }
th { background-color: #e6edf5; text-align: left; font-weight: bold; }
td { vertical-align: top; border-bottom: 1px solid #c9d3de; }
td.group { font-weight: bold; background-color: #f3f6f9; border-bottom: 1px solid #9fb0c2; }
td.number { text-align: right; }
"""


def table_html(headings: Sequence[Heading], rows: Iterable[Sequence[str] | GroupRow], *,
               roomy: bool = False) -> str:
    """A whole-width table with its heading row in ``<thead>`` (repeated on every page).

    ``roomy`` gives each row room for a handwritten signature (the sign-in sheet).
    """
    head = "".join(f'<th width="{heading.width}%">{escape(heading.text)}</th>' for heading in headings)
    span = len(headings)
    body = "".join(_group(row, span) if isinstance(row, GroupRow) else _row(row) for row in rows)
    padding = 9 if roomy else 4
    return (f"<html><head><style>{_STYLE}</style></head><body>"
            f'<table width="100%" cellspacing="0" cellpadding="{padding}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>")


def _row(cells: Sequence[str]) -> str:
    return "<tr>" + "".join(f"<td>{escape(cell) if cell else '&nbsp;'}</td>" for cell in cells) + "</tr>"


def _group(row: GroupRow, span: int) -> str:
    return f'<tr><td class="group" colspan="{span}">{escape(row.text)}</td></tr>'


def roster_rows(groups: Iterable[tuple[str, Sequence[Sequence[str]]]]) -> list[Sequence[str] | GroupRow]:
    """Each organisation's name above its people's rows."""
    rows: list[Sequence[str] | GroupRow] = []
    for organisation, people in groups:
        rows.append(GroupRow(organisation))
        rows.extend(people)
    return rows


def sign_in_rows(people: Sequence[Sequence[str]], blank_rows: int) -> list[Sequence[str]]:
    """Numbered rows for the invitees, an empty signature cell on each, then numbered
    blank rows for walk-ins to write themselves in."""
    width = len(people[0]) if people else 0
    numbered = [(str(number), *cells, "") for number, cells in enumerate(people, start=1)]
    blank = [(str(number), *([""] * width), "") for number in range(len(people) + 1, len(people) + blank_rows + 1)]
    return numbered + blank


@dataclass(frozen=True)
class Printout:
    """A printed list: the page header's facts, the table, and the footer's "Page %1 of %2"
    in the reader's language (%1 this page, %2 the number of pages)."""

    heading: PageHeading
    html: str
    page_of: str = "Page %1 of %2"
