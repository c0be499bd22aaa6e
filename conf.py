"""Sphinx configuration for the memoryview reference (conf.py at the root)."""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
    # Finding things: index entries for error messages and {index} directives
    # (_ext/indexentries.py), links from inline code such as `bytes` to
    # CPython's docs (_ext/stdlib_links.py, through intersphinx below).
    "indexentries",
    "stdlib_links",
    "sphinx.ext.intersphinx",
    # Small things readers and search engines expect: see "Where the site
    # lives" below.
    "sphinx_last_updated_by_git",
    "sitemap",
    "notfound.extension",
]

myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline", "deflist"]
myst_heading_anchors = 3
nitpicky = True
exclude_patterns = ["_build"]

snipcheck_snippets = str(ROOT / "snippets")
# The Run button compares with the 3.14 recording only; the page carries no other.
snipcheck_data_outputs = ["3.14-pyodide"]
# The page that says what outputs, tabs and check marks mean; every page with
# examples ends with a note that links to it.
snipcheck_about = "verified"
snipcheck_runtime_notes = {
    "pyodide": (
        "Pyodide runs CPython compiled to WebAssembly (wasm32). There, C `long`, "
        "`size_t` and pointers are 4 bytes, so formats `l`, `L`, `n`, `N` and `P` "
        "are smaller than on 64-bit Linux, and object addresses are shorter; "
        "sockets, processes and threads are not available. "
        "See [Pyodide and the platform](/versions.md#pyodide-and-the-platform)."
    )
}

# Links to CPython's documentation.  The build reads the inventory committed
# in _ext/inventories/ and never downloads one: objects.inv of the Debian
# package python3.13-doc 3.13.18-1 (pool/main/p/python3.13/
# python3.13-doc_3.13.18-1_all.deb, sha256 53f621eaf693b32307f09a3c41994520
# 898a1444d1430fe0ccc7e9e38ad06001; /usr/share/doc/python3.13/html/objects.inv
# in it).  To update it, unpack a newer python3.X-doc with `dpkg-deb -x`
# and copy that file over; tests/test_finding_things.py checks that the
# build uses it.  The links go to the 3.13 documentation, whose pages the
# inventory describes (it files `bytes` under builtins/stdtypes.html, which
# other versions' documentation need not have).
PYTHON_INVENTORY = ROOT / "_ext" / "inventories" / "python3.13.inv"
intersphinx_mapping = {"python": ("https://docs.python.org/3.13/", str(PYTHON_INVENTORY))}

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
html_favicon = "_static/favicon.svg"
# Where "Edit this page" points; change it for a fork of the site.
SOURCE_REPOSITORY = "https://github.com/memoryview-verified/memoryview-verified/"
html_theme_options = {
    "source_repository": SOURCE_REPOSITORY,
    "source_branch": "main",
    "source_directory": "docs/",
    "top_of_page_buttons": ["view", "edit"],
}
html_copy_source = False
# Sphinx's own search, with a scorer that ranks an object named exactly as the
# query first and also matches the words of index entries and section titles
# (_ext/search_scorer.js says how).
html_search_scorer = str(ROOT / "_ext" / "search_scorer.js")

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


# Where the site lives.  Canonical links, the sitemap and og:url need the
# address the site is published at, and the 404 page needs its path (it is
# served for any missing address, so its links are absolute).  Nothing in the
# repository says which address that is: Read the Docs tells its builds
# (READTHEDOCS_CANONICAL_URL); anywhere else set SITE_BASE_URL, e.g. the
# GitHub Pages address "https://<owner>.github.io/<repository>/".  Without
# either, a build is for this machine: `make serve` shows it at
# http://127.0.0.1:8000/.
html_baseurl = (
    os.environ.get("SITE_BASE_URL")
    or os.environ.get("READTHEDOCS_CANONICAL_URL")
    or "http://127.0.0.1:8000/"
).rstrip("/") + "/"
SITE_PATH = urlsplit(html_baseurl).path  # "/" or "/<repository>/" or "/en/latest/"

