def main(sites: list[dict], production: list[dict]):
    kwp = {s["site_id"]: s["kwp"] for s in sites}
    rows = []
    for p in production:
        if not isinstance(p, dict) or "kwh" not in p:
            continue
        rows.append({"site_id": p["site_id"], "kwh": p["kwh"], "specific_yield": round(p["kwh"] / kwp[p["site_id"]], 2)})
    rows.sort(key=lambda r: r["specific_yield"])
    return rows
