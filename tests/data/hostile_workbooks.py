"""Workbooks made to hurt a reader, built byte by byte with zipfile (nothing is committed).

Each is a few kilobytes on disk: a cell at the last address a sheet has (XFD1048576),
a zip bomb (hundreds of megabytes of rows from a few hundred kilobytes), a zip whose
directory lies about how much a part inflates to, a 10-million-character cell, and an
ODS whose rows and cells say "repeat me a million times". ``xlsx`` and ``ods`` also build
ordinary small workbooks for the tests of the checks themselves.
"""

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?>'
         b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         b'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?>'
             b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             b'<sheets><sheet name="Inbjudna" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?>'
                  b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  b'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                  b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_SHEET_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')

# A list's header and one person, as inline strings (no shared strings needed).
PEOPLE_ROWS = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c>'
               b'<c r="B1" t="inlineStr"><is><t>E-post</t></is></c></row>'
               b'<row r="2"><c r="A2" t="inlineStr"><is><t>Anna Berg</t></is></c>'
               b'<c r="B2" t="inlineStr"><is><t>anna.berg@gotland.se</t></is></c></row>')


def xlsx(rows: Iterable[bytes] = (PEOPLE_ROWS,), *, shared_strings: Iterable[bytes] = (),
         dimension: bytes | None = None) -> bytes:
    """A minimal workbook whose one sheet holds ``rows`` (XML, streamed in pieces)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?>'
                       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for piece in shared_strings:
                part.write(piece)
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(_SHEET_START)
            if dimension:
                part.write(b'<dimension ref="%s"/>' % dimension)
            part.write(b"<sheetData>")
            for piece in rows:
                part.write(piece)
            part.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def far_cell_xlsx() -> bytes:
    """5 KB: a list and one cell at XFD1048576 - 17 billion cells to a dense reader."""
    return xlsx([PEOPLE_ROWS, b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'])


def _many_rows(megabytes: int) -> Iterator[bytes]:
    row = b"<row>" + b'<c t="inlineStr"><is><t>Anna</t></is></c>' * 200 + b"</row>"
    block = row * (1024 * 1024 // len(row) + 1)
    yield PEOPLE_ROWS
    for _ in range(megabytes):
        yield block


def zip_bomb_xlsx(megabytes: int = 300) -> bytes:
    """A few hundred kilobytes that inflate to ``megabytes`` of rows, declared honestly."""
    return xlsx(_many_rows(megabytes))


def lying_zip_bomb_xlsx(megabytes: int = 300) -> bytes:
    """The sheet inflates to ``megabytes`` but the zip says 4 KB (and gives the CRC of
    those first 4 KB), so a reader that trusts the directory's sizes is fooled."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    pieces = [_SHEET_START, b"<sheetData>", *_many_rows(megabytes), b"</sheetData></worksheet>"]
    deflated = b"".join(compressor.compress(piece) for piece in pieces) + compressor.flush()
    declared = b"".join(pieces[:3])[:4096]
    members = [(name, data, zlib.crc32(data), len(data), zipfile.ZIP_STORED)
               for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                                  ("xl/workbook.xml", _WORKBOOK), ("xl/_rels/workbook.xml.rels",
                                                                   _WORKBOOK_RELS.replace(b"sharedStrings", b"none")))]
    members.append(("xl/worksheets/sheet1.xml", deflated, zlib.crc32(declared), len(declared), zipfile.ZIP_DEFLATED))
    return raw_zip(members)


def raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, stored bytes, CRC, declared uncompressed size, method), exactly as given."""
    out = io.BytesIO()
    directory = []
    for name, data, crc, size, method in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data), size,
                              len(encoded), 0) + encoded + data)
        directory.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(data),
                                     size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for entry in directory:
        out.write(entry)
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(directory), len(directory), out.tell() - start,
                          start, 0))
    return out.getvalue()


def long_cell_xlsx(characters: int = 10_000_000) -> bytes:
    """A list whose second person's title is one cell of ``characters`` characters."""
    return xlsx([PEOPLE_ROWS, b'<row r="3"><c r="A3" t="inlineStr"><is><t>Bo Ek</t></is></c>'
                 b'<c r="B3" t="s"><v>0</v></c></row>'],
                shared_strings=[b"<si><t>", b"x" * characters, b"</t></si>"])


_ODS_START = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
              b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
              b'<office:body><office:spreadsheet><table:table table:name="Inbjudna">')
_ODS_END = b"</table:table></office:spreadsheet></office:body></office:document-content>"
_MANIFEST = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             b'<manifest:file-entry manifest:full-path="/" '
             b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
             b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             b"</manifest:manifest>")


def ods_cell(text: str, repeated: int = 1) -> bytes:
    times = f' table:number-columns-repeated="{repeated}"' if repeated > 1 else ""
    return (f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p>'
            "</table:table-cell>").encode()


def ods_row(*cells: bytes, repeated: int = 1) -> bytes:
    times = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-row{times}>".encode() + b"".join(cells) + b"</table:table-row>"


ODS_PEOPLE = ods_row(ods_cell("Namn"), ods_cell("E-post")) + ods_row(ods_cell("Anna Berg"),
                                                                      ods_cell("anna.berg@gotland.se"))
# LibreOffice ends every sheet so: a million empty rows of 1 024 empty cells.
ODS_TAIL = b'<table:table-row table:number-rows-repeated="1048574"><table:table-cell ' \
           b'table:number-columns-repeated="1024"/></table:table-row>'


def ods(*rows: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", _ODS_START + b"".join(rows) + _ODS_END, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def repeated_ods(rows: int = 1_000_000, columns: int = 90) -> bytes:
    """1 KB asking for ``rows`` x ``columns`` cells holding "x" (90 million: 3 GB to a reader)."""
    return ods(ODS_PEOPLE, ods_row(ods_cell("x", columns), repeated=rows))
