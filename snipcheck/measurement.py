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
compare numbers from one run with each other, never with a fixed time, so
they hold on a slow machine as well as on a fast one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


class MeasurementError(ValueError):
    """Output that is not a table, or a claim that cannot be read or checked."""


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
        """Whether the table supports the claim, and the numbers that say so."""
        points = table.points(self.series, self.metric)
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
        others = dict(table.points(self.other, self.metric))
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
        return worst[1] > self.factor, (
            f"{word} by at least {worst[1]:.3g}x over {len(shared)} x values, least at "
            f"x={worst[0]:g} (needs {self.factor:g}x)"
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


def format_value(column: str, value: float) -> str:
    """A number with the unit its column's name ends with: seconds or bytes."""
    if column.endswith("seconds"):
        units = [(1.0, "s"), (1e-3, "ms"), (1e-6, "\u00b5s"), (1e-9, "ns")]
    elif column.endswith("bytes"):
        units = [(1e9, "GB"), (1e6, "MB"), (1e3, "kB"), (1.0, "B")]
    else:
        return f"{value:,.0f}" if 1000 <= value < 1e18 and value == int(value) else f"{value:g}"
    for scale, unit in units:
        if value >= scale * 0.999:
            return f"{value / scale:.3g} {unit}"
    scale, unit = units[-1]
    return f"{value / scale:.3g} {unit}"
