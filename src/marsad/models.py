"""The shared nouns of marsad: every stage takes and returns these frozen dataclasses.

Offsets (``start``, ``end``) always index the *original* decoded text of the document (``RawDoc.text`` /
``Article.text``), so anything found after normalization can still be shown and cited in the outlet's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Where a publication date came from, from most to least trustworthy.
PUBLISHED_FROM = ("metadata", "text", "inferred", "unknown")

# What a line of a scraped page is. Only "body" lines make up the clean body; "lead" and "subheading" lines are
# the article's own words too, kept apart; "title" and "metadata" are page furniture the extractor keeps as fields;
# "noise" is debris and never reaches any extraction.
LINE_KINDS = ("title", "lead", "subheading", "body", "metadata", "noise", "blank")


@dataclass(frozen=True)
class RawDoc:
    """One decoded document as it came in, before cleaning.

    ``text`` is the decoded page text (for HTML, the main text an extractor found). ``structured`` is True when the
    text came out of a record field or an extractor (JSON, RSS, HTML) rather than a raw page scrape.
    """

    id: str
    path: str
    text: str
    format: str  # "text" | "html" | "json" | "rss"
    encoding: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, from the document's own metadata
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    structured: bool = False


@dataclass(frozen=True)
class Line:
    """One line of the original text with what the cleaner decided about it."""

    no: int  # 1-based line number in the original text
    start: int
    end: int
    text: str
    kind: str  # one of LINE_KINDS
    reason: str | None = None  # why it was removed or set apart; None for body lines


@dataclass(frozen=True)
class Article:
    """A cleaned document: its lines classified, its metadata resolved."""

    id: str
    path: str
    text: str  # the original decoded text; every offset points into it
    lines: tuple[Line, ...]
    format: str = "text"
    encoding: str = "utf-8"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or a coarser prefix (YYYY-MM, YYYY) when inferred
    published_from: str = "unknown"  # one of PUBLISHED_FROM
    source_credit: str | None = None  # "المصدر: الجزيرة" -> "الجزيرة"
    dateline: str | None = None  # "بغداد -" -> "بغداد"
    content_hash: str = ""

    def lines_of(self, *kinds: str) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.kind in kinds)

    @property
    def body(self) -> str:
        """The clean body: body lines only, one paragraph a line."""
        return "\n".join(line.text for line in self.lines_of("body"))

    @property
    def lead(self) -> str:
        return "\n".join(line.text for line in self.lines_of("lead"))

    @property
    def subheadings(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.lines_of("subheading"))

    @property
    def content(self) -> str:
        """Everything the outlet wrote about the story, in page order: lead, subheadings and body."""
        return "\n".join(line.text for line in self.lines_of("lead", "subheading", "body"))

    @property
    def removed(self) -> tuple[Line, ...]:
        return self.lines_of("noise")


@dataclass(frozen=True)
class Rejection:
    """A document that could not be taken in, and why. Stored and shown, never only logged."""

    path: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True)
class Relation:
    """A duplicate relation between two stored articles; nothing is deleted for being a copy."""

    doc: str  # the later copy
    of: str  # the earlier (or canonical) article
    kind: str  # "exact" | "near"
    score: float


@dataclass(frozen=True)
class Story:
    """An event-level story: the articles that report one real-world event."""

    id: str
    title: str
    documents: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
    topic: str | None = None


@dataclass(frozen=True)
class Topic:
    """A running subject that links several event-level stories."""

    id: str
    title: str
    stories: tuple[str, ...]


@dataclass
class RunReport:
    """What one run did: counts, rejections and timing. Mutable because the pipeline fills it as it goes."""

    seen: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
