"""pytest integration: one test item per snippet per interpreter.

Enable it with ``pytest_plugins = ["snipcheck.pytest_plugin"]`` in a
conftest.py.  Items are named ``<topic>/<name>::<interpreter>``.  The first
item to run starts one batch for everything collected, so interpreters run
side by side in warm children; each item then only compares.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from . import config as config_mod
from . import interpreters as interp_mod
from . import recording, snippets, verify
from .config import Config
from .interpreters import Interpreter

_STATE = pytest.StashKey[dict[str, Any]]()


class SnippetFailure(Exception):
    """A snippet that does not match its recording; shown without traceback."""


def _state(config: pytest.Config) -> dict[str, Any]:
    if _STATE not in config.stash:
        cfg = config_mod.load(Path(str(config.rootpath)))
        found = interp_mod.discover_configured(cfg).found
        config.stash[_STATE] = {"cfg": cfg, "found": found, "verdicts": None}
    return config.stash[_STATE]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = _state(parent.config)
    cfg: Config = state["cfg"]
    if file_path.suffix == ".py" and file_path.is_relative_to(cfg.snippets.resolve()):
        key = file_path.relative_to(cfg.snippets.resolve()).with_suffix("").as_posix()
        file: SnippetFile = SnippetFile.from_parent(parent, path=file_path, nodeid=key)
        return file
    return None


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """After failures, one command that re-records every changed snippet."""
    verdicts = config.stash.get(_STATE, {}).get("verdicts") or {}
    command = verify.record_all_command(list(verdicts.values()))
    if command:
        terminalreporter.write_sep("-", "snippet outputs changed")
        terminalreporter.write_line(
            f"If the new outputs are right, record them all with: {command}"
        )


def pytest_report_header(config: pytest.Config) -> list[str]:
    found: list[Interpreter] = _state(config)["found"]
    return ["snipcheck interpreters: " + (", ".join(i.description for i in found) or "none")]


class SnippetFile(pytest.File):
    def collect(self) -> list[pytest.Item]:
        state = _state(self.config)
        cfg: Config = state["cfg"]
        try:
            snippet = snippets.load(self.path, cfg.snippets.resolve())
        except snippets.SnippetError as exc:
            raise self.CollectError(str(exc)) from None
        found = {i.label: i for i in state["found"]}
        try:
            rec = recording.read(snippet.recording_path)
        except recording.RecordingError:
            rec = None  # reported by the items, which read it again
        labels = set(found) | set(cfg.require) | set(rec.outputs if rec else ())
        return [
            SnippetItem.from_parent(self, name=label, snippet=snippet, interpreter=found.get(label))
            for label in sorted(labels, key=recording.version_key)
        ]


class SnippetItem(pytest.Item):
    def __init__(
        self, *, snippet: snippets.Snippet, interpreter: Interpreter | None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.snippet = snippet
        self.interpreter = interpreter

    def runtest(self) -> None:
        state = _state(self.config)
        cfg: Config = state["cfg"]
        if self.interpreter is None:
            why = f"{self.name} is recorded but not installed on this machine"
            if self.name in cfg.require:
                raise SnippetFailure(f"{self.snippet.key}: required interpreter {why}")
            pytest.skip(why)
        verdict = _verdicts(self.session, state)[(self.snippet.key, self.name)]
        if verdict.status == "skipped":
            pytest.skip(verdict.message)
        if verdict.status == "failed":
            raise SnippetFailure(verdict.message)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, SnippetFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        # Also the heading of a failure; pytest shows the item's id beside it.
        where = self.interpreter.description if self.interpreter else self.name
        return self.path, 0, f"{self.snippet.key} on {where}"


def _verdicts(
    session: pytest.Session, state: dict[str, Any]
) -> dict[tuple[str, str], verify.Verdict]:
    """Check every collected snippet once, all interpreters side by side."""
    if state["verdicts"] is None:
        items = [i for i in session.items if isinstance(i, SnippetItem)]
        wanted = list({i.snippet.key: i.snippet for i in items}.values())
        labels = {i.name for i in items}
        chosen = [i for i in state["found"] if i.label in labels]
        verdicts = verify.check(wanted, chosen, state["cfg"])
        state["verdicts"] = {(v.snippet.key, v.label): v for v in verdicts}
    result: dict[tuple[str, str], verify.Verdict] = state["verdicts"]
    return result
