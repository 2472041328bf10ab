import requests


def main(services: list[str], timeout_s: int = 5):
    failing = []
    healthy = []
    for name in services:
        try:
            r = requests.get(f"https://{name}.internal/healthz", timeout=timeout_s)
            ok = r.status_code == 200
        except requests.RequestException:
            ok = False
        (healthy if ok else failing).append(name)
    return {"failing": failing, "healthy": healthy, "checked": len(services)}
