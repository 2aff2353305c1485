"""Marking text in the Qt-free core for translation.

Readers and services raise errors whose words a person reads. They write the English
source text marked with :func:`QT_TRANSLATE_NOOP` (the name Qt's lupdate looks for), with
``%1``, ``%2``… where values go; the window and the CLI translate it when they show it
(``facilitator.labels``). A value that is itself words (``a PDF document``) is a
:class:`Phrase`, translated in the same context before it is filled in.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Phrase(str):
    """Words filled into a marked message that are translated too."""

    __slots__ = ()


def fill(text: str, args: tuple[str, ...]) -> str:
    """``text`` with %1, %2… replaced by ``args`` (highest number first, so %1 never eats %10)."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text
