"""Regenerate the sample people lists and attendance reports in tests/data/.

Each file is written byte for byte the way its source program writes it: Swedish Excel
(";", Windows-1252, CRLF, no BOM), newer Excel (UTF-8 with BOM), Excel's "Unicode text"
(UTF-16LE with BOM, tabs), Teams downloads (UTF-16LE with BOM, tabs) and Zoom (UTF-8
with BOM, commas). Run from the repository root: ``.venv/bin/python tests/data/make_samples.py``.
The generated files are committed; the tests read them, not this script.
"""

import struct
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent


def write_text(name: str, lines: list[str], encoding: str, newline: str = "\r\n") -> None:
    data = newline.join(lines) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def people_excel_sv_cp1252() -> None:
    write_text("people_excel_sv_cp1252.csv", [
        "Förnamn;Efternamn;Titel;Organisation;E-post;Telefon;Kategori",
        "Åsa;Öberg;Kommunstyrelsens ordförande;Region Gotland;asa.oberg@gotland.se;"
        "0498-26 90 00;Förtroendevald",
        "Per;Ängström;Förvaltningschef;Laholms kommun;per.angstrom@laholm.se;;"
        "Ledande tjänsteman",
        'Mikael;Lindén;"Chef; digitalisering";Länsstyrelsen Gotland; mikael.linden@lansstyrelsen.se ;'
        "010-223 90 00;Ledande tjänsteman",
        ";;;;;;",
        "Eva;Sjöström;Kommundirektör;Laholm kommun;EVA.SJOSTROM@LAHOLM.SE;070-123 45 67;"
        "Ledande tjänsteman",
    ], "cp1252")


def people_utf8_bom_title_row() -> None:
    write_text("people_utf8_bom_title_row.csv", [
        "Inbjudna till Våga vara digital! hösten 2026;;;;;",
        ";;;;;",
        "Namn;Befattning;Kommun;Epost;Mobil;Roll",
        "Karin Ek;IT-chef;Gotland;karin.ek@gotland.se;070-111 22 33;Ledande tjänsteman",
        'Jörgen Hallén;"Ordförande\nbarn- och utbildningsnämnden";Gotland;'
        "jorgen.hallen@gotland.se;;Förtroendevald",
        "Zoë Åkesson;Säkerhetschef;Länsstyrelsen;zoe.akesson@lansstyrelsen.se;+46 70 999 88 77;"
        "Ledande tjänsteman",
    ], "utf-8-sig")


def people_utf16() -> None:
    write_text("people_utf16.txt", [
        "First name\tLast name\tTitle\tOrganization\tEmail\tPhone\tRole",
        "Anna\tAndersson\tCIO\tRegion Gotland\tanna.andersson@gotland.se\t0498-26 90 01\t"
        "Senior official",
        'Björn\tNyström\t"Head of Planning, Building"\tLaholms kommun\t'
        "bjorn.nystrom@laholm.se\t\tSenior official",
    ], "utf-16")


def people_xlsx() -> None:
    workbook = xlsxwriter.Workbook(str(HERE / "people.xlsx"))
    workbook.set_properties({"created": datetime(2026, 9, 3, 8, 0)})  # same bytes every run
    sheet = workbook.add_worksheet("Inbjudna")
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_string(0, 0, "Deltagarförteckning Våga vara digital! 2026", bold)
    headers = ["Förnamn", "Efternamn", "Titel", "Kommun", "E-post", "Mobil", "Kategori",
               "Inbjuden", "Nr"]
    for column, header in enumerate(headers):
        sheet.write_string(2, column, header, bold)
    people = [
        ["Lena", "Gran", "Kommunalråd", "Gotland", "lena.gran@gotland.se", "070-555 12 34",
         "Förtroendevald", date(2026, 9, 1), 17],
        ["Omar", "Haddad", "Förvaltningschef", "Laholm", "omar.haddad@laholm.se",
         "0430-150 00", "Ledande tjänsteman", date(2026, 9, 2), 18.5],
    ]
    for row, person in enumerate(people, start=3):
        for column, value in enumerate(person):
            if isinstance(value, date):
                sheet.write_datetime(row, column, value, day)
            elif isinstance(value, str):
                sheet.write_string(row, column, value)
            else:
                sheet.write_number(row, column, value)
    workbook.close()


