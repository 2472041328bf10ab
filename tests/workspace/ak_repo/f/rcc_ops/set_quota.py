"""Set a project's storage quota on the given tier."""

import requests


def main(project: str, tib: int, tier: str = "scratch"):
    resp = requests.put(
        f"https://storage.rcc.example.edu/api/quotas/{tier}/{project}",
        json={"limit_tib": tib},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
