ALLOWED = {"birthday", "thank-you", "holiday", "classic"}


def main(skus: list, amount_each: float, quantity: int):
    unknown = [s for s in skus if s not in ALLOWED]
    if unknown:
        raise ValueError(f"unknown card designs: {', '.join(unknown)}")
    if not 5 <= amount_each <= 500:
        raise ValueError("amount per card must be between 5 and 500")
    if quantity < 1:
        raise ValueError("quantity must be positive")
    return {"skus": sorted(set(skus)), "cards": quantity * len(skus)}
