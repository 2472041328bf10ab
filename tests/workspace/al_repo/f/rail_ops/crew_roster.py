"""Read a depot's crew roster for a service day, optionally swapping two drivers' turns."""

import httpx


def main(depot: str, day: str, swap_pair: list[str] | None = None):
    base = f"https://crew.westbahn-regional.at/api/depots/{depot}/roster"
    if swap_pair:
        resp = httpx.post(f"{base}/swap", json={"day": day, "drivers": swap_pair}, timeout=30)
    else:
        resp = httpx.get(base, params={"day": day}, timeout=30)
    resp.raise_for_status()
    return resp.json()