# "Last updated" (sphinx-last-updated-by-git) is the newest commit among a
# page's source and the files Sphinx noted it was built from: the snippets,
# recordings and plots its directives and {measured} values show (the
# snipcheck directives note them with env.note_dependency) and its images;
# not the evidence of its claims (below).  Dates are UTC, whoever committed.
# In a shallow clone the commit that last touched a file may be missing: the
# page then shows no date rather than a wrong one (the extension's "too
# shallow" warning is silenced for that; the workflows that build the site
# fetch the whole history).
git_last_updated_timezone = "UTC"
suppress_warnings = ["git.too_shallow"]

# What the extension cannot tell: a claim's evidence is a dependency of the
# page (the build checks it), yet the page does not show it, only a link to
# the evidence page.  So while the extension runs, a page's dependencies
# leave out the files of snippets that its claims name and nothing on it
# shows; the evidence page, which shows them all, keeps them.
SHOWN = re.compile(
    r"^(?:`{3,}|:{3,})\{(?:snippet|snippet-table|measurement|claim-evidence)\}\s+(\S+)"
    r"|\{measured\}`([^`\s]+)",
    re.MULTILINE,
)
CLAIMED = re.compile(r"\{claim\}`([^`\s]+)")


def claimed_only(source: str) -> set[str]:
    """Snippet keys ("topic/name") a page names in claims and shows nowhere."""
    shown = {(a or b).removesuffix(".py") for a, b in SHOWN.findall(source)}
    return {
        key
        for key in CLAIMED.findall(source)
        if key not in shown and key.rpartition("/")[0] not in shown
    }


def snippet_key(path: Path) -> str | None:
    """ "topic/name" for a snippet's file or one of its recordings or plots."""
    try:
        relative = path.resolve().relative_to(Path(snipcheck_snippets))
    except ValueError:
        return None
    return relative.with_name(relative.name.split(".")[0]).as_posix()


_all_dependencies: dict[str, set[str]] = {}


def date_only_what_pages_show(app: Any, env: Any) -> None:
    for docname, date in env.git_last_updated.items():
        if date is not None:
            continue  # not read again in this build
        hidden = claimed_only(Path(env.doc2path(docname)).read_text(encoding="utf-8"))
        if hidden:
            deps = env.dependencies[docname]
            _all_dependencies[docname] = deps
            env.dependencies[docname] = {
                d for d in deps if snippet_key(Path(env.srcdir, d)) not in hidden
            }


def restore_dependencies(app: Any, env: Any) -> None:
    env.dependencies.update(_all_dependencies)
    _all_dependencies.clear()


# The 404 page (sphinx-notfound-page).  Any address may show it, so its links
# start with the site's path.
notfound_urls_prefix = SITE_PATH
_NOT_FOUND_LINKS = " or ".join(
    f'<a href="{SITE_PATH}{name}.html">{html.escape(title)}</a>'
    for name, title in [("index", "the home page"), ("glance", "memoryview at a glance")]
    if (ROOT / "docs" / f"{name}.md").is_file()
)
notfound_context = {
    "title": "Page not found",
    "body": f"""
<link rel="stylesheet" href="{SITE_PATH}_static/notfound.css">
<h1>Page not found</h1>
<p>There is no page at this address: it may have moved, or the link may be mistyped.</p>
<form class="notfound-search" action="{SITE_PATH}search.html" method="get" role="search">
  <label for="notfound-search-input">Search the site</label>
  <input id="notfound-search-input" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p>Or start from {_NOT_FOUND_LINKS}.</p>
""",
}


def setup(app: Any) -> None:
    # sphinx-last-updated-by-git reads the dependencies at the default 500.
    app.connect("env-updated", date_only_what_pages_show, priority=450)
    app.connect("env-updated", restore_dependencies, priority=550)
