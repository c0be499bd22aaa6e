"""Guards for the CI configuration, which cannot run here.

The GitHub workflows and .readthedocs.yaml are valid YAML; they grant no
more than they need (read-only everywhere, write only in the job that deploys
Pages); every action is pinned to a commit, with its release named; no
checkout keeps the token; they call only Makefile targets and engine
subcommands that exist; CI runs everything `make test` runs; and it runs the
snippets on exactly the interpreters the recordings in snippets/ were made
with, each sealed: setup-python's builds at the recorded patch releases,
Debian's builds from requirements/cpython-sid.lock (`make cpython`) at the
versions the recordings name, and Pyodide from package-lock.json.  Everything
is read from files in the repository: nothing here reaches the network.
"""

from __future__ import annotations

import functools
import json
import re
import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from snipcheck import recording, runtimes

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
CI = ROOT / ".github" / "workflows" / "ci.yml"
PAGES = ROOT / ".github" / "workflows" / "pages.yml"
CI_RUN = ROOT / ".ci" / "run"
# What `make cpython` installs from, and where its interpreters are.
DEBIAN_LOCK = ROOT / "requirements" / "cpython-sid.lock"
DEBIAN_BIN = ".interpreters/debian-sid/usr/bin"
# What `make history` builds the history interpreters from.
HISTORY_LOCK = ROOT / "requirements" / "cpython-history.lock"
CONFIGS = [*WORKFLOWS, ROOT / ".readthedocs.yaml"]
# What the deploy step needs, and the only writes any workflow may grant.
DEPLOY_PERMISSIONS = {"pages": "write", "id-token": "write"}
DEPLOY_ACTION = "actions/deploy-pages"
# `uses: owner/repo[/path]@<commit> # vX.Y.Z`
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)\s*(?:#\s*(?P<comment>.*?))?\s*$")
PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40})$")
RELEASE = re.compile(r"^v\d+\.\d+\.\d+$")
EXACT = re.compile(r"^\d+\.\d+\.\d+$")


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


def uses(step: dict[str, Any]) -> str:
    """The action a step uses, without its ref ("" for a `run:` step)."""
    return str(step.get("uses", "")).partition("@")[0]


def commands(path: Path) -> list[str]:
    """Every shell command: `run:` steps, or Read the Docs' build commands."""
    data = load(path)
    if path.name == ".readthedocs.yaml":
        build = data["build"]
        jobs_ = build.get("jobs", {})
        return [*build.get("commands", []), *(c for cmds in jobs_.values() for c in cmds)]
    return [step["run"] for step in steps(data) if "run" in step]


def shell_lines(command: str) -> list[list[str]]:
    """The words of each line of a shell command, continuation lines joined."""
    return [shlex.split(line, comments=True) for line in command.replace("\\\n", " ").splitlines()]


def make_targets_run(command: str) -> list[str]:
    """The targets of every `make` in a command (`make lint types` -> both)."""
    targets = []
    for words in shell_lines(command):
        for i, word in enumerate(words):
            if word != "make":
                continue
            for arg in words[i + 1 :]:
                if arg in ("&&", "||", ";", "|"):
                    break
                if not arg.startswith("-") and "=" not in arg:
                    targets.append(arg)
    return targets


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([a-z-]+):", text, flags=re.MULTILINE))


