""""Write to invitees": mailto links the mail client accepts (short enough, correctly
encoded), that together reach every invitee exactly once, with the lead's template filled in."""

import itertools
from datetime import datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.enums import InvitationStatus
from facilitator.domain.records import Person, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats.mailto import MAX_LINK_LENGTH, TooLongForLink, encode_address, encode_text, fill, mailto_links
from facilitator.services import mail
from facilitator.services.errors import NotFound
from facilitator.services.invitations import Invitations
from facilitator.services.mail import Mail, default_template
from facilitator.services.register import Register
from facilitator.store.invitations import WhoToInvite


def bcc_of(link: str, separator: str = ",") -> list[str]:
    """The addresses a mail client reads from a link's bcc field."""
    query = urlsplit(link).query
    raw = next((field[4:] for field in query.split("&") if field.startswith("bcc=")), "")
    return [unquote(address) for address in raw.split(separator)] if raw else []


def field_of(link: str, name: str) -> str:
    return parse_qs(urlsplit(link).query)[name][0]


# -- links ---------------------------------------------------------------------------------

def test_one_short_list_is_one_link_with_subject_and_body():
    [link] = mailto_links(["anna@gotland.se", "erik@lansstyrelsen.se"], "Välkommen", "Hej!\nVi ses.",
                          to="lead@lansstyrelsen.se")
    assert link.startswith("mailto:lead@lansstyrelsen.se?bcc=")
    assert bcc_of(link) == ["anna@gotland.se", "erik@lansstyrelsen.se"]
    assert field_of(link, "subject") == "Välkommen"
    assert field_of(link, "body") == "Hej!\r\nVi ses."  # RFC 6068: line breaks as CRLF


def test_swedish_letters_are_utf8_percent_encoded():
    [link] = mailto_links(["åsa.öberg@gotland.se"], "Inbjudan: Digital säkerhet", "Hälsningar, Åke")
    assert "%C3%A5sa.%C3%B6berg@gotland.se" in link  # å ö
    assert "Inbjudan%3A%20Digital%20s%C3%A4kerhet" in link  # ä, and spaces as %20 not +
    assert "H%C3%A4lsningar%2C%20%C3%85ke" in link
    assert link.isascii() and " " not in link


@pytest.mark.parametrize(("address", "encoded"), [
    ("anna+webcast@gotland.se", "anna%2Bwebcast@gotland.se"),  # "+" would become a space
    ("a&b@x.se", "a%26b@x.se"),  # "&" would start a new field
    ("what?@x.se", "what%3F@x.se"),  # "?" would start the query
    ("100%@x.se", "100%25@x.se"),
    ("hash#tag@x.se", "hash%23tag@x.se"),
])
def test_characters_with_a_meaning_in_links_are_encoded_in_addresses(address, encoded):
    assert encode_address(address) == encoded
    [link] = mailto_links([address])
    assert bcc_of(link) == [address]


def test_characters_with_a_meaning_in_links_are_encoded_in_subject_and_body():
    [link] = mailto_links(["a@x.se"], "Frågor & svar? 50% + 50% = 100%", "a=b&c#d")
    assert field_of(link, "subject") == "Frågor & svar? 50% + 50% = 100%"
    assert field_of(link, "body") == "a=b&c#d"
    assert encode_text("a+b") == "a%2Bb"


def test_a_long_list_is_split_into_links_under_the_limit():
    addresses = [f"forvaltningschef.nummer{i}@gotland.se" for i in range(200)]
    links = mailto_links(addresses, "Välkommen till webbsändningen", "Hej!\n" * 20, to="lead@x.se")
    assert len(links) > 3
    assert all(len(link) <= MAX_LINK_LENGTH for link in links)
    assert [address for link in links for address in bcc_of(link)] == addresses
    assert all(field_of(link, "subject") == "Välkommen till webbsändningen" for link in links)
    assert all(link.startswith("mailto:lead@x.se?") for link in links)


def test_batches_are_full_not_just_short():
    """Each link but the last holds as many addresses as fit: no needless extra mails."""
    addresses = [f"person{i:03}@gotland.se" for i in range(300)]
    links = mailto_links(addresses, "Ämne")
    for link, following in itertools.pairwise(links):
        one_more = bcc_of(following)[0]
        assert len(link) + len(",") + len(encode_address(one_more)) > MAX_LINK_LENGTH


def test_outlook_separator_on_request():
    [link] = mailto_links(["a@x.se", "b@x.se"], separator=";")
    assert "bcc=a@x.se;b@x.se" in link
    with pytest.raises(ValueError):
        mailto_links(["a@x.se"], separator=" ")


def test_no_addresses_still_opens_a_mail():
    assert mailto_links([], "Ämne") == ["mailto:?subject=%C3%84mne"]
    assert mailto_links([]) == ["mailto:"]


def test_a_message_too_long_for_any_link_is_refused():
    with pytest.raises(TooLongForLink):
        mailto_links(["a@x.se"], "x", "lång text " * 300)


addresses = st.lists(
    st.builds(lambda local, domain: f"{local}@{domain}.se",
              st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",;"),
                      min_size=1, max_size=40).map(str.strip).filter(bool),
              st.from_regex(r"[a-zåäö0-9-]{1,20}", fullmatch=True)),
    max_size=150, unique=True)


@settings(max_examples=200, deadline=None)
@given(addresses=addresses, subject=st.text(max_size=120), body=st.text(max_size=600))
def test_any_addresses_give_links_under_the_limit_holding_each_address_once(addresses, subject, body):
    links = mailto_links(addresses, subject, body, to="lead@x.se")
    assert all(len(link) <= MAX_LINK_LENGTH for link in links)
    assert all(link.isascii() for link in links)
    assert [address for link in links for address in bcc_of(link)] == [a.strip() for a in addresses]


