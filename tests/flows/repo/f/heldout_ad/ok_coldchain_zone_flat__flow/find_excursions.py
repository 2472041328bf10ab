from collections import defaultdict


def main(readings: list, limits: list):
    by_zone = {z["zone"]: z for z in limits}
    per_sensor = defaultdict(list)
    for r in readings:
        per_sensor[(r["zone"], r["sensor_id"])].append(r)
    excursions = []
    for (zone, sensor), rows in sorted(per_sensor.items()):
        lim = by_zone[zone]
        bad = [r for r in rows if r["celsius"] > lim["max_celsius"] or r["celsius"] < lim["min_celsius"]]
        if len(bad) >= 3:
            excursions.append({"zone": zone, "sensor": sensor, "count": len(bad), "first": str(bad[0]["taken_at"])})
    return {"excursions": excursions, "checked_sensors": len(per_sensor)}
