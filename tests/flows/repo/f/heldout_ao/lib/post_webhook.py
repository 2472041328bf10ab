import requests


def main(url: str, payload: dict, retries: int = 2):
    last = None
    for _ in range(retries + 1):
        last = requests.post(url, json=payload, timeout=15)
        if last.ok:
            return {"status": last.status_code, "delivered": True}
    return {"status": last.status_code, "delivered": False}
