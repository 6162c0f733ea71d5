"""The pure scoring helpers of benchmarks/accuracy.py, on small hand-made inputs (no bench files)."""

from __future__ import annotations

import pytest
from helpers import load_benchmark

from eventcoder.models import Event

acc = load_benchmark("accuracy")


def test_prf_handles_empty_counts() -> None:
    assert acc.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert acc.prf(2, 2, 0) == pytest.approx((0.5, 1.0, 2 / 3))


def test_classify_scores_by_hand() -> None:
    s = acc.classify_scores([0, 0, 1, 1, 2], [0, 1, 1, 1, 2], labels=(0, 1, 2))
    # class 0: P 1, R 1/2 -> 2/3; class 1: P 2/3, R 1 -> 4/5; class 2: 1
    assert s["f1"] == pytest.approx({0: 2 / 3, 1: 0.8, 2: 1.0})
    assert s["macro_f1"] == pytest.approx((2 / 3 + 0.8 + 1.0) / 3)
    assert s["accuracy"] == pytest.approx(0.8)
    assert s["confusion"] == [[1, 1, 0], [0, 2, 0], [0, 0, 1]]


def test_macro_f1_counts_a_class_never_seen_as_zero() -> None:
    s = acc.classify_scores([1, 1], [1, 1], labels=(0, 1))
    assert s["f1"] == {0: 0.0, 1: 1.0}
    assert s["macro_f1"] == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-S", "I-S", "O", "B-T"], {("S", 0, 2), ("T", 3, 4)}),
        (["B-S", "B-S"], {("S", 0, 1), ("S", 1, 2)}),
        (["I-T", "I-T", "O"], {("T", 0, 2)}),  # a stray I- opens a span
        (["B-S", "I-T"], {("S", 0, 1), ("T", 1, 2)}),
        (["O", "B-R", "I-R", "I-R"], {("R", 1, 4)}),
        ([], set()),
    ],
)
def test_bio_to_spans(tags: list[str], spans: set[tuple[str, int, int]]) -> None:
    assert acc.bio_to_spans(tags) == spans


def test_span_scores_exact_and_lenient() -> None:
    gold = [{("S", 0, 2), ("T", 3, 4)}, {("R", 0, 1)}]
    pred = [{("S", 1, 2), ("T", 3, 4), ("T", 5, 6)}, set()]
    s = acc.span_scores(gold, pred, "ST")
    assert (s["n_gold"], s["n_pred"]) == (2, 3)
    assert (s["precision"], s["recall"]) == pytest.approx((1 / 3, 1 / 2))
    assert s["f1"] == pytest.approx(0.4)
    assert (s["lenient_precision"], s["lenient_recall"]) == pytest.approx((2 / 3, 1.0))
    assert s["lenient_f1"] == pytest.approx(0.8)
    only_s = acc.span_scores(gold, pred, "S")
    assert (only_s["f1"], only_s["lenient_f1"]) == (0.0, 1.0)


def test_overlap_needs_the_same_label() -> None:
    s = acc.span_scores([{("S", 0, 2)}], [{("T", 0, 2)}], "ST")
    assert s["lenient_f1"] == 0.0


@pytest.mark.parametrize(("chars", "tokens"), [((0, 2), (0, 1)), ((3, 9), (1, 2)), ((0, 14), (0, 3)), ((4, 12), (1, 3)), ((20, 22), None)])
def test_char_to_tokens(chars: tuple[int, int], tokens: tuple[int, int] | None) -> None:
    offsets = [(0, 2), (3, 9), (10, 14)]  # "US troops left"
    assert acc.char_to_tokens(offsets, *chars) == tokens


TABLE = """# a hand-made CAMEO -> PLOVER table
08: CONCEDE
080: CONCEDE,   ,  # Yield
08: RETREAT
084: RETREAT,   ,  # Return, release
19: ASSAULT
191: COERCE, restrict, military # Impose blockade
"""


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("084", "RETREAT"),
        ("0841", "RETREAT"),  # longest listed prefix
        ("080", "CONCEDE"),
        ("085", "CONCEDE"),  # falls back to the root; its first row wins
        ("191", "COERCE"),
        ("193", "ASSAULT"),
        ("021", "REQUEST"),  # appeals are REQUEST though the table lists no 02
        ("015", None),  # public statements are no PLOVER event
    ],
)
def test_cameo_to_plover(code: str, plover: str | None) -> None:
    assert acc.cameo_to_plover(code, acc.parse_cameo2plover(TABLE)) == plover


@pytest.mark.parametrize(
    ("gold", "emitted", "ok"),
    [
        (["USAGOV"], ["USA"], True),
        (["IGOUNO"], ["UNO"], True),
        (["IGO"], ["EUR"], True),
        (["---REB"], [], True),
        (["ISR", "PSE"], ["PSE"], True),
        (["USA"], ["RUS"], False),
        (["USA"], [], False),
    ],
)
def test_codes_match(gold: list[str], emitted: list[str], ok: bool) -> None:
    assert acc.codes_match(gold, emitted) is ok


