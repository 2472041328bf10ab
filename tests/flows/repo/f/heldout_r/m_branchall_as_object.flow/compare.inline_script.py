from typing import Optional


def main(ours: float, shop_a: Optional[float] = None, shop_b: Optional[float] = None):
    prices = [p for p in (shop_a, shop_b) if p is not None]
    return {"cheaper_elsewhere": any(p < ours for p in prices)}
