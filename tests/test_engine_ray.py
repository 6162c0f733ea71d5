"""The Ray runner on a real local Ray cluster: same events, same order, as the in-process path."""

import pytest

from eventcoder.models import Article
from eventcoder.pipeline import code_articles

ray = pytest.importorskip("ray")

TEXTS = [
    "Israeli jets struck Hamas positions in Gaza on Saturday.",
    "The United States sent military aid to Israel.",
    "China urged Japan to show restraint.",
    "Kenyan police arrested dozens of protesters in Nairobi.",
    "The European Union imposed sanctions on Iran.",
]


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_matches_serial(cluster):
    from eventcoder.engine import code_ray

    arts = [Article.from_text(t, published="2024-03-02") for t in TEXTS]
    serial = [[e.to_dict() for e in c.events] for c in code_articles(arts)]
    out = list(code_ray(arts, chunk_size=2, max_in_flight=1))
    assert [c.article.id for c in out] == [a.id for a in arts]
    assert [[e.to_dict() for e in c.events] for c in out] == serial


def test_cli_ingest_on_ray(cluster, tmp_path):
    import duckdb
    from typer.testing import CliRunner

    from eventcoder.cli import app

    d = tmp_path / "in"
    d.mkdir()
    for i, t in enumerate(TEXTS):
        (d / f"{i}.txt").write_text(t)
    db = tmp_path / "r.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(d), "--db", str(db), "--engine", "ray"])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == len(TEXTS)
    con.close()
