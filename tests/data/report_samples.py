"""Regenerate the attendance-report samples in tests/data/ (reports_*.csv/.txt).

Each sample has the shape of a real download seen in a public repository - its
encoding, line ends, sections, column order, date and duration formats - with made-up
people and meetings (no byte of the real files is kept):

- reports_teams_current_en_gb_utf16be.csv: a Teams report in en-GB ("14/11/22,
  09:30:46"), UTF-16BE with BOM and LF line ends, "3. In-Meeting activities", a name in
  decomposed Unicode - as in dvaneynde/teams-attendance (data/IDL-14-11-22.csv).
- reports_teams_current_pl.csv: Polish Teams ("1. Podsumowanie", "2 godz. 18 min 8 s",
  "3/10/25, 8:02:00 AM"), UTF-16LE, CRLF, a tab after every cell up to the widest row - as
  in mlodyjesienin/teams-attendance (example-files/).
- reports_teams_2020_log_ambiguous.csv: the 2020 log of a German school, "11/12/2020,
  12:27:24" on every line (11 December or 12 November?), UTF-16LE, LF - as in
  dominikhoebert/Teams-Attendance-Klassenbuch-Writer (meetingAttendanceList.csv).
- reports_zoom_two_devices.csv: Zoom's participant report with its ",,,,,," separator
  line, LF, no BOM, one person on two devices at once - as in Lightbridge-KS/zoomclass
  (inst/extdata/participants_heroes_full.csv).
- reports_teams_live_event.csv: the live event attendee report "SessionId,
  ParticipantId, FullName, UserAgent, UtcEventTimestamp, Action, Role" - as shown in
  renefb/teams-report-converter's README.
- reports_teams_2021_fr.csv, reports_teams_2020_log_pt.csv: the French 2021 report and
  the Portuguese 2020 log, from the shapes the bug report quotes.
- reports_teams_2021_resaved.csv: a 2021 table re-saved by Swedish Excel (";",
  Windows-1252, first column renamed "Nama").
- reports_zoom_unique_users.csv, reports_meet.csv, reports_webex.txt: Zoom's "Show unique
  users" export with its newer lower-case headers, Google Meet's attendance sheet as CSV
  and a Webex attendee report (UTF-16 tab-separated, as Webex exports are), built from
  the columns the products document.
- reports_teams_header_only.csv: a Teams report of a meeting nobody attended.
- reports_not_a_report.csv: a poll export with names, not an attendance report.

Run from the repository root: ``.venv/bin/python tests/data/report_samples.py``.
"""

import unicodedata
from datetime import date
from pathlib import Path

from report_writer import Style, encoded, meeting, write

HERE = Path(__file__).parent


def save(name: str, text: str, encoding: str) -> None:
    (HERE / name).write_bytes(encoded(text, encoding))


def teams_current_en_gb() -> None:
    """25 people with rejoins and two devices: section 3 has far more rows than section 2."""
    data = write(meeting(25, seed=14, day=date(2022, 11, 14)),
                 Style("teams_current", "en", "en_gb_short", "utf-16-be", "\n"))
    text = data[2:].decode("utf-16-be").replace("3. In-Meeting Activities", "3. In-Meeting activities")
    text = text.replace("García", unicodedata.normalize("NFD", "García"))
    save("reports_teams_current_en_gb_utf16be.csv", text, "utf-16-be")


def teams_current_pl() -> None:
    data = write(meeting(7, seed=3, day=date(2025, 10, 3)),
                 Style("teams_current", "pl", "en_us", "utf-16-le", "\r\n", trailing_tabs=True))
    (HERE / "reports_teams_current_pl.csv").write_bytes(data)


def teams_2020_log_ambiguous() -> None:
    lines = ["Full Name\tUser Action\tTimestamp"]
    for name, spans in [("Mustermann Max", ["12:27:24-12:45:18", "13:45:41-13:56:48"]),
                        ("Musterfrau Franziska", ["12:28:09-12:38:11", "15:45:58-15:46:58"]),
                        ("Huber Uwe", ["12:32:15-12:38:27", "13:17:31-13:23:19"])]:
        for span in spans:
            joined, left = span.split("-")
            lines += [f"{name}\tJoined\t11/12/2020, {joined}", f"{name}\tLeft\t11/12/2020, {left}"]
    save("reports_teams_2020_log_ambiguous.csv", "\n".join(lines) + "\n", "utf-16-le")


