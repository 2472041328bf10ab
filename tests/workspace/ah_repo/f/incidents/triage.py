"""Triage a service alert: probe every host, restart the unhealthy ones, page if still down."""

from wmill import step, workflow

from f.platform.guard import guarded
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
        # a restart that fails must not stop the others
        result = await guarded(restart_service, host=host, service=service)  # expect: WAC201
        if result is not None:
            restarts.append(result)

    still_down = []
    for host in unhealthy:
        if not await health_check(host):
            still_down.append(host)

    text = await step("summary", lambda: summarize(service, restarts))
    await post_slack(channel, text)
    if still_down:
        dedup = await send_page(service, f"{service} down on {len(still_down)} hosts")
        return {"service": service, "status": "paged", "dedup_key": dedup}
    return {"service": service, "status": "recovered", "restarted": [r["host"] for r in restarts]}
