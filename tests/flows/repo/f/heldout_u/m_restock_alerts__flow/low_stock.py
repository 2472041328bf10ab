import math


def main(levels: list, safety_factor: float = 1.2):
    """Return one entry per SKU that needs restocking."""
    return [
        {
            "sku": row["sku"],
            "on_hand": row["on_hand"],
            "reorder_qty": math.ceil(row["reorder_point"] * safety_factor) - row["on_hand"],
        }
        for row in levels
        if row["on_hand"] < row["reorder_point"]
    ]
