"""Claims: sentences in prose tied to evidence that the engine runs.

A claim is a factual sentence on a page that no output beside it shows ("
``toreadonly()`` appeared in 3.8").  Its *evidence* is a snippet in script
mode that checks the fact with real code and ends with exit status 0 where
the fact holds (an ``assert`` that fails ends it with 1).  The evidence is
run, recorded and verified like every other snippet, so its recording says,
for every interpreter, whether the fact held there.

The claim states the versions it holds on (a ``Spec``: "all", "3.8+",
"<3.12", "3.8-3.11", "3.13", or several joined by commas).  A claim agrees
with its evidence when the fact held on exactly the recorded interpreters
whose version the spec names: "3.12+" is wrong if 3.11 passes too, and
wrong if 3.15 fails.  Pages mark the sentence; a disagreement fails the
build (``sphinx_ext``) and ``snipcheck claims`` counts claims and the
sentences that look factual without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import display, recording, runtimes
from .recording import Recording

Version = tuple[int, int]
# One range of minor versions, both ends included; None is open.
Range = tuple[Version | None, Version | None]

_VERSION = r"(\d+)\.(\d+)"
_RANGE_FORMS = (
    (re.compile(rf"^{_VERSION}\+$"), lambda lo, hi: (lo, None)),
    (re.compile(rf"^(?:<|before ){_VERSION}$"), lambda lo, hi: (None, _previous(lo))),
    (re.compile(rf"^{_VERSION}\s*[-\u2013]\s*{_VERSION}$"), lambda lo, hi: (lo, hi)),
    (re.compile(rf"^{_VERSION}$"), lambda lo, hi: (lo, lo)),
)


class ClaimError(ValueError):
    """A claim that cannot be read, or whose evidence cannot be used."""


def _previous(version: Version) -> Version:
    """3.12 -> 3.11 (minor versions only; a claim never spans majors)."""
    return (version[0], version[1] - 1)


@dataclass(frozen=True)
class Spec:
    """The versions a claim says it holds on, as written."""

    text: str
    ranges: tuple[Range, ...]  # empty: every version

    def covers(self, label: str) -> bool:
        """Does the claim name this interpreter's version?"""
        version = version_of(label)
        if not self.ranges:
            return True
        return any(
            (lo is None or version >= lo) and (hi is None or version <= hi)
            for lo, hi in self.ranges
        )


def parse_spec(text: str) -> Spec:
    """ "all", "3.8+", "<3.12" (or "before 3.12"), "3.8-3.11" (or with an
    en dash), "3.13", or several of these joined by commas."""
    words = text.strip()
    if words in ("", "all"):
        return Spec("all", ())
    ranges: list[Range] = []
    for part in (p.strip() for p in words.split(",")):
        for pattern, make in _RANGE_FORMS:
            found = pattern.match(part)
            if found:
                numbers = [int(n) for n in found.groups()]
                lo = (numbers[0], numbers[1])
                hi = (numbers[2], numbers[3]) if len(numbers) == 4 else lo
                ranges.append(make(lo, hi))
                break
        else:
            raise ClaimError(
                f"cannot read the versions {part!r}: write all, 3.8+, <3.12, 3.8-3.11 or 3.13"
            )
    return Spec(words, tuple(ranges))


def version_of(label: str) -> Version:
    major, minor = runtimes.version_of(label).split(".")[:2]
    return (int(major), int(minor))


@dataclass(frozen=True)
class Claim:
    """A claim as a page writes it: ``<evidence key> [versions]``."""

    evidence: str  # "<topic>/<name>" of the evidence snippet
    spec: Spec

    @property
    def text(self) -> str:
        return f"{self.evidence} {self.spec.text}"


def parse(text: str) -> Claim:
    """``history/toreadonly 3.8+``; without versions, the claim holds on all."""
    key, _, versions = text.strip().partition(" ")
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", key):
        raise ClaimError(f"{text!r}: write `<topic>/<name> [versions]`, naming the evidence")
    return Claim(key.removesuffix(".py"), parse_spec(versions))


def held(rec: Recording) -> dict[str, bool]:
    """For each recorded interpreter, whether the evidence held there."""
    return {label: out.exit == 0 for label, out in rec.outputs.items()}


@dataclass(frozen=True)
class Checked:
    claim: Claim
    holds: tuple[str, ...]  # labels, oldest first
    fails: tuple[str, ...]
    problem: str = ""  # why the claim disagrees with its evidence, or ""

    @property
    def agrees(self) -> bool:
        return not self.problem

    def where(self) -> str:
        """The versions it held on, named as pages name versions."""
        order = sorted([*self.holds, *self.fails], key=runtimes.version_key)
        return display.version_ranges(list(self.holds), order) if self.holds else "nowhere"


def check(claim: Claim, rec: Recording | None) -> Checked:
    """Does the recording of the evidence agree with what the claim says?"""
    if rec is None or not rec.outputs:
        return Checked(claim, (), (), f"{claim.evidence} has no recording yet")
    if rec.mode != "script":
        return Checked(claim, (), (), f"{claim.evidence} is a {rec.mode}; evidence is a script")
    results = held(rec)
    order = sorted(results, key=runtimes.version_key)
    holds = tuple(label for label in order if results[label])
    fails = tuple(label for label in order if not results[label])
    wrong_fails = [label for label in fails if claim.spec.covers(label)]
    wrong_holds = [label for label in holds if not claim.spec.covers(label)]
    problem = ""
    if wrong_fails or wrong_holds:
        said = "every version" if not claim.spec.ranges else claim.spec.text
        parts = []
        if wrong_fails:
            parts.append(f"it fails on {display.version_ranges(wrong_fails, order)}")
        if wrong_holds:
            parts.append(f"it also holds on {display.version_ranges(wrong_holds, order)}")
        problem = f"the claim says {said}, but {' and '.join(parts)}"
    return Checked(claim, holds, fails, problem)


def check_file(claim: Claim, snippets_folder: Path, record: str) -> Checked:
    """``check`` with the evidence's recording read from the snippets folder."""
    path = snippets_folder / f"{claim.evidence}.rec"
    if not path.with_suffix(".py").is_file():
        return Checked(claim, (), (), f"there is no evidence snippet {claim.evidence}.py")
    try:
        rec = recording.read(path, record)
    except recording.RecordingError as exc:
        return Checked(claim, (), (), str(exc))
    return check(claim, rec)
