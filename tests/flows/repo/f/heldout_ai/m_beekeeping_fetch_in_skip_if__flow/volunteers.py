import wmill


def main(region: str, needed: int):
    roster = wmill.get_resource("f/beekeeping/volunteer_roster")["people"]
    available = [p for p in roster if region in p["regions"] and p.get("saturday", True)]
    return {"available": available[: max(needed, 2)], "short_by": max(0, needed - len(available))}
