"""The Run buttons' engine: snipcheck.inprocess.run in Pyodide.

The browser runs a snippet with ``inprocess.run`` and names versions with
``display.version_ranges``, both loaded into Pyodide from the modules the
site ships (``_ext/runbutton.py``).  These tests do the same under node,
sealed like every run of the engine, and hold the outputs to the site's
recordings for Pyodide and the problems to the host's own wording.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from snipcheck import (
    display,
    inprocess,
    interpreters,
    outcome,
    recording,
    runner,
    runtimes,
    sandbox,
    snippets,
)
from snipcheck.config import Config
from snipcheck.environment import child_environment

ROOT = Path(__file__).resolve().parents[1]
PYODIDE = ROOT / "node_modules" / "pyodide-314"
LABEL = "3.14-pyodide"
# Site snippets: a session with a masked address, one with a traceback, one
# whose Pyodide output differs from native CPython's, and a script that
# exits with a traceback (status 1).
SITE = [
    "indexing/hello",
    "catalogue/zero_dim_index",
    "casting/long_size",
    "versions/py311_script_traceback",
]

# Loads Pyodide from the npm folder (argv[1]) and the engine files the site
# ships from the sandbox's copy of the engine, as _static/runbutton.js does
# in the browser; runs each snippet of the job on stdin with
# inprocess.run and names versions with display.version_ranges.
DRIVER = """
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const folder = process.argv[1];
const job = JSON.parse(readFileSync(0, "utf8"));
const { loadPyodide } = await import(pathToFileURL(path.join(folder, "pyodide.mjs")).href);
const py = await loadPyodide({
  indexURL: folder + path.sep, packages: [], env: job.settings.environment,
});
const discard = { write: (buffer) => buffer.length };
py.setStdout(discard);
py.setStderr(discard);
py.setStdin({ stdin: () => undefined }); // as in pyodide_child.mjs
py.FS.mkdirTree("/snipcheck-web/snipcheck");
for (const name of job.settings.files) {
  py.FS.writeFile("/snipcheck-web/snipcheck/" + name, readFileSync(job.engine + "/" + name));
}
py.pyimport("sys").path.insert(0, "/snipcheck-web");
const inprocess = py.pyimport("snipcheck.inprocess");
const display = py.pyimport("snipcheck.display");
const versionKey = py.pyimport("snipcheck.runtimes").version_key;
const sorted = py.pyimport("builtins").sorted;
const runs = job.snippets.map((snippet) => {
  let started = null;
  const settings = py.toPy({ ...job.settings, ...snippet.settings });
  const result = inprocess.run(snippet.source, snippet.name, settings, (seconds, problem) => {
    started = [seconds, problem];
  });
  return { ...result.toJs({ dict_converter: Object.fromEntries }), started };
});
const names = job.names.map(([labels, all]) =>
  display.version_ranges(py.toPy(labels), sorted.callKwargs(py.toPy(all), { key: versionKey })),
);
const modules = py
  .runPython("import sys; sorted(m for m in sys.modules if m.split('.')[0] == 'snipcheck')")
  .toJs();
