"""How far two annotators of the same texts agree, scored the way eventcoder is scored, beside the coder itself.

    python benchmarks/agreement.py data/gold/events_wire21.jsonl data/gold/agreement/events_wire21_second.jsonl

Both files hold the same articles (same ids) coded independently. Each annotation is turned into "emitted" events
as a coder would give them (one event per annotated event, taking the FIRST of its listed alternatives for type,
source and target; no recipient where the target is open) and scored against the other file with ``score`` from
``eventcoder.evaluate``, which honours the other file's alternatives, open targets, symmetric and optional events.
Events an annotator marked optional are left out of its emitted events by default (``--with-optional`` keeps them).
The coder is scored against both files in the same run, so the rows compare directly: a human's F1 against
another human is the ceiling a coder can be expected to reach on the same scorer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.evaluate import GoldEvent, Item, Report, load_gold, score  # noqa: E402
from eventcoder.models import Actor, Event  # noqa: E402


def _actor(key: str) -> Actor:
    head, _, sector = key.partition(".")
    return Actor(key=key, code=head, sector=sector or None, entity_text=key)


def as_emitted(item: Item, with_optional: bool = False) -> list[Event]:
    """An annotation's events as a coder would emit them: the first alternative of each list."""
    out = []
    for n, g in enumerate(item.gold):
        if g.optional and not with_optional:
            continue
        out.append(_event(item, n, g))
    return out


def _event(item: Item, n: int, g: GoldEvent) -> Event:
    return Event(
        id=f"{item.id}-{n}",
        article_id=item.id,
        date=None,
        event=g.types[0],
        mode=None,
        context=(),
        actor=(_actor(g.source[0]),),
        recipient=(_actor(g.target[0]),) if g.target else (),
        negated=g.negated,
        modality="conditional" if g.conditional else "asserted",
        condition=None,
        event_text="",
        text=item.text,
        span=(0, len(item.text)),
        date_precision=None,
    )


def row(name: str, rep: Report) -> str:
    p, r, f = rep.overall()
    _, _, tf = Report.prf(rep.type_tp, rep.type_fp, rep.type_fn)
    return f"{name:<34} {f:6.3f} {p:6.3f} {r:6.3f} {tf:9.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", help="gold file of the first annotator")
    ap.add_argument("second", help="gold file of the second annotator (the same ids)")
    ap.add_argument("--with-optional", action="store_true", help="an annotator's optional events count as emitted")
    ap.add_argument("--no-coder", action="store_true", help="do not run the coder")
    args = ap.parse_args(argv)
    a, b = load_gold(args.first), load_gold(args.second)
    ids_a, ids_b = [i.id for i in a], {i.id for i in b}
    if set(ids_a) != ids_b:
        missing = sorted(set(ids_a) ^ ids_b)[:5]
        print(f"the two files do not hold the same articles (first differences: {missing})", file=sys.stderr)
        return 2
    print(f"{len(a)} articles; events: first {sum(len(i.gold) for i in a)}, second {sum(len(i.gold) for i in b)}")
    print(f"{'scored':<34} {'F1':>6} {'P':>6} {'R':>6} {'type-only':>9}")
    by_id = {i.id: i for i in b}
    second_as_coder = {i.id: as_emitted(by_id[i.id], args.with_optional) for i in a}
    first_as_coder = {i.id: as_emitted(i, args.with_optional) for i in a}
    print(row("second annotator vs first's gold", score(a, second_as_coder)))
    print(row("first annotator vs second's gold", score(b, first_as_coder)))
    if not args.no_coder:
        from eventcoder.models import Article
        from eventcoder.pipeline import code_articles

        coded = {c.article.id: list(c.events) for c in code_articles([Article(id=i.id, text=i.text, published=i.published) for i in a])}
        print(row("eventcoder vs first's gold", score(a, coded)))
        print(row("eventcoder vs second's gold", score(b, coded)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
