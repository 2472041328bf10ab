# SDK: wmill 1.850.0 task bodies run once in their own job; the module-level pdpyras session is only used inside tasks, building it at load sends nothing
import pdpyras
from wmill import task, workflow

pd = pdpyras.APISession("from-resource", default_from="sre-bot@acme.io")


@task()
async def gather_context(service: str) -> dict:
    import requests

    deploys = requests.get(f"https://deploys.internal/api/{service}/recent", timeout=10).json()
    return {"last_deploy": deploys[0]["sha"] if deploys else None, "count": len(deploys)}


@task()
async def add_note(pd_incident: str, content: str) -> None:
    pd.rpost(f"incidents/{pd_incident}/notes", json={"note": {"content": content}})


@task()
async def rollback(service: str, sha: str) -> str:
    import requests

    return requests.post(f"https://deploys.internal/api/{service}/rollback", json={"to": sha}, timeout=30).json()["status"]


@workflow
async def main(service: str, pd_incident: str, previous_sha: str):
    ctx = await gather_context(service)
    await add_note(pd_incident, f"last deploy {ctx['last_deploy']}")
    status = await rollback(service, previous_sha)
    return {"rollback": status}
