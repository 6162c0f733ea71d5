"""eventcoder against the field's public gold data (../shared/bench), beside the published figures.

    python benchmarks/accuracy.py [--only NAME] [--limit N] [--bench DIR] [--out FILE]

Measurement only: nothing in eventcoder is fitted to these files and none of their text is copied
here. Sentences are coded with the real pipeline (``code_articles``), one sentence an article. Only
non-negated events count anywhere ("did not attack" claims that no attack happened). Results go to
one printed table and to ``benchmarks/results/accuracy.json`` (a ``--limit`` run writes only with
``--out``; an ``--only`` run updates its own entry). Baselines are printed beside ours. A sentence
the pipeline crashes on scores as no event and is printed and stored under ``failures``.

Mapping choices
- pentacode (ConfliBERT ``cameo_class``, 0 neutral, 1 verbal coop., 2 material coop., 3 verbal
  conflict, 4 material conflict). The sentence's class is that of its most salient event: the one
  with the highest confidence, ties to the most conflictual (lowest PLOVER score of type and mode,
  ``analysis.scores.score``), then the first; with no event, the most salient act the coder found
  but could name no actor for (``Coded.unattributed``: "a car bomb killed 75 people" is material
  conflict whoever set it); nothing at all -> 0. The figure from events with a named actor only is
  printed too. An event's class follows the CAMEO convention the pentacode comes from (Phoenix's
  conversion of CAMEO root codes, with a neutral class 0 for 01 "make a public statement" and 02
  "appeal", and 16 "reduce relations" as verbal conflict): a PLOVER type (or type and mode) takes the
  class most of the CAMEO codes mapped to it by PLOVER's own table (``plover_gsr/CAMEO2PLOVER-2021.txt``)
  have, so SANCTION (CAMEO 16) is 3. Two rules follow CAMEO's own split of codes: (a) REQUEST is a
  demand (3, CAMEO 10) when its mode is ``change`` or ``yield`` or its trigger is
  ``demand``/``insist``/``ultimatum``, else an appeal (0, CAMEO 02); (b) a material event (class 2 or
  4) that is not asserted (future, hypothetical, conditional) is a statement of intent, the verbal
  class of the same sign (CAMEO 03 "express intent to cooperate" vs 06/07; 13 "threaten" vs 18-20):
  2 -> 1, 4 -> 3. Rows with the bench README's starting mapping (appeals 1, SANCTION 4: the headline
  until session 7), with and without the rules, are printed too.
  Baseline: the majority class of the test set.
- spans (ConfliBERT ``cameo_ner``, BIO tags S source, T target, R reciprocal). Tokens are joined by
  single spaces. Our spans are the argument phrases of every event's actors (S) and recipients (T),
  ``Actor.phrase_span`` ("the Egyptian foreign minister", not only "Egyptian"); an actor without one
  falls back to its mention. The mention spans alone are scored too (one extra row): the article
  mention with the actor's key and words inside the event's sentence (the one nearest the event
  words when several). Char spans become the tokens they overlap. Exact: same label and same token span; lenient: same label, overlapping.
  Micro over S and T; gold R spans are not scored (eventcoder has no reciprocal role), so the
  published figures, over S, T and R, are only roughly comparable. Baseline: the sentence's first
  actor mention as S and its second as T (actor resolution without event roles).
- PLOVER GSR: DOCUMENT records skipped; 0.5b1 names DEMAND->REQUEST, DISAPPROVE->ACCUSE,
  INVESTIGATE->ACCUSE, FIGHT->ASSAULT. Type: some event has the gold type. Source / target: some
  event of the gold type has an actor / recipient whose code is one of the gold codes (records with
  no gold source / target code are left out of that count); type+source+target: one such event
  matches both (the target only where the gold gives one). Codes compare on the 3-letter top
  level (Actor.code, so ``IRN.GOV`` and Hamas' ``PSE`` count as their country); the GSR codes every
  IGO as ``IGO`` while PLOVER's later codes also name ``UNO`` and ``EUR``: all three are one class.
  Baseline: the most frequent gold type, always.
- UniversalPetrarch GSR (PETRARCH-2 validation, CAMEO codings). A CAMEO event code maps to PLOVER
  through the PLOVER project's CAMEO2PLOVER table: the code itself if listed, else its longest listed
  prefix, down to the two-digit root (so 084 -> RETREAT though root 08 also lists CONCEDE, and
  191 -> COERCE though root 19 is ASSAULT). The table has no 01 and 02 rows: 02 (appeal) -> REQUEST,
  which in PLOVER merges CAMEO appeals and demands; 01 (public statement) is no PLOVER event and
  those codings are counted apart. A CAMEO actor code's first three letters are its country
  (``USAGOV`` -> USA, ``IGOUNO`` -> the IGO class); ``---`` (no country) matches any actor, none
  included. Full agreement: one event with the mapped type, a matching actor and a matching
  recipient (the dotted-prefix rule on country codes). The codings were seeded from PETRARCH-2's own
  output, so agreement is with PETRARCH-2 as corrected by its authors, not with independent gold.
  The file holds 80 event codings and 12 ``noevents`` markers (93 EventCoding tags with the one in
  its header comment); a no-event sentence agrees when we emit no event for it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder import Article, Coded, Event, code_articles
from eventcoder.analysis.scores import pentacode, score

BENCH = ROOT.parent / "shared" / "bench"
OUT = ROOT / "benchmarks" / "results" / "accuracy.json"
PENTA = (0, 1, 2, 3, 4)
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
IGO_CLASS = {"IGO", "UNO", "EUR"}
DEMAND_TRIGGERS = {"demand", "insist", "ultimatum"}
Row = dict[str, Any]
Result = tuple[list[Row], dict[str, Any]]
Span = tuple[str, int, int]  # label, first token, last token + 1


# ---------------------------------------------------------------- pure scoring helpers (tested)
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 as fractions (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def classify_scores(gold: Sequence[int], pred: Sequence[int], labels: Sequence[int] = PENTA) -> dict[str, Any]:
    """Accuracy, per-class F1, macro-F1 (unweighted mean over ``labels``) and confusion[gold][pred]."""
    ix = {lab: i for i, lab in enumerate(labels)}
    conf = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        conf[ix[g]][ix[p]] += 1
    diag = [conf[i][i] for i in range(len(labels))]
    f1 = {lab: prf(diag[i], sum(r[i] for r in conf) - diag[i], sum(conf[i]) - diag[i])[2]
          for i, lab in enumerate(labels)}
    return {"n": len(gold), "accuracy": sum(diag) / len(gold) if gold else 0.0,
            "macro_f1": sum(f1.values()) / len(labels), "f1": f1, "confusion": conf}


def bio_to_spans(tags: Sequence[str]) -> set[Span]:
    """BIO tags -> (label, start, end) token spans; a stray I- opens a span, as conlleval does."""
    spans: set[Span] = set()
    label: str | None = None
    start = 0
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if label is not None and (kind != "I" or lab != label):
            spans.add((label, start, i))
            label = None
        if kind == "B" or (kind == "I" and label is None):
            label, start = lab, i
    return spans


def _overlaps(a: Span, others: set[Span]) -> bool:
    return any(a[0] == b[0] and a[1] < b[2] and b[1] < a[2] for b in others)


def span_scores(gold: Sequence[set[Span]], pred: Sequence[set[Span]], labels: Iterable[str]) -> dict[str, Any]:
    """Span P/R/F1 over sentences, micro over ``labels``: exact match, and lenient (same label, overlap)."""
    keep = set(labels)
    n = Counter[str]()
    for g_all, p_all in zip(gold, pred, strict=True):
        g = {s for s in g_all if s[0] in keep}
        p = {s for s in p_all if s[0] in keep}
        n.update(tp=len(g & p), gold=len(g), pred=len(p), lp=sum(_overlaps(s, g) for s in p),
                 lr=sum(_overlaps(s, p) for s in g))
    prec, rec, f1 = prf(n["tp"], n["pred"] - n["tp"], n["gold"] - n["tp"])
    lp = n["lp"] / n["pred"] if n["pred"] else 0.0
    lr = n["lr"] / n["gold"] if n["gold"] else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "lenient_precision": lp, "lenient_recall": lr,
            "lenient_f1": 2 * lp * lr / (lp + lr) if lp + lr else 0.0, "n_gold": n["gold"], "n_pred": n["pred"]}


def char_to_tokens(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The token span [first, last + 1) of the tokens overlapping chars [start, end)."""
    hit = [i for i, (a, b) in enumerate(offsets) if a < end and start < b]
    return (hit[0], hit[-1] + 1) if hit else None


def parse_cameo2plover(text: str) -> dict[str, str]:
    """``code: TYPE, mode, context # comment`` lines -> {code: PLOVER type} (first row wins)."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        if m := re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line.split("#", 1)[0]):
            table.setdefault(m.group(1), m.group(2))
    return table


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    """A CAMEO event code's PLOVER type: itself, else its longest listed prefix (root 02 -> REQUEST)."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return "REQUEST" if code.startswith("02") else None


def code_class(code: str) -> str:
    """The comparable top level of a country/entity code: ISO3 as is, every IGO code as ``IGO``."""
    top = code[:3].upper()
    return "IGO" if top in IGO_CLASS else top


def codes_match(gold: Iterable[str], emitted: Iterable[str]) -> bool:
    """Some gold code equals some emitted code at the top level; gold ``---`` matches anything."""
    want = {code_class(g) for g in gold}
    return "---" in want or bool(want & {code_class(e) for e in emitted})


# ---------------------------------------------------------------- event-side helpers
# Phoenix's conversion of CAMEO's twenty root codes to five classes: a neutral class for 01 (make a public
# statement) and 02 (appeal), and 16 (reduce relations) counted as verbal conflict
PHOENIX_ROOT = {**dict.fromkeys((1, 2), 0), **dict.fromkeys((3, 4, 5), 1), **dict.fromkeys((6, 7, 8), 2),
                **dict.fromkeys((9, 10, 11, 12, 13, 16), 3), **dict.fromkeys((14, 15, 17, 18, 19, 20), 4)}
Table = dict[tuple[str, str | None], int]


def phoenix_table(text: str) -> Table:
    """PLOVER type (key ``(type, None)``) and type-and-mode -> pentacode: the class that most of the CAMEO codes
    PLOVER's own conversion table (``code: TYPE, mode, context # gloss`` lines) maps to it have under
    :data:`PHOENIX_ROOT`; ties go to the lower class."""
    votes: dict[tuple[str, str | None], Counter[int]] = {}
    for line in text.splitlines():
        m = re.match(r"\s*(\d{3,4}):\s*([A-Z]+)\s*(?:,\s*([a-z-]*))?", line)
        if not m:
            continue
        root = PHOENIX_ROOT[int(m.group(1)[:2])]
        for key in ((m.group(2), None), (m.group(2), m.group(3) or None)):
            votes.setdefault(key, Counter())[root] += 1
    return {k: min(c, key=lambda x: (-c[x], x)) for k, c in votes.items()}


def event_pentacode(e: Event, rules: bool = True, table: Table | None = None) -> int:
    """An event's pentacode, with the REQUEST and intent rules of the module docstring; with ``table``
    (:func:`phoenix_table`) the type's class comes from CAMEO's codes and an appeal is neutral (CAMEO 02)."""
    p = pentacode(e.event)
    if table is not None:
        p = table.get((e.event, e.mode), table.get((e.event, None), p))
    if rules and e.event == "REQUEST":
        demand = e.mode in ("change", "yield") or DEMAND_TRIGGERS & set(e.trigger.split())
        p = 3 if demand else (0 if table is not None else 1)
    if rules and p in (2, 4) and e.modality != "asserted":
        p -= 1
    return p


def live(events: Iterable[Event]) -> list[Event]:
    return [e for e in events if not e.negated]


def salient(events: Iterable[Event]) -> Event | None:
    """The non-negated event with the highest confidence, ties to the most conflictual, then first."""
    return min(live(events), key=lambda e: (-e.confidence, score(e.event, e.mode)), default=None)


def role_spans(c: Coded, e: Event, role: str, phrases: bool = True) -> list[tuple[int, int]]:
    """Char spans of an event's actor (role ``actor``) or recipient: the argument phrase (``Actor.phrase_span``)
    where there is one, else (and always with ``phrases=False``) the resolved mention. A recipient read from the
    article rather than the sentence (``Actor.inferred``) has no span in it."""
    at = c.article.text.find(e.event_text, e.span[0]) if e.event_text else -1
    out = []
    for a in e.actor if role == "actor" else e.recipient:
        if a.inferred:
            continue
        if phrases and a.phrase_span is not None:
            out.append(a.phrase_span)
            continue
        cands = [m for m in c.mentions if m.key == a.key and m.entity_text == a.entity_text
                 and e.span[0] <= m.start < e.span[1]]
        if cands:
            m = min(cands, key=lambda m: abs(m.start - at) if at >= 0 else m.start)
            out.append((m.start, m.end))
    return out


FAILURES: list[tuple[int, str, str]] = []  # pipeline crashes: (item, error type, message)


def run(texts: Sequence[str], chunk: int = 64) -> list[Coded]:
    """Code each text as one article, in order. A sentence the pipeline crashes on codes to no
    event (so it scores as eventcoder's answer) and is listed in the results' ``failures``."""
    arts = [Article.from_text(t, id=f"s{i}") for i, t in enumerate(texts)]
    out: list[Coded] = []
    for i in range(0, len(arts), chunk):
        part = arts[i : i + chunk]
        try:
            out.extend(list(code_articles(part)))
        except Exception:  # noqa: BLE001 - retry one by one to isolate the crashing sentence
            for a in part:
                try:
                    out.extend(list(code_articles([a])))
                except Exception as exc:  # noqa: BLE001
                    FAILURES.append((int(a.id[1:]), type(exc).__name__, str(exc)))
                    out.append(Coded(a, (), ()))
    return out


def pct(x: float) -> float:
    return round(100 * x, 2)


def frac(k: int, n: int) -> str:
    return f"{k}/{n} = {pct(k / n) if n else 0.0}"


# ---------------------------------------------------------------- the benchmarks
def bench_pentacode(bench: Path, limit: int | None) -> Result:
    lines = (bench / "conflibert" / "cameo_class" / "test.tsv").read_text(encoding="utf-8").splitlines()
    items = [(t, int(c)) for t, c in (x.rsplit("\t", 1) for x in lines if x.strip())][:limit]
    coded = run([t for t, _ in items])
    # the sentence's class: its salient event; with none, the salient act found without a nameable actor
    # ("a car bomb killed 75 people" is material conflict whoever set it)
    tops = [salient(c.events) or salient(c.unattributed) for c in coded]
    attributed = [salient(c.events) for c in coded]
    gold = [c for _, c in items]
    major = Counter(gold).most_common(1)[0][0]
    table = phoenix_table((bench / "plover_gsr" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"))
    s = classify_scores(gold, [event_pentacode(e, table=table) if e else 0 for e in tops])
    only = classify_scores(gold, [event_pentacode(e, table=table) if e else 0 for e in attributed])
    before = classify_scores(gold, [event_pentacode(e) if e else 0 for e in tops])
    plain = classify_scores(gold, [event_pentacode(e, rules=False) if e else 0 for e in tops])
    base = classify_scores(gold, [major] * len(gold))
    rows: list[Row] = [
        {"metric": "macro-F1", "ours": pct(s["macro_f1"]), "baseline": pct(base["macro_f1"]),
         "published": "BERT 86.44 / ConfliBERT 87.88"},
        {"metric": "accuracy", "ours": pct(s["accuracy"]), "baseline": pct(base["accuracy"])},
        {"metric": "macro-F1, the bench README's mapping with the two rules (to session 7)",
         "ours": pct(before["macro_f1"])},
        {"metric": "macro-F1, the bench README's mapping, no rules", "ours": pct(plain["macro_f1"])},
        {"metric": "macro-F1, events with a named actor only", "ours": pct(only["macro_f1"])},
        *({"metric": f"F1 class {k}", "ours": pct(v)} for k, v in s["f1"].items()),
    ]
    return rows, {"n": len(gold), "majority_class": major, "ours": s, "readme_mapping": before, "plain": plain,
                 "baseline_majority": base}


def read_ner(path: Path) -> list[tuple[list[str], list[str]]]:
    """CoNLL-style ``token tag`` lines, a blank line between sentences."""
    blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
    sents = [[ln.rsplit(None, 1) for ln in b.splitlines() if ln.strip()] for b in blocks]
    return [([t for t, _ in s], [g for _, g in s]) for s in sents if s]


def span_predictions(sents: Sequence[tuple[list[str], list[str]]]) -> dict[str, list[set[Span]]]:
    """Gold and predicted token spans of tokenised sentences: ``gold``, ``phrase`` (argument phrases),
    ``mention`` (resolved mentions) and ``baseline`` (first two mentions as S, T)."""
    offsets = []
    for toks, _ in sents:
        starts = [sum(len(t) + 1 for t in toks[:i]) for i in range(len(toks))]
        offsets.append([(a, a + len(t)) for a, t in zip(starts, toks, strict=True)])
    coded = run([" ".join(toks) for toks, _ in sents])
    out: dict[str, list[set[Span]]] = {"gold": [bio_to_spans(tags) for _, tags in sents], "phrase": [],
                                       "mention": [], "baseline": []}
    for c, offs in zip(coded, offsets, strict=True):
        found = {
            kind: [(lab, ab) for e in live(c.events) for lab, role in (("S", "actor"), ("T", "recipient"))
                   for ab in role_spans(c, e, role, phrases=kind == "phrase")]
            for kind in ("phrase", "mention")
        }
        found["baseline"] = [(lab, (m.start, m.end)) for lab, m in zip("ST", sorted(c.mentions, key=lambda m: m.start))]
        for kind, spans in found.items():
            out[kind].append({(lab, *ts) for lab, (a, b) in spans if (ts := char_to_tokens(offs, a, b))})
    return out


def bench_spans(bench: Path, limit: int | None) -> Result:
    sents = read_ner(bench / "conflibert" / "cameo_ner" / "test.txt")[:limit]
    p = span_predictions(sents)
    gold = p["gold"]
    s, b, m = (span_scores(gold, p[k], "ST") for k in ("phrase", "baseline", "mention"))
    per = {lab: span_scores(gold, p["phrase"], lab) for lab in "ST"}
    rows: list[Row] = [
        {"metric": "exact span F1 (S+T)", "ours": pct(s["f1"]), "baseline": pct(b["f1"]),
         "published": "BERT 72.29 / ConfliBERT 74.45"},
        {"metric": "exact span P / R", "ours": f"{pct(s['precision'])} / {pct(s['recall'])}"},
        {"metric": "lenient (overlap) F1", "ours": pct(s["lenient_f1"]), "baseline": pct(b["lenient_f1"])},
        *({"metric": f"exact F1 {lab} / lenient", "ours": f"{pct(v['f1'])} / {pct(v['lenient_f1'])}"}
          for lab, v in per.items()),
        {"metric": "mention spans, not phrases: exact / lenient F1", "ours": f"{pct(m['f1'])} / {pct(m['lenient_f1'])}"},
    ]
    return rows, {"n": len(sents), "ours": s, "per_label": per, "mention_spans": m, "baseline_first_two_mentions": b,
                  "gold_R_spans_unscored": sum(x[0] == "R" for g in gold for x in g)}


def gold_codes(v: Any) -> list[str]:
    return [a["code"] for a in v if isinstance(a, dict) and a.get("code")] if isinstance(v, list) else []


def bench_plover(bench: Path, limit: int | None) -> Result:
    recs = json.loads((bench / "plover_gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    recs = [r for r in recs if r.get("event") != "DOCUMENT" and r.get("text")][:limit]
    n = Counter[str]()
    types = Counter[str]()
    for r, c in zip(recs, run([r["text"] for r in recs]), strict=True):
        want = OLD_NAMES.get(r["event"], r["event"])
        types[want] += 1
        same = [e for e in live(c.events) if e.event == want]
        src, tgt = gold_codes(r.get("source")), gold_codes(r.get("target"))
        s_ok = [bool(src) and codes_match(src, [a.code for a in e.actor]) for e in same]
        t_ok = [bool(tgt) and codes_match(tgt, [a.code for a in e.recipient]) for e in same]
        n.update(records=1, type=bool(same), with_source=bool(src), source=any(s_ok), with_target=bool(tgt),
                 target=any(t_ok), full=any(s and (t or not tgt) for s, t in zip(s_ok, t_ok, strict=True)))
    top, top_n = types.most_common(1)[0]
    rows: list[Row] = [
        {"metric": "type accuracy", "ours": frac(n["type"], n["records"]), "baseline": pct(top_n / n["records"]),
         "published": "none"},
        {"metric": "source code accuracy", "ours": frac(n["source"], n["with_source"])},
        {"metric": "target code accuracy", "ours": frac(n["target"], n["with_target"])},
        {"metric": "type+source+target", "ours": frac(n["full"], n["records"])},
    ]
    return rows, {"counts": dict(n), "gold_types": dict(types), "baseline_type": top}


def read_petr(path: Path) -> list[dict[str, Any]]:
    """Sentences of the PETRARCH-2 validation file (not well-formed XML: read by pattern)."""
    body = path.read_text(encoding="utf-8").split("<Sentences>", 1)[1]
    out = []
    for block in re.split(r"<Sentence\s", body)[1:]:
        attrs = [dict(re.findall(r'(\w+)="([^"]*)"', m)) for m in re.findall(r"<EventCoding\s([^>]*)/>", block)]
        if text := re.search(r"<Text>(.*?)</Text>", block, re.DOTALL):
            out.append({"text": " ".join(text.group(1).split()), "codings": [a for a in attrs if "eventcode" in a]})
    return out


def bench_petr(bench: Path, limit: int | None) -> Result:
    table = parse_cameo2plover((bench / "plover_gsr" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"))
    sents = read_petr(bench / "universalpetrarch" / "PETR2_GSR_validation.xml")[:limit]
    n = Counter[str]()
    types = Counter[str]()
    for s, c in zip(sents, run([s["text"] for s in sents]), strict=True):
        evs = live(c.events)
        if not s["codings"]:
            n.update(no_event_sentences=1, no_event_agree=not evs)
        for g in s["codings"]:
            if (want := cameo_to_plover(g["eventcode"], table)) is None:
                n.update(statement_codings=1)
                continue
            types[want] += 1
            same = [e for e in evs if e.event == want]
            full = any(codes_match([g.get("sourcecode", "---")], [a.code for a in e.actor])
                       and codes_match([g.get("targetcode", "---")], [a.code for a in e.recipient]) for e in same)
            n.update(codings=1, type=bool(same), full=full)
    top, top_n = types.most_common(1)[0]
    rows: list[Row] = [
        {"metric": "type agreement", "ours": frac(n["type"], n["codings"]), "baseline": pct(top_n / n["codings"]),
         "published": "none (codings seeded from PETRARCH-2 output)"},
        {"metric": "(source, type, target) agreement", "ours": frac(n["full"], n["codings"])},
        {"metric": "no-event sentences left empty", "ours": f"{n['no_event_agree']}/{n['no_event_sentences']}"},
        {"metric": "CAMEO 01 statement codings (not scored)", "ours": n["statement_codings"]},
    ]
    return rows, {"sentences": len(sents), "counts": dict(n), "gold_types": dict(types), "baseline_type": top}


BENCHMARKS = {"pentacode": bench_pentacode, "spans": bench_spans, "plover_gsr": bench_plover,
              "petrarch_gsr": bench_petr}
TITLES = {"pentacode": "ConfliBERT CAMEO pentacode", "spans": "ConfliBERT actor spans",
          "plover_gsr": "PLOVER GSR", "petrarch_gsr": "UniversalPetrarch GSR"}


def table(results: dict[str, Any]) -> str:
    head = ("benchmark", "metric", "eventcoder", "baseline", "published")
    lines = [[v["title"] if i == 0 else "", r["metric"], str(r.get("ours", "")), str(r.get("baseline", "")),
              str(r.get("published", ""))] for v in results.values() for i, r in enumerate(v["rows"])]
    w = [max(len(x) for x in col) for col in zip(head, *lines)]
    fmt = " | ".join(f"{{:<{n}}}" for n in w)
    return "\n".join([fmt.format(*head).rstrip(), "-+-".join("-" * n for n in w), *(fmt.format(*x).rstrip() for x in lines)])


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="eventcoder against the field's public gold data.")
    ap.add_argument("--only", choices=sorted(BENCHMARKS), help="run one benchmark")
    ap.add_argument("--limit", type=int, help="first N items of each benchmark (no JSON unless --out)")
    ap.add_argument("--bench", type=Path, default=BENCH, help="the shared bench folder")
    ap.add_argument("--out", type=Path, help="JSON results (default benchmarks/results/accuracy.json)")
    args = ap.parse_args(argv)
    if not args.bench.is_dir():
        sys.exit(f"bench data not found: {args.bench}")
    results: dict[str, Any] = {}
    notes: list[str] = []
    for name, fn in BENCHMARKS.items():
        if args.only in (None, name):
            rows, details = fn(args.bench, args.limit)
            results[name] = {"title": TITLES[name], "limit": args.limit, "rows": rows, "details": details,
                             "failures": [f"item {i}: {kind}" for i, kind, _ in FAILURES]}  # no bench text
            for i, kind, msg in FAILURES:
                notes.append(f"{name}: pipeline failure on item {i}, scored as no event: {kind}: {msg}")
            FAILURES.clear()
    print(table(results), *notes, sep="\n")
    if "pentacode" in results:
        print("pentacode confusion (rows gold 0-4, columns ours 0-4):",
              results["pentacode"]["details"]["ours"]["confusion"])
    out = args.out or (None if args.limit else OUT)
    if out is not None:
        old = json.loads(out.read_text(encoding="utf-8")) if out.exists() and args.only else {}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**old, **results}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
