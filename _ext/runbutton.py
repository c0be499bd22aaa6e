"""Run buttons: every snippet can be edited and run on CPython 3.14 in the
reader's browser (Pyodide, CPython compiled to WebAssembly).

The button is ``_static/runbutton.js`` (with ``runbutton.css``).  This
extension only registers those two files and, at the end of an html build,
puts what the button loads (after the page, when a reader moves towards a
Run button or the browser is idle) into ``_static/pyodide/`` of the built
site:

- the Pyodide runtime from ``node_modules/pyodide-314`` (``make npm``);
- the engine modules the button imports (``ENGINE_FILES``): its public
  ``snipcheck.inprocess.run``, which runs a snippet inside the runtime and
  observes the run with the host's own code, and ``snipcheck.display``,
  which names groups of versions as pages do; with every module those
  import, as the package ``snipcheck`` in ``_static/pyodide/snipcheck/``.
  So the browser runs snippets exactly as ``make record`` does on Pyodide
  instead of imitating it;
- ``engine.json``: the scrubbed environment and the limits the engine starts
  and runs every target interpreter with, and the list of those modules.

Pages learn from the button's own script tag which runtime it ships
(``data-name``, "Pyodide 3.14", named by the engine), to say so before a
reader starts it.

Nothing runs during a build.  Files whose copy is up to date (same size and
modification time) are left alone, so a rebuild copies nothing.  The
configuration is not touched: changing ``html_static_path`` from an
extension makes every build a full one (see
``snipcheck.sphinx_ext.drop_repeated_static_paths``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

import snipcheck
from snipcheck import config as engine_config
from snipcheck import display, environment, runtimes

logger = logging.getLogger(__name__)

PYODIDE_PACKAGE = "pyodide-314"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# What the button imports (inprocess, display) and every engine module they
# import, and nothing else (tests/test_inprocess.py checks it in Pyodide).
ENGINE_FILES = (
    "__init__.py",
    "_child.py",
    "config.py",
    "display.py",
    "inprocess.py",
    "masking.py",
    "outcome.py",
    "recording.py",
    "runtimes.py",
    "snippets.py",
    "transcript.py",
)


def _copy(source: Path, target: Path) -> None:
    """Copy with its modification time, unless the copy is already up to date."""
    try:
        have, want = target.stat(), source.stat()
        if have.st_size == want.st_size and have.st_mtime_ns == want.st_mtime_ns:
            return
    except FileNotFoundError:
        pass
    shutil.copy2(source, target)


def _write(target: Path, text: str) -> None:
    """Write a generated file only when its text changes (browsers keep it cached)."""
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _engine_settings(confdir: Path) -> dict[str, Any]:
    """What the engine runs every snippet with: the same values a recording used."""
    try:
        cfg = engine_config.load(confdir)
    except (FileNotFoundError, ValueError):
        cfg = engine_config.Config(root=confdir, snippets=confdir / "snippets")
    return {
        "environment": environment.child_environment(),
        "timeout": cfg.timeout,
        "max_output": cfg.max_output,
        "max_memory": cfg.max_memory,
        "masks": [list(pair) for pair in cfg.masks],
        "files": list(ENGINE_FILES),
    }


def copy_runtime(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    confdir = Path(app.confdir)
    target = Path(app.outdir) / "_static" / "pyodide"
    engine_target = target / "snipcheck"
    engine_target.mkdir(parents=True, exist_ok=True)

    engine = Path(snipcheck.__file__).parent
    for name in ENGINE_FILES:
        _copy(engine / name, engine_target / name)
    settings = json.dumps(_engine_settings(confdir), indent=1, sort_keys=True) + "\n"
    _write(engine_target / "engine.json", settings)

    package = confdir / "node_modules" / PYODIDE_PACKAGE
    missing = [name for name in PYODIDE_FILES if not (package / name).is_file()]
    if missing:
        what = package if len(missing) == len(PYODIDE_FILES) else package / missing[0]
        logger.warning(
            "the Run buttons need the Pyodide runtime, but %s does not exist; run `make npm`",
            what,
            type="runbutton",
        )
        return
    for name in PYODIDE_FILES:
        _copy(package / name, target / name)


def shipped_runtime(confdir: Path) -> dict[str, str]:
    """What the button's script tag says of the runtime it ships: its name
    as pages name versions ("Pyodide 3.14"), from the npm package's own
    lock file; nothing when the package is not installed."""
    lock = confdir / "node_modules" / PYODIDE_PACKAGE / "pyodide-lock.json"
    try:
        release = str(json.loads(lock.read_text(encoding="utf-8"))["info"]["python"])
    except (OSError, KeyError, ValueError):
        return {}
    label = runtimes.PYODIDE.label(release)
    return {"data-name": display.version_ranges([label], [label])}


def setup(app: Sphinx) -> dict[str, Any]:
    attributes = shipped_runtime(Path(app.confdir))
    # Sphinx does not notice a script tag's attributes change; a setting
    # that holds them does, and then writes every page again.
    app.add_config_value(
        "runbutton_shipped",
        attributes.get("data-name", ""),
        "html",
        types=str,
        description="the runtime the Run buttons ship (set by the extension)",
    )
    app.add_js_file("runbutton.js", loading_method="defer", **attributes)
    app.add_css_file("runbutton.css")
    app.connect("build-finished", copy_runtime)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
