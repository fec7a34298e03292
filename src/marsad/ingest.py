"""Files and folders in, decoded documents out: plain-text scrapes, HTML, JSON/JSONL records and RSS/Atom feeds.

Every input becomes a ``RawDoc`` or a ``Rejection`` saying why; one bad file never stops a batch. The reading
cascade, top to bottom:

    1. walk       a folder is searched recursively in sorted order, hidden files and folders skipped
    2. check      missing, unreadable, not a regular file, over ``max_file_mb``, empty -> Rejection
    3. open       gzip is opened by its magic bytes, whatever the name says
    4. kind       by extension; sniffed from the first bytes when the extension is missing or unknown
    5. decode     bytes -> text with a verified encoding (``decode``); binary -> Rejection
    6. parse      text | HTML (trafilatura, lxml fallback) | JSON | JSONL (streamed line by line) | RSS/Atom

>>> decode("العراق".encode("cp1256"))
('العراق', 'cp1256')
>>> normalize_date("الأحد، 11 كانون الثاني 2024")
'2024-01-11'
"""

from __future__ import annotations

import codecs
import gzip
import html as html_lib
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from . import arabic
from .errors import InputError
from .models import RawDoc, Rejection

# --- formats -------------------------------------------------------------------------------------------------------
KINDS_BY_EXT = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
# In a folder, files of these types are passed over without a Rejection: notes, code, tables and media kept beside
# the scrapes are not articles. A file named directly is always read, whatever its extension.
NOT_DOCUMENTS = frozenset({
    ".md", ".rst", ".py", ".pyc", ".ipynb", ".sh", ".csv", ".tsv", ".xlsx", ".xls", ".yaml", ".yml", ".toml",
    ".ini", ".cfg", ".log", ".lock", ".db", ".sqlite", ".css", ".js", ".map", ".woff", ".woff2", ".ttf", ".otf",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".mp3", ".mp4", ".webm",
    ".wav", ".pdf", ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".docx", ".doc", ".pptx",
})
# Record field names, most specific first. Covers flat scraper dumps (SaudiNewsNet: source, url, date_extracted,
# title, author, content), NewsAPI (source.name, publishedAt, description, content), WordPress REST
# (title.rendered, content.rendered, link, date) and MongoDB exports (_id.$oid, date.$date). date_extracted (a
# crawl time) comes last among the dates.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "guid", "uuid"),
    "title": ("title", "headline"),
    "text": ("content", "text", "body", "article", "article_body", "articleBody", "description", "summary"),
    "published": ("date", "published", "published_at", "publishedAt", "pubDate", "pub_date", "date_published",
                  "datePublished", "publish_date", "published_date", "datetime", "date_extracted"),
    "outlet": ("source", "outlet", "site", "publisher", "sitename", "site_name"),
    "url": ("url", "link", "href"),
    "author": ("author", "byline", "authors", "creator"),
}
# Keys under which a JSON object holds its list of records.
LIST_KEYS = ("articles", "items", "data", "records", "documents", "docs", "results", "entries", "posts")
# Keys that carry the value inside a nested field: WordPress "rendered", NewsAPI/schema.org "name", MongoDB "$oid"/"$date".
NESTED_VALUE_KEYS = ("rendered", "name", "title", "text", "value", "$oid", "$date", "href")

