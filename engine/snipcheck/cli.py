"""Command line: ``snipcheck verify|record|measure|plot|new|interpreters|targets|export``."""

from __future__ import annotations

import argparse
import fcntl
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import config as config_mod
from . import interpreters as interp_mod
from . import recording, runtimes, snippets, targets, verify
from .config import Config
from .interpreters import Interpreter
from .measure import run as measure_run
from .measure import store as measured


def _targets(cfg: Config, wanted: list[str]) -> tuple[list[Interpreter], list[str]]:
    """The interpreters to use, and the problems that make the run fail."""
    found = interp_mod.discover_configured(cfg).found
    chosen = interp_mod.select(found, wanted)
    labels = {i.label for i in found}
    problems = [
        f"required interpreter {label} was not found (looked in the configured "
        "patterns, PATH, pyenv and uv; set SNIPCHECK_INTERPRETERS to point at it)"
        for label in cfg.require
        if label not in labels
    ]
    problems += [f"--python {w}: no such interpreter was found" for w in wanted if w not in labels]
    return chosen, problems


def _report_interpreters(found: list[Interpreter], cfg: Config) -> None:
    # Gaps between the minimum and the newest native CPython found; Pyodide
    # runtimes are interpreters of their own and leave no gap there.
    native = [i for i in found if not i.runtime.platform_variant]
    missing = [
        f"{major}.{minor}"
        for major, minor in _expected_minors(cfg, native)
        if f"{major}.{minor}" not in {i.label for i in native}
    ]
    names = ", ".join(i.label for i in found) or "none"
    print(f"interpreters: {names}")
    if missing:
        print(f"interpreters skipped (not found on this machine): {', '.join(missing)}")


def _expected_minors(cfg: Config, found: list[Interpreter]) -> list[tuple[int, int]]:
    top = max([i.version_info[:2] for i in found] + [cfg.minimum])
    return [(3, minor) for minor in range(cfg.minimum[1], top[1] + 1)]


def cmd_interpreters(cfg: Config, args: argparse.Namespace) -> int:
    result = interp_mod.discover_configured(cfg)
    for i in result.found:
        print(f"{i.label:6} {i.description:40} {i.executable}")
    if args.verbose:
        for path, why in result.passed_over:
            print(f"passed over {path}: {why}")
    return 0


def _select(
    cfg: Config, args: argparse.Namespace
) -> tuple[list[snippets.Snippet], list[Interpreter], list[snippets.SnippetError]] | None:
    """The snippets and interpreters asked for, and the snippet files that
    cannot be loaded (each to be reported; the others are still checked);
    None (reported) if impossible."""
    chosen, problems = _targets(cfg, args.python)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        return None
    unloadable: list[snippets.SnippetError] = []
    found = snippets.find(cfg.snippets, [Path(p) for p in args.paths], unloadable)
    _report_interpreters(chosen, cfg)
    return found, chosen, unloadable


def _not_run(exc: snippets.SnippetError) -> str:
    return f"{exc}. It was not run on any interpreter."


def cmd_verify(cfg: Config, args: argparse.Namespace) -> int:
    selected = _select(cfg, args)
    if selected is None:
        return 2
    found, chosen, unloadable = selected
    found = [s for s in found if s.mode != "measure"]  # `measure --quick` checks those
    if args.shard:
        part, parts = args.shard
        found = [s for s in found if snippets.shard(s.key, parts) == part - 1]
        print(f"share {part} of {parts}: {len(found)} snippets")
    started = time.perf_counter()
    verdicts = verify.check(found, chosen, cfg)
    print(
        f"checked {len(found)} snippets on {len(chosen)} interpreters "
        f"in {time.perf_counter() - started:.2f} s"
    )
    counts = {"passed": 0, "failed": len(unloadable), "skipped": 0}
    for exc in unloadable:
        print(f"FAILED {_not_run(exc)}\n")
    for verdict in verdicts:
        counts[verdict.status] += 1
        if verdict.status != "passed":
            print(f"{verdict.status.upper()} {verdict.message}\n")
    if not args.python:  # never pass over a recorded interpreter silently
        here = {i.label for i in chosen}
        for snippet in found:
            try:
                rec = recording.read(snippet.recording_path, cfg.commands["record"])
            except recording.RecordingError:
                continue  # reported as a failure above
            for label in sorted(set(rec.outputs if rec else ()) - here, key=runtimes.version_key):
                counts["skipped"] += 1
                print(f"SKIPPED {snippet.key} on {label}: recorded, but not installed here")
    command = verify.record_all_command(verdicts, cfg)
    if command:
        changed = sorted({f"{v.snippet.key} ({v.label})" for v in verdicts if v.status == "failed"})
        print(f"outputs changed: {', '.join(changed)}\nto accept them all: {command}")
    print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
    return 1 if counts["failed"] else 0


