"""The one-slot caches of per-document arrays (``nlp.token_attrs`` and its kin, the coder's word sets): asked in turn
for two documents, or from two threads at once, each answer is its own document's. All sentences are invented."""

import threading

import pytest

from eventcoder.events import coder
from eventcoder.nlp import char_span, child_indices, get_nlp, lower_lemmas, sent_of, token_attrs


@pytest.fixture(scope="module")
def docs():
    nlp = get_nlp()
    a = nlp.make_doc("Troops of Lumeria shelled the port in 1998. The governor fled.")
    b = nlp.make_doc("Protesters marched through Varna on Friday and the police watched them quietly from the bridge.")
    # parsed by the model's own pipes only (no eventcoder component: the caches are asked directly)
    for _, pipe in nlp.pipeline:
        if not _.startswith("eventcoder"):
            a, b = pipe(a), pipe(b)
    return a, b


def _expected(doc):
    return (
        [t.text for t in doc],
        [t.lemma_.lower() for t in doc],
        [[c.i for c in t.children] for t in doc],
        [(t.sent.start, t.sent.end) for t in doc],
    )


def _answers(doc):
    sents = [sent_of(t) for t in doc]
    return (
        list(token_attrs(doc).text),
        list(lower_lemmas(doc)),
        [list(k) for k in child_indices(doc)],
        [(s.start, s.end) for s in sents],
    )


def test_each_document_gets_its_own_arrays_when_asked_in_turn(docs):
    a, b = docs
    for doc in (a, b, a, b, b, a):
        assert _answers(doc) == _expected(doc)
        span = char_span(doc, 0, len(doc[0].text))
        assert span is not None and span.text == doc[0].text
    assert coder._dated_words(a) and not coder._dated_words(b)  # "1998" in the first only
    assert "shell" in coder._lemma_set(a) and "shell" not in coder._lemma_set(b)
    assert "quietly" in coder._lower_set(b) and "quietly" not in coder._lower_set(a)


def test_two_threads_coding_different_documents_never_read_each_others_arrays(docs):
    wrong: list[str] = []

    def work(doc):
        want = _expected(doc)
        dated = "1998" in doc.text
        for _ in range(300):
            if _answers(doc) != want:
                wrong.append(doc.text[:20])
            if coder._dated_words(doc) != dated:
                wrong.append("dated " + doc.text[:20])

    threads = [threading.Thread(target=work, args=(d,)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong
