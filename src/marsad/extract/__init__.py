"""Extractors over clean articles: dates, quantities, quotes and attributions, entity mentions.

Each extractor takes the article's original text and the spans of its own lines (title, lead, subheadings, body;
never removed debris) and returns records whose offsets index that original text.
"""

from __future__ import annotations

from datetime import date

from ..models import Article
from .attribution import Attribution, find_attributions  # noqa: F401  (re-exported: the attribution chains' API)

OWN_LINES = ("title", "lead", "subheading", "body")


def spans_of(article: Article) -> list[tuple[int, int]]:
    """Character ranges of the article's own lines in ``article.text``."""
    return [(ln.start, ln.end) for ln in article.lines_of(*OWN_LINES)]


def anchor_of(article: Article) -> date | None:
    """The publication day relative dates resolve against, when it is known to the day."""
    if article.published and len(article.published) >= 10:
        try:
            return date.fromisoformat(article.published[:10])
        except ValueError:
            return None
    return None


def extract_all(article: Article, entity_model: str | None = None) -> dict[str, list[dict]]:
    """Every extractor's records for one article, JSON-ready, keyed by the analysis JSON's names.

    ``entity_model`` names the recognizer (the ``entity_model`` setting; None = ``ner.DEFAULT_RECOGNIZER``).
    """
    from . import dates, entities, quantities, quotes

    text, spans = article.text, spans_of(article)
    recognizer = entities.load_recognizer(entity_model) if entity_model else None
    mentions = entities.find_mentions(text, spans, recognizer=recognizer)
    names = [(m.start, m.end) for m in mentions if m.type == "PERS"]  # 'أحمد الخميس' names no Thursday
    return {
        "mentions": [m.to_json() for m in mentions],
        "dates": [d.to_json() for d in dates.find_dates(text, spans, anchor=anchor_of(article), names=names)],
        "quantities": [q.to_json() for q in quantities.find_quantities(text, spans)],
        "quotes": [q.to_json() for q in quotes.find_quotes(text, spans)],
        "attributions": [a.to_json() for a in quotes.find_attributions(text, spans)],
    }
