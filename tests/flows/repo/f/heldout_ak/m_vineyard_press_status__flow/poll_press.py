import requests
import wmill


def main(cycle_id: str):
    ctl = wmill.get_resource("f/vineyard/press_controller")
    r = requests.get(f"{ctl['url']}/cycles/{cycle_id}", headers={"Authorization": f"Bearer {ctl['token']}"}, timeout=10)
    r.raise_for_status()
    body = r.json()
    return {"status": body["state"], "litres": body.get("juice_litres", 0)}
