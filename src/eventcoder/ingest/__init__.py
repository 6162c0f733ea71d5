"""Readers: text files (with ``Title:``/``Word Count:`` headers), JSONL, CSV, HTML, directories, stdin.

:func:`read_inputs` yields :class:`~eventcoder.models.Article` records and, for inputs that cannot be
read, :class:`~eventcoder.errors.InputError` values (never raised) so a batch goes on past bad files.
"""

from .readers import SUPPORTED_SUFFIXES, read_inputs, read_path, read_text_article

__all__ = ["SUPPORTED_SUFFIXES", "read_inputs", "read_path", "read_text_article"]
