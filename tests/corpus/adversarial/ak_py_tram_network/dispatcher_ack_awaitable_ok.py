# SDK: wmill 1.850.0 `step(name, fn)` calls `fn()` once and awaits the coroutine it returns (`_run_inline_step`), checkpointing the result; the awaitable's coroutine-returning method handed to `step` by reference polls in that step only, and building the handle does no I/O
"""Wait for a dispatcher's acknowledgement, polled inside a checkpointed step."""

from __future__ import annotations

import httpx

from wmill import step, task, workflow

DISPATCH_API = "https://dispatch.tram.example/api"


class Awakeable:
    def __init__(self, topic: str, line: str):
        self.topic = topic
        self.line = line

    def __await__(self):
        return self.resolve().__await__()

    async def resolve(self) -> dict:
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


@workflow
async def main(line: str, section: str, reason: str):
    closure = await close_section(line, section, reason)
    handle = Awakeable("closure-ack", line)
    ack = await step("closure_ack", handle.resolve)
    return {"closure": closure["id"], "acked_by": ack.get("dispatcher")}
