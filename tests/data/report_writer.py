"""Write attendance reports the way Teams, Zoom, Google Meet and Webex write them.

A :class:`Meeting` (people and their connections, with rejoins and two devices at once)
is written as one :class:`Style`: the kind of report, the downloader's language and
regional date format, the encoding, line ends and Teams' trailing tabs. The tests read
what this writes across that whole space (test_attendance_reports.py's property test),
the benchmark reads a 1 000-person report, and report_samples.py keeps a few as files.

The shapes follow real downloads found in public repositories (see report_samples.py);
the words of languages we have not seen a real file in are the products' published
translations as best we know them. Language "xx" has made-up words, so that only the
structure and the values can tell the reader what it is looking at.
"""

import csv
import io
import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
GENERATIONS = ("teams_current", "teams_2021", "teams_2020", "teams_live_event", "zoom_meeting", "zoom_unique",
               "meet", "webex", "excel_resave")
LANGUAGES = ("sv", "en", "de", "fr", "es", "pt", "pl", "nl", "fi", "nb", "da", "it", "xx")
DATE_FORMATS = ("iso", "en_gb", "en_gb_short", "en_us", "dotted", "fr", "dotted_klo")
ENCODINGS = ("utf-16-le", "utf-16-be", "utf-8-sig", "utf-8")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    email: str
    guest: bool  # a guest from another organisation: "(Extern)" and an #EXT# UPN
    role: str  # "organiser" | "presenter" | "attendee"
    connections: tuple[tuple[datetime, datetime], ...]  # aware UTC, each device's join and leave

    def union_seconds(self) -> int:
        total, end = 0, None
        for start, stop in sorted(self.connections):
            if end is None or start > end:
                total += int((stop - start).total_seconds())
                end = stop
            elif stop > end:
                total += int((stop - end).total_seconds())
                end = stop
        return total


@dataclass(frozen=True)
class Meeting:
    title: str
    start: datetime  # aware UTC
    end: datetime
    people: tuple[Person, ...]


@dataclass(frozen=True)
class Style:
    generation: str = "teams_current"
    language: str = "en"
    date_format: str = "en_gb"
    encoding: str = "utf-16-le"
    newline: str = "\r\n"
    trailing_tabs: bool = False
    comma: bool = False  # Teams' report saved from the web as comma-separated UTF-8


@dataclass(frozen=True)
class Words:
    sections: tuple[str, str, str]
    keys: tuple[str, str, str, str, str]  # title, attended, start, end, duration
    people: tuple[str, ...]  # name, first join, last leave, duration, email, UPN, role
    activities: tuple[str, ...]  # name, join, leave, duration, email, role
    summary_2021: str
    people_2021: tuple[str, ...]  # full name, join, leave, duration, email, role, UPN
    log: tuple[str, str, str]  # full name, action, timestamp
    actions: tuple[str, str]  # joined, left
    roles: tuple[str, str, str]  # organiser, presenter, attendee
    units: tuple[str, str, str]  # hours, minutes, seconds
    unit_space: str = ""
    extern: str = "(Extern)"


