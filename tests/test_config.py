"""[tool.snipcheck]: the commands people are told to run, the runtimes to
look for, and whether a project uses snipcheck at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from snipcheck import config


def project(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(table)
    return tmp_path


def test_the_default_commands_are_the_console_script(tmp_path, monkeypatch):
    cfg = config.load(project(tmp_path, "[tool.snipcheck]\n"))
    monkeypatch.chdir(tmp_path)
    assert cfg.command("record") == "snipcheck record"
    assert (
        cfg.command("verify", [tmp_path / "snippets/a/b.py"]) == "snipcheck verify snippets/a/b.py"
    )


def test_a_project_names_its_own_commands_and_paths_go_where_it_says(tmp_path, monkeypatch):
    cfg = config.load(
        project(
            tmp_path,
            "[tool.snipcheck]\n[tool.snipcheck.commands]\n"
            "record = \"make record ONLY='{paths}'\"\nplot = 'nox -s plots -- {paths} --quiet'\n",
        )
    )
    monkeypatch.chdir(tmp_path)
    paths = [tmp_path / "snippets/z.py", tmp_path / "snippets/a b.py", tmp_path / "snippets/z.py"]
    # Sorted, each once; the template quotes them as one word.
    assert cfg.command("record", paths) == "make record ONLY='snippets/a b.py snippets/z.py'"
    assert cfg.command("record") == "make record"
    # A bare placeholder: each path is a word of its own, quoted where it needs it.
    assert cfg.command("plot", paths) == "nox -s plots -- 'snippets/a b.py' snippets/z.py --quiet"
    assert cfg.command("plot") == "nox -s plots --"
    assert cfg.command("measure") == "snipcheck measure"  # not configured: the default


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[tool.snipcheck.commands]\nrecrod = 'x {paths}'\n", "unknown action 'recrod'"),
        (
            "[tool.snipcheck.commands]\nrecord = 'make record'\n",
            'commands.record must be a string holding "{paths}"',
        ),
        (
            "[tool.snipcheck.runtimes]\npyodyde = ['x']\n",
            "unknown runtime 'pyodyde' (known: native, pyodide, history)",
        ),
        (
            "[tool.snipcheck.runtimes]\nnative = ['x']\n",
            "native interpreters are listed in 'interpreters'",
        ),
    ],
)
def test_a_mistake_in_the_table_names_the_file_and_what_is_wrong(tmp_path, table, message):
    path = project(tmp_path, "[tool.snipcheck]\n" + table)
    with pytest.raises(ValueError) as err:
        config.load(path)
    assert str(err.value).startswith(f"{path / 'pyproject.toml'}: [tool.snipcheck] is not valid: ")
    assert message in str(err.value)


def test_only_a_project_with_the_table_uses_snipcheck(tmp_path):
    assert not config.declared(tmp_path)  # no pyproject.toml
    project(tmp_path, '[project]\nname = "x"\n[tool.other]\nsnipcheck = 1\n')
    assert not config.declared(tmp_path)
    project(tmp_path, "[tool.snipcheck]\n")
    assert config.declared(tmp_path)
    project(tmp_path, "[tool.snipcheck\n")  # not TOML: not ours to judge here
    assert not config.declared(tmp_path)
