"""facilitator about: the support information Help → About shows, for IT and scripts."""

import argparse
from typing import TextIO

from ..about import support_facts, support_text, untranslated
from ..store import errors
from ..store.document import Document
from .runner import EXIT_FAILED, EXIT_OK, document_problem


def print_about(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The versions, and with --db the file's schema; the file is only read (no lock, so
    this works while a window has it open)."""
    path = getattr(args, "db", None)
    if path is None:
        print(support_text(untranslated(support_facts(None))), end="", file=out)
        return EXIT_OK
    try:
        document = Document.open(path, read_only=True)
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}", file=err)
        return EXIT_FAILED
    try:
        print(support_text(untranslated(support_facts(document))), end="", file=out)
    finally:
        document.close()
    return EXIT_OK
