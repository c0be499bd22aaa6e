"""Incremental builds of a small site with this site's page extension
(_ext/pagemeta.py): a new page, a changed page and the tags page are right
on the next build, without a clean one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
CONF = f"""
import sys
sys.path.insert(0, {str(ROOT / "_ext")!r})
extensions = ["myst_parser", "pagemeta"]
myst_enable_extensions = []
site_tags = {{"x": "Pages about x."}}
"""


def page_md(title: str, description: str) -> str:
    return f"---\ndescription: {description}\ntags: [x]\n---\n# {title}\n\nText.\n"


def build(site: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-b", "html", "-c", ".", "docs", "out"],
        capture_output=True,
        text=True,
        cwd=site,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def listed(site: Path, name: str) -> list[str]:
    html = BeautifulSoup((site / "out" / f"{name}.html").read_text(), "html.parser")
    return [a.get_text() for a in html.select("section#x li a")]


def test_the_tags_page_follows_new_and_changed_pages(tmp_path: Path):
    (tmp_path / "conf.py").write_text(CONF)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n```{toctree}\na\ntags\n```\n")
    (docs / "tags.md").write_text("# Tags\n\n```{tag-index}\n```\n")
    (docs / "a.md").write_text(page_md("Alpha", "first"))
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Alpha"]
    # A new page, added to the table of contents.
    (docs / "b.md").write_text(page_md("Beta", "second"))
    (docs / "index.md").write_text("# Home\n\n```{toctree}\na\nb\ntags\n```\n")
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Alpha", "Beta"]
    # A page renamed in its title.
    (docs / "a.md").write_text(page_md("Gamma", "first"))
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Beta", "Gamma"]
    # A page removed.
    (docs / "b.md").unlink()
    (docs / "index.md").write_text("# Home\n\n```{toctree}\na\ntags\n```\n")
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Gamma"]
