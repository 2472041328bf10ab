def main(orders: list, quota_tonnes: int, lorry_tonnes: int = 20):
    loads, left = [], quota_tonnes
    for order in sorted(orders, key=lambda o: o["priority"]):
        want = min(order["tonnes"], left)
        left -= want
        while want > 0:
            t = min(lorry_tonnes, want)
            loads.append({"council": order["council"], "depot": order["depot"], "tonnes": t})
            want -= t
    asked = sum(o["tonnes"] for o in orders)
    return {"loads": loads, "shortfall_tonnes": max(0, asked - quota_tonnes)}