WORDS = {
    "en": Words(("1. Summary", "2. Participants", "3. In-Meeting Activities"),
                ("Meeting title", "Attended participants", "Start time", "End time", "Meeting duration"),
                ("Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"),
                ("Name", "Join Time", "Leave Time", "Duration", "Email", "Role"), "Meeting Summary",
                ("Full Name", "Join Time", "Leave Time", "Duration", "Email", "Role", "Participant ID (UPN)"),
                ("Full Name", "User Action", "Timestamp"), ("Joined", "Left"),
                ("Organizer", "Presenter", "Attendee"), ("h", "m", "s"), "", "(External)"),
    "sv": Words(("1. Sammanfattning", "2. Deltagare", "3. Aktiviteter i mötet"),
                ("Mötesrubrik", "Deltagare som deltog", "Starttid", "Sluttid", "Mötets varaktighet"),
                ("Namn", "Första anslutning", "Senast lämnat", "Tid i mötet", "E-post", "Deltagar-ID (UPN)", "Roll"),
                ("Namn", "Anslutningstid", "Lämnandetid", "Varaktighet", "E-post", "Roll"), "Mötessammanfattning",
                ("Fullständigt namn", "Anslutningstid", "Lämnandetid", "Varaktighet", "E-post", "Roll",
                 "Deltagar-ID (UPN)"),
                ("Fullständigt namn", "Användaråtgärd", "Tidsstämpel"), ("Anslöt", "Lämnade"),
                ("Organisatör", "Presentatör", "Deltagare"), ("h", "min", "s"), " ", "(Extern)"),
    "de": Words(("1. Zusammenfassung", "2. Teilnehmer", "3. Aktivitäten in der Besprechung"),
                ("Besprechungstitel", "Teilgenommene Teilnehmer", "Startzeit", "Endzeit", "Besprechungsdauer"),
                ("Name", "Erster Beitritt", "Letztes Verlassen", "Dauer in der Besprechung", "E-Mail",
                 "Teilnehmer-ID (UPN)", "Rolle"),
                ("Name", "Beitrittszeit", "Zeitpunkt des Verlassens", "Dauer", "E-Mail", "Rolle"),
                "Besprechungszusammenfassung",
                ("Vollständiger Name", "Beitrittszeit", "Zeitpunkt des Verlassens", "Dauer", "E-Mail", "Rolle",
                 "Teilnehmer-ID (UPN)"),
                ("Vollständiger Name", "Benutzeraktion", "Zeitstempel"), ("Beigetreten", "Verlassen"),
                ("Organisator", "Referent", "Teilnehmer"), ("Std.", "Min.", "Sek."), " ", "(Extern)"),
    "fr": Words(("1. Résumé", "2. Participants", "3. Activités de la réunion"),
                ("Titre de la réunion", "Participants présents", "Heure de début", "Heure de fin",
                 "Durée de la réunion"),
                ("Nom", "Première arrivée", "Dernier départ", "Durée de la réunion", "Adresse e-mail",
                 "ID du participant (UPN)", "Rôle"),
                ("Nom", "Heure d'arrivée", "Heure de départ", "Durée", "Adresse e-mail", "Rôle"),
                "Résumé de la réunion",
                ("Nom complet", "Heure d'arrivée", "Heure de départ", "Durée", "Adresse e-mail", "Rôle",
                 "ID du participant (UPN)"),
                ("Nom complet", "Action de l'utilisateur", "Horodatage"), ("A rejoint", "A quitté"),
                ("Organisateur", "Présentateur", "Participant"), ("h", "m", "s"), "\u00a0", "(Externe)"),
    "es": Words(("1. Resumen", "2. Participantes", "3. Actividades en la reunión"),
                ("Título de la reunión", "Participantes asistentes", "Hora de inicio", "Hora de finalización",
                 "Duración de la reunión"),
                ("Nombre", "Primera unión", "Última salida", "Duración en la reunión", "Correo electrónico",
                 "Id. de participante (UPN)", "Rol"),
                ("Nombre", "Hora de unión", "Hora de salida", "Duración", "Correo electrónico", "Rol"),
                "Resumen de la reunión",
                ("Nombre completo", "Hora de unión", "Hora de salida", "Duración", "Correo electrónico", "Rol",
                 "Id. de participante (UPN)"),
                ("Nombre completo", "Actividad", "Fecha y hora"), ("Unido", "Salió"),
                ("Organizador", "Moderador", "Asistente"), ("h", "min", "s"), " ", "(Externo)"),
    "pt": Words(("1. Resumo", "2. Participantes", "3. Atividades na Reunião"),
                ("Título da reunião", "Participantes presentes", "Hora de início", "Hora de término",
                 "Duração da reunião"),
                ("Nome", "Primeira entrada", "Última saída", "Duração na reunião", "Email",
                 "ID do participante (UPN)", "Função"),
                ("Nome", "Hora de entrada", "Hora de saída", "Duração", "Email", "Função"), "Resumo da reunião",
                ("Nome Completo", "Hora de entrada", "Hora de saída", "Duração", "Email", "Função",
                 "ID do participante (UPN)"),
                ("Nome Completo", "Atividade", "Data e hora"), ("Entrou", "Saiu"),
                ("Organizador", "Apresentador", "Participante"), ("h", "min", "s"), " ", "(Externo)"),
    "pl": Words(("1. Podsumowanie", "2. Uczestnicy", "3. Działania podczas spotkania"),
                ("Tytuł spotkania", "Liczba uczestniczących", "Godzina rozpoczęcia", "Godzina zakończenia",
                 "Czas trwania spotkania"),
                ("Imię i nazwisko", "Pierwsze dołączenie", "Ostatnie wyjście", "Czas udziału w spotkaniu",
                 "Adres e-mail", "Identyfikator uczestnika (UPN)", "Rola"),
                ("Imię i nazwisko", "Godzina dołączenia", "Godzina opuszczenia", "Czas trwania", "Adres e-mail",
                 "Rola"), "Podsumowanie spotkania",
                ("Imię i nazwisko", "Godzina dołączenia", "Godzina opuszczenia", "Czas trwania", "Adres e-mail",
                 "Rola", "Identyfikator uczestnika (UPN)"),
                ("Imię i nazwisko", "Akcja użytkownika", "Sygnatura czasowa"), ("Dołączył", "Opuścił"),
                ("Organizator", "Osoba prowadząca", "Uczestnik"), ("godz.", "min", "s"), " ", "(Gość)"),
    "nl": Words(("1. Samenvatting", "2. Deelnemers", "3. Activiteiten tijdens de vergadering"),
                ("Titel van vergadering", "Deelnemers aanwezig", "Begintijd", "Eindtijd", "Duur van vergadering"),
                ("Naam", "Eerste deelname", "Laatste vertrek", "Duur in vergadering", "E-mail", "Deelnemer-id (UPN)",
                 "Rol"),
                ("Naam", "Tijd van deelname", "Tijd van vertrek", "Duur", "E-mail", "Rol"),
                "Samenvatting van vergadering",
                ("Volledige naam", "Tijd van deelname", "Tijd van vertrek", "Duur", "E-mail", "Rol",
                 "Deelnemer-id (UPN)"),
                ("Volledige naam", "Gebruikersactie", "Tijdstempel"), ("Deelgenomen", "Verlaten"),
                ("Organisator", "Presentator", "Deelnemer"), ("u", "m", "s"), " ", "(Extern)"),
    "fi": Words(("1. Yhteenveto", "2. Osallistujat", "3. Kokouksen aikaiset toiminnot"),
                ("Kokouksen otsikko", "Osallistuneet", "Alkamisaika", "Päättymisaika", "Kokouksen kesto"),
                ("Nimi", "Ensimmäinen liittyminen", "Viimeinen poistuminen", "Kesto kokouksessa", "Sähköposti",
                 "Osallistujan tunnus (UPN)", "Rooli"),
                ("Nimi", "Liittymisaika", "Poistumisaika", "Kesto", "Sähköposti", "Rooli"),
                "Kokouksen yhteenveto",
                ("Koko nimi", "Liittymisaika", "Poistumisaika", "Kesto", "Sähköposti", "Rooli",
                 "Osallistujan tunnus (UPN)"),
                ("Koko nimi", "Käyttäjän toiminto", "Aikaleima"), ("Liittyi", "Poistui"),
                ("Järjestäjä", "Esittäjä", "Osallistuja"), ("t", "min", "s"), " ", "(Ulkoinen)"),
    "nb": Words(("1. Sammendrag", "2. Deltakere", "3. Aktiviteter i møtet"),
                ("Møtetittel", "Deltakere som deltok", "Starttidspunkt", "Sluttidspunkt", "Møtevarighet"),
                ("Navn", "Første deltakelse", "Siste avreise", "Varighet i møtet", "E-post", "Deltaker-ID (UPN)",
                 "Rolle"),
                ("Navn", "Tidspunkt for deltakelse", "Tidspunkt for avreise", "Varighet", "E-post", "Rolle"),
                "Møtesammendrag",
                ("Fullt navn", "Tidspunkt for deltakelse", "Tidspunkt for avreise", "Varighet", "E-post", "Rolle",
                 "Deltaker-ID (UPN)"),
                ("Fullt navn", "Brukerhandling", "Tidsstempel"), ("Ble med", "Forlot"),
                ("Arrangør", "Presentatør", "Deltaker"), ("t", "m", "s"), " ", "(Ekstern)"),
    "da": Words(("1. Oversigt", "2. Deltagere", "3. Aktiviteter i mødet"),
                ("Mødetitel", "Deltagere, der deltog", "Starttidspunkt", "Sluttidspunkt", "Mødets varighed"),
                ("Navn", "Første deltagelse", "Sidste afgang", "Varighed i mødet", "Mail", "Deltager-id (UPN)",
                 "Rolle"),
                ("Navn", "Tidspunkt for deltagelse", "Tidspunkt for afgang", "Varighed", "Mail", "Rolle"),
                "Mødeoversigt",
                ("Fulde navn", "Tidspunkt for deltagelse", "Tidspunkt for afgang", "Varighed", "Mail", "Rolle",
                 "Deltager-id (UPN)"),
                ("Fulde navn", "Brugerhandling", "Tidsstempel"), ("Deltog", "Forlod"),
                ("Mødearrangør", "Præsentationsvært", "Deltager"), ("t", "m", "s"), " ", "(Ekstern)"),
    "it": Words(("1. Riepilogo", "2. Partecipanti", "3. Attività durante la riunione"),
                ("Titolo della riunione", "Partecipanti presenti", "Ora di inizio", "Ora di fine",
                 "Durata della riunione"),
                ("Nome", "Primo ingresso", "Ultima uscita", "Durata della riunione", "Posta elettronica",
                 "ID partecipante (UPN)", "Ruolo"),
                ("Nome", "Ora di ingresso", "Ora di uscita", "Durata", "Posta elettronica", "Ruolo"),
                "Riepilogo della riunione",
                ("Nome completo", "Ora di ingresso", "Ora di uscita", "Durata", "Posta elettronica", "Ruolo",
                 "ID partecipante (UPN)"),
                ("Nome completo", "Azione utente", "Data e ora"), ("Partecipato", "Uscito"),
                ("Organizzatore", "Relatore", "Partecipante"), ("h", "min", "s"), " ", "(Esterno)"),
}
_NAMES = [("Anna", "Andersson"), ("Åsa", "Öberg"), ("Per", "Ängström"), ("Karin", "Ek"), ("Jörgen", "Hallén"),
          ("Omar", "Haddad"), ("Zoë", "Åkesson"), ("Lena", "Gran"), ("Mikael", "Lindén"), ("Eva", "Sjöström"),
          ("Björn", "Nyström"), ("Sara", "Lund"), ("Ulf", "Ström"), ("Maria", "Nilsson"), ("Olle", "Berg"),
          ("Lisa", "Karlsson"), ("Ahmed", "Yusuf"), ("Ingrid", "af Klint"), ("Johan", "van der Berg"),
          ("Märta", "Ekström"), ("Pekka", "Mäkinen"), ("Siv", "Ødegård"), ("Jan", "Kowalski"), ("Lucía", "García")]
