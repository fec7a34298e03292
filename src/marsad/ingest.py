"""Files and folders -> ``RawDoc`` (or ``Rejection``): plain scrapes, HTML, JSON/JSONL (also gzipped), RSS/Atom.

    >>> for item in iter_documents(["examples/seeds"]):
    ...     print(item.id, item.format, item.encoding)          # doctest: +SKIP
    000_5d4c7b7a80708a78 text utf-8

The cascade for one file, read top to bottom:

    1. stat         missing, unreadable, a folder where a file was expected, over ``max_file_mb`` -> Rejection
    2. format       by extension (``.txt``, ``.html``, ``.json``, ``.jsonl``, ``.xml``/``.rss``/``.atom``, ``+.gz``),
                    else sniffed from the first bytes
    3. decode       bytes -> str (``decode``): BOMs, strict UTF-8, HTML meta charset, cp1256 / ISO-8859-6,
                    charset-normalizer; every guess checked against mojibake; binary and empty files rejected
    4. parse        one RawDoc per page, record or feed entry; one bad record is a Rejection for ``file#n``

A bad file never stops the batch: everything that goes wrong for one file becomes a Rejection naming it.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import gzip
import io
import json
import os
import re
import stat as stat_module
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .arabic import arabic_ratio, normalize
from .errors import InputError
from .models import RawDoc, Rejection

# --------------------------------------------------------------------------------------------------------------
# Formats

# Extension (after removing a trailing ".gz") -> parser name. Anything else is sniffed from its content.
FORMAT_BY_EXTENSION = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "rss", ".rss": "rss", ".atom": "rss",
}

# In a folder, files with these extensions are not documents (a README beside the scrapes, code, images);
# they are skipped silently. A file named explicitly is always tried, whatever its extension.
NOT_DOCUMENTS = {
    ".md", ".rst", ".py", ".pyc", ".csv", ".tsv", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".log", ".db",
    ".sqlite", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".tar", ".tgz", ".bz2",
    ".xz", ".7z", ".css", ".js", ".woff", ".woff2", ".ttf", ".mp3", ".mp4", ".lock",
}

# Record field names, most specific first (the usual names of scrapers, news APIs and corpora).
FIELDS = {
    "id": ("id", "_id", "guid", "doc_id", "article_id"),
    "title": ("title", "headline"),
    "text": ("content", "text", "body", "article", "description"),
    "published": ("date", "published", "published_at", "pubDate", "date_published", "date_extracted", "datetime"),
    "outlet": ("source", "outlet", "site", "publisher", "sitename"),
    "url": ("url", "link"),
    "author": ("author", "byline"),
}
# Keys under which a JSON object holds its list of records.
RECORD_LIST_KEYS = ("articles", "items", "data", "records", "documents", "results", "entries")

# --------------------------------------------------------------------------------------------------------------
# Encodings

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of common binary formats (PNG, JPEG, GIF, PDF, ZIP/docx, gzip inside a non-.gz name, ELF, WebP).
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"RIFF")
# Legacy single-byte Arabic code pages, most common on the web first (Windows-1256 dominates Arabic sites).
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# Latin-1 letters that are the tell-tale of UTF-8 or cp1256 bytes read as Latin-1/cp1252 ("Ø§Ù„", "ÇáÚÑÇÞ").
MOJIBAKE = re.compile(r"[\u00c0-\u00ff]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes to text, returning ``(text, encoding name)``; raise ``InputError`` when nothing fits.

    >>> decode("السلام".encode("cp1256"))
    ('السلام', 'cp1256')
    >>> decode(codecs.BOM_UTF16_LE + "مرحبا".encode("utf-16-le"))
    ('مرحبا', 'utf-16-le')
    """
    if any(data.startswith(magic) for magic in BINARY_MAGIC):
        raise InputError(f"binary file (starts with {data[:4]!r})")
    for bom, name in BOMS:  # 1. a BOM is the strongest evidence there is
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name.removesuffix("-sig")), name
            except UnicodeDecodeError as e:
                raise InputError(f"starts with a {name} BOM but is not valid {name}: {e.reason}") from e
    if b"\x00" in data[:65536]:  # 2. NULs: BOM-less UTF-16, or binary
        name = _utf16_without_bom(data)
        if name is None:
            raise InputError("binary file (NUL bytes, not UTF-16 text)")
        return data.decode(name), name
    try:  # 3. strict UTF-8: random legacy bytes almost never pass it
        return _checked(data.decode("utf-8")), "utf-8"
    except (UnicodeDecodeError, InputError):
        pass
    declared = _declared_charset(data)  # 4. an HTML/XML declaration, when it decodes to plausible text
    if declared:
        try:
            return _checked(data.decode(declared)), declared
        except (UnicodeDecodeError, LookupError, InputError):
            pass
    best = _best_arabic_codepage(data)  # 5. Arabic code pages
    if best:
        return best
    return _charset_normalizer(data)  # 6. last resort, verified


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NULs sit on one byte parity (ASCII spaces, digits, markup), else None."""
    sample = data[: 65536 - 65536 % 2] if len(data) > 65536 else data[: len(data) - len(data) % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    name = "utf-16-le" if odd > even else "utf-16-be"
    # Text in UTF-16 has NULs on one side only (every char below U+0100); binary scatters them on both.
    if min(even, odd) > max(even, odd) * 0.05 or len(data) % 2:
        return None
    try:
        _checked(data.decode(name))
    except (UnicodeDecodeError, InputError):
        return None
    return name


def _checked(text: str) -> str:
    """Return ``text`` if it reads as text: few control characters, no Latin-1 mojibake; else raise InputError."""
    sample = text[:20000]
    if not sample:
        return text
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > len(sample) * 0.01:
        raise InputError("binary file (control characters)")
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters and len(MOJIBAKE.findall(sample)) > letters * 0.2:
        raise InputError("mojibake (Latin-1 letters where Arabic is expected)")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:4096]) or re.search(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.-]+)""",
                                                            data[:512])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _best_arabic_codepage(data: bytes) -> tuple[str, str] | None:
    """Decode with each Arabic code page; keep the one whose text has the most 'ال' (in every real Arabic text)."""
    candidates = []
    for name in ARABIC_CODEPAGES:
        try:
            text = _checked(data.decode(name))
        except (UnicodeDecodeError, InputError):
            continue
        if arabic_ratio(text[:20000]) >= 0.5:
            candidates.append((text.count("ال"), text, name))
    if not candidates:
        return None
    _, text, name = max(candidates, key=lambda c: c[0])
    return text, name


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: it builds tables on import

    match = from_bytes(data).best()
    if match is None:
        raise InputError("undecodable: no encoding yields text (tried UTF-8/16, cp1256, ISO-8859-6, detection)")
    try:
        return _checked(str(match)), match.encoding
    except InputError as e:
        raise InputError(f"undecodable: best guess {match.encoding} gives {e}") from e


