"""Facts: statements aligned across the articles of a topic, with their supporting spans and independent origins.

Two units (clauses of different articles) are linked when their rare words overlap (idf-weighted cosine) at least
``fact_threshold``, a shared exact date adding ``DATE_BONUS``; or when they carry the same quantity of the same counted
thing (``2500 جندي`` / ``نحو 2500 جندي``) and their wording overlaps a little. Links made through a quantity are kept
apart by quantity, so a sentence stating two numbers (``2500 جندي في العراق و900 في سوريا``) supports two facts; links
made through wording alone are grouped by average linkage, which does not chain one statement into the next.
One statement is one fact: groups that share a clause, or a clause of the same words, merge (unless they are two
counts of one sentence found through their numbers), and clauses of the same words in several articles join the
fact they belong to. Statements nobody else carries are facts too, flagged ``unique``, in a topic that more than one
origin reports (in a topic of one article, or of copies of one, there is nobody to compare with).
"""

from __future__ import annotations

from collections import defaultdict

from . import dedupe
from .compare import (
    CLAIM_KINDS,
    DATE_BONUS,
    DISTINCTIVE_VALUE,
    MIN_FACT_TERMS,
    QUANTITY_BONUS,
    QUANTITY_MIN_TEXT,
    Origins,
    TopicView,
    Unit,
    lexicon,
    outlet_name,
)

CONFLICT_MARGIN = 0.2  # two statements that count one thing differently are one fact only if worded much alike
# Statements of two different stories of a topic must overlap this much more: a running topic repeats its
# background and boilerplate (condolences, titles of officials) in every story.
CROSS_STORY_MARGIN = 0.15
CROSS_STORY_MIN_DOCS = 20  # ... in a topic of more articles than this; a small topic's stories overlap on purpose
STRONG_VALUE = 100  # a count this large of the same named thing links two statements of a topic by itself
LINKAGE = 0.75  # two groups of units merge when their mean cross-article similarity is this share of the threshold
# Two outlets whose sentences of a fact share their wording rest on one origin (a press release, a wire story one of
# them does not credit), even when their articles as a whole are no copies: at least SHARED_RUN words in a row, and
# most of the shorter sentence's three-word sequences (SHARED_TRIGRAMS) found in the other, so a standing title in
# two sentences that otherwise differ (``خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز``) is not enough.
SHARED_RUN = 8
SHARED_TRIGRAMS = 0.5


def same_quantity(a: dict, b: dict, ua: Unit, ub: Unit) -> str | None:
    """A label for the quantity two units share (``2500 جند``), or None."""
    if a["value"] != b["value"] or a.get("value_max") != b.get("value_max"):
        return None
    ka, kb = ua.measure(a), ub.measure(b)
    lex = lexicon()
    if (ka and ka in lex.not_measures) or (kb and kb in lex.not_measures):
        return None
    if ka and kb and ka != kb:
        return None
    if not (ka and kb) and a["value"] < DISTINCTIVE_VALUE:
        return None  # "3" and "3 جنود": too common a number to say they are the same count
    return f"{a['value']:g} {ka or kb or ''}".strip()


def strong_quantity(label: str) -> bool:
    """A shared count of a named thing in the hundreds or more (``2500 جند``): within one topic it says by itself
    that two statements report the same count, whatever else their wording shares. Sums of money and percentages
    (currency codes, %) recur in unrelated business copy and never count alone."""
    value, _, key = label.partition(" ")
    return bool(key) and key[:1] not in "%ABCDEFGHIJKLMNOPQRSTUVWXYZ" and float(value) >= STRONG_VALUE


SMALL_GROUP = 4  # a group of more clauses joins an accepted fact through shared clauses only if most of it is shared
LIST_VALUES = 3  # a clause giving this many different values of one measure is a list (of hospitals and their beds)


