"""Sphinx configuration for the memoryview reference (conf.py at the root)."""

from __future__ import annotations

import sys
from pathlib import Path

import sphinx_copybutton
import sphinx_design.extension

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "_ext"))  # this site's own small extensions

project = "memoryview, verified"
author = "The memoryview reference contributors"
copyright = "2026, " + author

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_copybutton",
    "snipcheck.sphinx_ext",
    "pagemeta",
    "a11y",
    "runbutton",
]

myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline", "deflist"]
myst_heading_anchors = 3
nitpicky = True
exclude_patterns = ["_build"]

snipcheck_snippets = str(ROOT / "snippets")
# The Run button compares with the 3.14 recording only; the page carries no other.
snipcheck_data_outputs = ["3.14-pyodide"]
snipcheck_runtime_notes = {
    "pyodide": (
        "Pyodide runs CPython compiled to WebAssembly (wasm32). There, C `long`, "
        "`size_t` and pointers are 4 bytes, so formats `l`, `L`, `n`, `N` and `P` "
        "are smaller than on 64-bit Linux, and object addresses are shorter; "
        "sockets, processes and threads are not available. "
        "See [Pyodide and the platform](/versions.md#pyodide-and-the-platform)."
    )
}

html_theme = "furo"
html_title = "memoryview, verified"
# The two extension folders are listed here on purpose: see
# snipcheck.sphinx_ext.drop_repeated_static_paths.
html_static_path = [
    str(ROOT / "_static"),
    str(sphinx_design.extension.STATIC_DIR),
    str(Path(sphinx_copybutton.__file__).parent.joinpath("_static").absolute()),
]
html_css_files = [("snipcheck.css", {})]  # the form Sphinx converts to
html_last_updated_fmt = "%Y-%m-%d"
# Where "Edit this page" points; change it for a fork of the site.
SOURCE_REPOSITORY = "https://github.com/memoryview-verified/memoryview-verified/"
html_theme_options = {
    "source_repository": SOURCE_REPOSITORY,
    "source_branch": "main",
    "source_directory": "docs/",
    "top_of_page_buttons": ["view", "edit"],
}
html_copy_source = False

# Copy runnable code only: the typed lines of a session without their
# prompts, never an output block.
copybutton_prompt_text = r">>> |\.\.\.(?: |$)"  # no capturing group: copybutton numbers its own
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_selector = "div:not(.snipcheck-output) > div.highlight pre"

# The only tags a page may carry in its front matter (tests/test_site.py
# checks); each gets a section on the tags page.
site_tags = {
    "tutorial": "Learning memoryview step by step",
    "how-to": "Recipes for real work",
    "reference": "Every member, signature and error",
    "explanation": "How and why memoryview works the way it does",
    "errors": "Exceptions and their messages",
    "versions": "Differences between CPython versions",
    "data types": "Formats, item types and conversions",
    "memory": "Memory layout, copies and lifetime",
    "performance": "Measured time and memory, with plots",
    "binary data": "Bytes, structs and binary formats",
    "buffer protocol": "Objects that share their memory",
    "io": "Files, sockets and streams",
    "numpy": "Working with NumPy arrays",
    "interop": "array, ctypes, mmap and other exporters",
}
