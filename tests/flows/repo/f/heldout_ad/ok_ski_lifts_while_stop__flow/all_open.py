def main(statuses: list):
    closed = [s["lift_id"] for s in statuses if not s["open"]]
    return {"all_open": not closed, "closed": closed}
