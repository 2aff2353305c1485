"""Which column of an imported people list holds what - from its values, with the header
breaking ties.

People lists are made by hand in Excel or exported from systems that name columns as
they please: "Förnamn", "First name", "E-post ", "EPOST", or "area_name" over "Ale
kommun", "Region Skåne". So each column is judged by a sample of its values - emails,
phone numbers, organisations (Sweden's municipalities, regions and county boards, or
words such as kommun, förvaltning, AB), category words in few distinct values, job
titles, and names (one word, several words, or "Family, Given") - and by its header,
compared after folding case, diacritics, spaces and punctuation away. Each field goes
to the column that scores highest for it, each column to one field.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache

from .reference import counties, municipalities

FIELDS = ("given_name", "family_name", "full_name", "title", "organisation", "email", "phone",
          "category")

_ALIASES: dict[str, tuple[str, ...]] = {
    "given_name": ("Förnamn", "First name", "Given name", "Firstname", "Tilltalsnamn", "Fornamn", "Förnamn (tilltal)"),
    "family_name": ("Efternamn", "Last name", "Surname", "Family name", "Lastname"),
    "full_name": ("Namn", "Name", "Full name", "Fullständigt namn", "Namn och efternamn", "För- och efternamn",
                  "Deltagare", "Participant", "Ledamot", "Kontaktperson", "Person"),
    "title": ("Titel", "Befattning", "Title", "Position", "Job title", "Roll i organisationen",
              "Tjänst", "Yrkestitel", "Uppdrag", "Funktion", "Tjänstetitel"),
    "organisation": ("Organisation", "Kommun", "Förvaltning", "Myndighet", "Organization",
                     "Organisation/kommun", "Arbetsgivare", "Employer", "Company", "Företag",
                     "Region", "Länsstyrelse", "Verksamhet", "Kommunnamn", "Geografi", "Valområde",
                     "Organisationsnamn", "Municipality", "Huvudman"),
    "email": ("E-post", "Epost", "Mejl", "Mail", "Email", "E-mail", "E-postadress",
              "Mejladress", "Email address", "E-mail address", "Mailadress", "Epostadress", "E-mailadress"),
    "phone": ("Telefon", "Mobil", "Tel", "Phone", "Mobile", "Telefonnummer", "Mobilnummer",
              "Phone number", "Mobile phone", "Tfn", "Mobiltelefon", "Mobiltelefonnummer", "Arbetstelefon",
              "Direktnummer"),
    "category": ("Kategori", "Roll", "Role", "Category", "Målgrupp", "Grupp", "Group", "Personkategori"),
}
# Words inside a header that hint at a field: "area_name", "Kontaktperson e-post".
_HINTS: dict[str, tuple[str, ...]] = {
    "email": ("mail", "epost"),
    "phone": ("phone", "tel", "mobil", "tfn"),
    "organisation": ("org", "kommun", "area", "region", "company", "employer", "myndighet", "forvaltning"),
    "title": ("titel", "title", "befattning", "position", "tjanst", "uppdrag"),
    "category": ("kategori", "category", "roll", "role", "grupp", "group"),
    "given_name": ("fornamn", "first", "given"),
    "family_name": ("efternamn", "last", "surname", "family"),
    "full_name": ("namn", "name"),
}

SAMPLE_ROWS = 200
HEADER_SCORE = 0.9  # a header naming the field
HINT_SCORE = 0.3  # a header with a word hinting at it
MINIMUM_SCORE = 0.6


def fold_header(text: str) -> str:
    """Reduce a header to lower-case ASCII letters and digits: "E-post " and "EPOST" agree."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


