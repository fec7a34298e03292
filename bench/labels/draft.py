"""Print a day's articles for hand labelling, near neighbours side by side (a reading aid, not a label source).

    python bench/labels/draft.py 2015-08-02 aawsat sabq > /tmp/draft.txt

Articles are ordered by the leaves of an average-link dendrogram over TF-IDF cosine so that articles on one subject
sit next to each other; every label is then decided by reading the title and lead (see README.md here).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import leaves_list, linkage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cluster_bench import CORPUS, load_articles  # noqa: E402


def main() -> None:
    day, outlets = sys.argv[1], set(sys.argv[2:])
    arts = [a for a in load_articles(CORPUS, days={day}) if not outlets or a.outlet in outlets]
    from sklearn.feature_extraction.text import TfidfVectorizer

    from marsad import cluster

    docs = [" ".join(cluster.features(a.article).elements()) for a in arts]
    x = TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True).fit_transform(docs).toarray()
    order = leaves_list(linkage(x, "average", metric="cosine")) if len(arts) > 2 else np.arange(len(arts))
    for i in order:
        a = arts[i]
        lead = a.article.content.replace("\n", " ")[:140]
        print(f"{a.n}\t{a.outlet}\t{a.article.title}\t|| {lead}")


if __name__ == "__main__":
    main()
