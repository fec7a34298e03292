"""Every tunable of marsad, declared once with its default and help text.

``SETTINGS`` drives validation, the CLI's ``marsad settings`` listing and the docs. A ``Settings`` object is built
once at the edge (CLI, API call) and passed down to every stage; no stage reads a global.

>>> s = Settings.build({"story_window_days": 5})
>>> s.story_window_days
5
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    # ingest
    Setting("max_file_mb", 50.0, "Files larger than this many megabytes are rejected instead of read."),
    Setting("min_body_chars", 80, "A document whose clean body is shorter than this is rejected as empty."),
    Setting("workers", 0, "Processes that clean and extract documents in parallel (0 = one per CPU core; 1 = no worker processes)."),
    Setting("entity_model", "neural", "Named-entity recognizer of the pipeline: 'neural' (shipped BiLSTM-CRF run in numpy; CLEANANERCorp F1 0.776), 'crf' (shipped CRF, 0.744, the pipeline 13-30% faster) or 'transformers:<local model folder>' (a token-classification model you have on disk; needs the transformers package)."),
    # duplicates
    Setting("minhash_perms", 128, "Number of MinHash permutations per article (more = finer Jaccard estimates, slower)."),
    Setting("shingle_words", 3, "Word n-gram size of the shingles compared for near duplicates."),
    Setting("near_duplicate_jaccard", 0.6, "Estimated shingle Jaccard at or above which two articles are near duplicates (a wire copy or reprint)."),
    # stories and topics
    Setting("story_threshold", 0.28, "TF-IDF cosine (background IDF blended with the store's) to a story's nearest article at or above which an article may join that event-level story (chosen on hand-labelled SaudiNewsNet days, bench/cluster_bench.py)."),
    Setting("story_support", 0.25, "An article joins a story only if its average TF-IDF cosine with the story's articles is at least this (stops one shared paragraph from chaining events together)."),
    Setting("story_window_days", 4, "An article only joins a story whose articles were published within this many days of it."),
    Setting("story_max_span_days", 7, "A story never spans more than this many days from its first to its last article (stops recurring coverage such as royal-court cables or daily market reports from chaining into one story over weeks; the topic level links them)."),
    Setting("topic_threshold", 0.10, "Average TF-IDF cosine between an article and a topic's articles at or above which the article's story is linked into that running topic."),
    Setting("topic_window_days", 730, "Stories further apart than this many days are never linked into one topic."),
    Setting("max_candidates", 30, "How many candidate articles, found through the inverted index of distinctive terms, are scored for each new article."),
    # comparing the sources
    Setting("fact_threshold", 0.40, "Similarity (rare-word cosine, plus a bonus for a shared quantity or date) at or above which two statements from different articles are one fact."),
    # summaries
    Setting("summary_sentences", 4, "Sentences in each story's cited summary (0 = no story summaries)."),
    Setting("topic_summary_sentences", 6, "Sentences in each topic's cited summary (0 = no topic summaries)."),
)

_DEFAULTS = {s.name: s.default for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    max_file_mb: float = _DEFAULTS["max_file_mb"]
    min_body_chars: int = _DEFAULTS["min_body_chars"]
    workers: int = _DEFAULTS["workers"]
    entity_model: str = _DEFAULTS["entity_model"]
    minhash_perms: int = _DEFAULTS["minhash_perms"]
    shingle_words: int = _DEFAULTS["shingle_words"]
    near_duplicate_jaccard: float = _DEFAULTS["near_duplicate_jaccard"]
    story_threshold: float = _DEFAULTS["story_threshold"]
    story_support: float = _DEFAULTS["story_support"]
    story_window_days: int = _DEFAULTS["story_window_days"]
    story_max_span_days: int = _DEFAULTS["story_max_span_days"]
    topic_threshold: float = _DEFAULTS["topic_threshold"]
    topic_window_days: int = _DEFAULTS["topic_window_days"]
    max_candidates: int = _DEFAULTS["max_candidates"]
    fact_threshold: float = _DEFAULTS["fact_threshold"]
    summary_sentences: int = _DEFAULTS["summary_sentences"]
    topic_summary_sentences: int = _DEFAULTS["topic_summary_sentences"]

    @classmethod
    def build(cls, overrides: dict[str, Any] | None = None) -> Settings:
        """Settings from defaults plus ``overrides``; unknown names and wrong types raise SettingsError."""
        values = dict(_DEFAULTS)
        for name, value in (overrides or {}).items():
            if name not in values:
                known = ", ".join(sorted(values))
                raise SettingsError(f"unknown setting {name!r}; known settings: {known}")
            values[name] = _coerce(name, value, type(_DEFAULTS[name]))
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _coerce(name: str, value: Any, kind: type) -> Any:
    try:
        out = kind(value)
    except (TypeError, ValueError) as e:
        raise SettingsError(f"setting {name!r} needs a {kind.__name__}, got {value!r}") from e
    if isinstance(out, int | float) and out < 0:
        raise SettingsError(f"setting {name!r} must not be negative, got {value!r}")
    return out


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["story_threshold=0.4"]`` -> ``{"story_threshold": "0.4"}``, as typed on the command line."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise SettingsError(f"setting {pair!r} should look like NAME=VALUE, e.g. story_threshold=0.4")
        out[name.strip()] = value.strip()
    return out
