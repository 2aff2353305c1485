"""Reach: how many leading persons a programme has reached, against its targets.

A person is reached when they attended at least one session of the programme that is not
cancelled — an attendance row with ``present = 1``. The attendance threshold (minimum
minutes) is applied when that flag is set: the attendance import marks ``present`` by
minutes ≥ the threshold, a check-in marks it by hand. Walk-ins count; a substitute counts
as themselves, not as the invitee they replaced; each person counts once however many
sessions they attended. The arithmetic is in SQL (store/reach.py); this module gives it
names, fills in the gaps (categories nobody belongs to) and validates target writes.

After a merge a document holds one programme per county: :meth:`Reach.per_county` gives
each county's reach against its programme's target, and :meth:`Reach.headline` without a
programme gives the national total against the national target (a document setting).
"""

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.enums import PersonCategory
from ..domain.records import Problem
from ..store import programmes, reach, settings
from ..store.changes import ChangeSet
from .errors import InvalidInput, NotFound

NATIONAL_TARGET = "national_target"
# The national programme's goal: at least 3 000 leading persons.
DEFAULT_NATIONAL_TARGET = 3000


@dataclass(frozen=True, slots=True)
class Headline:
    reached: int
    target: int

    @property
    def percent(self) -> int | None:
        """Reached as a whole percentage of the target; None when no target is set."""
        return round(100 * self.reached / self.target) if self.target else None


@dataclass(frozen=True, slots=True)
class Funnel:
    invited: int
    accepted: int
    attended: int


@dataclass(frozen=True, slots=True)
class SessionReach:
    session_id: int
    start_utc: str | None
    title: str
    invited: int
    accepted: int
    attended: int
    no_shows: int  # accepted but absent; 0 until the session has taken place


@dataclass(frozen=True, slots=True)
class OrganisationReach:
    organisation_id: int
    name: str
    kind: str
    people: int  # in the register (active, or reached before being deactivated)
    reached: int
    target: int | None


@dataclass(frozen=True, slots=True)
class CategoryReach:
    category: PersonCategory
    people: int
    reached: int
    target: int | None


@dataclass(frozen=True, slots=True)
class NoShow:
    person_id: int
    name: str
    organisation: str
    session_id: int
    session_title: str
    start_utc: str | None


@dataclass(frozen=True, slots=True)
class CountyReach:
    programme_id: int
    programme: str
    county_code: str | None
    reached: int
    target: int


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the dashboard shows, read in one pass."""

    headline: Headline
    funnel: Funnel
    sessions: list[SessionReach]
    organisations: list[OrganisationReach]
    categories: list[CategoryReach]
    no_shows: list[NoShow]
    counties: list[CountyReach]

    @property
    def unreached_organisations(self) -> list[OrganisationReach]:
        return [row for row in self.organisations if row.reached == 0]

    @property
    def is_national(self) -> bool:
        return len({county.county_code for county in self.counties}) > 1


class Reach:
    """Reach figures of one document; ``programme_id=None`` means the whole document."""

    def __init__(self, db: Database):
        self.db = db

    # -- reading ----------------------------------------------------------------------
    def overview(self, programme_id: int | None = None) -> Overview:
        counties = self.per_county()
        funnel = self.funnel(programme_id)
        return Overview(
            Headline(funnel.attended, self._target(programme_id, counties)), funnel,
            self.per_session(programme_id), self.by_organisation(programme_id),
            self.by_category(programme_id), self.no_shows(programme_id), counties)

    def headline(self, programme_id: int | None = None) -> Headline:
        return Headline(self.funnel(programme_id).attended, self._target(programme_id, self.per_county()))

    def funnel(self, programme_id: int | None = None) -> Funnel:
        return Funnel(*reach.funnel(self.db, programme_id))

    def per_session(self, programme_id: int | None = None) -> list[SessionReach]:
        return [SessionReach(*row) for row in reach.per_session(self.db, programme_id)]

    def by_organisation(self, programme_id: int | None = None) -> list[OrganisationReach]:
        return [OrganisationReach(*row) for row in reach.by_organisation(self.db, programme_id)]

    def unreached_organisations(self, programme_id: int | None = None) -> list[OrganisationReach]:
        return [row for row in self.by_organisation(programme_id) if row.reached == 0]

    def by_category(self, programme_id: int | None = None) -> list[CategoryReach]:
        """Every category in the fixed order, including those nobody belongs to."""
        counts = reach.by_category(self.db, programme_id)
        targets = reach.targets(self.db, programme_id, "category")
        return [CategoryReach(category, *counts.get(category, (0, 0)), targets.get(category))
                for category in PersonCategory]

    def no_shows(self, programme_id: int | None = None) -> list[NoShow]:
        return [NoShow(person_id, f"{given} {family}".strip(), organisation or "", session_id, title, start)
                for person_id, given, family, organisation, session_id, title, start
                in reach.no_shows(self.db, programme_id)]

    def per_county(self) -> list[CountyReach]:
        return [CountyReach(*row) for row in reach.per_programme(self.db)]

    def national_target(self) -> int:
        stored = settings.get(self.db, NATIONAL_TARGET)
        return int(stored) if stored else DEFAULT_NATIONAL_TARGET

    def category_targets(self, programme_id: int) -> dict[PersonCategory, int]:
        stored = reach.targets(self.db, programme_id, "category")
        return {PersonCategory(key): target for key, target in stored.items()}

    def reach_target(self, programme_id: int) -> int:
        for county in self.per_county():
            if county.programme_id == programme_id:
                return county.target
        raise NotFound("programme", programme_id)

    def default_programme(self) -> int | None:
        return programmes.first_id(self.db)

    def _target(self, programme_id: int | None, counties: list[CountyReach]) -> int:
        """The programme's target; for the whole document the national target once merged."""
        if programme_id is not None:
            return next((c.target for c in counties if c.programme_id == programme_id), 0)
        if len({county.county_code for county in counties}) > 1:
            return self.national_target()
        return sum(county.target for county in counties)

    # -- writing ------------------------------------------------------------------------
    def set_targets(self, programme_id: int, reach_target: int | None = None,
                    categories: dict[str, int | None] | None = None,
                    organisations: dict[str, int | None] | None = None) -> ChangeSet:
        """Set the reach target and per-category / per-organisation (uuid) targets as one change.

        A target of None removes it. Raises InvalidInput for a negative target and
        NotFound for an unknown programme.
        """
        if not self._programme_exists(programme_id):
            raise NotFound("programme", programme_id)
        keyed = {("category", str(PersonCategory(key))): value for key, value in (categories or {}).items()}
        keyed.update({("organisation", key): value for key, value in (organisations or {}).items()})
        values = [reach_target, *keyed.values()]
        if any(value is not None and value < 0 for value in values):
            raise InvalidInput({"target": Problem.NEGATIVE})
        return reach.write_targets(self.db, programme_id, reach_target, keyed)

    def set_national_target(self, target: int) -> None:
        """The national goal lives in the document's settings (merged files carry it)."""
        if target < 0:
            raise InvalidInput({"target": Problem.NEGATIVE})
        settings.put(self.db, NATIONAL_TARGET, str(target))

    def _programme_exists(self, programme_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM programmes WHERE id = ?", [programme_id]).fetchone() is not None
