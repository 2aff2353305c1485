"""Reading people lists as Swedish Excel, newer Excel, LibreOffice and others write them.

The property tests at the end cover both readers (people lists and attendance reports).
"""

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from data import hostile_workbooks
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.formats.attendance import read_report
from facilitator.formats.people_columns import suggest_mapping
from facilitator.formats.tables import MAX_LINE_CHARS, REASONS, UnreadableFile, decode_text, read_table, sheet_rows
from facilitator.formats.workbooks import ods_extent, xlsx_extent

DATA = Path(__file__).parent / "data"


def test_swedish_excel_csv_in_windows_1252_with_semicolons():
    table = read_table(DATA / "people_excel_sv_cp1252.csv")
    assert (table.source, table.encoding, table.delimiter) == ("csv", "cp1252", ";")
    assert table.headers == ["Förnamn", "Efternamn", "Titel", "Organisation", "E-post", "Telefon",
                             "Kategori"]
    assert table.rows[0] == ["Åsa", "Öberg", "Kommunstyrelsens ordförande", "Region Gotland",
                             "asa.oberg@gotland.se", "0498-26 90 00", "Förtroendevald"]
    assert table.rows[2][2] == "Chef; digitalisering"  # a quoted delimiter stays in its cell
    assert table.rows[2][4] == "mikael.linden@lansstyrelsen.se"
    assert table.rows[3][:2] == ["Eva", "Sjöström"]
    assert table.line_numbers == [2, 3, 4, 6]  # the blank ";;;;;;" line 5 is no person


