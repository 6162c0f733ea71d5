"""The learned event confidence: features, the fit, the threshold, the pipeline component and `calibrate`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.config import load_settings
from eventcoder.errors import ConfigError
from eventcoder.events.confidence import (
    DEFAULT_FILE,
    ConfidenceModel,
    article_features,
    fit,
    score_events,
)
from eventcoder.pipeline import code_texts

runner = CliRunner()

BUSY = (
    "Sudanese rebels attacked an army post in Darfur on Monday, the army shelled their positions and the "
    "government in Khartoum accused Chad of arming the rebels."
)
PLAIN = "Norway's foreign minister met his Indonesian counterpart in Jakarta on Tuesday."


def _all(text: str) -> list:
    return code_texts([text], published="2025-03-04", settings=load_settings(min_confidence=0.0))


def test_features_count_the_other_events_of_the_sentence():
    busy = _all(BUSY)
    plain = _all(PLAIN)
    assert len(busy) >= 3 and plain
    fb = article_features(busy, "2025-03-04")
    fp = article_features(plain, "2025-03-04")
    assert min(f.get("sentence_events", 0) for f in fb) > max(f.get("sentence_events", 0) for f in fp)
    assert all(f.get("lead_sentence") for f in fp)
    assert any(k.startswith("type=") for k in fp[0]) and any(k.startswith("trigger=") for k in fp[0])


def test_fit_learns_which_signals_go_with_right_events():
    rows = [({"good": 1.0, "noise": float(i % 2)}, 1) for i in range(40)]
    rows += [({"bad": 1.0, "noise": float(i % 2)}, 0) for i in range(40)]
    rows += [({"good": 1.0, "bad": 1.0}, i % 2) for i in range(10)]
    m = fit(rows)
    assert m.weights["good"] > 0.5 > -0.5 > m.weights["bad"]
    assert abs(m.weights.get("noise", 0.0)) < 0.3
    assert m.probability({"good": 1.0}) > 0.8 > 0.2 > m.probability({"bad": 1.0})
    assert "rare" not in fit(rows + [({"rare": 1.0}, 1)]).weights  # seen once: left out


def test_threshold_leaves_out_low_scores_and_zero_keeps_all():
    events = _all(BUSY + " " + PLAIN)
    feats = article_features(events, "2025-03-04")
    model = ConfidenceModel({"sentence_events": -4.0}, 1.5, threshold=0.5)
    kept = score_events(events, model, "2025-03-04")
    assert 0 < len(kept) < len(events)
    assert all(e.confidence >= 0.5 for e in kept)
    everything = score_events(events, model, "2025-03-04", min_confidence=0.0)
    assert [e.id for e in everything] == [e.id for e in events]
    assert [e.confidence for e in everything] == [round(model.probability(f), 4) for f in feats]


def test_pipeline_scores_with_the_packaged_model_and_filters_by_setting():
    assert DEFAULT_FILE.exists()
    model = ConfidenceModel.load(DEFAULT_FILE)
    assert 0.0 <= model.threshold <= 0.5 and model.meta["gold_files"]
    everything = _all(BUSY + " " + PLAIN)
    assert all(0.0 < e.confidence < 1.0 for e in everything)
    assert len({e.confidence for e in everything}) > 1
    default = code_texts([BUSY + " " + PLAIN], published="2025-03-04")
    assert {e.id for e in default} <= {e.id for e in everything}
    assert all(e.confidence >= model.threshold for e in default)
    strict = code_texts([BUSY + " " + PLAIN], published="2025-03-04", settings=load_settings(min_confidence=0.99))
    assert len(strict) < len(everything)


def test_user_weights_file_replaces_the_packaged_one(tmp_path):
    path = tmp_path / "weights.json"
    ConfidenceModel({}, -10.0, threshold=0.5).save(path)
    assert code_texts([PLAIN], settings=load_settings(confidence_file=str(path))) == []
    kept = code_texts([PLAIN], settings=load_settings(confidence_file=str(path), min_confidence=0.0))
    assert kept and all(e.confidence < 0.01 for e in kept)


def test_bad_settings_are_refused(tmp_path):
    with pytest.raises(ConfigError):
        load_settings(min_confidence=1.5)
    with pytest.raises(ConfigError):
        code_texts([PLAIN], settings=load_settings(confidence_file=str(tmp_path / "missing.json")))


def _gold(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, events) in enumerate(rows):
            f.write(json.dumps({"id": f"{path.stem}-{i}", "text": text, "published": "2025-05-01", "events": events}) + "\n")


def test_calibrate_writes_weights_that_code_and_eval_use(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    meet = {"source": ["NOR"], "type": ["CONSULT"], "target": ["IDN"], "negated": False, "conditional": False, "symmetric": True}
    _gold(a, [(PLAIN, [meet]), ("Prices of wheat rose on Tuesday in Chicago.", []), (BUSY, [])])
    _gold(b, [("Chile's president met Peru's foreign minister in Lima on Friday.", []), (PLAIN, [meet])])
    out = tmp_path / "w.json"
    res = runner.invoke(app, ["calibrate", str(a), str(b), "-o", str(out)])
    assert res.exit_code == 0, res.output
    model = ConfidenceModel.load(out)
    assert model.meta["gold_files"] == ["a.jsonl", "b.jsonl"] and model.meta["events"] >= 3
    assert set(model.meta["cross_validated_f1"]) == {"a.jsonl", "b.jsonl"}
    assert "sum" in res.output
    res = runner.invoke(app, ["eval", str(a), "--min-confidence", "0"])
    assert res.exit_code == 0, res.output
    # the weights file is what code uses when named
    ConfidenceModel({}, -10.0, threshold=0.5).save(out)
    (tmp_path / "plain.txt").write_text(PLAIN)
    res = runner.invoke(app, ["code", str(tmp_path / "plain.txt")], env={"EVENTCODER_CONFIDENCE_FILE": str(out)})
    assert res.exit_code == 0 and res.stdout.strip() == "", res.output
    # one file: its items are split into parts, each scored by a model fitted without it
    res = runner.invoke(app, ["calibrate", str(a), str(a), "-o", str(out)])
    assert res.exit_code == 0, res.output
    single = ConfidenceModel.load(out)
    assert single.meta["gold_files"] == ["a.jsonl"]
    assert sorted(single.meta["cross_validated_f1"]) == ["a.jsonl part 1/3", "a.jsonl part 2/3", "a.jsonl part 3/3"]
    res = runner.invoke(app, ["calibrate", str(tmp_path / "none.jsonl"), "-o", str(out)])
    assert res.exit_code == 2


def test_conditional_acts_are_kept_whatever_their_score():
    text = "Serbia will not send troops unless Kosovo attacks Serb villages, its president said on Sunday."
    everything = _all(text)
    cond = [e for e in everything if e.condition is not None]
    assert cond, everything
    model = ConfidenceModel({}, -10.0, threshold=0.5)
    kept = score_events(everything, model, "2025-03-04")
    assert [e.id for e in kept] == [e.id for e in cond]


def test_threshold_is_the_lowest_within_noise_of_the_best():
    from eventcoder.events.confidence import THRESHOLDS, Calibration

    flat = {t: 0.70 for t in THRESHOLDS}
    rising = {t: 0.70 + (0.004 if t >= 0.3 else 0.0) + (0.003 if t >= 0.45 else 0.0) for t in THRESHOLDS}
    cal = Calibration(ConfidenceModel({}, 0.0), {"a": flat, "b": rising})
    assert cal.best_threshold() == 0.3
    assert cal.best_threshold(tolerance=0.0) == 0.45
    assert Calibration(ConfidenceModel({}, 0.0), {"a": flat}).best_threshold() == 0.0


def test_one_loaded_pipeline_serves_every_threshold():
    from eventcoder.nlp import get_nlp

    nlp = get_nlp(load_settings(min_confidence=0.0))
    assert get_nlp(load_settings(min_confidence=0.9)) is nlp and get_nlp(load_settings()) is nlp
    doc = nlp("Sudanese rebels attacked an army post in Darfur on Monday.")
    assert doc._.events and all(0.0 < e.confidence < 1.0 for e in doc._.events)  # the component leaves none out