# --------------------------------------------------------------------------------------------------------------
# Walking paths


def iter_documents(paths: Iterable[str | os.PathLike], *, max_file_mb: float = 50.0) -> Iterator[RawDoc | Rejection]:
    """Yield a RawDoc per document found under ``paths`` (files or folders), or a Rejection naming what failed.

    Folders are walked recursively in sorted order, skipping hidden entries. ``max_file_mb`` (default 50) caps the
    size of one file on disk; bigger files are rejected with a hint to raise it.

    >>> [d.id for d in iter_documents(["examples/seeds"])][:1]     # doctest: +SKIP
    ['000_5d4c7b7a80708a78']
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, Rejection):
                    yield file
                else:
                    yield from _ingest_file(file, max_file_mb)
        else:
            yield from _ingest_file(path, max_file_mb)


def _walk(folder: Path, seen: frozenset[Path] = frozenset()) -> Iterator[Path | Rejection]:
    real = folder.resolve()
    if real in seen:  # a symbolic link back up the tree would loop forever
        return
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        yield Rejection(str(folder), f"cannot list folder ({e.strerror or e}): {folder}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen | {real})
        elif _extension(entry) not in NOT_DOCUMENTS:
            yield entry


def _extension(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _ingest_file(path: Path, max_file_mb: float) -> Iterator[RawDoc | Rejection]:
    """Everything about one file; never raises for the file's own faults."""
    where = str(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        why = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        yield Rejection(where, f"{why}: {where}")
        return
    except OSError as e:
        yield Rejection(where, f"cannot read: {e.strerror or e}: {where}")
        return
    if not stat_module.S_ISREG(stat.st_mode):
        yield Rejection(where, f"not a regular file: {where}")
        return
    size = stat.st_size
    limit = int(max_file_mb * 1024 * 1024)
    if size > limit:
        yield Rejection(where, f"file too large: {size / 1024 / 1024:.1f} MB > max_file_mb={max_file_mb:g} "
                               f"(raise the max_file_mb setting to take it): {where}")
        return
    gzipped = path.name.lower().endswith(".gz")
    kind = FORMAT_BY_EXTENSION.get(_extension(path))
    try:
        if kind == "jsonl":
            yield from _jsonl(path, gzipped)
            return
        data = _read(path, gzipped, limit)
        if not data.strip():
            yield Rejection(where, f"empty file: {where}")
            return
        if kind is None:
            kind = _sniff(data)
        if kind == "jsonl":
            yield from _jsonl(path, gzipped)
            return
        text, encoding = decode(data)
    except InputError as e:
        yield Rejection(where, f"{e}: {where}")
        return
    except (OSError, EOFError) as e:
        yield Rejection(where, f"cannot read: {getattr(e, 'strerror', None) or e}: {where}")
        return
    if not text.strip():
        yield Rejection(where, f"empty file: {where}")
        return
    yield from PARSERS[kind](path, text, encoding)


def _read(path: Path, gzipped: bool, limit: int) -> bytes:
    if not gzipped:
        return path.read_bytes()
    with gzip.open(path, "rb") as f:
        data = f.read(limit + 1)  # a small .gz can hold gigabytes: stop at the limit
    if len(data) > limit:
        raise InputError(f"file too large once decompressed: over max_file_mb={limit / 1024 / 1024:g} MB "
                         "(raise the max_file_mb setting to take it)")
    return data


def _sniff(data: bytes) -> str:
    """Guess the format of a file without a known extension from its first bytes."""
    head = data[:2048]
    for bom, name in BOMS:
        if head.startswith(bom):
            head = head[len(bom):].decode(name.removesuffix("-sig"), errors="ignore").encode("utf-8")
            break
    head = head.lstrip().lower()
    if head.startswith((b"{", b"[")):
        first_line = head.split(b"\n", 1)[0].strip()
        # A complete object on the first line followed by another line that opens one: JSON Lines.
        if first_line.startswith(b"{") and first_line.endswith(b"}") and b"\n{" in data[:65536].replace(b"\r", b""):
            return "jsonl"
        return "json"
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head):
        return "rss"
    if re.match(rb"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype html|html|head|body|meta|div|p)[\s>]", head, re.S):
        return "html"
    return "text"


