# SDK: wmill 1.850.0 client.py — workflow() only sets func._is_workflow; a team decorator that records metadata in a module dict has no effect outside the process
from wmill import task, workflow

SCHEDULES: dict[str, str] = {}


def registered(schedule: str):
    def decorate(fn):
        SCHEDULES[fn.__name__] = schedule
        return fn

    return decorate


@task()
async def export_ledger(day: str) -> str:
    import httpx

    return httpx.post("https://ledger.example.com/exports", json={"day": day}).json()["uri"]


@registered("0 2 * * *")
@workflow
async def main(day: str):
    uri = await export_ledger(day)
    return {"export": uri, "schedule": SCHEDULES.get("main")}
