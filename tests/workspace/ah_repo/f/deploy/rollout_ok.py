"""Rolling restart of a service after a config push, one host at a time."""

from f.platform.wac import bounce, probe, step, wait_for_approval, workflow

BATCH = 2


def batches(hosts: list[str], size: int) -> list[list[str]]:
    return [hosts[i : i + size] for i in range(0, len(hosts), size)]


@workflow
async def main(service: str, hosts: list[str], canary: str, require_approval: bool = True):
    await bounce(canary, service, graceful=False)
    if not await probe(canary):
        return {"service": service, "status": "canary-failed", "canary": canary}

    if require_approval:
        answer = await wait_for_approval(timeout=7200, description=f"Roll {service} to the fleet?")
        if not answer["approved"]:
            return {"service": service, "status": "stopped-after-canary"}

    # sorted: the same order on every replay
    fleet = sorted(set(hosts) - {canary})
    done = []
    for host in fleet:
        await bounce(host, service)
        done.append(host)

    for host in batches(done, BATCH)[-1]:
        await bounce(host, "cache-warmer")

    report = await step("report", lambda: {"restarted": list(done), "canary": canary})
    return {"service": service, "status": "done", **report}
