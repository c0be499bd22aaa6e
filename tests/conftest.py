from __future__ import annotations

from pathlib import Path

import pytest

from snipcheck import config, interpreters
from snipcheck.config import Config

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def project() -> Config:
    return config.load(Path(__file__).resolve().parents[1])


@pytest.fixture(scope="session")
def everything(project: Config) -> list[interpreters.Interpreter]:
    """Every interpreter the project is verified on, Pyodide included."""
    return interpreters.discover_configured(project).found


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
