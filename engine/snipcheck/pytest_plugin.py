"""pytest integration: one test item per snippet per interpreter.

pytest loads it through the ``pytest11`` entry point of the installed
package; it is active in a project whose pyproject.toml has a
``[tool.snipcheck]`` table, and idle anywhere else.  Items are named
``<topic>/<name>::<interpreter>``, whether pytest reaches a snippet
through its folder or is given the file itself
(``pytest snippets/<topic>/<name>.py``): a snippet is untrusted code, and
is never imported into pytest's process as a test module.  The first
item to run starts one batch for everything collected, so interpreters run
side by side in warm children; each item then only compares.

Under pytest-xdist with ``--dist loadgroup``, the snippets are dealt into
one share per worker (snippets.shard); the plugin gives xdist a scheduler
that sends each share to one worker whole, and each worker runs only the
batch of the share it is given.  (Every other test goes to whichever
worker is free, as with ``--dist load``.)  With another ``--dist`` mode a
worker cannot know which items it will get, so it checks each snippet on
its own when the first of its items comes: right, but without the batch's
speed.

A measure snippet gets one item per interpreter that runs its quick version
(``--quick``) and checks what the machine's load cannot change: it runs,
prints the series and columns of its full measurement, and keeps its exact
(size and memory) claims.  Timing claims are a benchmark, judged by
``snipcheck measure``, never by a test.  Its item ``::recorded`` checks the
measurement recording: one run per interpreter, taken from the current
source, every claim holding (timing included: those numbers are fixed),
and the plots drawn from exactly those numbers.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from . import config as config_mod
from . import interpreters as interp_mod
from . import recording, runner, runtimes, sandbox, snippets, verify
from .config import Config
from .interpreters import Interpreter
from .measure import run as measure_run

_STATE = pytest.StashKey[dict[str, Any]]()
_ACTIVE = pytest.StashKey[bool]()


class SnippetFailure(Exception):
    """A snippet that does not match its recording; shown without traceback."""


def _active(config: pytest.Config) -> bool:
    """Whether this project uses snipcheck ([tool.snipcheck] in its pyproject.toml)."""
    if _ACTIVE not in config.stash:
        config.stash[_ACTIVE] = config_mod.declared(Path(str(config.rootpath)))
    return config.stash[_ACTIVE]


def _state(config: pytest.Config) -> dict[str, Any]:
    if _STATE not in config.stash:
        cfg = config_mod.load(Path(str(config.rootpath)))
        found = interp_mod.discover_configured(cfg).found
        config.stash[_STATE] = {
            "cfg": cfg,
            "found": found,
            "verdicts": {},
            "quick": {},
            "checked": set(),  # (kind of item, share) whose batch has run
            # Warm children, shared by the batches (verify, quick measure).
            "pool": runner.Pool(),
        }
        config.add_cleanup(config.stash[_STATE]["pool"].close)
    return config.stash[_STATE]


def _snippet_key(file_path: Path, config: pytest.Config) -> str | None:
    """``<topic>/<name>`` for a snippet file, None for any other path."""
    if file_path.suffix != ".py" or not _active(config):
        return None
    snippets_folder = _state(config)["cfg"].snippets.resolve()
    if file_path.suffix == ".py" and file_path.is_relative_to(snippets_folder):
        return file_path.relative_to(snippets_folder).with_suffix("").as_posix()
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> Any:
    """A snippet named on the command line (or matching ``python_files``) is
    checked through the engine, never imported as a test module: pytest's
    python plugin asks this hook for the module of such a file."""
    key = _snippet_key(module_path, parent.config)
    if key is None:
        return None
    return SnippetFile.from_parent(parent, path=module_path, nodeid=key)


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> Generator[None, list[pytest.Collector], list[pytest.Collector]]:
    """Exactly one collector for a snippet, a SnippetFile, whichever way it was
    reached; no other plugin's (a doctest module, say) may import it."""
    collected = yield
    key = _snippet_key(file_path, parent.config)
    if key is None:
        return collected
    ours: list[pytest.Collector] = [c for c in collected if isinstance(c, SnippetFile)]
    if not ours:
        ours = [SnippetFile.from_parent(parent, path=file_path, nodeid=key)]
    return ours[:1]


