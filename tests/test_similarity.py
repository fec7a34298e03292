"""Story similarity on real articles: the seed pages (one running story, gold event labels) and real pages from
other stories (tests/fixtures/pages, SaudiNewsNet 2015)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad import similarity
from marsad.cli import cli
from marsad.models import Article, Line

UNRELATED_PAGES = ("almadina", "alriyadh", "okaz")  # Saudi local news of July 2015: Eid, Aden relief, a court case


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> dict[str, Article]:
    return {p.stem: similarity.read_article(p) for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="module")
def profiles(seeds) -> dict[str, similarity.Profile]:
    return {k: similarity.profile(a) for k, a in seeds.items()}


@pytest.fixture(scope="module")
def pages() -> dict[str, similarity.Profile]:
    folder = Path(__file__).resolve().parent / "fixtures" / "pages"
    return {n: similarity.profile(similarity.read_article(folder / f"{n}.txt")) for n in UNRELATED_PAGES}


def _event_pairs(gold) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(same-event pairs, same-topic-different-event pairs) of seed ids, from the hand annotation."""
    event_of = {d: i for i, e in enumerate(gold["stories"]["events"]) for d in e["documents"]}
    same, topic = set(), set()
    for a, b in itertools.combinations(sorted(event_of), 2):
        (same if event_of[a] == event_of[b] else topic).add(frozenset((a, b)))
    return same, topic


def test_same_event_above_same_topic_above_unrelated(profiles, pages, gold):
    same, topic = _event_pairs(gold)
    assert same and topic

    def s(pair):
        a, b = sorted(pair)
        return similarity.compare(profiles[a], profiles[b]).score

    same_scores = [s(p) for p in same]
    topic_scores = [s(p) for p in topic]
    unrelated_scores = [similarity.compare(p, q).score for p in profiles.values() for q in pages.values()]
    assert min(same_scores) > max(topic_scores), (same_scores, topic_scores)
    assert min(topic_scores) > max(unrelated_scores), (topic_scores, unrelated_scores)
    assert max(unrelated_scores) < 0.1


def test_same_event_pairs_share_names_and_figures(profiles):
    # Two outlets on the 11 February 2024 talks: the army spokesman and the coalition both named, figures shared.
    sim = similarity.compare(profiles["001_6b8f8232c79e6353"], profiles["002_c90bc23b3cdc86c4"])
    assert "يحيى رسول" in sim.shared_entities
    assert "التحالف الدولي" in sim.shared_entities
    assert sim.numbers is not None and sim.numbers > 0
    assert 0.0 < sim.words < 1.0 and 0.0 < sim.entities < 1.0


def test_symmetric(profiles, pages):
    everything = list(profiles.values()) + list(pages.values())
    for a, b in itertools.combinations(everything, 2):
        assert similarity.compare(a, b) == similarity.compare(b, a)


def test_identical_articles_score_1(seeds):
    for article in seeds.values():
        copy = replace(article, id="copy", path="elsewhere.txt")
        sim = similarity.score(article, copy)
        assert sim.score == 1.0
        assert sim.words == 1.0


def test_score_is_compare_of_profiles(seeds, profiles):
    a, b = "000_5d4c7b7a80708a78", "003_da7e6e73b57a95d2"
    assert similarity.score(seeds[a], seeds[b]) == similarity.compare(profiles[a], profiles[b])


def _article(text: str, **kw) -> Article:
    return Article("x", "x.txt", text, (Line(1, 0, len(text), text, "body"),), **kw)


@pytest.mark.parametrize("text", ["", "   ", "في من إلى على عن", "!!! ... ؟"])
def test_empty_or_stop_words_only_scores_0(seeds, text):
    empty = _article(text)
    for article in (empty, seeds["001_6b8f8232c79e6353"]):
        sim = similarity.score(empty, article)
        assert sim.score == 0.0
        assert sim.entities is None and sim.numbers is None


