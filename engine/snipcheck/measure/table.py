"""Read what a measure snippet printed, and check the claims it makes.

A measure snippet prints one table, whitespace separated, with a header row:

    case        size      seconds    peak_bytes
    bytes[1:]   1000      6.1e-08    1033

The first column names a series, the second is the x value, and every
further column is a measured quantity.  The snippet's header states what
the numbers should show, one ``# claim:`` line each:

    <series> <column> flat [within F]        largest / smallest value <= F (3)
    <series> <column> grows [by F]           value at the largest x / at the smallest >= F (10)
    <series> <column> below <other> [by F] [from X] [to X]
    <series> <column> above <other> [by F] [from X] [to X]

``below`` holds when ``series * F < other`` at every x both series have in
the range (F defaults to 1); ``above`` when ``series > other * F``.  Claims
compare numbers from one run with each other, never with a fixed value.

A claimed column says what it measures by the unit its name ends with (see
UNITS): ``seconds`` is a time, ``bytes`` a size or an amount of memory.
That decides who may judge the claim.  A time depends on what else the
machine does, so a timing claim is a benchmark: only a full measurement
(``snipcheck measure``) judges it.  A size is counted, the same on a busy
machine as on an idle one, so every run judges it, the quick one included
(see quick_check).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


class MeasurementError(ValueError):
    """Output that is not a table, or a claim that cannot be read or checked."""


@dataclass(frozen=True)
class Unit:
    """What the numbers of a column are, said by how its name ends."""

    suffix: str
    noun: str
    # Counted rather than clocked: the same on a busy machine as on an idle
    # one, so a claim about it can be judged on any run.
    exact: bool
    scales: tuple[tuple[float, str], ...]  # largest first, for format_value


UNITS = (
    Unit("seconds", "a time", False, ((1.0, "s"), (1e-3, "ms"), (1e-6, "\u00b5s"), (1e-9, "ns"))),
    Unit(
        "bytes",
        "a size or an amount of memory",
        True,
        ((1e9, "GB"), (1e6, "MB"), (1e3, "kB"), (1.0, "B")),
    ),
)


def unit_of(column: str) -> Unit | None:
    """The unit a column's name ends with, or None for a bare number."""
    return next((unit for unit in UNITS if column.endswith(unit.suffix)), None)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, float, tuple[float, ...]], ...]

    @property
    def metrics(self) -> tuple[str, ...]:
        return self.columns[2:]

    def series(self) -> list[str]:
        """Series names in the order they first appear."""
        return list(dict.fromkeys(name for name, _, _ in self.rows))

    def points(self, series: str, metric: str) -> list[tuple[float, float]]:
        """(x, value) for one series and one column, sorted by x."""
        if metric not in self.metrics:
            raise MeasurementError(f"no column {metric!r}; the table has {', '.join(self.metrics)}")
        index = self.metrics.index(metric)
        found = sorted((x, values[index]) for name, x, values in self.rows if name == series)
        if not found:
            raise MeasurementError(
                f"no series {series!r}; the table has {', '.join(self.series())}"
            )
        return found


def parse_table(text: str) -> Table:
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if not lines:
        raise MeasurementError("it printed nothing; a measurement prints a table")
    columns = tuple(lines[0])
    if len(columns) < 3:
        raise MeasurementError(
            f"the first line {' '.join(columns)!r} should name at least three columns: "
            "the series, the x value and one measured quantity"
        )
    rows = []
    for number, fields in enumerate(lines[1:], 2):
        if len(fields) != len(columns):
            raise MeasurementError(
                f"row {number} has {len(fields)} fields where the header has {len(columns)}: "
                f"{' '.join(fields)!r}"
            )
        try:
            numbers = [float(f) for f in fields[1:]]
        except ValueError:
            raise MeasurementError(
                f"row {number} has a value that is not a number: {' '.join(fields)!r}"
            ) from None
        if not all(math.isfinite(n) and n >= 0 for n in numbers):
            raise MeasurementError(f"row {number} has a negative or infinite value")
        rows.append((fields[0], numbers[0], tuple(numbers[1:])))
    if not rows:
        raise MeasurementError("the table has a header but no rows")
    return Table(columns, tuple(rows))


