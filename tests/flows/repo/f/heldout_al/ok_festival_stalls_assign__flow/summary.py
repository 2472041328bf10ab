def main(zones: list, assigned: int, by_generator: dict):
    return {"zones": zones, "assigned": assigned, "by_generator": by_generator}
