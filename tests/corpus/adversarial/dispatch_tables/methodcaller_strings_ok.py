# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `methodcaller` over str methods and `attrgetter` / `itemgetter` only read and reshape values.
import operator

from wmill import task, workflow


@task()
async def list_users(team: str) -> list[dict]:
    return [{"name": " Ada ", "role": "admin"}, {"name": "bob", "role": "dev"}]


@task()
async def grant(names: list[str]) -> int:
    return len(names)


@workflow
async def main(team: str):
    users = await list_users(team)
    clean = operator.methodcaller("strip")
    names = sorted(map(clean, map(operator.itemgetter("name"), users)))
    return await grant(names)
