RATES = {"starter": 33, "pro": 99, "team": 299}


def daily_rate(plan: str) -> int:
    return RATES.get(plan, RATES["starter"])
