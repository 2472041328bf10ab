import requests


def main(api: dict, gauge_id: str, minutes: int = 60) -> dict:
    r = requests.get(
        f"{api['base_url']}/gauges/{gauge_id}/series",
        params={"window": f"{minutes}m"},
        headers={"x-api-key": api["key"]},
        timeout=20,
    )
    r.raise_for_status()
    series = r.json()["series"]
    return {"gauge": gauge_id, "observed": [p["obs"] for p in series], "predicted": [p["pred"] for p in series]}