# --------------------------------------------------------------------------------------------------------------
# Parsers: (path, decoded text, encoding) -> RawDoc | Rejection


def _text(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    # Only line endings change: later stages compute offsets into this exact text.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    yield RawDoc(id=_stem(path), path=str(path), text=text, format="text", encoding=encoding)


def _html(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    import trafilatura  # imported late: heavy, and only HTML needs it

    found = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=True)
    doc = found.as_dict() if found is not None else {}
    body = _paragraphs(doc.get("text") or "")
    if not body:  # trafilatura found no main text (short page, odd layout): keep the page's visible text
        body = html_to_text(text)
    if not body:
        yield Rejection(str(path), f"HTML page without text: {path}")
        return
    yield RawDoc(
        id=_stem(path), path=str(path), text=body, format="html", encoding=encoding,
        title=_clean(doc.get("title")) or _html_title(text), published=normalize_date(doc.get("date")),
        outlet=_clean(doc.get("sitename")), url=_clean(doc.get("url")), author=_clean(doc.get("author")),
        structured=True,
    )


def _json(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        yield Rejection(str(path), f"invalid JSON (line {e.lineno}, column {e.colno}: {e.msg}): {path}")
        return
    if isinstance(value, dict):
        inner = next((value[k] for k in RECORD_LIST_KEYS if isinstance(value.get(k), list)), None)
        if inner is None:
            yield _record(value, str(path), None, encoding)
            return
        value = inner
    if not isinstance(value, list):
        yield Rejection(str(path), f"JSON holds a {type(value).__name__}, not records: {path}")
        return
    name = str(path)
    for n, item in enumerate(value, 1):
        yield _record(item, name, n, encoding)


def _jsonl(path: Path, gzipped: bool) -> Iterator[RawDoc | Rejection]:
    """One record per line, streamed: a 31k-record corpus is never held as objects at once."""
    opener = gzip.open if gzipped else open
    name = str(path)
    seen_any = False
    with opener(path, "rb") as f:
        head = f.peek(4)[:4] if hasattr(f, "peek") else b""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            lines: Iterable[bytes] = io.BytesIO(decode(f.read())[0].encode("utf-8"))
        else:
            lines = f
        for n, raw in enumerate(lines, 1):
            if n == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            seen_any = True
            where = f"{path}#{n}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line = decode(raw)[0]
                except InputError as e:
                    yield Rejection(where, f"line {n} is not text ({e}): {where}")
                    continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as e:
                yield Rejection(where, f"invalid JSON on line {n} ({e.msg}, column {e.colno}): {where}")
                continue
            yield _record(value, name, n, "utf-8")
    if not seen_any:
        yield Rejection(str(path), f"empty file: {path}")


def _record(value: Any, path: str, n: int | None, encoding: str) -> RawDoc | Rejection:
    """One JSON record -> RawDoc; ``n`` is its 1-based number in a multi-record file (None for a lone object)."""
    where = f"{path}#{n}" if n is not None else path
    if not isinstance(value, dict):
        return Rejection(where, f"record is a {type(value).__name__}, not an object: {where}")
    found = {name: _field(value, keys) for name, keys in FIELDS.items()}
    body = found["text"] or ""
    if not isinstance(body, str):
        return Rejection(where, f"text field is a {type(body).__name__}, not a string: {where}")
    body = html_to_text(body) if _looks_like_html(body) else body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        if not any(found[name] for name in ("title", "url", "id")):
            fields = "/".join(FIELDS["text"] + FIELDS["title"] + FIELDS["url"])
            return Rejection(where, f"not an article record (none of {fields}): {where}")
        # A real record whose body the scraper missed (354 of SaudiNewsNet's 31,030, 57 without a title either):
        # keep it with its metadata; whether an empty article is worth analysing is the cleaner's call.
        body = ""
    record_id = found["id"]
    if record_id in (None, ""):
        record_id = f"{_stem(path)}-{n}" if n is not None else _stem(path)
    outlet = found["outlet"]
    if isinstance(outlet, dict):  # {"source": {"id": "aljazeera", "name": "الجزيرة"}} (NewsAPI and others)
        outlet = outlet.get("name") or outlet.get("title") or outlet.get("id")
    author = found["author"]
    if isinstance(author, list):
        author = "، ".join(str(a.get("name", "") if isinstance(a, dict) else a) for a in author) or None
    elif isinstance(author, dict):
        author = author.get("name")
    return RawDoc(
        id=str(record_id), path=where, text=body, format="json", encoding=encoding,
        title=_clean(found["title"]), published=normalize_date(found["published"]), outlet=_clean(outlet),
        url=_clean(found["url"]), author=_clean(author), structured=True,
    )


def _field(record: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _rss(path: Path, text: str, encoding: str) -> Iterator[RawDoc | Rejection]:
    import feedparser  # imported late: only feeds need it

    # feedparser re-reads an XML encoding declaration from str input; drop it, the text is already decoded.
    feed = feedparser.parse(re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1))
    if not feed.entries:
        if feed.bozo and not feed.feed:
            yield Rejection(str(path), f"not a feed ({feed.bozo_exception}): {path}")
        else:
            yield Rejection(str(path), f"feed without entries: {path}")
        return
    outlet = _clean(feed.feed.get("title"))
    for n, entry in enumerate(feed.entries, 1):
        where = f"{path}#{n}"
        html = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
        body = html_to_text(html) if _looks_like_html(html) else _paragraphs(html)
        if not body:
            yield Rejection(where, f"feed entry without text: {where}")
            continue
        published = None
        for key in ("published", "updated", "created"):
            published = normalize_date(entry.get(key)) or _struct_time_iso(entry.get(f"{key}_parsed"))
            if published:
                break
        yield RawDoc(
            id=str(entry.get("id") or f"{_stem(path)}-{n}"), path=where, text=body, format="rss", encoding=encoding,
            title=_clean(entry.get("title")), published=published, outlet=outlet, url=_clean(entry.get("link")),
            author=_clean(entry.get("author")), structured=True,
        )


PARSERS = {"text": _text, "html": _html, "json": _json, "rss": _rss}

# --------------------------------------------------------------------------------------------------------------
# HTML to paragraphs

# Elements that end a paragraph; their text goes on its own line.
BLOCK_TAGS = frozenset([
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
    "td", "th", "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption", "main", "dd",
    "dt", "dl", "hr", "form", "address",
])
SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "iframe", "svg", "head"])
HTML_TAG = re.compile(r"<(?:p|div|br|span|a|b|i|strong|em|img|h[1-6]|li|ul|ol|table|figure|section|article|html|body)"
                      r"[\s/>]|</[a-z][a-z0-9]*\s*>|&(?:nbsp|amp|quot|#\d+);", re.IGNORECASE)
