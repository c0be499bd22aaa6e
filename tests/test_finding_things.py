"""The site's own extensions for finding things (_ext/indexentries.py,
_ext/stdlib_links.py) and the intersphinx inventory they link through: the
build reads the inventory committed to the repository and makes no network
request."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sphinx.util.inventory import InventoryFile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))

import indexentries  # noqa: E402 (the site's extension folder, added above)
import stdlib_links  # noqa: E402

# The Python domain's object type for each role stdlib_links uses.
OBJECT_TYPES = {
    "mod": "py:module",
    "class": "py:class",
    "func": "py:function",
    "meth": "py:method",
    "data": "py:data",
    "exc": "py:exception",
}


def site_conf():
    spec = importlib.util.spec_from_file_location("site_conf", ROOT / "conf.py")
    assert spec and spec.loader
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    return conf


@pytest.fixture(scope="module")
def mapping() -> dict:
    return site_conf().intersphinx_mapping


def test_cpython_links_use_the_committed_inventory(mapping):
    url, inventory = mapping["python"]
    # The documentation of the version the inventory was made from.
    assert url == "https://docs.python.org/3.13/"
    path = Path(inventory)
    assert path.is_file() and ROOT in path.parents, f"not a file in the repository: {inventory}"
    assert path.stat().st_size < 1_000_000
    assert list(mapping) == ["python"], "every inventory is committed: only CPython's is"


def test_every_linked_name_is_in_the_inventory(mapping):
    """A name missing from the inventory would fail the -n build; this says
    which one."""
    with open(mapping["python"][1], "rb") as f:
        inventory = InventoryFile.load(f, mapping["python"][0], lambda base, uri: base + uri)
    objects = {name: kind for kind, names in inventory.items() for name in names}
    missing = {
        name: OBJECT_TYPES[role]
        for name, role in stdlib_links.STDLIB_NAMES.items()
        if objects.get(name) != OBJECT_TYPES[role]
    }
    assert not missing, f"not in the inventory with that type: {missing}"


def test_only_exact_names_are_linked():
    assert stdlib_links.target_of("bytes") == ("class", "bytes")
    assert stdlib_links.target_of("struct.unpack_from()") == ("func", "struct.unpack_from")
    assert stdlib_links.target_of("struct.unpack_from") == ("func", "struct.unpack_from")
    for text in ("bytes()", "bytes(m)", "b'bytes'", "memoryview", "readinto()", " bytes", "Bytes"):
        assert stdlib_links.target_of(text) is None, text


def test_an_exception_message_title_gives_both_forms():
    assert indexentries.message_entries("TypeError: cannot modify read-only memory") == [
        "TypeError: cannot modify read-only memory",
        "cannot modify read-only memory",
    ]
    assert indexentries.message_entries("struct.error: unpack requires a buffer of 4 bytes") == [
        "struct.error: unpack requires a buffer of 4 bytes",
        "unpack requires a buffer of 4 bytes",
    ]
    for title in ("Read-only memory", "Errors: the ten you meet first", "CPython 3.12"):
        assert indexentries.message_entries(title) == [], title


# Runs Sphinx with every way out to the network refused: a request would
# fail the build (intersphinx warns, and -W makes that an error).
OFFLINE_SPHINX = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("this build may not use the network")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from sphinx.cmd.build import main
sys.exit(main(sys.argv[1:]))
"""

PAGE = """\
# Page

Use `bytes`, `struct.unpack_from()` or an `array.array`; not `bytes(m)`.

## `TypeError: cannot modify read-only memory`

```{index} !read-only view
```

Some text.
"""


def build_offline(site: Path) -> str:
    """Builds site/docs into site/out with the network refused; Sphinx's log."""
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE_SPHINX, "-W", "-n", "-b", "html", "-c", ".", "docs", "out"],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def search_index_entries(out: Path) -> dict[str, list[str]]:
    """Index entry -> the anchors it points at, from the built searchindex.js."""
    text = (out / "searchindex.js").read_text()
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return {entry: [p[1] for p in places] for entry, places in index["indexentries"].items()}


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory, mapping) -> tuple[Path, str]:
    site = tmp_path_factory.mktemp("finding")
    (site / "conf.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT / '_ext')!r})\n"
        'extensions = ["myst_parser", "indexentries", "stdlib_links", "sphinx.ext.intersphinx"]\n'
        f"intersphinx_mapping = {mapping!r}\n"
    )
    (site / "docs").mkdir()
    (site / "docs" / "index.md").write_text("# Site\n\n```{toctree}\npage\nother\n```\n")
    (site / "docs" / "page.md").write_text(PAGE)
    (site / "docs" / "other.md").write_text("# Other\n\nA page.\n")
    return site / "out", build_offline(site)


def test_the_build_reads_the_inventory_from_the_repository_offline(offline_site, mapping):
    out, log = offline_site
    assert re.search(r"loading intersphinx inventory 'python' from .*python3\.13\.inv", log), log
    assert "objects.inv" not in log.replace("python3.13.inv", "")
    html = BeautifulSoup((out / "page.html").read_text(), "html.parser")
    links = {a.get_text(): a["href"] for a in html.select("a.reference.external")}
    assert links["bytes"].startswith("https://docs.python.org/3.13/") and links["bytes"].endswith(
        "#bytes"
    )
    assert links["struct.unpack_from()"].endswith("library/struct.html#struct.unpack_from")
    assert links["array.array"].endswith("library/array.html#array.array")
    assert "bytes(m)" not in links
    # A literal in a title stays plain text.
    assert not html.select("h2 a.reference.external")


def test_the_message_and_the_index_directive_point_at_their_section(offline_site):
    out, _ = offline_site
    section = "typeerror-cannot-modify-read-only-memory"
    entries = search_index_entries(out)
    assert entries["typeerror: cannot modify read-only memory"] == [section]
    assert entries["cannot modify read-only memory"] == [section]
    assert entries["read-only view"] == [section]
    genindex = (out / "genindex.html").read_text()
    assert f'href="page.html#{section}"' in genindex


def test_a_build_that_writes_only_some_pages_keeps_the_others_index_entries(offline_site):
    """Sphinx 9.0 alone drops the index entries of the pages it does not
    write again from searchindex.js (_ext/indexentries.py makes up for it)."""
    out, _ = offline_site
    before = search_index_entries(out)
    site = out.parent
    (site / "docs" / "other.md").write_text("# Other\n\nA page, edited.\n")
    log = build_offline(site)
    assert "writing output... [100%] other" in log and "] page" not in log, log
    assert search_index_entries(out) == before
