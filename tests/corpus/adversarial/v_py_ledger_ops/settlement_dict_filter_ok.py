# SDK: wmill 1.850.0 _alloc_key numbers keys in call order; a dict comprehension keeps the insertion order of the task's result
"""Daily settlement: settle every account with activity that is not frozen, in the ledger's order."""
from wmill import task, workflow


@task()
async def activity(day: str) -> dict:
    import wmill

    rows = wmill.datatable("ledger").query(
        "select account, sum(amount) as net from postings where day = $1 group by account order by account", day
    ).fetch()
    return {r["account"]: r["net"] for r in rows}


@task()
async def settle(account: str, net: int, day: str) -> dict:
    import httpx
    import wmill

    bank = wmill.get_resource("f/fin/bank_api")
    r = httpx.post(f"{bank['url']}/settlements", json={"account": account, "net": net, "day": day})
    r.raise_for_status()
    return r.json()


@workflow
async def main(day: str, frozen: list[str]):
    nets = await activity(day)
    blocked = set(frozen)
    todo = {a: n for a, n in nets.items() if a not in blocked}
    results = []
    for account, net in todo.items():
        results.append(await settle(account, net, day))
    return {"day": day, "settled": len(results), "skipped": sorted(blocked & nets.keys())}
