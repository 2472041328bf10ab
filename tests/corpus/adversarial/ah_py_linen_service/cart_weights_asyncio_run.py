# SDK: wmill 1.850.0 _run_workflow drives the body with asyncio.run, so the body already runs in an event loop: the old cron helper's asyncio.run(...) raises RuntimeError ("cannot be called from a running event loop") on the first round and the weighing tasks never run
"""Clean-linen cart weighing before dispatch, ported from a cron script with a sync entry point."""

from __future__ import annotations

import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("linen.weights")

TOLERANCE_KG = 2.5


@task(timeout=180, tag="scales")
async def weigh_cart(cart_id: str) -> float:
    import httpx

    r = httpx.get(f"https://scales.linen.example/carts/{cart_id}/weight")
    r.raise_for_status()
    return float(r.json()["kg"])


@task(timeout=120)
async def expected_weights(order_id: str) -> dict[str, float]:
    import httpx

    r = httpx.get(f"https://orders.linen.example/{order_id}/carts")
    r.raise_for_status()
    return {c["id"]: float(c["expected_kg"]) for c in r.json()["carts"]}


@task(timeout=120)
async def hold_carts(order_id: str, carts: list[str]) -> None:
    import httpx

    httpx.post(f"https://orders.linen.example/{order_id}/hold", json={"carts": carts})


async def _weigh_all(cart_ids: list[str]) -> list[float]:
    return list(await asyncio.gather(*(weigh_cart(c) for c in cart_ids)))


def weigh_all(cart_ids: list[str]) -> dict[str, float]:
    """Sync entry point kept from the cron script."""
    return dict(zip(cart_ids, asyncio.run(_weigh_all(cart_ids))))


@workflow
async def main(order_id: str):
    expected = await expected_weights(order_id)
    actual = weigh_all(sorted(expected))  # expect: WAC301
    off = [c for c, kg in actual.items() if abs(kg - expected[c]) > TOLERANCE_KG]
    if off:
        log.warning("carts off weight: %s", off)
        await hold_carts(order_id, off)
    return {"order": order_id, "held": off}