def people_ods() -> None:
    """A minimal OpenDocument spreadsheet, as LibreOffice Calc stores it (mimetype first)."""
    def cell(value: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    rows = [
        ["Namn", "Titel", "Organisation", "E-post", "Telefon"],
        ["Sara Lund", "Förvaltningschef", "Region Gotland", "sara.lund@gotland.se",
         "0498-26 90 02"],
        None,
        ["Ulf Ström", "Ledamot", "Laholms kommun", "ulf.strom@laholm.se", ""],
    ]
    xml_rows = []
    for row in rows:
        if row is None:
            xml_rows.append('<table:table-row><table:table-cell table:number-columns-repeated="5"/>'
                            "</table:table-row>")
        else:
            xml_rows.append("<table:table-row>" + "".join(
                cell(value) if value else "<table:table-cell/>" for value in row)
                + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Blad1">'
        '<table:table-column table:number-columns-repeated="5"/>'
        + "".join(xml_rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(HERE / "people.ods", "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def teams_2020_log() -> None:
    write_text("teams_2020_log_utf16.csv", [
        "Full Name\tUser Action\tTimestamp",
        "Nilsson, Maria\tJoined before\t10/13/2026, 8:58:00 AM",
        "Berg, Olle (Extern)\tJoined\t10/13/2026, 9:00:40 AM",
        "Andersson, Anna\tJoined\t10/13/2026, 9:02:11 AM",
        "Karlsson, Lisa\tJoined\t10/13/2026, 9:05:00 AM",
        "Karlsson, Lisa\tLeft\t10/13/2026, 9:12:59 AM",
        "Andersson, Anna\tLeft\t10/13/2026, 9:40:00 AM",
        "Andersson, Anna\tJoined\t10/13/2026, 9:45:30 AM",
        "Andersson, Anna\tLeft\t10/13/2026, 10:30:05 AM",
        "Nilsson, Maria\tLeft\t10/13/2026, 10:31:00 AM",
    ], "utf-16")


def teams_2021_summary() -> None:
    """en-GB Teams: day-first dates with a 24-hour clock; 3 November is after the DST change."""
    write_text("teams_2021_summary_utf16.csv", [
        "Meeting Summary",
        "Total Number of Participants\t3",
        "Meeting Title\tVåga vara digital! Digital säkerhet",
        "Meeting Start Time\t03/11/2026, 09:00:12",
        "Meeting End Time\t03/11/2026, 10:32:40",
        "",
        "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)",
        "Nilsson, Maria\t03/11/2026, 08:58:00\t03/11/2026, 10:32:40\t1h 34m 40s\t"
        "maria.nilsson@lansstyrelsen.se\tOrganizer\tmaria.nilsson@lansstyrelsen.se",
        "Hallén, Jörgen\t03/11/2026, 09:01:30\t03/11/2026, 10:15:00\t1h 13m 30s\t"
        "jorgen.hallen@gotland.se\tAttendee\tjorgen.hallen@gotland.se",
        "Ek, Karin (Guest)\t03/11/2026, 09:10:00\t03/11/2026, 09:20:45\t10m 45s\t"
        "karin.ek@gmail.com\tAttendee\t",
    ], "utf-16")


def teams_current_sv() -> None:
    write_text("teams_current_utf16.csv", [
        "1. Sammanfattning",
        "Mötesrubrik\tVåga vara digital! Digitalt ledarskap",
        "Deltagare som deltog\t3",
        "Starttid\t2026-11-03 09:00:12",
        "Sluttid\t2026-11-03 10:32:40",
        "Mötets varaktighet\t1h 32m 28s",
        "",
        "2. Deltagare",
        "Namn\tFörsta anslutning\tSenast lämnat\tTid i mötet\tE-post\tDeltagar-ID (UPN)\tRoll",
        "Sjöström, Eva\t2026-11-03 09:01:10\t2026-11-03 10:32:40\t1h 20m 5s\t"
        "eva.sjostrom@laholm.se\teva.sjostrom@laholm.se\tDeltagare",
        "Gran, Lena (Extern)\t2026-11-03 09:03:00\t2026-11-03 09:50:00\t47m\t"
        "lena.gran@gotland.se\tlena.gran_gotland.se#EXT#@lansstyrelsen.onmicrosoft.com\tDeltagare",
        "Nilsson, Maria\t2026-11-03 08:59:00\t2026-11-03 10:32:40\t1h 33m 40s\t"
        "maria.nilsson@lansstyrelsen.se\tmaria.nilsson@lansstyrelsen.se\tOrganisatör",
        "",
        "3. Aktiviteter under mötet",
        "Namn\tAnslutningstid\tLämnandetid\tVaraktighet\tE-post\tRoll",
        "Sjöström, Eva\t2026-11-03 09:01:10\t2026-11-03 09:30:00\t28m 50s\t"
        "eva.sjostrom@laholm.se\tDeltagare",
        "Sjöström, Eva\t2026-11-03 09:41:25\t2026-11-03 10:32:40\t51m 15s\t"
        "eva.sjostrom@laholm.se\tDeltagare",
    ], "utf-16")


def teams_current_en() -> None:
    """en-US Teams saved as CSV: ambiguous 11/3/26 with AM/PM means 3 November."""
    write_text("teams_current_en_utf8.csv", [
        "1. Summary",
        'Meeting title,"Våga vara digital! Digital kompetens"',
        "Attended participants,2",
        'Start time,"11/3/26, 9:00:12 AM"',
        'End time,"11/3/26, 10:32:40 AM"',
        "Meeting duration,1h 32m 28s",
        "",
        "2. Participants",
        "Name,First Join,Last Leave,In-Meeting Duration,Email,Participant ID (UPN),Role",
        '"Haddad, Omar","11/3/26, 9:02:00 AM","11/3/26, 10:32:40 AM",1h 30m 40s,'
        "omar.haddad@laholm.se,omar.haddad@laholm.se,Presenter",
        '"Åkesson, Zoë (EXT)","11/3/26, 9:15:00 AM","11/3/26, 9:29:59 AM",14m 59s,'
        "zoe.akesson@lansstyrelsen.se,zoe.akesson_lansstyrelsen.se#EXT#@gotland.onmicrosoft.com,"
        "Attendee",
        "",
        "3. In-Meeting Activities",
        "Name,Join Time,Leave Time,Duration,Email,Role",
        '"Haddad, Omar","11/3/26, 9:02:00 AM","11/3/26, 10:32:40 AM",1h 30m 40s,'
        "omar.haddad@laholm.se,Presenter",
    ], "utf-8")


def zoom_meeting() -> None:
    write_text("zoom_meeting_participants.csv", [
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
        '812 3456 7890,"Våga vara digital! Digital infrastruktur",10/13/2026 08:55:12 AM,'
        "10/13/2026 10:35:02 AM,maria.nilsson@lansstyrelsen.se,100,4",
        "",
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,"
        "Recording Consent,In Waiting Room",
        "Maria Nilsson,maria.nilsson@lansstyrelsen.se,10/13/2026 08:55:12 AM,"
        "10/13/2026 10:35:02 AM,100,No,,No",
        "Per Ängström,per.angstrom@laholm.se,10/13/2026 09:00:05 AM,10/13/2026 09:40:00 AM,"
        "40,Yes,Y,No",
        "Per Ängström,per.angstrom@laholm.se,10/13/2026 09:44:10 AM,10/13/2026 10:35:02 AM,"
        "51,Yes,Y,No",
        "iPhone Björn,,10/13/2026 09:03:00 AM,10/13/2026 09:03:40 AM,1,Yes,,Yes",
        "iPhone Björn,,10/13/2026 09:03:40 AM,10/13/2026 10:01:00 AM,58,Yes,Y,No",
    ], "utf-8-sig")


def zoom_webinar() -> None:
    write_text("zoom_webinar_attendees.csv", [
        "Attendee Report",
        'Report Generated:,"10/14/2026 10:00 AM"',
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,"
        "# Cancelled,Unique Viewers,Total Users,Max Concurrent Views",
        '"Våga vara digital! Digital innovation","845 1234 5678","10/13/2026 08:55:12 AM",'
        '"95","4","0","2","3","2"',
        "Host Details",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name",
        'Yes,"Maria Nilsson","maria.nilsson@lansstyrelsen.se","10/13/2026 08:55:12 AM",'
        '"10/13/2026 10:30:00 AM","95","No","Sweden"',
        "Panelist Details",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name",
        "Attendee Details",
        "Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,"
        "Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,"
        "Country/Region Name",
        'Yes,"Sara Lund","Sara","Lund","sara.lund@gotland.se","10/01/2026 01:15:00 PM",'
        '"approved","10/13/2026 09:01:00 AM","10/13/2026 09:50:00 AM","49","Yes","Sweden"',
        'Yes,"Sara Lund","Sara","Lund","sara.lund@gotland.se","10/01/2026 01:15:00 PM",'
        '"approved","10/13/2026 09:55:00 AM","10/13/2026 10:30:00 AM","35","Yes","Sweden"',
        'No,"","Ulf","Ström","ulf.strom@laholm.se","10/02/2026 08:00:00 AM","approved",'
        '"--","--","","Yes",""',
        'Yes,"Kommunhuset Laholm","Anders","Bok","anders.bok@laholm.se",'
        '"10/03/2026 11:00:00 AM","approved","10/13/2026 09:00:00 AM",'
        '"10/13/2026 10:30:00 AM","90","Yes","Sweden"',
    ], "utf-8-sig")


def png_bytes() -> bytes:
    """A 1x1 PNG image, the kind of file someone renames by mistake."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(
        b"IEND", b"")


def bad_files() -> None:
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "binary.csv").write_bytes(png_bytes())
    (HERE / "xlsx_named_csv.csv").write_bytes((HERE / "people.xlsx").read_bytes())
    write_text("no_header.csv", ["Kolumn1;Kolumn2;Kolumn3", "a;b;c", "d;e;f"], "utf-8")
    write_text("unknown_report.csv", [
        "Webex Meeting Report",
        "Host,Meeting Number,Start Date",
        "Maria Nilsson,2641 123 4567,2026-10-13",
        "",
        "Attendee,Attendee Email,Attend Minutes",
        "Per Ängström,per.angstrom@laholm.se,40",
    ], "utf-8")


def main() -> None:
    people_excel_sv_cp1252()
    people_utf8_bom_title_row()
    people_utf16()
    people_xlsx()
    people_ods()
    teams_2020_log()
    teams_2021_summary()
    teams_current_sv()
    teams_current_en()
    zoom_meeting()
    zoom_webinar()
    bad_files()


if __name__ == "__main__":
    main()