_DEFAULT_FACTOR = {"flat": 3.0, "grows": 10.0, "below": 1.0, "above": 1.0}


@dataclass(frozen=True)
class Claim:
    text: str
    series: str
    metric: str
    kind: str  # flat | grows | below | above
    factor: float
    other: str = ""
    low: float = -math.inf
    high: float = math.inf

    @property
    def unit(self) -> Unit:
        unit = unit_of(self.metric)
        if unit is None:  # parse_claim refuses such a claim
            raise MeasurementError(f"{self.text!r}: {_NO_UNIT.format(column=self.metric)}")
        return unit

    @property
    def timing(self) -> bool:
        """Whether the claim is about times, which the machine's load changes."""
        return not self.unit.exact

    def words(self, metric: str, x_name: str, x_column: str) -> str:
        """The claim as a sentence for a page, given the names of the measured
        column and of the x column, and the x column's key (for units)."""
        factor = f"{self.factor:g}x"
        if self.kind == "flat":
            return f"{metric} stays within {factor} across every {x_name}"
        if self.kind == "grows":
            return f"{metric} grows at least {factor} from the smallest {x_name} to the largest"
        relation = "smaller" if self.kind == "below" else "larger"
        if self.factor == 1:
            amount = f"{relation} than"
        elif self.factor > 1:
            amount = f"at least {factor} {relation} than"
        else:  # "below by 0.5": at most twice as large
            opposite = "larger" if self.kind == "below" else "smaller"
            amount = f"at most {1 / self.factor:.2g}x {opposite} than"
        low, high = (format_value(x_column, v) for v in (self.low, self.high))
        if self.low > -math.inf and self.high < math.inf:
            scope = f" from a {x_name} of {low} up to {high}"
        elif self.low > -math.inf:
            scope = f" from a {x_name} of {low} up"
        elif self.high < math.inf:
            scope = f" up to a {x_name} of {high}"
        else:
            scope = f" at every {x_name}"
        return f"{metric} is {amount} for {self.other}{scope}"

    def check(self, table: Table) -> tuple[bool, str]:
        """Whether the table supports the claim, and the numbers that say so;
        MeasurementError, naming the claim, where the table lacks what it needs."""
        try:
            points = table.points(self.series, self.metric)
            others = dict(table.points(self.other, self.metric)) if self.other else {}
        except MeasurementError as exc:
            raise MeasurementError(f"{self.text!r}: {exc}") from None
        if self.kind in ("flat", "grows"):
            if len(points) < 2:
                raise MeasurementError(f"{self.text!r} needs at least two x values")
            values = [v for _, v in points]
            if self.kind == "flat":
                spread = max(values) / max(min(values), 1e-300)
                return spread <= self.factor, f"varies by {spread:.3g}x (limit {self.factor:g}x)"
            growth = values[-1] / max(values[0], 1e-300)
            return growth >= self.factor, (
                f"grows {growth:.3g}x from x={points[0][0]:g} to x={points[-1][0]:g} "
                f"(needs {self.factor:g}x)"
            )
        in_range = [(x, v) for x, v in points if self.low <= x <= self.high]
        shared = [(x, v, others[x]) for x, v in in_range if x in others]
        if not shared:
            raise MeasurementError(
                f"{self.text!r}: {self.series} and {self.other} share no x value in the range"
            )
        worst = None
        for x, mine, theirs in shared:
            if self.kind == "below":
                ratio = theirs / max(mine, 1e-300)
            else:
                ratio = mine / max(theirs, 1e-300)
            if worst is None or ratio < worst[1]:
                worst = (x, ratio)
        assert worst is not None
        word = "smaller" if self.kind == "below" else "larger"
        if worst[1] > self.factor:
            return True, (
                f"{word} by at least {worst[1]:.3g}x over {len(shared)} x values, least at "
                f"x={worst[0]:g} (needs {self.factor:g}x)"
            )
        return False, (
            f"at x={worst[0]:g} only {worst[1]:.3g}x {word} (needs more than "
            f"{self.factor:g}x at each of the {len(shared)} x values compared)"
        )