_DOMAINS = ["gotland.se", "laholm.se", "lansstyrelsen.se", "regionhalland.se", "skane.se", "ale.se"]


def meeting(size: int, seed: int = 0, day: date = date(2026, 10, 13), rejoins: int = 0) -> Meeting:
    """A 91-minute meeting at 09:00 Stockholm time with ``size`` people: the first one
    organises, some rejoin, some connect from two devices at once, a few are guests.
    With ``rejoins``, everyone also drops out and comes back that many times."""
    rng = random.Random(seed)
    start = datetime(day.year, day.month, day.day, 9, 0, 4, tzinfo=STOCKHOLM).astimezone(UTC)
    end = start + timedelta(minutes=91)
    people = []
    for number in range(size):
        given, family = _NAMES[number % len(_NAMES)]
        if number >= len(_NAMES):
            family = f"{family}-{number // len(_NAMES)}"
        guest = number % 7 == 3
        domain = "gmail.com" if guest else _DOMAINS[number % len(_DOMAINS)]
        email = f"{_ascii(given)}.{_ascii(family)}@{domain}".lower()
        role = "organiser" if number == 0 else "presenter" if number == 1 else "attendee"
        connections = _connections(rng, start, end, number)
        for _ in range(rejoins):
            connections = _dropped_out(rng, connections)
        people.append(Person(given, family, email, guest, role, connections))
    return Meeting("Våga vara digital! Digitalt ledarskap", start, end, tuple(people))


