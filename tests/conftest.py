from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article.txt"
SCHEMA = ROOT / "src" / "eventcoder" / "schema" / "event.schema.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seed/article.txt is not beside the checkout")
    return SEED


@pytest.fixture(scope="session")
def event_schema() -> dict:
    return json.loads(SCHEMA.read_text())


@pytest.fixture(scope="session")
def seed_events(seed_path):
    from eventcoder import code_article
    from eventcoder.ingest import read_path

    (article,) = list(read_path(seed_path))
    return article, code_article(article)


@pytest.fixture()
def corpus():
    from eventcoder import Corpus

    with Corpus(":memory:") as db:
        yield db
