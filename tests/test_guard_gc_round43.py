"""The guarded components pause the cyclic garbage collector while they code a document (speed, session 18): it
must be running again afterwards, whether the component succeeded or failed, and stay off if it was off."""

from __future__ import annotations

import gc

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventcoder.guard import guarded


class _Component:
    def __init__(self) -> None:
        self.seen: list[bool] = []

    @guarded("test stage", lambda doc: None)
    def __call__(self, doc: Doc) -> Doc:
        self.seen.append(gc.isenabled())
        if doc.user_data.get("fail"):
            raise ValueError("simulated bug")
        return doc


def _doc(fail: bool = False) -> Doc:
    doc = Doc(Vocab(), words=["Quito", "protested"])
    if fail:
        doc.user_data["fail"] = True
    return doc


def test_collector_paused_inside_and_running_after_success_and_failure():
    comp = _Component()
    was = gc.isenabled()
    gc.enable()
    try:
        comp(_doc())
        assert gc.isenabled()
        comp(_doc(fail=True))  # the failure is recorded on the document, not raised
        assert gc.isenabled()
        assert comp.seen == [False, False]
    finally:
        if not was:
            gc.disable()


def test_collector_left_off_when_it_was_off():
    comp = _Component()
    was = gc.isenabled()
    gc.disable()
    try:
        comp(_doc())
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
