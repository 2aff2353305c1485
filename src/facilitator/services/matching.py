"""Recognising the same person under different spellings: shared by the people import
(duplicates) and the attendance import (participants to people).

Names from Excel, Teams and Zoom differ in ways that do not make them different people:
``Berg, Anna`` and ``Anna Berg``; ``Anna Berg (Extern)``; ``ANNA  BERG``; ``Åsa`` typed
as ``Asa``. :func:`name_key` folds all of those to one key; :func:`closest` scores the
near misses (typos, a missing middle name) with rapidfuzz, for a person to confirm.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

# Family names that begin with a particle keep it: "Anna von Berg" -> ("Anna", "von Berg").
_PARTICLES = {"af", "av", "von", "van", "de", "der", "da", "di", "del", "la", "le", "du", "zu"}
# What Teams and Zoom append to a name: "(Extern)", "(EXT)", "(Guest)", "[Gäst]", "(Region Gotland)".
_APPENDED = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")
_NOT_NAME = re.compile(r"[^\w\s'-]+")


def fold(text: str) -> str:
    """Lower case without accents or extra spaces: "  Åsa  ÖSTBERG " -> "asa ostberg"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").split())


def strip_appended(name: str) -> str:
    """The name without the bracketed notes meeting tools add at its end."""
    previous = None
    while previous != name and name.rstrip().endswith((")", "]")):
        previous, name = name, _APPENDED.sub("", name)
    return name.strip()


def split_full_name(name: str) -> tuple[str, str]:
    """(given, family) from one name cell.

    "Berg, Anna" is family-first (the comma says so); otherwise the last word is the
    family name, with any particle before it ("Anna von Berg"). A single word is taken
    as the family name, since the register sorts and finds people by it.
    """
    name = " ".join(strip_appended(name).split())
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    words = name.split(" ")
    if len(words) == 1:
        return "", words[0]
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def name_key(name: str) -> str:
    """The key two spellings of one person's name share: folded words in sorted order,
    so "Berg, Anna", "anna berg (EXT)" and "Anna  Berg" are the same key."""
    words = _NOT_NAME.sub(" ", strip_appended(name).replace(",", " ")).split()
    return " ".join(sorted(_folded_word(word) for word in words))


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> str:
    """fold() of one word, cached: a register of 100 000 people has far fewer names."""
    return fold(word)


def person_name_key(given: str, family: str) -> str:
    return name_key(f"{given} {family}")


def email_key(email: str) -> str:
    """Addresses are the same ignoring case and surrounding spaces."""
    return email.strip().casefold()


_GUEST_UPN = re.compile(r"(?P<local>.+)_(?P<domain>[^_@#]+\.[^_@#]+)#ext#@", re.IGNORECASE)


def guest_address(upn: str) -> str:
    """The guest's own address inside a Teams guest UPN:
    "lena.gran_gotland.se#EXT#@lansstyrelsen.onmicrosoft.com" -> "lena.gran@gotland.se"."""
    match = _GUEST_UPN.match(upn.strip())
    return email_key(f"{match['local']}@{match['domain']}") if match else ""


def similar_titles(first: str, second: str) -> bool:
    """Whether two meeting titles could name the same meeting ("Våga vara digital!
    Digitalt ledarskap" and "Digitalt ledarskap"): most words of the shorter in the longer."""
    return fuzz.token_set_ratio(fold(first), fold(second)) >= 60


@dataclass(frozen=True)
class Scored:
    key: str
    score: float  # 0-100, rapidfuzz's token_sort_ratio


def closest(key: str, keys: Iterable[str], *, cutoff: float, limit: int = 3) -> list[Scored]:
    """The keys most like ``key`` scoring at least ``cutoff``, best first.

    token_sort_ratio ignores word order (keys are sorted words already) and scores
    typos and one missing or extra letter high, a different person low.
    """
    found = process.extract(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=limit)
    return [Scored(match, round(score, 1)) for match, score, _ in found]
