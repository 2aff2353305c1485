"""The register's GDPR duties on the command line: a person's register extract, erasing a
person, and the retention purge."""

import argparse
from typing import TextIO

from ..services.privacy import Privacy
from ..store.document import Document
from ..store.privacy import Ambiguous
from .common import Lead, Refused, gui_application, writing


def _privacy(document: Document) -> Privacy:
    return Privacy(document.db, document.backups)


def _person(privacy: Privacy, key: str) -> int:
    try:
        return privacy.find(key)
    except Ambiguous as error:
        raise Refused(f"{len(error.ids)} people have the email {key}: give one of their ids "
                      f"({', '.join(map(str, error.ids))})") from error


def extract_person(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """Everything stored about one person, as JSON or as a PDF in Swedish or English."""
    privacy = _privacy(document)
    person_id = _person(privacy, args.person)
    suffix = args.output.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise Refused(f"{args.output}: the extract is written as .json or .pdf")
    with writing(args.output):
        if suffix == ".json":
            privacy.write_json(person_id, args.output)
        else:
            _write_pdf(privacy, person_id, args)
    print(f"wrote {args.output}: the register extract for {privacy.summary(person_id).name}", file=out)


def _write_pdf(privacy: Privacy, person_id: int, args: argparse.Namespace) -> None:
    application = gui_application()
    from ..language import LanguageSwitcher
    from ..printing import pdf
    from ..printing.register_extract import extract_printout

    languages = LanguageSwitcher(application)
    languages.apply(args.lang or "")
    pdf.write_pdf(extract_printout(privacy.extract(person_id)), args.output)


def erase_person(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """Erase one person completely; the backups that still hold them are listed."""
    privacy = _privacy(document)
    plan = privacy.erasure_plan(_person(privacy, args.person))
    result = privacy.erase(plan.person.id)
    print(f"erased {plan.person.name} <{plan.person.email}> with {plan.invitations} invitations and "
          f"{plan.attendance} attendance records", file=out)
    if not result.wal_emptied:
        print("note: another program is reading the file; its -wal is emptied when that program lets go",
              file=out)
    for backup in plan.backups_holding:
        print(f"still in the backup {backup.path} (removed as backups age out)", file=out)


def purge(document: Document, args: argparse.Namespace, out: TextIO, lead: Lead) -> None:
    """People with no activity since --before are erased; those who attended stay counted in
    reach as anonymous rows. --dry-run lists them and changes nothing."""
    privacy = _privacy(document)
    plan = privacy.purge_plan(args.before)
    print(f"programmes ended before {args.before}: "
          + (", ".join(f"{item.name} ({item.ended})" for item in plan.programmes) or "none"), file=out)
    for person in plan.erased:
        kept = " (attendance kept anonymously)" if person.id in plan.anonymised else ""
        print(f"  {person.id}  {person.name}  {person.email}{kept}", file=out)
    if args.dry_run or plan.is_empty:
        print(f"would erase {len(plan.erased)} people ({len(plan.anonymised)} kept anonymously in reach); "
              "nothing changed", file=out)
        return
    result = privacy.purge(plan)
    backup = f"; backup first: {result.backup.path}" if result.backup else ""
    print(f"erased {result.erased} people ({result.anonymised} kept anonymously in reach){backup}", file=out)

