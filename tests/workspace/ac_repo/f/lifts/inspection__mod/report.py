"""Formatting of the inspection report."""

from .checks import sheave_score


def summary_line(lift_id: str, cable: dict, sheaves: list[float]) -> str:
    state = "PASS" if cable["ok"] and sheave_score(sheaves) else "FAIL"
    return f"{lift_id}: cable {cable['worst_mm']}mm, sheaves {state}"
