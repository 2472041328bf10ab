def main(targets: list, seeing_by_hour: dict, dusk: str):
    hours = sorted(seeing_by_hour)
    queue = []
    for hour in hours:
        fwhm = seeing_by_hour[hour]
        fits = [t for t in targets if t["needs_fwhm"] >= fwhm and t not in queue]
        if fits:
            best = max(fits, key=lambda t: t["priority"])
            queue.append({**best, "hour": hour})
    return {"queue": queue, "dusk": dusk}
