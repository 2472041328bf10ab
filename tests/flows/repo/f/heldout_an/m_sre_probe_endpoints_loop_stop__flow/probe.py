import requests


def main(url: str):
    try:
        r = requests.get(url, timeout=10)
        return {"url": url, "status": r.status_code, "ok": r.ok}
    except requests.RequestException as e:
        return {"url": url, "status": 0, "ok": False, "error": str(e)}
