import requests


def main(lock_id: str, sensor_url: str):
    resp = requests.get(sensor_url, timeout=10)
    resp.raise_for_status()
    body = resp.json()
    return {"lock_id": lock_id, "level_cm": body["level_cm"], "design_cm": body["design_cm"]}
