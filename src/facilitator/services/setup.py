"""First start: the lead's county becomes organisations and a programme in the document."""

from datetime import date

from sqlite_utils import Database

from ..domain.enums import OrganisationKind
from ..domain.records import Organisation, Programme
from ..formats.reference import county, municipalities
from ..store import organisations, programmes, settings

NATIONAL_PROGRAMME = "Våga vara digital!"


def is_set_up(db: Database) -> bool:
    return settings.get(db, settings.COUNTY_CODE) is not None


def county_organisations(county_code: str) -> list[Organisation]:
    """The county board, the region and every municipality of the county.

    Where the region is itself the municipality (Region Gotland) it is one organisation,
    carrying the municipality's code.
    """
    chosen = county(county_code)
    found = [
        Organisation(chosen.county_board_name, OrganisationKind.COUNTY_BOARD, chosen.code, chosen.code),
        Organisation(chosen.region_name, OrganisationKind.REGION,
                     chosen.region_municipality_code or chosen.code, chosen.code),
    ]
    found += [
        Organisation(m.name, OrganisationKind.MUNICIPALITY, m.code, chosen.code)
        for m in municipalities()
        if m.county_code == chosen.code and m.code != chosen.region_municipality_code
    ]
    return found


def set_up_county(db: Database, county_code: str, *, programme_name: str = NATIONAL_PROGRAMME,
                  reach_target: int = 0, year: int | None = None) -> int:
    """Create the county's organisations and the programme, once; return the programme id."""
    year = year or date.today().year
    with db.atomic():
        organisations.insert_many(db, county_organisations(county_code))
        settings.put(db, settings.COUNTY_CODE, county_code)
        existing = programmes.first_id(db)
        if existing is not None:
            return existing
        return programmes.insert(db, Programme(
            programme_name, reach_target, f"{year}-08-01", f"{year}-12-31", county_code))
