def main(amount: float, country: str, exempt: bool = False) -> float:
    if exempt:
        return 0.0
    rate = {"FR": 0.2, "DE": 0.19}.get(country, 0.0)
    return round(amount * rate, 2)
