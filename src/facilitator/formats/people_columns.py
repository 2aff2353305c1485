"""Which column of an imported people list holds what, from its Swedish or English header.

People lists are made by hand in Excel, so a header reads "Förnamn", "First name",
"E-post " or "EPOST" alike. Headers are compared after folding case, diacritics,
spaces and punctuation away, so every spelling of one alias matches.
"""

import unicodedata

FIELDS = ("given_name", "family_name", "full_name", "title", "organisation", "email", "phone",
          "category")

_ALIASES: dict[str, tuple[str, ...]] = {
    "given_name": ("Förnamn", "First name", "Given name", "Firstname", "Tilltalsnamn"),
    "family_name": ("Efternamn", "Last name", "Surname", "Family name", "Lastname"),
    "full_name": ("Namn", "Name", "Full name", "Fullständigt namn", "Namn och efternamn",
                  "Deltagare", "Participant"),
    "title": ("Titel", "Befattning", "Title", "Position", "Job title", "Roll i organisationen",
              "Tjänst", "Yrkestitel"),
    "organisation": ("Organisation", "Kommun", "Förvaltning", "Myndighet", "Organization",
                     "Organisation/kommun", "Arbetsgivare", "Employer", "Company", "Företag",
                     "Region", "Länsstyrelse", "Verksamhet"),
    "email": ("E-post", "Epost", "Mejl", "Mail", "Email", "E-mail", "E-postadress",
              "Mejladress", "Email address", "E-mail address", "Mailadress"),
    "phone": ("Telefon", "Mobil", "Tel", "Phone", "Mobile", "Telefonnummer", "Mobilnummer",
              "Phone number", "Mobile phone", "Tfn", "Mobiltelefon"),
    "category": ("Kategori", "Roll", "Role", "Category", "Målgrupp", "Grupp", "Group"),
}


def fold_header(text: str) -> str:
    """Reduce a header to lower-case ASCII letters and digits: "E-post " and "EPOST" agree."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


_FIELD_BY_ALIAS = {fold_header(alias): field for field, aliases in _ALIASES.items()
                   for alias in aliases}


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it is not a known alias."""
    return _FIELD_BY_ALIAS.get(fold_header(header))


def suggest_mapping(headers: list[str]) -> dict[int, str]:
    """Map column index to field for every header that names one; each field is used once.

    The leftmost column wins when two headers name the same field ("Telefon", "Mobil"),
    so a second phone column is left for the user to map by hand.
    """
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping
