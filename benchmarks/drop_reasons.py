"""Round 47: where the coder drops the triggers it found, per reason (``events.coder.DROP_HOOK``), and how many of
the drops sit in a sentence holding a MISSED gold event of the trigger's type with both gold parties among the
sentence's resolved mentions ("real": a heuristic; gold has no sentence spans).

Usage: PYTHONPATH=src python benchmarks/drop_reasons.py OUT.json data/gold/events_wire31.jsonl ...
then print the table with --table OUT.json ... (never run it on the held-out or blind sets)."""

import collections
import json
import sys
from dataclasses import replace

from eventcoder import evaluate as E
from eventcoder.config import load_settings
from eventcoder.events import coder as C
from eventcoder.events.triggers import COOPERATION_TO_AGREE
from eventcoder.guard import coding_error
from eventcoder.models import Article
from eventcoder.nlp import parse
from eventcoder.pipeline import get_nlp


def table(files: list[str]) -> None:
    """Reason x set: drops / real (only drops after which no event of the type is left in the sentence)."""
    d: dict = {}
    for f in files:
        d.update(json.load(open(f)))
    sets = list(d)
    tot, real, nsets = collections.Counter(), collections.Counter(), collections.Counter()
    per: dict = collections.defaultdict(dict)
    for st, rows in d.items():
        c, r = collections.Counter(), collections.Counter()
        for x in rows:
            if x["gone"]:
                c[x["reason"]] += 1
                r[x["reason"]] += x["real"]
        for k in c:
            per[k][st] = (c[k], r[k])
            tot[k] += c[k]
            real[k] += r[k]
            nsets[k] += bool(r[k])
    print("| reason | drops | real | % | sets>0 | " + " | ".join(s.replace("wire", "w") for s in sets) + " |")
    for k in sorted(tot, key=lambda k: -real[k]):
        cells = " | ".join(f"{per[k][s][0]}/{per[k][s][1]}" if s in per[k] else "" for s in sets)
        print(f"| {k} | {tot[k]} | {real[k]} | {100 * real[k] / tot[k]:.0f} | {nsets[k]} | {cells} |")
    print("TOTAL", sum(tot.values()), sum(real.values()))


if len(sys.argv) > 1 and sys.argv[1] == "--table":
    table(sys.argv[2:])
    sys.exit(0)
rec = collections.defaultdict(list)


def hook(doc, tok, etype, reason):
    rec[id(doc)].append((tok.i, etype, reason))


C.DROP_HOOK = hook
s = replace(load_settings(), min_confidence=0.0)
nlp = get_nlp(s)
thr = float(getattr(nlp.get_pipe("eventcoder_confidence"), "threshold", 0.0))


def kin(key, gl):
    return any(key == g or key.startswith(g + ".") for g in gl)


def tmatch(t, types):
    return (
        t in types
        or (t in COOPERATION_TO_AGREE and "AGREE" in types)
        or ("THREATEN" in types and t in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"))
    )


outp = sys.argv[1]
res = {}
for path in sys.argv[2:]:
    st = path.rsplit("events_", 1)[-1].removesuffix(".jsonl")
    items = E.load_gold(path)
    arts = [Article(id=i.id, text=i.text, published=i.published) for i in items]
    rows = []
    for it, (_art, doc) in zip(items, parse(arts, s)):
        recs = rec.pop(id(doc), [])
        if coding_error(doc):
            continue
        allev = list(doc._.events or ())
        kept = [e for e in allev if e.confidence >= thr]
        una = list(doc._.unattributed or ())
        sents = list(doc.sents)

        def sidx(c, sents=sents):
            for k, sn in enumerate(sents):
                if sn.start_char <= c < sn.end_char:
                    return k

        ment = collections.defaultdict(set)
        for m in doc._.actor_mentions or ():
            ment[sidx(m.start)].add(m.key)
        pairs, used = E._greedy(it.gold, kept, True)
        missed = [g for gi, g in enumerate(it.gold) if not g.optional and gi not in pairs]
        evtypes = collections.defaultdict(set)  # sentence -> types emitted (any confidence)
        for e in allev:
            evtypes[sidx(e.span[0])].add(e.event)
        unatypes = collections.defaultdict(set)
        for e in una:
            unatypes[sidx(e.span[0])].add(e.event)
        seen = set()
        for ti, et, reason in recs:
            if reason == "found":
                continue
            si = doc[ti].sent.start
            si = sidx(doc[ti].sent.start_char)
            if (ti, et, reason) in seen:
                continue
            seen.add((ti, et, reason))
            gone = et not in evtypes[si]
            keys = ment[si]
            real = any(
                tmatch(et, g.types)
                and any(kin(k, g.source) for k in keys)
                and (g.target is None or any(kin(k, g.target) for k in keys))
                for g in missed
            )
            loose = any(
                tmatch(et, g.types)
                and (any(kin(k, g.source) for k in keys) or (g.target is not None and any(kin(k, g.target) for k in keys)))
                for g in missed
            )
            rows.append(
                dict(
                    id=it.id,
                    reason=reason,
                    type=et,
                    tok=doc[ti].text,
                    tok_i=ti,
                    gone=gone,
                    real=real,
                    loose=loose,
                    sent=sents[si].text,
                )
            )
    res[st] = rows
    c = collections.Counter()
    r = collections.Counter()
    for x in rows:
        if x["gone"]:
            c[x["reason"]] += 1
            r[x["reason"]] += x["real"]
    print(st, sum(c.values()), sum(r.values()), flush=True)
json.dump(res, open(outp, "w"))
