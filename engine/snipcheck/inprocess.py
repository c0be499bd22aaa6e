"""Run one snippet inside the current interpreter and observe it as the host
does: what the Run buttons call, in Pyodide in a reader's browser.

The host runs a snippet in a fork of a warm child, or, on a runtime that
cannot fork (Pyodide), inside the runtime itself.  ``run`` does the latter
here: it reads the snippet file as ``snippets.load`` does, gives
``_child.run_in_runtime`` the request a warm child gets, and turns the
reply into what a reader is shown, or a problem, with ``outcome.decide``,
the decision ``verify.observe`` makes.  So an output in the browser can be
compared with a recording character for character.

The snippet runs in the calling process, unsealed: this is for a runtime
that is itself the sandbox (a browser tab), never for the host.  The
browser gets a copy of every module this one imports (the list is in the
site's ``_ext/runbutton.py``), so none of them may need processes or the
host's files.
"""

from __future__ import annotations

import importlib
import platform
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import outcome, runtimes, snippets
from .config import Config
from .snippets import Snippet

# ``started(seconds, problem)``: see run().
Started = Callable[[float, str], None]


def run(
    source: str, name: str, settings: Mapping[str, Any], started: Started | None = None
) -> dict[str, Any]:
    """Run the snippet file whose text is ``source`` (its header included)
    and whose name is ``name`` ("step.py") in this interpreter, and observe
    the run as the host does.

    ``settings`` are the project's limits and masks, as in [tool.snipcheck]
    (JSON types): ``timeout``, ``max_output``, ``max_memory``, ``masks`` (a
    list of [pattern, replacement]).  ``started(seconds, problem)``, if
    given, is called just before the snippet starts: a run inside this
    interpreter cannot be stopped from inside it, so the caller stops a run
    that has not returned after ``seconds`` and reports ``problem``, what
    the host reports for such a run.

    Returns a dict of JSON types:

    - ``label``, ``description``: this interpreter as the engine labels and
      describes it in recordings ("3.14-pyodide", "CPython 3.14.2 (...)");
    - ``mode``: the mode the snippet ran in, from its header;
    - ``output``: ``{"text", "exit"}`` as a recording holds it, or None;
    - ``problem``: why there is no output ("" when there is one);
    - ``clean``: false when the run changed this interpreter in a way that
      could not be undone: the next run then needs a fresh one;
    - ``seconds``: how long the run took.
    """
    label, description = this_interpreter()
    shown: dict[str, Any] = {
        "label": label,
        "description": description,
        "mode": "",
        "output": None,
        "problem": "",
        "clean": True,
        "seconds": 0.0,
    }
    config = _config(settings)
    try:
        snippet = _load(source, name)
    except snippets.SnippetError as exc:
        shown["problem"] = str(exc)
        return shown
    shown["mode"] = snippet.mode
    message = request(snippet, config)
    if started is not None:
        timed_out = outcome.run_problem(_Ran(snippet, "timeout"), config)[0]
        started(float(message["timeout"]), timed_out)
    reply = _runner().run_in_runtime(message)
    ran = _Ran(
        snippet,
        reply["status"],
        reply["output"],
        reply["code"],
        reply["signal"],
        reply["leftover"],
        reply["workdir"],
        reply["error"],
    )
    found = outcome.decide(ran, config, _prefixes())
    if found.output is not None:
        shown["output"] = {"text": found.output.text, "exit": found.output.exit}
    shown.update(problem=found.problem, clean=bool(reply["clean"]), seconds=reply["seconds"])
    return shown


def request(snippet: Snippet, config: Config, args: tuple[str, ...] = ()) -> dict[str, Any]:
    """The request that runs ``snippet`` with ``args``: what the host sends a
    warm child (runner._run_one) and what ``run`` hands the child's code here."""
    return {
        "op": "run",
        "mode": snippet.mode,
        "name": snippet.filename,
        "source": snippet.source,
        "input": snippet.stdin_text(),
        "args": list(args),
        "timeout": snippet.timeout or config.timeout,
        "max_output": config.max_output,
        # The largest file the run may write: its output file, which is
        # checked against max_output, or for a measurement its test data.
        "max_file": config.max_memory if snippet.mode == "measure" else config.max_output,
        "max_memory": config.max_memory,
    }


def this_interpreter() -> tuple[str, str]:
    """The label and the description the host gives this interpreter: for
    Pyodide, those ``runtimes.PYODIDE.find`` reads from its npm package,
    for a native CPython those of ``interpreters.probe``."""
    version = ".".join(str(n) for n in sys.version_info[:3])
    name = "CPython" if sys.implementation.name == "cpython" else sys.implementation.name
    release = sys.version.split()[0]
    if sys.platform == "emscripten":
        import pyodide  # type: ignore[import-not-found]  # (only in Pyodide)

        where = runtimes.PYODIDE.platform(pyodide.__version__, platform.machine())
        return runtimes.PYODIDE.label(version), f"{name} {release} ({where})"
    return runtimes.NATIVE.label(version), f"{name} {release} ({sysconfig.get_platform()})"


@dataclass(frozen=True)
class _Ran:
    """One run inside this interpreter, unmasked (an ``outcome.Run``)."""

    snippet: Snippet
    status: str
    output: str = ""
    code: int | None = None
    signal: int | None = None
    leftover: bool = False
    workdir: str = ""
    detail: str = ""


def _config(settings: Mapping[str, Any]) -> Config:
    here = Path(tempfile.gettempdir())
    return Config(
        root=here,
        snippets=here,
        timeout=float(settings["timeout"]),
        max_output=int(settings["max_output"]),
        max_memory=int(settings["max_memory"]),
        masks=tuple((str(p), str(r)) for p, r in settings.get("masks", ())),
    )


def _load(source: str, name: str) -> Snippet:
    """The snippet as the host reads it from its file (header, mode, input);
    an error names the file as ``name``."""
    if not name or Path(name).name != name:
        raise snippets.SnippetError(f"{name!r} is not the name of a snippet file")
    folder = Path(tempfile.mkdtemp(prefix="snipcheck-source-"))
    try:
        path = folder / name
        # (A lone surrogate from an editor stays one, for load to refuse.)
        path.write_bytes(source.encode("utf-8", "surrogatepass"))
        return snippets.load(path, folder)
    except snippets.SnippetError as exc:
        raise snippets.SnippetError(str(exc).replace(f"{folder}/", "")) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _prefixes() -> list[str]:
    """This interpreter's installation folders, masked in outputs, as
    ``interpreters.probe`` finds them ("/" in Pyodide: nothing to mask)."""
    return sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix})


_RUNNER: list[Any] = []


def _runner() -> Any:
    """The warm child's code (untyped: it runs on every CPython from 3.8),
    imported and set up for runs in this interpreter once, before the
    first run."""
    if not _RUNNER:
        child = importlib.import_module(f"{__package__}._child")
        child.prepare_runtime()
        _RUNNER.append(child)
    return _RUNNER[0]
