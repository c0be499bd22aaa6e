"""What one native run costs in CPU: the engine's own process (runner and
judging) and the sandboxed processes (warm children and their forks),
separated into a fixed cost and a marginal cost per run.

    .venv/bin/python tools/run_cost.py [--rounds 5] [--root DIR]

Every round runs the snippets verify runs (all but measure snippets) on
every native interpreter through ``runner.run_all``, then judges each run
as verify does (``verify.observe`` and ``verify.compare``).  A small round
runs one snippet of each warm child's group (mode and packages), so that
both start the same warm children: the difference between the two is the
marginal cost of the runs, and what is left of the small round once its
runs are taken away is the fixed cost.  Rounds of the two kinds take turns;
the figures are medians.

The warm children are killed when the pool closes; their sandbox's first
process is then no longer a child of bwrap, so this process makes itself a
child subreaper (Linux) to wait for them and count their CPU time.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import dataclasses
import json
import math
import os
import resource
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from snipcheck import config, interpreters, recording, runner, snippets, verify
from snipcheck.config import Config
from snipcheck.interpreters import Interpreter
from snipcheck.snippets import Snippet

ROOT = Path(__file__).resolve().parents[1]
_PR_SET_CHILD_SUBREAPER = 36


@dataclass(frozen=True)
class Cost:
    """One round: wall and CPU seconds, and how many runs it made."""

    runs: int
    wall: float
    host: float  # this process: runner threads and judging
    judging: float  # of which verify.observe and verify.compare
    children: float  # bwrap, warm children and their forks
    # Of which the snippets' own code (from the interpreter's entry point
    # being called to its return), where the warm child reports it.
    snippets: float | None = None
    load: float = 0.0  # the machine's load average (1 minute) at the end

    @property
    def total(self) -> float:
        return self.host + self.children

    @property
    def engine(self) -> float | None:
        """Everything but the snippets' own code."""
        return None if self.snippets is None else self.total - self.snippets


@dataclass(frozen=True)
class Split:
    """Costs separated into a fixed part and a part per run (seconds)."""

    fixed: float
    per_run: float


def natives(cfg: Config) -> list[Interpreter]:
    """The native interpreters verify runs every snippet on (not Pyodide,
    not the opt-in history runtime)."""
    found = interpreters.discover_configured(cfg).found
    return [i for i in found if i.runtime.forks and i.runtime.warm and not i.runtime.opt_in]


def verified_snippets(cfg: Config) -> list[Snippet]:
    """The snippets verify runs: every one but the measure snippets."""
    return [s for s in snippets.find(cfg.snippets) if s.mode != "measure"]


def one_per_group(every: list[Snippet]) -> list[Snippet]:
    """The first snippet of each warm child's group (mode, packages)."""
    firsts: dict[tuple[str, tuple[str, ...]], Snippet] = {}
    for snippet in every:
        firsts.setdefault((snippet.mode, tuple(sorted(snippet.requires))), snippet)
    return list(firsts.values())


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _become_subreaper() -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _reap_orphans() -> None:
    """Wait for the warm children that the pool's close left to this
    process (killed, and so ending); other children are left alone."""
    for pid in _children():
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0]
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read()
        except OSError:
            continue
        # A process on its way out has no command line left.
        if state == b"Z" or not command or b"/_child.py" in command:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _children() -> list[int]:
    found = []
    for task in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError), open(f"/proc/self/task/{task}/children") as f:
            found += [int(pid) for pid in f.read().split()]
    return found