def _connections(rng: random.Random, start: datetime, end: datetime, number: int) -> tuple:
    """One connection, or a rejoin, or two devices at once (every fifth person)."""
    join = start + timedelta(seconds=rng.randint(0, 600))
    leave = end - timedelta(seconds=rng.randint(0, 900))
    if number % 5 == 2:  # the laptop and the phone, overlapping
        phone = join + timedelta(seconds=rng.randint(60, 1200))
        return (join, leave), (phone, min(end, phone + timedelta(seconds=rng.randint(600, 3600))))
    if number % 3 == 1:  # left for a while and came back
        gap = join + timedelta(seconds=rng.randint(600, 2400))
        back = gap + timedelta(seconds=rng.randint(60, 600))
        return (join, gap), (back, max(back + timedelta(seconds=30), leave))
    return ((join, leave),)


def _dropped_out(rng: random.Random, connections: tuple) -> tuple:
    """The longest connection cut in two by a minute or two away."""
    longest = max(connections, key=lambda span: span[1] - span[0])
    middle = longest[0] + (longest[1] - longest[0]) / 2
    back = middle + timedelta(seconds=rng.randint(30, 150))
    if back >= longest[1]:
        return connections
    rest = tuple(span for span in connections if span is not longest)
    return (*rest, (longest[0], middle), (back, longest[1]))


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéëíøü ", "aaoeeiou-")
    return text.lower().translate(table)