def zoom_two_devices() -> None:
    lines = [
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
        "60245167821,Våga vara digital! Digital säkerhet,10/13/2026 09:00:00 AM,10/13/2026 10:31:00 AM,"
        "maria.nilsson@lansstyrelsen.se,91,3",
        ",,,,,,",
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent",
        "Maria Nilsson,maria.nilsson@lansstyrelsen.se,10/13/2026 8:58:15 AM,10/13/2026 10:31:00 AM,93,No,Y",
        "Per Ängström (laptop),per.angstrom@laholm.se,10/13/2026 9:00:26 AM,10/13/2026 10:31:00 AM,91,Yes,Y",
        "Per Ängström (Per's iPhone),per.angstrom@laholm.se,10/13/2026 9:10:31 AM,10/13/2026 10:12:30 AM,62,Yes,Y",
        "Karin Ek,karin.ek@gotland.se,10/13/2026 9:14:30 AM,10/13/2026 9:24:26 AM,10,Yes,Y",
        "Karin Ek,karin.ek@gotland.se,10/13/2026 9:24:12 AM,10/13/2026 10:31:00 AM,67,Yes,Y",
    ]
    save("reports_zoom_two_devices.csv", "\n".join(lines) + "\n", "utf-8")


def teams_live_event() -> None:
    agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    lines = ["SessionId,ParticipantId,FullName,UserAgent,UtcEventTimestamp,Action,Role",
             f"518ca2fd-0e3c-4a2b-9b1e-1f0c4d6a7e01,anna.andersson@gotland.se,Anna Andersson,{agent},"
             "10/13/2026 6:58:08 AM,Joined,Event Team Member",
             "39f73ed2-6a1b-4c9d-8e2f-3a4b5c6d7e02,per.angstrom@laholm.se,Per Ängström,SignalR,"
             "10/13/2026 7:01:13 AM,Joined,Attendee",
             f"77aa12bc-1d2e-4f3a-9b8c-7d6e5f4a3b03,per.angstrom@laholm.se,Per Ängström,{agent},"
             "10/13/2026 7:20:00 AM,Joined,Attendee",
             f"518ca2fd-0e3c-4a2b-9b1e-1f0c4d6a7e01,anna.andersson@gotland.se,Anna Andersson,{agent},"
             "10/13/2026 8:31:00 AM,Left,Event Team Member",
             f"77aa12bc-1d2e-4f3a-9b8c-7d6e5f4a3b03,per.angstrom@laholm.se,Per Ängström,{agent},"
             "10/13/2026 7:50:00 AM,Left,Attendee",
             "39f73ed2-6a1b-4c9d-8e2f-3a4b5c6d7e02,per.angstrom@laholm.se,Per Ängström,SignalR,"
             "10/13/2026 8:16:13 AM,Left,Attendee"]
    save("reports_teams_live_event.csv", "\r\n".join(lines) + "\r\n", "utf-8-sig")


def teams_2021_fr() -> None:
    nbsp = "\u00a0"
    lines = ["Résumé de la réunion",
             "Nombre total de participants\t2",
             "Titre de la réunion\tVåga vara digital! Innovation numérique",
             "Heure de début de la réunion\t13/04/2021 à 09:00:12",
             "Heure de fin de la réunion\t13/04/2021 à 11:45:00",
             "",
             "Nom complet\tHeure d'arrivée\tHeure de départ\tDurée\tAdresse e-mail\tRôle\tID du participant (UPN)",
             f"Dubois, Camille\t13/04/2021 à 09:01:31\t13/04/2021 à 11:45:00\t2{nbsp}h 43{nbsp}m 29{nbsp}s\t"
             "camille.dubois@example.fr\tOrganisateur\tcamille.dubois@example.fr",
             f"Ek, Karin (Invité)\t13/04/2021 à 09:02:00\t13/04/2021 à 09:46:00\t44{nbsp}m\t"
             "karin.ek@gotland.se\tParticipant\t"]
    save("reports_teams_2021_fr.csv", "\r\n".join(lines) + "\r\n", "utf-16-le")


