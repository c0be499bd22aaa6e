"""Mask the parts of an output that change on every run.

A masked value is shown as an ellipsis, which a reader recognises as "left
out", and never as an invented value.  Masks apply after a run and before a
recording is written or compared, so both see the same text.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable

ELLIPSIS = "\u2026"
# CPython's default repr, "<memory at 0x7f5c2a1b3e80>", and its relatives.
_ADDRESS = re.compile(r"(?<= at 0x)[0-9a-fA-F]+(?=>)")


def mask(
    text: str,
    workdir: str = "",
    extra: Iterable[tuple[str, str]] = (),
    prefixes: Iterable[str] = (),
) -> str:
    """Replace run- and machine-specific values with a visible ellipsis:
    the run's working directory and the interpreter's installation folders."""
    for path in _folders(workdir, tuple(prefixes)):
        if path in text:
            text = text.replace(path + "/", ELLIPSIS + "/").replace(path, ELLIPSIS)
    text = _ADDRESS.sub(ELLIPSIS, text)
    for pattern, replacement in extra:
        text = re.sub(pattern, replacement, text)
    return text


# Resolving a folder asks the file system for every part of its path: the
# same few folders are masked in every run, so each is resolved once.
@functools.lru_cache(maxsize=256)
def _folders(workdir: str, prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """The folders to mask, as named and as resolved, longest first (so a
    folder inside another is masked whole)."""
    folders = {workdir, os.path.realpath(workdir)} if workdir else set()
    folders.update(p for prefix in prefixes for p in (prefix, os.path.realpath(prefix)))
    return tuple(sorted(folders - {"", "/"}, key=len, reverse=True))