def test_title_row_and_blank_row_above_the_header_are_skipped():
    table = read_table(DATA / "people_utf8_bom_title_row.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["Namn", "Befattning", "Kommun", "Epost", "Mobil", "Roll"]
    assert [row[0] for row in table.rows] == ["Karin Ek", "Jörgen Hallén", "Zoë Åkesson"]
    assert table.rows[1][1] == "Ordförande\nbarn- och utbildningsnämnden"
    # The multi-line cell takes lines 5-6, so the next person is on line 7.
    assert table.line_numbers == [4, 5, 7]


def test_utf16_tab_separated_text_from_excel():
    table = read_table(DATA / "people_utf16.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers[:2] == ["First name", "Last name"]
    assert table.rows == [
        ["Anna", "Andersson", "CIO", "Region Gotland", "anna.andersson@gotland.se",
         "0498-26 90 01", "Senior official"],
        ["Björn", "Nyström", "Head of Planning, Building", "Laholms kommun",
         "bjorn.nystrom@laholm.se", "", "Senior official"],
    ]
    assert table.line_numbers == [2, 3]


def test_xlsx_first_sheet_with_title_row_dates_and_numbers_as_text():
    table = read_table(DATA / "people.xlsx")
    assert (table.source, table.encoding, table.delimiter) == ("xlsx", None, None)
    assert table.headers == ["Förnamn", "Efternamn", "Titel", "Kommun", "E-post", "Mobil",
                             "Kategori", "Inbjuden", "Nr"]
    assert table.rows[0] == ["Lena", "Gran", "Kommunalråd", "Gotland", "lena.gran@gotland.se",
                             "070-555 12 34", "Förtroendevald", "2026-09-01", "17"]
    assert table.rows[1][-2:] == ["2026-09-02", "18.5"]
    assert table.line_numbers == [4, 5]  # sheet rows, as Excel numbers them


def test_ods_with_a_blank_row_between_people():
    table = read_table(DATA / "people.ods")
    assert table.source == "ods"
    assert table.headers == ["Namn", "Titel", "Organisation", "E-post", "Telefon"]
    assert table.rows == [
        ["Sara Lund", "Förvaltningschef", "Region Gotland", "sara.lund@gotland.se",
         "0498-26 90 02"],
        ["Ulf Ström", "Ledamot", "Laholms kommun", "ulf.strom@laholm.se", ""],
    ]
    assert table.line_numbers == [2, 4]


def test_unknown_headers_are_read_and_map_to_nothing():
    table = read_table(DATA / "no_header.csv")
    assert table.headers == ["Kolumn1", "Kolumn2", "Kolumn3"]
    assert suggest_mapping(table.headers) == {}


@pytest.mark.parametrize("reader", [read_table, read_report], ids=["people", "report"])
@pytest.mark.parametrize(("name", "reason", "words"), [
    ("empty.csv", "empty", "empty"),
    ("binary.csv", "binary", "PNG image"),
    ("xlsx_named_csv.csv", "wrong_extension", "Excel workbook (.xlsx)"),
])
def test_bad_files_say_what_is_wrong(reader, name, reason, words):
    with pytest.raises(UnreadableFile) as raised:
        reader(DATA / name)
    assert raised.value.reason == reason
    assert words in str(raised.value)


def test_a_csv_named_xlsx_is_called_what_it_is(tmp_path):
    path = tmp_path / "lista.xlsx"
    path.write_bytes((DATA / "people_excel_sv_cp1252.csv").read_bytes())
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert raised.value.reason == "wrong_extension"
    assert "Rename it to .csv" in str(raised.value)


def test_a_huge_line_is_refused_with_its_line_number(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("Förnamn;Efternamn\nAnna;" + "x" * (MAX_LINE_CHARS + 1) + "\n",
                    encoding="utf-8")
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert (raised.value.reason, raised.value.line) == ("too_large", 2)


@pytest.mark.parametrize("text", ["bara en kolumn\nAnna\nBo\n", "Förnamn;Efternamn\n"])
def test_one_column_or_no_rows_is_not_a_table(tmp_path, text):
    path = tmp_path / "lista.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert raised.value.reason == "not_a_table"


def test_comma_file_with_quoted_commas_in_names(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text('Name,Email\n"Andersson, Anna",anna@gotland.se\n"Berg, Olle",olle@laholm.se\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == ","
    assert table.rows == [["Andersson, Anna", "anna@gotland.se"], ["Berg, Olle", "olle@laholm.se"]]


def test_rows_shorter_or_longer_than_the_header_are_squared(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Förnamn;Efternamn;E-post\nAnna;Ek\nBo;Berg;bo@x.se;extra\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Förnamn", "Efternamn", "E-post", ""]
    assert table.rows == [["Anna", "Ek", "", ""], ["Bo", "Berg", "bo@x.se", "extra"]]


@pytest.mark.parametrize(("data", "expected"), [
    ("Åsa;Öberg".encode("utf-8-sig"), ("Åsa;Öberg", "utf-8-sig")),
    ("Åsa;Öberg".encode("utf-16"), ("Åsa;Öberg", "utf-16")),
    ("Åsa;Öberg".encode("utf-16-le"), ("Åsa;Öberg", "utf-16-le")),
    ("Åsa;Öberg".encode(), ("Åsa;Öberg", "utf-8")),
    ("Åsa;Öberg – €".encode("cp1252"), ("Åsa;Öberg – €", "cp1252")),
])
def test_decode_text_tries_bom_then_utf8_then_windows_1252(data, expected):
    assert decode_text(data) == expected


def test_text_with_nul_bytes_is_binary():
    with pytest.raises(UnreadableFile) as raised:
        decode_text(b"abc\x00def;ghi\x00\x00\x01")
    assert raised.value.reason == "binary"


@pytest.mark.parametrize(("headers", "expected"), [
    (["Förnamn", "Efternamn", "E-post"], {0: "given_name", 1: "family_name", 2: "email"}),
    (["FIRST NAME", " surname ", "E-mail"], {0: "given_name", 1: "family_name", 2: "email"}),
    (["Namn", "Befattning", "Förvaltning", "Mejl", "Mobil", "Roll"],
     {0: "full_name", 1: "title", 2: "organisation", 3: "email", 4: "phone", 5: "category"}),
    (["Fornamn", "EPOST", "Myndighet", "Kategori"],
     {0: "given_name", 1: "email", 2: "organisation", 3: "category"}),
    (["Telefon", "Mobil", "Name"], {0: "phone", 2: "full_name"}),  # each field once
    (["Given name", "Family name", "Position", "Organization", "Tel", "Category"],
     {0: "given_name", 1: "family_name", 2: "title", 3: "organisation", 4: "phone",
      5: "category"}),
])
def test_suggest_mapping_from_swedish_and_english_headers(headers, expected):
    assert suggest_mapping(headers) == expected


def _read_bytes_as(reader, data: bytes, suffix: str) -> None:
    """Any bytes under any name: a result or an UnreadableFile with a reason, nothing else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        try:
            reader(path)
        except UnreadableFile as error:
            assert error.reason in REASONS and error.detail


_READERS = st.sampled_from([read_table, read_report])
_TEXT_LIKE = st.lists(st.sampled_from([
    "Förnamn", "E-post", "Åsa", "Full Name", "User Action", "Timestamp", "Joined", "Left",
    "Name", "Join Time", "Leave Time", "Duration", "1. Summary", "2. Participants",
    "Meeting Summary", "Attended", "Yes", "Attendee Details", "10/13/2026, 9:02:11 AM",
    "13/10/2026 09:02", "1h 2m", "62", "x@y.se", "Andersson, Anna",
    ";", ",", "\t", '"', "\r\n", "\n", "", " ", "\x00", "\ufeff"]), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(reader=_READERS,
       data=st.binary(max_size=600) | _TEXT_LIKE.map(lambda text: text.encode("utf-8"))
       | _TEXT_LIKE.map(lambda text: text.encode("utf-16")),
       suffix=st.sampled_from([".csv", ".txt", ".tsv"]))
def test_any_bytes_as_text_give_a_result_or_a_clear_error(reader, data, suffix):
    _read_bytes_as(reader, data, suffix)


_XLSX = (DATA / "people.xlsx").read_bytes()


@settings(max_examples=60, deadline=None)
@given(reader=_READERS,
       data=st.binary(max_size=400)
       | st.tuples(st.integers(0, len(_XLSX) - 1), st.binary(min_size=1, max_size=8)).map(
           lambda cut: _XLSX[:cut[0]] + cut[1] + _XLSX[cut[0] + len(cut[1]):]),
       suffix=st.sampled_from([".xlsx", ".ods"]))
def test_any_bytes_as_a_workbook_give_a_result_or_a_clear_error(reader, data, suffix):
    _read_bytes_as(reader, data, suffix)


def test_a_reader_message_is_shown_in_swedish(swedish):
    """The window and the CLI show why a file cannot be read in the user's language."""
    from facilitator import labels

    with pytest.raises(UnreadableFile) as raised:
        read_table(DATA / "xlsx_named_csv.csv")
    shown = labels.unreadable(raised.value)
    assert shown == "Filen är egentligen en Excel-arbetsbok (.xlsx), inte en textfil."


# -- hostile workbooks (issue 10, finding 3) ------------------------------------------
#
# Each is read in a child process that may take at most 1.5 GB of address space and 60 s,
# so that if the protection regresses the test fails instead of taking the test run down
# (a dense read of XFD1048576 asks for 512 GB and aborts the process).

_JAILED_READ = """
import resource, sys
limit = 1536 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from facilitator.formats.tables import UnreadableFile, read_table
try:
    table = read_table(sys.argv[1])
except UnreadableFile as error:
    print("refused", error.reason, error.line, "|", error)
else:
    print("read", len(table.rows), "rows")
"""


def read_in_a_jail(path: Path) -> str:
    """What read_table made of ``path`` in a child with bounded memory and time."""
    try:
        done = subprocess.run([sys.executable, "-c", _JAILED_READ, str(path)], capture_output=True, text=True,
                              timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} took more than 60 s")
    assert done.returncode == 0, f"the reader died (exit {done.returncode}): {done.stderr[-500:]}"
    return done.stdout.strip()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    files = {"far_cell.xlsx": hostile_workbooks.far_cell_xlsx(),
             "zip_bomb.xlsx": hostile_workbooks.zip_bomb_xlsx(),
             "lying_zip_bomb.xlsx": hostile_workbooks.lying_zip_bomb_xlsx(40),
             "long_cell.xlsx": hostile_workbooks.long_cell_xlsx(),
             "repeated.ods": hostile_workbooks.repeated_ods()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


@pytest.mark.parametrize(("name", "expected"), [
    ("far_cell.xlsx", "refused too_large None | A sheet of the workbook reaches row 1048576 and column 16384"),
    ("zip_bomb.xlsx", "refused too_large None | The workbook unpacks to more than 200 MB"),
    ("lying_zip_bomb.xlsx", "refused not_a_table None | The workbook is damaged: its part xl/worksheets/sheet1.xml"),
    ("long_cell.xlsx", "refused too_large 3 | Column 2 holds 10000000 characters; a spreadsheet cell holds at most"),
    ("repeated.ods", "refused too_large None | A sheet of the workbook reaches row 1000002 and column 90"),
])
def test_a_hostile_workbook_is_refused_with_a_message_not_a_crash(hostile, name, expected):
    assert read_in_a_jail(hostile[name]).startswith(expected)


def test_the_checks_let_ordinary_workbooks_through():
    """LibreOffice's million empty rows at the end of every sheet, a <dimension> that
    claims the whole sheet, styled empty cells far away and cells without references
    are all harmless: calamine reads them in a grid of the cells with values."""
    far_styles = hostile_workbooks.PEOPLE_ROWS + b'<row r="900000"><c r="XFD900000" s="1"/></row>'
    no_references = b"<row><c t=\"inlineStr\"><is><t>Namn</t></is></c><c t=\"inlineStr\"><is><t>E-post</t></is>" \
                    b"</c></row><row><c t=\"inlineStr\"><is><t>Bo Ek</t></is></c><c t=\"inlineStr\"><is><t>bo@x.se" \
                    b"</t></is></c></row>"
    for name, data in [("tail.ods", hostile_workbooks.ods(hostile_workbooks.ODS_PEOPLE, hostile_workbooks.ODS_TAIL)),
                       ("dimension.xlsx", hostile_workbooks.xlsx(dimension=b"A1:XFD1048576")),
                       ("styles.xlsx", hostile_workbooks.xlsx([far_styles])),
                       ("plain.xlsx", hostile_workbooks.xlsx([no_references]))]:
        rows = sheet_rows(data, Path(name))
        assert len(rows) == 2 and rows[1][1][:2] in (["Anna Berg", "anna.berg@gotland.se"], ["Bo Ek", "bo@x.se"])


_CELL = st.tuples(st.integers(1, 40), st.integers(1, 30), st.sampled_from(["ref", "no_ref", "styled"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=25))
def test_the_xlsx_extent_is_never_smaller_than_the_grid_calamine_reads(cells):
    """Against calamine itself: whatever mix of referenced, unreferenced and styled-only
    cells, the checked extent covers the grid the reader will allocate."""
    from python_calamine import CalamineWorkbook

    xml = []
    for row, column, kind in sorted(cells):
        reference = f'{_letters(column)}{row}'
        cell = {"ref": f'<c r="{reference}"><v>1</v></c>', "no_ref": "<c><v>1</v></c>",
                "styled": f'<c r="{reference}" s="1"/>'}[kind]
        xml.append(f'<row r="{row}">{cell}</row>')
    data = hostile_workbooks.xlsx([" ".join(xml).encode()])
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
    rows, columns = xlsx_extent(zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml"))
    if sheet.end is not None:
        assert rows >= sheet.end[0] + 1 and columns >= sheet.end[1] + 1


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 30), st.lists(st.tuples(st.integers(1, 20), st.booleans()), max_size=4)),
                min_size=1, max_size=6))
def test_the_ods_extent_is_never_smaller_than_the_grid_calamine_reads(rows):
    """Rows and cells repeated (with and without values) against calamine's own grid."""
    from python_calamine import CalamineWorkbook

    content = b"".join(hostile_workbooks.ods_row(*[
        hostile_workbooks.ods_cell("x", repeat) if filled else
        f'<table:table-cell table:number-columns-repeated="{repeat}"/>'.encode()
        for repeat, filled in cells], repeated=repeat_rows) for repeat_rows, cells in rows)
    data = hostile_workbooks.ods(content)
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
    found_rows, found_columns = ods_extent(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    if sheet.end is not None:
        assert found_rows >= sheet.end[0] + 1 and found_columns >= sheet.end[1] + 1


# -- columns known by their values (issue 8, problem 11) -------------------------------

def test_a_column_is_known_by_its_values_when_its_header_says_nothing():
    headers = ["area_name", "person", "kontakt", "nummer", "uppgift", "grupp"]
    rows = [["Ale kommun", "Anna Berg", "anna.berg@ale.se", "0303-33 00 00", "Kommunalråd", "Förtroendevald"],
            ["Region Skåne", "Bo Ek", "bo.ek@skane.se", "+46 70 123 45 67", "Regiondirektör", "Tjänsteperson"],
            ["Gotland", "Eva Lind", "eva.lind@gotland.se", "0498-26 90 00", "IT-chef", "Tjänsteperson"],
            ["Länsstyrelsen i Skåne län", "Per Nyström", "per@lansstyrelsen.se", "010-224 10 00",
             "Enhetschef", "Förtroendevald"]]
    assert suggest_mapping(headers, rows) == {0: "organisation", 1: "full_name", 2: "email", 3: "phone",
                                              4: "title", 5: "category"}


def test_values_tell_given_from_family_names_and_headers_break_ties():
    rows = [["Anna", "Andersson", "anna@x.se"], ["Bo", "Lindström", "bo@x.se"], ["Karin", "Berg", "karin@x.se"],
            ["Mehmet", "Yilmaz", "mehmet@x.se"], ["Lena", "Nyqvist", "lena@x.se"]]
    assert suggest_mapping(["", "", ""], rows) == {0: "given_name", 1: "family_name", 2: "email"}
    swapped = [[family, given, email] for given, family, email in rows]
    assert suggest_mapping(["", "", ""], swapped) == {0: "family_name", 1: "given_name", 2: "email"}
    # Ladok's order, family name first, is taken from its header; a personal number is no phone.
    ladok = [["19990101-1234", "Andersson", "Anna", "anna@chalmers.se"]]
    assert suggest_mapping(["Personnummer", "Efternamn", "Förnamn", "E-postadress"], ladok) == \
        {1: "family_name", 2: "given_name", 3: "email"}


def test_a_header_is_overruled_by_values_that_contradict_it():
    rows = [["anna@x.se", "Anna Berg"], ["bo@x.se", "Bo Ek"], ["eva@x.se", "Eva Lind"]]
    assert suggest_mapping(["Namn", "Kolumn2"], rows) == {0: "email", 1: "full_name"}


def test_elected_officials_as_the_election_authority_lists_them():
    """Valmyndigheten's list of councillors: the geography is the organisation, names are
    'Family, Given', and the year of birth and party are no field of ours."""
    headers = ["Valtyp", "Geografi", "Parti", "Namn", "Tillträdesdatum", "Kön", "Födelseår"]
    rows = [["K", "Ale kommun", "S", "Andersson, Anna", "2022-10-15", "K", "1968"],
            ["K", "Alingsås kommun", "M", "Berg, Bo", "2022-10-15", "M", "1975"],
            ["R", "Region Skåne", "C", "Ek, Eva", "2022-10-15", "K", "1981"]]
    assert suggest_mapping(headers, rows) == {1: "organisation", 3: "full_name"}


def test_a_list_without_a_header_keeps_its_first_person(tmp_path):
    path = tmp_path / "utan_rubrik.csv"
    path.write_text("Anna;Berg;anna.berg@gotland.se\nBo;Ek;bo.ek@gotland.se\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["", "", ""]
    assert [row[0] for row in table.rows] == ["Anna", "Bo"] and table.line_numbers == [1, 2]
    assert suggest_mapping(table.headers, table.rows)[2] == "email"


def test_excel_s_separator_line_decides_the_delimiter(tmp_path):
    """Every line splits into three at a comma; Excel's "sep=;" says the semicolon is meant."""
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffsep=;\r\nNamn, förnamn;Titel, roll\r\nBerg, Anna;Chef, IT\r\nEk, Bo;Chef, HR\r\n"
                     .encode("utf-8"))
    table = read_table(path)
    assert table.delimiter == ";" and table.headers == ["Namn, förnamn", "Titel, roll"]
    assert table.rows == [["Berg, Anna", "Chef, IT"], ["Ek, Bo", "Chef, HR"]]


# -- encodings other than UTF-8 and Windows-1252 (issue 8, problem 12) ------------------

SWEDISH_LIST = ("Förnamn;Efternamn;Organisation;Titel\r\n"
                "Märta;Ekström;Åre kommun;Kommunalråd\r\n"
                "Örjan;Åkesson;Älvdalens kommun;Förvaltningschef\r\n"
                "René;Zoëga;Region Västerbotten;Säkerhetschef\r\n")


@pytest.mark.parametrize(("encoding", "reported"), [
    ("cp1252", "cp1252"), ("mac_roman", "mac-roman"), ("cp850", "cp850"), ("utf-16-le", "utf-16-le"),
])
def test_lists_saved_on_a_mac_or_by_dos_read_as_written(tmp_path, encoding, reported):
    path = tmp_path / "lista.csv"
    path.write_bytes(SWEDISH_LIST.encode(encoding))
    table = read_table(path)
    assert table.encoding == reported
    assert table.rows[0][:2] == ["Märta", "Ekström"] and table.rows[1][2] == "Älvdalens kommun"
    assert table.rows[2][:2] == ["René", "Zoëga"]


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman", "cp850"])
def test_one_short_line_is_enough_to_tell_the_encoding(encoding):
    assert decode_text("Märta;Ekström\n".encode(encoding))[0] == "Märta;Ekström\n"
    assert decode_text("Åsa Öberg;Region Östergötland\n".encode(encoding))[0] == "Åsa Öberg;Region Östergötland\n"
    # Read as Mac OS Roman the code page 850 bytes give "HÅseyin;ôberg" - as plausible
    # letter by letter; a capital inside a word gives the wrong reading away.
    assert decode_text("Hüseyin;Öberg\n".encode(encoding))[0] == "Hüseyin;Öberg\n"


def test_a_file_mixing_utf8_and_windows_1252_is_refused_with_the_line(tmp_path):
    path = tmp_path / "ihopklistrad.csv"
    path.write_bytes(SWEDISH_LIST.encode("cp1252") + "Åsa;Öberg;Region Gotland;Chef\r\n".encode())
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert (raised.value.reason, raised.value.line) == ("encoding", 5)
    assert "mixes two encodings" in str(raised.value)


def test_text_no_encoding_reads_cleanly_is_refused(tmp_path):
    path = tmp_path / "skrap.csv"
    path.write_bytes(b"Namn;Titel\r\nAnna;" + bytes(range(0x80, 0x100)) * 3 + b"\r\n")
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert (raised.value.reason, raised.value.line) == ("encoding", 2)
    assert "no other encoding reads it cleanly" in str(raised.value)


def test_decomposed_letters_are_composed_so_they_sort_and_match_as_typed(tmp_path):
    """macOS writes Å as A + ring above; read as it is, it would sort under A."""
    from facilitator.domain.collation import swedish_key

    path = tmp_path / "mac.csv"
    path.write_text("Förnamn;Efternamn\nA\u030asa;O\u0308berg\nAnna;Zetterlund\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[0] == ["Åsa", "Öberg"] and table.headers == ["Förnamn", "Efternamn"]
    assert swedish_key("O\u0308berg") < swedish_key("Zetterlund")  # as written: under O, before Z
    assert sorted((row[1] for row in table.rows), key=swedish_key) == ["Zetterlund", "Öberg"]
    workbook = hostile_workbooks.xlsx([b'<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c>'
                                       b'<c r="B1" t="inlineStr"><is><t>E-post</t></is></c></row>'
                                       b'<row r="2"><c r="A2" t="inlineStr"><is><t>A\xcc\x8asa</t></is></c>'
                                       b'<c r="B2" t="inlineStr"><is><t>a@x.se</t></is></c></row>'])
    assert sheet_rows(workbook, Path("lista.xlsx"))[1][1][0] == "Åsa"


# -- a stray quotation mark (issue 10, finding 4) ------------------------------------------

def _fifty_people(stray_at: dict[int, str]) -> str:
    lines = ["Förnamn;Efternamn;Titel;E-post"]
    for number in range(1, 51):
        family = stray_at.get(number, f"Berg{number}")
        lines.append(f"Anna{number};{family};Chef;anna{number}@gotland.se")
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("stray_at", [
    {11: '"Berg11'},  # never closed: the rest of the file would be one cell
    {11: '"Berg11', 40: 'O"Brien'},  # closed by another stray quotation mark 29 lines down
    {50: '"Berg50'},  # on the last line
])
def test_a_stray_quotation_mark_loses_no_row_and_is_reported(tmp_path, stray_at):
    path = tmp_path / "lista.csv"
    path.write_text(_fifty_people(stray_at), encoding="utf-8")
    table = read_table(path)
    assert len(table.rows) == 50 and table.line_numbers == list(range(2, 52))
    assert [row[0] for row in table.rows] == [f"Anna{number}" for number in range(1, 51)]
    assert max(len(cell) for row in table.rows for cell in row) < 30
    first = min(stray_at)
    assert table.rows[first - 1][1] == stray_at[first] and table.rows[first - 1][3] == f"anna{first}@gotland.se"
    assert [note.line for note in table.notes] == [first + 1]
    assert "quotation mark" in str(table.notes[0])


def test_real_quoted_cells_are_left_alone(tmp_path):
    """Quoted delimiters, doubled quotation marks and a two-line title are what Excel writes."""
    path = tmp_path / "excel.csv"
    path.write_text('Namn;Titel;E-post\r\nAnna Berg;"Chef; IT";anna@x.se\r\n'
                    'Bo "Bosse" Ek;"Ordförande\r\nbarn- och utbildningsnämnden";bo@x.se\r\n'
                    '"Eva ""Evy"" Lind";Chef;eva@x.se\r\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["Anna Berg", "Chef; IT", "anna@x.se"],
                          ['Bo "Bosse" Ek', "Ordförande\r\nbarn- och utbildningsnämnden", "bo@x.se"],
                          ['Eva "Evy" Lind', "Chef", "eva@x.se"]]
    assert table.line_numbers == [2, 3, 5] and table.notes == ()


def test_a_list_of_one_column_says_what_it_was_read_as_and_where(tmp_path, swedish):
    from facilitator import labels

    path = tmp_path / "lista.csv"
    path.write_text("\nNamn|E-post\nAnna|anna@x.se\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as raised:
        read_table(path)
    assert (raised.value.reason, raised.value.line) == ("not_a_table", 2)
    assert labels.unreadable(raised.value) == (
        "Filen lästes som text i UTF-8 med celler åtskilda av semikolon, men har färre än två kolumner; "
        "det är ingen tabell med personer. (rad 2)")
