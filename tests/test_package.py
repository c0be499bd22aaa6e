"""snipcheck as another project would get it: the wheel and sdist build,
and a second documentation project (reStructuredText, tests/fixtures/
rstproject) is recorded, verified, tested and built by the installed wheel
in a fresh virtual environment.

Nothing is fetched: the build backend, Sphinx and pytest come from the
wheels that `make setup` downloads into .wheelhouse at the pinned versions.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from snipcheck import interpreters, runtimes

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "engine"
WHEELHOUSE = ROOT / ".wheelhouse"
VERSION = re.search(r'__version__ = "([^"]+)"', (ENGINE / "snipcheck/__init__.py").read_text())


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def clean_env() -> dict[str, str]:
    """The environment without anything that points at this checkout's
    engine or its virtual environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INDEX"] = "1"
    env["PIP_FIND_LINKS"] = str(WHEELHOUSE)
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory, clean_env: dict[str, str]) -> Path:
    """The wheel and the sdist, built the way pip and build front-ends do."""
    if not (WHEELHOUSE / ".ready").exists():
        pytest.fail("the wheels for this test are missing; run `make setup`")
    out = tmp_path_factory.mktemp("dist")
    host = sys.executable
    run([host, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(ENGINE)], ROOT, clean_env)
    sdist = "import sys, flit_core.buildapi as b; print(b.build_sdist(sys.argv[1]))"  # PEP 517 hook
    run([host, "-c", sdist, str(out)], ENGINE, clean_env)
    return out


def test_the_wheel_holds_the_engine_its_data_and_its_entry_points(dist: Path) -> None:
    assert VERSION is not None
    wheel = dist / f"snipcheck-{VERSION.group(1)}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        info = f"snipcheck-{VERSION.group(1)}.dist-info"
        entry_points = z.read(f"{info}/entry_points.txt").decode()
        metadata = z.read(f"{info}/METADATA").decode()
    for needed in (
        "snipcheck/__init__.py",
        "snipcheck/py.typed",
        "snipcheck/_child.py",
        "snipcheck/pyodide_child.mjs",
        "snipcheck/measure/table.py",
        "snipcheck/static/snipcheck.js",
        f"{info}/licenses/LICENSE",
    ):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    points = configparser.ConfigParser()
    points.read_string(entry_points)
    assert dict(points["pytest11"]) == {"snipcheck": "snipcheck.pytest_plugin"}
    assert dict(points["console_scripts"]) == {"snipcheck": "snipcheck.cli:main"}
    assert "Requires-Python: >=3.11" in metadata
    assert "License-Expression: MIT" in metadata
    assert re.search(r"Provides-Extra: sphinx\b", metadata)
    assert re.search(r"Provides-Extra: pytest\b", metadata)
    assert not re.search(r"^Requires-Dist: (?!.*extra ==)", metadata, re.MULTILINE)


def test_the_sdist_holds_what_builds_the_wheel(dist: Path) -> None:
    assert VERSION is not None
    with tarfile.open(dist / f"snipcheck-{VERSION.group(1)}.tar.gz") as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("pyproject.toml", "README.md", "LICENSE", "snipcheck/cli.py", "PKG-INFO"):
        assert needed in names, needed


