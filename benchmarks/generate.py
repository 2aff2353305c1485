"""A large, realistic Facilitator document for the benchmarks, built once and cached.

The document is made the way the app makes one (``Document.create`` runs the real
migrations, so the FTS table and its triggers are there) and filled through the
store's own row builders (``person_values``, ``session_values``, ``new_row``), so the
stored sort keys and columns are exactly what the app would have written. Only the
loop is bulk: one transaction with ``executemany``, because 100 000 single inserts
would make every first run slow.

The file is cached in ``benchmarks/.data/`` under a name that holds the sizes, the
schema version and :data:`GENERATOR_VERSION`, so a changed schema or generator makes
a new file instead of benchmarking a stale one.

Run on its own: ``python benchmarks/generate.py --people 100000`` prints the path.
"""

import argparse
import os
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from facilitator.domain.enums import (
    AttendanceMode,
    FocusArea,
    InvitationStatus,
    OrganisationKind,
    PersonCategory,
    SessionStatus,
)
from facilitator.domain.records import Organisation, Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats.reference import counties
from facilitator.services.setup import county_organisations, set_up_county
from facilitator.store import organisations
from facilitator.store.changes import new_row
from facilitator.store.document import Document, lock_path
from facilitator.store.migrations import SCHEMA_VERSION
from facilitator.store.people import person_values
from facilitator.store.sessions import session_values

#: Raise when the generated content changes, so cached files are rebuilt.
GENERATOR_VERSION = 2
DATA_DIR = Path(__file__).resolve().parent / ".data"
HOME_COUNTY = "01"  # Stockholms län: the lead's own county, set up as on first start
YEAR = 2026
SEED = 20260901


@dataclass(frozen=True)
class Size:
    """How big the generated document is."""

    people: int = 100_000
    organisations: int = 300
    sessions: int = 60
    invitees_per_session: int = 40

    def file_name(self) -> str:
        return (f"people{self.people}-orgs{self.organisations}-sessions{self.sessions}"
                f"-invitees{self.invitees_per_session}-schema{SCHEMA_VERSION}-gen{GENERATOR_VERSION}.sqlite")


# -- vocabulary -------------------------------------------------------------------------

GIVEN_NAMES = [
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
    "Marie", "Malin", "Jenny", "Birgitta", "Hanna", "Inger", "Linnéa", "Annika", "Sofia", "Elin",
    "Åsa", "Ulla", "Monica", "Helena", "Cecilia", "Therese", "Märta", "Ebba", "Maja", "Agneta",
    "Gunilla", "Louise", "Camilla", "Frida", "Ylva", "Ida", "Astrid", "Siv", "Britt", "Signe",
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Bengt", "Stefan", "Mats", "Magnus", "Andreas", "Bo", "Jonas",
    "Björn", "Göran", "Håkan", "Örjan", "Östen", "Sölve", "Jörgen", "Ulf", "Gustav", "Oskar",
    "Olof", "Nils", "Sven", "Åke", "Tomas", "Henrik", "Patrik", "Joakim", "Kjell", "Rasmus",
]
FAMILY_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
    "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
    "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist",
    "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist",
    "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson",
    "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson",
    "Falk", "Öberg", "Andreasson", "Blom", "Ek", "Månsson", "Strand", "Åkesson", "Ödman",
    "Ängström", "Östberg", "Sjöström", "Söderström", "Fröberg", "Hägg", "Åkerlund", "Lindén",
    "Bäckström", "Öhman", "Kärrman", "Näslund", "Västlund",
]
TITLES = {
    PersonCategory.ELECTED_OFFICIAL: [
        "Kommunstyrelsens ordförande", "Kommunalråd", "Oppositionsråd", "Regionråd",
        "Ordförande, socialnämnden", "Ordförande, barn- och utbildningsnämnden",
        "Ledamot, kommunstyrelsen", "Ersättare, kommunstyrelsen", "Kommunfullmäktiges ordförande",
    ],
    PersonCategory.SENIOR_OFFICIAL: [
        "Kommundirektör", "Regiondirektör", "Digitaliseringschef", "IT-chef", "Ekonomidirektör",
        "HR-direktör", "Kommunikationschef", "Säkerhetschef", "Informationssäkerhetssamordnare",
        "Näringslivschef", "Digitaliseringsstrateg",
    ],
    PersonCategory.HEAD_OF_ADMINISTRATION: [
        "Förvaltningschef, socialförvaltningen", "Förvaltningschef, utbildningsförvaltningen",
        "Förvaltningschef, samhällsbyggnadsförvaltningen", "Förvaltningschef, kultur och fritid",
        "Förvaltningschef, teknikförvaltningen", "Skolchef", "Miljöchef",
    ],
    PersonCategory.COUNTY_BOARD_MANAGEMENT: [
        "Landshövding", "Länsråd", "Enhetschef, samhällsbyggnad", "Enhetschef, krisberedskap",
        "Enhetschef, landsbygd", "Avdelningschef, miljö",
    ],
    PersonCategory.OTHER: [
        "Projektledare", "Utredare", "Samordnare", "Handläggare", "Verksamhetsutvecklare",
        "Controller", "Arkivarie", "Nämndsekreterare", "Enhetschef", "",
    ],
}
CATEGORY_WEIGHTS = {
    PersonCategory.ELECTED_OFFICIAL: 30,
    PersonCategory.SENIOR_OFFICIAL: 20,
    PersonCategory.HEAD_OF_ADMINISTRATION: 15,
    PersonCategory.COUNTY_BOARD_MANAGEMENT: 5,
    PersonCategory.OTHER: 30,
}
# National bodies the programme works with, beyond the municipalities, regions and boards.
OTHER_ORGANISATIONS = [
    "Lantmäteriet", "Sveriges Kommuner och Regioner", "Myndigheten för digital förvaltning",
    "Myndigheten för samhällsskydd och beredskap", "Post- och telestyrelsen", "Vinnova",
    "Tillväxtverket", "E-hälsomyndigheten", "Statistiska centralbyrån", "Skatteverket",
]
# How invitees answered, by weight: most accepted once a session was held.
HELD_REPLIES = {InvitationStatus.INVITED: 1, InvitationStatus.ACCEPTED: 7, InvitationStatus.DECLINED: 1,
                InvitationStatus.NO_REPLY: 1}
