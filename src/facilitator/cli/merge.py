"""facilitator merge: regions' files into a new national file."""

import argparse
import os
import sqlite3
from pathlib import Path
from typing import TextIO

from ..store import errors
from ..store.document import Document
from ..store.file_lock import held_elsewhere
from .runner import EXIT_FAILED, EXIT_OK, document_problem

COMPANIONS = ("-wal", "-shm", "-journal")


def merge_files(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Create ``args.output`` and merge every file into it, in order; the inputs are only read.

    Every input is checked before anything is written. The national file is built beside
    the target (``NAME.partial``) and renamed into place only when every region is in, so
    a merge that fails or is killed part way never leaves a half-merged file at the
    target, and running the command again simply works. Conflicts keep the copy already
    merged (the earlier file's, when it is as new or newer) and are listed.
    """
    from ..services.merge import Merge, trusted

    output = args.output.absolute()
    if output.exists():
        print(f"facilitator: {args.output} already exists; merge writes a new file (choose another name)",
              file=err)
        return EXIT_FAILED
    try:
        paths = [trusted(path) for path in args.files]
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}; nothing merged", file=err)
        return EXIT_FAILED
    partial = output.with_name(output.name + ".partial")
    if held_elsewhere(partial):
        print(f"facilitator: another merge is writing {args.output}; wait for it to finish", file=err)
        return EXIT_FAILED
    remove_document_files(partial)  # what a killed merge left: never the user's file
    try:
        document = Document.create(partial)
    except (OSError, sqlite3.Error, errors.DocumentError) as error:
        remove_document_files(partial)
        problem = errors.classify(error, output)
        detail = document_problem(problem) if problem else f"cannot create {args.output}: " \
            f"{getattr(error, 'strerror', None) or error}"
        print(f"facilitator: {detail}", file=err)
        return EXIT_FAILED
    try:
        for path in paths:
            plan = Merge(document.db).preview(path)
            print(f"merged {path}: {Merge(document.db).apply(plan).summary}", file=out)
            for conflict in plan.conflicts:
                print(f"  kept this copy of {conflict.description}", file=out)
        self_contained(document)
    except BaseException as error:
        document.close()
        remove_document_files(partial)
        problem = errors.classify(error, output)
        if problem is None:
            raise
        print(f"facilitator: {document_problem(problem)}; nothing merged", file=err)
        return EXIT_FAILED
    document.close()
    return put_in_place(partial, output, err)


def self_contained(document: Document) -> None:
    """Everything in the main file, no -wal beside it, so renaming that one file moves it all."""
    document.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    document.db.execute("PRAGMA journal_mode = DELETE")


def put_in_place(partial: Path, output: Path, err: TextIO) -> int:
    """Rename the finished file to its name - unless a file appeared there meanwhile."""
    try:
        os.link(partial, output)  # fails if the name is taken: never replace a file
    except FileExistsError:
        print(f"facilitator: {output} was created by someone else meanwhile; the merge is kept as {partial}",
              file=err)
        return EXIT_FAILED
    except OSError:  # a file system without hard links (FAT, some network shares)
        if output.exists():
            print(f"facilitator: {output} was created by someone else meanwhile; the merge is kept as {partial}",
                  file=err)
            return EXIT_FAILED
        os.replace(partial, output)
    else:
        partial.unlink()
    _sync_folder(output.parent)
    return EXIT_OK


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_document_files(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        leftover.unlink(missing_ok=True)