# -- values as each locale writes them -----------------------------------------------------
def time_text(moment: datetime, date_format: str) -> str:
    local = moment.astimezone(STOCKHOLM)
    hms = f"{local:%H:%M:%S}"
    if date_format == "iso":
        return f"{local:%Y-%m-%d} {hms}"
    if date_format == "en_gb":
        return f"{local:%d/%m/%Y}, {hms}"
    if date_format == "en_gb_short":
        return f"{local:%d/%m/%y}, {hms}"
    if date_format == "en_us":
        hour = local.hour % 12 or 12
        return f"{local.month}/{local.day}/{local:%y}, {hour}:{local:%M:%S}\u202f{'AM' if local.hour < 12 else 'PM'}"
    if date_format == "dotted":
        return f"{local:%d.%m.%Y}, {hms}"
    if date_format == "fr":
        return f"{local:%d/%m/%Y} à {hms}"
    if date_format == "dotted_klo":
        return f"{local:%d.%m.%Y} klo {local.hour}.{local:%M.%S}"
    raise ValueError(date_format)


def duration_text(seconds: int, words: Words) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    space = words.unit_space
    parts = ([f"{hours}{space}{words.units[0]}"] if hours else []) + \
        ([f"{minutes}{space}{words.units[1]}"] if minutes or hours else []) + [f"{secs}{space}{words.units[2]}"]
    return " ".join(parts)


def display_name(person: Person, words: Words, family_first: bool = True) -> str:
    name = f"{person.family}, {person.given}" if family_first else f"{person.given} {person.family}"
    return f"{name} {words.extern}" if person.guest else name


def upn(person: Person) -> str:
    if person.guest:
        return person.email.replace("@", "_") + "#EXT#@lansstyrelsen.onmicrosoft.com"
    return person.email


def made_up_words(seed: int) -> Words:
    """A language we do not know: every word made up, only the structure is Teams'."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice("bcdfgklmnprstvxz") + rng.choice("aeiouy") for _ in range(rng.randint(2, 4)))

    def words(count: int) -> tuple[str, ...]:
        return tuple(f"{word().title()} {word()}" for _ in range(count))

    return Words((f"1. {word().title()}", f"2. {word().title()}", f"3. {word().title()} {word()}"), words(5),
                 words(7), words(6), word().title(), words(7), words(3), (word().title(), word().title()),
                 (word().title(), word().title(), word().title()), ("h", "m", "s"), "", f"({word()})")


# -- the reports ---------------------------------------------------------------------------------
def write(meeting: Meeting, style: Style, seed: int = 0) -> bytes:
    """The report's bytes, as the platform writes them."""
    words = made_up_words(seed) if style.language == "xx" else WORDS[style.language]
    rows = _ROWS[style.generation](meeting, style, words)
    delimiter = "," if style.comma or style.generation in _COMMA else ";" if style.generation == "excel_resave" \
        else "\t"
    if style.trailing_tabs and delimiter == "\t":
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=style.newline,
                        quoting=csv.QUOTE_MINIMAL if delimiter != "\t" else csv.QUOTE_NONE, escapechar="\\")
    writer.writerows(rows)
    return encoded(buffer.getvalue(), style.encoding)


