"""`make bench`: the performance figures, each pair measured side by side.

Medians of several rounds; the machine is shared, so compare ratios.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from snipcheck import config, interpreters, runner, snippets, verify  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def rounds_text(times: list[float]) -> str:
    return "rounds " + ", ".join(f"{t:.2f}" for t in times)


def median_time(action, rounds: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def sphinx(out: Path) -> str:
    argv = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", ".", "docs", str(out)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"sphinx-build failed:\n{done.stderr}")
    return done.stderr


def main() -> None:
    cfg = config.load(ROOT)
    found = interpreters.discover(cfg.interpreters, cfg.root, cfg.minimum).found
    every = snippets.find(cfg.snippets)
    runs = len(every) * len(found)
    print(
        f"{len(every)} snippets x {len(found)} interpreters ({', '.join(i.label for i in found)})"
        f" = {runs} runs; {os.cpu_count()} cores; {ROUNDS} rounds each, medians\n"
    )

    def engine():
        return runner.run_all(every, found, cfg)

    def verify_all():
        verdicts = verify.check(every, found, cfg)
        failed = [v for v in verdicts if v.status == "failed"]
        if failed:
            sys.exit(f"bench needs a passing site; first failure:\n{failed[0].message}")

    pairs = [(s, i) for i in found for s in every]

    def fresh():
        with ThreadPoolExecutor(max_workers=len(found)) as pool:
            return list(pool.map(lambda p: runner.run_fresh(p[0], p[1], cfg), pairs))

    def fresh_one_by_one():
        return [runner.run_fresh(s, i, cfg) for s, i in pairs]

    # Same answer first: the speed only counts if the outputs are identical.
    warm = {(r.snippet.key, r.interpreter.label): verify.observe(r, cfg).output for r in engine()}
    cold = {(r.snippet.key, r.interpreter.label): verify.observe(r, cfg).output for r in fresh()}
    differ = [k for k in warm if warm[k] != cold[k]]
    print(f"outputs identical between the two ways: {len(warm) - len(differ)}/{len(warm)}")
    for key in differ[:5]:
        print(f"  differs: {key}")

    fast = runner.run_all(every, found, cfg, fast=True)
    trusted = [r for r in fast if not r.forked]
    agree = sum(
        verify.observe(r, cfg).output == warm[(r.snippet.key, r.interpreter.label)] for r in trusted
    )
    print(
        f"fast runs (no fork) vouched for: {len(trusted)}/{len(fast)}, identical to a fork:"
        f" {agree}/{len(trusted)}; the rest ran again in a fork"
    )

    fresh_rounds = max(3, ROUNDS // 2)
    t_verify, all_verify = median_time(verify_all, ROUNDS)
    t_engine, all_engine = median_time(engine, ROUNDS)
    t_fresh, all_fresh = median_time(fresh, fresh_rounds)
    print("\nverify every snippet on every interpreter")
    print(
        f"  make verify (fast pass, anything not passed run again in a fork):"
        f" {t_verify:5.2f} s  ({rounds_text(all_verify)})"
    )
    print(
        f"  engine (warm child per interpreter, fork per snippet): {t_engine:7.2f} s"
        f"  ({1000 * t_engine / runs:.1f} ms a run; {rounds_text(all_engine)})"
    )
    print(
        f"  one fresh process per snippet, interpreters in parallel:{t_fresh:7.2f} s"
        f"  ({1000 * t_fresh / runs:.1f} ms a run; {rounds_text(all_fresh)})"
    )
    t_serial, all_serial = median_time(fresh_one_by_one, fresh_rounds)
    print(
        f"  one fresh process per snippet, one after another:      {t_serial:7.2f} s"
        f"  ({1000 * t_serial / runs:.1f} ms a run; {rounds_text(all_serial)})"
    )
    print(
        f"  make verify is {t_serial / t_verify:.1f}x faster than the loop of fresh processes"
        f" and {t_fresh / t_verify:.1f}x faster than fresh processes in parallel"
        " (target: at least 10x)"
    )
    print(f"  forks alone are {t_serial / t_engine:.1f}x and {t_fresh / t_engine:.1f}x faster")

    work = Path(tempfile.mkdtemp(prefix="bench-html-"))
    try:

        def clean_build():
            shutil.rmtree(work / "clean", ignore_errors=True)
            sphinx(work / "clean")

        t_clean, all_clean = median_time(clean_build, 3)
        sphinx(work / "incremental")
        one = sorted(cfg.snippets.rglob("*.rec"))[0]

        def edit_one():
            stat = one.stat()
            os.utime(one, ns=(stat.st_atime_ns, time.time_ns()))
            sphinx(work / "incremental")

        t_one, all_one = median_time(edit_one, 3)
        pages = len(list((ROOT / "docs").rglob("*.md")))
        print(f"\nbuild the site ({pages} pages)")
        print(f"  clean build:                        {t_clean:6.2f} s  ({rounds_text(all_clean)})")
        print(f"  rebuild after editing one snippet:  {t_one:6.2f} s  ({rounds_text(all_one)})")
        print(f"  ratio: {t_clean / t_one:.1f}x faster than a clean build")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