@contextmanager
def _record_lock(cfg: Config) -> Iterator[None]:
    """One `record` at a time per project: a second one waits, then proceeds."""
    with open(cfg.root / ".snipcheck.lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("another `record` is running; waiting for it to finish")
            fcntl.flock(f, fcntl.LOCK_EX)
        yield


def cmd_record(cfg: Config, args: argparse.Namespace) -> int:
    with _record_lock(cfg):
        selected = _select(cfg, args)
        if selected is None:
            return 2
        found, chosen, unloadable = selected
        found = [s for s in found if s.mode != "measure"]  # `measure` records those
        started = time.perf_counter()
        counts = verify.record(found, chosen, cfg, print)
        print(
            f"ran {len(found)} snippets on {len(chosen)} interpreters "
            f"in {time.perf_counter() - started:.2f} s"
        )
        for exc in unloadable:
            print(f"NOT RECORDED {_not_run(exc)}")
        failures = counts.failed + len(unloadable)
        print(f"{counts.written} written, {counts.unchanged} unchanged, {failures} not recorded")
        return 1 if failures else 0


def cmd_measure(cfg: Config, args: argparse.Namespace) -> int:
    """Run measure snippets; without --quick, write what they printed and draw the plots."""
    with _record_lock(cfg):
        selected = _select(cfg, args)
        if selected is None:
            return 2
        found, chosen, unloadable = selected
        for exc in unloadable:
            print(f"FAILED {_not_run(exc)}")
        found = [s for s in found if s.mode == "measure"]
        if not found:
            print("error: no '# mode: measure' snippets among those given", file=sys.stderr)
            return 2
        failed = measure_run.measure_and_record(found, chosen, cfg, args.quick, print)
        return 1 if failed or unloadable else 0


def cmd_plot(cfg: Config, args: argparse.Namespace) -> int:
    """Redraw the plots from the measurement recordings; nothing is run."""
    from .measure import plot

    unloadable: list[snippets.SnippetError] = []
    found = snippets.find(cfg.snippets, [Path(p) for p in args.paths], unloadable)
    for exc in unloadable:
        print(f"error: {exc}", file=sys.stderr)
    drawn = plot.redraw(cfg, [s for s in found if s.mode == "measure"], print)
    print(f"{drawn} plots drawn")
    return 1 if unloadable else 0


TEMPLATE = """\
# One idea per snippet. Each statement is typed at the interactive prompt;
# put "# mode: script" on the first line to show `python file.py` instead.
text = "replace me"
text.upper()
"""


def cmd_new(cfg: Config, args: argparse.Namespace) -> int:
    """Create a snippet from a template and record it."""
    key = args.name.removesuffix(".py").strip("/")
    if key.count("/") != 1 or not all(part.isidentifier() for part in key.split("/")):
        print(
            f"error: name it <topic>/<name>, for example slicing/steps (not {args.name!r})",
            file=sys.stderr,
        )
        return 2
    path = cfg.snippets / f"{key}.py"
    if path.exists():
        print(
            f"error: {path.relative_to(cfg.root)} already exists; edit it, then run: "
            f"{cfg.command('record', [path])}",
            file=sys.stderr,
        )
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE, encoding="utf-8")
    print(f"created {path.relative_to(cfg.root)}")
    status = cmd_record(cfg, argparse.Namespace(paths=[str(path)], python=args.python))
    print(
        f"\nNext: edit the snippet, run `{cfg.command('record', [path])}`, and show it on a "
        f"page with:\n\n```{{snippet}} {key}\n```\n\nor, in reStructuredText:\n\n"
        f".. snippet:: {key}"
    )
    return status


def cmd_targets(cfg: Config, args: argparse.Namespace) -> int:
    """Give every interpreter found a virtual environment with the packages
    snippets may declare (for example numpy), so they are verified there too."""
    return targets.set_up(cfg, Path(args.requirements).resolve(), cfg.root / args.into, print)


