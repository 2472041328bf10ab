# A nested function given to step() that only builds its own list.
from wmill import task, step, workflow


@task()
async def ping(host: str) -> bool:
    return bool(host)


@workflow
async def main(hosts: list[str]):
    def plan():
        order = []
        for h in hosts:
            order.append(h.lower())
        return order

    planned = await step("plan", plan)
    results = []
    for h in planned:
        results.append(await ping(h))
    return results