OPEN_REPLIES = {InvitationStatus.INVITED: 3, InvitationStatus.ACCEPTED: 4, InvitationStatus.DECLINED: 1,
                InvitationStatus.NO_REPLY: 2}
SESSION_TOPICS = {
    FocusArea.DIGITAL_LEADERSHIP: "Digitalt ledarskap",
    FocusArea.DIGITAL_SECURITY: "Digital säkerhet",
    FocusArea.DIGITAL_COMPETENCE: "Digital kompetens",
    FocusArea.DIGITAL_INFRASTRUCTURE: "Digital infrastruktur",
    FocusArea.DIGITAL_INNOVATION: "Digital innovation",
}
ROOMS = ["Sal Mälaren, Regionens hus", "Länsstyrelsen – sal Skeppsholmen", "Stadsbiblioteket, sal 2", ""]


# -- the cached file -------------------------------------------------------------------

def cached_path(size: Size) -> Path:
    return DATA_DIR / size.file_name()


def ensure_database(size: Size = Size()) -> Path:
    """The path of a generated document of ``size``, building it only if not cached."""
    path = cached_path(size)
    if not path.exists():
        build(path, size)
    return path


def build(path: Path, size: Size) -> None:
    """Write the document beside ``path`` and rename it into place once complete,
    so an interrupted run never leaves a half-filled file in the cache."""
    partial = path.with_name(path.name + ".partial")
    for leftover in _sidecars(partial):
        leftover.unlink(missing_ok=True)
    document = Document.create(partial)
    try:
        fill(document.db, size, random.Random(SEED))
    finally:
        document.close()  # the last connection checkpoints the WAL into the file
    os.replace(partial, path)
    for leftover in _sidecars(partial):
        leftover.unlink(missing_ok=True)


def _sidecars(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path(path)]


