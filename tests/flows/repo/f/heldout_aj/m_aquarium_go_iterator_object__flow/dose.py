import requests


def main(tank_id: str, ph: float, salinity: float):
    actions = []
    if ph < 7.9:
        actions.append("kalkwasser")
    if salinity < 33:
        actions.append("brine")
    resp = requests.post(f"http://dosing.aquarium.internal/tanks/{tank_id}", json={"actions": actions}, timeout=30)
    resp.raise_for_status()
    return {"tank_id": tank_id, "actions": actions, "critical": ph < 7.6 or salinity < 30}
