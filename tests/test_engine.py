"""The local multiprocessing runner gives the same events, in the same order, as the in-process path."""

from eventcoder.engine import code_parallel
from eventcoder.models import Article

TEXTS = [
    "Israeli jets struck Hamas positions in Gaza on Saturday.",
    "The United States sent military aid to Israel.",
    "Russia deployed troops to the border with Finland.",
    "China urged Japan to show restraint.",
    "Kenyan police arrested dozens of protesters in Nairobi.",
    "The European Union imposed sanctions on Iran.",
    "Oil prices rose 2 percent on Tuesday.",
]


def test_parallel_matches_serial():
    arts = [Article.from_text(t, published="2024-03-02") for t in TEXTS]
    serial = [(c.article.id, [e.to_dict() for e in c.events]) for c in code_parallel(arts, workers=1)]
    parallel = [(c.article.id, [e.to_dict() for e in c.events]) for c in code_parallel(arts, workers=2, chunk_size=2)]
    assert [a.id for a in arts] == [x[0] for x in parallel]
    assert serial == parallel
    assert sum(len(x[1]) for x in serial) >= 5
