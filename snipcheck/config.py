"""Project settings from ``[tool.snipcheck]`` in pyproject.toml."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Config:
    root: Path
    snippets: Path
    interpreters: tuple[str, ...] = ()
    pyodide: tuple[str, ...] = ()
    minimum: tuple[int, int] = (3, 8)
    require: tuple[str, ...] = ()
    timeout: float = 10.0
    max_output: int = 1_000_000
    max_memory: int = 2 * 1024**3
    masks: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with a pyproject.toml."""
    for folder in [start, *start.parents]:
        if (folder / "pyproject.toml").is_file():
            return folder
    raise FileNotFoundError(f"no pyproject.toml at or above {start}")


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
            interpreters=tuple(table.get("interpreters", ())),
            pyodide=tuple(table.get("pyodide", ())),
            minimum=(major, minor),
            require=require,
            timeout=float(table.get("timeout", 10.0)),
            max_output=int(table.get("max-output", 1_000_000)),
            max_memory=int(table.get("max-memory", 2 * 1024**3)),
            masks=tuple((str(p), str(r)) for p, r in table.get("masks", ())),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path}: [tool.snipcheck] is not valid: {exc}") from None
