"""The results of a benchmark run: one row per figure, printed as a table and saved as JSON.

Every figure is measured against a baseline in the same run, so the ratio means the
same on a fast and a slow machine; a target may also bound the figure itself (16 ms
is one frame at 60 Hz, whatever the baseline). A missed target is reported, never
raised: ``make bench`` informs, the test suite asserts.
"""

import json
import math
import os
import platform
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

UNIT_FORMATS = {"s": "{:.3f} s", "ms": "{:.1f} ms", "MiB": "{:.1f} MiB"}


@dataclass(frozen=True)
class Target:
    """Upper bounds a figure must stay under; ``None`` means no bound of that kind."""

    max_ratio: float | None = None
    max_value: float | None = None  # in the result's unit

    def missed(self, measured: float, ratio: float, unit: str) -> list[str]:
        """The bounds (as :meth:`describe` words them) that the figure exceeds."""
        found = []
        if self.max_value is not None and measured > self.max_value:
            found.append(self._value_bound(unit))
        if self.max_ratio is not None and ratio > self.max_ratio:
            found.append(self._ratio_bound())
        return found

    def describe(self, unit: str) -> str:
        bounds = [self._value_bound(unit)] if self.max_value is not None else []
        bounds += [self._ratio_bound()] if self.max_ratio is not None else []
        return " and ".join(bounds)

    def _value_bound(self, unit: str) -> str:
        return "≤ " + UNIT_FORMATS[unit].format(self.max_value).replace(".0 ", " ")

    def _ratio_bound(self) -> str:
        return f"≤ {self.max_ratio:.1f}×"


@dataclass(frozen=True)
class Result:
    """One figure: the measured value and its baseline, both in ``unit``."""

    name: str
    measured: float
    baseline: float
    unit: str
    target: Target | None = None
    note: str = ""  # what the baseline is and how the figure was taken
    details: dict = field(default_factory=dict)  # raw samples etc., for last-run.json only

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else math.inf

    @property
    def verdict(self) -> str:
        """The result column: ok, MISSED with the bounds exceeded, or - without a target."""
        if self.target is None:
            return "-"
        missed = self.target.missed(self.measured, self.ratio, self.unit)
        return f"MISSED ({', '.join(missed)})" if missed else "ok"


# -- statistics shared by the benchmarks -----------------------------------------------

def percentile(values: Sequence[float], percent: float) -> float:
    """Nearest-rank percentile: a value that was actually measured, never interpolated."""
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def alternate(sides: dict[str, Callable[[], object]], repetitions: int, label: str) -> dict[str, list]:
    """Call each side once unmeasured (file cache, page cache, statement cache), then
    ``repetitions`` times each, in alternating order, so drift on the machine hits all
    sides alike; every side's samples (whatever its call returns), in order."""
    for measure in sides.values():
        measure()  # warm-up, not counted
    samples: dict[str, list] = {name: [] for name in sides}
    for number in range(repetitions):
        progress(f"{label}: repetition {number + 1}/{repetitions}")
        for name in sides if number % 2 == 0 else reversed(sides):
            samples[name].append(sides[name]())
    return samples


def progress(message: str) -> None:
    """A line on stderr while benchmarks run, so stdout holds just the report."""
    print(message, file=sys.stderr, flush=True)


# -- context, table, JSON ----------------------------------------------------------------

def machine_context() -> dict[str, object]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
    }


def format_table(results: Sequence[Result], context: dict[str, dict[str, object]]) -> str:
    """The context (one line per section), the table, then each figure's note."""
    header = ("benchmark", "measured", "baseline", "ratio", "target", "result")
    rows = [(r.name, _value(r.measured, r.unit), _value(r.baseline, r.unit), f"{r.ratio:.2f}×",
             r.target.describe(r.unit) if r.target else "-", r.verdict) for r in results]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    numeric = {1, 2, 3}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.rjust(width) if column in numeric else cell.ljust(width)
                         for column, (cell, width) in enumerate(zip(cells, widths))).rstrip()

    rule = "  ".join("-" * width for width in widths)
    lines = [f"{section}: " + ", ".join(f"{key} {value}" for key, value in values.items())
             for section, values in context.items()]
    lines += ["", line(header), rule, *map(line, rows), ""]
    lines += [f"{r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines)


def _value(value: float, unit: str) -> str:
    return UNIT_FORMATS[unit].format(value)


def save_json(path: Path, results: Sequence[Result], context: dict[str, dict[str, object]]) -> None:
    figures = [dict(asdict(r), ratio=r.ratio, verdict=r.verdict) for r in results]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"context": context, "results": figures}, indent=2, ensure_ascii=False),
                    encoding="utf-8")