# In HTML a line break in the source is only a space; paragraphs come from block elements.
SPACES = re.compile(r"\s+")


def _looks_like_html(text: str) -> bool:
    head = text[:5000]
    return ("<" in head or "&" in head) and bool(HTML_TAG.search(head))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page or fragment, one paragraph a line (scripts and styles dropped).

    >>> html_to_text("<div><p>قال الوزير</p><p>إن <b>المحادثات</b> مستمرة<br>غدا</p></div>")
    'قال الوزير\\nإن المحادثات مستمرة\\nغدا'
    """
    import lxml.etree
    import lxml.html

    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div") if not re.search(
            r"<(html|body|head)[\s>]", html[:5000], re.I) else lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):  # ValueError: a str with an XML encoding declaration
        root = lxml.html.document_fromstring(html.encode("utf-8"))
    parts: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in SKIP_TAGS:
            if element.tail:
                parts.append(SPACES.sub(" ", element.tail))
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text and tag:
            parts.append(SPACES.sub(" ", element.text))
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:
            parts.append(SPACES.sub(" ", element.tail))

    walk(root)
    return _paragraphs("".join(parts))


def _paragraphs(text: str) -> str:
    """Collapse runs of spaces inside lines and drop blank lines: one paragraph a line."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title", html[:100000], re.I | re.S)
    return _clean(re.sub(r"<[^>]+>", "", match.group(1))) if match else None


