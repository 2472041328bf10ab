CRITICAL = {
    "2345-7": (40.0, 450.0),
    "2823-3": (2.8, 6.2),
    "718-7": (6.0, 20.0),
}


def main(loinc: str, value: float) -> dict:  # expect: WAC901
    low, high = CRITICAL.get(loinc, (float("-inf"), float("inf")))
    return {"critical": value < low or value > high, "low": low, "high": high}
