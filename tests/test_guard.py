"""A component that fails on one article fails that article only: the batch goes on, the failure is reported.

Also the bug that showed the need: a reciprocal pair as a passive subject ("Both sides were asked ...") sent
``_pair_parties`` into endless recursion, which ended the whole batch.
"""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.errors import CodingError
from eventcoder.events.coder import EventCoder
from eventcoder.models import Article
from eventcoder.pipeline import code_article, code_articles

PAIR = ("Bolivia and Paraguay exchanged fire across the Chaco border on Monday. "
        "Both sides were asked by the Organization of American States to hold talks in Asuncion.")


@pytest.mark.parametrize("verb", ["asked by the Organization of American States to hold talks in Asuncion",
                                  "urged to pull their troops back",
                                  "accused of shelling farms near the river"])
def test_pair_as_passive_subject_codes(verb):
    text = f"Bolivia and Paraguay exchanged fire across the Chaco border on Monday. Both sides were {verb}."
    events = code_article(Article(id="pair", text=text, published="2025-03-03"))  # raised RecursionError before
    assert any(e.event == "ASSAULT" for e in events)


def test_pair_as_passive_subject_gets_the_request():
    events = code_article(Article(id="pair", text=PAIR, published="2025-03-03"))
    asks = [e for e in events if e.event == "REQUEST"]
    assert asks and {a.key.split(".")[0] for a in asks[0].recipient} == {"BOL", "PRY"}


GOOD = "Chilean police arrested three opposition leaders in Santiago on Tuesday."
BAD = "Peruvian troops shelled a rebel camp near the Ecuadorean border on Tuesday."


@pytest.fixture
def breaks_on_peru(monkeypatch):
    """A bug that only one article meets: the trigger search raises on any sentence naming Peruvian troops."""
    real = EventCoder._find

    def flaky(self, sent):
        if "Peruvian" in sent.text:
            raise ValueError("simulated bug")
        return real(self, sent)

    monkeypatch.setattr(EventCoder, "_find", flaky)


def test_batch_goes_on_past_a_failing_article(breaks_on_peru):
    arts = [Article(id=f"a{i}", text=t, published="2025-03-04") for i, t in enumerate([GOOD, BAD, GOOD + " "])]
    coded = list(code_articles(arts))
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"]
    assert coded[1].error and "simulated bug" in coded[1].error and coded[1].events == ()
    assert coded[0].error is None and coded[0].events and coded[2].events


def test_single_article_failure_raises_a_coding_error(breaks_on_peru):
    with pytest.raises(CodingError) as exc:
        code_article(Article(id="peru", text=BAD, published="2025-03-04"))
    assert exc.value.article_id == "peru" and "simulated bug" in str(exc.value)


def test_cli_reports_the_failed_record_and_stores_the_rest(breaks_on_peru, tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t, "published": "2025-03-04"}) + "\n"
                           for i, t in (("one", GOOD), ("two", BAD), ("three", GOOD.replace("three", "four")))))
    db = tmp_path / "c.duckdb"
    res = CliRunner().invoke(app, ["code", str(src), "--db", str(db)])
    assert res.exit_code == 1
    assert "failed" in res.output and "two" in res.output and "simulated bug" in res.output
    assert "0 input(s) skipped, 1 article(s) failed in coding" in " ".join(res.output.split())  # (the console wraps)
    con = duckdb.connect(str(db), read_only=True)
    stored = {r[0] for r in con.execute("select id from articles").fetchall()}
    con.close()
    assert stored == {"one", "three"}


@pytest.fixture
def datelines_break_on_peru(monkeypatch):
    """A bug before the guarded components: reading the dateline of one article raises (make_doc, the batch's
    document stream handed to ``nlp.pipe``)."""
    import eventcoder.nlp as nlp_mod

    real = nlp_mod.datelines

    def flaky(text):
        if "Peruvian" in text:
            raise ValueError("simulated dateline bug")
        return real(text)

    monkeypatch.setattr(nlp_mod, "datelines", flaky)


def test_batch_goes_on_past_an_article_failing_before_the_components(datelines_break_on_peru):
    good = "SANTIAGO — " + GOOD
    arts = [Article(id=f"d{i}", text=t, published="2025-03-04") for i, t in enumerate([good, "LIMA — " + BAD, good + " "])]
    coded = list(code_articles(arts))  # raised ValueError out of nlp.pipe before, ending the batch
    assert [c.article.id for c in coded] == ["d0", "d1", "d2"]
    assert coded[1].error and "simulated dateline bug" in coded[1].error and coded[1].events == ()
    assert coded[0].error is None and coded[0].events and coded[2].events


def test_single_article_failing_before_the_components_raises_a_coding_error(datelines_break_on_peru):
    with pytest.raises(CodingError) as exc:
        code_article(Article(id="peru", text="LIMA — " + BAD, published="2025-03-04"))
    assert exc.value.article_id == "peru" and "simulated dateline bug" in str(exc.value)
