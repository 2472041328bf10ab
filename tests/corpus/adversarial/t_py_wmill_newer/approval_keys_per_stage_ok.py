# SDK: _wait_for_approval raises only when an explicit key was already allocated in the run; distinct literal keys in sequence, and the same key in exclusive branches, are fine
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


@task()
async def notify(channel: str, text: str) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post("https://chat.internal/api/post", json={"channel": channel, "text": text})


@task()
async def open_change(ticket: str, risk: str) -> dict:
    return {"ticket": ticket, "risk": risk, "change_id": f"CHG-{ticket}"}


@workflow
async def main(ticket: str, risk: str = "medium"):
    change = await open_change(ticket=ticket, risk=risk)

    security = await step("security_urls", lambda: get_approval_urls("security_signoff"))
    await notify(channel="#sec", text=f"{change['change_id']}: {security['resume']}")
    sec = await wait_for_approval(key="security_signoff", timeout=86400)
    if not sec["approved"]:
        return {"change": change, "stopped_at": "security"}

    if risk == "high":
        cab = await step("cab_urls_high", lambda: get_approval_urls("cab_signoff"))
        await notify(channel="#cab", text=f"HIGH risk {change['change_id']}: {cab['resume']}")
        final = await wait_for_approval(key="cab_signoff", timeout=3 * 86400)
    else:
        lead = await step("cab_urls_std", lambda: get_approval_urls("cab_signoff"))
        await notify(channel="#team-leads", text=f"{change['change_id']}: {lead['resume']}")
        final = await wait_for_approval(key="cab_signoff", timeout=86400, skin="detailed")

    return {"change": change, "approved": final["approved"]}
