"""Coverage gates for the reference.

* Every member that ``memoryview`` defines, on every interpreter found, has
  a reference entry (a Python-domain directive) with a snippet inside.  The
  members are listed live, so a new CPython that adds one turns this red.
* Every message in the error catalogue is shown by some recording.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from snipcheck import recording, runner, snippets

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CATALOGUE = DOCS / "reference" / "error-catalogue.md"

# Generic object machinery that every type has; nothing memoryview-specific.
GENERIC = {"__doc__", "__new__", "__getattribute__"}
# Members documented in the entry of their partner.
COVERED_BY = {
    "__ne__": "__eq__",
    "__le__": "__lt__",
    "__gt__": "__lt__",
    "__ge__": "__lt__",
    "__exit__": "__enter__",
    "__release_buffer__": "__buffer__",
}
ENTRY = re.compile(
    r"^(?P<fence>:{3,}|`{3,})\{py:(?:method|attribute|property|classmethod|staticmethod)\}"
    r"\s+memoryview\.(?P<name>\w+)",
    re.MULTILINE,
)


def reference_entries() -> dict[str, bool]:
    """Each documented member, and whether its entry shows a snippet."""
    entries: dict[str, bool] = {}
    for page in DOCS.rglob("*.md"):
        text = page.read_text()
        for match in ENTRY.finditer(text):
            rest = text[match.end() :]
            close = re.search(rf"^{re.escape(match.group('fence'))}\s*$", rest, re.MULTILINE)
            body = rest[: close.start()] if close else rest
            name = match.group("name")
            entries[name] = entries.get(name, False) or "{snippet}" in body
    return entries


@pytest.fixture(scope="module")
def members(project, everything, tmp_path_factory) -> dict[str, list[str]]:
    """Public members of memoryview on each interpreter, listed live through
    the engine (which reaches native and Pyodide interpreters alike)."""
    folder = tmp_path_factory.mktemp("gate") / "gate"
    folder.mkdir()
    path = folder / "members.py"
    path.write_text("# mode: script\nimport json\nprint(json.dumps(sorted(vars(memoryview))))\n")
    snippet = snippets.load(path, folder.parent)
    listed = {}
    for result in runner.run_all([snippet], everything, project):
        assert result.status == "exited" and result.code == 0, result
        names = json.loads(result.output)
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        listed[result.interpreter.label] = [
            n for n in names if n not in GENERIC and n not in private
        ]
    return listed


def test_members_are_listed_on_every_interpreter(members, everything):
    assert sorted(members) == sorted(i.label for i in everything)
    assert all("cast" in names for names in members.values())


def test_every_member_has_a_reference_entry_with_a_snippet(members):
    entries = reference_entries()
    problems = []
    for label, names in members.items():
        for name in names:
            target = COVERED_BY.get(name, name)
            if target not in entries:
                problems.append(f"{label}: memoryview.{name} has no reference entry")
            elif not entries[target]:
                problems.append(f"{label}: the entry for memoryview.{target} has no snippet")
    assert not problems, "\n".join(sorted(set(problems))) + (
        "\nAdd a py:method or py:attribute entry with a snippet (see CONTRIBUTING.md)."
    )


def catalogue_messages() -> list[str]:
    if not CATALOGUE.exists():
        return []
    return re.findall(r"^### `([^`]+)`\s*$", CATALOGUE.read_text(), re.MULTILINE)


def recorded_lines() -> set[str]:
    lines: set[str] = set()
    for path in (ROOT / "snippets").rglob("*.rec"):
        rec = recording.read(path)
        assert rec is not None
        for out in rec.outputs.values():
            lines.update(out.text.splitlines())
    return lines


def test_the_catalogue_lists_messages():
    assert len(catalogue_messages()) >= 20, (
        f"{CATALOGUE} should list the error messages as ### headings"
    )


@pytest.mark.parametrize("message", catalogue_messages())
def test_every_catalogued_message_is_shown_by_a_recording(message):
    assert message in recorded_lines(), (
        f"the error catalogue lists {message!r} but no recording shows it; "
        "add a snippet that raises it, or copy the message exactly from a .rec file"
    )
