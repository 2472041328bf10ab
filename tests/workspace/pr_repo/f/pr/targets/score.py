from typing import Literal


def main(values: list[int], weight: float = 1.0, mode: Literal["sum", "mean"] = "sum"):
    total = sum(values) * weight
    return total / len(values) if mode == "mean" and values else total
