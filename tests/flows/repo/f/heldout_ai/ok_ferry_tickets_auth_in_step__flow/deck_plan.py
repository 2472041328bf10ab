def main(bookings: list, lanes: int = 6):
    vehicles = sorted(
        (b for b in bookings if b.get("vehicle")),
        key=lambda b: b["vehicle"]["length_m"],
        reverse=True,
    )
    plan = {f"lane_{i + 1}": [] for i in range(lanes)}
    fill = [0.0] * lanes
    for booking in vehicles:
        lane = fill.index(min(fill))
        plan[f"lane_{lane + 1}"].append(booking["ref"])
        fill[lane] += booking["vehicle"]["length_m"] + 0.5
    return {"plan": plan, "metres_used": round(sum(fill), 1)}