def parse_claim(text: str) -> Claim:
    words = text.split()
    usage = (
        "write '<series> <column> flat [within F]', '<series> <column> grows [by F]' or "
        "'<series> <column> below|above <other series> [by F] [from X] [to X]'"
    )
    if len(words) < 3 or words[2] not in _DEFAULT_FACTOR:
        raise MeasurementError(f"cannot read the claim {text!r}: {usage}")
    series, metric, kind = words[:3]
    if unit_of(metric) is None:
        raise MeasurementError(f"{text!r}: {_NO_UNIT.format(column=metric)}")
    rest = words[3:]
    other = ""
    if kind in ("below", "above"):
        if not rest:
            raise MeasurementError(f"{text!r} names no series to compare with: {usage}")
        other, rest = rest[0], rest[1:]
    allowed = {"flat": ("within",), "grows": ("by",)}.get(kind, ("by", "from", "to"))
    options: dict[str, float] = {}
    if len(rest) % 2:
        raise MeasurementError(f"cannot read the claim {text!r}: {usage}")
    for word, value in zip(rest[::2], rest[1::2], strict=True):
        if word not in allowed or word in options:
            raise MeasurementError(f"{text!r}: unexpected {word!r}; {usage}")
        try:
            options[word] = float(value)
        except ValueError:
            raise MeasurementError(f"{text!r}: {value!r} is not a number") from None
    factor = options.get("within", options.get("by", _DEFAULT_FACTOR[kind]))
    if factor <= 0:
        raise MeasurementError(f"{text!r}: the factor must be positive")
    return Claim(
        text,
        series,
        metric,
        kind,
        factor,
        other,
        options.get("from", -math.inf),
        options.get("to", math.inf),
    )


@dataclass(frozen=True)
class QuickCheck:
    """A run judged on what the machine's load cannot change."""

    problems: tuple[str, ...]  # each one fails the run
    notes: tuple[str, ...]  # claims that hold, and timing claims, which are not judged

    @property
    def passed(self) -> bool:
        return not self.problems


def quick_check(table: Table, claims: list[Claim], expected: Table | None = None) -> QuickCheck:
    """Judge a run, quick or full, by what load cannot change: that it prints
    the series and columns of ``expected`` (a full run of the same code on the
    same interpreter, where there is one; fewer x values are fine), that every
    claim can be checked on it, and that every exact claim holds.  A timing
    claim is checked and its numbers are shown, but it never fails the run:
    on a shared machine a ratio of times is a benchmark, not a test."""
    problems = []
    notes = []
    if expected is not None:
        problems.extend(_shape_differences(table, expected))
    for claim in claims:
        try:
            ok, detail = claim.check(table)
        except MeasurementError as exc:
            problems.append(f"cannot check {exc}")
            continue
        if claim.timing:
            verdict = "holds" if ok else "does not hold"
            notes.append(f"timing, not judged here ({verdict}): {claim.text}: {detail}")
        elif ok:
            notes.append(f"holds: {claim.text}: {detail}")
        else:
            problems.append(f"FAILS: {claim.text}: {detail}")
    return QuickCheck(tuple(problems), tuple(notes))


def _shape_differences(table: Table, expected: Table) -> list[str]:
    found = []
    if table.columns != expected.columns:
        found.append(
            f"it prints the columns {' '.join(table.columns)!r} where the full measurement "
            f"printed {' '.join(expected.columns)!r}"
        )
    series, before = table.series(), expected.series()
    found.extend(
        f"it prints no series {name!r}, which the full measurement has"
        for name in before
        if name not in series
    )
    found.extend(
        f"it prints a series {name!r} the full measurement does not have"
        for name in series
        if name not in before
    )
    return found


_NO_UNIT = (
    "a claimed column says what it measures by the unit its name ends with: "
    + " or ".join(f"'{u.suffix}' ({u.noun})" for u in UNITS)
    + "; rename the column {column!r} in the table the snippet prints and in its claims"
)


def format_value(column: str, value: float) -> str:
    """A number with the unit its column's name ends with: seconds or bytes."""
    unit = unit_of(column)
    if unit is None:
        return f"{value:,.0f}" if 1000 <= value < 1e18 and value == int(value) else f"{value:g}"
    for scale, symbol in unit.scales:
        if value >= scale * 0.999:
            return f"{value / scale:.3g} {symbol}"
    scale, symbol = unit.scales[-1]
    return f"{value / scale:.3g} {symbol}"