# --------------------------------------------------------------------------------------------------------------
# Dates

# Gregorian month names as Arabic news copy writes them, matched in normalized form (marsad.arabic.normalize):
# Egyptian/Gulf transliterations, Levantine/Iraqi Syriac names (كانون الثاني ... كانون الأول) and Maghreb forms.
# Source: the month tables of the Unicode CLDR ar, ar_SY, ar_IQ, ar_MA and ar_DZ locales.
ARABIC_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "إبريل": 4, "أبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "أغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يونيوز": 6, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0.., Persian/Urdu) digits -> ASCII.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def normalize_date(value: Any) -> str | None:
    """ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS``) from what a source gives, else None. Never guesses.

    Wall-clock time is kept as the source wrote it (its offset is dropped); numbers are Unix seconds (UTC).

    >>> normalize_date("Sun, 11 Feb 2024 10:30:00 +0300"), normalize_date("الأحد، ١١ شباط ٢٠٢٤")
    ('2024-02-11T10:30:00', '2024-02-11')
    >>> normalize_date("11/02/2024") is None   # day/month or month/day: not guessed
    True
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds when too big for seconds
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.translate(DIGITS)
    match = ISO_DATE.match(text)
    if match:
        return _iso(*(int(g) if g else None for g in match.groups()))
    try:
        parsed = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.strftime("%Y-%m-%dT%H:%M:%S")
    return _arabic_date(text)


def _arabic_date(text: str) -> str | None:
    match = _arabic_date_pattern().search(normalize(text))
    if not match:
        return None
    day, month, year = match.groups()
    return _iso(int(year), _normalized_months()[" ".join(month.split())], int(day))


def _iso(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None,
         second: int | None = None) -> str | None:
    try:
        moment = datetime(year, month, day, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S") if hour is not None else moment.strftime("%Y-%m-%d")


@functools.cache
def _normalized_months() -> dict[str, int]:
    return {normalize(name): number for name, number in ARABIC_MONTHS.items()}


@functools.cache
def _arabic_date_pattern() -> re.Pattern[str]:
    names = sorted(_normalized_months(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({alternatives})\s*[،,]?\s*(\d{{4}})(?!\d)")


def _struct_time_iso(value: Any) -> str | None:
    if not value:
        return None
    return _iso(*value[:6])


# --------------------------------------------------------------------------------------------------------------
# Small helpers


@functools.lru_cache(maxsize=256)  # called once per record of a multi-record file
def _stem(path: Path | str) -> str:
    """The file name without its extensions: ``news/aj.jsonl.gz`` -> ``aj``; ``page.html`` -> ``page``."""
    name = Path(path).name.removesuffix(".gz").removesuffix(".GZ")
    return Path(name).stem


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