def makefile_prerequisites(target: str) -> list[str]:
    match = re.search(rf"^{target}:([^#\n]*)", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert match, f"the Makefile has no `{target}` target"
    return match.group(1).split()


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


@dataclass(frozen=True)
class PytestRun:
    """One `python -m pytest ...` in a job."""

    job: str
    index: int  # of its step in the job
    paths: tuple[str, ...]
    ignored: tuple[str, ...]
    keyword: str | None
    env: dict[str, str]


def pytest_runs(workflow: dict[Any, Any]) -> list[PytestRun]:
    runs = []
    for job_name, job in jobs(workflow).items():
        for index, step in enumerate(job.get("steps", [])):
            for words in shell_lines(str(step.get("run", ""))):
                if "pytest" not in words or words[words.index("pytest") - 1] != "-m":
                    continue
                args = iter(words[words.index("pytest") + 1 :])
                paths, ignored, keyword = [], [], None
                for arg in args:
                    if arg == "-k":
                        keyword = next(args)
                    elif arg == "--ignore":
                        ignored.append(next(args))
                    elif arg.startswith("--ignore="):
                        ignored.append(arg.partition("=")[2])
                    elif not arg.startswith("-"):
                        paths.append(arg)
                env = {**job.get("env", {}), **step.get("env", {})}
                runs.append(PytestRun(job_name, index, tuple(paths), tuple(ignored), keyword, env))
    return runs


def collected_paths() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        paths: list[str] = tomllib.load(f)["tool"]["pytest"]["ini_options"]["testpaths"]
    return paths


def runs_snippets(run: PytestRun) -> bool:
    return any(p == "snippets" or p.startswith("snippets/") for p in run.paths or collected_paths())


def matrix_entries(job: dict[str, Any]) -> list[dict[str, Any]]:
    """The matrix of a job as its list of entries (`include` or one key's list)."""
    matrix = job.get("strategy", {}).get("matrix")
    if not matrix:
        return []
    keys = [k for k in matrix if k not in ("include", "exclude")]
    assert len(keys) <= 1 and not matrix.get("exclude"), "keep matrices to one list or include"
    entries = [{keys[0]: value} for value in matrix[keys[0]]] if keys else []
    return entries + list(matrix.get("include", []))


def applies(step: dict[str, Any], entry: dict[str, Any]) -> bool:
    """Whether a step runs for a matrix entry (`if: matrix.x` or `!matrix.x`)."""
    condition = step.get("if")
    if condition is None:
        return True
    match = re.fullmatch(
        r"(?:\$\{\{)?\s*(!?)\s*matrix\.([\w-]+)\s*(?:\}\})?", str(condition).strip()
    )
    assert match, (
        f"keep the conditions of the steps checked here to `matrix.x` or `!matrix.x`: {condition!r}"
    )
    return bool(entry.get(match.group(2))) != bool(match.group(1))


def expand(value: str, entry: dict[str, Any], env: dict[str, str]) -> str:
    """`${{ matrix.x }}` and `${{ env.X }}` replaced for one matrix entry."""

    def one(match: re.Match[str]) -> str:
        kind, key = match.group(1), match.group(2)
        return str(entry[key] if kind == "matrix" else env[key])

    return re.sub(r"\$\{\{\s*(matrix|env)\.([\w-]+)\s*\}\}", one, str(value))


@functools.cache
def recorded() -> dict[str, dict[str, set[str]]]:
    """Label -> the descriptions of the builds that recorded it -> recordings,
    read from the headers of every .rec in snippets/."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in sorted((ROOT / "snippets").rglob("*.rec")):
        rec = recording.read(path)
        assert rec is not None
        for label in rec.outputs:
            where = found.setdefault(label, {}).setdefault(rec.interpreters[label], set())
            where.add(name(path))
    return found


def recorded_build(label: str) -> str:
    """The one build a label was recorded with; two would be a real problem:
    CI can install only one of them, and the other's outputs would fail."""
    builds = recorded()[label]
    assert len(builds) == 1, (
        f"{label} is recorded by {len(builds)} different builds: "
        + "; ".join(f"{b} ({len(files)} files, e.g. {min(files)})" for b, files in builds.items())
        + ". Re-record with one of them."
    )
    return next(iter(builds))


def native(label: str) -> bool:
    return "-" not in label


def recorded_cpython(label: str) -> str:
    """ "3.8.18" from "CPython 3.8.18 (linux-x86_64)"."""
    build = recorded_build(label)
    match = re.match(r"CPython (\d+\.\d+\.\d+\S*) ", build)
    assert match, f"cannot tell which CPython recorded {label} from {build!r}"
    return match.group(1)


def recorded_debian(label: str) -> str | None:
    """The Debian version of the build a native label was recorded with
    ("3.15.2-1" from "CPython 3.15.2 (Debian 3.15.2-1, linux-x86_64)"), or
    None for setup-python's ("CPython 3.8.18 (linux-x86_64)"): the only two
    kinds of native build CI can set up."""
    build = recorded_build(label)
    version = re.escape(recorded_cpython(label))
    if re.fullmatch(rf"CPython {version} \(linux-x86_64\)", build):
        return None
    match = re.fullmatch(rf"CPython {version} \(Debian ([^\s,]+), linux-x86_64\)", build)
    assert match, (
        f"{label} was recorded with {build!r}; CI sets up only setup-python's builds "
        "('CPython X.Y.Z (linux-x86_64)') and Debian's ('CPython X.Y.Z (Debian V, linux-x86_64)')"
    )
    return match.group(1)


def debian_labels() -> set[str]:
    return {label for label in recorded() if native(label) and recorded_debian(label)}


@functools.cache
def debian_pins() -> dict[str, str]:
    """Package -> version, from requirements/cpython-sid.lock (lines
    `name version pool-filename size sha256`), which `make cpython` installs."""
    pins: dict[str, str] = {}
    for number, line in enumerate(DEBIAN_LOCK.read_text().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split()
        assert len(fields) == 5, f"{name(DEBIAN_LOCK)} line {number}: {line!r}"
        package, version = fields[:2]
        assert package not in pins, f"{name(DEBIAN_LOCK)} pins {package} twice"
        pins[package] = version
    return pins


def steps_running(job: dict[str, Any], target: str, entry: dict[str, Any]) -> list[int]:
    """The indexes of the steps that run `make <target>` for a matrix entry."""
    return [
        i
        for i, step in enumerate(job["steps"])
        if applies(step, entry) and target in make_targets_run(str(step.get("run", "")))
    ]


def snippet_jobs() -> dict[str, dict[str, Any]]:
    """The CI jobs that run snippet items, by name."""
    workflow = load(CI)
    names = {run.job for run in pytest_runs(workflow) if runs_snippets(run)}
    return {job: spec for job, spec in jobs(workflow).items() if job in names}


# -- what the workflows may do ------------------------------------------------


def test_there_are_workflows_to_check():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_workflow_reads_only_at_the_top_level(path: Path):
    """Every job that says nothing gets a read-only token."""
    assert load(path).get("permissions") == {"contents": "read"}, (
        f"{name(path)}: the top-level `permissions:` must be exactly `contents: read`"
    )


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_only_a_job_that_deploys_pages_may_write(path: Path):
    for job_name, job in jobs(load(path)).items():
        permissions = job.get("permissions")
        if permissions is None:
            continue
        assert isinstance(permissions, dict), f"job {job_name}: permissions: {permissions}"
        writes = {scope for scope, level in permissions.items() if level == "write"}
        if not writes:
            continue
        actions = [uses(step) for step in job.get("steps", [])]
        assert actions == [DEPLOY_ACTION], (
            f"job {job_name} grants write to {sorted(writes)} but does more than deploy Pages "
            f"with {DEPLOY_ACTION}: {actions}"
        )
        assert permissions == DEPLOY_PERMISSIONS, f"job {job_name}: {permissions}"


def test_pages_gives_the_deploy_job_exactly_what_deploying_needs():
    workflow = load(PAGES)
    writing = {job for job, spec in jobs(workflow).items() if "permissions" in spec}
    deploying = {
        job
        for job, spec in jobs(workflow).items()
        if DEPLOY_ACTION in {uses(step) for step in spec.get("steps", [])}
    }
    assert writing == deploying and len(deploying) == 1
    (deploy,) = deploying
    assert jobs(workflow)[deploy]["permissions"] == DEPLOY_PERMISSIONS
    assert jobs(workflow)[deploy]["environment"]["name"] == "github-pages"


def test_ci_writes_nothing():
    assert all("permissions" not in job for job in jobs(load(CI)).values())


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_workflow_never_runs_on_pull_request_target(path: Path):
    assert "pull_request_target" not in triggers(load(path))


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_every_action_is_pinned_to_a_commit_and_names_its_release(path: Path):
    lines = [m for line in path.read_text().splitlines() if (m := USES_LINE.match(line))]
    # Every `uses:` the YAML holds is one of these lines (none in flow style).
    in_yaml = [s["uses"] for s in steps(load(path)) if "uses" in s]
    in_yaml += [j["uses"] for j in jobs(load(path)).values() if "uses" in j]
    assert sorted(m["ref"] for m in lines) == sorted(in_yaml), (
        f"{name(path)}: write each `uses:` on a line of its own, with its release after it"
    )
    assert lines, f"{name(path)} uses no actions"
    for match in lines:
        ref, comment = match["ref"], match["comment"] or ""
        if ref.startswith("./"):
            continue  # an action in this repository, pinned by the checkout itself
        assert PINNED.match(ref), (
            f"{name(path)}: {ref} is not pinned to a full commit SHA "
            "(a tag or branch can be moved to other code)"
        )
        assert RELEASE.match(comment), (
            f"{name(path)}: {ref} needs the release it is, as a comment: `# v1.2.3`"
        )


def test_an_action_is_pinned_to_one_release_everywhere():
    pins: dict[str, set[tuple[str, str]]] = {}
    for path in WORKFLOWS:
        for line in path.read_text().splitlines():
            match = USES_LINE.match(line)
            if match and (pinned := PINNED.match(match["ref"])):
                pins.setdefault(pinned["action"], set()).add((pinned["sha"], match["comment"]))
    assert {"actions/checkout", "actions/setup-python", "actions/deploy-pages"} <= set(pins)
    differing = {action: sorted(found) for action, found in pins.items() if len(found) > 1}
    assert not differing, f"pinned to more than one release: {differing}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=name)
def test_no_checkout_keeps_the_token(path: Path):
    checkouts = [s for s in steps(load(path)) if uses(s) == "actions/checkout"]
    assert checkouts
    for step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False, (
            f"{name(path)}: a checkout without `persist-credentials: false` leaves the "
            "token in .git/config, readable by every later step"
        )


@pytest.mark.parametrize("path", CONFIGS, ids=name)
def test_every_make_target_exists(path: Path):
    defined = makefile_targets()
    used = {t for command in commands(path) for t in make_targets_run(command)}
    assert used, f"{name(path)} runs no make target"
    assert used - defined == set(), f"not targets in the Makefile: {sorted(used - defined)}"


def snipcheck_subcommands_run(text: str) -> set[str]:
    """The subcommands of every `-m snipcheck X` (`python -m`, `$(PY) -m`)."""
    return set(re.findall(r"-m snipcheck ([a-z-]+)", text))


def test_every_snipcheck_subcommand_exists():
    """The workflows reach the engine through make, so the Makefile's
    recipes are read as well as the configurations."""
    texts = {name(path): "\n".join(commands(path)) for path in CONFIGS}
    texts["Makefile"] = (ROOT / "Makefile").read_text()
    used = {(where, c) for where, text in texts.items() for c in snipcheck_subcommands_run(text)}
    assert {c for _, c in used} >= {"verify", "record"}, (
        f"no `-m snipcheck verify` and `-m snipcheck record` found in {sorted(texts)}"
    )
    known = cli_subcommands()
    unknown = sorted((where, c) for where, c in used if c not in known)
    assert not unknown, f"not snipcheck subcommands: {unknown}"


def test_ci_triggers_on_push_to_main_and_pull_requests():
    on = triggers(load(CI))
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]


# -- CI runs what `make test` runs ---------------------------------------------


def test_ci_runs_every_check_make_test_runs():
    run = {t for command in commands(CI) for t in make_targets_run(command)}
    for target in makefile_prerequisites("test"):
        if target == "pytest":
            continue  # split across jobs; see the next test
        assert target in run, f"`make test` runs `make {target}`; no CI job does"


def test_ci_runs_every_test_path_pytest_collects():
    """Together the pytest runs in CI cover pyproject's testpaths: a path a
    run leaves out (--ignore) is run by another, and none of them filters the
    engine's tests by keyword."""
    runs = pytest_runs(load(CI))

    def covered(path: str) -> bool:
        return any(
            path in run.paths and all(covered(i) for i in run.ignored if i.startswith(path + "/"))
            for run in runs
        )

    for path in collected_paths():
        assert covered(path), f"no CI job runs `pytest {path}` (or all of it, split)"
    filtered = [run.job for run in runs if "tests" in run.paths and run.keyword is not None]
    assert not filtered, f"jobs {filtered} leave engine tests out with -k"


def test_the_builds_are_warnings_as_errors():
    sphinx = re.search(r"^SPHINX\s*:=(.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert sphinx and "-W" in sphinx.group(1).split()
    for path in (CI, PAGES):
        assert "html" in {t for c in commands(path) for t in make_targets_run(c)}, name(path)


def test_pages_publishes_the_built_site():
    uploads = [
        step
        for step in steps(load(PAGES))
        if str(step.get("uses", "")).startswith("actions/upload-pages-artifact@")
    ]
    assert [step["with"]["path"] for step in uploads] == ["_build/html"]


# -- on exactly the interpreters that are recorded -----------------------------


def test_the_recordings_name_native_and_pyodide_interpreters():
    """Both kinds of native build, and Pyodide, so that the tests below
    check something of each."""
    labels = set(recorded())
    assert {"3.8", "3.12", "3.13", "3.15"} <= labels
    assert any(label.endswith("-pyodide") for label in labels)
    assert recorded_debian("3.8") is None
    assert debian_labels() >= {"3.13", "3.14", "3.15"}


def test_ci_run_requires_exactly_the_recorded_interpreters():
    """.ci/run, the other way CI runs `make test`, requires every recorded
    label, so that a missing interpreter fails instead of being skipped."""
    match = re.search(r'SNIPCHECK_REQUIRE="\$\{SNIPCHECK_REQUIRE:-([^}"]*)\}"', CI_RUN.read_text())
    assert match, f"{name(CI_RUN)} sets no default SNIPCHECK_REQUIRE"
    required = match.group(1).split()
    assert len(required) == len(set(required)), required
    assert sorted(required, key=runtimes.version_key) == sorted(
        recorded(), key=runtimes.version_key
    )


def test_ci_runs_the_snippets_on_exactly_the_recorded_interpreters():
    """One job per recorded label, each requiring its interpreter (a missing
    one fails instead of being skipped), and none for an unrecorded one: a
    job for an interpreter nothing is recorded on would fail on every push."""
    labels: list[str] = []
    for job_name, job in snippet_jobs().items():
        entries = matrix_entries(job)
        assert entries and all("label" in e for e in entries), (
            f"job {job_name} runs snippets but has no matrix of interpreter labels"
        )
        labels += [str(e["label"]) for e in entries]
        for run in pytest_runs(load(CI)):
            if run.job == job_name and runs_snippets(run):
                assert run.env.get("SNIPCHECK_REQUIRE") == "${{ matrix.label }}", (
                    f"job {job_name} must require its interpreter "
                    "(SNIPCHECK_REQUIRE: ${{ matrix.label }}), so that a missing one fails"
                )
    assert len(labels) == len(set(labels)), f"an interpreter is checked twice: {sorted(labels)}"
    unrecorded = sorted(set(labels) - set(recorded()), key=runtimes.version_key)
    unchecked = sorted(set(recorded()) - set(labels), key=runtimes.version_key)
    assert not unrecorded, f"CI jobs for interpreters nothing is recorded on: {unrecorded}"
    assert not unchecked, f"recorded, but no CI job checks them: {unchecked}"


def test_each_snippet_job_runs_only_the_build_its_label_was_recorded_with():
    """A native job sets up the build its label was recorded with (outputs
    change between patch releases): setup-python's at the recorded patch
    release, or Debian's from the lock (`make cpython`).  It gives that build
    alone a venv (`make targets` with SNIPCHECK_INTERPRETERS naming it) and
    points the engine at the venv.  A Pyodide job, which has no such build,
    selects its own items."""
    for job_name, job in snippet_jobs().items():
        runs = [r for r in pytest_runs(load(CI)) if r.job == job_name and runs_snippets(r)]
        for entry in matrix_entries(job):
            label = str(entry["label"])
            if not native(label):
                assert all(r.keyword and expand(r.keyword, entry, {}) == label for r in runs), (
                    f"{job_name} on {label} must select its items with -k {label}"
                )
                continue
            steps_ = job["steps"]
            targets = steps_running(job, "targets", entry)
            assert len(targets) == 1, (
                f"{job_name} on {label} runs `make targets` {len(targets)} times; once, "
                "with SNIPCHECK_INTERPRETERS naming the interpreter under test"
            )
            (made,) = targets
            given = expand(steps_[made].get("env", {}).get("SNIPCHECK_INTERPRETERS", ""), entry, {})
            debian = recorded_debian(label)
            if debian is None:
                setups = {
                    step.get("id")
                    for step in steps_[:made]
                    if applies(step, entry)
                    and uses(step) == "actions/setup-python"
                    and expand(step["with"]["python-version"], entry, {}) == recorded_cpython(label)
                }
                assert setups, (
                    f"{job_name} on {label} does not install CPython {recorded_cpython(label)} "
                    "with setup-python before `make targets`; the recordings were made with it"
                )
                wanted = {f"${{{{ steps.{id_}.outputs.python-path }}}}" for id_ in setups if id_}
            else:
                assert any(i < made for i in steps_running(job, "cpython", entry)), (
                    f"{job_name} on {label} must set up Debian's build ({debian}) from "
                    "requirements/cpython-sid.lock with `make cpython` before `make targets`"
                )
                wanted = {f"${{{{ github.workspace }}}}/{DEBIAN_BIN}/python{label}"}
            assert given in wanted, (
                f"{job_name} on {label}: `make targets` gets SNIPCHECK_INTERPRETERS={given!r}; "
                f"it must name the recorded build alone: {sorted(wanted)}"
            )
            for run in runs:
                chosen = expand(run.env.get("SNIPCHECK_INTERPRETERS", ""), entry, {})
                assert run.index > made and chosen.endswith(f"/.targets/{label}/bin/python"), (
                    f"{job_name} on {label} must point SNIPCHECK_INTERPRETERS at "
                    f".targets/{label}/bin/python (the recorded build, with numpy), "
                    f"not {chosen!r}"
                )


def test_the_debian_builds_make_cpython_installs_are_the_recorded_ones():
    """requirements/cpython-sid.lock pins, for each label recorded with a
    Debian build, that build's packages at the version the recordings name
    (`make cpython` writes it into the .build file the description is read
    from), all four at one version."""
    assert debian_labels()
    for label in sorted(debian_labels(), key=runtimes.version_key):
        debian = recorded_debian(label)
        packages = [
            f"python{label}",
            f"python{label}-minimal",
            f"libpython{label}-minimal",
            f"libpython{label}-stdlib",
        ]
        pinned = {package: debian_pins().get(package) for package in packages}
        assert set(pinned.values()) == {debian}, (
            f"{label} was recorded with Debian {debian}; {name(DEBIAN_LOCK)} pins {pinned}"
        )


def test_the_engine_tests_run_on_every_recorded_native_build():
    """The engine's own tests compare runs with fresh processes of every
    native interpreter, as `make test` does on the recording machine:
    setup-python's builds at the recorded patch releases, and Debian's from
    the lock (`make cpython`), each checked and named to `make setup`."""
    workflow = load(CI)
    (job_name,) = {r.job for r in pytest_runs(workflow) if "tests" in r.paths}
    job = jobs(workflow)[job_name]
    env = job.get("env", {})
    versions = {
        v
        for s in job["steps"]
        if uses(s) == "actions/setup-python"
        for v in expand(s["with"]["python-version"], {}, env).split()
        if EXACT.match(v)
    }
    natives = {
        recorded_cpython(label)
        for label in recorded()
        if native(label) and recorded_debian(label) is None
    }
    assert versions == natives, (
        f"job {job_name} installs {sorted(versions)}; recorded: {sorted(natives)}"
    )
    debian = str(env.get("DEBIAN_CPYTHONS", "")).split()
    assert sorted(debian) == sorted(debian_labels()), (
        f"job {job_name} lists Debian's builds {debian} (DEBIAN_CPYTHONS); "
        f"recorded with Debian's: {sorted(debian_labels())}"
    )
    steps_ = job["steps"]
    setup = steps_running(job, "setup", {})
    assert len(setup) == 1, f"job {job_name} must run `make setup` once"
    given = str(steps_[setup[0]].get("env", {}).get("SNIPCHECK_INTERPRETERS", ""))
    match = re.fullmatch(r"\$\{\{\s*steps\.([\w-]+)\.outputs\.paths\s*\}\}", given)
    assert match, f"job {job_name}: `make setup` must get the checked builds, not {given!r}"
    (listing,) = [i for i, s in enumerate(steps_) if s.get("id") == match.group(1)]
    assert listing < setup[0], f"job {job_name}: step {match.group(1)} comes after `make setup`"
    script = str(steps_[listing].get("run", ""))
    assert re.search(r"^\s*for \w+ in \$CPYTHONS; do$", script, re.MULTILINE), script
    assert re.search(r"^\s*for \w+ in \$DEBIAN_CPYTHONS; do$", script, re.MULTILINE), (
        f"job {job_name}: step {match.group(1)} must name Debian's builds to `make setup` too"
    )
    assert f"$GITHUB_WORKSPACE/{DEBIAN_BIN}/python$" in script, script
    assert any(i < listing for i in steps_running(job, "cpython", {})), (
        f"job {job_name} must set up Debian's builds with `make cpython` before naming them"
    )


def history_pins() -> dict[str, str]:
    """Minor version -> release, from requirements/cpython-history.lock
    (lines `<X.Y.Z> <sha256>`), which `make history` builds."""
    pins = {}
    for line in HISTORY_LOCK.read_text().splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            pins[".".join(words[0].split(".")[:2])] = words[0]
    return pins


def test_each_history_job_builds_the_release_its_label_was_recorded_with():
    """A history label's job runs `make history HISTORY=<its minor version>`
    before its snippets, and the lock pins the release the recordings name
    (made with pyenv's builds of the same sources: no build string)."""
    labels = [label for label in recorded() if runtimes.of_label(label) is runtimes.HISTORY]
    assert labels, "no recording names a history interpreter"
    pins = history_pins()
    for label in labels:
        minor = runtimes.version_of(label)
        assert recorded_build(label) == f"CPython {pins.get(minor)} (linux-x86_64)", (
            f"{label} was recorded with {recorded_build(label)!r}; "
            f"{name(HISTORY_LOCK)} pins {pins.get(minor)}"
        )
    for job_name, job in snippet_jobs().items():
        for entry in matrix_entries(job):
            label = str(entry["label"])
            if runtimes.of_label(label) is not runtimes.HISTORY:
                continue
            built = [
                i
                for i, step in enumerate(job["steps"])
                if applies(step, entry)
                and "history" in make_targets_run(str(step.get("run", "")))
                and f"HISTORY={runtimes.version_of(label)}"
                in shlex.split(expand(str(step.get("run", "")), entry, {}))
            ]
            runs = [r.index for r in pytest_runs(load(CI)) if r.job == job_name]
            assert built and runs and min(built) < min(runs), (
                f"{job_name} on {label} must run `make history "
                f"HISTORY={runtimes.version_of(label)}` before its tests"
            )


def test_the_pyodide_runtimes_npm_installs_are_the_recorded_ones():
    lock = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    installed = {
        spec["version"]
        for where, spec in lock.items()
        if where.startswith("node_modules/pyodide-") and "version" in spec
    }
    for label in recorded():
        if label.endswith("-pyodide"):
            match = re.search(r"\(Pyodide (\S+),", recorded_build(label))
            assert match, f"cannot tell which Pyodide recorded {label}"
            assert match.group(1) in installed, (label, sorted(installed))


def test_every_job_that_runs_snippets_or_the_engine_can_seal_them():
    """The engine runs every snippet inside bubblewrap and fails closed when
    it cannot; each such job installs it and allows the unprivileged user
    namespaces it needs (Ubuntu 24.04's AppArmor refuses them by default)
    before its first test, and shows that a sealed process starts."""
    workflow = load(CI)
    first: dict[str, int] = {}
    for run in pytest_runs(workflow):
        if all(p.startswith("tests/browser") for p in run.paths) and run.paths:
            continue  # the browser tests run the built site, not the engine
        first[run.job] = min(run.index, first.get(run.job, run.index))
    assert first
    for job_name, before in first.items():
        sealing = [
            i
            for i, step in enumerate(jobs(workflow)[job_name]["steps"][:before])
            if re.search(r"apt-get install .*\bbubblewrap\b", step.get("run", ""))
            and "kernel.apparmor_restrict_unprivileged_userns=0" in step["run"]
            and re.search(r"^\s*bwrap .*--unshare-all", step["run"], re.MULTILINE)
        ]
        assert sealing, f"job {job_name} runs tests before it can seal snippets"


def test_read_the_docs_installs_the_engine_and_has_the_history_before_it_builds():
    """conf.py loads snipcheck.sphinx_ext from the installed engine, and
    "last updated" reads each page's newest commit."""
    build = commands(ROOT / ".readthedocs.yaml")
    sphinx = next(i for i, c in enumerate(build) if "sphinx" in c.split())
    engine = [i for i, c in enumerate(build) if re.search(r"pip install .*\./engine\b", c)]
    assert engine and engine[0] < sphinx, "Read the Docs never installs the engine (./engine)"
    unshallow = [i for i, c in enumerate(build) if "--unshallow" in c]
    assert unshallow and unshallow[0] < sphinx, "Read the Docs builds from a shallow clone"


def test_read_the_docs_builds_warnings_as_errors_into_its_output():
    config = load(ROOT / ".readthedocs.yaml")
    assert config["version"] == 2
    assert config["build"]["tools"] == {"python": "3.12", "nodejs": "20"}
    build = [c for c in commands(ROOT / ".readthedocs.yaml") if "sphinx" in c]
    assert build, "no Sphinx build command"
    assert all("-W" in c.split() and "$READTHEDOCS_OUTPUT/html" in c for c in build)
