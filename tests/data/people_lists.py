"""Generate invitee lists the way the programs people use write them, for the property test
(``tests/test_people_import.py``) - and, run as a script, a few samples to look at.

The column shapes are those of real Swedish lists found in public code: the template of
Swedish Excel users (Förnamn;Efternamn;Titel;Organisation;E-post;Telefon;Kategori), a
Ladok export (Personnummer;Efternamn;Förnamn;E-postadress - family name first), a school
platform export (Förnamn;Efternamn;E-post;Användartyp;Mobiltelefonnummer), a "Namn;
Befattning;Kommun;Epost;Mobil;Roll" list, English headers, a system export with its own
column names (area_name;person;contact), the election authority's list of councillors
(Valtyp;Geografi;Parti;Namn "Family, Given";Födelseår - no emails) and a list without a
header. The variety: 1 to 300 people with namesakes (same name, other email), names with
å ä ö é ë ü and from other languages, titles holding the delimiter or a line break, the
encodings (UTF-8 with and without BOM, UTF-16 LE/BE with BOM, Windows-1252, Mac OS Roman,
code page 850), delimiters ; , tab, line ends CRLF, LF and CR (old Mac), title rows
above the header, Excel's "sep=;" line, trailing empty columns and blank rows of a
re-save, decomposed letters (macOS), a stray quotation mark - and XLSX and ODS workbooks.

``generate(shape, seed, ...)`` returns the file's bytes, its suffix, and the people as
they must come out: given name, family name, email, organisation text.
"""

import io
import random
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

try:
    from .hostile_workbooks import ods, ods_cell, ods_row
except ImportError:  # run as a script
    from hostile_workbooks import ods, ods_cell, ods_row

GIVEN = ["Anna", "Åsa", "Märta", "Örjan", "Björn", "Karin", "Zoë", "Per", "Lars", "Eva", "Jörgen", "René",
         "Ann-Sofie", "Mohammed", "Fatima", "Jan-Erik", "Ingrid", "Sören", "Agneta", "Göran", "Maria", "Erik",
         "Ulla-Britt", "Hüseyin", "Elin", "Sven"]
FAMILY = ["Andersson", "Ekström", "Åkesson", "Öberg", "Lindén", "Nyström", "Sjöberg", "Hallén", "Wallin",
          "Yilmaz", "von Essen", "Ek", "Berg", "Lindqvist", "Holmström", "Pettersson", "Söderberg", "Karlsson",
          "Al-Hassan", "O'Connor", "Müller", "Björk", "Ängström", "Zetterlund"]
SWEDISH_FAMILY = ["Ekström", "Åkesson", "Öberg", "Sjöberg", "Söderberg", "Ängström"]
UNICODE_ONLY = [("Thảo", "Nguyễn"), ("Łukasz", "Wróbel"), ("Ayşe", "Çelik")]  # not in one-byte encodings
TITLES = ["Kommunstyrelsens ordförande", "Kommunalråd", "Förvaltningschef", "IT-chef", "Kommundirektör",
          "Digitaliseringsstrateg", "Säkerhetssamordnare", "Ledamot", "Chef; digitalisering",
          "Ordförande\nbarn- och utbildningsnämnden", "Head of IT, region"]
ORGANISATIONS = ["Region Gotland", "Ale kommun", "Laholms kommun", "Region Skåne", "Länsstyrelsen i Gotlands län",
                 "Härjedalens kommun", "Örebro kommun", "Acme AB", "Region Västerbotten"]
CATEGORIES = ["Förtroendevald", "Tjänsteperson", "Ledande tjänsteman"]