def encoded(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if encoding == "cp1252":  # Excel's "CSV (semicolon)": the narrow space before AM/PM becomes a space
        text = text.replace("\u202f", " ")
    return text.encode(encoding)


_COMMA = {"zoom_meeting", "zoom_unique", "teams_live_event", "meet"}


def _teams_current(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    def when(moment: datetime) -> str:
        return time_text(moment, style.date_format)

    rows = [[words.sections[0]], [words.keys[0], meeting.title], [words.keys[1], str(len(meeting.people))],
            [words.keys[2], when(meeting.start)], [words.keys[3], when(meeting.end)],
            [words.keys[4], duration_text(int((meeting.end - meeting.start).total_seconds()), words)], [],
            [words.sections[1]], list(words.people)]
    for person in meeting.people:
        first, last = min(c[0] for c in person.connections), max(c[1] for c in person.connections)
        summed = sum(int((b - a).total_seconds()) for a, b in person.connections)  # Teams adds two devices up
        rows.append([display_name(person, words), when(first), when(last), duration_text(summed, words), person.email,
                     upn(person), _role(person, words)])
    rows += [[], [words.sections[2]], list(words.activities)]
    for person in meeting.people:
        for join, leave in person.connections:
            rows.append([display_name(person, words), when(join), when(leave),
                         duration_text(int((leave - join).total_seconds()), words), person.email, _role(person, words)])
    return rows


def _teams_2021(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    rows = [[words.summary_2021], [words.keys[1], str(len(meeting.people))], [words.keys[0], meeting.title],
            [words.keys[2], time_text(meeting.start, style.date_format)],
            [words.keys[3], time_text(meeting.end, style.date_format)], []]
    return rows + _rows_2021(meeting, style, words, list(words.people_2021))


def _rows_2021(meeting: Meeting, style: Style, words: Words, header: list[str]) -> list[list[str]]:
    rows = [header]
    for person in meeting.people:
        for join, leave in person.connections:  # one row per device session
            rows.append([display_name(person, words), time_text(join, style.date_format),
                         time_text(leave, style.date_format), duration_text(int((leave - join).total_seconds()), words),
                         person.email, _role(person, words), upn(person)])
    return rows


def _excel_resave(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    """The 2021 participant table re-saved by Excel, its first column renamed by hand."""
    return _rows_2021(meeting, style, words, ["Nama", *words.people_2021[1:]])


def _teams_2020(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    events = sorted(((moment, is_join, person) for person in meeting.people for join, leave in _sequential(person)
                     for moment, is_join in ((join, True), (leave, False))), key=lambda event: event[:2])
    rows = [list(words.log)]
    for moment, is_join, person in events:
        rows.append([display_name(person, words), words.actions[0 if is_join else 1],
                     time_text(moment, style.date_format)])
    return rows


def _sequential(person: Person) -> list[tuple[datetime, datetime]]:
    """The 2020 log has one line per person, not per device: overlapping connections merge."""
    merged: list[tuple[datetime, datetime]] = []
    for join, leave in sorted(person.connections):
        if merged and join <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(leave, merged[-1][1]))
        else:
            merged.append((join, leave))
    return merged


def _teams_live_event(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    rows = [["SessionId", "ParticipantId", "FullName", "UserAgent", "UtcEventTimestamp", "Action", "Role"]]
    events = []
    for number, person in enumerate(meeting.people):
        for device, (join, leave) in enumerate(person.connections):
            session = f"{number:08x}-{device:04x}-4a5b-9c8d-{number * 7919 + device:012x}"
            for moment, action in ((join, "Joined"), (leave, "Left")):
                events.append((moment, [session, person.email, f"{person.given} {person.family}",
                                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", _us_utc(moment), action,
                                        "Attendee" if person.role == "attendee" else "Event Team Member"]))
    return rows + [row for _, row in sorted(events, key=lambda event: event[0])]


def _us_utc(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"


def _zoom_meeting(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    def when(moment: datetime) -> str:
        local = moment.astimezone(STOCKHOLM)
        return f"{local:%m/%d/%Y %I:%M:%S %p}"

    rows = [["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"],
            ["812 3456 7890", meeting.title, when(meeting.start), when(meeting.end), meeting.people[0].email,
             str(_ceil_minutes(meeting.start, meeting.end)), str(len(meeting.people))], [""] * 7,
            ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest",
             "In Waiting Room"]]
    for person in meeting.people:
        for join, leave in person.connections:
            rows.append([f"{person.given} {person.family}", person.email, when(join), when(leave),
                         str(_ceil_minutes(join, leave)), "Yes" if person.guest else "No", "No"])
    return rows


def _zoom_unique(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    """"Show unique users": one row per person with Zoom's total (which adds devices up)."""
    rows = [["Name (original name)", "Email", "Total duration (minutes)", "Guest"]]
    for person in meeting.people:
        total = sum(_ceil_minutes(join, leave) for join, leave in person.connections)
        rows.append([f"{person.given} {person.family}", person.email, str(total), "Yes" if person.guest else "No"])
    return rows


def _meet(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    """Google Meet's attendance sheet downloaded as CSV: times of day, durations in words."""
    rows = [["First name", "Last name", "Email", "Duration", "Time joined", "Time exited"]]
    for person in meeting.people:
        first, last = min(c[0] for c in person.connections), max(c[1] for c in person.connections)
        minutes = person.union_seconds() // 60
        rows.append([person.given, person.family, person.email,
                     f"{minutes // 60} hr {minutes % 60} min" if minutes >= 60 else f"{minutes} min",
                     _clock(first), _clock(last)])
    return rows


def _clock(moment: datetime) -> str:
    local = moment.astimezone(STOCKHOLM)
    return f"{local.hour % 12 or 12}:{local:%M} {'AM' if local.hour < 12 else 'PM'}"


def _webex(meeting: Meeting, style: Style, words: Words) -> list[list[str]]:
    """Webex's attendee report: UTF-16 tab-separated (as Webex exports are), a row per join."""
    rows = [["Name", "Email", "Invited", "Registered", "Join time", "Leave time", "Duration (minutes)",
             "Connection type"]]
    for person in meeting.people:
        for join, leave in person.connections:
            rows.append([f"{person.given} {person.family}", person.email, "Yes", "No",
                         time_text(join, style.date_format), time_text(leave, style.date_format),
                         str(_ceil_minutes(join, leave)), "Desktop app"])
    return rows


def _ceil_minutes(join: datetime, leave: datetime) -> int:
    return -(-int((leave - join).total_seconds()) // 60)


def _role(person: Person, words: Words) -> str:
    return words.roles[("organiser", "presenter", "attendee").index(person.role)]


_ROWS = {"teams_current": _teams_current, "teams_2021": _teams_2021, "teams_2020": _teams_2020,
         "teams_live_event": _teams_live_event, "zoom_meeting": _zoom_meeting, "zoom_unique": _zoom_unique,
         "meet": _meet, "webex": _webex, "excel_resave": _excel_resave}


def expected_minutes(person: Person, generation: str) -> tuple[int, int]:
    """The least and most minutes a correct reader may find for ``person``: their time in
    the meeting counted once, give or take the minute each row is rounded to."""
    union = person.union_seconds() // 60
    if generation == "zoom_unique":  # only Zoom's total, which adds both devices up
        total = sum(_ceil_minutes(join, leave) for join, leave in person.connections)
        return total, total
    rounding = len(person.connections) if generation in ("zoom_meeting", "webex") else 1
    return max(union - 1, 0), union + rounding


def with_people(meeting: Meeting, people: tuple[Person, ...]) -> Meeting:
    return replace(meeting, people=people)


__all__ = ["DATE_FORMATS", "ENCODINGS", "GENERATIONS", "LANGUAGES", "Meeting", "Person", "Style", "expected_minutes",
           "meeting", "with_people", "write"]
