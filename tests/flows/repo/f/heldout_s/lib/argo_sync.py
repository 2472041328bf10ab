import time

import requests


def main(app: str, revision: str, note: str = "", argocd: dict | None = None, wait_s: int = 900):
    cfg = argocd or {"url": "https://argocd.internal.acme.io", "token": ""}
    headers = {"Authorization": f"Bearer {cfg['token']}"}
    r = requests.post(
        f"{cfg['url']}/api/v1/applications/{app}/sync",
        json={"revision": revision, "prune": True, "infos": [{"name": "note", "value": note}]},
        headers=headers,
        timeout=30,
    )
    r.raise_for_status()
    deadline = time.time() + wait_s
    while time.time() < deadline:
        status = requests.get(f"{cfg['url']}/api/v1/applications/{app}", headers=headers, timeout=30).json()
        health = status["status"]["health"]["status"]
        if health == "Healthy" and status["status"]["sync"]["revision"] == revision:
            return {"app": app, "revision": revision, "health": health}
        time.sleep(10)
    raise TimeoutError(f"{app} not healthy at {revision} after {wait_s}s")
