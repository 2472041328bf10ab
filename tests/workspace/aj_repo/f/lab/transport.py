"""Low-level HTTP to the hospital integration gateway (mutual TLS)."""

import requests

GATEWAY = "https://gw.stmarys-lab.internal"
CERT = ("/etc/lab/client.crt", "/etc/lab/client.key")


def request(method: str, path: str, payload: dict | None = None, timeout: int = 20) -> dict:
    resp = requests.request(method, f"{GATEWAY}{path}", json=payload, cert=CERT, timeout=timeout)
    resp.raise_for_status()
    return resp.json() if resp.content else {}
