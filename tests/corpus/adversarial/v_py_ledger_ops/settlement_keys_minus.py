# SDK: wmill 1.850.0 _alloc_key numbers keys settle, settle_2... in call order; a set difference of dict keys iterates in hash order (per-process seed for str)
"""Daily settlement: settle every account with activity that is not frozen."""
from wmill import task, workflow


@task()
async def activity(day: str) -> dict:
    import wmill

    rows = wmill.datatable("ledger").query("select account, sum(amount) as net from postings where day = $1 group by account", day).fetch()
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
    results = []
    for account in nets.keys() - set(frozen):  # expect: WAC105
        results.append(await settle(account, nets[account], day))
    return {"day": day, "settled": len(results)}
