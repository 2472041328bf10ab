# SDK: wmill 1.850.0 task arguments go to _next_step(name, script, func, ...) as keywords (so no parameter is called `name`); an async helper of the file awaited from the body runs its task and sleep calls in order; _alloc_key numbers instance_state and sleep per call
from wmill import sleep, task, workflow


@task()
async def provision_db(db_name: str, size: str) -> str:
    import requests

    resp = requests.post("https://api.dbaas.example.com/v1/instances", json={"name": db_name, "size": size}, timeout=30)
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


async def wait_until_ready(instance_id: str, polls: int = 40) -> str:
    state = "unknown"
    for _ in range(polls):
        state = await instance_state(instance_id)
        if state == "available":
            break
        await sleep(30)
    return state


@workflow
async def main(name: str, size: str = "db.small", migrations: list[str] | None = None):
    instance_id = await provision_db(name, size)
    state = await wait_until_ready(instance_id)
    if state != "available":
        return {"instance": instance_id, "state": state, "migrations": 0}
    applied = await seed_schema(instance_id, migrations or [])
    return {"instance": instance_id, "migrations": applied}
