"""Project settings from ``[tool.snipcheck]`` in pyproject.toml."""

from __future__ import annotations

import os
import re
import shlex
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .runtimes import named

# What the console script accepts; a project that runs it through another
# tool (make, nox, tox) says so in [tool.snipcheck.commands].
COMMANDS: dict[str, str] = {
    "record": "snipcheck record {paths}",
    "verify": "snipcheck verify {paths}",
    "measure": "snipcheck measure {paths}",
    "plot": "snipcheck plot {paths}",
}


@dataclass(frozen=True)
class Config:
    root: Path
    snippets: Path
    pages: Path = Path("docs")  # the page sources, for `snipcheck claims`
    interpreters: tuple[str, ...] = ()
    # Where to find interpreters of the other runtimes, by kind (see
    # runtimes.py): [tool.snipcheck.runtimes] pyodide = ["node_modules/pyodide-*"].
    runtimes: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    minimum: tuple[int, int] = (3, 8)
    require: tuple[str, ...] = ()
    timeout: float = 10.0
    max_output: int = 1_000_000
    max_memory: int = 2 * 1024**3
    masks: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # The commands people are told to run, by action; "{paths}" is where the
    # snippet paths go (relative to the current folder, separated by spaces).
    commands: dict[str, str] = field(default_factory=lambda: dict(COMMANDS), hash=False)

    def command(self, action: str, paths: list[Path] | None = None) -> str:
        """The command that does ``action`` ("record", "verify", "measure",
        "plot") for these snippet files; with no paths, the command alone:
        everything before the word that holds "{paths}"."""
        return fill(self.commands[action], paths)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with a pyproject.toml."""
    for folder in [start, *start.parents]:
        if (folder / "pyproject.toml").is_file():
            return folder
    raise FileNotFoundError(f"no pyproject.toml at or above {start}")


def declared(root: Path) -> bool:
    """Whether the pyproject.toml in ``root`` has a [tool.snipcheck] table:
    the pytest plugin, installed for every project in an environment, stays
    out of the way of projects that do not use it."""
    try:
        with (root / "pyproject.toml").open("rb") as f:
            return "snipcheck" in tomllib.load(f).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


def load_defaults(root: Path) -> Config:
    """The settings of a project with no pyproject.toml."""
    return Config(
        root=root.resolve(), snippets=root.resolve() / "snippets", pages=root.resolve() / "docs"
    )


def load(root: Path | None = None) -> Config:
    root = (root or find_root(Path.cwd())).resolve()
    path = root / "pyproject.toml"
    with path.open("rb") as f:
        table = tomllib.load(f).get("tool", {}).get("snipcheck", {})
    try:
        major, minor = (int(p) for p in str(table.get("minimum", "3.8")).split("."))
        require = tuple(table.get("require", ()))
        env_require = os.environ.get("SNIPCHECK_REQUIRE")
        if env_require is not None:
            require = tuple(env_require.replace(",", " ").split())
        return Config(
            root=root,
            snippets=root / table.get("snippets", "snippets"),
            pages=root / table.get("pages", "docs"),
            interpreters=tuple(table.get("interpreters", ())),
            runtimes=_runtimes(table.get("runtimes", {})),
            minimum=(major, minor),
            require=require,
            timeout=float(table.get("timeout", 10.0)),
            max_output=int(table.get("max-output", 1_000_000)),
            max_memory=int(table.get("max-memory", 2 * 1024**3)),
            masks=tuple((str(p), str(r)) for p, r in table.get("masks", ())),
            commands=_commands(table.get("commands", {})),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path}: [tool.snipcheck] is not valid: {exc}") from None


def fill(template: str, paths: list[Path] | None) -> str:
    """A command template with these paths in it (each quoted for the shell
    where needed, unless the template quotes "{paths}" as a whole), or
    without paths: the words before the one that holds "{paths}"."""
    if paths is None:
        words = template.split()
        return " ".join(words[: next(n for n, w in enumerate(words) if "{paths}" in w)])
    names = sorted({os.path.relpath(p) for p in paths})
    if not re.search(r"""(['"])\{paths\}\1""", template):  # bare: each path is a shell word
        names = [shlex.quote(name) for name in names]
    return template.replace("{paths}", " ".join(names))


def _runtimes(table: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise ValueError("runtimes must be a table of kind = [patterns]")
    for kind in table:
        named(kind)  # an unknown kind is refused here, with the known ones
        if kind == "native":
            raise ValueError("runtimes: native interpreters are listed in 'interpreters'")
    return {str(k): tuple(str(p) for p in v) for k, v in table.items()}


def _commands(table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ValueError("commands must be a table of action = command")
    unknown = sorted(set(table) - set(COMMANDS))
    if unknown:
        raise ValueError(f"commands: unknown action {unknown[0]!r} (known: {', '.join(COMMANDS)})")
    commands = dict(COMMANDS)
    for action, template in table.items():
        if not isinstance(template, str) or "{paths}" not in template:
            raise ValueError(f'commands.{action} must be a string holding "{{paths}}"')
        commands[action] = template
    return commands
