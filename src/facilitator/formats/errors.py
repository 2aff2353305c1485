"""The one error every reader raises for a file it cannot read."""

from dataclasses import dataclass

from ..domain.translatable import QT_TRANSLATE_NOOP, fill

REASONS = ("empty", "binary", "not_a_table", "wrong_extension", "too_large", "no_header",
           "unknown_report", "encoding")
MAX_CELL_CHARS = 32_767  # Excel's own limit: a longer cell was not made in a spreadsheet


class UnreadableFile(ValueError):
    """A file the app cannot read as what it claims to be; nothing was imported from it.

    ``detail`` is an English sentence marked ``QT_TRANSLATE_NOOP("Readers", ...)`` with
    %1, %2… for ``args``; ``str(error)`` is the English text, ``labels.unreadable(error)``
    the text in the interface language.
    """

    def __init__(self, reason: str, detail: str, line: int | None = None, args: tuple[str, ...] = ()) -> None:
        english = fill(detail, args)
        super().__init__(f"{english} (line {line})" if line is not None else english)
        self.reason = reason
        self.detail = detail
        self.line = line
        self.args_ = args


@dataclass(frozen=True)
class ReaderNote:
    """Something a reader repaired on one line (a stray quotation mark), for the user to
    check. ``detail`` and ``args_`` as in :class:`UnreadableFile`."""

    line: int
    detail: str
    args_: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"line {self.line}: {fill(self.detail, self.args_)}"


def cell_too_long(line: int, column: int, length: int) -> UnreadableFile:
    return UnreadableFile("too_large", QT_TRANSLATE_NOOP(
        "Readers", "Column %1 holds %2 characters; a spreadsheet cell holds at most %3. "
        "This is not a list of people, or the file is damaged."),
        line=line, args=(str(column), str(length), str(MAX_CELL_CHARS)))
