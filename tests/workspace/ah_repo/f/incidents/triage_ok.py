"""Triage a service alert (the version in production)."""

from wmill import step, workflow

from f.platform.guard import soft
from f.platform.tasks import health_check, post_slack, restart_service, send_page

MAX_RESTARTS = 3


def summarize(service: str, results: list[dict]) -> str:
    bad = [r["host"] for r in results if r["rc"] != 0]
    if not bad:
        return f"{service}: all restarts clean"
    return f"{service}: restart failed on {', '.join(bad)}"


@workflow
async def main(service: str, hosts: list[str], channel: str = "#sre-alerts"):
    unhealthy = []
    for host in hosts:
        if not await health_check(host):
            unhealthy.append(host)

    if not unhealthy:
        return {"service": service, "status": "healthy"}

    restarts = []
    for host in unhealthy[:MAX_RESTARTS]:
        # `soft` only catches Exception: a failed restart (TaskError) is logged and skipped
        result = await soft(restart_service, host=host, service=service)
        if result is not None:
            restarts.append(result)

    still_down = [h for h in unhealthy if not await health_check(h)]

    text = await step("summary", lambda: summarize(service, restarts))
    await post_slack(channel, text)
    if still_down:
        dedup = await send_page(service, f"{service} down on {len(still_down)} hosts")
        return {"service": service, "status": "paged", "dedup_key": dedup}
    return {"service": service, "status": "recovered"}