def test_time_factor_uses_only_stated_dates(seeds):
    a, b = seeds["001_6b8f8232c79e6353"], seeds["002_c90bc23b3cdc86c4"]
    assert similarity.profile(replace(b, published="2024-02-11", published_from="metadata")).day is not None
    assert similarity.profile(replace(b, published="2024-02-11", published_from="inferred")).day is None
    assert similarity.profile(replace(b, published="2024", published_from="text")).day is None  # not a day

    pa = similarity.profile(replace(a, published="2024-02-12", published_from="text"))
    pb = similarity.profile(replace(b, published="2024-02-11", published_from="metadata"))
    next_day = similarity.compare(pa, pb)
    months = similarity.compare(pa, replace(pb, day=pa.day + 120))
    undated = similarity.compare(pa, replace(pb, day=None))
    assert next_day.time == 1.0 and next_day.days_apart == 1 and next_day.score == undated.score
    assert months.days_apart == 120 and months.time == pytest.approx(similarity.time_factor(120), abs=1e-4)
    assert 0.5 <= months.time < 0.51
    assert months.score == pytest.approx(undated.score * months.time, abs=1e-3)


def test_collection_idf_weighs_common_words_less(seeds):
    from marsad import cluster

    idf = similarity.Idf.from_documents(cluster.features(a) for a in seeds.values())
    assert idf("تحالف") < idf("سفير")  # every seed speaks of the coalition; one of an ambassador
    sim = similarity.score(seeds["000_5d4c7b7a80708a78"], seeds["003_da7e6e73b57a95d2"], idf)
    assert 0.0 < sim.score <= 1.0


def test_background_idf_table_loads_and_orders_words():
    idf = similarity.Idf.background()
    assert len(idf.weights) > 40_000
    assert idf("في") < idf("برلمان") < idf.default  # a preposition, a content word, an unseen word


# --- the command ---------------------------------------------------------------------------------------------------
def test_cli_prints_the_library_score(seeds_dir, seeds):
    a, b = seeds_dir / "001_6b8f8232c79e6353.txt", seeds_dir / "002_c90bc23b3cdc86c4.txt"
    result = CliRunner().invoke(cli, ["similarity", str(a), str(b)])
    assert result.exit_code == 0, result.output
    expected = similarity.score(seeds[a.stem], seeds[b.stem]).score
    assert result.output.strip() == f"{expected:.2f}"

    verbose = CliRunner().invoke(cli, ["similarity", str(a), str(b), "-v"])
    assert verbose.exit_code == 0
    for component in ("words", "entities", "numbers", "time"):
        assert re.search(rf"^\s+{component}\s", verbose.output, re.M), verbose.output
    assert "يحيى رسول" in verbose.output


