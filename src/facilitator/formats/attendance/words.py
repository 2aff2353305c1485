"""The words of attendance reports in the languages our guests download them in.

These are hints, not the rule: a report is recognised by its structure and the shape of
its values (layout.py), and a header in a language missing here is still read. The words
help where the shape alone cannot tell (which of two times is the join, which address the
UPN) and make the review's labels right. Everything is compared folded (people_columns.
fold_header: lower-case ASCII letters and digits), so "Första anslutning", "FÖRSTA
ANSLUTNING" and "forsta_anslutning" agree; ł and ø fold away ("dołączenie" -> "doaczenie").

Languages: sv, en, de, fr, es, pt, pl, nl, fi, nb, da, it (Teams' own words where we
have seen them: en, sv, pl, pt, fr; the rest from the products' published translations).
"""

from ...domain.translatable import QT_TRANSLATE_NOOP, Phrase
from ..people_columns import fold_header

# Letters Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ł": "l", "Ł": "l", "ß": "ss", "đ": "d",
                          "þ": "th", "ð": "d", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits: "Första anslutning" -> "forstaanslutning",
    "Dołączenie" -> "dolaczenie", "Mødet" -> "modet"."""
    return fold_header(text.translate(_LETTERS))


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in words)


# Header words that name a column exactly (short words that would match too much inside others).
_EXACT: dict[str, tuple[str, ...]] = {
    "first_name": _folded("First Name", "Given name", "Förnamn", "Vorname", "Prénom", "Nombre de pila",
                          "Primeiro nome", "Imię", "Voornaam", "Etunimi", "Fornavn", "Nome proprio"),
    "last_name": _folded("Last Name", "Surname", "Family name", "Efternamn", "Nachname", "Nom de famille",
                         "Apellido", "Apellidos", "Sobrenome", "Apelido", "Nazwisko", "Achternaam",
                         "Sukunimi", "Etternavn", "Efternavn", "Cognome"),
    "role": _folded("Role", "Roll", "Rolle", "Rôle", "Rol", "Rola", "Rooli", "Ruolo", "Função", "Papel",
                    "Función", "Attendee type", "Participant type", "User type", "Deltagartyp"),
    "guest": _folded("Invité", "Invitée"),
    "name": _folded("Participant", "Participante", "Deltagare", "Teilnehmer", "Uczestnik", "Deelnemer",
                    "Osallistuja", "Deltaker", "Deltager", "Partecipante", "Attendee"),
    "ignored": _folded("Country/Region Name", "Invited", "Inbjuden", "User Agent", "UserAgent",
                       "Connection type", "Network type", "Client", "Approval Status", "Department",
                       "Recording Consent", "Meeting ID", "Webinar ID", "Participants", "Source"),
}
# Stems found inside a folded header, in order: the first field whose stem a header holds
# names it ("Participant ID (UPN)" is the UPN before it is a name).
_CONTAINED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("upn", _folded("upn", "participant id", "participantid", "teilnehmer-id", "deltagar-id", "deltaker-id",
                    "deltager-id", "deelnemer-id", "id du participant", "id de participante",
                    "id do participante", "identyfikator uczestnika", "osallistujan tunnus",
                    "id partecipante")),
    ("session_id", _folded("sessionid", "session id")),
    ("waiting_room", _folded("waiting room", "väntrum", "warteraum", "salle d'attente", "sala de espera",
                             "poczekalni", "wachtkamer", "odotustila", "venterom", "venteværelse",
                             "sala d'attesa")),
    ("registered", _folded("registr", "anmäl", "inscri", "rejestr", "ilmoittautu", "tilmeld", "påmeld")),
    ("attended", _folded("attended", "närvarade", "deltog", "teilgenommen", "asistió", "compareceu",
                         "aanwezig", "obecn", "osallistui")),
    ("guest", _folded("guest", "gast", "gäst", "invitado", "convidado", "gość", "vieras", "gjest", "gæst",
                      "ospite")),
    ("action", _folded("action", "activit", "åtgärd", "atividade", "actividad", "aktion", "akcja", "działani",
                       "actie", "toiminto", "handling", "azione", "aktywno")),
    ("timestamp", _folded("timestamp", "tidsstämpel", "tidstämpel", "zeitstempel", "data e hora",
                          "fecha y hora", "horodatage", "sygnatura", "tijdstempel", "aikaleima",
                          "tidsstempel", "data e ora", "datetime")),
    ("join", _folded("join", "anslut", "anslöt", "beitritt", "arrivée", "entrada", "ingreso", "unión",
                     "dołącz", "deelname", "liittym", "deltakelse", "deltagelse", "ingresso", "accesso",
                     "entrée")),
    ("leave", _folded("leave", "left", "exit", "lämna", "frånkoppl", "verlass", "départ", "salida", "saída",
                      "wyjśc", "wyjści", "opuszcz", "vertrek", "poistum", "avreise", "afgang", "uscita",
                      "sortie")),
    ("duration", _folded("duration", "duración", "duração", "durée", "durata", "dauer", "varaktighet",
                         "tid i mötet", "czas", "duur", "kesto", "varighet", "varighed", "minutes", "minuter",
                         "minuten", "minutos", "minuti", "minutter", "time in session", "attend minutes",
                         "length")),
    ("email", _folded("email", "e-mail", "mail", "e-post", "correo", "courriel", "sähköposti", "adres e-mail",
                      "posta elettronica")),
    ("name", _folded("name", "namn", "nom", "imię", "nazwisko", "naam", "nimi", "navn", "nombre", "nome")),
)
# Keys of a report's summary: the meeting's title and start.
_SUMMARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", _folded("title", "topic", "titel", "titre", "título", "tytuł", "otsikko", "tittel", "titolo",
                      "rubrik", "ämne", "thema", "betreff", "onderwerp", "aihe", "emne", "argomento", "assunto",
                      "asunto", "sujet", "temat", "mötesrubrik")),
    ("start", _folded("start", "beginn", "début", "inicio", "início", "rozpocz", "aloitus", "alkamis",
                      "begintijd", "inizio", "starttid", "startzeit")),
)


def field_for(header: str) -> str | None:
    """The field a column header names, if its words say so: "name", "email", "upn",
    "join", "leave", "duration", "role", "action", "timestamp", "attended", "guest",
    "waiting_room", "first_name", "last_name", "session_id", "registered" or "ignored"."""
    folded = fold(header)
    if not folded:
        return None
    for field, words in _EXACT.items():
        if folded in words:
            return field
    for field, stems in _CONTAINED:
        if any(stem in folded for stem in stems):
            return field
    return None


def summary_field_for(key: str) -> str | None:
    """"title" or "start" for a key of a report's summary block ("Meeting title", "Starttid")."""
    folded = fold(key)
    if not folded or any(word in folded for word in _folded("end", "slut", "ende", "fin", "duration")):
        return None
    for field, stems in _SUMMARY:
        if any(stem in folded for stem in stems):
            return field
    return None


