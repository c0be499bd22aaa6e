"""Measurement recordings: what a measure snippet printed on each
interpreter, with the machine, the date and the load it was measured under.

One JSON file beside the snippet (``<name>.measured.json``), written only by
``snipcheck measure``.  The numbers are never stored apart from the output
that printed them: readers of the file parse that output again.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..config import COMMANDS, fill
from ..recording import replace_file
from ..runtimes import version_key
from ..snippets import Snippet
from .table import MeasurementError, Table, parse_table

FORMAT = 1


class MeasuredError(ValueError):
    """A measurement recording that cannot be read."""


@dataclass(frozen=True)
class Run:
    label: str
    interpreter: str  # the description, e.g. "CPython 3.13.1"
    date: str  # UTC, ISO 8601
    machine: dict[str, str]
    load: tuple[float, float]  # 1-minute load average before and after the run
    seconds: float  # how long the whole run took
    source_sha256: str  # of the code that printed the output (see source_sha256)
    output: str

    def table(self) -> Table:
        return parse_table(self.output)


@dataclass(frozen=True)
class Measured:
    snippet: str
    runs: dict[str, Run] = field(default_factory=dict)

    def ordered(self) -> list[Run]:
        return [self.runs[k] for k in sorted(self.runs, key=version_key)]


def source_sha256(snippet: Snippet) -> str:
    """A checksum of the code that runs, without the header: a changed claim
    or axis label does not make the numbers stale, changed code does."""
    return hashlib.sha256(snippet.body.encode("utf-8")).hexdigest()


def read(path: Path, measure: str = COMMANDS["measure"]) -> Measured | None:
    """The measurement recording at ``path``, or None where there is none;
    errors say to restore it or measure again with ``measure`` (a template)."""
    snippet = path.with_name(path.name.removesuffix(".measured.json") + ".py")
    redo = f"restore it with git, or measure again with: {fill(measure, [snippet])}"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise MeasuredError(f"{path}: not a measurement recording ({exc}); {redo}") from None
    try:
        if data["format"] != FORMAT:
            raise MeasuredError(f"{path}: format {data['format']!r}, expected {FORMAT}; {redo}")
        runs = {}
        for label, run in data["runs"].items():
            runs[label] = Run(
                label=label,
                interpreter=str(run["interpreter"]),
                date=str(run["date"]),
                machine={str(k): str(v) for k, v in run["machine"].items()},
                load=(float(run["load"][0]), float(run["load"][1])),
                seconds=float(run["seconds"]),
                source_sha256=str(run["source_sha256"]),
                output="".join(run["output"]),
            )
            runs[label].table()
        return Measured(str(data["snippet"]), runs)
    except (KeyError, TypeError, IndexError, ValueError, MeasurementError) as exc:
        if isinstance(exc, MeasuredError):
            raise
        raise MeasuredError(f"{path}: damaged measurement recording ({exc!r}); {redo}") from None


def write(path: Path, measured: Measured) -> None:
    runs: dict[str, Any] = {}
    for run in measured.ordered():
        entry = asdict(run)
        del entry["label"]
        entry["load"] = list(run.load)
        # One line of output per JSON line reads well in a diff.
        entry["output"] = run.output.splitlines(keepends=True)
        runs[run.label] = entry
    text = json.dumps(
        {"format": FORMAT, "snippet": measured.snippet, "runs": runs}, indent=1, ensure_ascii=False
    )
    replace_file(path, (text + "\n").encode("utf-8"))


def machine() -> dict[str, str]:
    """What a reader needs to judge the numbers: processor, cores, memory, system."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count() or 0),
        "memory": memory,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return -1.0
