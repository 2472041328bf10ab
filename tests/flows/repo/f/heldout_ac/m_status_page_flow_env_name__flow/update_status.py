import requests


def main(statuspage_api: str, page_id: str, component_id: str, probes: list[dict]):
    down = [p for p in probes if not p["up"]]
    status = "operational" if not down else ("major_outage" if len(down) == len(probes) else "degraded_performance")
    requests.patch(
        f"{statuspage_api}/pages/{page_id}/components/{component_id}",
        json={"component": {"status": status}},
        timeout=10,
    ).raise_for_status()
    return {"status": status, "down": [p["path"] for p in down]}
