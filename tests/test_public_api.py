import inspect

import eventcoder


def test_all_is_sorted_and_unique():
    assert list(eventcoder.__all__) == sorted(set(eventcoder.__all__))


def test_all_names_exist():
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name), name


def test_all_is_complete():
    """Every public class or function re-exported at the top level is listed in __all__."""
    public = {
        n
        for n, v in vars(eventcoder).items()
        if not n.startswith("_") and (inspect.isclass(v) or inspect.isfunction(v))
    }
    assert public <= set(eventcoder.__all__)


def test_core_surface():
    for name in ("code_article", "code_texts", "Article", "Actor", "Event", "Corpus"):
        assert name in eventcoder.__all__
