"""`eventcoder explain`: the events of each sentence with their confidence, and each trigger found then dropped with
the rule that dropped it. Invented articles."""

from __future__ import annotations

from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.events import coder
from eventcoder.explain import explain_articles as explain
from eventcoder.models import Article
from eventcoder.pipeline import code_article

runner = CliRunner()

ARTICLE = Article(
    id="x1",
    text=("ACCRA, May 4 — Ghana said on Sunday it would not send troops to the border unless it is attacked by Togo. "
          "Togo accused Ghana of arming smugglers. Police in Lome arrested twelve traders on Saturday. "
          "The attack, officials said, was a warning."),
    published="2025-05-04",
)


def _sig(e):
    return (e.event, e.actor_keys, e.recipient_keys, e.span, e.negated)


def test_the_trace_holds_every_kept_event_and_marks_the_rest() -> None:
    [ex] = list(explain([ARTICLE]))
    traced = [e for t in ex.sentences for e in t.events]
    kept = {_sig(e) for e in code_article(ARTICLE)}
    assert kept, "the article codes events"
    # what the threshold keeps in the trace is exactly what coding the article returns
    assert {_sig(e) for e in traced if e.confidence >= ex.threshold or e.condition is not None} == kept
    # every event lies in the sentence it is listed under
    for t in ex.sentences:
        for e in t.events:
            assert t.start <= e.span[0] < t.end


def test_dropped_triggers_carry_their_reason() -> None:
    [ex] = list(explain([ARTICLE]))
    dropped = [(d.word, d.event, d.reason) for t in ex.sentences for d in t.dropped]
    # the act inside the condition is the condition of the refusal, not an act of its own
    assert any(w == "attacked" and r == "inside_condition" for w, _, r in dropped), dropped
    # what Togo accuses Ghana of is coded as the accusation
    assert any(r == "alleged" for _, _, r in dropped), dropped
    # each reason reads as words for the user
    assert all(d.meaning for t in ex.sentences for d in t.dropped)


def test_the_hook_is_off_again_afterwards() -> None:
    list(explain([ARTICLE]))
    assert coder.DROP_HOOK is None
    gen = explain([ARTICLE, ARTICLE])
    next(gen)
    gen.close()  # a reader that stops early
    assert coder.DROP_HOOK is None


def test_cli_explains_text_and_files(tmp_path) -> None:
    res = runner.invoke(app, ["explain", "--text", ARTICLE.text, "--published", "2025-05-04"])
    assert res.exit_code == 0, res.output
    assert "dropped" in res.output and "condition of another act" in res.output
    assert "event" in res.output and "conf" in res.output
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE.text, encoding="utf-8")
    res = runner.invoke(app, ["explain", str(f)])
    assert res.exit_code == 0, res.output
    assert "would not send troops" in res.output


def test_cli_without_input_is_a_usage_error() -> None:
    res = runner.invoke(app, ["explain"])
    assert res.exit_code == 2