# What a failing item tells the terminal summary (in its report, which
# reaches pytest-xdist's controller too): the snippet whose output changed.
_CHANGED = "snipcheck-changed"


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """After failures, one command that re-records every changed snippet."""
    if not _active(config):
        return
    changed = {
        Path(value)
        for report in terminalreporter.stats.get("failed", [])
        for name, value in getattr(report, "user_properties", ())
        if name == _CHANGED
    }
    command = _state(config)["cfg"].command("record", sorted(changed)) if changed else ""
    if command:
        terminalreporter.write_sep("-", "snippet outputs changed")
        terminalreporter.write_line(
            f"If the new outputs are right, record them all with: {command}"
        )


def pytest_report_header(config: pytest.Config) -> list[str]:
    if not _active(config):
        return []
    found: list[Interpreter] = _state(config)["found"]
    return ["snipcheck interpreters: " + (", ".join(i.description for i in found) or "none")]


class SnippetFile(pytest.File):
    def collect(self) -> list[pytest.Item]:
        state = _state(self.config)
        cfg: Config = state["cfg"]
        try:
            snippet = snippets.load(self.path, cfg.snippets.resolve())
        except snippets.SnippetError as exc:
            # One failing item, not a collection error, which would stop
            # pytest before any other snippet is checked.
            return [UnloadableItem.from_parent(self, name="load", problem=str(exc))]
        found = {i.label: i for i in state["found"]}
        if snippet.mode == "measure":
            wanted = sorted(
                (label for label in set(found) | set(cfg.require) if _runs(label, snippet, found)),
                key=runtimes.version_key,
            )
            items: list[pytest.Item] = [
                MeasureItem.from_parent(
                    self, name=label, snippet=snippet, interpreter=found.get(label)
                )
                for label in wanted
            ]
            items.append(MeasuredItem.from_parent(self, name="recorded", snippet=snippet))
            return items
        try:
            rec = recording.read(snippet.recording_path, cfg.commands["record"])
        except recording.RecordingError:
            rec = None  # reported by the items, which read it again
        runs = {label for label in set(found) | set(cfg.require) if _runs(label, snippet, found)}
        labels = runs | set(rec.outputs if rec else ())
        return [
            SnippetItem.from_parent(self, name=label, snippet=snippet, interpreter=found.get(label))
            for label in sorted(labels, key=runtimes.version_key)
        ]


