# SDK: wmill 1.850.0 encodes a step's result as JSON (`default=str`); the step keeps only the error's class name and message as strings, which come back unchanged, and the body raises a new exception built from them
"""Quote a repair; on failure refund the deposit and raise a described error."""

from __future__ import annotations

import httpx

from wmill import step, task, workflow

PARTS_API = "https://parts.supplier.example/api"


class QuoteFailed(RuntimeError):
    pass


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
        return {"ok": False, "error": type(exc).__name__, "message": str(exc)}


@workflow
async def main(order_id: str, parts: list[str]):
    outcome = await step("parts_quote", lambda: request_quote(order_id, parts))
    if not outcome["ok"]:
        await refund_deposit(order_id)
        raise QuoteFailed(f"{outcome['error']}: {outcome['message']}")
    return outcome["quote"]
