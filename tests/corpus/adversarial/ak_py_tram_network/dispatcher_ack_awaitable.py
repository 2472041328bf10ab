# SDK: wmill 1.850.0 replays the body from the top each round; `await Awakeable(...)` runs the class's `__await__`, which here awaits an httpx poll of the dispatcher API, so the request is made in the body on every replay (Restate's awakeables were durable; this port is not)
"""Wait for a dispatcher to acknowledge a line closure, ported from Restate, where
`ctx.awakeable()` was a durable promise resolved by an external call."""

from __future__ import annotations

import httpx

from wmill import task, workflow

DISPATCH_API = "https://dispatch.tram.example/api"


class Awakeable:
    """Awaitable handle on an acknowledgement the dispatcher posts back."""

    def __init__(self, topic: str, line: str):
        self.topic = topic
        self.line = line

    def __await__(self):
        return self._resolve().__await__()

    async def _resolve(self) -> dict:
        async with httpx.AsyncClient(base_url=DISPATCH_API, timeout=30) as client:
            r = await client.get(f"/acks/{self.topic}", params={"line": self.line})
            r.raise_for_status()
            return r.json()


@task(timeout=300)
async def close_section(line: str, section: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url=DISPATCH_API) as client:
        r = await client.post("/closures", json={"line": line, "section": section, "reason": reason})
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def start_bus_bridge(line: str, section: str) -> dict:
    async with httpx.AsyncClient(base_url=DISPATCH_API) as client:
        r = await client.post("/bus-bridges", json={"line": line, "section": section})
        r.raise_for_status()
        return r.json()


@workflow
async def main(line: str, section: str, reason: str):
    closure = await close_section(line, section, reason)
    ack = await Awakeable("closure-ack", line)  # expect: WAC101
    bridge = None
    if ack.get("needs_bus_bridge"):
        bridge = await start_bus_bridge(line, section)
    return {"closure": closure["id"], "acked_by": ack.get("dispatcher"), "bridge": bridge}
