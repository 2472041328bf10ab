# SDK: wmill 1.850.0 client.py: `step(name, fn)` keys the checkpoint by `name`; the team's `run` forwards a literal name from each call site to the SDK's `step`, imported under its own name
"""Engrave a bell's inscription (ported from a Restate handler: each side effect was a
`ctx.run("name", fn)` journal entry)."""

from collections.abc import Callable
from typing import Any

import httpx

from wmill import step, task, workflow


async def run(name: str, fn: Callable[[], Any]) -> Any:
    print(f"journal: {name}")
    return await step(name, fn)


def _quote(text: str, font: str) -> dict:
    r = httpx.post("https://engraving.bellfoundry.example/quote", json={"text": text, "font": font}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=7200, tag="cnc")
async def engrave(bell_id: str, text: str, font: str) -> dict:
    async with httpx.AsyncClient(base_url="https://cnc.bellfoundry.example") as client:
        r = await client.post(f"/bells/{bell_id}/engrave", json={"text": text, "font": font})
        r.raise_for_status()
        return r.json()


@workflow
async def main(bell_id: str, text: str, font: str = "uncial"):
    quote = await run("quote", lambda: _quote(text, font))
    if quote["chars"] > 120:
        return {"bell": bell_id, "rejected": "inscription too long"}
    return await engrave(bell_id, text, font)
