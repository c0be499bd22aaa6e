"""`make bench`: every performance figure of issue 15, each beside its
target and the baseline it replaced, measured side by side in one run.

Medians of BENCH_ROUNDS rounds (5 unless set), rounds of things compared
interleaved, and the machine's load average beside every section: the
machine is shared, so the ratios are what to read.  Sections:

- verify: the engine's fixed cost, its cost for x1, x2 and x4 copies of a
  sample of the snippets (every SAMPLE-th, 32 unless set; fixed and
  marginal costs from those: verify grows linearly), CPU per native run
  and per run of a script that does nothing (the floor under it),
  against one fresh ``python file.py`` per snippet per native interpreter
  in a loop and through ``xargs -P2``, and on one interpreter against
  ``python -m doctest`` on the same examples; a projection to 10,000
  snippets on 11 runtimes;
- the site's builds beside plain Sphinx + furo (tools/bench_site.py);
- the Run button in Debian's chromium (tools/bench_browser.py).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bench_browser  # beside this file
import bench_site
import run_cost

from snipcheck import config, interpreters, snippets

ROOT = Path(__file__).resolve().parents[1]

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
# The builds, the browser and the baseline of fresh processes take longer a
# round than the rest (BENCH_SLOW_ROUNDS=5 for a closing note's figures).
SLOW_ROUNDS = int(os.environ.get("BENCH_SLOW_ROUNDS", "3"))
SAMPLE = int(os.environ.get("BENCH_SAMPLE", "32"))
FLOOR_RUNS = 64  # runs of the empty script per native in a large round
PY = sys.executable


@dataclass
class Figure:
    name: str
    value: str
    target: str
    baseline: str


FIGURES: list[Figure] = []


def figure(name: str, value: str, target: str, baseline: str) -> None:
    FIGURES.append(Figure(name, value, target, baseline))
    print(f"  {name}: {value}  [target: {target}; baseline: {baseline}]")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min)"


def section(title: str) -> None:
    print(f"\n{title}  ({load()})")


def timed(argv: list[str], cwd: Path) -> float:
    """Wall seconds of one command, which must succeed.  (Its CPU is not
    counted here: the warm children it kills at the end never report theirs
    to it; tools/run_cost.py counts them.)"""
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"{' '.join(argv)} failed in {cwd}:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return wall


def med(values: list[float]) -> float:
    return statistics.median(values)


def rounds_of(values: list[float], unit: float = 1.0, digits: int = 2) -> str:
    return ", ".join(f"{v * unit:.{digits}f}" for v in values)


def interleaved(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Each action once per round, in turn; the wall seconds of each."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return times


# -- verify ------------------------------------------------------------------


def empty_project(into: Path) -> None:
    """A project in ``into`` with this one's settings and interpreters and
    no snippets yet."""
    into.mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    for name in (".targets", ".interpreters", "node_modules"):
        (into / name).symlink_to(ROOT / name)


def copies_project(into: Path, copies: int, every: list[snippets.Snippet]) -> int:
    """A project whose snippets are ``copies`` copies of ``every``, with
    this project's interpreters; how many snippets."""
    empty_project(into)
    for n in range(1, copies + 1):
        for snippet in every:
            target = into / "snippets" / f"copy{n}" / f"{snippet.key}.py"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(snippet.path, target)
            shutil.copy(snippet.recording_path, target.with_suffix(".rec"))
    return copies * len(every)


