# SDK: wmill 1.850.0 step() round-trips fn's result through JSON with default=str (_run_inline_step): a generator is not serializable and comes back as "<generator object ...>", so the loop walks the characters of that string
"""RFID tag reconciliation for a hospital's returned linen carts."""

from __future__ import annotations

import logging
from collections import Counter

from wmill import step, task, workflow

log = logging.getLogger("linen.rfid")


@task(timeout=300, tag="rfid")
async def read_cart(cart_id: str) -> str:
    import httpx

    r = httpx.get(f"https://rfid.linen.example/carts/{cart_id}/read")
    r.raise_for_status()
    return r.text


@task(timeout=120)
async def tag_catalogue(hospital: str) -> dict[str, str]:
    import httpx

    r = httpx.get(f"https://assets.linen.example/{hospital}/tags")
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def report_missing(hospital: str, cart_id: str, missing: list[str]) -> None:
    import httpx

    httpx.post(f"https://assets.linen.example/{hospital}/missing", json={"cart": cart_id, "tags": missing})


def parse_epcs(raw: str):
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split(",")[0].upper()


@workflow
async def main(hospital: str, cart_id: str, expected_items: int):
    raw = await read_cart(cart_id)
    epcs = await step("epcs", lambda: parse_epcs(raw))  # expect: WAC107
    catalogue = await tag_catalogue(hospital)
    kinds = Counter(catalogue.get(e, "unknown") for e in epcs)
    seen = set(epcs)
    missing = sorted(e for e, kind in catalogue.items() if kind != "retired" and e not in seen)[:500]
    if missing:
        await report_missing(hospital, cart_id, missing)
    return {"cart": cart_id, "kinds": dict(kinds), "missing": len(missing)}
