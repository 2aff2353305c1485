"""A session's run-sheet as one HTML page, to print, to save as PDF or to open in a browser.

Pure: it is handed the words already in the reader's language and returns the HTML.
Only the HTML and CSS that Qt's QTextDocument renders is used, so the printout, the
PDF and the saved web page look alike.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class AgendaLine:
    """One segment as printed; times and kinds already formatted for the reader."""

    time: str  # planned start, "09:10"
    kind: str
    title: str
    minutes: int
    questions: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Headings:
    """Column headings and labels, in the reader's language."""

    document: str = "Run-sheet"
    time: str = "Time"
    title: str = "Segment"
    minutes: str = "Min"
    questions: str = "Discussion questions"
    notes: str = "Notes"
    room: str = "Room"
    total: str = "Total"


@dataclass(frozen=True)
class RunSheetPrintout:
    title: str  # the session's title
    when: str  # its date and time, formatted
    room: str
    lines: Sequence[AgendaLine]
    headings: Headings = field(default_factory=Headings)
    language: str = "en"


# Cell padding comes from the table's cellpadding: QTextDocument ignores CSS padding on cells.
_STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #1d2b3a; }
p.document { color: #5a6b7d; margin-bottom: 0; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 2pt; }
p.when { color: #33475b; margin-top: 0; margin-bottom: 10pt; }
th { background-color: #e6edf5; text-align: left; }
td { vertical-align: top; border-bottom: 1px solid #c9d3de; }
td.number { text-align: right; white-space: nowrap; }
td.time, th.short { white-space: nowrap; }
span.title { font-weight: bold; }
span.kind { color: #5a6b7d; }
tr.total td { font-weight: bold; border-bottom: none; }
"""


def run_sheet_html(printout: RunSheetPrintout) -> str:
    """The whole page: title, when and where, then the agenda table."""
    words = printout.headings
    where = f" · {escape(words.room)}: {escape(printout.room)}" if printout.room else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(printout.language)}"><head><meta charset="utf-8">'
        f"<title>{escape(printout.title)}</title><style>{_STYLE}</style></head><body>\n"
        f'<p class="document">{escape(words.document)}</p>\n'
        f"<h1>{escape(printout.title)}</h1>\n"
        f'<p class="when">{escape(printout.when)}{where}</p>\n'
        f"{_agenda_table(printout.lines, words)}\n</body></html>\n"
    )


def _agenda_table(lines: Sequence[AgendaLine], words: Headings) -> str:
    headings = [(words.time, 9, "short"), (words.title, 24, ""), (words.minutes, 7, "short"),
                (words.questions, 30, ""), (words.notes, 30, "")]
    head = "".join(f'<th width="{width}%"{_class(css_class)}>{escape(text)}</th>'
                   for text, width, css_class in headings)
    body = "".join(_row(line) for line in lines)
    total = sum(line.minutes for line in lines)
    footer = (f'<tr class="total"><td></td><td>{escape(words.total)}</td>'
              f'<td class="number">{total}</td><td></td><td></td></tr>')
    return (f'<table class="agenda" width="100%" cellspacing="0" cellpadding="5">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}{footer}</tbody></table>")


def _row(line: AgendaLine) -> str:
    """The title in bold with its kind below it, so the long texts get the width."""
    segment = f'<span class="title">{escape(line.title)}</span><br><span class="kind">{escape(line.kind)}</span>'
    return (f'<tr><td class="time">{escape(line.time)}</td><td>{segment}</td>'
            f'<td class="number">{line.minutes}</td>'
            f"<td>{_multiline(line.questions)}</td><td>{_multiline(line.notes)}</td></tr>")


def _class(name: str) -> str:
    return f' class="{name}"' if name else ""


def _multiline(text: str) -> str:
    """Typed text with its line breaks kept."""
    return "<br>".join(escape(line) for line in text.strip().splitlines())