def teams_2020_log_pt() -> None:
    lines = ["Nome Completo\tAtividade\tData e hora",
             "Silva, João\tEntrou\t13/10/2026 09:00:40",
             "Ek, Karin\tEntrou\t13/10/2026 09:02:11",
             "Ek, Karin\tSaiu\t13/10/2026 09:40:00",
             "Silva, João\tSaiu\t13/10/2026 10:30:05"]
    save("reports_teams_2020_log_pt.csv", "\r\n".join(lines) + "\r\n", "utf-16-le")


def teams_2021_resaved() -> None:
    lines = ["Nama;Join Time;Leave Time;Duration;Email;Role;Participant ID (UPN)",
             "Nilsson, Maria;11/12/2020, 08:58:00;11/12/2020, 10:32:40;1h 34m 40s;maria.nilsson@lansstyrelsen.se;"
             "Organizer;maria.nilsson@lansstyrelsen.se",
             "Hallén, Jörgen;11/12/2020, 09:01:30;11/12/2020, 10:15:00;1h 13m 30s;jorgen.hallen@gotland.se;Attendee;"
             "jorgen.hallen@gotland.se",
             "Öberg, Åsa (Extern);11/12/2020, 09:10:00;11/12/2020, 09:20:45;10m 45s;asa.oberg@gmail.com;Attendee;"]
    save("reports_teams_2021_resaved.csv", "\r\n".join(lines) + "\r\n", "cp1252")


def zoom_unique_users() -> None:
    lines = ["Name (original name),Email,Total duration (minutes),Guest",
             "Maria Nilsson,maria.nilsson@lansstyrelsen.se,93,No",
             "Per Ängström,per.angstrom@laholm.se,153,Yes",
             "iPhone Björn,,58,Yes"]
    save("reports_zoom_unique_users.csv", "\r\n".join(lines) + "\r\n", "utf-8-sig")


def meet() -> None:
    lines = ["First name,Last name,Email,Duration,Time joined,Time exited",
             "Anna,Andersson,anna.andersson@gotland.se,1 hr 28 min,9:01 AM,10:31 AM",
             "Per,Ängström,per.angstrom@laholm.se,47 min,9:15 AM,10:02 AM"]
    save("reports_meet.csv", "\r\n".join(lines) + "\r\n", "utf-8")


def webex() -> None:
    lines = ["Name\tEmail\tInvited\tRegistered\tJoin time\tLeave time\tDuration (minutes)\tConnection type",
             "Anna Andersson\tanna.andersson@gotland.se\tYes\tNo\t2026-10-13 09:00:10\t2026-10-13 10:31:00\t91\t"
             "Desktop app",
             "Per Ängström\tper.angstrom@laholm.se\tYes\tNo\t2026-10-13 09:05:00\t2026-10-13 09:45:00\t40\tWeb app",
             "Per Ängström\tper.angstrom@laholm.se\tYes\tNo\t2026-10-13 09:50:00\t2026-10-13 10:31:00\t41\tWeb app"]
    save("reports_webex.txt", "\r\n".join(lines) + "\r\n", "utf-16-le")


def teams_header_only() -> None:
    lines = ["1. Summary", "Meeting title\tVåga vara digital! Digital säkerhet", "Attended participants\t0",
             "Start time\t10/13/26, 9:00:04 AM", "", "2. Participants",
             "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole", "",
             "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
    save("reports_teams_header_only.csv", "\r\n".join(lines) + "\r\n", "utf-16-le")


def not_a_report() -> None:
    lines = ["Poll results: Våga vara digital!", "", "Participant,Question,Answer",
             "Anna Andersson,Which focus area next?,Digital security",
             "Per Ängström,Which focus area next?,Digital innovation"]
    save("reports_not_a_report.csv", "\r\n".join(lines) + "\r\n", "utf-8-sig")


def main() -> None:
    for make in (teams_current_en_gb, teams_current_pl, teams_2020_log_ambiguous, zoom_two_devices,
                 teams_live_event, teams_2021_fr, teams_2020_log_pt, teams_2021_resaved, zoom_unique_users, meet,
                 webex, teams_header_only, not_a_report):
        make()


if __name__ == "__main__":
    main()