def cmd_claims(cfg: Config, args: argparse.Namespace) -> int:
    """Claims on pages, checked against their evidence, and the sentences
    that look factual but carry none."""
    from . import claims, prose

    folders = [Path(p) for p in args.paths] or [cfg.pages]
    pages = [page for f in folders for page in (prose.pages(f) if f.is_dir() else [f])]
    counts = dict.fromkeys(
        ("claims", "agree", "disagree", "sentences", "factual", "bare", "beside"), 0
    )
    for page in pages:
        bare = []
        for sentence in prose.sentences(page):
            counts["sentences"] += 1
            counts["factual"] += sentence.factual
            if sentence.factual and not sentence.claims:
                counts["bare"] += 1
                counts["beside"] += sentence.beside_output
                if not sentence.beside_output or args.all:
                    bare.append(sentence)
            for text in sentence.claims:
                counts["claims"] += 1
                try:
                    checked = claims.check_file(
                        claims.parse(text), cfg.snippets, cfg.commands["record"]
                    )
                    problem = checked.problem
                except claims.ClaimError as exc:
                    problem = str(exc)
                if problem:
                    counts["disagree"] += 1
                    print(f"FAILS {os.path.relpath(page)}:{sentence.line}: {text}: {problem}")
                else:
                    counts["agree"] += 1
        if args.list:
            for sentence in bare:
                where = " [beside an output]" if sentence.beside_output else ""
                print(f"{os.path.relpath(page)}:{sentence.line}:{where} {sentence.text}")
    unclaimed = counts["bare"]
    print(
        f"{len(pages)} pages, {counts['sentences']} sentences: {counts['claims']} claims "
        f"({counts['agree']} agree with their evidence, {counts['disagree']} do not); "
        f"{counts['factual']} sentences look factual, {unclaimed} of them without a claim: "
        f"{counts['beside']} beside an output, {unclaimed - counts['beside']} neither"
    )
    return 1 if counts["disagree"] else 0


def _shard(text: str) -> tuple[int, int]:
    """ "2/4" -> (2, 4): the second of four shares."""
    try:
        part, parts = (int(n) for n in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not K/N, such as 2/4") from None
    if not 1 <= part <= parts:
        raise argparse.ArgumentTypeError(f"{text!r}: K must be from 1 to N")
    return part, parts


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(line_buffering=True)  # progress shows at once, also in a log
    parser = argparse.ArgumentParser(prog="snipcheck", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (
        ("verify", "run snippets and compare them with their recordings"),
        ("record", "run snippets and write their recordings"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
        p.add_argument(
            "--python", action="append", default=[], metavar="X.Y", help="only this interpreter"
        )
        if name == "verify":
            p.add_argument(
                "--shard",
                type=_shard,
                metavar="K/N",
                help="only the K-th of N shares of the snippets (for N jobs side by side)",
            )
    p = sub.add_parser(
        "measure", help="run measure snippets, record their numbers and draw their plots"
    )
    p.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    p.add_argument(
        "--python", action="append", default=[], metavar="X.Y", help="only this interpreter"
    )
    p.add_argument(
        "--quick", action="store_true", help="run the small version and check claims only"
    )
    p = sub.add_parser("plot", help="draw the plots from the measurement recordings")
    p.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    p = sub.add_parser("new", help="create a snippet from a template and record it")
    p.add_argument("name", help="<topic>/<name>, for example slicing/steps")
    p.add_argument("--python", action="append", default=[], metavar="X.Y")
    p = sub.add_parser("interpreters", help="list the interpreters found")
    p.add_argument("-v", "--verbose", action="store_true", help="also list what was passed over")
    p = sub.add_parser("targets", help="create a venv per interpreter with snippet packages")
    p.add_argument("--requirements", required=True)
    p.add_argument("--into", default=".targets")
    p = sub.add_parser("export", help="write session recordings as doctest files (nothing is run)")
    p.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    p.add_argument(
        "--python", required=True, metavar="X.Y", help="the interpreter whose outputs to write"
    )
    p.add_argument("--into", required=True, metavar="FOLDER", help="where to write them")
    p = sub.add_parser("claims", help="count the claims on pages and the sentences without one")
    p.add_argument("paths", nargs="*", help="page files or folders (default: the pages folder)")
    p.add_argument(
        "--list",
        action="store_true",
        help="list the sentences that look factual with neither a claim nor an output beside them",
    )
    p.add_argument("--all", action="store_true", help="with --list, also those beside an output")
    args = parser.parse_args(argv)
    try:
        cfg = config_mod.load()
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .export import command as cmd_export

    commands = {
        "verify": cmd_verify,
        "record": cmd_record,
        "measure": cmd_measure,
        "plot": cmd_plot,
        "new": cmd_new,
        "interpreters": cmd_interpreters,
        "targets": cmd_targets,
        "export": cmd_export,
        "claims": cmd_claims,
    }
    try:
        return commands[args.command](cfg, args)
    except (snippets.SnippetError, recording.RecordingError, measured.MeasuredError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
