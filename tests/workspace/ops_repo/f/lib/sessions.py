"""A shared HTTP session and the settings it needs, built when imported (no request sent)."""

import os

import requests

TIMEOUT = float(os.environ.get("OPS_HTTP_TIMEOUT", "10"))
session = requests.Session()
session.headers.update({"User-Agent": "ops-workflows/2.1"})


def fetch_json(url: str) -> dict:
    return session.get(url, timeout=TIMEOUT).json()


if __name__ == "__main__":
    print(fetch_json("https://ops.internal.example.com/health"))
