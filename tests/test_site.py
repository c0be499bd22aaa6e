"""Guards that keep the site and the snippets in step."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
PAGES = sorted(DOCS.rglob("*.md"))
DIRECTIVE = re.compile(r"^(`{3,}|:{3,})\{(?:snippet|measurement)\}\s+(\S+)\s*$", re.MULTILINE)
# Any other way of putting Python on a page: a highlighted fence, a code or
# code-block directive, an included file, or a bare fence holding a prompt.
FENCE = re.compile(r"^(`{3,}|~{3,}|:{3,})\s*(\{[\w-]+\})?\s*([\w+-]*)", re.MULTILINE)
PYTHON_LANGS = {"python", "python3", "py", "pycon", "pytb", "ipython", "ipython3", "default"}
CODE_DIRECTIVES = {
    "{code-block}",
    "{code}",
    "{sourcecode}",
    "{literalinclude}",
    "{doctest}",
    "{testcode}",
}


def used_snippets() -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for page in PAGES:
        for match in DIRECTIVE.finditer(page.read_text()):
            used.setdefault(match.group(2).removesuffix(".py"), []).append(page.name)
    return used


def test_there_are_pages_and_snippets():
    assert PAGES and list(SNIPPETS.rglob("*.py"))


@pytest.mark.parametrize(
    "path", sorted(SNIPPETS.rglob("*.py")), ids=lambda p: p.relative_to(SNIPPETS).as_posix()
)
def test_every_snippet_is_shown_on_a_page(path):
    key = path.relative_to(SNIPPETS).with_suffix("").as_posix()
    assert key in used_snippets(), (
        f"{path.relative_to(ROOT)} is used by no page in docs/; "
        "show it with a snippet directive or delete it"
    )


def test_every_snippet_a_page_names_exists():
    missing = {
        key: pages
        for key, pages in used_snippets().items()
        if not (SNIPPETS / f"{key}.py").is_file()
    }
    assert not missing, f"pages name snippets that do not exist: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_pages_show_python_only_through_snippets(page):
    text = page.read_text()
    problems = []
    for match in FENCE.finditer(text):
        directive, lang = match.group(2) or "", match.group(3).lower()
        line = text.count("\n", 0, match.start()) + 1
        if directive in ("{snippet}", "{measurement}"):
            continue
        if directive in CODE_DIRECTIVES or (not directive and lang in PYTHON_LANGS):
            problems.append(
                f"{page.relative_to(ROOT)}:{line}: a Python example that is not a snippet"
            )
        elif not directive and not lang:
            body = text[match.end() : text.find(match.group(1), match.end())]
            if ">>>" in body:
                problems.append(
                    f"{page.relative_to(ROOT)}:{line}: an interpreter session typed by hand"
                )
    assert not problems, (
        "\n".join(problems) + "\nPut the code in snippets/ and show it with a snippet directive."
    )


def site_tags() -> set[str]:
    spec = importlib.util.spec_from_file_location("site_conf", ROOT / "conf.py")
    assert spec and spec.loader
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    return set(conf.site_tags)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_page_has_a_description_and_known_tags(page):
    match = re.match(r"---\n(.*?)\n---\n", page.read_text(), re.DOTALL)
    assert match and re.search(r"^description: \S", match.group(1), re.MULTILINE), (
        f"{page.relative_to(ROOT)} needs front matter with a one-line 'description:'"
    )
    tags = re.search(r"^tags: \[(.*)\]$", match.group(1), re.MULTILINE)
    assert tags, f"{page.relative_to(ROOT)} needs 'tags: [...]' in its front matter"
    unknown = [t.strip() for t in tags.group(1).split(",") if t.strip() not in site_tags()]
    assert not unknown, (
        f"{page.relative_to(ROOT)}: tag {unknown[0]!r} is not in site_tags in conf.py"
    )


def test_every_recording_has_its_snippet():
    recordings = [*SNIPPETS.rglob("*.rec"), *SNIPPETS.rglob("*.json"), *SNIPPETS.rglob("*.svg")]
    orphans = [
        p.relative_to(ROOT).as_posix()
        for p in recordings
        if not p.with_name(p.name.split(".")[0] + ".py").exists()
    ]
    assert not orphans, f"recordings or plots without a snippet (delete them): {orphans}"
