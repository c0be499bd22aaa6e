"""How pytest collects snippets: through the engine, whichever way a snippet
is reached, and never by importing it into pytest's own process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Imported, it leaves a file beside itself; run by the engine, it leaves
# nothing here (and with --collect-only it does not run at all).
TELLS_ON_IMPORT = """\
# mode: script
from pathlib import Path
Path(__file__).with_suffix(".imported").write_text("imported")
print("ran")
"""


@pytest.fixture
def tiny(tmp_path: Path, found) -> Path:
    """A project with two snippets, one of them named like a test module."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.snipcheck]\nsnippets = "snippets"\n\n'
        '[tool.pytest.ini_options]\ntestpaths = ["snippets"]\n'
    )
    topic = tmp_path / "snippets" / "topic"
    topic.mkdir(parents=True)
    (topic / "name.py").write_text(TELLS_ON_IMPORT)
    (topic / "test_named_like_a_test.py").write_text(TELLS_ON_IMPORT)
    return tmp_path


def collected(project: Path, interpreter: str, *args: str) -> list[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        SNIPCHECK_INTERPRETERS=interpreter,
        SNIPCHECK_REQUIRE="",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if "::" in line]


BOTH = ["topic/name", "topic/test_named_like_a_test"]


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (["snippets/topic/name.py"], ["topic/name"]),
        (["snippets/topic/name.py", "snippets/topic/test_named_like_a_test.py"], BOTH),
        (["snippets/topic/name.py", "--doctest-modules"], ["topic/name"]),
        (["-o", "python_files=*.py"], BOTH),
        (["--doctest-modules"], BOTH),
    ],
    ids=["one file", "two files", "doctest modules", "python_files matching", "whole folder"],
)
def test_a_snippet_named_to_pytest_gives_the_engine_items_and_is_not_imported(
    tiny: Path, found, args: list[str], keys: list[str]
):
    label = found[-1].label
    everything = collected(tiny, found[-1].executable)
    assert everything == [f"{key}::{label}" for key in BOTH]
    assert collected(tiny, found[-1].executable, *args) == [f"{key}::{label}" for key in keys]
    assert not list((tiny / "snippets").rglob("*.imported"))


def test_an_item_of_a_named_snippet_can_be_chosen(tiny: Path, found):
    label = found[-1].label
    ids = collected(tiny, found[-1].executable, f"snippets/topic/name.py::{label}")
    assert ids == [f"topic/name::{label}"]
    assert not list((tiny / "snippets").rglob("*.imported"))


# In the project below, a conftest.py writes down every batch the engine is
# asked to verify, as one line of snippet keys per call, in every process.
LOGS_BATCHES = """\
import os
from snipcheck import verify

_check = verify.check


def check(snippets, *args, **kwargs):
    with open(os.environ["BATCH_LOG"], "a") as log:
        log.write(f"{os.getpid()} " + " ".join(s.key for s in snippets) + "\\n")
    return _check(snippets, *args, **kwargs)


verify.check = check
"""


@pytest.mark.parametrize("workers", [0, 2])
def test_each_snippet_is_verified_once_whether_or_not_pytest_has_workers(
    tmp_path: Path, found, workers: int
):
    """With pytest-xdist (``-n 2 --dist loadgroup``) every worker verifies
    only the share of the snippets it was given, in one batch, and each
    snippet's items all run on the worker that verified it."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.snipcheck]\nsnippets = "snippets"\n\n'
        '[tool.pytest.ini_options]\ntestpaths = ["snippets"]\n'
    )
    (tmp_path / "conftest.py").write_text(LOGS_BATCHES)
    keys = sorted(f"topic/s{n}" for n in range(12))
    for key in keys:
        path = tmp_path / "snippets" / f"{key}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# mode: script\nprint({key!r})\n")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        SNIPCHECK_INTERPRETERS=found[-1].executable,
        SNIPCHECK_REQUIRE="",
        BATCH_LOG=str(tmp_path / "batches"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-v", "-n", str(workers)]
        + (["--dist", "loadgroup"] if workers else []),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Nothing is recorded: every item fails, saying so.
    assert f"{len(keys)} failed" in done.stdout, done.stdout + done.stderr
    for key in keys:
        assert f"{key.rpartition('/')[2]}.rec does not exist yet" in done.stdout
    batches = [line.split()[1:] for line in (tmp_path / "batches").read_text().splitlines()]
    assert sorted(key for batch in batches for key in batch) == keys
    assert len(batches) == max(workers, 1)
    if workers:
        shares = {key: n for n, batch in enumerate(batches) for key in batch}
        assert set(shares.values()) == {0, 1}, "one worker verified everything"
        for batch in batches:
            assert batch, "a worker verified nothing"
