import wmill


def main(day: str, seats_needed: int):
    cal = wmill.get_resource("f/planetarium/dome_calendar")
    slots = cal["days"].get(day, [])
    return {"free_slots": [s["time"] for s in slots if s["free_seats"] >= seats_needed]}
