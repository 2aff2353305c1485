"""Which of the document's organisations a cell of text means.

An Excel sheet names an organisation however its author writes it: by code ("0980"),
by its name ("Region Gotland"), or by a variant ("Laholms kommun", "Laholms Kommun",
"Laholm kommun" for the municipality "Laholm"; "Länsstyrelsen Gotland" for
"Länsstyrelsen i Gotlands län"). Variants reduce to a *kind* (the words kommun, region,
länsstyrelsen say which) and a *core* (the place, without the genitive s), and match
when both agree. What stays unsure gets a suggestion with a score for the user to
confirm; a place that exists in Sweden but not in this document is said so by name,
with the organisation as Sweden's lists have it (name, kind, code, county) ready to be
created.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from ..domain.enums import OrganisationKind
from ..domain.records import Organisation
from ..formats.reference import counties, municipalities
from ..store import organisations
from .matching import closest, fold

# Words that say which kind of organisation a text means; dropped from its core.
_KIND_WORDS = {
    "kommun": OrganisationKind.MUNICIPALITY, "kommunen": OrganisationKind.MUNICIPALITY,
    "stad": OrganisationKind.MUNICIPALITY, "staden": OrganisationKind.MUNICIPALITY,
    "region": OrganisationKind.REGION, "regionen": OrganisationKind.REGION,
    "lansstyrelsen": OrganisationKind.COUNTY_BOARD, "lansstyrelse": OrganisationKind.COUNTY_BOARD,
}
_FILLER_WORDS = {"i", "lan"}
# When a text names no kind and several organisations share its core ("Gotland"), the
# suggestion is the first of these kinds.
_KIND_PREFERENCE = (OrganisationKind.MUNICIPALITY, OrganisationKind.REGION, OrganisationKind.OTHER,
                    OrganisationKind.COUNTY_BOARD)
FUZZY_CUTOFF = 80.0
CERTAIN = 100.0
AMBIGUOUS_SCORE = 90.0


class How:
    """How a text was resolved (codes the wizard shows as words)."""

    EMPTY = "empty"
    CODE = "code"
    NAME = "name"
    VARIANT = "variant"
    AMBIGUOUS = "ambiguous"
    FUZZY = "fuzzy"
    NOT_IN_DOCUMENT = "not_in_document"
    UNKNOWN = "unknown"
    # Decided by the user (see PeopleImport.plan's ``organisations``):
    CHOSEN = "chosen"  # one of the document's organisations
    NEW = "new"  # an organisation to create
    WITHOUT = "without"  # none; the name is kept in the person's notes


@dataclass(frozen=True)
class Resolution:
    text: str
    organisation_id: int | None  # set when certain
    suggestion_id: int | None = None  # the best guess when unsure, for the user to confirm
    score: float = 0.0  # 100 when certain, the fuzzy score of a suggestion, 0 when nothing
    how: str = How.UNKNOWN
    official: Organisation | None = None  # for NOT_IN_DOCUMENT: the organisation in Sweden's lists

    @property
    def certain(self) -> bool:
        return self.organisation_id is not None

    @property
    def official_name(self) -> str:
        return self.official.name if self.official else ""

    def to_create(self) -> Organisation:
        """The organisation to create for this text: Sweden's own where the text names a
        municipality, region or county board anywhere in Sweden, else the text as written
        (of the kind its words say, e.g. "... kommun", or other)."""
        if self.official is not None:
            return self.official
        kind, _ = kind_and_core(self.text)
        return Organisation(" ".join(self.text.split()), kind or OrganisationKind.OTHER)


def kind_and_core(text: str) -> tuple[OrganisationKind | None, str]:
    """("Laholms Kommun") -> (MUNICIPALITY, "laholm"); ("Gotland") -> (None, "gotland")."""
    kind = None
    words = []
    for word in fold(text.replace("-", " - ")).split():
        if word in _KIND_WORDS:
            kind = kind or _KIND_WORDS[word]
        elif word not in _FILLER_WORDS:
            words.append(word)
    core = " ".join(words).replace(" - ", "-")
    return kind, core[:-1] if core.endswith("s") else core


@dataclass(frozen=True)
class _Known:
    id: int
    name: str
    kind: OrganisationKind
    code: str


class OrganisationResolver:
    """Resolves organisation texts against one document's organisations (cached per text)."""

    def __init__(self, known: list[_Known]):
        self._known = {organisation.id: organisation for organisation in known}
        self._by_code = {organisation.code: organisation.id for organisation in known if organisation.code}
        self._by_name = {fold(organisation.name): organisation.id for organisation in known}
        self._by_core: dict[str, dict[int, OrganisationKind]] = defaultdict(dict)
        for organisation in known:
            for kind, core in _cores(organisation):
                self._by_core[core][organisation.id] = kind
        self._elsewhere = _reference_cores()
        self._cache: dict[str, Resolution] = {}

    @classmethod
    def of(cls, db: Database) -> "OrganisationResolver":
        rows = organisations.grouped_rows(db)
        return cls([_Known(row["id"], row["name"], OrganisationKind(row["kind"]), row["official_code"] or "")
                    for row in rows])

    def name(self, organisation_id: int) -> str:
        return self._known[organisation_id].name

    def kind(self, organisation_id: int | None) -> OrganisationKind | None:
        return self._known[organisation_id].kind if organisation_id in self._known else None

    def with_code(self, kind: OrganisationKind, code: str | None) -> int | None:
        """The document's organisation of this kind and official code, if any."""
        return next((known.id for known in self._known.values() if code and known.kind == kind
                     and known.code == code), None)

    def resolve(self, text: str) -> Resolution:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._resolve(text.strip())
        return found

    def _resolve(self, text: str) -> Resolution:
        if not text:
            return Resolution(text, None, how=How.EMPTY)
        if text in self._by_code:
            return Resolution(text, self._by_code[text], score=CERTAIN, how=How.CODE)
        if fold(text) in self._by_name:
            return Resolution(text, self._by_name[fold(text)], score=CERTAIN, how=How.NAME)
        return self._by_variant(text) or self._by_fuzzy(text) or self._not_in_document(text)

    def _by_variant(self, text: str) -> Resolution | None:
        kind, core = kind_and_core(text)
        candidates = {id_: known_kind for id_, known_kind in self._by_core.get(core, {}).items()
                      if kind is None or known_kind == kind}
        if len(candidates) == 1:
            return Resolution(text, next(iter(candidates)), score=CERTAIN, how=How.VARIANT)
        if candidates:
            best = min(candidates, key=lambda id_: _KIND_PREFERENCE.index(candidates[id_]))
            return Resolution(text, None, best, AMBIGUOUS_SCORE, How.AMBIGUOUS)
        return None

    def _by_fuzzy(self, text: str) -> Resolution | None:
        if kind_and_core(text) in self._elsewhere:
            return None  # a real place this document lacks: say so rather than guess
        found = closest(fold(text), list(self._by_name), cutoff=FUZZY_CUTOFF, limit=1)
        if not found:
            return None
        return Resolution(text, None, self._by_name[found[0].key], found[0].score, How.FUZZY)

    def _not_in_document(self, text: str) -> Resolution:
        official = self._elsewhere.get(kind_and_core(text))
        return Resolution(text, None, how=How.NOT_IN_DOCUMENT if official else How.UNKNOWN, official=official)


