"""Swedish alphabetical order: a-z, then å, ä, ö.

One key function serves every place a person sees a sorted list: the stored
``sort_key`` columns (so SQLite's BINARY order on an index is Swedish order) and the
``swedish`` collation registered on every connection.
"""

import unicodedata

# After z come å, ä, ö. Their keys are the three code points after "z" in ASCII,
# so plain byte order of the key is Swedish order.
_AFTER_Z = {"å": "{", "ä": "|", "ö": "}"}
# Letters Swedish alphabetises as another letter (SAOL): æ as ä, ø as ö, ü as y.
_SAME_AS = {"æ": "ä", "ø": "ö", "ü": "y", "ß": "ss"}


def swedish_key(text: str | None) -> str:
    """Return a string whose code point order is Swedish alphabetical order of ``text``.

    Case and accents other than å, ä, ö are ignored (é sorts as e), as in a Swedish
    dictionary.
    """
    if not text:
        return ""
    out = []
    for char in text.strip().casefold():
        char = _SAME_AS.get(char, char)
        if char in _AFTER_Z:
            out.append(_AFTER_Z[char])
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        out.append(base)
    return "".join(out)


def swedish_compare(left: str | None, right: str | None) -> int:
    """Three-way comparison in Swedish order, for SQLite's create_collation."""
    a, b = swedish_key(left), swedish_key(right)
    if a != b:
        return -1 if a < b else 1
    # Same letters: fall back to the raw text so the order is total and stable.
    left, right = left or "", right or ""
    return (left > right) - (left < right)
