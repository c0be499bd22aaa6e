"""Guards for the CI configuration, which cannot run here: the GitHub
workflows and .readthedocs.yaml are valid YAML, grant no more than they
need, and call only Makefile targets and engine subcommands that exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
CONFIGS = [*WORKFLOWS, ROOT / ".readthedocs.yaml"]
VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
# Only the Pages deployment may write, and only these.
ALLOWED_WRITES = {"pages.yml": {"pages", "id-token"}}


def name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text())
    assert isinstance(data, dict), f"{name(path)} is not a YAML mapping"
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the key `on` as True.
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict), "the workflow has no `on:`"
    return on


def jobs(workflow: dict[Any, Any]) -> dict[str, dict[str, Any]]:
    found = workflow.get("jobs")
    assert isinstance(found, dict) and found, "the workflow has no jobs"
    return found


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in jobs(workflow).values() for step in job.get("steps", [])]


def commands(path: Path) -> list[str]:
    """Every shell command: `run:` steps, or Read the Docs' build commands."""
    data = load(path)
    if path.name == ".readthedocs.yaml":
        build = data["build"]
        jobs_ = build.get("jobs", {})
        return [*build.get("commands", []), *(c for cmds in jobs_.values() for c in cmds)]
    return [step["run"] for step in steps(data) if "run" in step]


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([a-z-]+):", text, flags=re.MULTILINE))


def cli_subcommands() -> set[str]:
    """Read from the CLI itself, so a new subcommand needs no change here."""
    done = subprocess.run(
        [sys.executable, "-m", "snipcheck", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    match = re.search(r"\{([a-z,-]+)\}", done.stdout)
    assert match, f"no subcommands in `snipcheck --help`:\n{done.stdout}"
    return set(match.group(1).split(","))


def test_there_are_workflows_to_check():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_workflow_sets_top_level_permissions(path: Path):
    assert "permissions" in load(path), f"{name(path)} has no top-level `permissions:`"


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_workflow_writes_only_what_it_must(path: Path):
    workflow = load(path)
    blocks = [("top level", workflow.get("permissions"))]
    blocks += [(f"job {job}", spec.get("permissions")) for job, spec in jobs(workflow).items()]
    allowed = ALLOWED_WRITES.get(path.name, set())
    for where, permissions in blocks:
        if permissions is None:
            continue
        assert permissions not in ("write-all", "read-all"), f"{where}: {permissions}"
        if isinstance(permissions, dict):
            writes = {scope for scope, level in permissions.items() if level == "write"}
            assert writes <= allowed, f"{where} grants write to {sorted(writes - allowed)}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_workflow_never_runs_on_pull_request_target(path: Path):
    assert "pull_request_target" not in triggers(load(path))


@pytest.mark.parametrize("path", CONFIGS, ids=name)
def test_every_make_target_exists(path: Path):
    defined = makefile_targets()
    used = {t for command in commands(path) for t in re.findall(r"make ([a-z-]+)", command)}
    assert used - defined == set(), f"not targets in the Makefile: {sorted(used - defined)}"


@pytest.mark.parametrize("path", CONFIGS, ids=name)
def test_every_snipcheck_subcommand_exists(path: Path):
    pattern = r"python -m snipcheck ([a-z-]+)"
    used = {c for command in commands(path) for c in re.findall(pattern, command)}
    known = cli_subcommands()
    assert used - known == set(), f"not snipcheck subcommands: {sorted(used - known)}"


def test_ci_verifies_every_version_including_prereleases():
    verify = jobs(load(ROOT / ".github" / "workflows" / "ci.yml"))["verify"]
    assert verify["strategy"]["matrix"]["python"] == VERSIONS
    setups = [
        step.get("with", {})
        for step in verify["steps"]
        if str(step.get("uses", "")).startswith("actions/setup-python@")
    ]
    matrix_setups = [w for w in setups if w.get("python-version") == "${{ matrix.python }}"]
    assert matrix_setups, "no setup-python step installs ${{ matrix.python }}"
    assert all(w.get("allow-prereleases") is True for w in matrix_setups)


def test_ci_triggers_on_push_to_main_and_pull_requests():
    on = triggers(load(ROOT / ".github" / "workflows" / "ci.yml"))
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]


def test_pages_publishes_the_built_site():
    uploads = [
        step
        for step in steps(load(ROOT / ".github" / "workflows" / "pages.yml"))
        if str(step.get("uses", "")).startswith("actions/upload-pages-artifact@")
    ]
    assert [step["with"]["path"] for step in uploads] == ["_build/html"]


def test_read_the_docs_builds_warnings_as_errors_into_its_output():
    config = load(ROOT / ".readthedocs.yaml")
    assert config["version"] == 2
    assert config["build"]["tools"] == {"python": "3.12", "nodejs": "20"}
    build = [c for c in commands(ROOT / ".readthedocs.yaml") if "sphinx" in c]
    assert build, "no Sphinx build command"
    assert all("-W" in c.split() and "$READTHEDOCS_OUTPUT/html" in c for c in build)
