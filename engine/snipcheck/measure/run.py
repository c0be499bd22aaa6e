"""Run measure snippets and judge them by their claims.

A measure snippet prints a table of numbers that changes on every run, so it
is judged by the claims it states, not by equality with a recording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .. import runner, verify
from ..config import Config
from ..interpreters import Interpreter
from ..runner import RunResult
from ..snippets import Snippet, SnippetError
from .table import Claim, MeasurementError, Table, parse_claim, parse_table


@dataclass(frozen=True)
class Judgement:
    snippet: Snippet
    label: str
    description: str
    output: str = ""
    problem: str = ""  # why there is no table to judge, or why it was skipped
    checks: tuple[tuple[Claim, bool, str], ...] = ()
    skipped: bool = False
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.problem and all(ok for _, ok, _ in self.checks)

    def message(self) -> str:
        where = f"{self.snippet.key} on {self.description}"
        if self.problem:
            return f"{where}: {self.problem}"
        lines = [f"{where}:"]
        for claim, ok, detail in self.checks:
            lines.append(f"  {'holds' if ok else 'FAILS'}: {claim.text}: {detail}")
        return "\n".join(lines)


def claims_of(snippet: Snippet) -> list[Claim]:
    """The snippet's claims, read; a claim that cannot be read names its line."""
    claims = []
    for number, text in snippet.claims:
        try:
            claims.append(parse_claim(text))
        except MeasurementError as exc:
            raise SnippetError(f"{snippet.path}:{number}: {exc}") from None
    return claims


def check_claims(snippet: Snippet, table: Table) -> tuple[tuple[Claim, bool, str], ...]:
    """Each claim with whether the table supports it and the numbers why."""
    checks = []
    for claim in claims_of(snippet):
        try:
            ok, detail = claim.check(table)
        except MeasurementError as exc:
            ok, detail = False, f"cannot be checked: {exc}"
        checks.append((claim, ok, detail))
    return tuple(checks)


def judge_measurement(result: RunResult, config: Config) -> Judgement:
    snippet, interp = result.snippet, result.interpreter
    base = Judgement(snippet, interp.label, interp.description, seconds=result.seconds)
    if result.status == "skipped":
        return replace(base, problem=result.detail, skipped=True)
    problem = verify.run_problem(result, config)[0]
    if not problem and result.code:
        problem = f"exited with status {result.code}; it printed:\n{result.output[-3000:]}"
    if problem:
        return replace(base, problem=problem, output=result.output)
    try:
        table = parse_table(result.output)
    except MeasurementError as exc:
        return replace(
            base,
            output=result.output,
            problem=f"its output is not a table of measurements: {exc}\n"
            "(see snipcheck/measure/table.py for the format)",
        )
    return replace(base, output=result.output, checks=check_claims(snippet, table))


def measure(
    snippets: list[Snippet], interpreters: list[Interpreter], config: Config, quick: bool
) -> list[Judgement]:
    """Run every measure snippet on every interpreter, one run at a time; with
    ``quick``, the snippets' own small version (``--quick`` on the command line)."""
    chosen = [s for s in snippets if s.mode == "measure"]
    for snippet in chosen:
        claims_of(snippet)  # an unreadable claim stops everything before any run
    args = ("--quick",) if quick else ()
    results = runner.run_in_turn(chosen, interpreters, config, args)
    return [judge_measurement(r, config) for r in results]