# (header, what the column holds) per shape; None as header: the list has none.
SHAPES: dict[str, list[tuple[str | None, str]]] = {
    "excel_sv": [("Förnamn", "given"), ("Efternamn", "family"), ("Titel", "title"), ("Organisation", "org"),
                 ("E-post", "email"), ("Telefon", "phone"), ("Kategori", "category")],
    "ladok": [("Personnummer", "personal_number"), ("Efternamn", "family"), ("Förnamn", "given"),
              ("E-postadress", "email")],
    "school_platform": [("Förnamn", "given"), ("Efternamn", "family"), ("E-post", "email"),
                        ("Användartyp", "user_type"), ("Mobiltelefonnummer", "phone")],
    "name_role": [("Namn", "full"), ("Befattning", "title"), ("Kommun", "org"), ("Epost", "email"),
                  ("Mobil", "phone"), ("Roll", "category")],
    "english": [("First name", "given"), ("Last name", "family"), ("Job title", "title"),
                ("Organization", "org"), ("Email", "email"), ("Phone", "phone")],
    "system_export": [("area_name", "org"), ("person", "full"), ("contact", "email")],
    "councillors": [("Valtyp", "election"), ("Geografi", "org"), ("Parti", "party"), ("Namn", "full_comma"),
                    ("Födelseår", "year")],
    "no_header": [(None, "given"), (None, "family"), (None, "email"), (None, "phone")],
}
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "mac_roman", "cp850")
ONE_BYTE = ("cp1252", "mac_roman", "cp850")


@dataclass(frozen=True)
class Expected:
    given: str
    family: str
    email: str
    organisation: str


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    title: str
    organisation: str
    email: str
    phone: str
    category: str


def people(count: int, seed: int, *, unicode_names: bool, with_emails: bool) -> list[Person]:
    """``count`` people; some share a name (with another email) where emails tell them apart."""
    chance = random.Random(seed)
    unique_names = [(given, family) for given in GIVEN for family in FAMILY]  # for lists without emails
    chance.shuffle(unique_names)
    swedish = next(name for name in unique_names if name[1] in SWEDISH_FAMILY)
    unique_names.remove(swedish)
    unique_names.insert(0, swedish)  # a Swedish letter in every list (its encoding must be told)
    found: list[Person] = []
    for number in range(count):
        if number and with_emails and chance.random() < 0.15:
            twin = chance.choice(found)
            given, family = twin.given, twin.family
        elif unicode_names and with_emails and chance.random() < 0.1:
            given, family = chance.choice(UNICODE_ONLY)
        elif not with_emails:  # nothing else would tell namesakes apart: one name each
            given, family = unique_names[number]
        else:
            given, family = chance.choice(GIVEN), chance.choice(FAMILY)
        if number == 0 and with_emails:
            family = chance.choice(SWEDISH_FAMILY)
        email = f"{_ascii(given)}.{_ascii(family)}{number}@{chance.choice(['gotland.se', 'ale.se', 'skane.se'])}"
        phone = chance.choice(["070-{} {} {}", "0498-{} {} {}", "+46 70 {} {} {}"]).format(
            chance.randint(100, 999), chance.randint(10, 99), chance.randint(10, 99))
        found.append(Person(given, family, chance.choice(TITLES), chance.choice(ORGANISATIONS),
                            email if with_emails else "", phone, chance.choice(CATEGORIES)))
    return found


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return "".join(char for char in plain if char.isalnum())


def cell(person: Person, holds: str, number: int) -> str:
    return {"given": person.given, "family": person.family, "full": f"{person.given} {person.family}",
            "full_comma": f"{person.family}, {person.given}", "title": person.title,
            "org": person.organisation, "email": person.email, "phone": person.phone,
            "category": person.category,
            "personal_number": f"19{60 + number % 40:02d}0{1 + number % 9}15-{1000 + number}",
            "user_type": "Personal", "election": "K", "party": "S", "year": str(1950 + number % 50)}[holds]


def expected(person: Person, stray: bool, shape: str) -> Expected:
    """The person as the import must store them; a stray quotation mark stays in the cell it opened."""
    columns = [holds for _, holds in SHAPES[shape]]
    given, family = person.given, person.family
    if stray:
        first = next(holds for holds in columns if holds in ("given", "family", "full", "full_comma"))
        if first in ("given", "full"):
            given = '"' + given
        else:
            family = '"' + family
    return Expected(given, family, person.email, person.organisation)


@dataclass(frozen=True)
class Options:
    container: str = "csv"  # csv | xlsx | ods
    encoding: str = "utf-8-sig"
    delimiter: str = ";"
    newline: str = "\r\n"
    title_rows: int = 0
    excel_resave: bool = False  # "sep=;" line, trailing empty columns, blank rows at the end
    decomposed: bool = False  # macOS: Å as A + ring above
    stray_quote_at: int | None = None  # the person whose first name cell starts with a stray "


