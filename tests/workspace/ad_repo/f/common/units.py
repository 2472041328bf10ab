"""Pure unit conversions."""

GALLONS_PER_M3 = 264.172


def to_m3(gallons: float) -> float:
    return round(gallons / GALLONS_PER_M3, 3)


def leak_score(baseline: float, night_flow: float) -> float:
    if baseline <= 0:
        return 0.0
    return round(night_flow / baseline, 2)
