"""YAML loading for the vocabulary files, without YAML 1.1's surprises.

PyYAML's safe loader reads ``on``, ``off``, ``yes``, ``no`` as booleans, which silently breaks a
lexicon ("on" is a preposition, "no" a negation word). Only ``true``/``false`` are booleans here.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class VocabLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false."""


VocabLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
VocabLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_vocab(text: str) -> Any:
    return yaml.load(text, Loader=VocabLoader)  # noqa: S506 - a SafeLoader subclass
