"""Runners over the same pure function: in-process, or a pool of local worker processes."""

from .local import code_parallel

__all__ = ["code_parallel"]
