# SDK: wmill 1.850.0 an async main that is not a workflow (no @workflow, no WAC import): asyncio.gather over HTTP probes, asyncio.sleep between retries, `except Exception` around each probe, time.monotonic latencies, set_state of the last outage
import asyncio
import time
from datetime import datetime, timezone

import httpx
import wmill

MOUNTS = ("/live.mp3", "/live.aac", "/lofi.mp3")


async def probe(client: httpx.AsyncClient, base: str, mount: str, attempts: int = 3) -> dict:
    for attempt in range(attempts):
        started = time.monotonic()
        try:
            resp = await client.get(base + mount, headers={"Icy-MetaData": "1"})
            await resp.aclose()
            return {"mount": mount, "up": resp.status_code == 200, "ms": round((time.monotonic() - started) * 1000)}
        except Exception as exc:
            if attempt == attempts - 1:
                return {"mount": mount, "up": False, "error": type(exc).__name__}
            await asyncio.sleep(1.5 * (attempt + 1))
    return {"mount": mount, "up": False}


async def main(relay: str = "primary"):
    icecast = wmill.get_resource(f"f/radio/icecast_{relay}")
    async with httpx.AsyncClient(timeout=5, auth=(icecast["user"], icecast["password"])) as client:
        results = await asyncio.gather(*(probe(client, icecast["url"], m) for m in MOUNTS))

    down = [r["mount"] for r in results if not r["up"]]
    state = wmill.get_state() or {}
    if down and not state.get("outage_since"):
        state["outage_since"] = datetime.now(timezone.utc).isoformat()
    elif not down:
        state.pop("outage_since", None)
    wmill.set_state(state)

    if down:
        slack = wmill.get_variable("f/radio/slack_webhook")
        async with httpx.AsyncClient(timeout=10) as client:
            await client.post(slack, json={"text": f":rotating_light: {relay} relay down: {', '.join(down)}"})
    return {"relay": relay, "results": results, "outage_since": state.get("outage_since")}
