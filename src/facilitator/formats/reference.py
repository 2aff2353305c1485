"""Sweden's counties, municipalities and regions, read from the shipped reference CSVs."""

import csv
from dataclasses import dataclass
from functools import cache

from ..domain.collation import swedish_key
from ..packaged import resource_text


@dataclass(frozen=True)
class County:
    code: str
    name: str  # "Gotlands län"
    region_name: str  # "Region Gotland"
    region_municipality_code: str | None  # set where the region is also the municipality

    @property
    def county_board_name(self) -> str:
        return f"Länsstyrelsen i {self.name}"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    county_code: str


def _rows(name: str) -> list[dict[str, str]]:
    text = resource_text("reference", name)
    return list(csv.DictReader(text.splitlines()))


@cache
def counties() -> tuple[County, ...]:
    """The 21 counties in Swedish alphabetical order."""
    regions = {row["county_code"]: row for row in _rows("regions.csv")}
    found = [
        County(row["county_code"], row["county_name"], regions[row["county_code"]]["region_name"],
               regions[row["county_code"]]["municipality_code"] or None)
        for row in _rows("counties.csv")
    ]
    return tuple(sorted(found, key=lambda county: swedish_key(county.name)))


@cache
def municipalities() -> tuple[Municipality, ...]:
    return tuple(Municipality(row["municipality_code"], row["municipality_name"], row["county_code"])
                 for row in _rows("municipalities.csv"))


def county(code: str) -> County:
    for candidate in counties():
        if candidate.code == code:
            return candidate
    raise KeyError(code)
