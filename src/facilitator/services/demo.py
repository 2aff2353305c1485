"""The demo document: Gotland's autumn of "Våga vara digital!", realistic enough to try
every view (about 45 invitees, six sessions, some held with attendance).
"""

import random
from datetime import datetime

from sqlite_utils import Database

from ..domain.enums import AttendanceMode, FocusArea, InvitationStatus, OrganisationKind, PersonCategory, SessionStatus
from ..domain.records import Organisation, Person, Session
from ..domain.timezone import STOCKHOLM, to_utc_text
from ..store import organisations, people, sessions
from ..store.changes import new_row
from .setup import set_up_county

GOTLAND = "09"
REGION = "Region Gotland"
COUNTY_BOARD = "Länsstyrelsen i Gotlands län"

# (title, category, organisation) for the invitees; names are drawn below.
_ROLES = [
    ("Regionstyrelsens ordförande", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Regionstyrelsens förste vice ordförande", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Regionstyrelsens andre vice ordförande", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Regionfullmäktiges ordförande", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Oppositionsråd", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, hälso- och sjukvårdsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, barn- och utbildningsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, socialnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, tekniska nämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, miljö- och hälsoskyddsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, byggnadsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, kultur- och fritidsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, gymnasie- och vuxenutbildningsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ordförande, regionala utvecklingsnämnden", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ledamot, regionstyrelsen", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Ledamot, regionstyrelsen", PersonCategory.ELECTED_OFFICIAL, REGION),
    ("Regiondirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Biträdande regiondirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Digitaliseringsdirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Ekonomidirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("HR-direktör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Kommunikationsdirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Informationssäkerhetssamordnare", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Säkerhetschef", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Förvaltningschef, hälso- och sjukvårdsförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, utbildnings- och arbetslivsförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, socialförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, teknikförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, samhällsbyggnadsförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, regionstyrelseförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, kultur- och fritidsförvaltningen", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Förvaltningschef, ledningsstaben", PersonCategory.HEAD_OF_ADMINISTRATION, REGION),
    ("Landshövding", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Länsråd", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Enhetschef, samhällsbyggnad", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Enhetschef, miljö och vatten", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Enhetschef, landsbygd", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Enhetschef, verksamhetsstöd", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("Projektledare digitalisering", PersonCategory.OTHER, COUNTY_BOARD),
    ("Chef för krisberedskap", PersonCategory.COUNTY_BOARD_MANAGEMENT, COUNTY_BOARD),
    ("VD", PersonCategory.SENIOR_OFFICIAL, "Almi Gotland"),
    ("Verksamhetschef", PersonCategory.OTHER, "Uppsala universitet Campus Gotland"),
    ("Samordnare", PersonCategory.OTHER, "Lantmäteriet"),
    ("IT-chef", PersonCategory.SENIOR_OFFICIAL, REGION),
    ("Näringslivsdirektör", PersonCategory.SENIOR_OFFICIAL, REGION),
]
_GIVEN = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Åsa", "Per",
          "Ingrid", "Mikael", "Sofia", "Björn", "Helena", "Jonas", "Ulla", "Magnus", "Elin",
          "Örjan", "Cecilia", "Stefan", "Linnéa", "Håkan", "Malin", "Göran", "Therese", "Olof",
          "Emma", "Tomas"]
_FAMILY = ["Andersson", "Östberg", "Lindqvist", "Hansson", "Ahlström", "Nyberg", "Åkesson",
           "Ekman", "Björklund", "Wallin", "Söderberg", "Gardell", "Engström", "Ödman", "Lundin",
           "Ahlgren", "Hellström", "Norberg", "Äng", "Sjöberg", "Kvarnström", "Dahlgren", "Berg",
           "Zetterqvist", "Olofsson", "Larsson", "Pettersson", "Jakobsson", "Rosvall", "Sundqvist"]
_SESSIONS = [
    ("Digitalt ledarskap – att leda i en digital tid", FocusArea.DIGITAL_LEADERSHIP, (9, 15)),
    ("Digital säkerhet – risker, ansvar och beredskap", FocusArea.DIGITAL_SECURITY, (9, 29)),
    ("Digital kompetens i hela organisationen", FocusArea.DIGITAL_COMPETENCE, (10, 13)),
    ("Digital infrastruktur – bredband, data och geodata", FocusArea.DIGITAL_INFRASTRUCTURE, (10, 27)),
    ("Digital innovation i offentlig sektor", FocusArea.DIGITAL_INNOVATION, (11, 10)),
    ("Vägen framåt – handlingsplan för Gotland", FocusArea.DIGITAL_LEADERSHIP, (12, 1)),
]
_ROOMS = ["Visborgssalen, Regionens hus", "Länsstyrelsen, Visby – sal Fårö", "Almedalsbiblioteket, sal 2"]


def create_demo(db: Database, year: int = 2026, seed: int = 13) -> None:
    """Fill an empty document with the Gotland demo, in one transaction."""
    rng = random.Random(seed)
    with db.atomic():
        programme_id = set_up_county(db, GOTLAND, reach_target=45, year=year)
        organisation_ids = _organisations(db)
        person_ids = _people(db, rng, organisation_ids)
        _sessions(db, rng, programme_id, person_ids, year)


def _organisations(db: Database) -> dict[str, int]:
    extra = [Organisation(name, OrganisationKind.OTHER, None, GOTLAND)
             for name in ("Almi Gotland", "Uppsala universitet Campus Gotland", "Lantmäteriet")]
    for organisation in extra:
        organisations.insert(db, organisation)
    return {name: id_ for id_, name in organisations.names(db)}


def _people(db: Database, rng: random.Random, organisation_ids: dict[str, int]) -> list[int]:
    given, family = rng.sample(_GIVEN, len(_GIVEN)), rng.sample(_FAMILY, len(_FAMILY))
    ids = []
    for index, (title, category, organisation) in enumerate(_ROLES):
        first, last = given[index % len(given)], family[(index * 7 + index // len(family)) % len(family)]
        domain = "gotland.se" if organisation == REGION else (
            "lansstyrelsen.se" if organisation == COUNTY_BOARD else "example.se")
        email = f"{_ascii(first)}.{_ascii(last)}@{domain}"
        person = Person(first, last, title, category, organisation_ids[organisation], email,
                        f"0498-{rng.randint(200000, 299999)}")
        change = people.insert(db, person)
        ids.append(change.ids("people")[0])
    return ids


def _sessions(db: Database, rng: random.Random, programme_id: int, person_ids: list[int], year: int) -> None:
    for number, (title, focus, (month, day)) in enumerate(_SESSIONS):
        start = datetime(year, month, day, 9, 0, tzinfo=STOCKHOLM)
        end = start.replace(hour=11, minute=30)
        held = number < 5
        session = Session(
            title, start, end, programme_id, focus, "Microsoft Teams",
            f"https://teams.microsoft.com/l/meetup-join/demo-{number + 1}", _ROOMS[number % 3], 40,
            SessionStatus.HELD if held else SessionStatus.PLANNED,
            "Interaktiv webbsändning från Lantmäteriet och länsstyrelserna, med lokala samtal.")
        session_id = sessions.insert(db, session).ids("sessions")[0]
        for person_id in person_ids:
            _invite_and_attend(db, rng, session_id, person_id, start, held)


def _invite_and_attend(db, rng, session_id, person_id, start, held) -> None:
    status = rng.choices(list(InvitationStatus), weights=[1, 7, 1, 1])[0] if held else \
        rng.choices(list(InvitationStatus), weights=[3, 4, 1, 2])[0]
    when = to_utc_text(start.replace(day=1) if start.day > 1 else start)
    db["invitations"].insert(new_row({"person_id": person_id, "session_id": session_id,
                                      "status": str(status), "status_changed_at": when}))
    if not held or status != InvitationStatus.ACCEPTED or rng.random() < 0.15:
        return
    mode = rng.choice(list(AttendanceMode))
    minutes = rng.randint(100, 150)
    db["attendance"].insert(new_row({
        "person_id": person_id, "session_id": session_id, "present": 1, "mode": str(mode),
        "source": "manual", "joined_utc": to_utc_text(start), "minutes": minutes}))


def _ascii(name: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeaaoe")
    return name.lower().translate(table)