def verify_figures(rounds: int) -> dict[str, float]:
    cfg = config.load(ROOT)
    everything = interpreters.discover_configured(cfg).found
    natives = run_cost.natives(cfg)
    plain = run_cost.verified_snippets(cfg)
    sample = plain[::SAMPLE]
    section(
        f"verify: {len(plain)} snippets on {len(everything)} runtimes"
        f" ({', '.join(i.label for i in everything)}), {os.cpu_count()} cores; x1, x2, x4 copies"
        f" of every {SAMPLE}th snippet ({len(sample)}); medians of {rounds} rounds"
    )
    work = Path(tempfile.mkdtemp(prefix="bench-verify-"))
    result: dict[str, float] = {}
    try:
        projects = {n: work / f"x{n}" for n in (1, 2, 4)}
        counts = {n: copies_project(p, n, sample) for n, p in projects.items()}
        one = projects[1] / "snippets" / "copy1" / "syntax" / "bytes_object.py"
        if not one.exists():
            one = next((projects[1] / "snippets").rglob("*.py"))
        verify = [PY, "-m", "snipcheck", "verify"]
        walls: dict[str, list[float]] = {"fixed": [], "x1": [], "x2": [], "x4": []}
        for _ in range(rounds):
            for name, argv, cwd in (
                ("fixed", [*verify, str(one)], projects[1]),
                ("x1", verify, projects[1]),
                ("x2", verify, projects[2]),
                ("x4", verify, projects[4]),
            ):
                walls[name].append(timed(argv, cwd))
        runs_per_snippet = sum(sum(i.runtime.runs(s) for i in everything) for s in plain) / len(
            plain
        )
        for name, n in (("x1", 1), ("x2", 2), ("x4", 4)):
            print(
                f"  x{n} copies ({counts[n]} snippets, {counts[n] * runs_per_snippet:.0f} runs):"
                f" {med(walls[name]):.2f} s (rounds {rounds_of(walls[name])} s)"
            )
        # A straight line through the three: fixed cost and cost per run.
        xs = [counts[n] * runs_per_snippet for n in (1, 2, 4)]
        ys = [med(walls[f"x{n}"]) for n in (1, 2, 4)]
        mean_x, mean_y = sum(xs) / 3, sum(ys) / 3
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mean_x) ** 2 for x in xs
        )
        intercept = mean_y - slope * mean_x
        figure(
            "fixed cost of a verify (one snippet on every runtime, the whole command)",
            f"{med(walls['fixed']):.2f} s wall"
            f" (rounds {rounds_of(walls['fixed'])} s); the line through x1, x2, x4"
            f" crosses zero runs at {intercept:.2f} s",
            "at most 4 s",
            "about 11 s",
        )
        figure(
            "marginal cost per run, all runtimes side by side (from x1, x2, x4)",
            f"{1000 * slope:.2f} ms wall (CPU per native run: the next line)",
            "-",
            "4.2 ms wall",
        )
        small, large = run_cost.rounds(cfg, rounds, natives, sample)
        split = run_cost.medians(small, large)
        engine = split["engine"].per_run
        figure(
            f"CPU per native run ({len(natives)} natives; host, warm children and forks)",
            f"{1000 * split['total'].per_run:.2f} ms, of which the snippets' own code"
            f" {1000 * split['snippets'].per_run:.2f} ms and the engine {1000 * engine:.2f} ms",
            "at most 1.5 ms",
            "5.8 ms",
        )
        floor = floor_cost(cfg, natives, work / "floor", rounds)
        figure(
            "CPU per native run of a script that does nothing (the least a run costs the"
            " engine: the fork, its copy-on-write faults, the exit, messages and judging)",
            f"{1000 * floor:.2f} ms",
            "none: the floor under the target above",
            "-",
        )
        result.update(slope=slope, intercept=intercept, fixed=med(walls["fixed"]))
        # The whole tree, from the line: verify grows linearly.
        whole = intercept + slope * len(plain) * runs_per_snippet
        print(f"  the whole tree ({len(plain)} snippets) from that line: {whole:.1f} s")

        # One fresh `python file.py` per snippet per native interpreter, on
        # the x4 copies' snippets (four times the sample).
        loop, xargs = fresh_loops(sample * 4, natives, work, SLOW_ROUNDS)
        print(
            f"  fresh processes on the {len(natives)} natives, x4 copies"
            f" ({4 * len(sample) * len(natives)} runs): a loop {loop:.2f} s,"
            f" xargs -P2 {xargs:.2f} s (medians of {SLOW_ROUNDS}); verify on all"
            f" {len(everything)} runtimes"
            f" {med(walls['x4']):.2f} s"
        )
        figure(
            f"verify on all {len(everything)} runtimes against a loop of fresh processes on"
            f" the {len(natives)} natives (x4 copies)",
            f"{loop / med(walls['x4']):.1f}x faster",
            "at least 10x (aim 20x)",
            "4.6x (6 natives only)",
        )
        figure(
            "the same against the loop through xargs -P2",
            f"{xargs / med(walls['x4']):.1f}x faster",
            "at least 5x",
            "3.8x (6 natives only)",
        )
        doctest_figures(cfg, everything, work, rounds)
        projection(result, runs_per_snippet, len(everything))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def floor_cost(
    cfg: config.Config, natives: list[interpreters.Interpreter], into: Path, rounds: int
) -> float:
    """Median CPU seconds per run of an empty script on the natives, from
    rounds of one run and of FLOOR_RUNS runs per native, as for the CPU per
    native run above (tools/run_cost.py), in a project of its own whose one
    snippet is recorded by the engine first."""
    empty_project(into)
    path = into / "snippets" / "floor" / "empty.py"
    path.parent.mkdir(parents=True)
    path.write_text("# mode: script\npass\n", encoding="utf-8")
    argv = [PY, "-m", "snipcheck", "record"]
    for native in natives:
        argv += ["--python", native.label]
    timed(argv, into)
    floor_cfg = config.load(into)
    empty = snippets.load(path, floor_cfg.snippets)
    small, large = run_cost.rounds(floor_cfg, rounds, natives, [empty] * FLOOR_RUNS)
    return run_cost.medians(small, large)["total"].per_run


