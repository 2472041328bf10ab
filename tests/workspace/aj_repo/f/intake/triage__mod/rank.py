import requests


def main(order_id: str, level: int) -> dict:
    resp = requests.post("https://lis.stmarys-lab.internal/api/queue/rank", json={"order": order_id, "level": level}, timeout=10)
    return resp.json()