process.stdout.write(JSON.stringify({ runs, names, modules }));
"""


def _runbutton() -> ModuleType:
    """The site's extension, which says what the browser gets."""
    spec = importlib.util.spec_from_file_location("runbutton", ROOT / "_ext" / "runbutton.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Case:
    name: str
    source: str
    settings: dict[str, Any]


# Runs that are not recordable, each with the settings it runs with.
PROBLEMS = [
    Case("loud.py", "# mode: script\nprint('x' * 300)\n", {"max_output": 100}),
    Case("bytes.py", "# mode: script\nimport sys\nsys.stdout.buffer.write(b'caf\\xe9\\n')\n", {}),
    Case("header.py", "# mode: nonsense\nprint(1)\n", {}),
    Case("prompts.py", "import sys\nsys.ps1 = '> '\n1 + 1\n", {}),
    Case("limit.py", "# timeout: 3\nprint('quick')\n", {}),
]
NAMES = [
    (["3.8", "3.9", "3.10", "3.13", LABEL], ["3.13", "3.9", LABEL, "3.8", "3.10", "3.11"]),
    ([LABEL], [LABEL]),
]


@pytest.fixture(scope="module")
def settings(project: Config) -> dict[str, Any]:
    """What the site's engine.json holds."""
    return _runbutton()._engine_settings(project.root)


@pytest.fixture(scope="module")
def site() -> list[snippets.Snippet]:
    return [snippets.load(ROOT / "snippets" / f"{key}.py", ROOT / "snippets") for key in SITE]


@pytest.fixture(scope="module")
def in_pyodide(settings: dict[str, Any], site: list[snippets.Snippet]) -> dict[str, Any]:
    """What the Run buttons' Python gives in Pyodide, run sealed."""
    if not (PYODIDE / "pyodide.mjs").is_file():
        pytest.fail(f"{PYODIDE} is missing: run `make npm`", pytrace=False)
    sandbox.check()
    job = {
        "engine": sandbox.ENGINE,
        "settings": settings,
        "snippets": [{"name": s.filename, "source": s.source, "settings": {}} for s in site]
        + [{"name": c.name, "source": c.source, "settings": c.settings} for c in PROBLEMS],
        "names": NAMES,
    }
    argv = ["node", "--input-type=module", "-e", DRIVER, str(PYODIDE)]
    done = subprocess.run(
        sandbox.command(argv, readable=[str(PYODIDE.parent)]),
        input=json.dumps(job).encode(),
        capture_output=True,
        env=child_environment(),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    found: dict[str, Any] = json.loads(done.stdout)
    names = [s.filename for s in site] + [c.name for c in PROBLEMS]
    found["runs"] = dict(zip(names, found["runs"], strict=True))
    return found


def test_site_snippets_print_in_pyodide_what_was_recorded_for_it(in_pyodide, site):
    for snippet in site:
        rec = recording.read(snippet.recording_path)
        assert rec is not None and LABEL in rec.outputs, snippet.key
        run = in_pyodide["runs"][snippet.filename]
        assert run["problem"] == "", (snippet.key, run["problem"])
        assert run["mode"] == snippet.mode
        assert (run["label"], run["description"]) == (LABEL, rec.interpreters[LABEL])
        expected = rec.outputs[LABEL]
        assert run["output"] == {"text": expected.text, "exit": expected.exit}, snippet.key


def test_the_browser_gets_every_engine_module_it_imports_and_no_other(in_pyodide):
    shipped = _runbutton().ENGINE_FILES
    expected = sorted(
        "snipcheck" if name == "__init__.py" else f"snipcheck.{name.removesuffix('.py')}"
        for name in shipped
    )
    assert in_pyodide["modules"] == expected


def _problem(snippet: snippets.Snippet, config: Config, **run: Any) -> str:
    """The host's wording for a run of ``snippet`` that ended this way."""
    result = runner.RunResult(snippet, _pyodide(), **run)
    return outcome.run_problem(result, config)[0]


def _pyodide() -> interpreters.Interpreter:
    return interpreters.Interpreter(
        label=LABEL,
        version="3.14.2",
        release="3.14.2",
        implementation="cpython",
        platform="Pyodide 314.0.7, wasm32",
        executable=str(PYODIDE),
        runtime=runtimes.PYODIDE,
    )


def _case(tmp_path: Path, case: Case) -> snippets.Snippet:
    path = tmp_path / case.name
    path.write_text(case.source, encoding="utf-8")
    return snippets.load(path, tmp_path)


def _config(settings: dict[str, Any], case: Case) -> Config:
    merged = {**settings, **case.settings}
    return Config(
        root=ROOT,
        snippets=ROOT,
        timeout=merged["timeout"],
        max_output=merged["max_output"],
        max_memory=merged["max_memory"],
    )


def test_runs_that_cannot_be_recorded_are_reported_in_the_hosts_words(
    in_pyodide, settings, tmp_path
):
    loud, bad_bytes, header, prompts, _ = PROBLEMS
    runs = in_pyodide["runs"]
    snippet = _case(tmp_path, loud)
    assert runs[loud.name].get("output") is None  # (None reaches JavaScript as undefined)
    assert runs[loud.name]["problem"] == _problem(
        snippet, _config(settings, loud), status="output-limit"
    )
    snippet = _case(tmp_path, bad_bytes)
    assert runs[bad_bytes.name]["problem"] == _problem(
        snippet, _config(settings, bad_bytes), status="exited", output="caf\udce9\n", code=0
    )
    with pytest.raises(snippets.SnippetError) as refused:
        _case(tmp_path, header)
    assert runs[header.name]["problem"] == str(refused.value).replace(f"{tmp_path}/", "")
    assert runs[prompts.name]["problem"].startswith("the interpreter showed 2 prompts for 3 ")


def test_the_caller_learns_the_time_limit_and_how_a_run_past_it_is_reported(
    in_pyodide, settings, tmp_path
):
    for case in (PROBLEMS[-1], PROBLEMS[0]):
        snippet = _case(tmp_path, case)
        config = _config(settings, case)
        limit = snippet.timeout or config.timeout
        stopped = _problem(snippet, config, status="timeout")
        assert in_pyodide["runs"][case.name]["started"] == [limit, stopped]
    assert in_pyodide["runs"]["limit.py"]["started"][0] == 3
    quick = in_pyodide["runs"]["limit.py"]["output"]
    assert quick == {"text": ">>> print('quick')\nquick\n", "exit": 0}


def test_versions_are_named_in_pyodide_as_pages_name_them(in_pyodide):
    for (labels, every), named in zip(NAMES, in_pyodide["names"], strict=True):
        assert named == display.version_ranges(labels, sorted(every, key=runtimes.version_key))
    assert in_pyodide["names"] == ["3.8 \u2013 3.10, 3.13, Pyodide 3.14", "Pyodide 3.14"]


class _Child:
    """Stands in for a warm child: keeps the request, runs nothing."""

    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        self.message = message
        return {"status": "exited", "output": "", "code": 0}


def test_the_request_is_the_one_a_warm_child_gets(project, site, tmp_path):
    chosen = [*site, _case(tmp_path, PROBLEMS[-1])]
    for snippet in chosen:
        child = _Child()
        runner._run_one(child, snippet, _pyodide(), project, {})
        assert inprocess.request(snippet, project) == child.message, snippet.key
