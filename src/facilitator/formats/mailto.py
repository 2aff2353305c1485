"""``mailto:`` links (RFC 6068) that open the user's mail client with invitees in BCC,
and the fill-in of the lead's subject and body templates.

Why batches: RFC 6068 sets no length limit, but the way a link reaches the mail client
does. On Windows the link goes through ShellExecute, which caps a URL at
INTERNET_MAX_URL_LENGTH (2 083 characters, "about 2 048" in Microsoft's notes); longer
links are cut off or do nothing, and Outlook then silently loses addresses. Firefox
opens mailto links up to about 2 000 characters. So each link is kept to at most
:data:`MAX_LINK_LENGTH` = 2 000 characters, the encoded subject and body included, and a
long list becomes several links (several mails) that together hold every address once.
"""

import re
from collections.abc import Mapping
from urllib.parse import quote

MAX_LINK_LENGTH = 2000

# RFC 6068 section 2: separate addresses with ",". Outlook on Windows instead splits on
# the regional list separator, which is ";" with Swedish settings - callers choose.
RFC_SEPARATOR = ","


class TooLongForLink(ValueError):
    """Subject and body (or one address) alone leave no room within the link limit;
    shorten the message, or copy the addresses and paste them into a new mail."""


def encode_address(address: str) -> str:
    """Percent-encode an address for a header field of a mailto link (RFC 6068).

    Only "@" stays as it is: "+" would reach some clients as a space, "&", "?", "=",
    "#" and "%" would end the field or the link, and non-ASCII goes as UTF-8 octets.
    """
    return quote(address.strip(), safe="@")


def encode_text(text: str) -> str:
    """Percent-encode a subject or body: UTF-8 (å ä ö), spaces as %20, and line breaks
    as %0D%0A, as RFC 6068 requires for a body."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(normalised, safe="")


def mailto_links(addresses: list[str], subject: str = "", body: str = "", *, to: str = "",
                 separator: str = RFC_SEPARATOR, limit: int = MAX_LINK_LENGTH) -> list[str]:
    """Links with ``addresses`` in BCC, split so that no link is longer than ``limit``.

    ``to`` (usually the lead's own address) goes in every link: recipients then see
    one sender writing to themselves, never each other. Order is kept; an empty list
    gives one link without BCC. Raises :class:`TooLongForLink` if a single address does
    not fit beside the subject and body.
    """
    if separator not in (",", ";"):
        raise ValueError(f"separator must be ',' or ';', not {separator!r}")
    head = f"mailto:{encode_address(to) if to else ''}"
    fields = _fields(subject, body)
    links, batch = [], []
    for address in (encode_address(item) for item in addresses):
        if batch and len(_link(head, [*batch, address], fields, separator)) > limit:
            links.append(_link(head, batch, fields, separator))
            batch = []
        if len(_link(head, [address], fields, separator)) > limit:
            raise TooLongForLink(address)
        batch.append(address)
    if batch or not links:
        links.append(_link(head, batch, fields, separator))
    return links


def _fields(subject: str, body: str) -> list[str]:
    fields = []
    if subject:
        fields.append(f"subject={encode_text(subject)}")
    if body:
        fields.append(f"body={encode_text(body)}")
    return fields


def _link(head: str, encoded_addresses: list[str], fields: list[str], separator: str) -> str:
    bcc = [f"bcc={separator.join(encoded_addresses)}"] if encoded_addresses else []
    query = "&".join(bcc + fields)
    return f"{head}?{query}" if query else head


# -- templates ----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, values: Mapping[str, str], *, drop_incomplete_lines: bool = True) -> str:
    """Put ``values`` into the {name} placeholders of a template the lead typed.

    Unknown placeholders and stray braces stay as typed (a template is never an
    error). A line with a placeholder that came out empty - "Room: {room}" for a
    session without a room - is left out rather than sent half-finished (unless
    ``drop_incomplete_lines`` is false, as for a one-line subject).
    """
    lines = []
    for line in template.splitlines(keepends=True):
        names = [name for name in _PLACEHOLDER.findall(line) if name in values]
        if drop_incomplete_lines and any(not values[name] for name in names):
            continue
        lines.append(_PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), line))
    return "".join(lines)