def generate(shape: str, count: int, seed: int, options: Options) -> tuple[bytes, str, list[Expected]]:
    """The file's bytes, its suffix and the people it must import as."""
    unicode_names = options.container != "csv" or options.encoding not in ONE_BYTE
    with_emails = any(holds == "email" for _, holds in SHAPES[shape])
    listed = people(count, seed, unicode_names=unicode_names, with_emails=with_emails)
    if options.container != "csv":  # a stray quotation mark is a CSV matter
        options = Options(**{**options.__dict__, "stray_quote_at": None})
    rows = [[cell(person, holds, number) for _, holds in SHAPES[shape]] for number, person in enumerate(listed)]
    first = next(index for index, (_, holds) in enumerate(SHAPES[shape])
                 if holds in ("given", "family", "full", "full_comma"))
    if options.stray_quote_at is not None and (options.stray_quote_at >= count or
                                               options.delimiter in rows[options.stray_quote_at][first]):
        options = Options(**{**options.__dict__, "stray_quote_at": None})  # nowhere to put one
    if options.stray_quote_at is not None:
        row = rows[options.stray_quote_at]
        row[first] = '"' + row[first]
        # Excel would quote a title holding the delimiter; on this line it would close the stray mark.
        rows[options.stray_quote_at] = [value.replace(options.delimiter, " ").replace("\n", " ")
                                        if index != first else value for index, value in enumerate(row)]
    headers = [header for header, _ in SHAPES[shape]]
    table = ([] if headers[0] is None else [headers]) + rows
    titles = [["Inbjudna till Våga vara digital! hösten 2026"]] * options.title_rows
    wanted = [expected(person, number == options.stray_quote_at, shape) for number, person in enumerate(listed)]
    if options.container == "xlsx":
        return _xlsx(titles + table), ".xlsx", wanted
    if options.container == "ods":
        return _ods(titles + table), ".ods", wanted
    return _text(titles, table, options), ".csv" if options.delimiter != "\t" else ".txt", wanted


def _text(titles: list[list[str]], table: list[list[str]], options: Options) -> bytes:
    quoted_rows = [[_quoted(value, options, index) for index, value in enumerate(row)] for row in table]
    lines = ([f"sep={options.delimiter}"] if options.excel_resave and options.delimiter != "\t" else [])
    width = max(len(row) for row in table)
    lines += [row[0] + options.delimiter * (width - 1) for row in titles]
    lines += [options.delimiter.join(row) + (options.delimiter * 2 if options.excel_resave else "")
              for row in quoted_rows]
    if options.excel_resave:
        lines += [options.delimiter * (width + 1)] * 2
    text = options.newline.join(lines) + options.newline
    if options.decomposed:
        text = unicodedata.normalize("NFD", text)
    if options.encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if options.encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(options.encoding)


def _quoted(value: str, options: Options, index: int) -> str:
    """As Excel writes a cell: quoted when it holds the delimiter, a quotation mark or a line
    break (a stray quotation mark at the start is left as the user typed it)."""
    if value.startswith('"') and value.count('"') == 1:
        return value
    if options.delimiter in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""').replace("\n", options.newline) + '"'
    return value


def _xlsx(rows: list[list[str]]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet("Inbjudna")
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            sheet.write_string(number, column, value)
    workbook.close()
    return buffer.getvalue()


def _ods(rows: list[list[str]]) -> bytes:
    return ods(*[ods_row(*[ods_cell(escape(value)) for value in row]) for row in rows])


if __name__ == "__main__":  # a few samples to open and look at
    from pathlib import Path

    folder = Path(__file__).parent / "generated"
    folder.mkdir(exist_ok=True)
    for name, options in [("mac_roman_cr", Options(encoding="mac_roman", newline="\r")),
                          ("dos_cp850", Options(encoding="cp850", delimiter=",")),
                          ("excel_resave", Options(excel_resave=True, title_rows=1, stray_quote_at=3))]:
        data, suffix, _ = generate("excel_sv", 12, 1, options)
        (folder / f"{name}{suffix}").write_bytes(data)