# -- templates -----------------------------------------------------------------------------

def test_placeholders_are_filled_and_lines_that_cannot_be_completed_left_out():
    text = fill("Välkommen till {title}!\nLokal: {room}\nLänk: {link}\nTid: {date} kl. {time}\n",
                {"title": "Digital säkerhet", "room": "", "link": "https://x.se/m", "date": "", "time": ""})
    assert text == "Välkommen till Digital säkerhet!\nLänk: https://x.se/m\n"


@pytest.mark.parametrize("template", ["{", "}", "{}", "{okänd}", "{title", "{{title}}", "{0}", "%s {title!r}"])
def test_any_template_the_lead_types_is_filled_without_error(template):
    filled = fill(template, {"title": "T"})
    assert isinstance(filled, str)
    assert fill("{title} – {date}", {"title": "T", "date": ""}, drop_incomplete_lines=False) == "T – "
    assert "{okänd}" in fill("{okänd} {title}", {"title": "T"})


# -- the service ---------------------------------------------------------------------------

@pytest.fixture
def session_with_invitees(document):
    register = Register(document.db)
    session_id = register.add_session(Session(
        "Digital säkerhet – risker & ansvar", datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM),
        datetime(2026, 10, 13, 10, 30, tzinfo=STOCKHOLM), join_link="https://teams.microsoft.com/l/x",
        room="Visborgssalen")).ids("sessions")[0]
    people = [Person("Åsa", "Öberg", email="asa.oberg@gotland.se"), Person("Erik", "Lund", email="erik@x.se"),
              Person("Per", "Utan"), Person("Erik", "Dubblett", email="ERIK@x.se")]
    ids = tuple(register.add_person(person).ids("people")[0] for person in people)
    Invitations(document.db).invite(session_id, WhoToInvite(person_ids=ids))
    return document.db, session_id


def test_addresses_are_each_invitee_once_without_blanks(session_with_invitees):
    db, session_id = session_with_invitees
    service = Mail(db)
    found = service.addresses(session_id)
    assert sorted(address.casefold() for address in found) == ["asa.oberg@gotland.se", "erik@x.se"]
    assert service.without_address(session_id) == 1
    assert service.addresses_text(session_id).count("; ") == 1


def test_addresses_can_be_narrowed_to_those_who_have_not_answered(session_with_invitees):
    db, session_id = session_with_invitees
    invitations = Invitations(db)
    rows = invitations.rows(invitations.ids(session_id))
    accepted = [id_ for id_, row in rows.items() if row["email"] == "asa.oberg@gotland.se"]
    invitations.set_status(accepted, InvitationStatus.ACCEPTED)
    waiting = {InvitationStatus.INVITED, InvitationStatus.NO_REPLY}
    assert [a.casefold() for a in Mail(db).addresses(session_id, statuses=waiting)] == ["erik@x.se"]


def test_swedish_template_in_stockholm_time(session_with_invitees):
    db, session_id = session_with_invitees
    template = default_template("sv")
    message = Mail(db).message(session_id, "sv", template.subject, template.body)
    assert message.subject == "Digital säkerhet – risker & ansvar – tisdag 13 oktober 2026"
    assert "Tid: tisdag 13 oktober 2026 kl. 09:00–10:30\n" in message.body
    assert "https://teams.microsoft.com/l/x" in message.body and "Visborgssalen" in message.body


def test_english_template(session_with_invitees):
    db, session_id = session_with_invitees
    template = default_template("en")
    message = Mail(db).message(session_id, "en", template.subject, template.body)
    assert "When: Tuesday 13 October 2026 at 09:00–10:30\n" in message.body
    assert default_template("en_GB") == template and default_template("") == default_template("sv")


def test_batches_put_every_invitee_in_bcc_with_the_filled_template(session_with_invitees):
    db, session_id = session_with_invitees
    template = default_template("sv")
    links = Mail(db).batches(session_id, "sv", template.subject, template.body, to="lead@x.se", separator=",")
    assert [a for link in links for a in bcc_of(link)] == Mail(db).addresses(session_id)
    assert field_of(links[0], "subject") == "Digital säkerhet – risker & ansvar – tisdag 13 oktober 2026"


def test_a_session_without_start_or_room_drops_those_lines(document):
    register = Register(document.db)
    session_id = register.add_session(Session("Planeras")).ids("sessions")[0]
    template = default_template("sv")
    message = Mail(document.db).message(session_id, "sv", template.subject, template.body)
    assert "Välkommen till webbsändningen ”Planeras”." in message.body
    assert "Tid" not in message.body and "Lokal" not in message.body and "{" not in message.body
    assert message.subject == "Planeras"


def test_an_unknown_session_is_reported(document):
    with pytest.raises(NotFound):
        Mail(document.db).batches(404, "sv", "s", "b")
    with pytest.raises(NotFound):
        Mail(document.db).addresses(404)


def test_outlooks_separator_is_the_default_on_windows():
    assert mail.default_separator("win32") == ";"
    assert mail.default_separator("darwin") == mail.default_separator("linux") == ","


def test_the_leads_own_template_is_kept_per_language_until_reset(options):
    assert options.mail_template("sv") is None  # the built-in one
    options.set_mail_template("sv", "Påminnelse: {title}", "Hej!\n{link}")
    options.set_mail_template("en", "Reminder: {title}", "")
    assert options.mail_template("sv") == ("Påminnelse: {title}", "Hej!\n{link}")
    assert options.mail_template("en") == ("Reminder: {title}", "")
    options.reset_mail_template("sv")
    assert options.mail_template("sv") is None and options.mail_template("en") is not None
