"""Push the HRIS directory to the identity provider for one region."""

import requests


def main(region: str, dry_run: bool = False, batch_size: int = 200) -> dict:
    url = f"https://idp.internal.example.com/{region}/sync"
    if dry_run:
        return {"region": region, "would_sync": True}
    resp = requests.post(url, json={"batch_size": batch_size}, timeout=120)
    return resp.json()
