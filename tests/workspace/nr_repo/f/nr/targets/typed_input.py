from f.lib.models import Mode, Order


def main(order: Order, mode: Mode, note: str = ""):
    return {"order": order, "mode": mode, "note": note}