def listing(u: Unit) -> bool:
    """A clause that lists several values of one measure ("... بسعة 400 سرير ... بسعة 200 سرير ... بسعة 500 سرير"):
    an equal value in another clause is another item of the list as often as the same one, so no quantity link."""
    values: defaultdict[str, set[float]] = defaultdict(set)
    for q in u.quantities:
        if (k := u.measure(q)) is not None:
            values[k].add(q["value"])
    return any(len(v) >= LIST_VALUES for v in values.values())


def different_names(a: Unit, b: Unit) -> bool:
    """Both clauses name entities and none in common: "مستشفى الصحة النفسية بجدة بسعة 500 سرير" and "مستشفى مكة
    المكرمة بسعة 500 سرير" are two hospitals of one list, whose equal count alone does not make them one fact."""
    na = {t for t in a.terms if t[:1] == "@"}
    nb = {t for t in b.terms if t[:1] == "@"}
    return bool(na) and bool(nb) and not na & nb


def conflicting(a: Unit, b: Unit) -> bool:
    """True when the two units count the same thing with different values (2500 جندي in Iraq, 900 جندي in Syria)."""
    ka = {a.measure(q): q["value"] for q in a.quantities}
    kb = {b.measure(q): q["value"] for q in b.quantities}
    return any(k and k in kb and kb[k] != v for k, v in ka.items())


def facts(view: TopicView, origins: Origins, threshold: float) -> list[dict]:
    corpus = view.corpus
    units = corpus.all_units
    by_label: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    text_edges: list[tuple[float, int, int]] = []
    sims: dict[tuple[int, int], float] = {}
    crowded = len({u.doc for u in view.units}) > CROSS_STORY_MIN_DOCS
    for (i, j), text_sim in view.pairs().items():
        a, b = units[i], units[j]
        if a.names_only or b.names_only:
            continue
        labels = {lab for qa in a.quantities for qb in b.quantities
                  if (lab := same_quantity(qa, qb, a, b)) is not None}
        if labels and (listing(a) or listing(b) or different_names(a, b)):
            labels = set()  # items of a list, or two named things with one count: no link through the number
        shared_dates = {d["value"] for d in a.dates if d.get("value")} & {d["value"] for d in b.dates if d.get("value")}
        score = text_sim + DATE_BONUS * bool(shared_dates)
        if crowded and view.story_of(a.doc) != view.story_of(b.doc):
            score -= CROSS_STORY_MARGIN  # two stories of a topic share its standing phrases; ask more of them
        sims[i, j] = score
        strong = sorted(lab for lab in labels if strong_quantity(lab))  # sorted: the same groups in every run
        if strong or (labels and text_sim >= QUANTITY_MIN_TEXT and score + QUANTITY_BONUS >= threshold):
            for lab in strong or sorted(labels):
                by_label[lab].append((i, j))
        elif score >= threshold and (score >= threshold + CONFLICT_MARGIN or not conflicting(a, b)):
            text_edges.append((score, i, j))

    groups = [(g, lab) for lab, edges in by_label.items() for g in dedupe.components(edges)]
    groups += [(g, None) for g in _average_linkage(text_edges, sims, threshold * LINKAGE)]
    accepted = _merge_duplicates(groups, units)
    # A clause nobody linked that says word for word what a fact's clause says (a wire copy the candidate pairs
    # missed, a lead repeated in the body) supports that fact: it is no second, single-origin fact of the same text.
    # Clauses of one text in several articles that nothing linked (words too common to make candidates) are one fact.
    by_text = {k: g for g in accepted for i in g if (k := _text_key(units[i]))}
    for u in view.units:
        key = _text_key(u) if u.kind in CLAIM_KINDS and not u.names_only else ""
        if not key:
            continue
        if key not in by_text:
            by_text[key] = set()
            accepted.append(by_text[key])
        by_text[key].add(u.idx)
    accepted = [g for g in accepted if len({units[i].doc for i in g}) >= 2]
    covered = set().union(*accepted) if accepted else set()
    out = [_fact(view, origins, sorted(g, key=lambda i: _order(view, units[i])), sims) for g in accepted]
    out.sort(key=lambda f: (-f["independent_origins"], -len(f["documents"])))
    if len({origins.of_doc(d).key for d in {u.doc for u in view.units}}) < 2:
        return out  # one origin in the whole topic: nothing to single out, every sentence of it would be "unique"
    for u in sorted(view.units, key=lambda u: _order(view, u)):
        if u.idx not in covered and u.kind in CLAIM_KINDS and len(u.terms) >= MIN_FACT_TERMS and not u.names_only:
            out.append(_fact(view, origins, [u.idx], sims))
    return out


