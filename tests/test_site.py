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
DIRECTIVE = re.compile(
    r"^(`{3,}|:{3,})\{(?:snippet|measurement|snippet-table)\}\s+(\S+)\s*$", re.MULTILINE
)
# A page of evidence shows every snippet of a folder.
EVIDENCE = re.compile(r"^(`{3,}|:{3,})\{claim-evidence\}\s+(\S+)\s*$", re.MULTILINE)
# Any other way of putting Python on a page: a highlighted fence, a code or
# code-block directive, an included file, or a bare fence holding a prompt.
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,}|:{3,})[ \t]*(\{[\w-]+\})?[ \t]*([\w+-]*)")
PYTHON_LANGS = {"python", "python3", "py", "pycon", "pytb", "ipython", "ipython3", "default"}
CODE_DIRECTIVES = {
    "{code-block}",
    "{code}",
    "{sourcecode}",
    "{literalinclude}",
    "{doctest}",
    "{testcode}",
}
# The same, written in reStructuredText inside an {eval-rst} block.
RST_CODE = re.compile(
    r"^\s*\.\. (?:code-block|code|sourcecode|literalinclude|doctest|testcode)::", re.MULTILINE
)


def used_snippets() -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for page in PAGES:
        for match in DIRECTIVE.finditer(page.read_text()):
            used.setdefault(match.group(2).removesuffix(".py"), []).append(page.name)
        for match in EVIDENCE.finditer(page.read_text()):
            for path in (SNIPPETS / match.group(2)).glob("*.py"):
                key = path.relative_to(SNIPPETS).with_suffix("").as_posix()
                used.setdefault(key, []).append(page.name)
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


def python_outside_snippets(text: str, first: int = 1) -> list[tuple[int, str]]:
    """Each place (line number, what) where a page shows Python other than
    through a snippet directive.  A fence runs to the closing fence of its
    own kind, so a closing fence is never read as an opening one; a
    directive that holds Markdown (a note, say) is looked into."""
    lines = text.splitlines()
    problems: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            if lines[i].lstrip().startswith(">>>"):
                problems.append((first + i, "an interpreter session typed by hand"))
            i += 1
            continue
        fence, directive, lang = match.group(1), match.group(2) or "", match.group(3).lower()
        close = next(
            (
                j
                for j in range(i + 1, len(lines))
                if re.fullmatch(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*", lines[j])
            ),
            len(lines),
        )
        body = "\n".join(lines[i + 1 : close])
        if directive in ("{snippet}", "{measurement}"):
            pass
        elif directive in CODE_DIRECTIVES or (not directive and lang in PYTHON_LANGS):
            problems.append((first + i, "a Python example that is not a snippet"))
        elif directive == "{eval-rst}":
            if RST_CODE.search(body) or ">>>" in body:
                problems.append((first + i, "a Python example that is not a snippet"))
        elif directive:  # an admonition or the like: Markdown inside
            problems += python_outside_snippets(body, first + i + 1)
        elif ">>>" in body:
            problems.append((first + i, "an interpreter session typed by hand"))
        i = close + 1
    return problems


def test_python_outside_snippets_is_found_where_it_is():
    snippet = "```{snippet} slicing/halves\n```\n"
    assert python_outside_snippets("# Page\n\n" + snippet + "\nProse with `>>>` in it.\n") == []
    cases = {
        "```\n>>> 1\n1\n```\n": "an interpreter session typed by hand",
        "~~~~\n>>> 1\n~~~~\n": "an interpreter session typed by hand",
        "```python\nprint(1)\n```\n": "a Python example that is not a snippet",
        "```pycon\n>>> 1\n```\n": "a Python example that is not a snippet",
        "```{code-block} python\nprint(1)\n```\n": "a Python example that is not a snippet",
        ":::{code-block} python\nprint(1)\n:::\n": "a Python example that is not a snippet",
        "```{eval-rst}\n.. code-block:: python\n\n   print(1)\n```\n": (
            "a Python example that is not a snippet"
        ),
        "    >>> 1\n    1\n": "an interpreter session typed by hand",
    }
    for bad, what in cases.items():
        # After a snippet, so that its closing fence comes first: line 6.
        page = "# Page\n\n" + snippet + "\n" + bad
        assert python_outside_snippets(page) == [(6, what)], bad
    # In a note, after a snippet of its own: the fence on line 10.
    page = "# Page\n\n" + snippet + "\n:::{note}\n" + snippet + "\n```\n>>> 1\n```\n:::\n"
    assert python_outside_snippets(page) == [(10, "an interpreter session typed by hand")]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_pages_show_python_only_through_snippets(page):
    problems = [
        f"{page.relative_to(ROOT)}:{line}: {what}"
        for line, what in python_outside_snippets(page.read_text())
    ]
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