def _event(kind: str, mode: str | None = None, modality: str = "asserted", trigger: str = "",
           confidence: float = 0.5, negated: bool = False) -> Event:
    return Event(id=kind, article_id="a", date=None, event=kind, mode=mode, context=(), actor=(), recipient=(),
                 negated=negated, modality=modality, condition=None, event_text="", text="", span=(0, 1),
                 confidence=confidence, trigger=trigger)


@pytest.mark.parametrize(
    ("event", "code"),
    [
        (_event("REQUEST", mode="change", trigger="urge"), 3),
        (_event("REQUEST", mode="yield", trigger="urge"), 3),
        (_event("REQUEST", trigger="demand"), 3),
        (_event("REQUEST", mode="assist", trigger="call on"), 1),
        (_event("ASSAULT", modality="future"), 3),
        (_event("AID", modality="hypothetical"), 1),
        (_event("AID"), 2),
        (_event("ACCUSE", modality="future"), 3),
    ],
)
def test_event_pentacode(event: Event, code: int) -> None:
    assert acc.event_pentacode(event) == code


def test_plain_pentacode_ignores_the_rules() -> None:
    assert acc.event_pentacode(_event("REQUEST", trigger="call on"), rules=False) == 3
    assert acc.event_pentacode(_event("ASSAULT", modality="future"), rules=False) == 4


def test_salient_prefers_confidence_then_conflict_and_skips_negated() -> None:
    consult, assault = _event("CONSULT", confidence=0.8), _event("ASSAULT", confidence=0.8)
    assert acc.salient([consult, assault]) is assault
    assert acc.salient([_event("AID", confidence=0.9), assault]).event == "AID"
    assert acc.salient([_event("ASSAULT", confidence=0.99, negated=True), consult]) is consult
    assert acc.salient([_event("ASSAULT", negated=True)]) is None


def test_role_spans_prefer_the_argument_phrase() -> None:
    from eventcoder import Article, Coded
    from eventcoder.models import Actor, Mention

    text = "The Chilean navy seized a Peruvian boat."
    navy = Mention(4, 16, "Chilean navy", "CHL.MIL", "CHL", "MIL", "Chile", "demonym", "state")
    peru = Mention(26, 34, "Peruvian", "PER", "PER", None, "Peru", "demonym", "state")
    ev = Event(id="e", article_id="a", date=None, event="COERCE", mode=None, context=(),
               actor=(Actor("CHL.MIL", "CHL", "MIL", "Chilean navy", "Chile", phrase="The Chilean navy", phrase_span=(0, 16)),),
               recipient=(peru.actor(),), negated=False, modality="asserted", condition=None, event_text="seized",
               text=text, span=(0, len(text)))
    c = Coded(Article.from_text(text, id="a"), (ev,), (navy, peru))
    assert acc.role_spans(c, ev, "actor") == [(0, 16)]
    assert acc.role_spans(c, ev, "actor", phrases=False) == [(4, 16)]
    assert acc.role_spans(c, ev, "recipient") == [(26, 34)]  # no phrase: the mention
    # a recipient read from the article, not the sentence, has no span in the sentence
    from dataclasses import replace

    guessed = replace(ev, recipient=(replace(peru.actor(), inferred=True),))
    assert acc.role_spans(Coded(c.article, (guessed,), c.mentions), guessed, "recipient") == []


_TABLE_TEXT = """# a conversion table in PLOVER's format
16: SANCTION
160: SANCTION,  ,  # reduce relations
161: SANCTION, discontinue, diplomatic # reduce diplomatic relations
172: COERCE, restrict, # impose administrative sanctions
1721: COERCE, restrict, # impose restrictions on political freedoms
1711: COERCE, seize, # confiscate property
1241: REJECT, yield, legal # refuse to ease sanctions
19: ASSAULT
"""


def test_phoenix_table_votes_cameo_roots() -> None:
    t = acc.phoenix_table(_TABLE_TEXT)
    assert t[("SANCTION", None)] == 3  # CAMEO 16 is verbal conflict in the five-class convention
    assert t[("SANCTION", "discontinue")] == 3
    assert t[("COERCE", "restrict")] == 4 and t[("COERCE", "seize")] == 4
    assert t[("REJECT", "yield")] == 3
    assert ("ASSAULT", None) not in t  # a bare root line (two digits) is a heading, not a code


def test_phoenix_pentacode_appeals_are_neutral() -> None:
    t = acc.phoenix_table(_TABLE_TEXT)
    assert acc.event_pentacode(_event("REQUEST", mode="assist", trigger="call on"), table=t) == 0
    assert acc.event_pentacode(_event("REQUEST", trigger="demand"), table=t) == 3
    assert acc.event_pentacode(_event("SANCTION", mode="discontinue"), table=t) == 3
    assert acc.event_pentacode(_event("SANCTION"), table=t) == 3
    assert acc.event_pentacode(_event("AID"), table=t) == 2  # a type the table lacks keeps scores.yaml's class
    assert acc.event_pentacode(_event("COERCE", mode="seize", modality="future"), table=t) == 3
