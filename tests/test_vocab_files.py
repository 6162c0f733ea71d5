"""The vocabulary files: they load, they keep YAML 1.1 words as words, users can extend them."""

from __future__ import annotations

import pytest

from eventcoder.events.lexicon import build_lexicon
from eventcoder.models import EVENT_TYPES
from eventcoder.yamlio import load_vocab


@pytest.mark.parametrize("word", ["on", "off", "no", "yes", "On", "NO"])
def test_yaml_words_stay_words(word):
    assert load_vocab(f"x: [{word}]") == {"x": [word]}


def test_yaml_true_false_are_booleans():
    assert load_vocab("a: true\nb: false") == {"a": True, "b": False}


def test_lexicon_covers_all_types():
    lex = build_lexicon()
    types = {t.type for t in lex.verbs.values()} | {t.type for t in lex.nouns.values()}
    assert types == set(EVENT_TYPES)
    assert "on" in lex.recipient_preps["ASSAULT"]
    assert "no" in lex.cue_set("negation")


def test_user_lexicon_overrides(tmp_path):
    f = tmp_path / "lex.yaml"
    f.write_text("ASSAULT:\n  verbs: [zap]\n  nouns: [zapping]\n")
    lex = build_lexicon([f])
    assert lex.verbs[("zap",)].type == "ASSAULT" and lex.nouns[("zapping",)].type == "ASSAULT"


def test_bad_lexicon_type_is_reported(tmp_path):
    from eventcoder.errors import RegistryError

    f = tmp_path / "lex.yaml"
    f.write_text("ATTACK:\n  verbs: [zap]\n")
    with pytest.raises(RegistryError, match="unknown PLOVER type"):
        build_lexicon([f])