# File signatures of formats that are never text (from the magic numbers listed in file(1)'s magic database and
# Wikipedia's "List of file signatures"). Gzip (1f 8b) is not here: it is opened, not rejected.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "zip archive (also docx/xlsx/epub)"),
    (b"PK\x05\x06", "empty zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 64 * 1024  # bytes read to sniff kind and encoding before deciding how to read the rest


def iter_documents(paths: Iterable[str | os.PathLike], *, max_file_mb: float = 50.0) -> Iterator[RawDoc | Rejection]:
    """Every document under ``paths``, as ``RawDoc`` or ``Rejection``, in a deterministic order.

    A file named directly is read whatever its extension (the kind is sniffed). A folder is walked recursively in
    sorted order, skipping hidden entries, following symlinked folders once, and passing over NOT_DOCUMENTS types
    (a README.md or a logo beside the articles); any other file is read, its kind sniffed when the extension does
    not say. ``max_file_mb`` caps the bytes read from one file (after gunzipping, except for streamed JSONL).

    >>> [d.format for d in iter_documents(["examples/seeds/000_5d4c7b7a80708a78.txt"])]  # doctest: +SKIP
    ['text']
    """
    if isinstance(paths, str | os.PathLike):  # a lone path would otherwise be iterated character by character
        paths = [paths]
    max_bytes = int(max_file_mb * 1024 * 1024)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for item in _walk(path):
                found = True
                if isinstance(item, Rejection):
                    yield item
                else:
                    yield from _read_file(item, max_bytes, max_file_mb)
            if not found:
                yield Rejection(str(path), "folder holds no documents (only hidden files, or notes, code and media "
                                           "that are never articles)")
        else:
            yield from _read_file(path, max_bytes, max_file_mb)


def _walk(folder: Path, seen: frozenset[str] = frozenset()) -> Iterator[Path | Rejection]:
    real = os.path.realpath(folder)
    if real in seen:  # a symlink back up the tree: stop rather than loop
        return
    seen = seen | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield Rejection(str(folder), f"cannot list folder: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            yield from _walk(Path(entry.path), seen)
        elif _may_be_document(entry.name):
            yield Path(entry.path)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symlinks: a corpus often links in folders kept elsewhere
    except OSError:
        return False


def _may_be_document(name: str) -> bool:
    # Saved pages keep whatever their URL ended in (.php, .aspx, .ece, none), so unknown extensions are sniffed;
    # only types that are never articles are passed over.
    return os.path.splitext(name.lower().removesuffix(".gz"))[1] not in NOT_DOCUMENTS


# --- one file ------------------------------------------------------------------------------------------------------
def _read_file(path: Path, max_bytes: int, max_file_mb: float) -> Iterator[RawDoc | Rejection]:
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Rejection(where, "broken symbolic link: its target does not exist" if path.is_symlink()
                        else "no such file or folder")
        return
    except OSError as e:
        yield Rejection(where, f"cannot read: {e.strerror or e}")
        return
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        yield Rejection(where, "not a regular file (a pipe, socket or device); give a file or a folder")
        return
    if info.st_size > max_bytes:
        yield Rejection(where, _too_big(info.st_size, max_file_mb))
        return
    if info.st_size == 0:
        yield Rejection(where, "empty file")
        return
    try:
        # The per-file boundary: whatever goes wrong inside one file becomes its Rejection, with the cause.
        yield from _read_open(path, max_bytes, max_file_mb)
    except (OSError, EOFError, zlib.error) as e:
        yield Rejection(where, f"cannot read: {getattr(e, 'strerror', None) or e}")
    except Exception as e:  # noqa: BLE001 -- a parser bug on one odd file must not stop the batch; kept as data
        yield Rejection(where, f"failed to read: {type(e).__name__}: {e}")


def _too_big(size: int, max_file_mb: float) -> str:
    return (f"file is {size / 1048576:.1f} MB, over max_file_mb={max_file_mb:g}; "
            "raise the max_file_mb setting to read it")


def _read_open(path: Path, max_bytes: int, max_file_mb: float) -> Iterator[RawDoc | Rejection]:
    name = path.name.lower().removesuffix(".gz")
    kind = KINDS_BY_EXT.get(os.path.splitext(name)[1])
    with path.open("rb") as raw:
        gzipped = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw) if gzipped else raw
        head = stream.read(_HEAD)
        if not head.strip():
            yield Rejection(str(path), "empty file")
            return
        kind = kind or _sniff_kind(head)
        if kind == "jsonl" and not _utf16(head):
            binary = _binary(head)
            if binary:  # one Rejection for the file, not one per "line" of an image
                yield Rejection(str(path), binary)
                return
            yield from _jsonl_stream(path, head, stream)
            return
        data = head + stream.read(max_bytes + 1 - len(head))
    if len(data) > max_bytes:  # only a gzipped file gets here: its size on disk was under the limit
        yield Rejection(str(path), _too_big(len(data), max_file_mb) + " (size after decompression)")
        return
    try:
        text, encoding = decode(data)
    except InputError as e:
        yield Rejection(str(path), str(e))
        return
    text = _unix_newlines(text)
    if not text.strip():
        yield Rejection(str(path), "empty file")
        return
    if kind is None:
        kind = _sniff_kind(text[:_HEAD].encode("utf-8"))
    if kind == "jsonl":  # UTF-16 JSONL: already decoded whole
        yield from _jsonl_lines(path, (line.encode("utf-8") for line in text.split("\n")), "utf-8", encoding)
    elif kind == "json":
        yield from _json_records(path, text, encoding)
    elif kind == "feed":
        yield from _feed_entries(path, text, encoding)
    elif kind == "html":
        yield _html_doc(path, text, encoding)
    else:
        yield RawDoc(id=_stem(path), path=str(path), text=text, format="text", encoding=encoding)


def _sniff_kind(head: bytes) -> str | None:
    """The kind of a file without a telling extension, from its first bytes; None for plain text or unknown."""
    if _utf16(head):
        sample = head[:4096].decode(_utf16(head) or "utf-16-le", "ignore")
    else:
        sample = head[:4096].decode("utf-8", "ignore")
    sample = sample.lstrip("\ufeff \t\r\n").lower()
    if sample.startswith("{"):
        first, _, rest = sample.partition("\n")
        return "jsonl" if first.rstrip().endswith("}") and rest.lstrip().startswith("{") else "json"
    if sample.startswith("["):
        return "json"
    if re.search(r"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]", sample[:2000]):
        return "feed"
    if re.match(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype html|html|head|body)[\s>]", sample, re.S):
        return "html"
    return None


def _stem(path: Path) -> str:
    name = path.name.removesuffix(".gz").removesuffix(".GZ")
    return os.path.splitext(name)[0] or name


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# --- decoding ------------------------------------------------------------------------------------------------------
# Mojibake: UTF-8 Arabic read as cp1252/Latin-1 turns every letter into Ø or Ù plus a symbol ("Ø§Ù„"); read as
# cp1256 it turns into ط or ظ plus a symbol or an Urdu letter ("ط§ظ„"); cp1256 read as Latin-1 turns words into
# runs of accented capitals ("ÇáÚÑÇÞ"). Real Arabic and Latin text have none of these shapes twice in a row.
_UTF8_TAIL_CP1252 = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122"
_UTF8_TAIL_CP1256 = bytes(range(0x80, 0xC0)).decode("cp1256")  # what UTF-8 continuation bytes look like in cp1256
_MOJIBAKE = re.compile(rf"(?:[ØÙÚÛ][{_UTF8_TAIL_CP1252}]){{2,}}|[\u00c0-\u00ff]{{3,}}"
                       rf"|(?:[\u0637\u0638][{re.escape(_UTF8_TAIL_CP1256)}]){{2,}}")
# A word mixing Arabic letters with Latin-1 accented letters: ISO-8859-6 read as cp1256 (ه و ى ي come out as
# ç è é ê inside Arabic words).
_MIXED_WORD = re.compile(r"[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name), the encoding checked to give readable text. Raises InputError otherwise.

    Order: byte-order marks; binary signatures; BOM-less UTF-16 (NUL bytes on one side); strict UTF-8 (repairing
    mojibake saved as UTF-8); UTF-8 with a truncated last character or a rare bad byte; the charset an HTML/XML
    header declares; Windows-1256 then ISO-8859-6 when the result reads as Arabic; charset-normalizer's guess when
    it reads as text.

    >>> decode(b"\\xef\\xbb\\xbf\\xd8\\xa8\\xd8\\xba\\xd8\\xaf\\xd8\\xa7\\xd8\\xaf")
    ('بغداد', 'utf-8-sig')
    >>> decode("بغداد".encode("utf-16"))[0]
    'بغداد'
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"starts with a {enc} byte-order mark but does not decode as {enc}: {e}") from e
            return text, "utf-8-sig" if enc == "utf-8" else enc
    binary = _binary(data)
    if binary:
        raise InputError(binary)
    if b"\x00" in data[:_HEAD]:
        enc = _utf16(data)
        text = data.decode(enc or "utf-16-le", "replace")
        if not _readable(text):
            raise InputError("binary file (NUL bytes that do not read as UTF-16 text), not a text, HTML, JSON or "
                             "feed document")
        return text, enc or "utf-16-le"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        decoded = _mostly_utf8(data, e)
        if decoded is not None:
            return decoded, "utf-8"
    else:
        if _MOJIBAKE.search(text[:20000]):
            repaired = _repair_mojibake(text)
            if repaired is not None:
                return repaired
            if _mojibake_share(text) > 0.05:
                raise InputError("the text is mojibake (Arabic shown through a Latin code page, like 'Ø§Ù„' or "
                                 "'ÇáÚÑÇÞ') and cannot be repaired; re-export the source as UTF-8")
        return text, "utf-8"
    declared = _declared_charset(data)
    # A declared charset is trusted if it reads cleanly; the Arabic code pages are guessed only when they make the
    # text mostly Arabic (cp1256 decodes any byte, so "it decodes" proves nothing).
    # windows-1252 comes after them, as the WHATWG Encoding Standard's fallback for legacy pages outside Arabic
    # locales (French-language Maghreb outlets); the mojibake check keeps it from taking Cyrillic or Greek bytes.
    for enc, must_be_arabic in ((declared, False), ("cp1256", True), ("iso8859-6", True), ("cp1252", False)):
        if not enc:
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _readable(text) and _reads_as_arabic(text, need_ratio=must_be_arabic):
            return text, enc
    from charset_normalizer import from_bytes  # imported late: only pages no known Arabic encoding explains

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _readable(text) and (not _has_arabic(text) or _reads_as_arabic(text)):
            return text, best.encoding
    raise InputError("cannot decode the text: not UTF-8/UTF-16, and Windows-1256, ISO-8859-6 and "
                     "charset-normalizer give no readable text; convert the file to UTF-8")


def _binary(data: bytes) -> str | None:
    """Why these bytes are not text (a known file signature, NUL bytes outside UTF-16), or None."""
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), not a text, HTML, JSON or feed document"
    if b"\x00" in data[:_HEAD] and not _utf16(data):
        return "binary file (NUL bytes that are not UTF-16 text), not a text, HTML, JSON or feed document"
    return None


def _utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side only, as ASCII and Arabic text in UTF-16 make them."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Spaces, digits, punctuation and newlines put a NUL in every other byte; Arabic letters (U+06xx) put 0x06
    # there instead. Either way one side has NULs and the other almost none.
    if odd > 4 and even <= odd // 20:
        return "utf-16-le"
    if even > 4 and odd <= even // 20:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> str | None:
    """UTF-8 cut mid-character at the end (a truncated download), or with a bad byte in a thousand; else None."""
    if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
        return data[:error.start].decode("utf-8")
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return text if bad <= max(2, len(text) // 1000) and _readable(text) else None


# Mojibake that can be undone: bytes in the original encoding were read through another code page and saved
# again as UTF-8. (code page it was read through, original encoding, what happened)
_REPAIRS = (
    ("cp1252", "utf-8", "UTF-8 read as windows-1252"),
    ("cp1252", "cp1256", "windows-1256 read as Latin-1"),
    ("cp1256", "utf-8", "UTF-8 read as windows-1256"),
)


def _repair_mojibake(text: str) -> tuple[str, str] | None:
    """Mojibake back to the text it was, with a note on what happened; None when it does not come back clean."""
    for through, enc, how in _REPAIRS:
        try:
            if through == "cp1252":  # as browsers do it: bytes cp1252 leaves undefined pass through as Latin-1
                raw = text.translate(_cp1252_to_latin1()).encode("latin-1")
            else:
                raw = text.encode(through)
            fixed = raw.decode(enc)
        except UnicodeError:
            continue
        if _has_arabic(fixed) and _reads_as_arabic(fixed) and _mojibake_share(fixed) <= 0.02:
            return fixed, f"{enc} (repaired mojibake: {how}, saved as UTF-8)"
    return None


@cache
def _cp1252_to_latin1() -> dict[int, str]:
    """windows-1252's characters for bytes 0x80..0x9F, mapped back to those bytes as Latin-1 code points.

    Bytes that windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) pass through as their Latin-1 control
    characters, which is how browsers and most tools produce this mojibake.
    """
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[ord(bytes([b]).decode("cp1252"))] = chr(b)
        except UnicodeDecodeError:
            continue
    return table


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    # WHATWG Encoding Standard: pages labelled ISO-8859-1/ASCII are decoded as windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _sample(text: str, size: int = 20000) -> str:
    """Start, middle and end of a long text: enough to judge it, fast on 20 MB files."""
    if len(text) <= 3 * size:
        return text
    mid = len(text) // 2
    return text[:size] + text[mid:mid + size] + text[-size:]


def _readable(text: str) -> bool:
    """Few control characters, few replacement characters, little mojibake."""
    sample = _sample(text)
    if not sample.strip():
        return True
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    return (controls <= len(sample) / 200 and sample.count("\ufffd") <= len(sample) / 200
            and _mojibake_share(sample) <= 0.02)


def _mojibake_share(text: str) -> float:
    sample = _sample(text)
    found = _MOJIBAKE.findall(sample)
    return len(found) / max(1, len(sample.split()))


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text[:20000])