def share(config: pytest.Config, key: str) -> str:
    """The share of the snippets whose batch checks this one (see the
    module's docstring); without pytest-xdist, one share holds them all."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        return "snippets"
    # (xdist tells its workers their --dist mode only this way.)
    if not getattr(config.option, "loadgroup", False):
        return key
    return f"snippets-{snippets.shard(key, int(workerinput['workercount']))}"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """With ``--dist loadgroup``: a scheduler that sends every item of a
    share of the snippets to one worker (see ``share``), and each other test
    to whichever worker is free.  (xdist's own loadgroup reads
    ``xdist_group`` marks through a node attribute that pytest 9.2 no
    longer has.)"""
    if not _active(config) or config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    folder = _state(config)["cfg"].snippets.resolve()

    class ByShare(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            key, sep, _ = nodeid.partition("::")
            if sep and not key.endswith(".py") and (folder / f"{key}.py").is_file():
                return f"snippets-{snippets.shard(key, self.numnodes)}"
            return nodeid

    return ByShare(config, log)


def _runs(label: str, snippet: snippets.Snippet, found: dict[str, Interpreter]) -> bool:
    """Does the runtime of that label run this snippet at all?"""
    runtime = found[label].runtime if label in found else runtimes.of_label(label)
    return runtime.runs(snippet)


class _Reported(pytest.Item):
    """Failures shown as their message alone: what differs and what to run."""

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class UnloadableItem(_Reported):
    """A snippet file the engine cannot load: it fails, saying why."""

    def __init__(self, *, problem: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem

    def runtest(self) -> None:
        raise SnippetFailure(self.problem)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.path.name} cannot be loaded"


class SnippetItem(_Reported):
    def __init__(
        self, *, snippet: snippets.Snippet, interpreter: Interpreter | None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.snippet = snippet
        self.interpreter = interpreter

    # Why there is nothing to run, said when the interpreter is missing.
    missing = "is recorded but not installed on this machine"

    def installed(self) -> dict[str, Any]:
        """The plugin's state; a missing interpreter is a skip, or a failure
        where the configuration requires it."""
        state = _state(self.config)
        if self.interpreter is None:
            why = f"{self.name} {self.missing}"
            if self.name in state["cfg"].require:
                raise SnippetFailure(f"{self.snippet.key}: required interpreter {why}")
            pytest.skip(why)
        return state

    def runtest(self) -> None:
        state = self.installed()
        verdict = _checked(self, state, SnippetItem)[(self.snippet.key, self.name)]
        if verdict.status == "skipped":
            pytest.skip(verdict.message)
        if verdict.changed:
            self.user_properties.append((_CHANGED, str(self.snippet.path)))
        if verdict.status == "failed":
            raise SnippetFailure(verdict.message)

    def reportinfo(self) -> tuple[Path, int, str]:
        # Also the heading of a failure; pytest shows the item's id beside it.
        where = self.interpreter.description if self.interpreter else self.name
        return self.path, 0, f"{self.snippet.key} on {where}"


def _checked(item: SnippetItem, state: dict[str, Any], kind: type[SnippetItem]) -> dict[Any, Any]:
    """What the batch of this item's share found for items of this kind
    (verdicts, or quick measurements): the batch runs when the first item
    of the share asks, every snippet once and all interpreters side by side."""
    group = share(item.config, item.snippet.key)
    store = "quick" if kind is MeasureItem else "verdicts"
    if (kind, group) not in state["checked"]:
        items = [
            i
            for i in item.session.items
            if type(i) is kind and share(i.config, i.snippet.key) == group
        ]
        wanted = list({i.snippet.key: i.snippet for i in items}.values())
        labels = {i.name for i in items}
        chosen = [i for i in state["found"] if i.label in labels]
        found: list[Any]
        try:
            if kind is MeasureItem:
                found = measure_run.measure(
                    wanted, chosen, state["cfg"], True, state["pool"], together=True
                )
            else:
                found = verify.check(wanted, chosen, state["cfg"], state["pool"])
        except sandbox.SandboxError as exc:
            raise SnippetFailure(str(exc)) from None
        state[store].update({(x.snippet.key, x.label): x for x in found})
        state["checked"].add((kind, group))
    result: dict[Any, Any] = state[store]
    return result


class MeasureItem(SnippetItem):
    """The quick version of a measurement on one interpreter: does it still run
    there, print the table its full measurement printed, and keep its exact
    claims?  Its timing claims are left to `snipcheck measure` (see
    measurement.quick_check)."""

    missing = "is not installed on this machine"

    def runtest(self) -> None:
        state = self.installed()
        judgement = _checked(self, state, MeasureItem)[(self.snippet.key, self.name)]
        if judgement.skipped:
            pytest.skip(judgement.problem)
        problem = measure_run.quick_problem(judgement, state["cfg"])
        if problem:
            raise SnippetFailure(problem)


class MeasuredItem(_Reported):
    """The measurement recording of one snippet, and the plots drawn from it."""

    def __init__(self, *, snippet: snippets.Snippet, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.snippet = snippet

    def runtest(self) -> None:
        state = _state(self.config)
        here = {i.label: i for i in state["found"]}
        problems = measure_run.recording_problems(self.snippet, here, state["cfg"])
        if problems:
            raise SnippetFailure(f"{self.snippet.key}:\n  " + "\n  ".join(problems))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.snippet.key}: its measurement recording and plots"
