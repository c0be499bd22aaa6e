"""What the snippet and measurement directives share: the project's
settings, finding a snippet, and the pieces every example is made of
(code blocks, download links, the line saying where outputs came from)."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config as SphinxConfig
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .. import config as config_mod
from .. import recording, snippets
from ..recording import Recording
from . import downloads
from .widgets import snipcheck_example

logger = logging.getLogger("snipcheck.sphinx_ext")

# The project's settings by Sphinx configuration: directives and roles see
# the configuration, not the application (BuildEnvironment.app is deprecated).
_PROJECTS: weakref.WeakKeyDictionary[SphinxConfig, config_mod.Config] = weakref.WeakKeyDictionary()


def read_project(app: Sphinx, config: SphinxConfig) -> None:
    """On config-inited: read the project's [tool.snipcheck] settings once,
    for every page (from the nearest pyproject.toml at or above conf.py;
    defaults where there is none)."""
    try:
        _PROJECTS[config] = config_mod.load(config_mod.find_root(Path(app.confdir)))
    except FileNotFoundError:
        _PROJECTS[config] = config_mod.load_defaults(Path(app.confdir))


def role_failure(
    inliner: Any, rawtext: str, role: str, text: str, why: str, line: int
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """What a role returns when it cannot do its job: an error at its line,
    naming the role as written and why."""
    message = inliner.reporter.error(f"{{{role}}}`{text}`: {why}", line=line)
    return [inliner.problematic(rawtext, rawtext, message)], [message]


def project(config: SphinxConfig) -> config_mod.Config:
    """The project's settings, as read by ``read_project``."""
    return _PROJECTS[config]


def code(text: str, language: str, *classes: str) -> nodes.literal_block:
    """A code block that Sphinx highlights as ``language``."""
    text = text.rstrip("\n")
    return nodes.literal_block(text, text, language=language, classes=list(classes))


def not_everywhere(snippet: snippets.Snippet) -> str:
    """Why the snippet is not verified on some interpreters, for the meta line."""
    notes = [
        f" \u00b7 not run on {runtime.capitalize()}: {why}"
        for runtime, why in snippet.not_on.items()
    ]
    if snippet.requires:
        needs = ", ".join(snippet.requires)
        notes.append(f" \u00b7 needs {needs}: not verified where it cannot be imported")
    return "".join(notes)


class ExampleDirective(SphinxDirective):
    """A directive whose argument names a snippet: ``<topic>/<name>``."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"name": directives.unchanged}

    @property
    def project(self) -> config_mod.Config:
        return project(self.config)

    def fail(self, message: str, *args: object) -> list[nodes.Node]:
        """Report an error at the directive; it then shows nothing."""
        logger.error(message, *args, location=self.get_location())
        return []

    def load_snippet(self, *recordings: str) -> snippets.Snippet | None:
        """The snippet, with it and its recordings (by suffix) noted as
        dependencies of the page; None, reported, when it cannot be read."""
        folder = Path(self.config.snipcheck_snippets)
        key = self.arguments[0].removesuffix(".py")
        path = folder / f"{key}.py"
        # Noted before it is looked for: a page written before its snippet
        # is read again once the snippet (or its recording) exists.
        self.env.note_dependency(str(path))
        for suffix in recordings:
            self.env.note_dependency(str(path.with_suffix(suffix)))
        if not path.is_file():
            self.fail("snippet %r not found: there is no %s", key, path)
            return None
        try:
            return snippets.load(path, folder)
        except snippets.SnippetError as exc:
            self.fail("%s", exc)
            return None

    def load_recorded(self) -> tuple[snippets.Snippet, Recording] | None:
        """The snippet named by the argument and its recording, both noted
        as dependencies; None, reported, when either cannot be read or the
        recording holds no output yet."""
        self.unrecorded = []
        snippet = self.load_snippet(".rec")
        if snippet is None:
            return None
        try:
            rec = recording.read(snippet.recording_path, self.project.commands["record"])
        except recording.RecordingError as exc:
            self.fail("%s", exc)
            return None
        command = self.project.command("record", [snippet.path])
        if rec is None or not rec.outputs:
            self.fail("snippet %r has no recording yet; run: %s", snippet.key, command)
            self.unrecorded = self.not_recorded(snippet, "It has not been recorded yet.", command)
            return None
        if not rec.made_from(snippet.source):
            self.fail(
                "snippet %r changed after it was recorded; its outputs are not shown. Run: %s",
                snippet.key,
                command,
            )
            why = "It changed after its outputs were recorded."
            self.unrecorded = self.not_recorded(snippet, why, command)
            return None
        return snippet, rec

    # What a directive shows in place of outputs that are missing or stale
    # (set by load_recorded).
    unrecorded: list[nodes.Node]

    def not_recorded(self, snippet: snippets.Snippet, why: str, command: str) -> list[nodes.Node]:
        """A visible notice, with the code as it is now and no output: a
        preview (``make serve``) must not show old outputs as this code's."""
        notice = nodes.container(classes=["snipcheck-unrecorded"])
        notice += nodes.paragraph(
            "",
            "",
            nodes.strong("", "Not recorded yet. "),
            nodes.Text(f"{why} Run: "),
            nodes.literal(command, command),
        )
        notice += code(snippet.body, "python")
        return [notice]

    def example(self, snippet: snippets.Snippet, kind: str) -> snipcheck_example:
        """The box around one example, ``div.snipcheck.snipcheck-<kind>``,
        named by the ``:name:`` option."""
        node = snipcheck_example(classes=["snipcheck", f"snipcheck-{kind}"])
        node["reftitle"] = snippet.filename
        self.set_source_info(node)
        self.add_name(node)
        if not node["ids"]:
            # Every example is an anchor a reader can link to: its key,
            # numbered when the page shows the snippet more than once.
            document = self.state.document
            base = nodes.make_id(f"example-{snippet.key}")
            anchor, n = base, 1
            while anchor in document.ids:
                n += 1
                anchor = f"{base}-{n}"
            node["ids"].append(anchor)
            document.ids[anchor] = node
        return node

    def permalink(self, node: snipcheck_example) -> nodes.reference:
        """A link to the example itself, for the line under it."""
        return nodes.reference(
            "",
            "#",
            refid=node["ids"][0],
            classes=["snipcheck-permalink"],
            reftitle="Link to this example",
        )

    def download(self, path: Path) -> downloads.snipcheck_download:
        """A link that downloads ``path`` (copied into ``_downloads`` once
        the build ends, see downloads.py)."""
        return downloads.link(self.env, path)