def _reads_as_arabic(text: str, need_ratio: bool = True) -> bool:
    """Mostly Arabic letters outside markup, and almost no word mixing Arabic with Latin accented letters."""
    sample = _TAG.sub(" ", _sample(text))
    words = max(1, len(sample.split()))
    if len(_MIXED_WORD.findall(sample)) > words / 200:
        return False
    return not need_ratio or arabic.arabic_ratio(sample) >= 0.5


# --- JSON and JSONL ------------------------------------------------------------------------------------------------
def _jsonl_stream(path: Path, head: bytes, stream: IO[bytes]) -> Iterator[RawDoc | Rejection]:
    """JSONL read a line at a time, so a 31k-record file is never held as objects all at once."""
    yield from _jsonl_lines(path, _chain_lines(head, stream), None, None)


def _chain_lines(head: bytes, rest: IO[bytes]) -> Iterator[bytes]:
    """The lines of head + rest, where head is the already-read start of the stream (it may end mid-line)."""
    complete, sep, carry = head.rpartition(b"\n")
    if not sep:
        carry = head
    else:
        yield from complete.split(b"\n")
    for line in rest:
        yield carry + line
        carry = b""
    if carry:
        yield carry


def _jsonl_lines(path: Path, lines: Iterable[bytes], known: str | None,
                 encoding: str | None) -> Iterator[RawDoc | Rejection]:
    """One RawDoc per line; n is the 1-based line number, so ``file#n`` points at the line in the file."""
    stem = _stem(path)
    seen = False
    for n, raw in enumerate(lines, 1):
        if n == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        seen = True
        where = f"{path}#{n}"
        try:
            line, enc = (raw.decode(known), encoding or known) if known else _decode_line(raw)
        except InputError as e:
            yield Rejection(where, f"line {n}: {e}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejection(where, f"broken JSON on line {n}: {e.msg} at column {e.colno}")
            continue
        yield _record(record, stem, n, where, enc)
    if not seen:
        yield Rejection(str(path), "empty file")


def _decode_line(raw: bytes) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode(raw)  # JSON must be UTF-8 (RFC 8259), but old exports are cp1256: detect per line


def _json_records(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Rejection(str(path), f"broken JSON: {e.msg} at line {e.lineno} column {e.colno}")
        return
    if isinstance(data, dict):
        data = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), data)
    if isinstance(data, dict):
        yield _record(data, _stem(path), None, str(path), encoding)
        return
    if not isinstance(data, list):
        yield Rejection(str(path), f"JSON holds a {type(data).__name__}, not an object or a list of objects")
        return
    if not data:
        yield Rejection(str(path), "JSON list without records")
    for n, record in enumerate(data, 1):
        yield _record(record, _stem(path), n, f"{path}#{n}", encoding)


