"""The benchmark's percentile helper: a row prints even when a column timed nothing."""

from __future__ import annotations

import math

from bench.answers import pct


def test_a_percentile_of_nothing_timed_is_not_a_number() -> None:
    """ "--naive-questions 0" times no naive scan: its column is NaN, not an IndexError."""
    assert math.isnan(pct([], 50))
    assert pct([4.0], 95) == 4.0
    assert pct([float(n) for n in range(1, 102)], 50) == 51.0