def _merge_duplicates(groups: list[tuple[set[int], str | None]], units: list[Unit]) -> list[set[int]]:
    """One fact per statement. A group joins an accepted one, largest first, when it lies inside it, when most of it
    is in it (the same statement found through its number and through its wording, or through two numbers it
    gives), or when the two share a clause or a clause of the same text (a wire copy) and are not two counts: a
    long sentence that two articles each carry part of is one statement, not two facts with the same text. Groups
    made through two different quantities (2500 in Iraq, 900 in Syria) that share one sentence of two stay two."""
    accepted: list[tuple[set[int], set[str], set[str | None]]] = []  # (units, their texts, quantity labels)
    for g, label in sorted(groups, key=lambda gl: len(gl[0]), reverse=True):
        if len({units[i].doc for i in g}) < 2:
            continue
        texts = {_text_key(units[i]) for i in g} - {""}
        best, best_overlap = None, 0
        for k, (acc, acc_texts, labels) in enumerate(accepted):
            inside = len(g & acc)
            if g <= acc or inside * 2 > len(g):
                best = k
                break
            counts_apart = label is not None and any(x is not None and x != label for x in labels)
            shared = inside + len(texts & acc_texts)
            if shared > best_overlap and not counts_apart and (len(g) <= SMALL_GROUP or shared * 2 > len(g)):
                best, best_overlap = k, shared
        if best is None:
            accepted.append((set(g), texts, {label}))
        else:
            acc, acc_texts, labels = accepted[best]
            acc |= g
            acc_texts |= texts
            labels.add(label)
    return [acc for acc, _, _ in accepted]


def _text_key(u: Unit) -> str:
    """The words of a clause that says enough to be a statement of its own (``MIN_FACT_TERMS``), else ''."""
    return " ".join(sorted(u.terms)) if len(u.terms) >= MIN_FACT_TERMS else ""


def _order(view: TopicView, u: Unit) -> tuple:
    doc = view.corpus.docs[u.doc]
    return (doc.get("published") or "", u.doc, u.start)


def _average_linkage(edges: list[tuple[float, int, int]], sims: dict[tuple[int, int], float],
                     floor: float) -> list[set[int]]:
    """Groups from the strongest links down; two groups merge only when their mean similarity (over pairs from
    different articles that were scored) stays at ``floor`` or above, so a chain of weak links does not merge."""
    member: dict[int, int] = {}
    groups: dict[int, set[int]] = {}
    for _, a, b in sorted(edges, reverse=True):
        ga, gb = member.get(a), member.get(b)
        if ga is not None and ga == gb:
            continue
        A = groups[ga] if ga is not None else {a}
        B = groups[gb] if gb is not None else {b}
        scores = [sims.get((x, y) if x < y else (y, x), 0.0) for x in A for y in B]
        if sum(scores) / len(scores) < floor:
            continue
        merged = A | B
        key = min(merged)
        for k in (ga, gb):
            if k is not None:
                groups.pop(k, None)
        groups[key] = merged
        for x in merged:
            member[x] = key
    return list(groups.values())


