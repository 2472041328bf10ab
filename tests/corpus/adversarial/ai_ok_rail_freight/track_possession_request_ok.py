# SDK: wmill 1.850.0: two keyed approvals (distinct literals) in sequence, get_approval_urls in steps, sleep until the window
from wmill import get_approval_urls, sleep, step, task, wait_for_approval, workflow


@task()
async def notify(role: str, text: str, link: str) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.post("https://ops.example-rail.eu/api/notify", json={"role": role, "text": text, "link": link})


@task()
async def seconds_until(start_iso: str) -> int:
    from datetime import datetime, timezone

    delta = datetime.fromisoformat(start_iso) - datetime.now(timezone.utc)
    return max(0, int(delta.total_seconds()))


@task()
async def close_line(section: str, start_iso: str, end_iso: str) -> str:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://ops.example-rail.eu/api/possessions",
                         json={"section": section, "from": start_iso, "to": end_iso})
        return r.json()["possession_id"]


@workflow
async def main(section: str, start_iso: str, end_iso: str, reason: str):
    planner = await step("planner_urls", lambda: get_approval_urls("planner"))
    await notify("planner", f"Possession {section} {start_iso}-{end_iso}: {reason}", planner["resume"])
    first = await wait_for_approval(key="planner", timeout=2 * 86400)
    if not first["approved"]:
        return {"status": "rejected", "by": "planner"}
    controller = await step("controller_urls", lambda: get_approval_urls("signal_controller"))
    await notify("signal_controller", f"Planner approved possession of {section}", controller["resume"])
    second = await wait_for_approval(key="signal_controller", timeout=86400)
    if not second["approved"]:
        return {"status": "rejected", "by": "signal_controller"}
    await sleep(await seconds_until(start_iso))
    possession = await close_line(section, start_iso, end_iso)
    return {"status": "in_force", "possession": possession}
