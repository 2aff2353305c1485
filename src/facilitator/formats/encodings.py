"""Which encoding a text file is in, when it does not say.

A BOM says it (UTF-8, UTF-16); so does UTF-16 without one (a NUL in every other byte
of Latin text), and bytes that are valid UTF-8 are UTF-8. What is left is one of the
one-byte encodings lists are saved in: Windows-1252 (Swedish Excel on Windows),
Mac OS Roman (Excel and Numbers on a Mac), code page 850 (old DOS exports) - and,
rarely, something else. Each of these decodes any Swedish list without an error, into
different letters: "Mårta Ekström" saved on a Mac reads "MŒrta Ekstršm" as
Windows-1252. So charset-normalizer proposes the encodings that read the bytes
without chaos, the three above are always among them, and the reading with the most
plausible letters for a Swedish list wins: å ä ö Å Ä Ö é count most, other Latin
letters of names a little, and symbols no list holds (¤ ¶ † ‰ ƒ ™ √ ├ …) count
against. A file whose best reading is still full of those, or that mixes UTF-8 lines
with lines in another encoding, is refused with the line that gives it away.
"""

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from ..domain.translatable import QT_TRANSLATE_NOOP, Phrase
from .errors import UnreadableFile

# In order of preference when two readings are equally plausible.
SWEDISH_LEGACY = ("cp1252", "mac_roman", "cp850")
# Refused when more than this share of the non-ASCII characters read as symbols no list holds.
IMPLAUSIBLE_SHARE = 0.05

_SWEDISH_LETTERS = frozenset("åäöÅÄÖé")
_NEUTRAL = frozenset("€£$§°´\u00a0\u00ad")
_IMPLAUSIBLE = frozenset("¶†‡‰¿¡ƒıﬁﬂπΩµªº")
_ASCII = bytes(range(128))
# "å" in UTF-8 (and every letter from À to ÿ) starts with C3: read as Windows-1252 it is
# "Ã" followed by a symbol - never a Swedish list's text.
_UTF8_LATIN = re.compile(rb"\xc3[\x80-\xbf]")
# A capital beyond ASCII inside a word (after a letter, before a lower-case one): no name or
# word is written so, but "HÅseyin" is "Hüseyin" read in the wrong encoding.
_CAPITAL_INSIDE_WORD = re.compile(r"[A-Za-zà-ÿ][À-ÞĀ-Ž](?=[a-zà-ÿ])")
_CASE_SAMPLE = 200_000
CASE_WEIGHT = -3
_CONTROL_ALLOWED = {"\t", "\n", "\r", "\f", "\v", "\x1a"}

# Signatures of file kinds people save under a wrong name, with what to tell them.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "a zip archive")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "wrong_extension",
     QT_TRANSLATE_NOOP("Readers", "an old Excel workbook (.xls) or another Office document")),
    (b"%PDF", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "a PDF document")),
    (b"SQLite format 3\x00", "wrong_extension", QT_TRANSLATE_NOOP("Readers", "an SQLite database")),
    (b"\x89PNG", "binary", QT_TRANSLATE_NOOP("Readers", "a PNG image")),
    (b"\xff\xd8\xff", "binary", QT_TRANSLATE_NOOP("Readers", "a JPEG image")),
    (b"GIF8", "binary", QT_TRANSLATE_NOOP("Readers", "a GIF image")),
)


def describe_binary(data: bytes) -> tuple[str, str] | None:
    """(reason, what the content really is) for a known non-text signature, else None."""
    for signature, reason, kind in _SIGNATURES:
        if data.startswith(signature):
            if signature == b"PK\x03\x04":
                return reason, _describe_zip(data)
            return reason, kind
    return None


def _describe_zip(data: bytes) -> str:
    """Tell an Excel workbook and an OpenDocument spreadsheet from any other zip."""
    names = data[:65536] + data[-65536:]
    if b"application/vnd.oasis.opendocument.spreadsheet" in names:
        return QT_TRANSLATE_NOOP("Readers", "an OpenDocument spreadsheet (.ods)")
    if b"xl/workbook.xml" in names:
        return QT_TRANSLATE_NOOP("Readers", "an Excel workbook (.xlsx)")
    return QT_TRANSLATE_NOOP("Readers", "a zip archive")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file: BOM first (UTF-8, UTF-16), then strict UTF-8, then the
    encoding that reads it most plausibly (:func:`decode`); composed (NFC).

    Raises UnreadableFile("binary"/"wrong_extension") for content that is not text at
    all, UnreadableFile("encoding") for text no encoding reads cleanly.
    """
    found = describe_binary(data)
    if found is not None:
        reason, kind = found
        raise UnreadableFile(reason, QT_TRANSLATE_NOOP("Readers", "The file is really %1, not a text file."),
                             args=(Phrase(kind),))
    text, encoding = decode(data)
    _refuse_control_characters(text)
    return nfc(text), encoding


def _refuse_control_characters(text: str) -> None:
    """Text with many control characters is binary data that happened to decode."""
    controls = sum(1 for char in text[:100_000]
                   if (char < " " or char == "\x7f") and char not in _CONTROL_ALLOWED)
    if controls > max(2, len(text[:100_000]) // 1000) or "\x00" in text:
        raise UnreadableFile("binary", QT_TRANSLATE_NOOP("Readers", "The file holds binary data, not text."))




def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding. Raises UnreadableFile("binary" or "encoding")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    bomless_utf16 = _bomless_utf16(data)
    if bomless_utf16:
        return _strict(data, bomless_utf16), bomless_utf16
    if b"\x00" in data:
        raise UnreadableFile("binary", QT_TRANSLATE_NOOP("Readers", "The file holds binary data, not text."))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = legacy_encoding(data)
    return data.decode(encoding), encoding


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows a NUL in every other byte of plain Latin text."""
    sample = data[:400]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    if sample[1::2].count(0) >= 0.9 * pairs and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) >= 0.9 * pairs and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFile("encoding", QT_TRANSLATE_NOOP(
            "Readers", "The file says it is %1 but holds bytes that are not. "
            "Save it again as 'CSV UTF-8' and try again."),
            line=_line_of(data[:error.start], encoding), args=(encoding.upper(),)) from error