def _fact(view: TopicView, origins: Origins, members: list[int], sims: dict[tuple[int, int], float]) -> dict:
    corpus = view.corpus
    units = [corpus.all_units[i] for i in members]
    docs = sorted({u.doc for u in units}, key=lambda d: (corpus.docs[d].get("published") or "", d))
    by_doc: defaultdict[str, set] = defaultdict(set)
    for u in units:
        by_doc[u.doc].add(origins.of_span(u.doc, *u.sentence))
    per_origin: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for doc, found in by_doc.items():
        cited = {o for o in found if o.kind == "agency"}
        for o in sorted(cited, key=lambda o: o.key) or [origins.of_doc(doc)]:
            per_origin[o.key, o.name, o.kind].add(doc)
    per_origin = _shared_wording(corpus, units, per_origin)
    origin_list = [{"name": name, "kind": kind, "documents": sorted(ds)}
                   for (_, name, kind), ds in sorted(per_origin.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    stories = sorted({s for d in docs if (s := view.story_of(d))})

    def centrality(u: Unit) -> tuple:
        total = sum(sims.get((u.idx, v.idx) if u.idx < v.idx else (v.idx, u.idx), 0.0) for v in units)
        return (u.kind in CLAIM_KINDS, total, len(u.terms))

    rep = max(units, key=centrality)
    return {
        "id": None, "story": stories[0] if len(stories) == 1 else None, "stories": stories, "topic": view.topic,
        "text": rep.text,
        "sentences": [{"doc": u.doc, "line": u.line, "start": u.start, "end": u.end, "text": u.text} for u in units],
        "documents": docs,
        "outlets": sorted({outlet_name(corpus.docs[d]) for d in docs}),
        "origins": origin_list,
        "independent_origins": len(origin_list),
        "unique": len(origin_list) == 1,
    }


def _shared_wording(corpus, units: list[Unit], per_origin: dict[tuple[str, str, str], set[str]]
                    ) -> dict[tuple[str, str, str], set[str]]:
    """``per_origin`` with the origins whose supporting sentences share their wording (``SHARED_RUN``,
    ``SHARED_TRIGRAMS``) made one: a cited agency absorbs the outlets that print its words uncredited; outlets and
    copy groups become one origin named by their outlets. Two different cited agencies are never made one."""
    if len(per_origin) < 2:
        return per_origin
    keys = list(per_origin)
    of_doc: defaultdict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        for d in per_origin[key]:
            of_doc[d].append(k)
    parent = list(range(len(keys)))
    agency = [key if key[2] == "agency" else None for key in keys]

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    grams = {}
    for u in units:
        if (u.doc, u.sentence) not in grams:
            words = corpus.sentence_words(u)
            grams[u.doc, u.sentence] = (  # sequences through a name (a "" word) are no shared wording
                {g for i in range(len(words) - SHARED_RUN + 1) if all(g := words[i:i + SHARED_RUN])},
                {g for i in range(len(words) - 2) if all(g := words[i:i + 3])})
    for i, a in enumerate(units):
        for b in units[i + 1:]:
            ka = {find(k) for k in of_doc[a.doc]}
            kb = {find(k) for k in of_doc[b.doc]}
            if a.doc == b.doc or ka == kb:
                continue
            (runs_a, tri_a), (runs_b, tri_b) = grams[a.doc, a.sentence], grams[b.doc, b.sentence]
            if not runs_a & runs_b or len(tri_a & tri_b) < SHARED_TRIGRAMS * min(len(tri_a), len(tri_b)):
                continue
            for x in sorted(ka):
                for y in sorted(kb):
                    x, y = find(x), find(y)
                    if x != y and not (agency[x] and agency[y] and agency[x] != agency[y]):
                        parent[y] = x
                        agency[x] = agency[x] or agency[y]
    roots: defaultdict[int, list[int]] = defaultdict(list)
    for k in range(len(keys)):
        roots[find(k)].append(k)
    if len(roots) == len(keys):
        return per_origin
    out: dict[tuple[str, str, str], set[str]] = {}
    for members in roots.values():
        docs = set().union(*(per_origin[keys[k]] for k in members))
        if len(members) == 1:
            out[keys[members[0]]] = docs
            continue
        cited = next((keys[k] for k in members if keys[k][2] == "agency"), None)  # at most one: see the union
        if cited:
            out[cited] = docs
            continue
        first = sorted(docs, key=lambda d: (corpus.docs[d].get("published") or "", d))
        outlets = list(dict.fromkeys(outlet_name(corpus.docs[d]) for d in first))
        out["wording:" + first[0], f"{' + '.join(outlets)} (same wording)", "wording"] = docs
    return out
