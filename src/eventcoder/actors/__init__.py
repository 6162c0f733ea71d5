"""Actor registry, recognition, resolution and coreference."""

from .registry import Entity, Registry, build_registry, get_registry
from .resolve import ActorResolver

__all__ = ["ActorResolver", "Entity", "Registry", "build_registry", "get_registry"]