def _record(record: Any, stem: str, n: int | None, where: str, encoding: str) -> RawDoc | Rejection:
    """One JSON object -> RawDoc, reading the usual field names; n is None for a file holding one record."""
    if not isinstance(record, dict):
        return Rejection(where, f"record is a JSON {type(record).__name__}, not an object")
    body = _field(record, "text", "\n") or ""
    title, url = _clean_field(_field(record, "title", " ")), _clean_field(_field(record, "url", " "))
    if not (body.strip() or title or url):
        return Rejection(where, f"record has none of the known text fields ({', '.join(FIELDS['text'])}), "
                                "nor a title or url")
    # An empty body is kept: whether a document has enough text is the cleaner's call (min_body_chars), and a
    # record with a title and url but no body is still a fact about what the outlet published.
    body = _unix_newlines(html_to_text(body) if _HTML_TAG.search(body) else _unescape(body))
    doc_id = _field(record, "id", ",") or (stem if n is None else f"{stem}-{n}")
    return RawDoc(id=doc_id, path=where, text=body, format="json", encoding=encoding,
                  title=title, published=normalize_date(_raw_field(record, "published")),
                  outlet=_clean_field(_field(record, "outlet", ", ")), url=url,
                  author=_clean_field(_field(record, "author", ", ")), structured=True)


def _raw_field(record: dict, field: str) -> Any:
    for name in FIELDS[field]:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    lower = {k.lower(): k for k in record if isinstance(k, str)}  # "Title", "PubDate": exported by hand
    for name in FIELDS[field]:
        key = lower.get(name.lower())
        if key is not None and record[key] not in (None, "", [], {}):
            return record[key]
    return None


def _field(record: dict, field: str, joiner: str) -> str | None:
    return _as_text(_raw_field(record, field), joiner)


def _as_text(value: Any, joiner: str) -> str | None:
    """A field value as text: nested {"rendered"|"name"|...: v} unwrapped, lists joined, numbers kept."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        inner = next((value[k] for k in NESTED_VALUE_KEYS if value.get(k) not in (None, "")), None)
        return _as_text(inner, joiner)
    if isinstance(value, list):
        parts = [p for p in (_as_text(v, joiner) for v in value) if p]
        return joiner.join(parts) or None
    return str(value)


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = _unescape(value)
    if _HTML_TAG.search(value):
        value = html_to_text(value).replace("\n", " ")
    return " ".join(value.split()) or None


_HTML_TAG = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|ul|ol|img|strong|em|b|i|blockquote|figure|table|section|"
                       r"article|iframe|script|style)\b[^>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def _unescape(text: str) -> str:
    return html_lib.unescape(text) if _ENTITY.search(text) else text


# --- HTML ----------------------------------------------------------------------------------------------------------
def _html_doc(path: Path, page: str, encoding: str) -> RawDoc | Rejection:
    import trafilatura  # imported late: a second to import, and only HTML pages need it

    page = _XML_DECL.sub("", page, count=1)
    # extensive_search=False: the date comes from the page's own metadata (meta tags, JSON-LD, <time>, URL),
    # never from a date htmldate finds somewhere in the text.
    found = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    meta = found.as_dict() if found is not None else {}
    body = (meta.get("text") or "").strip() or html_to_text(page)
    if not body.strip():
        return Rejection(str(path), "HTML page without any text")
    title = meta.get("title") or _html_title(page)
    return RawDoc(id=_stem(path), path=str(path), text=_unix_newlines(body), format="html", encoding=encoding,
                  title=_clean_field(title), published=normalize_date(meta.get("date")),
                  outlet=_clean_field(meta.get("sitename")), url=_clean_field(meta.get("url")),
                  author=_clean_field(meta.get("author")), structured=True)


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_BLOCKS = ("p", "div", "br", "li", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "section", "article", "header", "footer", "figcaption", "table", "ul", "ol", "hr", "title")
# Page furniture by HTML5 semantics; dropped only in the fallback, and only if text remains without it.
_FURNITURE = "//nav|//footer|//aside|//form|//header[not(ancestor::article)]"


def html_to_text(markup: str) -> str:
    """The text of an HTML page or fragment, one paragraph a line; "" when there is none.

    Used for HTML inside JSON fields and feed entries, and for pages where trafilatura finds no main text.
    Truncated markup is fine: lxml closes what was left open.

    >>> html_to_text("<p>قال <b>المتحدث</b>:</p><p>بدأت المحادثات")
    'قال المتحدث:\\nبدأت المحادثات'
    """
    import lxml.etree
    import lxml.html

    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return ""
    try:
        tree = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return " ".join(markup.split()) if "<" not in markup else ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    return _text_lines(tree, drop_furniture=True) or _text_lines(tree, drop_furniture=False)


def _text_lines(tree: Any, drop_furniture: bool) -> str:
    import copy

    tree = copy.deepcopy(tree)  # the caller may need the tree again, untouched
    if drop_furniture:
        for bad in tree.xpath(_FURNITURE):
            if bad.getparent() is not None:
                bad.drop_tree()
    for el in tree.iter():
        # Source line breaks inside a paragraph are only whitespace in HTML; paragraph breaks come from blocks.
        if el.text and el.tag != "pre":
            el.text = " ".join(el.text.split("\n"))
        if el.tail:
            el.tail = " ".join(el.tail.split("\n"))
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(page: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", page[:20000], re.IGNORECASE | re.DOTALL)
    return m.group(1) if m else None


# --- RSS and Atom --------------------------------------------------------------------------------------------------
def _feed_entries(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    import feedparser  # imported late: only feeds need it

    # Hand feedparser UTF-8 bytes in a stream (a str could be taken for a URL or a file name) and drop the XML
    # declaration's encoding, which described the bytes on disk, not these.
    body = re.sub(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""", r"\1", text, count=1)
    feed = feedparser.parse(io.BytesIO(body.encode("utf-8")))
    if not feed.entries:
        problem = feed.get("bozo_exception")
        yield Rejection(str(path), "XML without feed entries" + (f" ({problem})" if problem else ""))
        return
    outlet = _clean_field(feed.feed.get("title"))
    for n, entry in enumerate(feed.entries, 1):
        where = f"{path}#{n}"
        content = entry.get("content") or []
        markup = next((c.get("value") for c in content if c.get("value")), None) or entry.get("summary") or ""
        text_ = html_to_text(markup) if "<" in markup else " ".join(markup.split())
        title = _clean_field(entry.get("title"))
        # feedparser fills "link" from an Atom id like "urn:uuid:..."; only a web address is a url.
        url = entry.get("link") if re.match(r"https?://", entry.get("link") or "") else None
        if not (text_ or title or url):
            yield Rejection(where, "feed entry without content, summary, title or link")
            continue
        # A headline-only entry is kept, as JSON records are: the cleaner judges length (min_body_chars).
        yield RawDoc(id=str(entry.get("id") or url or f"{_stem(path)}-{n}"), path=where, text=text_,
                     format="rss", encoding=encoding, title=title, published=_entry_date(entry), outlet=outlet,
                     url=url, author=_clean_field(entry.get("author")), structured=True)