@dataclass(frozen=True)
class Reading:
    encoding: str
    score: int  # the higher, the more it reads like a Swedish list
    implausible: int  # characters no list holds
    non_ascii: int


def legacy_encoding(data: bytes) -> str:
    """The one-byte (or other non-UTF) encoding that reads ``data`` most plausibly.

    Raises UnreadableFile("encoding") when charset-normalizer finds no encoding that
    reads the bytes without chaos, when the best reading is full of symbols no list
    holds, or when UTF-8 lines are mixed with lines in another encoding."""
    proposed = _proposed(data)
    high = Counter(data.translate(None, _ASCII))
    sample = data[:_CASE_SAMPLE]
    readings = [replace(reading, score=reading.score + CASE_WEIGHT * _case_breaks(sample, encoding))
                for encoding in _candidates(proposed) if (reading := _reading(data, encoding, high)) is not None]
    preference = {codecs.lookup(encoding).name: index for index, encoding in enumerate(SWEDISH_LEGACY)}
    best = max(readings, key=lambda reading: (reading.score, -preference.get(reading.encoding, len(preference))))
    if best.encoding == "cp1252" and (mixed := _UTF8_LATIN.search(data)):
        raise UnreadableFile("encoding", QT_TRANSLATE_NOOP(
            "Readers", "The file mixes two encodings: some lines are UTF-8, others Windows-1252, so some "
            "letters would come out wrong. Save the list again from one program as 'CSV UTF-8'."),
            line=_line_of(data[:mixed.start()], "cp1252"))
    if not proposed or best.implausible > IMPLAUSIBLE_SHARE * best.non_ascii:
        text = data.decode(best.encoding, errors="replace")
        line, content = _first_implausible_line(text)
        raise UnreadableFile("encoding", QT_TRANSLATE_NOOP(
            "Readers", "The text is not UTF-8, and no other encoding reads it cleanly (it would read "
            "\"%1\"). Save it from Excel as 'CSV UTF-8' and try again."), line=line, args=(content,))
    return best.encoding


def _proposed(data: bytes) -> list[str]:
    """The encodings charset-normalizer finds readable without chaos, best first."""
    from charset_normalizer import from_bytes  # only where a file is not UTF-8

    return [match.encoding for match in from_bytes(data)]


def _case_breaks(sample: bytes, encoding: str) -> int:
    """Capital letters inside words, as a wrong reading makes them: "HÅseyin" for "Hüseyin"."""
    return len(_CAPITAL_INSIDE_WORD.findall(sample.decode(encoding, errors="replace")))


def _candidates(proposed: list[str]) -> list[str]:
    found: list[str] = []
    for name in (*SWEDISH_LEGACY, *proposed):
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            continue
        if canonical not in found and not canonical.startswith("utf"):
            found.append(canonical)
    return found


def _reading(data: bytes, encoding: str, high: Counter) -> Reading | None:
    """How plausible the text reads in ``encoding``; None if it cannot be read at all."""
    if _one_byte(encoding):
        try:
            characters = Counter({bytes([byte]).decode(encoding): count for byte, count in high.items()})
        except UnicodeDecodeError:
            return None
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        characters = Counter(char for char in text if char > "\x7f")
    score = implausible = 0
    for char, count in characters.items():
        weight = plausibility(char)
        score += weight * count
        implausible += count if weight < 0 else 0
    return Reading(encoding, score, implausible, sum(characters.values()))


@cache
def _one_byte(encoding: str) -> bool:
    return len(bytes(range(256)).decode(encoding, errors="replace")) == 256


@cache
def plausibility(char: str) -> int:
    """2 for å ä ö Å Ä Ö é, 1 for other Latin letters of names, 0 for punctuation, spaces
    and letters of other scripts, -3 for what no list of people holds."""
    if char in _SWEDISH_LETTERS:
        return 2
    if char in _NEUTRAL:
        return 0
    if char in _IMPLAUSIBLE:
        return -3
    if "\u00c0" <= char <= "\u017f" and char not in "×÷":
        return 1
    category = unicodedata.category(char)
    if category[0] in "PZ" or category in ("Ll", "Lu", "Lo", "Lt", "Nd", "No", "Cf"):
        return 0
    return -3  # symbols, modifier letters, control characters, box drawing


def _first_implausible_line(text: str) -> tuple[int, str]:
    for number, line in enumerate(text.splitlines(), start=1):
        if any(char > "\x7f" and plausibility(char) < 0 for char in line):
            return number, line.strip()[:60]
    return 1, ""


def _line_of(before: bytes, encoding: str) -> int:
    """The 1-based line that starts after ``before`` (LF, CRLF or CR line ends)."""
    text = before.decode(encoding, errors="replace")
    return text.count("\n") + 1 if "\n" in text else text.count("\r") + 1


def nfc(text: str) -> str:
    """Text in composed form: a decomposed "Å" (A + ring) sorts and matches as "Å"."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
