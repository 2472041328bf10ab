import requests


def main(lift_id: str, wind_limit_kmh: int = 60):
    r = requests.get(f"https://lifts.internal/api/lifts/{lift_id}/telemetry", timeout=10)
    r.raise_for_status()
    t = r.json()
    ok = t["wind_kmh"] < wind_limit_kmh and t["state"] == "running"
    return {"lift_id": lift_id, "open": ok, "wind_kmh": t["wind_kmh"]}
