"""Rules for the cells of one imported person: the category a title or category cell
names, whether an email address is valid (fast, for 100 000 rows), and the sort key the
register keeps. Each is cached per distinct value.
"""

import re
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email

from ..domain.collation import swedish_key
from ..domain.enums import OrganisationKind, PersonCategory
from .matching import fold

_CATEGORY_RULES: tuple[tuple[PersonCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in (
        (PersonCategory.OTHER, r"^(other|ovrig|ovriga|annan|annat)$"),
        (PersonCategory.COUNTY_BOARD_MANAGEMENT,
         r"landshovding|lansrad|lansstyrelsens ledning|county (governor|board management)"),
        (PersonCategory.ELECTED_OFFICIAL,
         r"fortroendevald|politiker|ledamot|ledamoter|ordforande|kommunalrad|regionrad|oppositionsrad|"
         r"fullmaktig|elected|politician|councill?or|\bchair"),
        (PersonCategory.HEAD_OF_ADMINISTRATION,
         r"forvaltningschef|forvaltningsdirektor|sektorschef|sektorchef|head of (administration|department)"),
        (PersonCategory.SENIOR_OFFICIAL,
         r"tjansteperson|tjansteman|direktor|chef\b|director|\bhead\b|manager|\bvd\b|\bceo\b|official"),
    ))


@lru_cache(maxsize=4096)
def category_from_text(text: str, organisation_kind: OrganisationKind | None = None) -> PersonCategory | None:
    """The category a title or category cell names, or None if it names none.

    The first rule that matches wins, in this order: the stored value itself
    ("elected_official"); other ("Övrig"); county board management (landshövding,
    länsråd); elected official (förtroendevald, politiker, ledamot, ordförande, -råd);
    head of administration (förvaltningschef); senior official (tjänsteperson,
    direktör, a title ending in -chef, director, head, VD). A senior official or head
    of administration at a county board is that board's management.
    """
    folded = fold(text).replace("_", " ")
    found = next((category for category in PersonCategory if folded == category.replace("_", " ")), None)
    found = found or next((category for category, rule in _CATEGORY_RULES if rule.search(folded)), None)
    leading = (PersonCategory.SENIOR_OFFICIAL, PersonCategory.HEAD_OF_ADMINISTRATION)
    if found in leading and organisation_kind == OrganisationKind.COUNTY_BOARD:
        return PersonCategory.COUNTY_BOARD_MANAGEMENT
    return found


# A dot-atom local part of ASCII and the Nordic letters (email-validator accepts those
# precomposed letters as an internationalised address).
_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~åäöÅÄÖéÉüÜæøÆØ-]+"
_SIMPLE_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*\Z")


def email_problem(email: str) -> str | None:
    """Why email-validator refuses the address (no network lookups), or None.

    The full validator costs 20-100 µs an address; most addresses are a plain local
    part at a domain shared by thousands of rows, so those are checked by a strict
    pattern plus one validation per domain (a property test checks the shortcut agrees
    with the validator).
    """
    local, at, domain = email.rpartition("@")
    if at and len(email) <= 254 and len(local) <= 64 and _SIMPLE_LOCAL.match(local) and \
            _domain_problem(domain) is None:
        return None
    return _full_check(email)


@lru_cache(maxsize=4096)
def _domain_problem(domain: str) -> str | None:
    return _full_check(f"a@{domain}")


def _full_check(email: str) -> str | None:
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error)
    return None


@lru_cache(maxsize=65536)
def _part_key(text: str) -> str:
    return swedish_key(text)


def sort_key(given: str, family: str) -> str:
    """people.sort_key, as store.people computes it, from cached halves: swedish_key
    maps character by character, so the key of "Family Given" is the halves' keys joined."""
    return f"{_part_key(family)} {_part_key(given)}" if family and given else _part_key(family or given)
