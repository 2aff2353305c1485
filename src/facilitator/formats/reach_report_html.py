"""The reach report as HTML for Qt's QTextDocument: a cover, then each table with a bar
chart above it, each table on its own page.

Pure: handed the cover's words and the tables (rows of values; texts already in the
reader's language), it returns the document. The bars are table cells whose width is
the value's share of the largest value: QTextDocument draws a cell's background colour
and honours a percentage width, so the chart is sharp at any zoom and in the PDF it
stays text (readable, searchable) rather than a picture.

The page header and "page x of y" are painted on every page by ui/printing.py.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from .spreadsheet_export import ColumnKind, SheetTable

#: A chart shows at most this many bars (the largest); its table below holds every row.
MAX_BARS = 20
BAR_COLOUR, TRACK_COLOUR = "#2b6a9e", "#e6edf5"

_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #1d2b3a; }
h1 { font-size: 22pt; font-weight: bold; color: #1d3b5a; }
h2 { font-size: 14pt; font-weight: bold; color: #1d3b5a; }
p.cover { font-size: 12pt; }
p.headline { font-size: 16pt; font-weight: bold; color: #2b6a9e; }
p.note { font-size: 9pt; color: #5a6b7c; }
th { background-color: #e6edf5; text-align: left; font-weight: bold; }
td { vertical-align: top; border-bottom: 1px solid #c9d3de; }
td.number, th.number { text-align: right; }
td.bar-label { border-bottom: none; }
td.bar-value { border-bottom: none; text-align: right; }
"""


@dataclass(frozen=True)
class Bars:
    """The chart drawn above a table: one bar per row, labelled by one column and as long
    as another's value."""

    label_column: int
    value_column: int


@dataclass(frozen=True)
class ReportTable:
    """One table of the report: a page in the PDF and a sheet in the workbook."""

    title: str
    headings: Sequence[str]
    kinds: Sequence[ColumnKind]
    rows: Sequence[Sequence[object]]
    bars: Bars | None = None
    empty_text: str = ""  # said instead of an empty table ("Every organisation has been reached")

    def sheet(self) -> SheetTable:
        return SheetTable(self.headings, self.kinds, self.rows, self.title)


@dataclass(frozen=True)
class Cover:
    """The first page's words, already in the reader's language."""

    title: str  # "Reach report"
    programme: str
    region: str  # the county, or "All counties" in a merged file
    date: str
    headline: str  # "38 of 45 reached (84 %)"
    note: str  # what the report holds: aggregates only, or with the attendance list


CellText = Callable[[datetime], str]


def report_html(cover: Cover, tables: Sequence[ReportTable], date_time: CellText) -> str:
    """The whole report; ``date_time`` writes a time cell in the reader's format."""
    pages = [_cover_html(cover)] + [_table_page(table, date_time) for table in tables]
    return (f"<html><head><style>{_STYLE}</style></head><body>"
            + '<div style="page-break-before: always"></div>'.join(pages) + "</body></html>")


def _cover_html(cover: Cover) -> str:
    lines = [f"<h1>{escape(cover.title)}</h1>", f'<p class="cover">{escape(cover.programme)}</p>',
             f'<p class="cover">{escape(cover.region)}</p>', f'<p class="cover">{escape(cover.date)}</p>',
             f'<p class="headline">{escape(cover.headline)}</p>', f'<p class="note">{escape(cover.note)}</p>']
    return '<br/><br/><br/>' + "".join(lines)


def _table_page(table: ReportTable, date_time: CellText) -> str:
    parts = [f"<h2>{escape(table.title)}</h2>"]
    if not table.rows:
        parts.append(f"<p>{escape(table.empty_text)}</p>")
        return "".join(parts)
    if table.bars is not None:
        parts.append(bar_chart_html(table, date_time))
    parts.append(_table_html(table, date_time))
    return "".join(parts)


def bar_chart_html(table: ReportTable, date_time: CellText) -> str:
    """The largest values as horizontal bars, in the table's order: label, bar, value."""
    assert table.bars is not None
    label, value = table.bars.label_column, table.bars.value_column
    shown = table.rows if len(table.rows) <= MAX_BARS else \
        sorted(table.rows, key=lambda row: -_number(row[value]))[:MAX_BARS]
    largest = max((_number(row[value]) for row in shown), default=0) or 1
    lines = "".join(
        f'<tr><td class="bar-label" width="30%">{escape(cell_text(row[label], table.kinds[label], date_time))}</td>'
        f'<td class="bar-label" width="60%">{_bar(_number(row[value]) / largest)}</td>'
        f'<td class="bar-value" width="10%">{escape(cell_text(row[value], table.kinds[value], date_time))}</td></tr>'
        for row in shown)
    return (f'<table width="100%" cellspacing="0" cellpadding="2">{lines}</table>'
            f'<p class="note">{escape(table.headings[value])}</p>')


def _bar(share: float) -> str:
    """A bar filling ``share`` of its cell: a one-row table whose first cell is coloured."""
    percent = round(share * 100)
    if percent <= 0:
        return "&nbsp;"
    rest = f'<td width="{100 - percent}%" bgcolor="{TRACK_COLOUR}">&nbsp;</td>' if percent < 100 else ""
    return (f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td width="{percent}%" bgcolor="{BAR_COLOUR}">&nbsp;</td>{rest}</tr></table>')


def _table_html(table: ReportTable, date_time: CellText) -> str:
    numeric = [kind == ColumnKind.NUMBER for kind in table.kinds]
    head = "".join(f'<th{_number_class(is_number)}>{escape(heading)}</th>'
                   for heading, is_number in zip(table.headings, numeric))
    body = "".join("<tr>" + "".join(
        f"<td{_number_class(is_number)}>{escape(cell_text(value, kind, date_time)) or '&nbsp;'}</td>"
        for value, kind, is_number in zip(row, table.kinds, numeric)) + "</tr>" for row in table.rows)
    return (f'<br/><table width="100%" cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _number_class(is_number: bool) -> str:
    return ' class="number"' if is_number else ""


def cell_text(value: object, kind: ColumnKind, date_time: CellText) -> str:
    """A cell as printed: nothing for None, times in the reader's format, numbers as
    whole numbers or with one decimal."""
    if value is None:
        return ""
    if kind in (ColumnKind.DATE_TIME, ColumnKind.DATE) and isinstance(value, datetime):
        return date_time(value)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0
