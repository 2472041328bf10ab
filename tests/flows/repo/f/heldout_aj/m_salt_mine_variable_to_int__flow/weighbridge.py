import wmill


def main(bookings: list, shortfall: int = 0):
    expected = [{"reg": b["lorry"], "tonnes": b["tonnes"]} for b in bookings]
    wmill.set_state({"expected": expected, "shortfall": shortfall})
    return {"lorries": len(expected), "shortfall": shortfall}
