"""benchmarks/agreement.py: one annotation scored against another by the evaluator's own rules."""

import json

from helpers import load_benchmark

ITEMS = [
    {"id": "a1", "text": "Ruritania recalled its ambassador from Borduria on Monday after border guards shot a farmer.",
     "published": "2024-03-04",
     "events": [{"source": ["UNK"], "type": ["SANCTION"], "target": ["UNK"]},
                {"source": ["UNK.COP"], "type": ["ASSAULT"], "target": None}]},
    {"id": "a2", "text": "France and Germany signed a defence pact in Paris on Tuesday.", "published": "2024-03-05",
     "events": [{"source": ["FRA"], "type": ["AGREE", "COOPERATE"], "target": ["DEU"], "symmetric": True}]},
]


def _write(path, items):
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return str(path)


def test_an_annotation_agrees_fully_with_itself(tmp_path, capsys):
    ag = load_benchmark("agreement")
    f = _write(tmp_path / "a.jsonl", ITEMS)
    assert ag.main([f, f, "--no-coder"]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if row.startswith("second annotator vs first's gold"))
    assert line.split()[-4:] == ["1.000"] * 4


def test_a_differing_annotation_is_scored_with_alternatives_and_direction(tmp_path):
    from eventcoder.evaluate import load_gold, score

    ag = load_benchmark("agreement")
    first = load_gold(_write(tmp_path / "a.jsonl", ITEMS))
    other = json.loads(json.dumps(ITEMS))
    # the second annotator codes the pact the other way round with the first's second-choice type, and drops the
    # shooting: the pact still matches (symmetric, an accepted alternative), the shooting is a miss
    other[1]["events"] = [{"source": ["DEU"], "type": ["COOPERATE"], "target": ["FRA"]}]
    other[0]["events"] = other[0]["events"][:1]
    second = load_gold(_write(tmp_path / "b.jsonl", other))
    emitted = {i.id: ag.as_emitted(i) for i in second}
    rep = score(first, emitted)
    assert (sum(rep.tp.values()), sum(rep.fp.values()), sum(rep.fn.values())) == (2, 0, 1)


def test_optional_events_are_left_out_unless_asked(tmp_path):
    from eventcoder.evaluate import load_gold

    ag = load_benchmark("agreement")
    items = json.loads(json.dumps(ITEMS))
    items[0]["events"][1]["optional"] = True
    item = load_gold(_write(tmp_path / "a.jsonl", items))[0]
    assert len(ag.as_emitted(item)) == 1
    assert len(ag.as_emitted(item, with_optional=True)) == 2


def test_files_with_other_articles_are_refused(tmp_path, capsys):
    ag = load_benchmark("agreement")
    a = _write(tmp_path / "a.jsonl", ITEMS)
    b = _write(tmp_path / "b.jsonl", ITEMS[:1])
    assert ag.main([a, b, "--no-coder"]) == 2
    assert "same articles" in capsys.readouterr().err
