"""Turn a raw interactive run into the transcript a terminal would show.

The warm child sets ``sys.ps1``/``sys.ps2`` to the usual prompts preceded by
a control character.  The interpreter prints one prompt before reading each
line, so the n-th marker in the stream is followed by the n-th typed line.
Terminals echo what is typed; pipes do not, so the typed line is put back
after its prompt.  Nothing else is added, removed or reordered.
"""

from __future__ import annotations

MARK = "\x02"


def assemble(raw: str, typed: list[str]) -> str:
    """Interleave typed lines with the interpreter's own output."""
    chunks = raw.split(MARK)
    parts = [chunks[0]]
    for index, chunk in enumerate(chunks[1:]):
        prompt, rest = chunk[:4], chunk[4:]
        if index < len(typed):
            parts.append((prompt + typed[index]).rstrip() + "\n" + rest)
        else:
            # The prompt left waiting at end of input, and the newline the
            # interpreter prints when it reads end-of-file.
            parts.append(rest[1:] if rest.startswith("\n") else rest)
    return "".join(parts)
