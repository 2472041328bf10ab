def main(offers_a: list, offers_b: list, wines: list):
    best = {}
    for offer in offers_a + offers_b:
        key = (offer["lwin"], offer["vintage"])
        if key not in best or offer["price_eur"] > best[key]["price_eur"]:
            best[key] = offer
    total = 0
    lines = []
    for w in wines:
        o = best.get((w["lwin"], w["vintage"]))
        if o:
            total += o["price_eur"] * w["bottles"]
            lines.append(f"{w['lwin']} {w['vintage']}: {o['price_eur']} EUR at {o['merchant']}")
    return {"valuation_eur": round(total, 2), "report": "\n".join(lines)}
