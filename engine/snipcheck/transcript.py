"""Turn a raw interactive run into the transcript a terminal would show.

The warm child sets ``sys.ps1``/``sys.ps2`` to the usual prompts preceded by
a control character.  The interpreter prints one prompt before reading each
line, so the n-th prompt in the stream is followed by the n-th typed line.
Terminals echo what is typed; pipes do not, so the typed line is put back
after its prompt.  Nothing else is added, removed or reordered.
"""

from __future__ import annotations

import re

MARK = "\x02"
_PROMPT = re.compile(f"{MARK}(>>> |\\.\\.\\. )")


class TranscriptError(ValueError):
    """A run whose prompts cannot be matched with the lines typed at them."""


def assemble(raw: str, typed: list[str]) -> str:
    """Interleave typed lines with the interpreter's own output.

    A marker the snippet printed itself, not followed by a prompt, is kept
    as output.  When the prompts and the typed lines cannot be paired one to
    one (the session ended early, read its own input, changed its prompts,
    or printed something that looks like one), the transcript would put
    lines where they were not typed, so TranscriptError says why instead.
    """
    pieces = _PROMPT.split(raw)
    prompts = pieces[1::2]
    if len(prompts) < len(typed):
        raise TranscriptError(
            f"the interpreter showed {len(prompts)} prompts for {len(typed)} typed lines, "
            f"so it stopped reading after line {len(prompts)} (the session ended there, "
            "read its own input, or changed sys.ps1 or sys.ps2) and the lines cannot be "
            "placed after their prompts. Remove the lines after the one that ends the "
            "session, or show it as a script ('# mode: script')"
        )
    if len(prompts) > len(typed) + 1:
        raise TranscriptError(
            f"the interpreter showed {len(prompts)} prompts for {len(typed)} typed lines: "
            f"the snippet printed the character U+0002 followed by a prompt, which is how "
            "the engine finds the prompts. Print it another way, or show it as a script "
            "('# mode: script')"
        )
    parts = [pieces[0]]
    for index, (prompt, rest) in enumerate(zip(prompts, pieces[2::2], strict=True)):
        if index < len(typed):
            parts.append((prompt + typed[index]).rstrip() + "\n" + rest)
        else:
            # The prompt left waiting at end of input, and the newline the
            # interpreter prints when it reads end-of-file.
            parts.append(rest[1:] if rest.startswith("\n") else rest)
    return "".join(parts)
