"""Incremental builds of a small site with this site's page extension
(_ext/pagemeta.py): a new page, a changed page and the tags page are right
on the next build, without a clean one."""

from __future__ import annotations

import re
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
    # A page not read again is written again: its navigation lists the new one.
    assert 'href="b.html"' in (tmp_path / "out" / "a.html").read_text()
    # A page renamed in its title.
    (docs / "a.md").write_text(page_md("Gamma", "first"))
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Beta", "Gamma"]
    # A page removed.
    (docs / "b.md").unlink()
    (docs / "index.md").write_text("# Home\n\n```{toctree}\na\ntags\n```\n")
    build(tmp_path)
    assert listed(tmp_path, "tags") == ["Gamma"]


def test_the_sitemap_lists_every_page_after_a_build_that_wrote_one(tmp_path: Path):
    """_ext/sitemap.py writes the sitemap from every page Sphinx knows, not
    only from those the build wrote again."""
    (tmp_path / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / '_ext')!r})\n"
        'extensions = ["myst_parser", "sitemap"]\n'
        'html_baseurl = "https://example.org/docs/"\n'
    )
    docs = tmp_path / "docs"
    (docs / "topic").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\n```{toctree}\na\ntopic/b\n```\n")
    (docs / "a.md").write_text("# A\n\nText.\n")
    (docs / "topic" / "b.md").write_text("# B\n\nText.\n")

    def locations() -> list[str]:
        text = (tmp_path / "out" / "sitemap.xml").read_text()
        return re.findall(r"<loc>([^<]+)</loc>", text)

    every = [f"https://example.org/docs/{p}.html" for p in ("a", "index", "topic/b")]
    build(tmp_path)
    assert locations() == every
    (docs / "a.md").write_text("# A\n\nText, edited.\n")
    build(tmp_path)
    assert locations() == every