def measure(group: list[Snippet], found: list[Interpreter], cfg: Config) -> Cost:
    """Run and judge ``group`` on every interpreter in ``found`` once."""
    _become_subreaper()
    _reap_orphans()
    template = cfg.commands["record"]
    recordings = {s.recording_path: recording.read(s.recording_path, template) for s in group}
    wall0, self0, kids0 = (
        time.perf_counter(),
        _cpu(resource.RUSAGE_SELF),
        _cpu(resource.RUSAGE_CHILDREN),
    )
    results = runner.run_all(group, found, cfg)
    reported = [r.cpu for r in results if r.status != "skipped"]
    own = None if None in reported else sum(c or 0.0 for c in reported)
    _reap_orphans()
    judged0 = _cpu(resource.RUSAGE_SELF)
    verdicts = [
        verify.compare(verify.observe(r, cfg), recordings[r.snippet.recording_path], cfg)
        for r in results
    ]
    judged1 = _cpu(resource.RUSAGE_SELF)
    wall = time.perf_counter() - wall0
    failed = [v for v in verdicts if v.status == "failed"]
    if failed:
        raise SystemExit(f"{len(failed)} runs do not match; first:\n{failed[0].message}")
    runs = sum(1 for r in results if r.status != "skipped")
    return Cost(
        runs,
        wall,
        host=judged1 - self0,
        judging=judged1 - judged0,
        children=_cpu(resource.RUSAGE_CHILDREN) - kids0,
        snippets=own,
        load=os.getloadavg()[0],
    )


def split(small: Cost, large: Cost, figure: str) -> Split:
    """The fixed part and the part per run of one figure (``total``,
    ``host``, ``judging``, ``children`` or ``wall``)."""
    a, b = getattr(small, figure), getattr(large, figure)
    if a is None or b is None:
        return Split(math.nan, math.nan)
    per_run = (b - a) / (large.runs - small.runs)
    return Split(a - per_run * small.runs, per_run)


def rounds(
    cfg: Config,
    count: int = 5,
    found: list[Interpreter] | None = None,
    every: list[Snippet] | None = None,
) -> tuple[list[Cost], list[Cost]]:
    """``count`` small and ``count`` large rounds, taking turns; the large
    ones run ``every`` snippet (all that verify checks unless given)."""
    found = natives(cfg) if found is None else found
    every = verified_snippets(cfg) if every is None else every
    few = one_per_group(every)
    small, large = [], []
    for _ in range(count):
        small.append(measure(few, found, cfg))
        large.append(measure(every, found, cfg))
    return small, large


FIGURES = ("total", "host", "judging", "children", "snippets", "engine", "wall")


def medians(small: list[Cost], large: list[Cost]) -> dict[str, Split]:
    """For each figure, the median fixed part and part per run."""
    out = {}
    for figure in FIGURES:
        splits = [split(s, b, figure) for s, b in zip(small, large, strict=True)]
        out[figure] = Split(
            statistics.median(x.fixed for x in splits),
            statistics.median(x.per_run for x in splits),
        )
    return out


def _median_of(costs: list[Cost], figure: str) -> float:
    values = [getattr(c, figure) for c in costs]
    return math.nan if None in values else statistics.median(values)


def report(small: list[Cost], large: list[Cost]) -> str:
    """The figures as lines of text."""
    m = medians(small, large)
    loads = [c.load for c in small + large]
    lines = [
        f"{large[0].runs} runs a round ({small[0].runs} in the small round), {len(large)} "
        f"rounds of each; medians; load average {statistics.median(loads):.2f} "
        f"({min(loads):.2f} to {max(loads):.2f})",
        "  CPU (wall last)     " + "  ".join(f"{f:>8}" for f in FIGURES),
        "  ms a run (marginal) " + "  ".join(f"{1000 * m[f].per_run:8.3f}" for f in FIGURES),
        "  s fixed             " + "  ".join(f"{m[f].fixed:8.3f}" for f in FIGURES),
        "  s a whole round     " + "  ".join(f"{_median_of(large, f):8.3f}" for f in FIGURES),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--python", action="append", default=[], metavar="X.Y")
    parser.add_argument("--json", action="store_true", help="each round as a line of JSON")
    args = parser.parse_args()
    cfg = config.load(args.root)
    found = interpreters.select(natives(cfg), args.python)
    print(f"engine: {Path(runner.__file__).parent}; natives: {' '.join(i.label for i in found)}")
    small, large = rounds(cfg, args.rounds, found)
    if args.json:
        for pair in zip(small, large, strict=True):
            print(json.dumps([dataclasses.asdict(cost) for cost in pair]))
    print(report(small, large))


if __name__ == "__main__":
    main()