def _cores(organisation: _Known) -> list[tuple[OrganisationKind, str]]:
    """The (kind, core) keys an organisation answers to; a region that is also its
    municipality (Region Gotland, code 0980) answers to the municipality's name too."""
    found = [(organisation.kind, kind_and_core(organisation.name)[1])]
    if organisation.kind == OrganisationKind.REGION:
        found += [(OrganisationKind.MUNICIPALITY, kind_and_core(m.name)[1])
                  for m in municipalities() if m.code == organisation.code]
    return found


@cache
def _reference_cores() -> dict[tuple[OrganisationKind | None, str], Organisation]:
    """Every municipality, region and county board of Sweden by (kind, core), and
    municipalities also by core alone ("Laholm" written without "kommun"), as the
    organisation ``setup.county_organisations`` would make of it. Where the region is
    the municipality (Gotland), the municipality's name leads to the region."""
    found: dict[tuple[OrganisationKind | None, str], Organisation] = {}
    regions_by_municipality = {}
    for county in counties():
        found[(OrganisationKind.COUNTY_BOARD, kind_and_core(county.name)[1])] = Organisation(
            county.county_board_name, OrganisationKind.COUNTY_BOARD, county.code, county.code)
        region = Organisation(county.region_name, OrganisationKind.REGION,
                              county.region_municipality_code or county.code, county.code)
        found[(OrganisationKind.REGION, kind_and_core(county.region_name)[1])] = region
        if county.region_municipality_code:
            regions_by_municipality[county.region_municipality_code] = region
    for municipality in municipalities():
        core = kind_and_core(municipality.name)[1]
        found[(OrganisationKind.MUNICIPALITY, core)] = found[(None, core)] = regions_by_municipality.get(
            municipality.code, Organisation(municipality.name, OrganisationKind.MUNICIPALITY, municipality.code,
                                            municipality.county_code))
    return found
