from f.lib.deco import memo, metered


@metered
def score(values: list) -> float:
    return sum(values) / max(len(values), 1)


@memo
def scale(x: float, factor: float) -> float:
    return x * factor


def main(values: list):
    return scale(score(values), 2.0)
