from __future__ import annotations

import os
from pathlib import Path

import pytest

from snipcheck import config, interpreters
from snipcheck.config import Config

FIXTURES = Path(__file__).parent / "fixtures"

# The tests read the logs of the tools they start (Sphinx, pytest, the
# engine) as plain text. CI machines set CI=true, which makes Sphinx colour
# its log even into a pipe; NO_COLOR turns that off for every child.
os.environ["NO_COLOR"] = "1"


@pytest.fixture(scope="session")
def project() -> Config:
    return config.load(Path(__file__).resolve().parents[1])


@pytest.fixture(scope="session")
def everything(project: Config) -> list[interpreters.Interpreter]:
    """Every interpreter the project runs all its snippets on, Pyodide
    included (the history interpreters run only the scripts that ask for
    them; tests/test_history.py checks those)."""
    return [i for i in interpreters.discover_configured(project).found if not i.runtime.opt_in]


@pytest.fixture(scope="session")
def found(project: Config) -> list[interpreters.Interpreter]:
    """The native interpreters (the engine's own tests compare them with
    fresh processes, which Pyodide does not have)."""
    result = interpreters.discover(project.interpreters, project.root, project.minimum).found
    if not result:
        pytest.fail(
            "no target interpreter was found; run `make targets` or set SNIPCHECK_INTERPRETERS"
        )
    return result


# A measure snippet whose numbers come from a formula, so that what the
# engine does with them can be checked exactly; the real ones time things.
FORMULA = """\
# mode: measure
# label: seconds = time per call
# claim: view seconds flat
# claim: copy seconds grows by 100
import sys
sizes = [10, 100, 1000] if "--quick" in sys.argv else [10, 100, 1000, 10000]
print("case size seconds")
for n in sizes:
    print("copy", n, n * 1e-9)
    print("view", n, 1e-7)
"""


@pytest.fixture
def perf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, found: list[interpreters.Interpreter]
) -> Path:
    """A throwaway project with one measure snippet, snippets/perf/f.py, run
    on the oldest and the newest native interpreter, by the CLI or by pytest."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.snipcheck]\nsnippets = "snippets"\n\n'
        '[tool.pytest.ini_options]\ntestpaths = ["snippets"]\n'
    )
    (tmp_path / "snippets" / "perf").mkdir(parents=True)
    (tmp_path / "snippets" / "perf" / "f.py").write_text(FORMULA)
    monkeypatch.chdir(tmp_path)
    chosen = os.pathsep.join([found[0].executable, found[-1].executable])
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", chosen)
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path
