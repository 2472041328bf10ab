def main(depot: str, day: str, per_vehicle: list[dict]):
    rows = [r for r in per_vehicle if isinstance(r, dict) and "km" in r]
    total_km = sum(r["km"] for r in rows)
    total_fuel = sum(r["fuel_l"] for r in rows)
    return {
        "depot": depot,
        "day": day,
        "vehicles": len(rows),
        "km": round(total_km, 1),
        "l_per_100km": round(100 * total_fuel / total_km, 2) if total_km else None,
    }