def fresh_loops(
    sample: list[snippets.Snippet],
    natives: list[interpreters.Interpreter],
    work: Path,
    rounds: int,
) -> tuple[float, float]:
    """Median seconds of one fresh ``python file.py`` per snippet per native
    interpreter: in a shell loop, and through ``xargs -P2``."""
    folder = work / "fresh"
    folder.mkdir()
    files = []
    for n, snippet in enumerate(sample):
        path = folder / f"s{n}.py"
        path.write_text(snippet.source, encoding="utf-8")
        files.append(path.name)
    listing = folder / "files"
    listing.write_text("\n".join(files) + "\n")
    pythons = " ".join(f"'{i.executable}'" for i in natives)
    loop = (
        f"for py in {pythons}; do while read -r f; do"
        ' "$py" "$f" >/dev/null 2>&1 </dev/null; done < files; done'
    )
    xargs = f'for py in {pythons}; do xargs -P2 -n1 "$py" < files >/dev/null 2>&1; done'
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def shell(script: str) -> Callable[[], object]:
        return lambda: subprocess.run(["sh", "-c", script], cwd=folder, env=env, check=False)

    times = interleaved({"loop": shell(loop), "xargs": shell(xargs)}, rounds)
    return med(times["loop"]), med(times["xargs"])


def doctest_figures(
    cfg: config.Config, everything: list[interpreters.Interpreter], work: Path, rounds: int
) -> None:
    """verify on one interpreter against ``python -m doctest`` on the same
    session snippets (doctest checks only those: no scripts, no exit status,
    no stderr apart from a traceback's last line)."""
    chosen = next((i for i in everything if i.label == "3.12"), None)
    if chosen is None:
        print("  (no CPython 3.12: the doctest comparison is left out)")
        return
    folder = work / "doctest"
    subprocess.run(
        [PY, "-m", "snipcheck", "export", "--python", "3.12", "--into", str(folder)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    sessions = [str(cfg.snippets / Path(f).relative_to(folder).with_suffix(".py")) for f in files]
    times = interleaved(
        {
            "doctest": lambda: subprocess.run(
                [chosen.executable, "-m", "doctest", "-o", "ELLIPSIS", *files],
                cwd=folder,
                check=True,
                capture_output=True,
            ),
            "verify": lambda: subprocess.run(
                [PY, "-m", "snipcheck", "verify", "--python", "3.12", *sessions],
                cwd=ROOT,
                check=True,
                capture_output=True,
            ),
        },
        rounds,
    )
    ratio = med(times["verify"]) / med(times["doctest"])
    figure(
        f"verify of {len(files)} session snippets on 3.12 against python3.12 -m doctest on"
        " the same examples (exported from the recordings)",
        f"{med(times['verify']):.2f} s against {med(times['doctest']):.2f} s: {ratio:.1f}x",
        "within 2.5x",
        "6x",
    )


def projection(result: dict[str, float], runs_per_snippet: float, runtimes: int) -> None:
    """10,000 snippets on 11 runtimes, from the fixed cost and the cost per
    run measured above (runs on every runtime side by side, as here)."""
    runs = 10_000 * 11 * runs_per_snippet / runtimes
    alone = result["intercept"] + result["slope"] * runs
    figure(
        "projected verify of 10,000 snippets on 11 runtimes on this machine",
        f"{alone / 60:.1f} min in one job; {alone / 60 / 8:.1f} min a job as 8 shares"
        " (verify --shard K/8) on 8 such machines",
        "shown",
        "none",
    )


# -- the rest ------------------------------------------------------------------


def site(rounds: int) -> None:
    section("the site's builds")
    FIGURES.extend(Figure(*row) for row in bench_site.site_figures(rounds))


def browser(rounds: int) -> None:
    section("the Run button in Debian's chromium")
    FIGURES.extend(Figure(*row) for row in bench_browser.browser_budgets(rounds))


def main() -> None:
    started = time.perf_counter()
    print(f"make bench: {ROUNDS} rounds; {os.cpu_count()} cores; {load()}")
    verify_figures(ROUNDS)
    site(SLOW_ROUNDS)
    browser(SLOW_ROUNDS)
    print(f"\nevery figure ({load()}; {time.perf_counter() - started:.0f} s in all)")
    width = max(len(f.name) for f in FIGURES)
    for f in FIGURES:
        print(f"  {f.name:{width}}  {f.value}  [target: {f.target}; baseline: {f.baseline}]")


if __name__ == "__main__":
    main()
