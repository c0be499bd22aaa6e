"""Read the prose of page sources (MyST Markdown or reStructuredText) as
sentences: which carry a claim, and which look factual without one.

This is a count, for ``snipcheck claims``, not a judgement: a sentence
"looks factual" when it names a version, an exception or a size, or uses a
word that makes a rule ("every", "never", "always", "only", "whatever").
Such a sentence should carry a claim, or say what an output beside it
shows: a sentence is *beside an output* when its paragraph is the one just
before or just after a snippet (or a table made from one), and a heading is
when its section, up to the next heading, has one.  Whether that
output shows what the sentence says is for a reader to judge; the count
only tells the three apart.  Code, snippets and other directives' bodies
are not prose; the bodies of admonitions (notes, warnings) are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Roles that mark a claim: MyST {claim}`...` and reST :claim:`...`.
CLAIM_ROLE = re.compile(r"(?:\{claim\}|:claim:)`([^`]+)`")
FACTUAL = re.compile(
    r"\b3\.\d{1,2}\b"  # a version
    r"|\b[A-Z][A-Za-z]*(?:Error|Exception|Warning)\b"  # an exception
    r"|\b\d[\d,.]*\s*(?:bytes?|kB|MB|GB)\b"  # a size
    r"|\b(?:every|never|always|only|whatever)\b",  # a rule
    re.IGNORECASE,
)
# Directives that show what an interpreter printed.
OUTPUT_DIRECTIVES = {"snippet", "snippet-table", "measurement"}
# Directives whose bodies are prose a reader reads as the page's own words.
PROSE_DIRECTIVES = {
    "note",
    "tip",
    "hint",
    "important",
    "warning",
    "caution",
    "attention",
    "danger",
    "error",
    "seealso",
    "admonition",
    "versionadded",
    "versionchanged",
    "deprecated",
    "tab-item",
    "grid-item-card",
    "card",
    "dropdown",
    "glossary",
    "list-table",
    "table",
    "rubric",
    "topic",
    "sidebar",
    "versionremoved",
    "container",
}
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,}|:{3,})\s*(?:\{([\w:-]+)\})?")
_RST_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+([\w:-]+?)::")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(*_\"'`{:])")


@dataclass(frozen=True)
class Sentence:
    path: Path
    line: int
    text: str
    claims: tuple[str, ...]  # the text inside each claim role
    # Its paragraph comes just before or just after a snippet's output.
    beside_output: bool = False

    @property
    def factual(self) -> bool:
        return bool(FACTUAL.search(_without_code(self.text)))


def is_prose(directive: str | None) -> bool:
    """Is the body of this directive prose?  Admonitions and the like are,
    and so are descriptions of objects (``py:method`` and other domains')."""
    return directive is not None and (directive in PROSE_DIRECTIVES or ":" in directive)


def _without_code(text: str) -> str:
    """The sentence without its roles and links, text and target: a link
    points elsewhere ("[Before 3.8](versions.md)") and states nothing here.
    Inline code stays: "raises `IndexError`" states a fact."""
    text = re.sub(r"(?:\{[\w:-]+\}|:[\w:-]+:)`[^`]*`", " ", text)
    return re.sub(r"\[[^\]]*\]\([^)]*\)", " ", text)


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a page that are prose, numbered from 1; each other line
    (code, directive bodies, options, front matter) is left out."""
    lines = text.split("\n")
    kept: list[tuple[int, str]] = []
    fences: list[tuple[str, bool]] = []  # open fences: marker, prose inside?
    rst_skip: int | None = None  # indentation of a skipped reST directive body
    number = 0
    if lines and lines[0].strip() == "---":  # front matter
        end = next((n for n in range(1, len(lines)) if lines[n].strip() == "---"), 0)
        number = end + 1
    while number < len(lines):
        line = lines[number]
        number += 1
        fence = _FENCE.match(line)
        if (
            fences
            and line.strip().startswith(fences[-1][0])
            and not line.strip().strip(fences[-1][0][0])
        ):
            fences.pop()
            continue
        if fence:
            marker, name = fence.group(2), fence.group(3)
            fences.append((marker, is_prose(name)))
            continue
        if fences and not fences[-1][1]:
            continue
        if rst_skip is not None:
            indent = len(line) - len(line.lstrip())
            if line.strip() and indent <= rst_skip:
                rst_skip = None
            else:
                continue
        directive = _RST_DIRECTIVE.match(line)
        if directive:
            if not is_prose(directive.group(2)):
                rst_skip = len(directive.group(1))
            continue
        stripped = line.strip()
        option = re.match(r"^:[\w-]+:(\s|$)", stripped)  # a directive's option line
        if re.fullmatch(r"([=\-~^\"'`#*+])\1{2,}", stripped):  # a reST heading's underline
            kept.append((number, ""))
            continue
        target = re.match(r"^\([\w-]+\)=$", stripped)  # a MyST label
        if option or target or stripped.startswith(("<!--", "|---", "|:-", "| ---")):
            continue
        kept.append((number, line))
    return kept


def output_lines(text: str) -> set[int]:
    """The lines (numbered from 1) of every directive that shows an output:
    its opening line, options and closing fence (reST: its indented body)."""
    lines = text.split("\n")
    inside: set[int] = set()
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        fence = _FENCE.match(line)
        rst = _RST_DIRECTIVE.match(line)
        if fence and fence.group(3) in OUTPUT_DIRECTIVES:
            marker = fence.group(2)
            inside.add(number)
            while number < len(lines):
                number += 1
                inside.add(number)
                closing = lines[number - 1].strip()
                if closing.startswith(marker) and not closing.strip(marker[0]):
                    break
        elif rst and rst.group(2) in OUTPUT_DIRECTIVES:
            indent = len(rst.group(1))
            inside.add(number)
            while number < len(lines):
                body = lines[number]
                if body.strip() and len(body) - len(body.lstrip()) <= indent:
                    break
                number += 1
                if body.strip():
                    inside.add(number)
    return inside


def _between(line: str) -> bool:
    """Does a reader see nothing of this line between a paragraph and an
    output: a blank line, or where a note or the like opens or closes?"""
    fence = _FENCE.match(line)
    closing = re.fullmatch(r"\s*(`{3,}|~{3,}|:{3,})\s*", line)
    return not line.strip() or bool(closing) or bool(fence and is_prose(fence.group(3)))


def _beside(first: int, last: int, lines: list[str], outputs: set[int]) -> bool:
    """Is the block just before line ``first`` or just after line ``last``
    an output (blank lines, and the edges of a note around the paragraph,
    aside)?"""
    before = first - 1
    while before >= 1 and before not in outputs and _between(lines[before - 1]):
        before -= 1
    after = last + 1
    while after <= len(lines) and after not in outputs and _between(lines[after - 1]):
        after += 1
    return before in outputs or after in outputs


def sentences(path: Path) -> list[Sentence]:
    """The sentences of a page's prose, each with the line it starts on."""
    found: list[Sentence] = []
    paragraph: list[tuple[int, str]] = []
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    outputs = output_lines(text)
    kept = prose_lines(text)
    headings = [n for n, line in kept if line.startswith("#")] + [len(lines) + 1]

    def flush() -> None:
        if not paragraph:
            return
        start = paragraph[0][0]
        if paragraph[0][1].startswith("#"):  # a heading: does its section show one?
            end = next(h for h in headings if h > start)
            beside = any(start < n < end for n in outputs)
        else:
            beside = _beside(start, paragraph[-1][0], lines, outputs)
        text = " ".join(line.strip().lstrip("#-*>| ").rstrip("|") for _, line in paragraph)
        pieces: list[str] = []
        # A claim ends the sentence it marks: what follows it is another.
        text = re.sub(f"({CLAIM_ROLE.pattern})\\s+", lambda m: m.group(1) + "\n", text)
        split = [s for p in _SENTENCE_END.split(text) for s in p.split("\n")]
        for piece in (p.strip() for p in split):
            role = CLAIM_ROLE.match(piece)
            if pieces and role:  # a claim marks the sentence before it
                pieces[-1] += " " + role.group(0)
                piece = piece[role.end() :].strip()
            if piece:
                pieces.append(piece)
        for piece in pieces:
            claims = tuple(m.group(1).strip() for m in CLAIM_ROLE.finditer(piece))
            found.append(Sentence(path, start, piece, claims, beside))
        paragraph.clear()

    previous = 0
    for number, line in kept:
        if not line.strip() or number != previous + 1 or line.lstrip().startswith(("#", "|")):
            flush()
        if line.strip():
            paragraph.append((number, line))
            if line.lstrip().startswith(("#", "|")):
                flush()  # a heading or a table row is a sentence of its own
        previous = number
    flush()
    return found


def pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".rst") and p.is_file())
