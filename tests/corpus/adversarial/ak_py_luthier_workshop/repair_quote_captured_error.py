# SDK: wmill 1.850.0 encodes a step's result with `json.dumps(..., default=str)` (`_run_inline_step`); an exception object kept in the returned dict comes back as its `str()`, so `raise outcome["error"]` after the refund raises TypeError ("exceptions must derive from BaseException") instead of the carrier's error
"""Quote a repair with the parts supplier; on failure refund the deposit, then re-raise
the original error (a Temporal saga habit: capture, compensate, rethrow)."""

from __future__ import annotations

import httpx

from wmill import step, task, workflow

PARTS_API = "https://parts.supplier.example/api"


@task(timeout=300)
async def refund_deposit(order_id: str) -> dict:
    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://pay.luthier.example/orders/{order_id}/refund")
        r.raise_for_status()
        return r.json()


async def request_quote(order_id: str, parts: list[str]) -> dict:
    try:
        async with httpx.AsyncClient(base_url=PARTS_API, timeout=20) as client:
            r = await client.post("/quotes", json={"order": order_id, "parts": parts})
            r.raise_for_status()
            return {"ok": True, "quote": r.json()}
    except httpx.HTTPError as exc:
        return {"ok": False, "error": exc}  # expect: WAC107


@workflow
async def main(order_id: str, parts: list[str]):
    outcome = await step("parts_quote", lambda: request_quote(order_id, parts))
    if not outcome["ok"]:
        await refund_deposit(order_id)
        raise outcome["error"]
    return outcome["quote"]
