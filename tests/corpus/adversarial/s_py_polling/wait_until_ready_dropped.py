# SDK: wmill 1.850.0 calling an async def of the file only builds a coroutine; its task calls never run unless it is awaited (_run_workflow_async only flushes _pending of calls that were made)
from wmill import sleep, task, workflow


@task()
async def provision_db(name: str, size: str) -> str:  # expect: WAC301
    import requests

    resp = requests.post("https://api.dbaas.example.com/v1/instances", json={"name": name, "size": size}, timeout=30)
    resp.raise_for_status()
    return resp.json()["id"]


@task()
async def instance_state(instance_id: str) -> str:
    import requests

    resp = requests.get(f"https://api.dbaas.example.com/v1/instances/{instance_id}", timeout=30)
    resp.raise_for_status()
    return resp.json()["state"]


@task()
async def seed_schema(instance_id: str, migrations: list[str]) -> int:
    import requests

    resp = requests.post(
        f"https://api.dbaas.example.com/v1/instances/{instance_id}/sql", json={"statements": migrations}, timeout=300
    )
    resp.raise_for_status()
    return len(migrations)


async def wait_until_ready(instance_id: str, polls: int = 40) -> None:
    for _ in range(polls):
        if await instance_state(instance_id) == "available":
            return
        await sleep(30)
    raise TimeoutError(f"{instance_id} never became available")


@workflow
async def main(name: str, size: str = "db.small", migrations: list[str] | None = None):
    instance_id = await provision_db(name, size)
    wait_until_ready(instance_id)  # expect: WAC106
    applied = await seed_schema(instance_id, migrations or [])
    return {"instance": instance_id, "migrations": applied}
