from datetime import date


def main(labels: list, depot: str):
    by_carrier: dict[str, list[str]] = {}
    for label in labels:
        by_carrier.setdefault(label["carrier"], []).append(label["tracking"])
    lines = [f"{carrier}: {len(ids)} parcels" for carrier, ids in sorted(by_carrier.items())]
    return {"depot": depot, "day": date.today().isoformat(), "text": "\n".join(lines), "total": len(labels)}