# Teams' "User Action" in a join/leave log, and the live event's "Action".
JOIN_ACTIONS = _folded("joined", "joined before", "anslöt", "ansluten", "anslutit", "gick med", "beigetreten",
                       "teilgenommen", "a rejoint", "rejoint", "se unió", "unido", "entrou", "ingressou",
                       "dołączył", "dołączyła", "dołączono", "deelgenomen", "neemt deel", "liittyi",
                       "ble med", "deltog", "deltager", "è entrato", "partecipato", "join")
LEAVE_ACTIONS = _folded("left", "lämnade", "lämnat", "verlassen", "hat verlassen", "a quitté", "quitté",
                        "parti", "salió", "abandonó", "saiu", "opuścił", "opuściła", "opuszczono", "verlaten",
                        "poistui", "forlot", "forlod", "uscito", "ha lasciato", "leave")
YES = {"yes", "ja", "oui", "sí", "si", "sim", "tak", "kyllä", "y", "true", "1", "x", "ano"}
NO = {"no", "nej", "nein", "non", "não", "nao", "nie", "ei", "n", "false", "0", "nee", "nei"}
YES_NO = YES | NO
BLANKS = {"-", "--", "—", "n/a", "na", "null", "none"}
# Roles that mean the meeting's organiser or a presenter (noted in the review, imported like anyone).
ORGANISER_ROLES = set(_folded(
    "Organizer", "Organiser", "Co-organizer", "Presenter", "Host", "Co-host", "Panelist", "Event Team Member",
    "Producer", "Organisatör", "Arrangör", "Presentatör", "Medarrangör", "Värd", "Organisator", "Referent",
    "Moderator", "Organisateur", "Coorganisateur", "Présentateur", "Organizador", "Presentador",
    "Moderador", "Apresentador", "Organizator", "Osoba prowadząca", "Prezenter", "Presentator",
    "Järjestäjä", "Esittäjä", "Arrangør", "Presentatør", "Mødearrangør", "Præsentationsvært",
    "Organizzatore", "Relatore", "Presentatore"))
