"""Runners over the same pure function: in-process, a pool of local worker processes, or Ray."""

from .local import code_parallel
from .ray_runner import code_ray

__all__ = ["code_parallel", "code_ray"]
