# SDK: wmill 1.850.0 client.py task(): keyword arguments are sent as they are and the child calls func(resource=..., env=..., team=...), which a **labels parameter accepts.
from wmill import task, workflow


@task()
async def tag_resource(resource: str, **labels: str) -> dict:
    return {"resource": resource, "labels": labels}


@workflow
async def main(resource: str, env: str, team: str):
    return await tag_resource(resource, env=env, team=team)