# Units of durations, folded to lower case (the text keeps its letters: "godz", "sek", "min").
DURATION_UNITS = {unit: seconds for seconds, units in (
    (3600, ("h", "hr", "hrs", "hour", "hours", "t", "tim", "timme", "timmar", "std", "stunde", "stunden",
            "godz", "godzina", "godziny", "godzin", "g", "u", "uur", "uren", "ora", "ore", "heure", "heures",
            "hora", "horas", "tunti", "tuntia", "time", "timer")),
    (60, ("m", "min", "mins", "minute", "minutes", "minut", "minuter", "minuten", "minuto", "minutos",
          "minuti", "minuutti", "minuuttia", "mn", "minutter", "minuty")),
    (1, ("s", "sec", "secs", "second", "seconds", "sek", "sekund", "sekunder", "sekunden", "sekundy",
         "seg", "segundo", "segundos", "secondo", "secondi", "seconde", "secondes", "sekunti", "sekuntia")),
) for unit in units}
# Zoom webinar sections: the role of the people listed under each.
WEBINAR_ROLES = {fold(title): role for title, role in (
    ("Host Details", "Host"), ("Panelist Details", "Panelist"), ("Attendee Details", "Attendee"),
    ("Other Attended", "Attendee"))}

# What the reader took a file for, named in its messages and in the review.
KIND_PHRASES = {
    "teams_2020": Phrase(QT_TRANSLATE_NOOP("Readers", "a Teams attendance log")),
    "teams_2021": Phrase(QT_TRANSLATE_NOOP("Readers", "a Teams attendance report")),
    "teams_current": Phrase(QT_TRANSLATE_NOOP("Readers", "a Teams attendance report")),
    "teams_live_event": Phrase(QT_TRANSLATE_NOOP("Readers", "a Teams town hall or live event report")),
    "zoom_meeting": Phrase(QT_TRANSLATE_NOOP("Readers", "a Zoom participant report")),
    "zoom_unique": Phrase(QT_TRANSLATE_NOOP("Readers", "a Zoom participant report")),
    "zoom_webinar": Phrase(QT_TRANSLATE_NOOP("Readers", "a Zoom webinar report")),
    "meet": Phrase(QT_TRANSLATE_NOOP("Readers", "a Google Meet attendance report")),
    "webex": Phrase(QT_TRANSLATE_NOOP("Readers", "a Webex attendance report")),
    "": Phrase(QT_TRANSLATE_NOOP("Readers", "an attendance report")),
}


def is_organiser_role(role: str) -> bool:
    return fold(role) in ORGANISER_ROLES