def _entry_date(entry: Any) -> str | None:
    # The raw string first: feedparser converts to UTC (moving a 01:00 +03:00 story to the day before) and cannot
    # read Arabic dates; its parsed tuple is the fallback for formats only it knows.
    for key in ("published", "updated", "created"):
        found = normalize_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            return datetime(*entry[key][:6]).isoformat()
    return None


# --- dates ---------------------------------------------------------------------------------------------------------
@cache
def _months() -> dict[str, Any]:
    raw = json.loads(resources.files("marsad").joinpath("data/ingest_months.json").read_text(encoding="utf-8"))
    months = {arabic.normalize(k): v for k, v in raw["months"].items()}
    names = "|".join(re.escape(k) for k in sorted(months, key=len, reverse=True))
    month = rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])"
    pm = "|".join(re.escape(arabic.normalize(k)) for k in raw["pm_markers"])
    am = "|".join(re.escape(arabic.normalize(k)) for k in raw["am_markers"])
    return {
        "months": months,
        # 11 فبراير 2024 | 12th, February 2024 | 11 كانون الثاني/يناير 2024 | 11-Feb-2024
        "dmy": re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?[\s,./-]*({month})\.?(?:\s*/\s*(?:{month}))?"
                          rf"[\s,./-]*(\d{{4}})(?!\d)"),
        # February 11, 2024 | فبراير 11، 2024
        "mdy": re.compile(rf"({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[\s,]+(\d{{4}})(?!\d)"),
        "time": re.compile(rf"(?<![\d:])(\d{{1,2}}):(\d{{2}})(?::(\d{{2}}))?(?:\s*((?:{pm})|(?:{am}))(?![^\W\d_]))?"),
        "pm": re.compile(rf"^(?:{pm})$"),
    }


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)")
_DMY_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD``) or datetime (``YYYY-MM-DDTHH:MM:SS``) from what a source gives; None
    when absent or unparseable -- never a guess.

    Reads ISO strings, RFC 822 feed dates, Arabic and English month names (Egyptian, Levantine, Maghreb series),
    Arabic-Indic digits, 12-hour times with ص/م, Unix timestamps and MongoDB ``{"$date": ...}``. A UTC offset is
    dropped, not applied: the wall-clock time the outlet wrote keeps the outlet's own day. A numeric day/month
    order is accepted only when unambiguous (13/02/2024, not 02/03/2024).

    >>> normalize_date("Sun, 11 Feb 2024 22:15:00 +0300")
    '2024-02-11T22:15:00'
    >>> normalize_date("الأحد ١١ شباط ٢٠٢٤ - 10:30 م")
    '2024-02-11T22:30:00'
    >>> normalize_date("02/03/2024") is None
    True
    """
    if isinstance(value, dict):
        value = value.get("$date") or value.get("date")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    s = arabic.normalize(str(value)).strip()
    if not s:
        return None
    if s.isdigit() and len(s) in (10, 13):
        return _from_timestamp(float(s))
    m = _ISO.match(s)
    if m:
        y, mo, d, hh, mm, ss = m.groups()
        return _iso(int(y), int(mo), int(d), hh and (int(hh), int(mm), int(ss or 0)))
    m = _DMY_NUMERIC.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b or a == b:
            return _iso(y, b, a, _time(s[m.end():]))
        if b > 12 >= a:
            return _iso(y, a, b, _time(s[m.end():]))
        return None
    table = _months()
    m = table["dmy"].search(s)
    if m:
        day, month, year = int(m.group(1)), table["months"][m.group(2)], int(m.group(3))
    else:
        m = table["mdy"].search(s)
        if not m:
            return None
        day, month, year = int(m.group(2)), table["months"][m.group(1)], int(m.group(3))
    return _iso(year, month, day, _time(s[m.end():]) or _time(s[:m.start()]))


def _time(s: str) -> tuple[int, int, int] | None:
    m = _months()["time"].search(s)
    if not m:
        return None
    hh, mm, ss = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if m.group(4):
        if hh > 12:
            return None
        is_pm = bool(_months()["pm"].match(m.group(4)))
        hh = hh % 12 + (12 if is_pm else 0)
    return hh, mm, ss


def _iso(year: int, month: int, day: int, clock: tuple[int, int, int] | None) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        if clock:
            return datetime(year, month, day, *clock).isoformat()
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds since the epoch (JavaScript, MongoDB)
        seconds /= 1000
    if not 631152000 <= seconds <= 4102444800:  # 1990-01-01 .. 2100-01-01: anything else is not a news date
        return None
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None).isoformat()