_FIELD_BY_ALIAS = {fold_header(alias): field for field, aliases in _ALIASES.items()
                   for alias in aliases}


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it is not a known alias."""
    return _FIELD_BY_ALIAS.get(fold_header(header))


def suggest_mapping(headers: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> dict[int, str]:
    """Map column index to field; each field and each column is used once.

    Without rows, headers alone decide (the leftmost of two "Telefon", "Mobil" wins).
    With rows, a sample of each column's values is judged too, so a column named
    "area_name" holding "Ale kommun" is the organisation, and a column named "Namn"
    holding emails is not the name.
    """
    sample = rows[:SAMPLE_ROWS]
    candidates = []
    for index, header in enumerate(headers):
        values = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
        scores = judge_values(values) if values else {}
        named = field_for_header(header)
        folded = fold_header(header)
        for field in FIELDS:
            score = scores.get(field, 0.0)
            if field == named:
                score += HEADER_SCORE
            elif named is None and any(hint in folded for hint in _HINTS[field]):
                score += HINT_SCORE
            if score >= MINIMUM_SCORE:
                candidates.append((score, -index, index, field))
    mapping: dict[int, str] = {}
    for _, _, index, field in sorted(candidates, reverse=True):
        if index not in mapping and field not in mapping.values() and _fits(field, mapping):
            mapping[index] = field
    _given_before_family(mapping, {(index, field): score for score, _, index, field in candidates})
    return dict(sorted(mapping.items()))


def _given_before_family(mapping: dict[int, str], scores: dict[tuple[int, str], float]) -> None:
    """Given and family name are one decision: swap them when the other way round scores
    higher, or as high with the given name to the left (as lists are written)."""
    columns = {field: index for index, field in mapping.items()}
    given, family = columns.get("given_name"), columns.get("family_name")
    if given is None or family is None:
        return
    as_is = scores.get((given, "given_name"), 0) + scores.get((family, "family_name"), 0)
    swapped = scores.get((family, "given_name"), 0) + scores.get((given, "family_name"), 0)
    if swapped > as_is or (swapped == as_is and family < given):
        mapping[given], mapping[family] = "family_name", "given_name"


def _fits(field: str, mapping: dict[int, str]) -> bool:
    """A full-name column and given/family columns are two ways of one thing: not both."""
    taken = set(mapping.values())
    if field == "full_name":
        return not taken & {"given_name", "family_name"}
    if field in ("given_name", "family_name"):
        return "full_name" not in taken
    return True


# -- what values look like --------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_PHONE = re.compile(r"^(?:\+|00|0|\(0)[\d\s\-()/.]{5,24}$")
_PERSONAL_NUMBER = re.compile(r"^(?:(?:19|20)\d{6}[-+]?\d{4}|\d{6}[-+]\d{4})$")  # not a phone number
_PARTICLES = frozenset(("von", "af", "av", "de", "der", "van", "den", "da", "di", "la", "le", "du", "al", "el", "bin",
                        "ibn"))
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’´.-]*|" + "|".join(sorted(_PARTICLES)) + ")$")
_ORGANISATION_WORDS = frozenset((
    "kommun", "kommunen", "region", "regionen", "lansstyrelse", "lansstyrelsen", "stad", "staden",
    "forvaltning", "forvaltningen", "myndighet", "myndigheten", "ab", "hb", "kb", "landsting", "landstinget",
    "namnd", "namnden", "kommunforbund", "forbund", "forbundet", "bolag", "bolaget", "universitet", "hogskola",
    "verket", "styrelsen", "samordningsforbund", "kansli", "kansliet", "radet", "council", "county",
    "municipality", "agency", "ltd", "inc", "gmbh", "department", "authority", "board", "skr",
    "forening", "foreningen", "stiftelse", "stiftelsen", "kyrka", "sjukhus", "polisen"))
_TITLE_WORDS = re.compile(
    r"chef|direktor|ordforande|ledamot|ersattare|handlaggare|samordnare|strateg|controller|sekreterare|"
    r"radgivare|ansvarig|projektledare|kommunalrad|regionrad|oppositionsrad|landshovding|lansrad|"
    r"utvecklare|specialist|ingenjor|arkitekt|ekonom|jurist|koordinator|manager|director|officer|"
    r"\bhead\b|coordinator|advisor|adviser|\bcio\b|\bceo\b|\bcdo\b|\bvd\b|fullmaktig|politiker|"
    r"tjansteman|tjansteperson|konsult|analytiker|larare|rektor|assistent|administrator|vice\b")
_CATEGORY_WORDS = re.compile(
    r"fortroendevald|politiker|tjansteman|tjansteperson|ledande|forvaltningschef|ledning|ovrig|annan|"
    r"elected|official|management|other|senior|head of")
# Endings of most Swedish family names (Andersson, Lindberg, Bergström, Lundqvist...).
_FAMILY_ENDING = re.compile(
    r"(?:son|berg|borg|strom|lund|lind|gren|qvist|quist|kvist|dahl|dal|holm|ander|blad|stedt|mark|ling|ius|"
    r"gard|fors|sjo|vall|wall|lof|hag|hall|bro)$")


def judge_values(values: Sequence[str]) -> dict[str, float]:
    """The share of values that look like each field (0..1)."""
    kinds = Counter(value_kind(value) for value in values)
    total = len(values)
    share = {kind: count / total for kind, count in kinds.items()}
    place = share.get("place", 0.0)  # "Gotland", "Berg": a municipality, or a family name
    scores = {"email": share.get("email", 0.0), "phone": share.get("phone", 0.0),
              "organisation": share.get("organisation", 0.0) + place}
    distinct = len(set(values))
    words = share.get("category", 0.0)
    few_values = distinct <= max(6, total // 5)
    scores["category"] = words if few_values else words / 2
    scores["title"] = share.get("title", 0.0) + (words / 2 if not few_values else 0.0)
    scores["full_name"] = share.get("full_name", 0.0)
    single = share.get("name_word", 0.0) + place / 2
    if single:
        endings = sum(1 for value in values if value_kind(value) in ("name_word", "place") and _FAMILY_ENDING.search(
            _fold(value))) / (single * total)
        scores["family_name"] = single * (0.6 + 0.4 * endings)
        scores["given_name"] = single * (1.0 - 0.4 * endings)
    return scores


@cache
def value_kind(value: str) -> str:
    """email, phone, organisation, place (a municipality's name alone), category, title,
    full_name, name_word or other."""
    if "@" in value:
        return "email" if _EMAIL.match(value) else "other"
    if _PHONE.match(value) and sum(char.isdigit() for char in value) >= 6 and \
            not _PERSONAL_NUMBER.match(value.replace(" ", "")):
        return "phone"
    folded = _fold(value)
    words = folded.replace("-", " ").replace(",", " ").replace("/", " ").split()
    if not words or any(char.isdigit() for char in value):
        return "other"
    if set(words) & _ORGANISATION_WORDS:
        return "organisation"
    if folded in _place_names():
        return "place"
    if _CATEGORY_WORDS.search(folded) and len(words) <= 4:
        return "category" if not _TITLE_WORDS.search(folded) or _CATEGORY_WORDS.match(folded) else "title"
    if _TITLE_WORDS.search(folded):
        return "title"
    return _name_shape(value)


def _name_shape(value: str) -> str:
    """full_name for "Anna Berg", "Berg, Anna", "Karl von Linné"; name_word for "Anna",
    "Anna-Karin", "Lindström"; other for anything else. A stray quotation mark is no matter."""
    value = value.strip('"')
    family, comma, given = value.partition(",")
    parts = (family.split() + given.split()) if comma else value.split()
    if not parts or not all(_NAME_WORD.match(part) for part in parts) or not \
            (parts[0][0].isupper() or (len(parts) > 1 and parts[0] in _PARTICLES)):
        return "other"
    if comma:
        return "full_name" if family.strip() and given.strip() else "other"
    if len(parts) == 1 and len(value) < 2:  # "K", "S": a code, not a name
        return "other"
    if len(parts) == 2 and parts[0] in _PARTICLES:  # "von Essen", "af Klint": a family name
        return "name_word"
    return "full_name" if len(parts) >= 2 else "name_word"


def looks_like_data(cells: Sequence[str]) -> bool:
    """A row holding an email or a phone number is a person, not a header."""
    return any(value_kind(cell.strip()) in ("email", "phone") for cell in cells if cell.strip())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


@cache
def _place_names() -> frozenset[str]:
    """Sweden's municipalities, counties and regions, folded ("gotland", "ale", "region skane")."""
    names = {_fold(municipality.name) for municipality in municipalities()}
    for county in counties():
        names |= {_fold(county.name), _fold(county.region_name), _fold(county.name.removesuffix(" län"))}
    return frozenset(names)
