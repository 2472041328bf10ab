# SDK: wmill 1.850.0 client.py: the @workflow body re-runs after each suspension; `post` from `from requests import *` posts again each round.
from requests import *  # noqa: F403
from wmill import task, workflow

STATUS_PAGE = "https://status.example.com/api/incidents"


@task()
async def run_failover(cluster: str) -> dict:
    return {"cluster": cluster, "primary": "replica-2"}


@workflow
async def main(cluster: str):
    result = await run_failover(cluster)
    post(STATUS_PAGE, json={"title": f"failover of {cluster}", "primary": result["primary"]})  # expect: WAC101
    return result
