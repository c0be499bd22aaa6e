"""The ``claim`` role and the ``claim-evidence`` directive.

A sentence that states a fact no output beside it shows ends with a claim
naming its evidence and the versions it holds on::

    ``toreadonly()`` appeared in 3.8. {claim}`history/toreadonly 3.8+`

The role checks the evidence's recording (see ``snipcheck.claims``): when
the evidence held on other versions than the claim names, the build fails
saying where.  Readers see a small check mark with the versions, linking
to the evidence, which a ``claim-evidence`` directive shows on a page of
its own (every snippet of a folder, each with its code and outputs)::

    ```{claim-evidence} evidence
    ```
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from .. import claims, snippets
from .common import project, role_failure
from .snippet import SnippetDirective


def evidence_target(key: str) -> str:
    """The anchor of an evidence snippet on the evidence page."""
    return nodes.make_id(f"evidence-{key}")


def claim_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    env = inliner.document.settings.env
    folder = Path(env.config.snipcheck_snippets)

    def fail(why: str) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        return role_failure(inliner, rawtext, "claim", text, why, lineno)

    try:
        claim = claims.parse(text)
    except claims.ClaimError as exc:
        return fail(str(exc))
    source = folder / f"{claim.evidence}.py"
    env.note_dependency(str(source))
    env.note_dependency(str(source.with_suffix(".rec")))
    settings = project(env.config)
    checked = claims.check_file(claim, folder, settings.commands["record"])
    if not checked.agrees:
        if not checked.holds and not checked.fails:  # no recording to judge by
            return fail(checked.problem)
        again = settings.command("record", [source])
        return fail(
            f"{checked.problem} (held on {checked.where()}). Correct the sentence and its "
            f"versions, or the evidence {source.name}; if CPython changed, record it again "
            f"with: {again}"
        )
    shown = "\u2713" if not claim.spec.ranges else f"\u2713\u00a0{claim.spec.text}"
    # The mark wraps the reference: resolving a :ref: makes its own inner node.
    reference = addnodes.pending_xref(
        "",
        nodes.Text(shown),
        refdomain="std",
        reftype="ref",
        reftarget=evidence_target(claim.evidence),
        refexplicit=True,
        refwarn=True,
    )
    marker = nodes.inline("", "", reference, classes=["snipcheck-claim"])
    return [marker], []


class EvidenceDirective(SphinxDirective):
    """Every evidence snippet of a folder, each under its key, with its code,
    what each interpreter printed, and an anchor claims link to."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        folder = Path(self.config.snipcheck_snippets)
        topic = self.arguments[0].strip("/")
        problems: list[snippets.SnippetError] = []
        found = snippets.find(folder, [folder / topic], problems)
        # What the folder held, so that a snippet added or removed there
        # makes this page be read again (see outdated_listings).
        _listings(self.env)[self.env.docname] = (str(folder / topic), _listing(folder / topic))
        for exc in problems:
            self.state.document.reporter.error(str(exc), line=self.lineno)
        result: list[nodes.Node] = []
        for snippet in found:
            result.append(nodes.rubric("", snippet.key, classes=["snipcheck-evidence-key"]))
            directive = SnippetDirective(
                "snippet",
                [snippet.key],
                {"name": evidence_target(snippet.key)},
                StringList(),
                self.lineno,
                self.content_offset,
                self.block_text,
                self.state,
                self.state_machine,
            )
            result += directive.run()
        return result


def _listing(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(p.name for p in folder.glob("*.py")))


def _listings(env: Any) -> dict[str, tuple[str, tuple[str, ...]]]:
    """docname -> (folder, the snippet files it held) for evidence pages."""
    if not hasattr(env, "snipcheck_evidence"):
        env.snipcheck_evidence = {}
    listings: dict[str, tuple[str, tuple[str, ...]]] = env.snipcheck_evidence
    return listings


def outdated_listings(
    app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """On env-get-outdated: evidence pages whose folder gained or lost a snippet."""
    return [
        docname
        for docname, (folder, files) in _listings(env).items()
        if docname not in removed and _listing(Path(folder)) != files
    ]


def purge_listing(app: Any, env: Any, docname: str) -> None:
    _listings(env).pop(docname, None)


def merge_listings(app: Any, env: Any, docnames: set[str], other: Any) -> None:
    """Parallel reads: take the listings the other process made."""
    theirs = _listings(other)
    _listings(env).update({d: theirs[d] for d in docnames if d in theirs})
