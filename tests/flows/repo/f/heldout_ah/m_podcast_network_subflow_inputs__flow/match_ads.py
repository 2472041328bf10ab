def main(hours: list, schedule: dict):
    sponsors = []
    for name, spots in schedule.get("sponsors", {}).items():
        reads = sum(1 for h in hours for t in h["tracks"] if t in spots)
        sponsors.append({"name": name, "reads": reads})
    return {"sponsors": sponsors}
