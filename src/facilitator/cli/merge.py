"""facilitator merge: regions' files into a new national file."""

import argparse
from pathlib import Path
from typing import TextIO

from ..store import errors
from ..store.document import Document
from .runner import EXIT_FAILED, EXIT_OK, document_problem


def merge_files(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Create ``args.output`` and merge every file into it, in order; the inputs are only read.

    Every input is checked before the output is created, and a merge that fails part way
    removes the output, so a half-merged national file is never left behind. Conflicts keep
    the copy already merged (the earlier file's, when it is as new or newer) and are listed.
    """
    from ..services.merge import Merge, trusted

    if args.output.exists():
        print(f"facilitator: {args.output} already exists; merge writes a new file (choose another name)",
              file=err)
        return EXIT_FAILED
    try:
        paths = [trusted(path) for path in args.files]
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}; nothing merged", file=err)
        return EXIT_FAILED
    document = Document.create(args.output)
    try:
        for path in paths:
            plan = Merge(document.db).preview(path)
            print(f"merged {path}: {Merge(document.db).apply(plan).summary}", file=out)
            for conflict in plan.conflicts:
                print(f"  kept this copy of {conflict.description}", file=out)
    except BaseException:
        document.close()
        _remove_document_files(args.output)
        raise
    document.close()
    return EXIT_OK


def _remove_document_files(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))):
        leftover.unlink(missing_ok=True)
