"""benchmarks/gold_sets.py: the per-set figures are the evaluator's own, the default never reads kept-out sets."""

import json

from helpers import load_benchmark


def test_default_sets_leave_out_held_out_and_blind_sets():
    gs = load_benchmark("gold_sets")
    stems = {p.stem for p in gs.development_sets()}
    assert stems, "no development sets found"
    assert not stems & {"events_test", "events_wire8", "events_wire20", "events_wire22", "events_wire24", "events_wire26", "events_wire28", "events_wire32", "events_wire33", "events_wire34", "events_wire35", "events_wire36", "events_wire37", "events_wire38", "events_wire39"}
    assert "events_dev" in stems


def test_figures_agree_with_the_evaluator_and_compare_with_a_saved_run(tmp_path, capsys):
    from eventcoder.evaluate import evaluate

    gs = load_benchmark("gold_sets")
    gold = tmp_path / "events_mini.jsonl"
    items = [
        {"id": "m1", "text": "Ruritanian troops shelled villages in Borduria on Monday, killing four civilians.",
         "published": "2024-03-04", "events": [{"source": ["UNK"], "type": ["ASSAULT"], "target": None}]},
        {"id": "m2", "text": "France and Germany signed a defence pact in Paris on Tuesday.", "published": "2024-03-05",
         "events": [{"source": ["FRA"], "type": ["AGREE", "SUPPORT", "COOPERATE"], "target": ["DEU"], "symmetric": True}]},
    ]
    gold.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    row = gs.score_file(str(gold))
    p, r, f = evaluate(gold).overall()
    assert row["set"] == "mini" and row["items"] == 2
    assert (row["precision"], row["recall"], row["f1"]) == (round(p, 4), round(r, 4), round(f, 4))
    saved = tmp_path / "run.json"
    assert gs.main([str(gold), "--jobs", "1", "--save", str(saved)]) == 0
    earlier = json.loads(saved.read_text(encoding="utf-8"))
    earlier[0]["f1"] = float(earlier[0]["f1"]) - 0.25
    saved.write_text(json.dumps(earlier), encoding="utf-8")
    capsys.readouterr()
    gs.main([str(gold), "--jobs", "1", "--against", str(saved)])
    out = capsys.readouterr().out
    assert "+0.250" in out
