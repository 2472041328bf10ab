"""Data quality checks run after each load."""

from .warehouse import warehouse


def within_tolerance(actual: int, expected: int, tolerance: float = 0.05) -> bool:
    if expected == 0:
        return actual == 0
    return abs(actual - expected) / expected <= tolerance


def row_count_ok(table: str, expected: int, strict: bool = False) -> bool:
    if strict:
        actual = warehouse.row_count(table)
        return within_tolerance(actual, expected, 0.0)
    return expected > 0