def fill(db: Database, size: Size, rng: random.Random) -> None:
    """Organisations, people, sessions, invitations and attendance, in one transaction."""
    with db.atomic():
        programme_id = set_up_county(db, HOME_COUNTY, reach_target=size.people // 10, year=YEAR)
        organisations.insert_many(db, more_organisations(size.organisations - _count(db, "organisations")))
        everyone = people(rng, size.people, organisations.names(db))
        _insert(db, "people", (person_values(person) for person in everyone))
        planned = sessions(size.sessions, programme_id)
        _insert(db, "sessions", (session_values(session) for session in planned))
        _invite(db, rng, size.invitees_per_session)


def _count(db: Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def _insert(db: Database, table: str, values: Iterable[dict[str, object]]) -> None:
    """Bulk insert through ``new_row`` (identity columns as the app fills them)."""
    rows = [new_row(row) for row in values]
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO [{table}] ({', '.join(columns)}) "
           f"VALUES ({', '.join(':' + column for column in columns)})")
    db.conn.executemany(sql, rows)


def _invite(db: Database, rng: random.Random, per_session: int) -> None:
    """Invite a random ``per_session`` people to every session."""
    person_ids = [row[0] for row in db.execute("SELECT id FROM people ORDER BY id")]
    rows = db.execute("SELECT id, start_utc, status FROM sessions ORDER BY id").fetchall()
    for session_id, start, status in rows:
        invited = rng.sample(person_ids, min(per_session, len(person_ids)))
        _insert_invitations(db, rng, session_id, start, status, invited)


# -- the rows ----------------------------------------------------------------------------

def more_organisations(count: int) -> list[Organisation]:
    """``count`` organisations beyond the home county's: the other counties' boards and
    regions first, then national bodies, then municipalities until the count is reached."""
    others = [county_organisations(county.code) for county in counties() if county.code != HOME_COUNTY]
    boards_and_regions = [org for orgs in others for org in orgs if org.kind != OrganisationKind.MUNICIPALITY]
    national = [Organisation(name, OrganisationKind.OTHER) for name in OTHER_ORGANISATIONS]
    municipalities = [org for orgs in others for org in orgs if org.kind == OrganisationKind.MUNICIPALITY]
    return (boards_and_regions + national + municipalities)[:max(0, count)]


def people(rng: random.Random, count: int, organisation_names: list[tuple[int, str]]) -> Iterator[Person]:
    """People spread over the organisations, with an email at the organisation's domain;
    a few belong to none and a few are inactive."""
    categories, weights = list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    domains = _email_domains(organisation_names)
    organisation_ids = [id_ for id_, _ in organisation_names]
    for _ in range(count):
        given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
        category = rng.choices(categories, weights)[0]
        organisation_id = rng.choice(organisation_ids) if rng.random() > 0.02 else None
        domain = domains.get(organisation_id, "example.se")
        suffix = "" if rng.random() < 0.7 else str(rng.randint(2, 99))
        yield Person(
            given, family, rng.choice(TITLES[category]), category, organisation_id,
            f"{_ascii(given)}.{_ascii(family)}{suffix}@{domain}",
            f"0{rng.randint(8, 90)}-{rng.randint(100000, 999999)}",
            active=rng.random() > 0.03,
        )


def _email_domains(organisation_names: list[tuple[int, str]]) -> dict[int, str]:
    """Every organisation's email domain, made from its name (Region Skåne: regionskane.se)."""
    return {id_: "lansstyrelsen.se" if name.startswith("Länsstyrelsen") else
            re.sub(r"[^a-z]", "", _ascii(name)) + ".se"
            for id_, name in organisation_names}


def sessions(count: int, programme_id: int) -> Iterator[Session]:
    """Two sessions a week from late August, Tuesdays and Thursdays 09:00-11:30, Stockholm
    time; the first two thirds held, a few cancelled, the rest planned."""
    first = datetime(YEAR, 8, 25, 9, 0, tzinfo=STOCKHOLM)
    areas = list(SESSION_TOPICS)
    for number in range(count):
        start = first + timedelta(weeks=number // 2, days=2 * (number % 2))
        area = areas[number % len(areas)]
        status = (SessionStatus.CANCELLED if number % 17 == 16 else
                  SessionStatus.HELD if number < count * 2 // 3 else SessionStatus.PLANNED)
        yield Session(
            f"{SESSION_TOPICS[area]} – del {number // len(areas) + 1}", start,
            start + timedelta(hours=2, minutes=30), programme_id, area, "Microsoft Teams",
            f"https://teams.microsoft.com/l/meetup-join/bench-{number + 1}", ROOMS[number % len(ROOMS)],
            200, status, "Webbsändning med lokala samtal efteråt.")


def _insert_invitations(db: Database, rng: random.Random, session_id: int, start_utc: str,
                        status: str, person_ids: list[int]) -> None:
    """Invite ``person_ids``; at a held session most who accepted attended."""
    held = status == SessionStatus.HELD
    chances = HELD_REPLIES if held else OPEN_REPLIES
    replies = rng.choices(list(chances), list(chances.values()), k=len(person_ids))
    _insert(db, "invitations", ({"person_id": person_id, "session_id": session_id, "status": str(reply),
                                 "status_changed_at": start_utc}
                                for person_id, reply in zip(person_ids, replies)))
    attended = [person_id for person_id, reply in zip(person_ids, replies)
                if held and reply == InvitationStatus.ACCEPTED and rng.random() < 0.85]
    _insert(db, "attendance", ({"person_id": person_id, "session_id": session_id, "present": 1,
                                "mode": str(rng.choice(list(AttendanceMode))), "source": "manual",
                                "joined_utc": start_utc, "minutes": rng.randint(100, 150)}
                               for person_id in attended))


def _ascii(name: str) -> str:
    return name.lower().translate(str.maketrans("åäöéü", "aaoeu"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=Size.people)
    args = parser.parse_args()
    print(ensure_database(Size(people=args.people)))


if __name__ == "__main__":
    main()