def test_cli_unreadable_or_empty_file_is_a_clear_error(seeds_dir, tmp_path):
    seed = str(seeds_dir / "001_6b8f8232c79e6353.txt")
    missing = CliRunner().invoke(cli, ["similarity", seed, str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert "nope.txt" in missing.output and "cannot be read" in missing.output
    (tmp_path / "short.txt").write_text("عاجل\n", encoding="utf-8")
    short = CliRunner().invoke(cli, ["similarity", str(tmp_path / "short.txt"), seed])
    assert short.exit_code == 1
    assert "no article text" in short.output


def test_title_given_as_a_field_counts_for_entities(seeds):
    # A JSON or RSS record carries its title as a field, not as a line of the text: its names still count.
    from marsad import clean
    from marsad.models import RawDoc

    seed = seeds["001_6b8f8232c79e6353"]
    body = "\n".join(line.text for line in seed.lines_of("body")[1:3])
    with_title = clean.clean(RawDoc("r", "r.json", body, "json", "utf-8", title=seed.title, structured=True))
    without = clean.clean(RawDoc("r", "r.json", body, "json", "utf-8", structured=True))
    titled, untitled = similarity.profile(with_title), similarity.profile(without)
    assert with_title.lines_of("title")[0].text == seed.title  # the cleaner makes the field its first line
    iraq, us = similarity.entity_key("العراق"), similarity.entity_key("الولايات المتحدة")  # وأميركا in the title
    assert titled.entities[iraq] > untitled.entities[iraq]
    assert titled.entities[us] > untitled.entities[us]


# --- the opening: byline and dateline ------------------------------------------------------------------------------
def _record(text: str, **kw) -> Article:
    """A JSON record whose title and body run together in one field, as many feeds (and SemEval) give them."""
    from marsad import clean
    from marsad.models import RawDoc

    return clean.clean(RawDoc("r", "r.json", text, "json", "utf-8", structured=True, **kw))


def _seed_body(seeds, seed: str, lines: slice = slice(0, 3)) -> str:
    return " ".join(line.text for line in seeds[seed].lines_of("body")[lines])


@pytest.mark.parametrize("byline", ["كتب - معتز عباس:", "كتبت هند عادل", "بقلم: معتز عباس"])
def test_byline_at_the_opening_is_neither_entity_nor_words(seeds, byline):
    body = _seed_body(seeds, "002_c90bc23b3cdc86c4")
    plain, signed = similarity.profile(_record(body)), similarity.profile(_record(f"{byline} {body}"))
    assert set(signed.entities) == set(plain.entities)  # the reporter is not an actor of the event
    assert set(signed.words) == set(plain.words)
    assert similarity.compare(plain, signed).score == 1.0


def test_person_after_a_writing_verb_deep_in_the_body_still_counts(seeds):
    # "كتب X على تويتر" far from the opening reports what an actor wrote: X stays an entity.
    body = _seed_body(seeds, "002_c90bc23b3cdc86c4", slice(0, 6))
    assert len(body) > similarity.OPENING_CHARS
    later = similarity.profile(_record(f"{body} وكتب معتز عباس على منصة إكس أن المحادثات ستستمر."))
    assert similarity.entity_key("معتز عباس") in later.entities


def test_dateline_at_the_opening_dates_the_page(seeds):
    body = _seed_body(seeds, "002_c90bc23b3cdc86c4")
    title = "العراق والولايات المتحدة تبدآن محادثات إنهاء مهمة التحالف"
    dated = similarity.profile(_record(f"{title} بغداد، 11 فبراير 2024 (واع) - {body}"))
    assert dated.day == date(2024, 2, 11).toordinal()
    # a date far into the body is an event the article reports, not when it was published
    deep = _seed_body(seeds, "002_c90bc23b3cdc86c4", slice(0, 6))
    assert similarity.profile(_record(f"{title} {deep} وكان ذلك في 11 فبراير 2024.")).day is None
    # the page's metadata wins over its dateline
    stated = similarity.profile(_record(f"{title} بغداد، 11 فبراير 2024 (واع) - {body}", published="2024-02-12"))
    assert stated.day == date(2024, 2, 12).toordinal()


def test_dateline_gap_lowers_the_score_of_the_same_words(seeds):
    # The body says "today, Sunday" (اليوم الأحد): the datelines are Sundays, as a real page's would be.
    body = _seed_body(seeds, "002_c90bc23b3cdc86c4")
    feb = similarity.profile(_record(f"بغداد، 11 فبراير 2024 (واع) - {body}"))
    wire = similarity.profile(_record(f"بغداد 11-2-2024 (رويترز) - {body}"))
    april = similarity.profile(_record(f"بغداد، 14 أبريل 2024 (واع) - {body}"))
    same_day = similarity.compare(feb, wire)
    assert same_day.time == 1.0 and same_day.days_apart == 0
    far = similarity.compare(feb, april)
    assert far.days_apart == 63 and far.time == pytest.approx(similarity.time_factor(63), abs=1e-4)
    assert far.score < same_day.score


# --- entity evidence -----------------------------------------------------------------------------------------------
def test_thin_entity_overlap_counts_less_than_a_rich_one(profiles, seeds):
    # Two one-sentence items that share two place names (Saudi relief to Aden, July 2015, and the seeds' Iraq story
    # share nothing; these two share السعودية and عدن) against two full reports of one event.
    a = similarity.profile(_article("وصلت إلى مطار عدن الدولي الطائرة السعودية الإغاثية الثانية تحمل مواد طبية"))
    b = similarity.profile(_article("أعلنت السعودية استئناف الرحلات التجارية إلى مطار عدن بعد توقف دام أشهر"))
    thin = similarity.compare(a, b)
    rich = similarity.compare(profiles["001_6b8f8232c79e6353"], profiles["002_c90bc23b3cdc86c4"])
    assert thin.entities is not None and thin.entity_evidence is not None and rich.entity_evidence is not None
    assert 0.0 < thin.entity_evidence < rich.entity_evidence < 1.0
    off = similarity.compare(a, b, entity_prior=0.0)
    assert off.entity_evidence == 1.0 and off.entities == thin.entities


def test_entity_evidence_shrinks_the_entity_weight_not_the_score_of_a_copy(seeds):
    a = similarity.profile(_article("وصلت إلى مطار عدن الدولي الطائرة السعودية الإغاثية الثانية تحمل مواد طبية"))
    copy = similarity.compare(a, a)
    assert copy.entity_evidence is not None and copy.entity_evidence < 0.5  # few names: thin evidence
    assert copy.score == 1.0
    assert "evidence" in "\n".join(copy.explain())
    assert copy.to_json()["entity_evidence"] == copy.entity_evidence