@pytest.fixture(scope="module")
def installed(
    dist: Path, tmp_path_factory: pytest.TempPathFactory, clean_env: dict[str, str]
) -> Path:
    """A fresh virtual environment with the wheel, Sphinx and pytest."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    run([base, "-m", "venv", str(venv)], ROOT, clean_env)
    wheels = [str(w) for w in dist.glob("snipcheck-*.whl")]
    run(
        [str(venv / "bin/python"), "-m", "pip", "install", "--quiet", *wheels, "sphinx", "pytest"],
        ROOT,
        clean_env,
    )
    return venv


@pytest.fixture(scope="module")
def two_versions(found: list[interpreters.Interpreter]) -> list[interpreters.Interpreter]:
    """The oldest and the newest native interpreters: text/prefix prints
    something else before 3.9, so the oldest must be older than that."""
    pair = [found[0], found[-1]]
    if runtimes.version_key(pair[0].label) >= runtimes.version_key("3.9"):
        pytest.fail(f"this test needs CPython 3.8 (found {pair[0].description} as the oldest)")
    return pair


def test_another_project_records_verifies_tests_and_builds_with_the_wheel(
    installed: Path,
    two_versions: list[interpreters.Interpreter],
    tmp_path: Path,
    clean_env: dict[str, str],
) -> None:
    project = tmp_path / "rstproject"
    shutil.copytree(FIXTURES / "rstproject", project)
    env = dict(clean_env, PATH=f"{installed / 'bin'}{os.pathsep}{clean_env.get('PATH', '')}")
    env["SNIPCHECK_INTERPRETERS"] = os.pathsep.join(i.executable for i in two_versions)
    env.pop("SNIPCHECK_REQUIRE", None)
    python = str(installed / "bin/python")

    where = run([python, "-c", "import snipcheck; print(snipcheck.__file__)"], project, env)
    assert where.stdout.startswith(str(installed)), "the test must use the installed wheel"

    recorded = run(["snipcheck", "record"], project, env)
    assert "3 written" in recorded.stdout, recorded.stdout
    prefix = (project / "snippets/text/prefix.rec").read_text()
    assert prefix.startswith("# snipcheck recording: written by `snipcheck record`;")
    old, new = (i.label for i in two_versions)
    assert f'[{old}] exit 0\n| >>> "v1.2".removeprefix("v")\n| Traceback' in prefix
    assert f'[{new}] exit 0\n| >>> "v1.2".removeprefix("v")\n| \'1.2\'\n' in prefix
    script = (project / "snippets/text/count_words.rec").read_text()
    assert f"[{old} {new}] exit 3\n| 4 words\n" in script

    verified = run(["snipcheck", "verify"], project, env)
    assert verified.stdout.rstrip().endswith("6 passed, 0 failed, 0 skipped"), verified.stdout

    tested = run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], project, env)
    assert re.search(r"^6 passed in ", tested.stdout, re.MULTILINE), tested.stdout

    out = project / "_build"
    built = run([python, "-m", "sphinx", "-W", "-n", "-b", "html", "docs", str(out)], project, env)
    assert "build succeeded" in built.stdout
    html = (out / "prefixes.html").read_text()
    for raw in (":::", "{tab-set}", "{tab-item}", ".. snippet", "{snippet}"):
        assert raw not in html, raw
    page = BeautifulSoup(html, "html.parser")
    (example,) = page.select("div.snipcheck.snipcheck-session")
    assert example.get("id") == "removeprefix-example"
    assert page.select_one('a[href="#removeprefix-example"]')  # the :ref: resolves
    # One tab per version, each holding what that version printed.
    labels = [label.get_text(strip=True) for label in example.select("label")]
    assert labels == [old, new]
    panels = [panel.get_text() for panel in example.select(".snipcheck-tab-panel")]
    assert "AttributeError" in panels[0] and "'1.2'" not in panels[0]
    assert "'1.2'" in panels[1] and "AttributeError" not in panels[1]
    (script,) = page.select("div.snipcheck.snipcheck-script")
    assert "4 words" in script.get_text() and "exit status 3" in script.get_text()
    index = BeautifulSoup((out / "index.html").read_text(), "html.parser")
    assert "'SHOUT'" in index.select_one("div.snipcheck").get_text()
    assert list((out / "_downloads").glob("*/prefix.py"))


def test_the_plugin_stays_out_of_projects_that_do_not_use_it(
    installed: Path, tmp_path: Path, clean_env: dict[str, str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "1"\n')
    (tmp_path / "test_plain.py").write_text("def test_one():\n    assert True\n")
    done = run([str(installed / "bin/python"), "-m", "pytest", "-q"], tmp_path, clean_env)
    assert "1 passed" in done.stdout
    assert "snipcheck" not in done.stdout
